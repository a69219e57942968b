"""``extract_document``: a document in, draft forecasts out. Reads, cleans, splits, finds, drafts; never writes."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.clauses import split_clauses
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.horizons import HorizonContext, default_horizon, event_dates, find_horizon, term_table
from tracker.extract.judgements import find_judgement
from tracker.extract.legend import detect_scale
from tracker.extract.lexicon import FALLBACK_SCALE, Lexicon
from tracker.extract.published import publication_date
from tracker.extract.reading import read_document
from tracker.extract.records import Document, Draft, Extraction, Horizon, Sentence
from tracker.extract.sentences import sentences

#: A sentence opening like this continues the previous one's thought, and so its horizon.
_CONTINUES = re.compile(r"^(?:in addition|additionally|also|moreover|furthermore|at the same time|meanwhile|"
                        r"similarly|likewise)\b", re.IGNORECASE)


def extract_document(path_or_text: str | os.PathLike, *, published: date | None = None, scale: str | None = None,
                     source: str | None = None, workspace: Path | None = None, today: date | None = None,
                     progress: Callable[[int, int], None] | None = None) -> Extraction:
    """Draft forecasts for the forward-looking judgements of a document (a path, or the text itself).

    ``published`` fixes the publication date (found in the document otherwise, with a note saying how);
    ``scale`` names the scale to read phrases with (the document's own legend otherwise); ``source`` is
    "publisher, title". ``progress(done, total)`` is told the characters processed.
    """
    from tracker.scales import load_scales

    document = _document(path_or_text)
    notes: list[str] = []
    scales = load_scales(workspace)
    if scale is not None and scale not in scales:
        raise InputError("--scale", f"unknown scale {scale!r} (known: {', '.join(sorted(scales))})")
    if scale is None:
        scale, why = detect_scale(document.text, scales)
        notes.append(why)
    if published is None:
        published, how, guessed = publication_date(document, today or datetime.now(timezone.utc).date())
        notes.append(how if not guessed else f"{how}; check it or give --published")
    publisher, title = _source(source, document)
    extraction = Extraction(document=title, publisher=publisher, published=published, scale=scale, notes=notes)
    paragraphs = clean_paragraphs(document.text)
    total = sum(len(p.text) for p in paragraphs)
    done = 0

    def advance(characters: int) -> None:
        nonlocal done
        done += characters
        if progress:
            progress(done, total)

    split = list(sentences(paragraphs, advance))
    lexicon = Lexicon(scales[scale], scales.get(FALLBACK_SCALE))
    ordered = [scales[scale], *(s for name, s in sorted(scales.items()) if name != scale)]
    context = HorizonContext(published, term_table(ordered), event_dates([s.text for s in split], published))
    extraction.drafts = _drafts(split, lexicon, context)
    return extraction


def _drafts(split: list[Sentence], lexicon: Lexicon, context: HorizonContext) -> list[Draft]:
    from tracker.extract.drafting import make_draft

    drafts: list[Draft] = []
    used_ids: set[str] = set()
    previous: tuple[Sentence, Horizon | None] | None = None
    for sentence in split:
        stated: Horizon | None = None
        for clause in split_clauses(sentence.text):
            judgement = find_judgement(clause, lexicon)
            horizon = find_horizon(clause.text, clause.before, context)
            stated = horizon or stated
            if judgement is None:
                continue
            if horizon is None and previous and previous[1] and previous[0].paragraph is sentence.paragraph \
                    and _CONTINUES.match(sentence.text):
                carried = previous[1]
                horizon = Horizon(carried.text, carried.due, f"{carried.reasoning} (carried from the previous sentence)",
                                  flagged=carried.flagged or "horizon carried from the previous sentence")
            reading = lexicon.read(judgement.phrase)
            if reading is None:
                continue
            drafts.append(make_draft(sentence, judgement, reading, horizon or default_horizon(context),
                                     context.published, used_ids))
        previous = (sentence, stated)
    return drafts


def _document(path_or_text: str | os.PathLike) -> Document:
    if isinstance(path_or_text, os.PathLike) or ("\n" not in str(path_or_text) and len(str(path_or_text)) < 4096
                                                 and Path(str(path_or_text)).suffix and Path(str(path_or_text)).exists()):
        return read_document(Path(path_or_text))
    return Document(name="text", text=str(path_or_text))


def _source(source: str | None, document: Document) -> tuple[str | None, str]:
    """``(publisher, title)`` from --source "publisher, title", else from the document itself."""
    if source:
        publisher, _, title = source.partition(",")
        return publisher.strip() or None, title.strip() or document.title or Path(document.name).stem
    return None, document.title or Path(document.name).stem
