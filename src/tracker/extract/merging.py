"""One draft per judgement: merging the drafts of a judgement stated in several places (summary, key points,
body) into the one a reviewer keeps."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tracker.extract.records import Draft
from tracker.scales import STATED_SCALE as STATED

#: A forecast table's row as the structure stage writes it: "Will the ECB cut in March: 35%."
_ROW_QUOTE = re.compile(r"^[^.]{5,240}:\s+\d{1,3}(?:\.\d+)?%\.$")

#: Two drafts whose claims share this share of their content words state the same judgement.
SAME_CLAIM = 0.7
#: ... or when every content word of the shorter claim is in the longer (a summary's short form).
SAME_CORE = 1.0


def merge_duplicates(drafts: list[Draft], finish: Callable[[Draft], Draft] | None = None) -> list[Draft]:
    """One draft per judgement: a summary, a chapter's key points and its body often state the same one.

    Drafts with the same phrase, the same negation and near-identical claims (or the same stated number and due
    date) merge into one: the authors' own question, else the one with a stated horizon, else the later one (the
    body comes after the summary and the key points). The
    others' locations are named in its rationale. Ids are reassigned so no "-2" is left behind. ``finish`` completes
    each draft kept (drafting.finish_draft: its question is made only for the drafts kept).
    """
    from tracker.extract.drafting import content_words, unique_id

    words = [content_words(d.statement, d.horizon.text) for d in drafts]
    # each draft's targets and negation read once, not again for every draft it is compared with
    targets = [_targets(d) for d in drafts]
    negated = [_negated(d) for d in drafts]
    index: dict[str, list[int]] = {}
    group = list(range(len(drafts)))  # each draft's representative (the first of its group)
    exact: dict[tuple, int] = {}  # a claim repeated word for word joins its first statement's group at once
    for i, draft in enumerate(drafts):
        key = (frozenset(words[i]), draft.phrase, negated[i])
        if words[i] and key in exact and _same_target_sets(targets[i], targets[exact[key]]) \
                and not _other_holders(draft, drafts[exact[key]]):
            group[i] = group[exact[key]]
            continue
        exact[key] = i
        shared: dict[int, int] = {}
        for word in words[i]:
            for j in index.get(word, ()):
                shared[j] = shared.get(j, 0) + 1
            index.setdefault(word, []).append(i)
        for j, count in shared.items():
            other = drafts[j]
            # the cheap tests first: most drafts sharing a word differ in phrase or negation
            if other.phrase != draft.phrase or negated[j] != negated[i] or _other_holders(draft, other):
                continue
            union = len(words[i] | words[j])
            smaller = min(len(words[i]), len(words[j]))
            same = count / union >= SAME_CLAIM or (smaller >= 3 and count / smaller >= SAME_CORE) or _same_number(draft, other)
            if union and same and _same_target_sets(targets[i], targets[j]):
                group[i] = group[j]
                break
    members: dict[int, list[int]] = {}
    for i, root in enumerate(group):
        members.setdefault(root, []).append(i)
    merged: list[Draft] = []
    for root in sorted(members):
        indices = members[root]
        if len(indices) == 1:
            merged.append(finish(drafts[root]) if finish else drafts[root])
            continue
        stated = [i for i in indices if drafts[i].horizon.text and not drafts[i].horizon.flagged]
        # the authors' own question asks it best: a table's question kept as written, a forecast table's row
        # ("Will X ...: 14%."), a question they ask and answer
        pool = stated or indices
        asked = [i for i in pool if any("as the row asks it" in note for note in drafts[i].review)] \
            or [i for i in pool if _ROW_QUOTE.match(drafts[i].quote)] or [i for i in pool if drafts[i].quote.startswith("Will ")]
        keep = (asked or pool)[-1]
        others = [drafts[i] for i in indices if i != keep]
        chosen = finish(drafts[keep]) if finish else drafts[keep]
        merged.append(replace(chosen, rationale=f"{chosen.rationale} Also stated at: "
                                                f"{'; '.join(d.location for d in others)}.",
                              also=tuple((d.location, d.quote) for d in others)))
    used: set[str] = set()
    return [replace(d, id=unique_id(d.statement, used)) for d in merged]


def _other_holders(one: Draft, other: Draft) -> bool:
    """Whether two drafts are held by two named holders ("the market" and "the panel"): their numbers on one claim
    are two forecasts, never one (a writer's unnamed summary and a named body's statement may be one)."""
    return bool(one.speaker and other.speaker and one.speaker.strip().lower() != other.speaker.strip().lower())


_NEGATED = re.compile(r"(?=[w])\b(?:will\s+not\b(?!\s+only)|won['’]t|will\s+never)", re.IGNORECASE)


def _negated(draft: Draft) -> bool:
    return bool(_NEGATED.search(draft.statement))


#: A target number with its unit in a claim: "3.0 per cent", "$9.7 billion", "25 basis points".
_TARGET = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent|bn\b|billion|million|trillion|bp\b|basis\s+points)",
                     re.IGNORECASE)


#: Any digit ``_TARGET`` can start with: a claim with none names no target (a test in C, not a loop over characters).
_DIGIT = re.compile(r"\d")


def _targets(draft: Draft) -> frozenset[float]:
    """The target numbers the draft's claim names (none when it holds no digit)."""
    if not _DIGIT.search(draft.statement):
        return frozenset()
    return frozenset(float(n) for n in _TARGET.findall(draft.statement))


def _same_target_sets(mine: frozenset[float], theirs: frozenset[float]) -> bool:
    """Whether two claims name the same target numbers, or one names none: "grow by 3.0 per cent in 2026" and "by 3.8
    per cent in 2027" are two forecasts of one sentence, whatever words they share; "3%" and "3.0 per cent" are one."""
    return not mine or not theirs or mine == theirs


def _same_number(one: Draft, other: Draft) -> bool:
    """A forecast table's row and the prose that restates it ("Will a general ceasefire be agreed? | 14%" and "we
    put a general ceasefire at 14%"): the same stated number, due the same day, sharing two words or more (and two
    in five of the shorter claim's): two questions at 55% by the end of 2028 sharing "AI" are two questions."""
    if not (one.scale == other.scale == STATED and one.probability == other.probability and one.due == other.due):
        return False
    from tracker.extract.drafting import content_words

    mine, theirs = content_words(one.statement, one.horizon.text), content_words(other.statement, other.horizon.text)
    shared = len(mine & theirs)
    return shared >= 2 and shared >= 0.4 * min(len(mine), len(theirs))
