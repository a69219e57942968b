"""Derived state checked, not trusted: recompute from the chained records what scoring reads, and name
every difference; rebuild it with the code the write path uses.

Checked bottom-up, each layer against the one below it as stored: the question's status, outcome and
resolution time against its resolution in force (the chained resolution written last); each standing
forecast against the newest prediction of its (question, forecaster) and its question; the score cells
against the standing forecasts; the relative Brier against the scored forecasts, the time-averaged
Brier against the predictions. A forged layer is therefore named where it was forged, not in every
layer above it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlmodel import Session

from tracker.store import cells
from tracker.store.differences import Differences, pair, shown
from tracker.store.dimensions import horizon_band, horizon_sql, resolved_month
from tracker.store.guards import writing
from tracker.store.queries import question_state
from tracker.store.relative_check import check_relative
from tracker.store.standing import FORECAST_COLUMNS, advance_standing
from tracker.store.tables import PredictionRow, QuestionRow, ResolutionRow, StandingForecastRow
from tracker.store.time_averaged_check import TABLE as TIME_AVERAGED, check_time_averaged

STANDING_COLUMNS = ("made_at", "probability", "probabilities", "phrase", "scale", "due", "horizon", "source_document",
                    "outcome", "resolved_at", "resolved_month")
prediction, question, resolution = PredictionRow.__table__, QuestionRow.__table__, ResolutionRow.__table__
standing = StandingForecastRow.__table__


def _in_force(session: Session, question_ids) -> dict[str, dict]:
    """The question state each of ``question_ids`` has from its resolution in force (the chained
    resolution written last); never resolved: open."""
    ids = sorted(set(question_ids))
    states = {question_id: question_state(None, None) for question_id in ids}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(resolution.c.question_id, resolution.c.outcome, resolution.c.resolved_at)
                               .where(resolution.c.seq.isnot(None), resolution.c.question_id.in_(ids[start:start + 500]))
                               .order_by(resolution.c.seq))
        states.update((question_id, question_state(outcome, resolved_at)) for question_id, outcome, resolved_at in rows)
    return states


def _unsettled_sql():
    """Questions whose stored status, outcome or resolved_at may differ from the resolution in force: a
    superset found in SQL (question_state's rules, set-wise), so that only those rows travel."""
    from sqlalchemy import and_, case, func, or_

    from tracker.domain import VOID_OUTCOMES

    latest = (select(resolution.c.question_id, func.max(resolution.c.seq).label("seq"))
              .where(resolution.c.seq.isnot(None)).group_by(resolution.c.question_id).subquery("latest"))
    last = resolution.alias("last")
    settled = or_(last.c.outcome.is_(None), last.c.outcome == "open")
    status = case((settled, "open"), (last.c.outcome.in_(VOID_OUTCOMES), last.c.outcome), else_="resolved")
    return (select(question.c.id)
            .outerjoin(latest, latest.c.question_id == question.c.id)
            .outerjoin(last, and_(last.c.seq == latest.c.seq))
            .where(or_(question.c.status.is_distinct_from(status),
                       question.c.outcome.is_distinct_from(case((settled, None), else_=last.c.outcome)),
                       question.c.resolved_at.is_distinct_from(case((settled, None), else_=last.c.resolved_at)))))


def check_questions(session: Session, found: Differences) -> None:
    found.questions_checked = True
    ids = list(session.scalars(_unsettled_sql()))
    if not ids:
        return
    ids.sort()
    wanted_states = _in_force(session, ids)
    for start in range(0, len(ids), 500):
        rows = session.execute(select(question.c.id, question.c.status, question.c.outcome, question.c.resolved_at)
                               .where(question.c.id.in_(ids[start:start + 500])).order_by(question.c.id))
        for row in rows:
            wanted = wanted_states[row.id]
            wrong = [f"stored {name} {shown(getattr(row, name))}, from the chain {shown(value)}"
                     for name, value in wanted.items() if getattr(row, name) != value]
            if wrong:
                found.questions[row.id] = wanted
                found.add("question", f"question {row.id}: {'; '.join(wrong)}")


def expected_standing(session: Session, question_ids: list[str]) -> Iterator[dict]:
    """The standing forecasts the predictions, their questions and the resolutions in force give on
    ``question_ids``."""
    in_force = _in_force(session, question_ids)
    query = (select(*(prediction.c[c] for c in FORECAST_COLUMNS), question.c.due, question.c.source_document)
             .join(question, question.c.id == prediction.c.question_id)
             .order_by(prediction.c.question_id, prediction.c.forecaster, prediction.c.made_at.desc(),
                       prediction.c.id.desc()))
    for start in range(0, len(question_ids), 500):
        previous = None
        for row in session.execute(query.where(prediction.c.question_id.in_(question_ids[start:start + 500]))):
            key = (row.question_id, row.forecaster)
            if key == previous:  # an older prediction of the same forecaster
                continue
            previous = key
            values = dict(row._mapping)
            state = in_force.get(row.question_id) or question_state(None, None)
            values["outcome"], values["resolved_at"] = state["outcome"], state["resolved_at"]
            values["horizon"] = horizon_band(row.made_at, row.due)
            values["resolved_month"] = resolved_month(values["resolved_at"])
            yield values


def _suspects(session: Session, unsettled: set[str]) -> set[tuple[str, str]]:
    """(question, forecaster) pairs whose standing forecast may differ, found in SQL so that only
    they travel: a superset of the differences (the comparison in Python decides).

    The outcome and resolution time are compared with the question row as stored: check_questions has
    compared that row with the resolution in force, and ``unsettled`` (the questions whose row differs)
    brings every standing forecast on them along. One index look-up per prediction fewer than reading
    the resolution in force for each, and the same superset."""
    from sqlalchemy import String, and_, cast, exists, func, or_

    dialect = session.get_bind().dialect.name
    newer = prediction.alias("newer")
    newest = ~exists().where(newer.c.question_id == prediction.c.question_id,
                             newer.c.forecaster == prediction.c.forecaster, newer.c.made_at > prediction.c.made_at)
    resolved_at = question.c.resolved_at
    month = (func.to_char(func.timezone("UTC", resolved_at), "YYYY-MM") if dialect == "postgresql"
             else func.substr(resolved_at, 1, 7))
    pairs = [(prediction.c.made_at, standing.c.made_at), (prediction.c.probability, standing.c.probability),
             (cast(prediction.c.probabilities, String), cast(standing.c.probabilities, String)),
             (prediction.c.phrase, standing.c.phrase), (prediction.c.scale, standing.c.scale),
             (question.c.due, standing.c.due), (question.c.source_document, standing.c.source_document),
             (horizon_sql(prediction.c.made_at, question.c.due, dialect), standing.c.horizon),
             (question.c.outcome, standing.c.outcome), (resolved_at, standing.c.resolved_at),
             (month, standing.c.resolved_month)]
    differing = (select(prediction.c.question_id, prediction.c.forecaster)
                 .join(question, question.c.id == prediction.c.question_id)
                 .outerjoin(standing, and_(standing.c.question_id == prediction.c.question_id,
                                           standing.c.forecaster == prediction.c.forecaster))
                 .where(newest, or_(standing.c.question_id.is_(None), *(a.is_distinct_from(b) for a, b in pairs))))
    behind = exists().where(prediction.c.question_id == standing.c.question_id,
                            prediction.c.forecaster == standing.c.forecaster)
    extra = select(standing.c.question_id, standing.c.forecaster).where(~behind)
    found = {tuple(row) for query in (differing, extra) for row in session.execute(query)}
    ids = sorted(unsettled)
    for start in range(0, len(ids), 500):
        found.update(tuple(row) for row in session.execute(
            select(standing.c.question_id, standing.c.forecaster).where(standing.c.question_id.in_(ids[start:start + 500]))))
        found.update(tuple(row) for row in session.execute(
            select(prediction.c.question_id, prediction.c.forecaster).where(prediction.c.question_id.in_(ids[start:start + 500]))))
    return found


def check_standing(session: Session, found: Differences) -> None:
    unsettled = set(found.questions)
    if not found.questions_checked:
        probe = Differences()
        check_questions(session, probe)
        unsettled = set(probe.questions)
    suspects = _suspects(session, unsettled)
    if not suspects:
        return
    ids = sorted({question_id for question_id, _ in suspects})
    wanted = {(row["question_id"], row["forecaster"]): row for row in expected_standing(session, ids)}
    stored = {}
    for start in range(0, len(ids), 500):
        query = select(standing.c.question_id, standing.c.forecaster, *(standing.c[c] for c in STANDING_COLUMNS))
        stored.update({(row.question_id, row.forecaster): row
                       for row in session.execute(query.where(standing.c.question_id.in_(ids[start:start + 500])))})
    for key in sorted(suspects):
        row, should = stored.get(key), wanted.get(key)
        if row is None and should is not None:
            found.standing[key] = should
            found.add("standing_forecast", f"standing_forecast {pair(key)}: missing (the newest prediction is "
                                           f"from {shown(should['made_at'])})")
        elif should is None and row is not None:
            found.standing[key] = None
            found.add("standing_forecast", f"standing_forecast {pair(key)}: no prediction behind it")
        elif row is not None:
            wrong = [f"stored {name} {shown(getattr(row, name))}, from the chain {shown(should[name])}"
                     for name in STANDING_COLUMNS if getattr(row, name) != should[name]]
            if wrong:
                found.standing[key] = should
                found.add("standing_forecast", f"standing_forecast {pair(key)}: {'; '.join(wrong)}")


def _cell_name(key: tuple) -> str:
    dimension, name, scale, probability = key
    return ", ".join(part for part in (dimension, name, scale, f"p={probability:g}") if part)


def _differing_cells_sql(dimension: str, key: str, scale: str) -> str:
    # Both sides are CTEs used twice, which SQLite (3.35+) and PostgreSQL (12+) compute once; only cells that
    # differ leave the database, tagged with the side they come from.
    return (f"WITH wanted AS ({cells.expected_sql(dimension, key, scale)}), "
            f"kept AS (SELECT {cells.COLUMNS} FROM score_cell WHERE dimension = '{dimension}' "
            "AND (n <> 0 OR events <> 0)) "
            "SELECT 'wanted', * FROM (SELECT * FROM wanted EXCEPT SELECT * FROM kept) AS only_wanted "
            "UNION ALL SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM wanted) AS only_kept")


def check_cells(session: Session, found: Differences) -> None:
    from sqlalchemy import text

    wanted, stored = {}, {}
    for dimension, key, scale in cells.DIMENSIONS:
        for side, d, k, s, p, n, events in session.execute(text(_differing_cells_sql(dimension, key, scale))):
            (wanted if side == "wanted" else stored)[(d, k, s, float(p))] = (int(n), int(events))
    known = ", ".join(f"'{dimension}'" for dimension, _, _ in cells.DIMENSIONS)
    stray = session.execute(text(f"SELECT {cells.COLUMNS} FROM score_cell WHERE (n <> 0 OR events <> 0) AND "
                                 f"dimension NOT IN ({known})"))
    stored.update({(d, k, s, float(p)): (int(n), int(events)) for d, k, s, p, n, events in stray})
    for key in sorted(set(wanted) | set(stored)):
        if wanted.get(key) != stored.get(key):
            was, should = stored.get(key, (0, 0)), wanted.get(key, (0, 0))
            found.add("score_cell", f"score_cell ({_cell_name(key)}): stored n={was[0]} events={was[1]}, "
                                    f"from the standing forecasts n={should[0]} events={should[1]}")


def differences(session: Session, *, time_averaged: bool = True) -> Differences:
    """Everything derived that does not match what it is derived from (without the time-averaged Brier,
    which `verify` then checks apart: ``time_averaged_differences``)."""
    found = Differences()
    for check in (check_questions, check_standing, check_cells, check_relative):
        check(session, found)
    if time_averaged:
        check_time_averaged(session, found)
    return found


def time_averaged_differences(session: Session) -> list[str]:
    """check_time_averaged's lines alone, leaving out the questions check_questions names."""
    below = Differences()
    check_questions(session, below)
    found = Differences(questions=below.questions, questions_checked=True)
    check_time_averaged(session, found)
    return found.named()


def repair(session: Session) -> list[str]:
    """Rebuild what differs, layer by layer, with the write path's code; one line per table repaired."""
    from sqlalchemy import delete, update

    from tracker.store.derived import refresh_all

    done = []
    with writing(session):
        found = Differences()
        check_questions(session, found)
        for question_id, state in found.questions.items():
            session.execute(update(question).where(question.c.id == question_id).values(**state))
        if found.questions:
            done.append(f"question: {len(found.questions)} rows set from their resolutions")
        found = Differences()
        check_standing(session, found)
        for question_id, forecaster in found.standing:
            session.execute(delete(standing).where(standing.c.question_id == question_id,
                                                   standing.c.forecaster == forecaster))
        advance_standing(session, [row for row in found.standing.values() if row is not None])
        if found.standing:
            done.append(f"standing_forecast: {len(found.standing)} rows rebuilt from their predictions")
        found = Differences()
        check_cells(session, found)
        if found:
            cells.rebuild(session)
            done.append(f"score_cell: rebuilt ({found.counts['score_cell']} cells differed)")
        found = Differences()
        check_relative(session, found)
        check_time_averaged(session, found)
        if found:  # one recompute sets both columns
            refresh_all(session)
            done += [f"{table}: recomputed ({found.counts[table]} differed)"
                     for table in ("standing_forecast.relative", TIME_AVERAGED) if table in found.counts]
    return done
