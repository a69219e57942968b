"""The score dimensions, stated once: what a scored forecast is grouped by, in SQL and for people.

Each dimension names the standing-forecast column(s) it groups by, the SQL of its key and scale over a
standing forecast row (``s``, or ``NEW``/``OLD`` in a trigger; tags come from ``question_tag t``), and the
label shown for a missing key. The score-cell triggers (migrations 0006 and 0010, frozen: they carry the SQL
they ran, and tests/store/test_dimensions.py holds it equal to what this table generates), the set-wise cells
of `verify` and `--repair-derived` (store/cells.py), the tests' reference scan and the score groupings read
from here. The horizon bands live here too: the standing forecasts carry their band, and the rare backdated
forecast gets it in SQL from the same bands.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple


class Dimension(NamedTuple):
    name: str
    column: str | None  # the standing_forecast column grouped by (None: all; tags come from question_tag)
    key: str  # SQL of the key over ``{row}``; a missing key is ''
    scale: str  # SQL of the scale over ``{row}`` ('' but for phrases)
    missing: str | None  # the label of a missing key, for people


DIMENSIONS = (
    Dimension("all", None, "''", "''", None),
    Dimension("forecaster", "forecaster", "{row}.forecaster", "''", None),
    Dimension("phrase", "phrase", "COALESCE({row}.phrase, '')", "COALESCE({row}.scale, '')", "(no phrase)"),
    Dimension("source", "source_document", "COALESCE({row}.source_document, '')", "''", "(no source)"),
    Dimension("horizon", "horizon", "{row}.horizon", "''", None),
    Dimension("month", "resolved_month", "{row}.resolved_month", "''", None),
    Dimension("tag", None, "t.tag", "''", None),
)
BY_NAME = {dimension.name: dimension for dimension in DIMENSIONS}
#: What `score --by` accepts: every dimension but the one group of all.
GROUPINGS = ("forecaster", "tag", "source", "phrase", "horizon", "month")
MISSING = {d.name: d.missing for d in DIMENSIONS if d.missing}
#: A scored forecast, over a standing forecast row: binary, resolved yes or no, made by the resolution.
SCORED = "{row}.probability IS NOT NULL AND {row}.outcome IN ('yes', 'no') AND {row}.made_at <= {row}.resolved_at"
EVENT = "CASE WHEN {row}.outcome = 'yes' THEN 1 ELSE 0 END"

#: Horizon bands: days from the forecast to the due date, upper bounds exclusive.
HORIZON_BANDS = ((91, "0-3 months"), (365, "3-12 months"), (730, "1-2 years"), (1826, "2-5 years"))
LONGEST_HORIZON = "5+ years"
HORIZON_ORDER = [label for _, label in HORIZON_BANDS] + [LONGEST_HORIZON]


def horizon_band(made_at: datetime, due: date) -> str:
    """How far ahead a forecast looked, from when it was made (UTC date) to the due date."""
    days = (due - made_at.date()).days
    return next((label for limit, label in HORIZON_BANDS if days < limit), LONGEST_HORIZON)


def resolved_month(resolved_at: datetime | None) -> str | None:
    return resolved_at.strftime("%Y-%m") if resolved_at else None


def key_sql(dimension: Dimension, row: str = "s") -> tuple[str, str]:
    """(key SQL, scale SQL) of ``dimension`` over the standing forecast row called ``row``."""
    return dimension.key.format(row=row), dimension.scale.format(row=row)


def scored_sql(row: str = "s") -> str:
    return SCORED.format(row=row)


def event_sql(row: str = "s") -> str:
    return EVENT.format(row=row)


def cells_of_sql(row: str) -> str:
    """The (dimension, key, scale) cells one standing forecast ``row`` counts in, as the score-cell
    triggers expand it (migration 0006's row triggers, 0010's statement triggers)."""
    parts = []
    for dimension in DIMENSIONS:
        key, scale = key_sql(dimension, row)
        if not parts:
            parts.append(f"SELECT '{dimension.name}' AS dimension, {key} AS key, {scale} AS scale")
        elif dimension.name == "tag":
            parts.append(f"SELECT '{dimension.name}', {key}, {scale} FROM question_tag t "
                         f"WHERE t.question_id = {row}.question_id")
        else:
            parts.append(f"SELECT '{dimension.name}', {key}, {scale}")
    return " UNION ALL ".join(parts)


def backfill_sql(dimension: Dimension) -> str:
    """The cells of ``dimension`` from every scored standing forecast, as one plain GROUP BY (how
    migration 0006 filled the table, and the tests' reference scan)."""
    key, scale = key_sql(dimension)
    join = "JOIN question_tag t ON t.question_id = s.question_id " if dimension.name == "tag" else ""
    group = ", ".join(e for e in (key, scale, "s.probability") if e != "''")  # PostgreSQL: no constants
    return (f"SELECT '{dimension.name}', {key}, {scale}, s.probability, count(*), sum({event_sql()}) "
            f"FROM standing_forecast s {join}WHERE {scored_sql()} GROUP BY {group}")


def label(by: str | None, group: list) -> tuple:
    """A group's key for people: ("all",) for no grouping, and a dimension's label for a missing key."""
    if by is None:
        return ("all",)
    if by == "phrase":
        return (group[0] if group[0] is not None else MISSING["phrase"], group[1] or "")
    return (group[0] if group[0] is not None else MISSING.get(by, "(none)"),)


def horizon_sql(made_at, due, dialect: str):
    """The horizon band as a SQL expression, for forecasts whose standing row does not carry it (a
    backdated resolution's, or `verify`'s recomputation)."""
    from sqlalchemy import case, func

    if dialect == "postgresql":
        days = due - func.date(func.timezone("UTC", made_at))
    else:
        days = func.julianday(due) - func.julianday(func.date(made_at))
    return case(*((days < limit, label) for limit, label in HORIZON_BANDS), else_=LONGEST_HORIZON).label("horizon")
