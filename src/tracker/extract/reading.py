"""Reading documents into plain text: .txt and .md as they are, .html through the standard parser, .pdf by pypdf.

Every reader returns a ``Document`` whose text keeps paragraph breaks (blank lines), marks headings with a
leading ``#`` the way Markdown does, and separates PDF pages with a form feed, so that cleanup can treat
all formats alike.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.records import Document

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
#: Meta tags that news sites and CMSs use for the publication date.
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
              "dc.date.issued", "dcterms.created", "citation_publication_date", "og:published_time")
_BLOCKS = {"p", "div", "section", "article", "li", "tr", "br", "blockquote", "h1", "h2", "h3", "h4", "h5",
           "h6", "header", "footer", "table", "ul", "ol", "dd", "dt", "pre", "main", "aside"}
#: Content that is never prose: scripts, navigation, and captions (captions are not judgements).
_SKIPPED = {"script", "style", "noscript", "nav", "figcaption", "svg", "template", "button", "form", "head"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def read_document(path: Path) -> Document:
    """Read ``path`` by its suffix; raises InputError for a missing file or an unknown format."""
    if not path.is_file():
        raise InputError("DOC", f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path)
    if suffix not in SUFFIXES:
        raise InputError("DOC", f"{path}: cannot read {suffix or 'files without a suffix'} "
                                f"(give {', '.join(SUFFIXES)})")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("DOC", f"{path}: not UTF-8 text") from None
    if suffix in (".html", ".htm"):
        return html_document(raw, path.name)
    return Document(name=path.name, text=raw)


def html_document(markup: str, name: str) -> Document:
    """The prose of an HTML page, its title and the publication dates its meta tags state."""
    parser = _ProseParser()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return Document(name=name, text=text, title=parser.title, stated_dates=tuple(parser.dates))


class _ProseParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.dates: list[tuple[date, str]] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _DATE_META:
                self._date(values.get("content", ""), f"the page's {key} meta tag")
            elif key in ("og:title", "title") and not self.title:
                self.title = values.get("content") or None
        elif tag == "time" and values.get("datetime"):
            self._date(values["datetime"], "the page's <time> element")
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            # Headings start with "#" as in Markdown, so cleanup finds section titles in every format.
            self.parts.append("\n\n# " if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def _date(self, value: str, where: str) -> None:
        if match := _ISO_DATE.search(value):
            try:
                self.dates.append((date(*map(int, match.groups())), where))
            except ValueError:
                pass


def _read_pdf(path: Path) -> Document:
    # pypdf is imported here: only PDFs pay for it.
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except (PyPdfError, OSError, ValueError) as exc:
        raise InputError("DOC", f"{path}: not a readable PDF ({exc})") from None
    dates: list[tuple[date, str]] = []
    created = str(info.get("/CreationDate") or "")
    if match := re.match(r"D?:?(\d{4})(\d{2})(\d{2})", created):
        try:
            dates.append((date(*map(int, match.groups())), "the PDF's creation date"))
        except ValueError:
            pass
    title = str(info.get("/Title") or "").strip() or None
    # A form feed between pages lets cleanup drop running headers and page numbers.
    return Document(name=path.name, text="\n\f\n".join(pages), title=title, stated_dates=tuple(dates))
