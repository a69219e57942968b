"""The options of ``extract_document`` about the document itself: the text or file, its source, its time zone.

Split from pipeline.py, which only reads what these return.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.reading import read_document
from tracker.extract.records import Document


def document_zone(name: str | None, workspace: Path | None) -> str | None:
    """A valid IANA zone name: the one given, else the workspace's setting; None means UTC."""
    if name is None and workspace is not None:
        from tracker.workspace import read_settings

        name = read_settings(Path(workspace)).timezone
    if not name or name.upper() == "UTC":
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError("timezone", f"unknown time zone {name!r} (give an IANA name such as Europe/Vilnius)") from None
    return name


def load_document(path_or_text: str | os.PathLike) -> Document:
    """The document a path names (an existing file with a suffix), else the text itself."""
    if isinstance(path_or_text, os.PathLike) or ("\n" not in str(path_or_text) and len(str(path_or_text)) < 4096
                                                 and Path(str(path_or_text)).suffix and Path(str(path_or_text)).exists()):
        return read_document(Path(path_or_text))
    return Document(name="text", text=str(path_or_text))


#: The site's name a page title ends with: after a bar ("X | Vantage Forecasting"), or after a dash when it is a
#: web address ("X - GOV.UK", "X – gov.ie", "X - example.com"). A dash before words ("A — B — Moldova's long
#: night") separates the title's own parts.
_SITE_SUFFIX = re.compile(r"\s+(?:\|\s+[^|]{2,40}|[-–—]\s+(?:www\.)?[\w-]+(?:\.[A-Za-z]{2,6}){1,2})\s*$")


def page_title(title: str | None) -> str | None:
    """A page's title without the site's name after it ("X - GOV.UK" -> "X")."""
    if not title or ("|" not in title and "." not in title):
        return title
    stripped = _SITE_SUFFIX.sub("", title)
    return stripped if len(stripped) >= 8 else title


def given_source(source: str | None, document: Document) -> tuple[str | None, str]:
    """``(publisher, title)`` from --source "publisher, title", else from the document itself."""
    if source:
        publisher, _, title = source.partition(",")
        return publisher.strip() or None, title.strip() or page_title(document.title) or Path(document.name).stem
    return None, page_title(document.title) or Path(document.name).stem
