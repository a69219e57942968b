"""Score cells as they should be: one GROUP BY per dimension over the scored standing forecasts.

The triggers of migration 0006 keep ``score_cell`` in step row by row; this module states the same
cells set-wise (the way 0006 filled the table), so that `verify` can compare them and
`verify --repair-derived` can rebuild them.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlmodel import Session

from tracker.store import dimensions
from tracker.store.guards import writing

#: (dimension, key SQL, scale SQL) over standing forecast ``s`` (and question_tag ``t`` for tags); a
#: missing key or scale is ''.
DIMENSIONS = tuple((d.name, *dimensions.key_sql(d)) for d in dimensions.DIMENSIONS)
SCORED = dimensions.scored_sql()
COLUMNS = "dimension, key, scale, probability, n, events"
_COALESCED = re.compile(r"COALESCE\((s\.\w+), ''\)")


def expected_sql(dimension: str, key: str, scale: str) -> str:
    """The cells of one dimension, from the standing forecasts.

    Shaped for the indexes, since `verify` runs these over every scored forecast: a key that is
    COALESCEd (phrase, scale, source) is grouped first by its raw columns, which each dimension's
    covering index gives in order, and only those groups are merged by the COALESCEd key; for tags the
    scored forecasts are read first from their covering index (SQLite keeps the order of a CROSS
    JOIN), each then finding its tags by the primary key of question_tag."""
    yes = f"sum({dimensions.event_sql()})"
    if dimension == "tag":
        return (f"SELECT '{dimension}', {key}, {scale}, s.probability, count(*), {yes} "
                f"FROM standing_forecast s CROSS JOIN question_tag t "
                f"WHERE t.question_id = s.question_id AND {SCORED} GROUP BY {key}, s.probability")
    raw = [(m.group(1), m.group(0)) for m in map(_COALESCED.fullmatch, (key, scale)) if m]
    if raw:
        inner = ", ".join(column for column, _ in raw)
        names = {whole: f"COALESCE(g.k{i}, '')" for i, (_, whole) in enumerate(raw)}
        outer_key, outer_scale = names.get(key, key), names.get(scale, scale)
        group = ", ".join(e for e in (outer_key, outer_scale, "g.p") if e != "''")
        columns = ", ".join(f"{column} AS k{i}" for i, (column, _) in enumerate(raw))
        return (f"SELECT '{dimension}', {outer_key}, {outer_scale}, g.p, sum(g.n), sum(g.e) "
                f"FROM (SELECT {columns}, s.probability AS p, count(*) AS n, {yes} AS e FROM standing_forecast s "
                f"WHERE {SCORED} GROUP BY {inner}, s.probability) AS g GROUP BY {group}")
    group = ", ".join(e for e in (key, scale, "s.probability") if e != "''")  # PostgreSQL: no constants
    return (f"SELECT '{dimension}', {key}, {scale}, s.probability, count(*), {yes} "
            f"FROM standing_forecast s WHERE {SCORED} GROUP BY {group}")


def rebuild(session: Session) -> None:
    """Replace every cell with what the standing forecasts give."""
    with writing(session):
        session.execute(text("DELETE FROM score_cell"))
        for dimension, key, scale in DIMENSIONS:
            session.execute(text(f"INSERT INTO score_cell ({COLUMNS}) {expected_sql(dimension, key, scale)}"))
