"""The extract review's upload (/extract/upload, multipart): the document's type is read from its bytes,
not its name; too big or not a document is refused beside the file field with nothing kept or written; a
good upload shows its drafts beside their sentences marked, and Write applies them and drops the file."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from conftest import store_snapshot

from tracker import api
from tracker.web.security import LARGE_FORM_BYTES
from tracker.web.uploads import MAX_UPLOAD_BYTES, kind_of

FIRST = "We assess that it is highly likely the central bank will cut rates by the end of 2027."
SECOND = "It is unlikely that the coalition will collapse before the 2028 election."
HTML = (f"<!doctype html><html><head><title>Outlook</title><script>alert(1)</script></head><body><h1>Outlook</h1>"
        f"<p>The ministry released figures. {FIRST.replace('highly likely', '<b>highly</b> likely')} Trade grew.</p>"
        f"<p>{SECOND}</p></body></html>").encode()
MARKDOWN = f"# Regional outlook\n\nThe ministry released its figures. {FIRST}\n\n- {SECOND}\n".encode()
FORM = {"published": "2026-01-15", "scale": "us-icd-203"}


def pdf_of(lines):
    """A one-page PDF whose text is ``lines`` (Helvetica, one line each), with a correct xref table."""
    stream = "BT /F1 11 Tf 40 800 Td 14 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for l in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def csrf_of(client) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/extract").text).group(1)


def upload(client, content: bytes, filename: str, **fields):
    return client.post("/extract/upload", data={"csrf": csrf_of(client), **FORM, **fields},
                       files={"file": (filename, content, "application/octet-stream")})


def marks(page: str) -> dict[str, str]:
    return {k: htmllib.unescape(v) for k, v in re.findall(r'<mark id="mark-(\d+)">(.*?)</mark>', page, re.DOTALL)}


def kept(client) -> list:
    return sorted(client.app_state_uploads.iterdir())


@pytest.fixture
def uploader(populated, make_client):
    client = make_client()
    # The app behind the guard holds the site; its uploads folder is where documents are kept.
    endpoint = next(r for r in client.app.app.routes if getattr(r, "path", "") == "/extract/upload").endpoint
    site = next(c.cell_contents for c in endpoint.__closure__ if hasattr(c.cell_contents, "uploads"))
    client.app_state_uploads = site.uploads.folder
    return client


def test_the_type_is_read_from_the_content_not_the_name():
    assert kind_of(b"%PDF-1.4\n...") == ".pdf"
    assert kind_of(b"\xef\xbb\xbf  <!DOCTYPE html><html>") == ".html"
    assert kind_of(b"<!-- saved page -->\n<html lang=en>") == ".html"
    assert kind_of(MARKDOWN) == ".md"
    assert kind_of(b"Plain words. It is likely to rain.\n") == ".txt"
    assert kind_of("Prices < 5 and > 3 are likely.".encode()) == ".txt"  # a < is not markup
    with pytest.raises(Exception, match="binary data"):
        kind_of(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(Exception, match="neither UTF-8 text nor a PDF"):
        kind_of(b"caf\xe9 au lait is likely")  # Latin-1, not UTF-8


def test_an_html_upload_named_txt_is_read_as_html_and_its_sentences_marked(uploader, workspace, database_url):
    before = store_snapshot(database_url)
    page = upload(uploader, HTML, "notes.txt")
    assert page.status_code == 200, page.text
    assert marks(page.text) == {"1": FIRST, "2": SECOND}  # the prose, mapped from offsets in the markup
    assert "alert(1)" not in page.text  # the page's script is not prose: never shown, never run
    assert "Drafts from notes" in page.text  # no name given: the file's
    upload_id = re.search(r'name="upload" value="([^"]+)"', page.text).group(1)
    assert upload_id.endswith(".html") and [p.name for p in kept(uploader)] == [upload_id]
    assert list(workspace.glob("forecasts/*.yaml")) == [] and store_snapshot(database_url) == before


def test_a_pdf_upload_is_read_by_pypdf_whatever_its_name(uploader, database_url):
    page = upload(uploader, pdf_of(["Outlook", FIRST, SECOND]), "outlook.html", name="Outlook")
    assert page.status_code == 200, page.text
    assert re.search(r'name="upload" value="[0-9a-f]{32}\.pdf"', page.text)
    shown = marks(page.text)
    assert shown["1"].endswith(FIRST) and shown["2"] == SECOND  # marked in the text pypdf read


def test_write_from_an_upload_applies_the_drafts_and_drops_the_file(uploader, workspace, database_url):
    page = upload(uploader, MARKDOWN, "outlook.pdf", name="Regional Outlook")  # Markdown, whatever its name
    assert page.status_code == 200, page.text
    assert marks(page.text) == {"1": FIRST, "2": SECOND}
    fields = {name: htmllib.unescape(value) for name, value in
              re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page.text)}
    assert fields["upload"].endswith(".md") and "text" not in fields
    fields.update({"draft-1-accept": "yes", "draft-1-text": "Will the central bank cut rates by 2028?",
                   "draft-1-probability": "85%", "draft-1-due": "2027-12-31"})  # draft 2 rejected
    written = uploader.post("/extract", data=fields, follow_redirects=False)
    assert written.status_code == 303, written.text
    assert kept(uploader) == []
    (path,) = (workspace / "forecasts").glob("*.yaml")
    found, store = api.open_workspace(workspace, database_url, create=False)
    try:
        question_id = re.search(r"id=([^&]+)", written.headers["location"]).group(1)
        history = api.question_history(store, question_id)
    finally:
        store.close()
    assert history.question.text == "Will the central bank cut rates by 2028?"
    assert [p.probability for p in history.predictions] == [0.85]
    again = uploader.post("/extract", data=fields)  # the document is gone: upload it again
    assert again.status_code == 400 and "upload it again" in again.text


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "holds binary data"),
    (b"PK\x03\x04" + bytes(100), "holds binary data"),  # a zip (a .docx) named .md
    (b"", "choose a document to upload"),
    (b"x" * (MAX_UPLOAD_BYTES + 1), "at most 5,242,880 (5 MB)"),
])
def test_a_bad_file_is_refused_beside_its_field_with_nothing_kept(uploader, workspace, database_url, content, message):
    before = store_snapshot(database_url)
    page = upload(uploader, content, "report.md", name="Report")
    assert page.status_code == 400
    error = re.search(r'<p class="error" id="file-error">(.*?)</p>', page.text).group(1)
    assert message in htmllib.unescape(error)
    assert 'id="file" name="file"' in page.text and 'aria-describedby="file-error"' in page.text
    assert kept(uploader) == [] and store_snapshot(database_url) == before
    assert list(workspace.glob("forecasts/*.yaml")) == []


def test_a_body_over_the_limit_and_a_missing_token_are_refused_before_the_handler(uploader, database_url):
    too_big = upload(uploader, b"a" * (LARGE_FORM_BYTES["/extract/upload"] + 1), "big.txt", name="Big")
    assert too_big.status_code == 413
    forged = uploader.post("/extract/upload", data={**FORM, "name": "x", "csrf": "0" * 64},
                           files={"file": ("a.md", MARKDOWN, "text/markdown")})
    assert forged.status_code == 403 and "CSRF token" in forged.text
    elsewhere = uploader.post("/log", data={"csrf": csrf_of(uploader), "text": "x"},
                              files={"file": ("a.md", MARKDOWN, "text/markdown")})
    assert elsewhere.status_code == 415  # multipart is taken by the upload only
    assert kept(uploader) == []


def test_uploads_are_kept_outside_every_served_path(uploader):
    from pathlib import Path

    import tracker.web

    page = upload(uploader, MARKDOWN, "outlook.md", name="Outlook")
    upload_id = re.search(r'name="upload" value="([^"]+)"', page.text).group(1)
    folder = uploader.app_state_uploads
    assert not folder.resolve().is_relative_to(Path(tracker.web.__file__).parent.resolve())
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    for path in (f"/static/{upload_id}", f"/static/../../{folder.name}/{upload_id}", f"/{upload_id}"):
        assert uploader.get(path).status_code == 404
    forged = uploader.post("/extract", data={"csrf": csrf_of(uploader), "name": "x", "upload": "../../etc/passwd"})
    assert forged.status_code == 400 and "upload it again" in forged.text


def test_both_a_file_and_pasted_text_is_refused(uploader):
    page = upload(uploader, MARKDOWN, "a.md", name="A", text="It is likely to rain by 2030.")
    assert page.status_code == 400 and "give a file or paste text, not both" in htmllib.unescape(page.text)
    pasted = uploader.post("/extract/upload", data={"csrf": csrf_of(uploader), **FORM, "name": "Pasted",
                                                    "text": MARKDOWN.decode()},
                           files={"file": ("", b"", "application/octet-stream")})
    assert pasted.status_code == 200 and marks(pasted.text) == {"1": FIRST, "2": SECOND}
