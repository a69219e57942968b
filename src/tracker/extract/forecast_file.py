"""Drafts as a forecast file in the ledger format (docs/ledger-format.md) that ``tracker apply`` reads as is.

The ledger refuses unknown fields, so the review status of each draft is written as YAML comments above it
(``# REVIEW: confidence low: horizon defaulted``) and repeated in the prediction's rationale.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time, timezone

import yaml

from tracker.extract.lexicon import TABLE_SCALE
from tracker.extract.records import Draft, Extraction

_NAME = re.compile(r"[^A-Za-z0-9 ._@-]+")
#: Letters NFKD does not split into an ASCII base letter and a mark; the ledger's names are ASCII, and dropping
#: them would cut a name in two ("Stensønes" -> "Stens nes").
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d",
                          "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&.]{1,11})\)")
_MINOR = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "des", "la", "le", "&"}
#: A default name longer than this is shortened to an acronym.
_SHORT = 24
#: A name that opens with its acronym: "CPB Netherlands Bureau ...", "UKHSA Health Security Agency" (three letters
#: or more: "EU", "UK" before a name are modifiers).
_LEADING_ACRONYM = re.compile(r"([A-Z][A-Z0-9&]{2,9})\s+[A-Z][a-z]")
#: A document title as a default name is cut at a word boundary to this length.
_TITLE_CUT = 40


def forecaster_name(extraction: Extraction, forecaster: str | None = None) -> str:
    """A forecaster name the ledger accepts: the one given, else a short name for the publisher or document.

    A long publisher ("State Security Department of the Republic of Lithuania (VSD) and ...") becomes the
    first acronym it gives in brackets ("VSD"), else the initials of its words ("SSDRL").
    """
    if forecaster:
        return _fit(forecaster)
    raw = extraction.publisher or extraction.document or "extracted"
    if len(raw) <= _SHORT:
        return _fit(raw)
    if match := _ACRONYM.search(raw):
        return _fit(match.group(1))
    if lead := _LEADING_ACRONYM.match(raw):
        return _fit(lead.group(1))  # "CPB Netherlands Bureau for Economic Policy Analysis": the name it goes by
    if not extraction.publisher:
        # a document's title, not a body's name: its initials would be a word nobody uses ("HSASAPR")
        return _fit(raw[:_TITLE_CUT + 1].rsplit(" ", 1)[0] if len(raw) > _TITLE_CUT else raw)
    first = re.split(r"\s+(?:and|&)\s+|[,;]", raw)[0]
    words = [w for w in re.findall(r"[A-Za-z0-9]+", first) if w.lower() not in _MINOR]
    initials = "".join(w if w.isupper() else w[0].upper() for w in words)
    return _fit(initials if 2 <= len(initials) <= 12 else raw)


def _fit(raw: str) -> str:
    """``raw`` with the characters the ledger refuses removed, cut at a word boundary to 64 characters."""
    ascii_raw = unicodedata.normalize("NFKD", raw.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    # an apostrophe is dropped, not spaced: "Serbia's president" -> "Serbias president", not "Serbia s president"
    name = " ".join(_NAME.sub(" ", ascii_raw.replace("'", "")).split()).strip(" ._-@")
    if len(name) > 64:
        name = name[:65].rsplit(" ", 1)[0] if " " in name[:65] else name[:64]
    return name.strip(" ._-@") or "extracted"


def _zone(name: str | None):
    """The extraction's time zone (an IANA name: --timezone, else the workspace's setting); UTC when none is set.
    The drafts' made_at is midnight of the publication day there, so it reads as that day in the reader's zone."""
    if not name or name.upper() == "UTC":
        return timezone.utc
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def document_tag(extraction: Extraction) -> str:
    """A tag naming the document: lowercase words of its title joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", (extraction.document or "document").lower())
    return "-".join(words)[:60].strip("-") or "document"


def source_forecaster(draft: Draft, extraction: Extraction) -> dict:
    """Whose judgement the draft is (as distinct from who records it): a quoted speaker, else the publisher,
    else the document. ``{"name", "kind"}``, kind ``speaker``, ``publisher`` or ``document``."""
    if draft.speaker:
        return {"name": draft.speaker, "kind": "speaker"}
    if extraction.publisher:
        return {"name": extraction.publisher, "kind": "publisher"}
    return {"name": extraction.document, "kind": "document"}


def question_record(draft: Draft, extraction: Extraction, forecaster: str | None = None) -> dict:
    """One draft as the mapping a forecast file holds (field names of the domain records).

    The prediction's forecaster is ``forecaster`` when given, else the source forecaster: the quoted
    speaker, else the publisher (``source_forecaster``)."""
    if forecaster is None and draft.speaker:
        forecaster = draft.speaker
    source = {"document": extraction.document, "publisher": extraction.publisher, "date": extraction.published,
              "quote": draft.quote, "location": draft.location}
    if draft.scale == TABLE_SCALE:
        # The document's own legend is no scale of the workspace: the probability stands as given, the
        # rationale says which legend term and band it came from (`tracker apply` would not know the scale).
        record = _record(draft, extraction, forecaster, source)
        for mapping in (record, record["predictions"][0]):
            del mapping["phrase"], mapping["scale"]
        return record
    return _record(draft, extraction, forecaster, source)


def _record(draft: Draft, extraction: Extraction, forecaster: str | None, source: dict) -> dict:
    made_at = datetime.combine(extraction.published, time(0, 0), tzinfo=_zone(extraction.timezone))
    return {
        "id": draft.id,
        "text": draft.text,
        "criteria": draft.criteria,
        "kind": "binary",
        "due": draft.due,
        "tags": ["extracted", document_tag(extraction)],
        "phrase": draft.phrase,
        "scale": draft.scale,
        "source": {k: v for k, v in source.items() if v is not None},
        "predictions": [{
            "forecaster": forecaster_name(extraction, forecaster),
            "made_at": made_at.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"),
            "probability": draft.probability,
            "phrase": draft.phrase,
            "scale": draft.scale,
            "rationale": draft.rationale,
        }],
    }


def draft_file(extraction: Extraction | Sequence[Extraction], forecaster: str | None = None) -> str:
    """The YAML text of a forecast file holding every draft of one or more extractions, each marked for review."""
    extractions = [extraction] if isinstance(extraction, Extraction) else list(extraction)
    header = ["# Draft forecasts extracted by `tracker extract`. Every question is a DRAFT: check the question,",
              "# the criteria and the due date, then `tracker apply` this file."]
    for item in extractions:
        header.append(f"# {item.document}: {len(item.drafts)} drafts")
        header.extend(f"#   note: {note}" for note in item.notes)
    pairs = [(draft, item) for item in extractions for draft in item.drafts]
    if not pairs:
        return "\n".join([*header, "questions: []", ""])
    lines = [*header, "questions:"]
    used: set[str] = set()
    for draft, item in pairs:
        draft = _unique(draft, used)
        lines.append("")
        low, high = draft.band
        lines.append(f"  # REVIEW: confidence {draft.confidence}"
                     + (f": {'; '.join(draft.review)}" if draft.review else ""))
        lines.append(f'  # phrase "{draft.phrase}" ({draft.scale}, band {low:g}-{high:g}); '
                     f'horizon {draft.horizon.text or "none stated"} -> due {draft.due.isoformat()}')
        origin = source_forecaster(draft, item)
        lines.append(f"  # source forecaster: {origin['name']} ({origin['kind']})")
        body = yaml.safe_dump(question_record(draft, item, forecaster), sort_keys=False, allow_unicode=True,
                              width=110, default_flow_style=False)
        body_lines = body.rstrip("\n").split("\n")
        lines.append("  - " + body_lines[0])
        lines.extend("    " + line for line in body_lines[1:])
    return "\n".join(lines) + "\n"


def _unique(draft: Draft, used: set[str]) -> Draft:
    """The draft with an id no earlier draft of the file has (two documents may state the same claim)."""
    candidate, number = draft.id, 2
    while candidate in used:
        candidate, number = f"{draft.id[:60]}-{number}", number + 1
    used.add(candidate)
    return draft if candidate == draft.id else replace(draft, id=candidate)
