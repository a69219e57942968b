"""`verify`'s check of the relative Brier stored on the standing forecasts (tracker.store.relative), apart
from tracker.store.derived_check for its size: each question's median recomputed from its scored forecasts,
compared with what is stored."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from tracker.store.differences import Differences, pair, shown
from tracker.store.tables import StandingForecastRow

standing = StandingForecastRow.__table__


def check_relative(session: Session, found: Differences) -> None:
    """Each question's median recomputed from its scored forecasts, read in one statement sorted by
    question and error (no dict per forecast, no statistics module: this was verify's largest cost); a
    stored relative Brier on a forecast that is not scored is found by counting, and only then listed."""
    from itertools import groupby
    from operator import itemgetter

    from sqlalchemy import case, func, union_all

    from tracker.store.scored import _backdated, _on_time

    dialect = session.get_bind().dialect.name
    # An on-time forecast is its standing row, which carries the relative Brier; only the rare backdated ones
    # look theirs up (joining every scored forecast back to its own row was a third of this check).
    on_time = _on_time("binary").add_columns(standing.c.relative).subquery()
    backdated = _backdated("binary", dialect).subquery()
    parts = []
    for part, relative, join in ((on_time, on_time.c.relative, None), (backdated, standing.c.relative, standing)):
        error = part.c.probability - case((part.c.outcome == "yes", 1.0), else_=0.0)
        query = select(part.c.question_id.label("q"), part.c.forecaster.label("f"), (error * error).label("e"),
                       relative.label("r"))
        if join is not None:
            query = query.join(join, (join.c.question_id == part.c.question_id)
                               & (join.c.forecaster == part.c.forecaster))
        parts.append(query)
    scored = union_all(*parts).subquery("scored")
    rows = session.execute(select(scored.c.q, scored.c.f, scored.c.e, scored.c.r)
                           .order_by(scored.c.q, scored.c.e)).all()
    wrong: dict[tuple[str, str], tuple] = {}
    kept_here = 0
    for question_id, group in groupby(rows, key=itemgetter(0)):
        group = list(group)
        count = len(group)
        # statistics.median's: the middle error, or the mean of the two middle ones (sorted by the SQL).
        median = (group[(count - 1) // 2][2] + group[count // 2][2]) / 2 if count >= 2 else None
        for _, forecaster, error, relative in group:
            kept_here += relative is not None
            should = None if median is None else error - median
            if (relative is None) != (should is None) or (should is not None and not abs(relative - should) <= 1e-9):
                wrong[(question_id, forecaster)] = (relative, should)
    kept = session.execute(select(func.count()).where(standing.c.relative.isnot(None))).scalar()
    if kept != kept_here:
        scored_keys = {(row[0], row[1]) for row in rows}
        for q, f, r in session.execute(select(standing.c.question_id, standing.c.forecaster, standing.c.relative)
                                       .where(standing.c.relative.isnot(None))):
            if (q, f) not in scored_keys:
                wrong[(q, f)] = (r, None)
    for key in sorted(wrong):
        was, should = wrong[key]
        found.add("standing_forecast.relative", f"standing_forecast {pair(key)}: stored relative Brier "
                                                f"{shown(was)}, from the scored forecasts {shown(should)}")
