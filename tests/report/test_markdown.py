"""report.md text: user text stays inert in Markdown renderers and readable as plain text."""

from datetime import date, datetime, timedelta, timezone

import pytest
from markdown_it import MarkdownIt

from tracker import api
from tracker.report.markdown import _cell, _text, render_markdown
from tracker.report.tables import Section, Table
from tracker.report.text import user

#: What an attacker would type into a question, a source or a tag, each meant to become markup.
HOSTILE = [
    "[click](javascript:alert(1))",
    "![pixel](https://evil.example/p.png)",
    "before\n# A heading\nafter",
    "a\r\n===\r\nb",
    "x | y | z",
    "<b>bold</b> <script>alert(1)</script>",
    "`code` and ``more``",
    "**strong** _em_ ~~gone~~",
    "<https://evil.example>",
    "[ref][1]\n\n[1]: javascript:alert(1)",
    "- item\n1. item\n> quote",
    "&lt;b&gt; &#60;",
]


def markdown():
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_types(source: str) -> list[tuple[str, str]]:
    """Every token a renderer makes of ``source``: (type, tag), children included."""
    found = []
    for token in markdown().parse(source):
        found.append((token.type, token.tag))
        found += [(child.type, child.tag) for child in token.children or []]
    return found


@pytest.mark.parametrize(("given", "written"), [
    ("Gneiting & Jordan", "Gneiting & Jordan"),  # a bare ampersand is literal in Markdown: left alone
    ("AT&T", "AT&T"),
    ("&amp; &#60; &lt;", "&amp;amp; &amp;#60; &amp;lt;"),  # would be read as entities: escaped
    ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
    ('<img src=x onerror="y">', '&lt;img src=x onerror="y"&gt;'),
    ("Will it happen?", "Will it happen?"),  # plain text stays plain
])
def test_text(given, written):
    assert _text(given) == written


def test_cell_keeps_the_table_whole():
    assert _cell("a | b\nc") == "a \\| b c"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_user_text_renders_as_text(hostile):
    section = Section("Title", [f"Too few forecasts in: {user(hostile)}."],
                      Table(["question", "n"], [[hostile, "1"]]), notes=[user(hostile)])
    rendered = render_markdown([section], "Generated now.")
    source = rendered[rendered.index("## Title"):]  # the section alone, without the page's own header
    tokens = inline_types(source)
    kinds = {kind for kind, _ in tokens}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "code_inline", "strong_open", "em_open",
                        "s_open", "bullet_list_open", "ordered_list_open", "blockquote_open"}
    # One heading (the section's), one table of two columns: nothing added by the user text.
    assert [tag for kind, tag in tokens if kind == "heading_open"] == ["h2"]
    assert sum(1 for kind, _ in tokens if kind == "td_open") == 2
    # And what was typed is what a reader sees, line breaks aside.
    text = "".join(child.content for token in markdown().parse(source) for child in token.children or []
                   if child.type == "text")
    assert " ".join(hostile.split()) in " ".join(text.split())


def test_tracker_prose_keeps_its_own_markup():
    source = render_markdown([Section("T", ["Run `tracker due` and **look**."])], "Generated now.")
    kinds = {kind for kind, _ in inline_types(source)}
    assert {"code_inline", "strong_open"} <= kinds


def test_report_md_of_a_hostile_store_has_no_live_markup(store, tmp_path):
    """End to end: question texts, sources and tags typed to become links, images, headings and table
    cells come out of report.md as text."""
    t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    texts = [h.replace("\n", " ").replace("\r", " ") for h in HOSTILE]  # single-line fields
    for i, text in enumerate(texts):
        api.log_forecast(store, text=text, criteria="c", due=date(2024, 3, 1), forecaster="ana",
                         probability=0.9 if i % 2 else 0.2, question_id=f"q{i}", tags=["t"],
                         source={"document": text}, now=t0)
        api.resolve_question(store, f"q{i}", "no", resolver="ana", now=t0 + timedelta(days=70))
    api.log_forecast(store, text=texts[0], criteria="c", due=date(2024, 3, 20), forecaster="ana", probability=0.5,
                     question_id="due", now=t0)
    api.write_report(store, tmp_path / "out", now=datetime(2024, 3, 10, tzinfo=timezone.utc))
    source = (tmp_path / "out" / "report.md").read_text()
    tokens = markdown().parse(source)
    links = [child.attrs.get("href") for token in tokens for child in token.children or []
             if child.type == "link_open"]
    assert links and all(href.startswith("#") for href in links)  # the contents, nothing else
    images = [child.attrs.get("src") for token in tokens for child in token.children or [] if child.type == "image"]
    assert set(images) <= {"reliability.png", "corp.png", "phrases.png", "over_time.png", "sharpness.png"}
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    assert not [t for t in tokens for c in t.children or [] if c.type == "html_inline"]
    assert all("code" not in c.content for t in tokens for c in t.children or [] if c.type == "code_inline")
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert all("heading" not in h.lower() and "[" not in h for h in headings)
    # Every table row has as many cells as its header.
    widths, row = [], 0
    for token in tokens:
        if token.type == "tr_open":
            row = 0
        elif token.type in ("td_open", "th_open"):
            row += 1
        elif token.type == "tr_close":
            widths.append(row)
        elif token.type == "table_close":
            assert len(set(widths)) == 1, widths
            widths = []
