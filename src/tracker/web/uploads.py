"""Documents uploaded to the extract review: their type read from their bytes (never from the file's name
or the browser's content type), kept in a private folder outside everything the server serves, and shown
as the text their drafts' spans point into.

A document is only ever read (as UTF-8 text, by the standard HTML parser, or by pypdf): nothing in it is
run, and it is stored under a random name with the suffix its content earned, so `tracker extract`'s
reader picks the reader that matches the content. The folder is a temporary directory of this launch
(mode 0700), deleted when the server stops; a written review deletes its document at once.
"""

from __future__ import annotations

import re
import secrets
import tempfile
from bisect import bisect_left
from pathlib import Path

from tracker.errors import InputError

#: The largest document taken, in bytes (the guard's body limit for the upload allows for the form around it).
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024
KINDS = {".pdf": "PDF", ".html": "HTML", ".md": "Markdown", ".txt": "plain text"}
_ID = re.compile(r"[0-9a-f]{32}\.(pdf|html|md|txt)")
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|p|div|h[1-6]|article)[\s>]",
                         re.IGNORECASE | re.DOTALL)
_MARKDOWN_LINE = re.compile(r"^(#{1,6} |[-*] |\d+\. |> )", re.MULTILINE)


def kind_of(content: bytes) -> str:
    """The suffix a document's bytes earn (.pdf, .html, .md or .txt); InputError("file") for anything else."""
    if content.startswith(b"%PDF-"):
        return ".pdf"
    body = content.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in body[:8192]:
        raise InputError("file", "this file is neither text nor a PDF (it holds binary data): upload a Markdown, "
                                 "plain text, HTML or PDF document")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("file", "this file is neither UTF-8 text nor a PDF: upload a Markdown, plain text, "
                                 "HTML or PDF document") from None
    if _HTML_START.match(body[:4096]):
        return ".html"
    return ".md" if _MARKDOWN_LINE.search(text[:65536]) else ".txt"


class Uploads:
    """This launch's uploaded documents, by id (a random name and its suffix)."""

    def __init__(self):
        self._folder = tempfile.TemporaryDirectory(prefix="tracker-uploads-")  # 0700, removed at exit
        self.folder = Path(self._folder.name)

    def keep(self, content: bytes) -> str:
        """Store a document and return its id. InputError("file") when it is empty, too big or not a document."""
        if not content:
            raise InputError("file", "choose a document to upload (the file was empty or none was chosen)")
        if len(content) > MAX_UPLOAD_BYTES:
            raise InputError("file", f"the file is {len(content):,} bytes; at most {MAX_UPLOAD_BYTES:,} (5 MB) are "
                                     "taken: run `tracker extract` on it instead")
        upload_id = secrets.token_hex(16) + kind_of(content)
        (self.folder / upload_id).write_bytes(content)
        return upload_id

    def path(self, upload_id: str) -> Path:
        """The stored document of ``upload_id``; InputError("file") for an id that is not one of ours."""
        path = self.folder / upload_id if _ID.fullmatch(upload_id or "") else None
        if path is None or not path.is_file():
            raise InputError("file", "that uploaded document is no longer here (the server restarted, or it was "
                                     "written already): upload it again")
        return path

    def forget(self, upload_id: str) -> None:
        if _ID.fullmatch(upload_id or ""):
            (self.folder / upload_id).unlink(missing_ok=True)


def shown_text(path: Path) -> tuple[str, callable]:
    """The text to show of a stored document, and a function mapping a draft's span (offsets in the original
    file) to offsets in that text. Text and Markdown are shown as they are; HTML as its prose (its spans are
    offsets in the markup, mapped through the reader's origin map); a PDF as the text pypdf read."""
    from tracker.extract.reading import read_document

    if path.suffix in (".md", ".txt"):
        return path.read_bytes().decode("utf-8-sig"), lambda span: span
    document = read_document(path)
    origin = document.origin
    if path.suffix != ".html" or origin is None:
        return document.text, lambda span: span
    # Original positions only grow along the text, so a markup offset's place in the prose is a bisection.
    originals = [origin.original(i) for i in range(len(document.text))]

    def mapped(span):
        return (bisect_left(originals, span[0]), bisect_left(originals, span[1]))
    return document.text, mapped
