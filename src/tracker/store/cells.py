"""Score cells as they should be: one GROUP BY per dimension over the scored standing forecasts.

The triggers of migration 0006 keep ``score_cell`` in step row by row; this module states the same
cells set-wise (the way 0006 filled the table), so that `verify` can compare them and
`verify --repair-derived` can rebuild them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from tracker.store.guards import writing

#: (dimension, key SQL, scale SQL) over standing forecast ``s`` (and question_tag ``t`` for tags); a
#: missing key or scale is ''.
DIMENSIONS = (("all", "''", "''"), ("forecaster", "s.forecaster", "''"),
              ("phrase", "COALESCE(s.phrase, '')", "COALESCE(s.scale, '')"),
              ("source", "COALESCE(s.source_document, '')", "''"), ("horizon", "s.horizon", "''"),
              ("month", "s.resolved_month", "''"), ("tag", "t.tag", "''"))
SCORED = "s.probability IS NOT NULL AND s.outcome IN ('yes', 'no') AND s.made_at <= s.resolved_at"
COLUMNS = "dimension, key, scale, probability, n, events"


def expected_sql(dimension: str, key: str, scale: str) -> str:
    """The cells of one dimension, from the standing forecasts."""
    join = "JOIN question_tag t ON t.question_id = s.question_id " if dimension == "tag" else ""
    group = ", ".join(e for e in (key, scale, "s.probability") if e != "''")  # PostgreSQL: no constants
    return (f"SELECT '{dimension}', {key}, {scale}, s.probability, count(*), "
            f"sum(CASE WHEN s.outcome = 'yes' THEN 1 ELSE 0 END) "
            f"FROM standing_forecast s {join}WHERE {SCORED} GROUP BY {group}")


def rebuild(session: Session) -> None:
    """Replace every cell with what the standing forecasts give."""
    with writing(session):
        session.execute(text("DELETE FROM score_cell"))
        for dimension, key, scale in DIMENSIONS:
            session.execute(text(f"INSERT INTO score_cell ({COLUMNS}) {expected_sql(dimension, key, scale)}"))
