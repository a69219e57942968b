"""Reading a PDF into text: each page's text by pypdf, pages apart by a form feed, its title and creation date.

pypdf is imported only when a PDF is read (the other formats need no third-party reader), and its logging and
warnings about the flaws it works around are silenced: a PDF it cannot read gets one ``InputError`` line, one it
can read needs no commentary. The form feed between pages lets cleanup drop running headers and page numbers.
"""

from __future__ import annotations

import logging
import re
import warnings
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.records import Document


def read_pdf(path: Path) -> Document:
    # pypdf is imported here: only PDFs pay for it.
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with _pypdf_quiet():
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


@contextmanager
def _pypdf_quiet():
    """pypdf logs and warns about every flaw it works around ("invalid pdf header"); a PDF it cannot read
    gets our one-line error instead, and one it can read needs no commentary."""
    # Its messages come from child loggers (pypdf._reader, ...): a level on the parent reaches them all.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
