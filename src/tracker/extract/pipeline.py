"""``extract_document``: a document in, draft forecasts out. Reads, cleans, splits, finds, drafts; never writes."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.attribution import continued_quote
from tracker.extract.casing import lowercase_words
from tracker.extract.clauses import own_phrase, split_clauses
from tracker.extract.cleanup import clean_paragraphs, spaced_letters
from tracker.extract.structure.columns import CUT_SHORT, MODAL_SPLICE, without_cut_tail
from tracker.extract.horizon_fiscal import fiscal_country
from tracker.extract.horizon_term_spans import defined_spans
from tracker.extract.horizon_period import document_default, framed_in_past, projection_end
from tracker.extract.horizons import (HorizonContext, default_horizon, defined_terms, event_dates, find_horizon,
                                      heading_horizon, term_table)
from tracker.extract.first_person import asked_question, claim_of_number
from tracker.extract.present_projection import PUBLISHED as PROJECTION_PUBLISHED
from tracker.extract.number_targets import asked_after
from tracker.extract.future_forms import plain_future
from tracker.extract.rating_levels import level_legend
from tracker.extract.judgements import find_judgement, reports
from tracker.extract.legend import choose_scale
from tracker.extract.legend_table import (TABLE_SCALE, agreeing_scale, legend_scale, legend_sentence, prose_legend,
                                          table_legend)
from tracker.extract.merging import merge_duplicates
from tracker.extract.numeric import SCENARIO_NOTE
from tracker.extract.number_targets import named_before
from tracker.extract.number_rescoring import rescore_earlier
from tracker.extract.lexicon import FALLBACK_SCALE, Lexicon
from tracker.extract.published import publication_date
from tracker.extract.publisher import find_publisher, own_names
from tracker.extract.transcript import answer_quote, turn_speakers
from tracker.extract.document_options import document_zone, given_source, load_document
from tracker.extract.register import inline_legend, register_judgement, register_row
from tracker.extract.records import Draft, Extraction, Horizon, Judgement, Paragraph, Sentence
from tracker.extract.scope import decided, disclaims, own_work, responds, scores_past, work_plan
from tracker.extract.second_numbers import second_forecaster
from tracker.extract.sentences import sentences
from tracker.extract.table_rows import table_drafts
from tracker.extract.time_anchor import TimeAnchor, claim_horizon

#: A clause after a judgement that rates it and may date it: "; we put it below 5% this year".
_PUT_IT = re.compile(r"\s*[;,]\s*(?:and\s+)?(?:we|I)\s+(?:put|see|rate|place|estimate|give)\s+(?:it|this|that|the\s+(?:chance|odds|probability|risk))\b", re.I)
#: A sentence opening like this continues the previous one's thought, and so its horizon.
_CONTINUES = re.compile(r"^(?:in addition|additionally|also|moreover|furthermore|at the same time|meanwhile|"
                        r"similarly|likewise|as a result|consequently|therefore|thus|hence"
                        # a demonstrative subject takes up what the paragraph said before: "In 2023, X. This will ..."
                        r"|(?:this|these|that|those|such)(?:\s+[a-z]+){0,2}\s+(?:will|would|is|are|could|may)"
                        r"|this|these|such)\b", re.IGNORECASE)

#: The unfinished end of a clause cut short: "... and that the initiative will".
_DANGLING = re.compile(r"(?:,?\s+(?:and|or|but)\b[^,;]*|\s+\w+)?\s+(?:will|would|be|to|the|a|an|of|that|and)$",
                       re.IGNORECASE)

#: A plan stated as such: the sentences after it in the paragraph describe the plan, they do not judge.
_PLAN_STATED = re.compile(r"^(?:the|its|their|his|her|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:plan|aim|intention|goal|idea|objective|target)s?\s+(?:is|are|was)\s+"
                          r"to\s+\w", re.IGNORECASE)
#: "It is likely that A, and B will ...": the impersonal phrase governs both clauses.
_IMPERSONAL = re.compile(r"^it\s+is\s+(?:\w+\s+){0,2}?\w+\s+that\b", re.IGNORECASE)

#: A short label in the first person before a colon: "Prediction I'll probably regret: X will ..." (X is judged).
_LABEL_CLAUSE = re.compile(r"^\W*(?:\w+\s+){0,2}(?:I|we)(?:['’]ll|\s+will|\s+may|\s+might)?\s+(?:\w+\s+)?\w+\s*:")

#: Words with which the authors take the floor again after reporting someone's claim.
_OWN_VOICE = re.compile(r"\b(?:in fact|however|in reality|actually|we assess|we judge|no basis)\b", re.IGNORECASE)


def extract_document(path_or_text: str | os.PathLike, *, published: date | None = None, scale: str | None = None,
                     source: str | None = None, workspace: Path | None = None, today: date | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     timezone_name: str | None = None, default_scale: str | None = None) -> Extraction:
    """Draft forecasts for the forward-looking judgements of a document (a path, or the text itself).

    ``published`` fixes the publication date (found in the document otherwise, with a note saying how);
    ``scale`` names the scale to read phrases with (the document's own legend otherwise); ``source`` is
    "publisher, title". ``progress(done, total)`` is told the characters processed. ``timezone_name`` is
    the publisher's IANA zone (the drafts are made at midnight of the publication date there); by default
    the workspace's ``timezone`` setting, else UTC. The scale is chosen in this order: ``scale``, the
    document's printed legend, the standard its publisher writes to (ICD 203, PHIA, AJP-2.1), then
    ``default_scale`` (the workspace's), then the standard whose hallmark term the text uses, then plain-reader.
    """
    from tracker.scales import load_scales

    document = load_document(path_or_text)
    notes: list[str] = []
    scales = load_scales(workspace)
    if scale is not None and scale not in scales:
        raise InputError("--scale", f"unknown scale {scale!r} (known: {', '.join(sorted(scales))})")
    found = find_publisher(document.text, document.author, document.title)
    if scale is None and (printed := table_legend(document.text) or prose_legend(document.text)):
        # The authors' own legend says what they mean: it wins over a close standard unless they agree.
        if (scale := agreeing_scale(printed, scales)) is None:
            scales, scale = {**scales, TABLE_SCALE: legend_scale(printed)}, TABLE_SCALE
        notes.append(f"scale {scale}: the document prints its own probability legend ({', '.join(printed)})")
    if scale is None:
        scale, why = choose_scale(document.text, scales, found, default_scale)
        notes.append(why)
    if published is None:
        published, how, guessed = publication_date(document, today or datetime.now(timezone.utc).date())
        # A date that is not a guess needs no advice; one whose note already says "give --published", no more.
        notes.append(how if not guessed or "--published" in how else f"{how}; check it or give --published")
    publisher, title = given_source(source, document)
    if publisher is None and found is not None and found.name:
        publisher = found.name
        notes.append(f"publisher {found.name}: {found.evidence}; the drafts' source forecaster (give --source to name another)")
    zone = document_zone(timezone_name, workspace)
    extraction = Extraction(document=title, publisher=publisher, published=published, scale=scale, notes=notes, timezone=zone)
    markdown = None if document.kind is None else document.kind == "markdown"
    paragraphs = clean_paragraphs(document.text, markdown, document.origin)
    total = sum(len(p.text) for p in paragraphs)
    done = 0

    def advance(characters: int) -> None:
        nonlocal done
        done += characters
        if progress:
            progress(done, total)

    split = list(sentences(paragraphs, advance))
    lexicon = Lexicon(scales[scale], scales.get(FALLBACK_SCALE), own_names(document.text, publisher))
    lexicon.levels = level_legend(document.text)
    ordered = [scales[scale], *(s for name, s in sorted(scales.items()) if name != scale)]
    events = event_dates([s.text for s in split], published)
    terms = {**term_table(ordered), **defined_spans(document.text)}  # the document's own definitions win
    context = HorizonContext(published, terms, events, document_default(document.text, published, events),
                             fiscal_country(document.text), projection_end(document.text, published),
                             defined_terms(document.text, published))
    lowercase = lowercase_words(document.text)
    token = PROJECTION_PUBLISHED.set(published)  # a present-tense projection dated before publication is a record
    try:
        extraction.drafts = _drafts(split, lexicon, context, lowercase, inline_legend(document.text),
                                    document.text)
    finally:
        PROJECTION_PUBLISHED.reset(token)  # no date left behind for a later call in the same thread
    return extraction


def _drafts(split: list[Sentence], lexicon: Lexicon, context: HorizonContext,
            lowercase: frozenset[str] = frozenset(), legend: dict | None = None, tables: str = "") -> list[Draft]:
    from tracker.extract.drafting import IdSet, finish_draft, make_draft

    drafts: list[Draft] = []
    used_ids: set[str] = IdSet()  # provisional ids: merging duplicates assigns the final ones
    later: dict[int, tuple] = {}  # what the drafts' questions are made from, once merging has kept them
    made: list[tuple[Sentence, Judgement, Horizon]] = []  # what each draft was made from, in order
    previous: Sentence | None = None
    times = TimeAnchor(context)  # the horizons stated so far in the paragraph, read when needed
    scenarios: Horizon | None = None  # the time frame of the last scenario line (a set shares one)
    asked: str | None = None  # the last question the text asked ("Will X?"): what a bare number answers
    asked_in: Sentence | None = None  # the sentence that asked it: a question after the paragraph's last draft is answered
    plan: Paragraph | None = None  # a paragraph that states a plan: its plain futures describe it
    rows: dict[int, tuple | None] = {}  # a risk register's rows (by paragraph), read once each
    turns = turn_speakers(split)  # a transcript's speaker of each paragraph: whose judgements they are
    opening: Sentence | None = None  # the first sentence of the paragraph: where an answer starts
    for sentence in split:
        opening = sentence if opening is None or opening.paragraph is not sentence.paragraph else opening
        if legend and "|" in sentence.paragraph.text:
            key = id(sentence.paragraph)
            row = rows[key] if key in rows else rows.setdefault(key, register_row(sentence.paragraph.text, legend))
            if row is not None:
                if row[0] in sentence.text:
                    judgement, horizon = register_judgement(sentence.text, *row), None
                    horizon = (find_horizon(row[0], "", context) or heading_horizon(sentence.paragraph.heading, context)
                               or default_horizon(context))
                    drafts.append(make_draft(sentence, judgement, lexicon.reading_of(judgement), horizon,
                                             context.published, used_ids, lowercase, later=later))
                continue
        if (question := asked_question(sentence.text)) is not None:
            asked, asked_in = question, sentence
        elif opening is sentence and sentence.paragraph.title and (previous is None or previous.paragraph.title
                                                                    != sentence.paragraph.title):
            asked = asked_question(sentence.paragraph.title)  # "## 2. Will X before July 2027?" over its number
        governing: Judgement | None = None  # the estimative phrase of the sentence so far
        impersonal = False  # the governing phrase is "it is PHRASE that ...", which reaches past ", and"
        if _PLAN_STATED.match(sentence.text) or responds(sentence.text):
            plan = sentence.paragraph  # "The plan is to ...", "Government response: Agreed.": what follows is the plan
        if "%" in sentence.text and legend_sentence(sentence.text):
            continue  # 'We describe a chance of 40-60% as "likely" ...': the legend says what words mean
        if framed_in_past(sentence.text, context.published):
            continue  # "For the elections of March 2026 we consider it unlikely ...", published in April 2026
        if scores_past(sentence.text):
            # "We put Brent above $80 at end-2025 at 25%. It finished near $61; resolved NO.": a look-back's record
            while made and previous is not None and made[-1][0] is previous and previous.paragraph is sentence.paragraph:
                made.pop()
                used_ids.discard(drafts.pop().id)
            continue
        if disclaims(sentence.text):
            # "...; this is a regulatory requirement, not a forecast", "(Note: these are targets)": takes back plain futures
            while made and made[-1][0].paragraph is sentence.paragraph and made[-1][1].phrase == "will":
                made.pop()
                used_ids.discard(drafts.pop().id)
            continue
        times.start(sentence.paragraph)
        for clause in split_clauses(plain_future(sentence.text)):  # "is going to", "'ll": "will"
            garbage = spaced_letters(clause.text) or (  # a splice follows a modal: most clauses have none
                ("will" in clause.text or "would" in clause.text) and MODAL_SPLICE.search(clause.text))
            if garbage:
                # PDF letter-spacing garbage ("will b i l t d th") or a column spliced in after a modal ("will very
                # likely Russia's ..."): judge only the words before it, and drop a tail it cut short.
                kept = _DANGLING.sub("", clause.text[:garbage.start()].rstrip())
                clause = replace(clause, text=kept)
            if not garbage and CUT_SHORT.search(clause.text, max(0, len(clause.text) - 20)):  # "This threat will be particularly": a page break
                clause = replace(clause, text=without_cut_tail(clause.text))
            judgement = find_judgement(clause, lexicon) if clause.text.strip() and not _LABEL_CLAUSE.match(
                clause.text + sentence.text[sentence.text.find(clause.text) + len(clause.text):][:2]) else None
            if judgement is not None and judgement.speaker is None and (said := continued_quote(sentence.text, sentence.paragraph.text)):
                judgement = replace(judgement, speaker=said, notes=(*judgement.notes, f'quoted: the judgement of "{said}", '
                                                                     "not the publisher's (a quotation attributed to them in this sentence or the one before)"))
            if judgement is not None and (garbage or spaced_letters(sentence.text)):  # in this clause or the next
                judgement = replace(judgement, notes=(*judgement.notes,
                                                      "garbled text (PDF letter spacing or columns) cut from the quote's clause"))
            if judgement is not None and judgement.phrase != "will" and judgement.stated is None:
                governing = judgement
                impersonal = bool(_IMPERSONAL.match(clause.text))
                plan = None  # the authors judge again: what follows is theirs
            elif judgement is None and (lead := _IMPERSONAL.match(clause.text)) and \
                    (phrase := lexicon.judgement_pattern.search(lead.group(0))) and lexicon.read(phrase.group(0)):
                # "It is likely that A is a formality, and B will remain": A is present, B still under the phrase.
                reading = lexicon.read(phrase.group(0))
                governing = Judgement(clause.text, "", reading.entry.phrase, " ".join(phrase.group(0).split()), False)
                impersonal = True
            elif judgement is not None and governing is not None and not own_phrase(clause.text) and (
                    clause.coordinated or (impersonal and re.search(r",?\s+and\s*$", clause.before))):
                # "It is possible that X will A and will B": the phrase governs B too, not a plain "will".
                judgement = replace(judgement, phrase=governing.phrase,
                                    written=f"{governing.written} (governing the coordinated clause)")
            if judgement is None:
                times.unread(clause.text, clause.before)
                continue
            horizon = claim_horizon(find_horizon(clause.text, clause.before, context), judgement.statement, context)
            if horizon is None and judgement.reads_as is not None and judgement.phrase == "will":
                horizon = find_horizon(judgement.statement, "", context)  # "cut its 2027 forecast to 1.7%": "... in 2027"
            if horizon is None and (after := sentence.text[sentence.text.find(clause.text) + len(clause.text):]) \
                    and _PUT_IT.match(after):
                horizon = find_horizon(after, "", context)  # "X remains unlikely; we put it below 5% this year"
            times.read(clause.text, clause.before, horizon)
            if judgement.phrase == "will" and (plan is sentence.paragraph or decided(sentence.text)
                                               or work_plan(sentence.paragraph.heading) or own_work(clause.text, lexicon.authors)):
                continue  # "The plan is to set up two divisions. The first will ...", a work plan: described
            if horizon is None and context.default is None and (anchor := times.anchor()) and (
                    anchor[1] or _CONTINUES.match(sentence.text)):
                # A time frame set earlier in the paragraph ("The election will be held in 2025. The party
                # will lose") frames what the paragraph goes on to judge; a dated fact only what continues it.
                carried = anchor[0]
                horizon = Horizon(carried.text, carried.due, f"{carried.reasoning} (carried from earlier in the paragraph)",
                                  flagged=carried.flagged or "horizon carried from earlier in the paragraph")
            if SCENARIO_NOTE in judgement.notes:  # "Base case (60%): ...; the S&P 500 ends 2026": the line's, else the set's
                scenarios = horizon = horizon or find_horizon(sentence.text, "", context) or scenarios
            if horizon is None:
                horizon = heading_horizon(sentence.paragraph.heading, context)
            if judgement.phrase == "will" and previous and previous.paragraph is sentence.paragraph and judgement.speaker is None \
                    and reports(previous.text) and not _OWN_VOICE.search(sentence.text) and governing is None \
                    and not _OWN_VOICE.search(previous.text):  # "X claims Y, which has no basis in fact. It is improbable ..."
                # "Actors attempt to convince X that sanctions will hurt. European economies will collapse":
                # the second sentence goes on with the report, it is not the authors' judgement.
                continue
            quoted = sentence
            if judgement.stated is not None and not judgement.statement:
                judgement = claim_of_number(judgement, clause.before, asked if not made or made[-1][0].paragraph
                                            is not sentence.paragraph or asked_after(asked_in, made[-1][0]) else None)
                # the question's own time words first: "62% (up from 55% in October)" dates the old number
                horizon = (find_horizon(asked, "", context) if asked and judgement.statement else None) or horizon
                if asked and judgement.statement and opening is not sentence:
                    quoted = answer_quote(opening, sentence)  # "Could happen if ... Let's say 30%": the whole answer
                if asked and judgement.statement and any("question asked before it" in note for note in judgement.notes):
                    asked = None  # answered: a later number, under another heading, does not answer it again
            if judgement.stated is not None and not judgement.statement and (named := named_before(judgement, sentence, previous)):
                judgement, quoted = named  # "the probability of X ... was low. The median probability was 25%"
            if judgement.stated is not None and judgement.statement and horizon is None:
                horizon = find_horizon(judgement.statement, "", context)  # "Democrats ... in November. I have them at 70%"
            if (second := second_forecaster(judgement, sentence, made)) is not None:
                judgement, horizon = second[0], horizon or second[1]  # "The panel is at 66%": its own draft
            elif judgement.stated is not None and not judgement.statement:
                # "X will fall; we put the chance at 12%": the number scores an earlier judgement of the paragraph
                if (rescored := rescore_earlier(judgement, sentence, previous, made, drafts, used_ids)) is None:
                    continue
                quoted, judgement, earlier = rescored
                horizon = horizon or earlier
            reading = lexicon.reading_of(judgement)
            if reading is None:
                continue
            if judgement.speaker is None and (turn := turns.get(id(sentence.paragraph))):
                judgement = replace(judgement, speaker=turn)
            horizon = horizon or default_horizon(context)
            # the quote's place in the file made with the draft: a frozen draft copied to add it costs more than making it
            span = (quoted.start, quoted.end) if quoted.start is not None else None
            draft = make_draft(quoted, judgement, reading, horizon, context.published, used_ids, lowercase, span, later)
            made.append((quoted, judgement, horizon))
            drafts.append(draft)
        previous = sentence
        times.end(sentence.text)
    return merge_duplicates(drafts + (table_drafts(tables, context, lexicon, used_ids, lowercase) if tables else []),
                            lambda draft: finish_draft(draft, later))
