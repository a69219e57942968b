"""Every grouping a filtered report shows, from one read of the filtered forecasts.

Unfiltered, each grouping is read from the score cells (a small table the triggers keep); filtered, a
GROUP BY per grouping would pass over the filtered forecasts once per grouping. Here they are read once
(tracker.store.scored_columns) and grouped in numpy: per group, the distinct probabilities with their
events and counts, which is all the scores, calibration, decompositions and sharpness need, so every
number equals what `tracker score --by` gives for the group.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from tracker.evaluation import Selection
from tracker.store import Store
from tracker.store.dimensions import GROUPINGS, label
from tracker.store.scored import UNTAGGED

Grouped = dict[tuple, tuple[list, list, list]]


def _codes(column) -> tuple[np.ndarray, list]:
    """(the index of each value among the distinct ones, the distinct values in order of first sight)."""
    distinct = list(dict.fromkeys(column))
    index = {value: i for i, value in enumerate(distinct)}
    return np.fromiter(map(index.__getitem__, column), dtype=np.intp, count=len(column)), distinct


#: Up to this many (key, probability) cells are counted in dense arrays; more (many distinct
#: probabilities, as forecasts given to several decimals make) are counted among the cells that occur.
DENSE_CELLS = 1 << 22


def _by_code(codes: np.ndarray, n_keys: int, p_codes: np.ndarray, p_values: np.ndarray, events: np.ndarray,
             ) -> list[tuple[list, list, list]]:
    """Per key code: (distinct probabilities, events, counts), as ``GROUP BY key, probability`` gives them."""
    cell = codes.astype(np.int64) * p_values.size + p_codes
    if n_keys * p_values.size <= DENSE_CELLS:
        size = n_keys * p_values.size
        n = np.bincount(cell, minlength=size)
        yes = np.bincount(cell, weights=events, minlength=size)
        cells = np.flatnonzero(n)
        n, yes = n[cells], yes[cells]
    else:
        cells, inverse = np.unique(cell, return_inverse=True)
        n = np.bincount(inverse.reshape(-1))
        yes = np.bincount(inverse.reshape(-1), weights=events)
    # cells ascend: by key, then by probability within a key.
    bounds = np.searchsorted(cells // p_values.size, np.arange(n_keys + 1))
    values, n_events, counts = p_values[cells % p_values.size], yes.astype(np.int64), n.astype(np.int64)
    return [(values[a:b].tolist(), n_events[a:b].tolist(), counts[a:b].tolist())
            for a, b in zip(bounds[:-1], bounds[1:])]


def _tag_groups(tag_sets: list, set_codes: np.ndarray, tag_filter: str | None, p_codes, p_values, events,
                ) -> Grouped:
    """By tag: filtered by one, every forecast has it and is grouped under it alone; otherwise each
    forecast counts under each of its question's tags, or UNTAGGED."""
    if tag_filter is not None:
        return {(tag_filter,): _by_code(np.zeros(p_codes.size, dtype=np.intp), 1, p_codes, p_values, events)[0]}
    groups: Grouped = {}
    # Few distinct sets of tags: group by the set, then add each set's groups to each of its tags.
    for tag_set, found in zip(tag_sets, _by_code(set_codes, len(tag_sets), p_codes, p_values, events)):
        for tag in tag_set or (UNTAGGED,):
            _merge(groups, (tag,), found)
    return groups


class Miss(NamedTuple):
    question_id: str
    text: str
    forecaster: str
    probability: float
    outcome: str
    squared_error: float


def grouped_once(store: Store, selection: Selection, misses: int = 10) -> tuple[dict[str | None, Grouped], list]:
    """({None: the overall group, grouping: its groups}, the largest misses) of the scored binary
    forecasts under the selection's filters, for every grouping of GROUPINGS, from one read. The misses:
    the ``misses`` forecasts furthest from what happened, worst first, ties by question and forecaster
    (tracker.store.scored_lists.largest_misses's order)."""
    from tracker.store.scored_columns import TAG_SEPARATOR, question_texts, scored_columns

    with store.read() as session:
        columns = scored_columns(session, selection.filters)
        if not columns.probability.size:
            return {by: {} for by in (None, *GROUPINGS)}, []
        worst = _largest_misses(session, columns, misses)
        texts = question_texts(session, (m[0] for m in worst))
    p_values, p_codes = np.unique(columns.probability, return_inverse=True)
    p_codes = p_codes.reshape(-1)
    events = columns.event
    key_codes, read = columns.key_index, columns.keys
    if columns.tags is not None:
        set_codes, joined_sets = _codes(columns.tags)
        tag_sets = [tuple(joined.split(TAG_SEPARATOR)) if joined else () for joined in joined_sets]
    else:
        set_codes, tag_sets = np.zeros(p_codes.size, dtype=np.intp), [()]
    out: dict[str | None, Grouped] = {
        None: {("all",): _by_code(np.zeros(p_codes.size, dtype=np.intp), 1, p_codes, p_values, events)[0]}}
    for by, column in (("forecaster", "forecaster"), ("source", "source_document"), ("horizon", "horizon"),
                       ("month", "resolved_month"), ("phrase", None)):
        per_key = [(f["phrase"], f["scale"]) if column is None else f[column] for f in read]
        dim_of_key, values = _codes(per_key)
        codes = dim_of_key[key_codes]
        out[by] = {}
        for value, found in zip(values, _by_code(codes, len(values), p_codes, p_values, events)):
            _merge(out[by], label(by, list(value) if by == "phrase" else [value]), found)
    out["tag"] = _tag_groups(tag_sets, set_codes, selection.tag, p_codes, p_values, events)
    return out, [Miss(qid, texts[qid], who, p, outcome, error) for qid, who, p, outcome, error in worst]


def _largest_misses(session, columns, limit: int) -> list[tuple]:
    """(question, forecaster, probability, outcome, squared error) of the ``limit`` worst forecasts."""
    p = columns.probability
    error = p - columns.event
    squared = error * error  # as SQL computes it: (p - 1.0 or 0.0) times itself
    if squared.size > limit:  # every forecast tied with the limit-th worst stays a candidate
        threshold = np.partition(squared, squared.size - limit)[squared.size - limit]
        candidates = np.flatnonzero(squared >= threshold).tolist()
    else:
        candidates = list(range(squared.size))
    questions = columns.question_ids(session, candidates)
    rows = [(qid, columns.keys[columns.key_index[i]]["forecaster"], float(p[i]),
             "yes" if columns.event[i] else "no", float(squared[i])) for qid, i in zip(questions, candidates)]
    return sorted(rows, key=lambda r: (-r[4], r[0], r[1]))[:limit]


def _merge(groups: Grouped, key: tuple, found: tuple[list, list, list]) -> None:
    """Adds ``found`` under ``key``: two stored values can share a label (no scale and the empty
    scale), and a question's tags each hold its forecasts, as SQL's groups would."""
    if key not in groups:
        groups[key] = found
        return
    by_p = {p: [e, c] for p, e, c in zip(*groups[key])}
    for p, e, c in zip(*found):
        pair = by_p.setdefault(p, [0, 0])
        pair[0] += e
        pair[1] += c
    ordered = sorted(by_p)
    groups[key] = (ordered, [by_p[p][0] for p in ordered], [by_p[p][1] for p in ordered])
