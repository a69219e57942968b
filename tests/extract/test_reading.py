"""Reading .html, .md and .pdf documents."""

from datetime import date
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.extract import extract_document
from tracker.extract.reading import read_document


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is ``lines`` (Helvetica), written by hand: no PDF library needed to make it."""
    stream = "BT /F1 11 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /CreationDate (D:20230309120000Z) /Title (Tiny assessment) >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return out


def test_pdf_text_title_and_creation_date_are_read(tmp_path: Path):
    path = tmp_path / "assessment.pdf"
    path.write_bytes(tiny_pdf(["It is highly likely that the port", "will reopen in 2024."]))
    extraction = extract_document(path, scale="lt-nta")
    assert extraction.document == "Tiny assessment"
    assert extraction.published == date(2023, 3, 9)
    assert "guessed" in extraction.notes[-1]
    [draft] = extraction.drafts
    assert (draft.quote, draft.due) == ("It is highly likely that the port will reopen in 2024.", date(2024, 12, 31))


def test_html_prose_is_read_without_scripts_navigation_or_captions(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text("""<html><head><title>Outlook</title>
        <meta property="article:published_time" content="2023-03-09T08:00:00Z"></head>
        <body><nav>Home will open</nav><script>var x = "it will run";</script>
        <h2>Energy</h2><p>It is likely that gas prices
        will fall in the near term.</p>
        <figure><figcaption>The plant will be rebuilt</figcaption></figure></body></html>""", encoding="utf-8")
    extraction = extract_document(path, scale="lt-nta")
    assert (extraction.document, extraction.published) == ("Outlook", date(2023, 3, 9))
    assert [(d.quote, d.location, d.due) for d in extraction.drafts] == [
        ("It is likely that gas prices will fall in the near term.", "Energy, paragraph 1", date(2025, 3, 9))]


def test_markdown_headings_are_locations(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text("# Outlook\n\nThe summit will agree on a fund by the end of 2025.\n", encoding="utf-8")
    [draft] = extract_document(path, published=date(2024, 1, 1)).drafts
    assert draft.location == "Outlook, paragraph 1"


def test_unknown_formats_and_missing_files_are_input_errors(tmp_path: Path):
    (tmp_path / "x.docx").write_bytes(b"")
    with pytest.raises(InputError, match="cannot read .docx"):
        read_document(tmp_path / "x.docx")
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")


def test_an_unreadable_pdf_gets_only_the_one_line_error(tmp_path: Path, caplog, recwarn):
    """pypdf's own complaints ("invalid pdf header", "EOF marker not found") would come before ours."""
    import logging
    import random

    path = tmp_path / "bin.pdf"
    path.write_bytes(random.Random(7).randbytes(3000))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InputError, match=r"bin.pdf: not a readable PDF"):
        read_document(path)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    assert [str(w.message) for w in recwarn] == []
    # ... and pypdf speaks again outside our reading.
    assert logging.getLogger("pypdf").getEffectiveLevel() == logging.DEBUG


def test_an_aside_nested_in_an_aside_skips_only_itself(tmp_path: Path):
    # a newsletter's subscribe box is a widget inside a widget wrapper: after both close, the post goes on
    page = tmp_path / "post.html"
    page.write_text(
        "<html><body><p>Opening words.</p>"
        "<div class='share-widget-wrap'><div class='share-widget'><p>Share this post with a friend.</p>"
        "<form><input type='email'><input type='submit' value='Go'></form></div></div>"
        "<h2>The numbers</h2><p>The harbour tunnel will open before the end of 2027.</p></body></html>",
        encoding="utf-8")
    document = read_document(page)
    assert "Share this post" not in document.text
    assert "The harbour tunnel will open" in document.text
    assert "\n\n## The numbers\n\n" in document.text
    [draft] = extract_document(page, published=date(2026, 6, 1), scale="plain-reader").drafts
    assert draft.location.startswith("The numbers")


def test_a_list_items_paragraph_is_the_items_text_and_a_skipped_part_leaves_no_marks(tmp_path: Path):
    page = tmp_path / "list.html"
    page.write_text(
        "<html><body><p>All the numbers in one place:</p><ol><li><p>Tunnel opens by 31 Dec 2027: 60%</p></li>"
        "<li><p>Bridge tolls abolished by 31 Dec 2027: 25%</p></li></ol>"
        "<div class='sidebar'><h3>Popular</h3><ul><li>Old post</li></ul></div><p>The end.</p></body></html>",
        encoding="utf-8")
    text = read_document(page).text
    assert "- Tunnel opens by 31 Dec 2027: 60%\n\n- Bridge tolls abolished" in text
    assert "###" not in text and "Old post" not in text and "\n-\n" not in text and not text.rstrip().endswith("-")
