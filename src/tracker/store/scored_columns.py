"""The scored binary forecasts under a report's filters, read once with every grouping's column.

A filtered report groups the same forecasts six ways (tracker.report.groupings); reading them once and
grouping in memory costs one pass over the filtered forecasts where a GROUP BY per grouping costs six.
The forecasts are those tracker.store.scored counts: the standing forecasts made by their resolution,
and for the backdated resolutions the latest prediction before it, under the same filters (its
``_filtered``), so that every group holds what `tracker score --by` would put in it.

Each forecast's grouping columns travel joined in one string (its question's tags in another): a few
thousand distinct strings stand for hundreds of thousands of forecasts, so that the columns are told apart
once per distinct string rather than once per forecast. The question travels too, for the largest misses.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import case, func, literal, select
from sqlmodel import Session

from tracker.store.scored import ScoreFilter, _backdated, _filtered, _on_time, tags

#: Between the joined columns, and between a question's tags (tags and names match
#: tracker.domain.ID_PATTERN; phrases, scales and documents are text a person typed, without control
#: characters); a missing value (SQL NULL) is NULL_MARK.
SEPARATOR, TAG_SEPARATOR, NULL_MARK = "\x1f", "\x1e", "\x1d"
FIELDS = ("forecaster", "phrase", "scale", "source_document", "horizon", "resolved_month")


class ScoredColumns(NamedTuple):
    """One entry per scored binary forecast, in the same order in each."""

    key: tuple  # the FIELDS joined (tracker.store.scored_columns.fields reads one back)
    tags: tuple | None  # the question's tags joined by TAG_SEPARATOR ('' for none); None if filtered by a tag
    question_id: tuple
    probability: tuple
    event: tuple  # 1 if the question resolved yes, else 0


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
    the tags are not read (every forecast has that one, and is grouped under it alone)."""
    dialect = session.get_bind().dialect.name
    rows: list = []
    from tracker.store.filter_order import tag_first

    # A tag and a forecaster: on SQLite the on-time read may start from the tag (tracker.store.filter_order).
    for scored, first in ((_on_time("binary").subquery("scored"), tag_first(session, filters, None)),
                          (_backdated("binary", dialect).subquery("scored"), False)):
        columns = [_joined([scored.c[name] for name in FIELDS]),
                   func.coalesce(_tags_of(scored), "") if not filters.tag else literal(None),
                   scored.c.question_id, scored.c.probability, case((scored.c.outcome == "yes", 1), else_=0)]
        result = session.execute(_filtered(select(*columns).select_from(scored), scored, filters, None, first))
        # The driver's plain tuples: no column here needs SQLAlchemy's processing, and building its Row
        # for each of hundreds of thousands of forecasts cost a quarter of the read.
        rows += result.cursor.fetchall()
        result.close()
    found = ScoredColumns(*(zip(*rows) if rows else ((),) * len(ScoredColumns._fields)))
    return found._replace(tags=None) if filters.tag else found


def question_texts(session: Session, ids) -> dict[str, str]:
    """{question id: its text} of the questions ``ids``."""
    from tracker.store.scored import question

    ids = set(ids)
    return dict(session.execute(select(question.c.id, question.c.text).where(question.c.id.in_(ids))).all()) \
        if ids else {}
