"""The on-time scored forecasts under a tag filter, each read as numbers: a code and a probability.

The filtered report groups a tag's forecasts six ways (tracker.report.groupings). Read as text (the
grouping columns joined, the question, the probability, the event), SQLite spent most of the read joining
the strings and making them Python strings: 0.40 s of the report's 0.67 s for 183,000 forecasts on
1,000,000 predictions. Here the database turns each grouping column into its index among the values the
score cells list (score_cell, which the triggers keep for every on-time scored forecast), through a binary
search of CASE comparisons, and folds the indexes and the event into one integer (mixed radix), so that
Python makes no string per forecast. On SQLite the row's rowid rides in the code's low bits and names the
row for the largest misses, whose questions are then read for the few candidates only; PostgreSQL has no
rowid, and the question travels beside the code.

A value the cells do not list (they should list every one) gives a NULL code; the caller then reads the
forecasts as text instead.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from sqlalchemy import BigInteger, case, cast, func, literal, literal_column, null, select

#: The columns coded, with the score-cell (dimension, column) that lists their values.
LISTED_BY = {"forecaster": ("forecaster", "key"), "phrase": ("phrase", "key"), "scale": ("phrase", "scale"),
             "source_document": ("source", "key"), "horizon": ("horizon", "key"),
             "resolved_month": ("month", "key")}
#: More listed values than this in all (thousands of sources, say) and the SQL would grow past use: read as text.
MOST_VALUES = 4000
#: The values are listed from at most this many cells (a few milliseconds); more, as forecasts given to
#: several decimals make, and the forecasts are read as text rather than the cells scanned at length.
MOST_CELLS = 100_000
#: Up to this many values a column is matched in one CASE; more are halved by comparison first.
FLAT = 4


class Coded(NamedTuple):
    keys: list[tuple]  # each distinct key's columns, in FIELDS order (None where SQL had NULL)
    key_index: np.ndarray  # per forecast, its key's index in ``keys``
    probability: np.ndarray
    event: np.ndarray  # 1.0 if the question resolved yes, else 0.0
    rowid: np.ndarray  # SQLite: per forecast, its standing_forecast rowid (PostgreSQL: empty)
    question_id: list  # PostgreSQL: per forecast, its question (SQLite: empty)


def listed_values(session, fields: tuple[str, ...]) -> dict[str, list[str]] | None:
    """Each of ``fields``' values the score cells list, sorted by code point; None if too many to code,
    or too many cells to list them from quickly."""
    from tracker.store.scored import score_cell

    listed = score_cell.c.dimension.in_(sorted({dimension for dimension, _ in LISTED_BY.values()}))
    cells = select(score_cell.c.dimension).where(listed).limit(MOST_CELLS + 1).subquery()
    if session.execute(select(func.count()).select_from(cells)).scalar_one() > MOST_CELLS:
        return None
    rows = session.execute(select(score_cell.c.dimension, score_cell.c.key, score_cell.c.scale).distinct()
                           .where(listed)).all()
    found = {field: {row[1 if LISTED_BY[field][1] == "key" else 2] for row in rows if row[0] == LISTED_BY[field][0]}
             for field in fields}
    if sum(map(len, found.values())) > MOST_VALUES:
        return None
    return {field: sorted(values) for field, values in found.items()}


def _search(column, values: list[str], low: int, high: int, compared):
    """1 + the index of ``column``'s value among ``values[low:high]`` (NULL if not there): halved by
    comparison (``compared`` makes the database compare by code point, as Python sorted them), then
    matched for equality, so that a value routed wrongly finds no match rather than another's index. The
    values are bound parameters: they are text people typed (sources, phrases)."""
    if high - low <= FLAT:
        if high == low:
            return null()
        return case({values[i]: literal_column(str(i + 1)) for i in range(low, high)}, value=column)
    middle = (low + high) // 2
    return case((compared(column) < literal(values[middle]), _search(column, values, low, middle, compared)),
                else_=_search(column, values, middle, high, compared))


def code_expression(scored, fields: tuple[str, ...], values: dict[str, list[str]], nullable: set[str],
                    dialect: str = "sqlite") -> tuple:
    """(one row's key code, each field's radix): the fields' indexes (0 for NULL, 1 + the index among
    ``values``) in mixed radix, then the event as the last binary digit."""
    # SQLite compares text by its bytes (UTF-8: code point order); PostgreSQL by the column's collation.
    compared = (lambda column: column.collate("C")) if dialect == "postgresql" else (lambda column: column)
    code, radixes = cast(literal_column("0"), BigInteger), []
    for field in fields:
        column = scored.c[field]
        radix = len(values[field]) + 1
        index = _search(column, values[field], 0, radix - 1, compared)
        if field in nullable:
            index = case((column.is_(None), literal_column("0")), else_=index)
        code = code * literal_column(str(radix)) + index
        radixes.append(radix)
    event = case((scored.c.outcome == "yes", literal_column("1")), else_=literal_column("0"))
    return code * literal_column("2") + event, radixes


def coded_forecasts(session, filters, fields: tuple[str, ...], tag_first: bool) -> Coded | None:
    """The on-time scored binary forecasts under ``filters`` (a tag among them), coded; None where they
    cannot be (too many values to code, or a value the cells do not list)."""
    from tracker.store.scored import _filtered, _on_time, standing

    values = listed_values(session, fields)
    if values is None:
        return None
    dialect = session.get_bind().dialect.name
    on_time = _on_time("binary")
    if dialect == "sqlite":
        on_time = on_time.add_columns(literal_column("standing_forecast.rowid").label("row_id"))
    scored = on_time.subquery("scored")
    code, radixes = code_expression(scored, fields, values, {f for f in fields if standing.c[f].nullable}, dialect)
    # SQLite: the rowid rides in the code's low bits, so that a row is one number and the probability.
    # PostgreSQL has no rowid: the question travels beside them.
    bits = int(session.execute(select(func.max(literal_column("rowid"))).select_from(standing)).scalar() or 0) \
        .bit_length() if dialect == "sqlite" else 0
    if int(np.prod([float(r) for r in radixes])) * 2 << bits >= 2 ** 62:  # beyond 64-bit integers
        return None
    if dialect == "sqlite":
        columns = [code.op("<<")(literal_column(str(bits))).op("|")(scored.c.row_id), scored.c.probability]
    else:
        columns = [code, scored.c.probability, scored.c.question_id]
    result = session.execute(_filtered(select(*columns).select_from(scored), scored, filters, None, tag_first))
    rows = result.cursor.fetchall()  # the driver's tuples: SQLAlchemy's Row per forecast would cost more
    result.close()
    try:
        found = np.fromiter(rows if dialect == "sqlite" else ((c, p) for c, p, _ in rows),
                            dtype=[("code", "i8"), ("p", "f8")], count=len(rows))
    except TypeError:  # a NULL code: a value the cells do not list
        return None
    code = found["code"] >> bits
    distinct, key_index = np.unique(code >> 1, return_inverse=True)
    return Coded(_decoded(distinct, fields, values, radixes), key_index.reshape(-1), found["p"],
                 (code & 1).astype(float), found["code"] & ((1 << bits) - 1) if dialect == "sqlite" else
                 np.zeros(0, np.int64), [] if dialect == "sqlite" else [row[2] for row in rows])


def _decoded(codes: np.ndarray, fields, values: dict[str, list[str]], radixes: list[int]) -> list[tuple]:
    """Each code's columns, undoing code_expression's mixed radix from the last field back."""
    columns = []
    rest = codes.copy()
    for field, radix in zip(reversed(fields), reversed(radixes)):
        rest, index = np.divmod(rest, radix)
        listed = [None, *values[field]]
        columns.append([listed[i] for i in index.tolist()])
    return list(zip(*reversed(columns)))


def question_ids(session, rowids) -> dict[int, str]:
    """{rowid: question id} of the standing forecasts ``rowids``."""
    from tracker.store.bulk import among
    from tracker.store.scored import standing

    rowid = literal_column("standing_forecast.rowid")
    return dict(session.execute(select(rowid, standing.c.question_id)
                                .where(among(rowid, [int(r) for r in rowids], "sqlite"))).all())
