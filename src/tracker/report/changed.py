"""The report's "Scored against a question changed after the forecast" list.

A forecast answers the question as it read when it was made; when a later version changed the question's
wording, criteria, due date or condition, its score judges it against something it never saw. The report
does not drop such a forecast (the change may be an honest correction); it names it, with who changed
what, when and why, so that a reader can weigh the score. tracker.store.changed_after finds them.
"""

from __future__ import annotations

from datetime import datetime, timezone

from tracker.report.layout import Section, Table
from tracker.report.text import plural
from tracker.store import Store
from tracker.store.scored import ScoreFilter

TITLE = "Scored against a question changed after the forecast"


def _utc(moment: datetime) -> str:
    # SQLite hands back naive datetimes; every stored time is UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def changed_after(store: Store, filters: ScoreFilter) -> list[dict]:
    """Each scored forecast (within the report's forecaster and tag filters) whose question changed
    meaning after it was made: question_id, text, forecaster, made_at, changed_at (ISO UTC), version,
    fields, by, reason, correction."""
    from sqlalchemy import select

    from tracker.store.changed_after import changed_after_forecast
    from tracker.store.tables import QuestionRow, QuestionTagRow

    with store.read() as session:
        found = changed_after_forecast(session, filters.forecaster)
        if not found:
            return []
        ids = sorted({row["question_id"] for row in found})
        question = QuestionRow.__table__
        texts = dict(session.execute(select(question.c.id, question.c.text).where(question.c.id.in_(ids))).all())
        if filters.tag:
            tags = QuestionTagRow.__table__
            tagged = set(session.scalars(select(tags.c.question_id)
                                         .where(tags.c.tag == filters.tag, tags.c.question_id.in_(ids))))
            found = [row for row in found if row["question_id"] in tagged]
    return [{**row, "text": texts.get(row["question_id"], ""), "made_at": _utc(row["made_at"]),
             "changed_at": _utc(row["changed_at"]), "fields": list(row["fields"]),
             "correction": bool(row["correction"])} for row in found]


def _local(moment: str, tz_name: str) -> str:
    from tracker.dates import zone

    return datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone(zone(tz_name)).strftime("%Y-%m-%d %H:%M")


def section(data: dict) -> Section | None:
    """The section, or None when no scored forecast met a changed question (the report then says nothing)."""
    rows = data.get("changed_after_forecast") or []
    if not rows:
        return None
    tz_name = data.get("timezone", "UTC")
    table = Table(["question", "text", "forecaster", "forecast made", "changed", "what changed", "by", "why",
                   "correction"],
                  [[r["question_id"], r["text"], r["forecaster"], _local(r["made_at"], tz_name),
                    f"{_local(r['changed_at'], tz_name)} (version {r['version']})", ", ".join(r["fields"]),
                    r["by"] or "–", r["reason"] or "–", "yes" if r["correction"] else "no"] for r in rows])
    questions = len({r["question_id"] for r in rows})
    return Section(TITLE, [f"{plural(len(rows), 'scored forecast')} on {plural(questions, 'question')} answered "
                           "a wording, criteria, due date or condition that changed after the forecast was made: "
                           "the score judges each against a question its forecaster never saw. "
                           "`tracker show` prints every version."], table)
