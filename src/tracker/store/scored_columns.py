"""The scored binary forecasts under a report's filters, read once with every grouping's column.

A filtered report groups the same forecasts six ways (tracker.report.groupings); reading them once and
grouping in memory costs one pass over the filtered forecasts where a GROUP BY per grouping costs six.
The forecasts are those tracker.store.scored counts: the standing forecasts made by their resolution,
and for the backdated resolutions the latest prediction before it, under the same filters (its
``_filtered``), so that every group holds what `tracker score --by` would put in it.

Filtered by a tag, the on-time forecasts travel as numbers (tracker.store.scored_codes: a code for the
grouping columns and the event, and the probability; the question too on PostgreSQL). Otherwise each
forecast's grouping columns travel joined in one string (its question's tags in another): a few thousand
distinct strings stand for hundreds of thousands of forecasts, so that the columns are told apart once per
distinct string rather than once per forecast; the question travels too, for the largest misses.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from sqlalchemy import case, func, literal, select
from sqlmodel import Session

from tracker.store.scored import ScoreFilter, _backdated, _filtered, _on_time, tags

#: Between the joined columns, and between a question's tags (tags and names match
#: tracker.domain.ID_PATTERN; phrases, scales and documents are text a person typed, without control
#: characters); a missing value (SQL NULL) is NULL_MARK.
SEPARATOR, TAG_SEPARATOR, NULL_MARK = "\x1f", "\x1e", "\x1d"
FIELDS = ("forecaster", "phrase", "scale", "source_document", "horizon", "resolved_month")


class ScoredColumns(NamedTuple):
    """One entry per scored binary forecast, in the same order in each array."""

    keys: list[dict]  # each distinct key's FIELDS ({field: value, None where SQL had NULL})
    key_index: np.ndarray  # per forecast, its key's index in ``keys``
    tags: list | None  # the question's tags joined by TAG_SEPARATOR ('' for none); None if filtered by a tag
    probability: np.ndarray
    event: np.ndarray  # 1.0 if the question resolved yes, else 0.0
    rowid: np.ndarray  # the first rowid.size forecasts' standing rowids (coded on SQLite: scored_codes)
    question_id: list  # the others' question ids

    def question_ids(self, session, indices: list[int]) -> list[str]:
        """The question of each forecast at ``indices``."""
        from tracker.store.scored_codes import question_ids

        coded = self.rowid.size
        by_rowid = question_ids(session, [self.rowid[i] for i in indices if i < coded]) \
            if any(i < coded for i in indices) else {}
        return [by_rowid[int(self.rowid[i])] if i < coded else self.question_id[i - coded] for i in indices]


def fields(key: str) -> dict[str, str | None]:
    """The grouping columns of one joined key: FIELDS, each None where SQL had NULL."""
    return dict(zip(FIELDS, (None if part == NULL_MARK else part for part in key.split(SEPARATOR))))


def _tags_of(scored):
    """The question's tags in one string, as a correlated subquery (one look-up in the tag index)."""
    return (select(func.aggregate_strings(tags.c.tag, TAG_SEPARATOR))
            .where(tags.c.question_id == scored.c.question_id).correlate(scored).scalar_subquery())


def _joined(parts: list):
    joined = None
    for part in parts:
        part = func.coalesce(part, literal(NULL_MARK))
        joined = part if joined is None else joined + literal(SEPARATOR) + part
    return joined


def scored_columns(session: Session, filters: ScoreFilter) -> ScoredColumns:
    """Every scored binary forecast under ``filters`` with its grouping columns, in two reads: the
    forecasts standing at their resolution, then the few of backdated resolutions. Filtered by a tag,
    the tags are not read (every forecast has that one, and is grouped under it alone), and the first
    read is coded (tracker.store.scored_codes) where it can be."""
    from tracker.store.filter_order import tag_first
    from tracker.store.scored_codes import coded_forecasts

    dialect = session.get_bind().dialect.name
    # A tag and a forecaster: on SQLite the on-time read may start from the tag (tracker.store.filter_order).
    first = tag_first(session, filters, None)
    coded = coded_forecasts(session, filters, FIELDS, first) if filters.tag else None
    parts = [] if coded is not None else [(_on_time("binary").subquery("scored"), first)]
    rows: list = []
    for scored, starts_from_tag in [*parts, (_backdated("binary", dialect).subquery("scored"), False)]:
        columns = [_joined([scored.c[name] for name in FIELDS]),
                   func.coalesce(_tags_of(scored), "") if not filters.tag else literal(None),
                   scored.c.question_id, scored.c.probability, case((scored.c.outcome == "yes", 1), else_=0)]
        result = session.execute(_filtered(select(*columns).select_from(scored), scored, filters, None,
                                           starts_from_tag))
        # The driver's plain tuples: no column here needs SQLAlchemy's processing, and building its Row
        # for each of hundreds of thousands of forecasts cost a quarter of the read.
        rows += result.cursor.fetchall()
        result.close()
    key, tag_sets, question_id, probability, event = zip(*rows) if rows else ((),) * 5
    distinct = list(dict.fromkeys(key))
    at = {joined: i for i, joined in enumerate(distinct)}
    read = ScoredColumns([fields(joined) for joined in distinct],
                         np.fromiter(map(at.__getitem__, key), np.intp, len(key)),
                         None if filters.tag else list(tag_sets), np.asarray(probability, dtype=float),
                         np.asarray(event, dtype=float), np.zeros(0, np.int64), list(question_id))
    if coded is None:
        return read
    return ScoredColumns([dict(zip(FIELDS, columns)) for columns in coded.keys] + read.keys,
                         np.concatenate([coded.key_index, read.key_index + len(coded.keys)]), None,
                         np.concatenate([coded.probability, read.probability]),
                         np.concatenate([coded.event, read.event]), coded.rowid,
                         coded.question_id + read.question_id)


def question_texts(session: Session, ids) -> dict[str, str]:
    """{question id: its text} of the questions ``ids``."""
    from tracker.store.scored import question

    ids = set(ids)
    return dict(session.execute(select(question.c.id, question.c.text).where(question.c.id.in_(ids))).all()) \
        if ids else {}
