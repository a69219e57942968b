"""The due dates of questions as an iCalendar feed (RFC 5545), written with the ``icalendar`` package.

Each question is an all-day event on its due date (DTSTART the date, DTEND the day after), with a UID
that stays the same for the question across runs (``<id>@tracker``), so that a calendar which
subscribes to the file updates events instead of duplicating them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from tracker.domain import QuestionSummary

PRODID = "-//tracker//due dates of forecasting questions//EN"
UID_DOMAIN = "tracker"


def question_uid(question_id: str) -> str:
    return f"{question_id}@{UID_DOMAIN}"


def description(summary: QuestionSummary) -> str:
    """The criteria, the latest forecast, the resolution when there is one, and the command that resolves."""
    from tracker.api import format_prediction

    question = summary.question
    lines = [question.criteria, ""]
    if summary.latest:
        lines.append(f"Latest forecast: {format_prediction(summary.latest)} by {summary.latest.forecaster}")
    if summary.resolution and question.status != "open":
        lines.append(f"Resolved {summary.resolution.outcome} on {summary.resolution.resolved_at.date().isoformat()}")
        lines.append(f"Correct it with: tracker resolve {question.id} OUTCOME --correction")
    else:
        lines.append(f"Resolve with: tracker resolve {question.id} {'|'.join(question.possible_outcomes())}")
    return "\n".join(lines).strip()


def calendar_bytes(summaries: list[QuestionSummary], *, now: datetime | None = None,
                   skipped: list[str] | None = None) -> bytes:
    """The feed for ``summaries``, in order.

    A question whose event cannot be written (a due date so late that the day after it is past year
    9999) is left out and described in ``skipped``, so that one stored row never sinks the whole feed.
    """
    from icalendar import Calendar, Event

    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "tracker: questions due")
    for summary in summaries:
        question = summary.question
        try:
            end = question.due + timedelta(days=1)
        except OverflowError:
            if skipped is not None:
                skipped.append(f"{question.id}: due {question.due.isoformat()} is too late for a calendar "
                               "event (the day after it is past year 9999); left out")
            continue
        event = Event()
        event.add("uid", question_uid(question.id))
        event.add("dtstamp", stamp)
        event.add("created", question.created_at.replace(microsecond=0))
        event.add("dtstart", question.due)
        event.add("dtend", end)
        event.add("summary", question.text)
        event.add("description", description(summary))
        event.add("transp", "TRANSPARENT")
        if question.tags:
            event.add("categories", list(question.tags))
        calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(store, path: str | Path | None, *, include_resolved: bool = False,
                   now: datetime | None = None,
                   skipped: list[str] | None = None) -> tuple[bytes, list[QuestionSummary]]:
    """Write the open questions' due dates (``include_resolved``: every question's) to ``path`` as an
    iCalendar file; ``path`` None only builds it. Returns the bytes and the questions in it, by due date;
    questions left out are described in ``skipped`` (see :func:`calendar_bytes`)."""
    from tracker.api import list_questions
    from tracker.errors import TrackerError

    summaries = list_questions(store, status=None if include_resolved else "open", sort="due")
    left_out: list[str] = []
    data = calendar_bytes(summaries, now=now, skipped=left_out)
    if left_out:
        gone = {line.split(":", 1)[0] for line in left_out}
        summaries = [s for s in summaries if s.question.id not in gone]
        if skipped is not None:
            skipped.extend(left_out)
    if path is not None:
        target = Path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise TrackerError(f"{path}: {exc.strerror or exc}") from None
    return data, summaries
