"""Derived state checked, not trusted: recompute from the chained records what scoring reads, and name
every difference; rebuild it with the code the write path uses.

Checked bottom-up, each layer against the one below it as stored: the question's status, outcome and
resolution time against its resolution in force (the chained resolution written last); each standing
forecast against the newest prediction of its (question, forecaster) and its question; the score cells
against the standing forecasts; the relative Brier against the scored forecasts. A forged layer is
therefore named where it was forged, not in every layer above it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session

from tracker.store import cells
from tracker.store.guards import writing
from tracker.store.queries import question_state
from tracker.store.standing import FORECAST_COLUMNS, horizon_band, resolved_month
from tracker.store.tables import PredictionRow, QuestionRow, ResolutionRow, StandingForecastRow

LIMIT = 20  # differences named per table; the rest are counted
STANDING_COLUMNS = ("made_at", "probability", "probabilities", "phrase", "scale", "due", "horizon", "source_document",
                    "outcome", "resolved_at", "resolved_month")
prediction, question, resolution = PredictionRow.__table__, QuestionRow.__table__, ResolutionRow.__table__
standing = StandingForecastRow.__table__


@dataclass
class Differences:
    """What differs, per derived table, and the keys a repair must rebuild."""

    lines: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    questions: dict[str, dict] = field(default_factory=dict)  # id: state from the chain, where it differs
    in_force: dict[str, dict] = field(default_factory=dict)  # id: state from the chain, every question
    standing: dict[tuple[str, str], dict | None] = field(default_factory=dict)  # None: no prediction behind it

    def add(self, table: str, line: str) -> None:
        self.counts[table] = self.counts.get(table, 0) + 1
        if self.counts[table] <= LIMIT:
            self.lines.setdefault(table, []).append(line)

    def named(self) -> list[str]:
        """One line per difference (at most LIMIT per table, then how many more)."""
        out = []
        for table, lines in self.lines.items():
            out += lines
            if self.counts[table] > len(lines):
                out.append(f"... and {self.counts[table] - len(lines)} more differences in {table}")
        return out

    def __bool__(self) -> bool:
        return bool(self.counts)


def _stream(session: Session, query) -> Iterator:
    # Per statement: Connection.execution_options() would switch every later statement to a server-side cursor.
    return session.connection().execute(query.execution_options(stream_results=True, yield_per=5000))


def _pair(key: tuple) -> str:
    return f"({', '.join(key)})"


def _shown(value) -> str:
    return "none" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def check_questions(session: Session, found: Differences) -> None:
    in_force: dict[str, tuple] = {}
    rows = _stream(session, select(resolution.c.question_id, resolution.c.outcome, resolution.c.resolved_at)
                   .where(resolution.c.seq.isnot(None)).order_by(resolution.c.seq))
    for question_id, outcome, resolved_at in rows:
        in_force[question_id] = (outcome, resolved_at)
    rows = _stream(session, select(question.c.id, question.c.status, question.c.outcome, question.c.resolved_at))
    for row in rows:
        wanted = found.in_force[row.id] = question_state(*in_force.get(row.id, (None, None)))
        wrong = [f"stored {name} {_shown(getattr(row, name))}, from the chain {_shown(value)}"
                 for name, value in wanted.items() if getattr(row, name) != value]
        if wrong:
            found.questions[row.id] = wanted
            found.add("question", f"question {row.id}: {'; '.join(wrong)}")


def expected_standing(session: Session, in_force: dict[str, dict], question_ids: list[str]) -> Iterator[dict]:
    """The standing forecasts the predictions, their questions and the resolutions in force
    (``in_force``, from check_questions) give on ``question_ids``."""
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


def _suspects(session: Session) -> set[tuple[str, str]]:
    """(question, forecaster) pairs whose standing forecast may differ, found in SQL so that only
    they travel: a superset of the differences (the comparison in Python decides)."""
    from sqlalchemy import String, and_, case, cast, exists, func, or_

    from tracker.store.scored import _horizon

    dialect = session.get_bind().dialect.name
    newer, last = prediction.alias("newer"), resolution.alias("last")
    in_force = resolution.alias("in_force")
    newest = ~exists().where(newer.c.question_id == prediction.c.question_id,
                             newer.c.forecaster == prediction.c.forecaster, newer.c.made_at > prediction.c.made_at)
    latest = select(func.max(last.c.seq)).where(last.c.question_id == prediction.c.question_id).scalar_subquery()
    settled = or_(in_force.c.outcome.is_(None), in_force.c.outcome == "open")
    outcome = case((settled, None), else_=in_force.c.outcome)
    resolved_at = case((settled, None), else_=in_force.c.resolved_at)
    month = (func.to_char(func.timezone("UTC", resolved_at), "YYYY-MM") if dialect == "postgresql"
             else func.substr(resolved_at, 1, 7))
    pairs = [(prediction.c.made_at, standing.c.made_at), (prediction.c.probability, standing.c.probability),
             (cast(prediction.c.probabilities, String), cast(standing.c.probabilities, String)),
             (prediction.c.phrase, standing.c.phrase), (prediction.c.scale, standing.c.scale),
             (question.c.due, standing.c.due), (question.c.source_document, standing.c.source_document),
             (_horizon(prediction.c.made_at, question.c.due, dialect), standing.c.horizon),
             (outcome, standing.c.outcome), (resolved_at, standing.c.resolved_at), (month, standing.c.resolved_month)]
    differing = (select(prediction.c.question_id, prediction.c.forecaster)
                 .join(question, question.c.id == prediction.c.question_id)
                 .outerjoin(in_force, and_(in_force.c.question_id == prediction.c.question_id,
                                           in_force.c.seq == latest))
                 .outerjoin(standing, and_(standing.c.question_id == prediction.c.question_id,
                                           standing.c.forecaster == prediction.c.forecaster))
                 .where(newest, or_(standing.c.question_id.is_(None), *(a.is_distinct_from(b) for a, b in pairs))))
    behind = exists().where(prediction.c.question_id == standing.c.question_id,
                            prediction.c.forecaster == standing.c.forecaster)
    extra = select(standing.c.question_id, standing.c.forecaster).where(~behind)
    return {tuple(row) for query in (differing, extra) for row in session.execute(query)}


def check_standing(session: Session, found: Differences) -> None:
    if not found.in_force:
        check_questions(session, Differences(in_force=found.in_force))
    suspects = _suspects(session)
    if not suspects:
        return
    ids = sorted({question_id for question_id, _ in suspects})
    wanted = {(row["question_id"], row["forecaster"]): row for row in expected_standing(session, found.in_force, ids)}
    stored = {}
    for start in range(0, len(ids), 500):
        query = select(standing.c.question_id, standing.c.forecaster, *(standing.c[c] for c in STANDING_COLUMNS))
        stored.update({(row.question_id, row.forecaster): row
                       for row in session.execute(query.where(standing.c.question_id.in_(ids[start:start + 500])))})
    for key in sorted(suspects):
        row, should = stored.get(key), wanted.get(key)
        if row is None and should is not None:
            found.standing[key] = should
            found.add("standing_forecast", f"standing_forecast {_pair(key)}: missing (the newest prediction is "
                                           f"from {_shown(should['made_at'])})")
        elif should is None and row is not None:
            found.standing[key] = None
            found.add("standing_forecast", f"standing_forecast {_pair(key)}: no prediction behind it")
        elif row is not None:
            wrong = [f"stored {name} {_shown(getattr(row, name))}, from the chain {_shown(should[name])}"
                     for name in STANDING_COLUMNS if getattr(row, name) != should[name]]
            if wrong:
                found.standing[key] = should
                found.add("standing_forecast", f"standing_forecast {_pair(key)}: {'; '.join(wrong)}")


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


def check_relative(session: Session, found: Differences) -> None:
    from tracker.store.relative import relative_values
    from tracker.store.scored import scored_briers

    wanted = {(v["q"], v["f"]): v["r"] for v in relative_values(scored_briers(session))}
    stored = dict(((q, f), r) for q, f, r in session.execute(
        select(standing.c.question_id, standing.c.forecaster, standing.c.relative)
        .where(standing.c.relative.isnot(None))))
    for key in sorted(set(wanted) | set(stored)):
        was, should = stored.get(key), wanted.get(key)
        if was is None or should is None or abs(was - should) > 1e-9:
            found.add("standing_forecast.relative", f"standing_forecast {_pair(key)}: stored relative Brier "
                                                    f"{_shown(was)}, from the scored forecasts {_shown(should)}")


def differences(session: Session) -> Differences:
    """Everything derived that does not match what it is derived from."""
    found = Differences()
    for check in (check_questions, check_standing, check_cells, check_relative):
        check(session, found)
    return found


def repair(session: Session) -> list[str]:
    """Rebuild what differs, layer by layer, with the write path's code; one line per table repaired."""
    from sqlalchemy import delete, update

    from tracker.store.relative import refresh_all_relative
    from tracker.store.standing import advance_standing

    done = []
    with writing(session):
        found = Differences()
        check_questions(session, found)
        for question_id, state in found.questions.items():
            session.execute(update(question).where(question.c.id == question_id).values(**state))
        if found.questions:
            done.append(f"question: {len(found.questions)} rows set from their resolutions")
        found = Differences(in_force=found.in_force)
        check_standing(session, found)
        for question_id, forecaster in found.standing:
            session.execute(delete(standing).where(standing.c.question_id == question_id,
                                                   standing.c.forecaster == forecaster))
        advance_standing(session, [row for row in found.standing.values() if row is not None], relative=False)
        if found.standing:
            done.append(f"standing_forecast: {len(found.standing)} rows rebuilt from their predictions")
        found = Differences()
        check_cells(session, found)
        if found:
            cells.rebuild(session)
            done.append(f"score_cell: rebuilt ({found.counts['score_cell']} cells differed)")
        found = Differences()
        check_relative(session, found)
        if found:
            refresh_all_relative(session)
            done.append(f"standing_forecast.relative: recomputed ({found.counts['standing_forecast.relative']} "
                        "differed)")
    return done
