"""`tracker calendar`: due dates as an iCalendar feed, checked by parsing it back with icalendar."""

import json
import textwrap
from datetime import date, timedelta

import pytest

FILE = textwrap.dedent("""\
    questions:
      - id: rain
        text: Will it rain in Vilnius on 1 May 2027?
        criteria: Any rain recorded at the Vilnius station.
        due: 2027-05-01
        tags: [weather]
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T10:00:00Z, probability: 0.4}
      - id: vote
        text: Which party will win, left or right?
        criteria: Official results.
        kind: choice
        outcomes: [left, right]
        due: 2028-01-01
        predictions:
          - {forecaster: bo, made_at: 2026-01-03T10:00:00Z, probabilities: {left: 0.45, right: 0.55}}
      - id: snow
        text: Will it snow in Vilnius on 1 December 2025?
        criteria: Any snow recorded at the Vilnius station.
        due: 2025-12-01
        predictions:
          - {forecaster: ana, made_at: 2025-01-01T10:00:00Z, probability: 0.3}
    resolutions:
      - {question_id: snow, outcome: no, resolved_at: 2025-12-02T09:00:00Z, resolver: ana}
    """)


@pytest.fixture
def tracker(cli, workspace):
    (workspace / "forecasts" / "f.yaml").write_text(FILE)
    assert cli("apply").exit_code == 0
    return cli


def events(path):
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_open_questions(tracker, workspace):
    result = tracker("calendar", "-o", "due.ics")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Wrote due.ics: 2 open questions by due date\n"
    calendar, found = events(workspace / "due.ics")
    assert str(calendar["VERSION"]) == "2.0"
    assert len(calendar.walk("VEVENT")) == 2
    assert sorted(found) == ["rain@tracker", "vote@tracker"]
    rain = found["rain@tracker"]
    assert rain.decoded("DTSTART") == date(2027, 5, 1)           # an all-day event: a date, not a time
    assert rain.decoded("DTEND") == date(2027, 5, 1) + timedelta(days=1)
    assert str(rain["SUMMARY"]) == "Will it rain in Vilnius on 1 May 2027?"
    assert str(rain["DESCRIPTION"]) == ("Any rain recorded at the Vilnius station.\n\nLatest forecast: 40% by ana\n"
                                        "Resolve with: tracker resolve rain yes|no")
    assert "tracker resolve vote left|right" in str(found["vote@tracker"]["DESCRIPTION"])
    # Written again: the same UIDs, so subscribed calendars update instead of duplicating.
    assert tracker("calendar", "-o", "again.ics").exit_code == 0
    assert sorted(events(workspace / "again.ics")[1]) == sorted(found)


def test_all_and_json(tracker, workspace):
    result = tracker("calendar", "-o", "cal/all.ics", "--all", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"file": "cal/all.ics", "events": 3, "questions": [
        {"id": "snow", "uid": "snow@tracker", "due": "2025-12-01", "status": "resolved"},
        {"id": "rain", "uid": "rain@tracker", "due": "2027-05-01", "status": "open"},
        {"id": "vote", "uid": "vote@tracker", "due": "2028-01-01", "status": "open"}]}
    _, found = events(workspace / "cal" / "all.ics")
    assert [e.decoded("DTSTART") for e in found.values()] == [date(2025, 12, 1), date(2027, 5, 1), date(2028, 1, 1)]
    assert "Resolved no on 2025-12-02" in str(found["snow@tracker"]["DESCRIPTION"])


def test_stdout_and_errors(tracker, workspace):
    from icalendar import Calendar

    result = tracker("calendar")
    assert result.exit_code == 0
    assert len(Calendar.from_ical(result.stdout_bytes).walk("VEVENT")) == 2
    bad = tracker("calendar", "--json")
    assert bad.exit_code == 1
    assert bad.stderr == "error: --json: needs -o FILE: the calendar itself goes to stdout otherwise\n"


def test_a_stored_due_date_too_late_for_a_calendar_is_skipped(tracker, workspace, database_url):
    """A row the CLI would refuse today (due 9999-12-31), written straight into the store: the feed
    leaves it out with one line on stderr and still holds every other question."""
    from sqlalchemy import text

    from tracker.store import connect
    from tracker.store.guards import unguarded

    store = connect(database_url)
    with store.engine.begin() as connection, unguarded(connection):
        connection.execute(text("UPDATE question SET due = :due WHERE id = 'rain'"), {"due": date(9999, 12, 31)})
    store.close()
    result = tracker("calendar", "-o", "due.ics", "--all")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ("skipped rain: due 9999-12-31 is too late for a calendar event (the day after it is "
                             "past year 9999); left out\n")
    assert result.stdout == "Wrote due.ics: 2 questions by due date\n"
    assert sorted(events(workspace / "due.ics")[1]) == ["snow@tracker", "vote@tracker"]


def test_one_question_is_counted_in_the_singular(cli, workspace):
    (workspace / "forecasts" / "f.yaml").write_text(FILE.split("  - id: vote")[0])
    assert cli("apply").exit_code == 0
    assert cli("calendar", "-o", "due.ics").stdout == "Wrote due.ics: 1 open question by due date\n"
    assert cli("calendar", "-o", "all.ics", "--all").stdout == "Wrote all.ics: 1 question by due date\n"
    assert cli("export", "fatebook", "out.csv").stdout.splitlines()[0] == "Wrote out.csv: 1 forecast of 1 question"
