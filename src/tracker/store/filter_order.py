"""Where a score filtered by a tag and a forecaster starts reading, on SQLite.

SQLite's planner keeps no statistics (tracker never runs ANALYZE), so given a tag and a forecaster it walks
the forecaster's index and reads every one of the forecaster's standing rows for its question, to check the
tag: on 1,000,000 predictions, 164,300 row reads for one forecaster of five, when the tag's 50,000 questions,
each probed once in the standing forecasts' primary key (question, forecaster), hold all there is to count.
Which way is cheaper depends on the data, so the counts decide, each read from an index alone: the tag's
questions against the forecaster's standing forecasts, counted no further than the tag's questions.
PostgreSQL keeps statistics and plans the join itself; it is left to do so.
"""

from __future__ import annotations

from sqlalchemy import func, literal, select, tuple_

from tracker.store.tables import QuestionTagRow, StandingForecastRow

tags = QuestionTagRow.__table__
standing = StandingForecastRow.__table__


def tag_first(session, filters, by: str | None) -> bool:
    """Whether to read ``filters``' tag's questions first (SQLite, a tag and a forecaster, not grouped by tag:
    that grouping joins the tags anyway) because they are no more than the forecaster's standing forecasts."""
    if not (filters.tag and filters.forecaster and by != "tag" and session.get_bind().dialect.name == "sqlite"):
        return False
    tagged = session.scalar(select(func.count()).where(tags.c.tag == filters.tag))
    forecasts = select(standing.c.forecaster).where(standing.c.forecaster == filters.forecaster).limit(tagged)
    return session.scalar(select(func.count()).select_from(forecasts.subquery())) >= tagged


def tag_and_forecaster(scored, tag: str, forecaster: str):
    """The forecaster's forecasts on the tag's questions, as one row-value IN: SQLite then probes the primary
    key (question_id, forecaster) once per tagged question, instead of walking the forecaster's index."""
    return tuple_(scored.c.question_id, scored.c.forecaster).in_(
        select(tags.c.question_id, literal(forecaster)).where(tags.c.tag == tag))
