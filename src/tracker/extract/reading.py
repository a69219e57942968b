"""Reading documents into plain text: .txt and .md as they are, .html through the standard parser, .pdf by pypdf.

Every reader returns a ``Document`` whose text keeps paragraph breaks (blank lines), marks headings with a
leading ``#`` and list items with ``- `` the way Markdown does, and separates PDF pages with a form feed, so
that the structure stage reads all formats into the same blocks. Its ``kind`` says which structure module
reads it; for HTML its ``origin`` maps every character back to the markup (a reviewer's browser highlights
the drafted sentence in the page itself).
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.page_parts import ASIDE_CLASS, TEASER_CLASS, judging_caption
from tracker.extract.pdf_reading import read_pdf
from tracker.extract.pull_quotes import PULL_QUOTE_CLASS, SPEAKER_TAGS, PullQuote, settle
from tracker.extract.records import Document
from tracker.extract.structure.spans import Spanned

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
#: Meta tags that news sites and CMSs use for the publication date.
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
              "dc.date.issued", "dcterms.created", "citation_publication_date", "og:published_time")
_BLOCKS = {"p", "div", "section", "article", "li", "tr", "br", "blockquote", "h1", "h2", "h3", "h4", "h5",
           "h6", "header", "footer", "table", "ul", "ol", "dd", "dt", "pre", "main", "aside", "figcaption"}
_VOID = {"img", "br", "hr", "input", "meta", "link", "source", "area", "col", "embed", "wbr", "base", "track"}


#: Content that is never prose: scripts, navigation, forms.
_SKIPPED = {"script", "style", "noscript", "nav", "svg", "template", "button", "form", "head"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_document(path: Path) -> Document:
    """Read ``path`` by its suffix; raises InputError for a missing file or an unknown format."""
    if not path.is_file():
        raise InputError("DOC", f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix not in SUFFIXES:
        raise InputError("DOC", f"{path}: cannot read {suffix or 'files without a suffix'} "
                                f"(give {', '.join(SUFFIXES)})")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("DOC", f"{path}: not UTF-8 text") from None
    if suffix in (".html", ".htm"):
        return html_document(raw, path.name)
    return Document(name=path.name, text=raw, kind="markdown" if suffix in (".md", ".markdown") else None)


def html_document(markup: str, name: str) -> Document:
    """The prose of an HTML page, its title and the publication dates its meta tags state."""
    parser = _ProseParser(markup)
    parser.feed(markup)
    parser.close()
    text = Spanned.concat(settle(parser.parts, parser.pull_quotes)).remove(_SPACE_AT_BREAK).remove(_EXTRA_BREAKS).strip()
    return Document(name=name, text=text.text, title=parser.title, stated_dates=tuple(parser.dates),
                    kind="markdown", origin=text, author=parser.author)


#: Meta tags naming who wrote a page: the person or the organisation whose judgements it states.
_AUTHOR_META = {"author", "dc.creator", "dcterms.creator", "article:author", "citation_author", "parsely-author"}
_SPACE_AT_BREAK = re.compile(r"[ \t]+(?=\n)|(?<=\n)[ \t]+")
_EXTRA_BREAKS = re.compile(r"(?<=\n\n)\n+")
_WHITESPACE = re.compile(r"\s+")


class _ProseParser(HTMLParser):
    """Collects the page's prose as ``Spanned`` pieces, each knowing its position in the markup.

    Character references are handled one by one (``convert_charrefs=False``) so that every piece of text
    maps exactly onto the markup; a reference becomes one character standing at its ``&``.
    """

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[Spanned] = []
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", markup)]
        self.title: str | None = None
        self.author: str | None = None
        self.dates: list[tuple[date, str]] = []
        self._skip = 0
        self._in_title = False
        self._title_text = ""
        self._cells = 0  # cells opened in the current table row
        self._aside: list[list] = []  # an element skipped by its class (comments, sidebar): [tag, depth]
        self._items: list[list] = []  # open list items: [index of the item's mark in parts, prose seen, links and times open]
        self._pull: list[PullQuote] = []  # open pull quotes (read, then kept or dropped by pull_quotes.settle)
        self.pull_quotes: list[PullQuote] = []
        # Headings outside boxes, and open boxes (<aside>) with whether a heading was read inside: a box's heading
        # ("Key points:") ends with the box, so the article's heading before it is set again after it.
        self._outer_heading: tuple[int, str] | None = None
        self._heading_at: tuple[int, int] | None = None  # an open heading: (level, where its text starts in parts)
        self._boxes: list[bool] = []
        self._caption_at: int | None = None  # where an open <figcaption>'s text starts in parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _DATE_META:
                self._date(values.get("content", ""), f"the page's {key} meta tag")
            elif key in ("og:title", "title") and not self.title:
                self.title = values.get("content") or None
            elif key in _AUTHOR_META and not self.author:
                # An author meta tag holding a link ("https://.../authors/x") names no one a reader would.
                self.author = " ".join(values.get("content", "").split()) or None
                if self.author and (len(self.author) > 80 or "/" in self.author or "@" in self.author):
                    self.author = None
        elif tag == "time" and values.get("datetime"):
            self._date(values["datetime"], "the page's <time> element")
        if tag == "title":
            self._in_title = True
        if tag in ("td", "th") and not self._skip:
            # Cells of a row kept apart as in a Markdown table ("Cyber | A ransomware attack ... | Possible"),
            # not run together into one word.
            if self._cells:
                self._mark(" | ")
            self._cells += 1
        if tag == "tr":
            self._cells = 0
        named = f"{values.get('class', '')} {values.get('id', '')}"
        if self._pull and not self._skip:
            if tag == self._pull[-1].tag:
                self._pull[-1].depth += 1
            if tag in SPEAKER_TAGS and self._pull[-1].speaker_start is None:
                self._pull[-1].speaker_start = len(self.parts)  # "<footer>Name, role</footer>": who is quoted
                if tag == "figcaption":
                    return  # a caption is skipped elsewhere; here it names the speaker
        elif not self._skip and "pull" in named.lower() and tag not in _SKIPPED and tag not in _VOID \
                and PULL_QUOTE_CLASS.search(named):
            # a pull quote: read apart, then dropped if it repeats the body or kept with its speaker (pull_quotes)
            self._mark("\n\n")
            self._pull.append(PullQuote(start=len(self.parts) - 1, tag=tag))
            return
        # a cookie banner or any dialog over the page ("role=dialog"): the site's notices, never the article's text
        aside = tag not in _SKIPPED and tag not in _VOID and bool(ASIDE_CLASS.search(named) or TEASER_CLASS.search(named)
                                                                  or values.get("role") in ("dialog", "alertdialog"))
        if self._aside and tag == self._aside[-1][0] and not aside:
            # an element of the aside's own tag nested in it; one that is an aside itself counts as its own, else
            # "<div class=widget-wrap><div class=widget>" closed the inner one only and skipped the rest of the page
            self._aside[-1][1] += 1
        if tag in _SKIPPED:
            self._skip += 1
        elif aside:
            # readers' comments, a sidebar, a pull quote: not the author's prose (a comment's forecast is the
            # commenter's, a pull quote repeats the body)
            self._skip += 1
            self._aside.append([tag, 1])
        elif tag == "time" and not self._skip:
            self._space()  # "<a>... until 2031</a><time>8 hours ago</time>": a stamp is no part of the word before it
            if self._items:
                self._items[-1][2] += 1  # a teaser's time stamp is no text of the item's own either
        elif tag == "a" and self._items:
            self._items[-1][2] += 1
        elif tag in _BLOCKS and not self._skip:  # a skipped part leaves no empty headings or bullets behind
            # Headings and list items are marked as in Markdown, so they become the same blocks in every format.
            mark = f"\n\n{'#' * int(tag[1])} " if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else \
                "\n\n- " if tag == "li" else "\n\n"
            self._mark(mark)
            if tag[:1] == "h" and tag[1:].isdigit():
                self._heading_at = (int(tag[1]), len(self.parts))
                if self._boxes:
                    self._boxes[-1] = True
            elif tag == "aside":
                self._boxes.append(False)
            if tag == "li":
                self._items.append([len(self.parts) - 1, False, 0])  # where the item starts, prose outside links, links open
            elif tag == "figcaption":
                self._caption_at = len(self.parts)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            # the title's text is gathered whole, then its whitespace squeezed: "A &middot; B" keeps its spaces
            self.title = self.title or " ".join(self._title_text.split()) or None
        if self._pull and not self._skip and tag == self._pull[-1].tag:
            self._pull[-1].depth -= 1
            if not self._pull[-1].depth:
                self._mark("\n\n")
                quote = self._pull.pop()
                quote.end = len(self.parts)
                if quote.speaker_start is None or quote.speaker_start > quote.end:
                    quote.speaker_start = None
                self.pull_quotes.append(quote)
                return
        if self._aside and tag == self._aside[-1][0]:
            self._aside[-1][1] -= 1
            if not self._aside[-1][1]:
                self._aside.pop()
                self._skip = max(0, self._skip - 1)
                return
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in ("a", "time") and self._items:
            self._items[-1][2] = max(0, self._items[-1][2] - 1)
            if tag == "time" and not self._skip:
                self._space()
        elif tag == "time" and not self._skip:
            self._space()
        elif tag == "li" and self._items and not self._skip:
            start, prose, _ = self._items.pop()
            if not prose and any(part.text.strip() for part in self.parts[start + 1:]):
                # an item that is only a link (and its time): a teaser for another page, not this page's text
                del self.parts[start:]
                return
            if prose and self._items:
                self._items[-1][1] = True
            self._mark("\n\n")
        elif tag in _BLOCKS and not self._skip:
            if tag == "figcaption" and self._caption_at is not None:
                start, self._caption_at = self._caption_at, None
                if not judging_caption("".join(part.text for part in self.parts[start:])):
                    del self.parts[start:]  # a caption that describes the picture or a plan drafts nothing
            if self._heading_at is not None and tag == f"h{self._heading_at[0]}":
                level, start = self._heading_at
                self._heading_at = None
                if not self._boxes:
                    self._outer_heading = (level, " ".join("".join(p.text for p in self.parts[start:]).split()))
            elif tag == "aside" and self._boxes and self._boxes.pop() and self._outer_heading:
                # a box with its own heading ("Key points:") is over: the article's heading goes on above what follows
                level, text = self._outer_heading
                self._mark(f"\n\n{'#' * level} {text}")
            self._mark("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_text += data
            return
        if not self._skip:
            if self._items and not self._items[-1][2] and data.strip():
                self._items[-1][1] = True  # text of the item's own, outside any link
            start = self._position()
            position = 0
            for space in _WHITESPACE.finditer(data):  # a run of whitespace is one space, as a browser shows it
                self.parts.append(Spanned.of(data[position:space.start()], start + position))
                self.parts.append(Spanned.of(" ", start + space.start()))
                position = space.end()
            self.parts.append(Spanned.of(data[position:], start + position))

    def handle_entityref(self, name: str) -> None:
        from html import unescape

        self.handle_reference(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        from html import unescape

        self.handle_reference(unescape(f"&#{name};"))

    def handle_reference(self, character: str) -> None:
        if self._in_title:
            self._title_text += character
        elif not self._skip:
            self.parts.append(Spanned.of(character, self._position()))

    def _space(self) -> None:
        if self.parts and self.parts[-1].text and not self.parts[-1].text[-1].isspace():
            self.parts.append(Spanned(" ", ((0, self._position()),)))

    def _mark(self, mark: str) -> None:
        if mark == "\n\n" and self._opens_item():
            return  # "<li><p>X</p></li>": the paragraph inside a list item is the item's text, not a block after it
        self.parts.append(Spanned(mark, ((0, self._position()),)))

    def _opens_item(self) -> bool:
        """Whether nothing but spaces has come since the last list item's mark."""
        for part in reversed(self.parts):
            if part.text == "\n\n- ":
                return True
            if part.text.strip():
                return False
        return False

    def _position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _date(self, value: str, where: str) -> None:
        if match := _ISO_DATE.search(value):
            try:
                self.dates.append((date(*map(int, match.groups())), where))
            except ValueError:
                pass
