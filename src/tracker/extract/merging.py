"""One draft per judgement: merging the drafts of a judgement stated in several places (summary, key points,
body) into the one a reviewer keeps."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.records import Draft

#: Two drafts whose claims share this share of their content words state the same judgement.
SAME_CLAIM = 0.7
#: ... or when every content word of the shorter claim is in the longer (a summary's short form).
SAME_CORE = 1.0


def merge_duplicates(drafts: list[Draft]) -> list[Draft]:
    """One draft per judgement: a summary, a chapter's key points and its body often state the same one.

    Drafts with the same phrase, the same negation and near-identical claims merge into one: the one
    with a stated horizon, else the later one (the body comes after the summary and the key points). The
    others' locations are named in its rationale. Ids are reassigned so no "-2" is left behind.
    """
    from tracker.extract.drafting import content_words, unique_id

    words = [content_words(d.statement, d.horizon.text) for d in drafts]
    index: dict[str, list[int]] = {}
    group = list(range(len(drafts)))  # each draft's representative (the first of its group)
    exact: dict[tuple, int] = {}  # a claim repeated word for word joins its first statement's group at once
    for i, draft in enumerate(drafts):
        key = (frozenset(words[i]), draft.phrase, _negated(draft))
        if words[i] and key in exact:
            group[i] = group[exact[key]]
            continue
        exact[key] = i
        shared: dict[int, int] = {}
        for word in words[i]:
            for j in index.get(word, ()):
                shared[j] = shared.get(j, 0) + 1
            index.setdefault(word, []).append(i)
        for j, count in shared.items():
            union = len(words[i] | words[j])
            other = drafts[j]
            smaller = min(len(words[i]), len(words[j]))
            same = count / union >= SAME_CLAIM or (smaller >= 3 and count / smaller >= SAME_CORE)
            if union and same and other.phrase == draft.phrase \
                    and _negated(other) == _negated(draft):
                group[i] = group[j]
                break
    members: dict[int, list[int]] = {}
    for i, root in enumerate(group):
        members.setdefault(root, []).append(i)
    merged: list[Draft] = []
    for root in sorted(members):
        indices = members[root]
        if len(indices) == 1:
            merged.append(drafts[root])
            continue
        stated = [i for i in indices if drafts[i].horizon.text and not drafts[i].horizon.flagged]
        keep = (stated or indices)[-1]
        others = [drafts[i] for i in indices if i != keep]
        chosen = drafts[keep]
        merged.append(replace(chosen, rationale=f"{chosen.rationale} Also stated at: "
                                                f"{'; '.join(d.location for d in others)}.",
                              also=tuple((d.location, d.quote) for d in others)))
    used: set[str] = set()
    return [replace(d, id=unique_id(d.statement, used)) for d in merged]


def _negated(draft: Draft) -> bool:
    return bool(re.search(r"\b(?:will\s+not\b(?!\s+only)|won['’]t|will\s+never)", draft.statement, re.IGNORECASE))
