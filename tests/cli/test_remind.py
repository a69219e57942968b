"""`tracker remind --once`, `tracker due` and `tracker snooze` through the CLI."""

import json


def overdue(cli):
    assert cli("log", "Did it rain?", "-p", "0.5", "--due", "2020-01-01", "-c", "c", "--id", "rain").exit_code == 0


def test_remind_once_json_is_json_even_with_the_terminal_channel(cli, workspace):
    overdue(cli)
    (workspace / "tracker.toml").write_text((workspace / "tracker.toml").read_text()
                                            + '\n[remind]\nchannels = ["terminal"]\n')
    result = cli("remind", "--once", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sent"] == 1
    assert "== tracker: rain is" in result.stderr  # the prompt itself, on stderr


def test_due_says_when_a_question_is_snoozed(cli):
    overdue(cli)
    assert cli("snooze", "rain", "3d").exit_code == 0
    assert ", snoozed until " in cli("due").stdout


def test_snooze_errors_name_what_the_user_typed(cli):
    overdue(cli)
    assert cli("snooze", "rain", "banana").stderr == ("error: SPAN: 'banana' is not a span like 30d, 12w, 6m or "
                                                      "1y\n")
    assert cli("snooze", "rain", "0d").stderr == "error: SPAN: '0d' is not in the future: nothing to snooze\n"
    assert cli("snooze", "rain", "--until", "2020-01-01").stderr == (
        "error: --until: '2020-01-01' is not in the future: nothing to snooze\n")
    assert cli("resolve", "rain", "yes").exit_code == 0
    assert cli("snooze", "rain", "3d").stderr.startswith("error: ID: rain is resolved")


def test_remind_output_is_in_the_workspace_zone_to_the_second(cli):
    import re

    overdue(cli)
    result = cli("remind", "--once")
    assert result.exit_code == 0, result.output
    # The workspace fixture's zone is Europe/Vilnius: EET or EEST, never UTC with a Z or microseconds.
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d EES?T sweep: 1 new prompt, 1 sent, 0 failed, 0 cancelled$",
                     result.stdout, re.M), result.stdout


def test_due_speaks_in_right_plurals(cli):
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from tracker.dates import today_in

    yesterday = today_in(ZoneInfo("Europe/Vilnius")) - timedelta(days=1)
    assert cli("log", "Did it snow?", "-p", "0.5", "--due", yesterday.isoformat(), "-c", "c",
               "--id", "snow").exit_code == 0
    lines = cli("due").stdout.splitlines()
    assert lines[0].startswith("snow  due ") and "(now due, latest 50% by ana)" in lines[0]
    assert lines[1] == "1 question is due; resolve it with: tracker resolve --due"
    assert cli("log", "Did it hail?", "-p", "0.5", "--due", (yesterday - timedelta(days=1)).isoformat(),
               "-c", "c", "--id", "hail").exit_code == 0
    lines = cli("due").stdout.splitlines()
    assert "(1 day overdue, latest 50% by ana)" in lines[0]
    assert lines[2] == "2 questions are due; resolve them one by one with: tracker resolve --due"


def test_a_snooze_is_kept_to_the_second(cli):
    overdue(cli)
    until = json.loads(cli("snooze", "rain", "3d", "--json").stdout)["snoozed_until"]
    assert "." not in until and until.endswith("+00:00")
    assert "." not in json.loads(cli("due", "--json").stdout)[0]["snoozed_until"]


def test_snooze_past_the_last_date_is_refused_naming_the_span(cli, database_url):
    from conftest import store_snapshot

    overdue(cli)
    before = store_snapshot(database_url)
    for span in ("40000y", "9999y", "1000000d", "99999999999999999999d"):
        result = cli("snooze", "rain", span)
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith(f"error: SPAN: '{span}' "), result.stderr
        assert result.stderr.count("\n") == 1
        assert result.stderr.endswith(("would snooze past 2999-12-31: snoozes go up to 2999-12-31\n",
                                       "is too long a span (more than a million years)\n"))
    until = cli("snooze", "rain", "--until", "3000-01-01")
    assert until.exit_code == 1
    assert until.stderr == "error: --until: '3000-01-01' is too far ahead: snooze dates go up to 2999-12-31\n"
    assert store_snapshot(database_url) == before
    assert cli("snooze", "rain", "900y").exit_code == 0  # still before 2999-12-31


def test_due_on_an_empty_store_says_there_are_no_questions(cli):
    out = cli("due").stdout
    assert out == "Nothing is due: there are no questions yet (log one with `tracker log`).\n"
    overdue(cli)
    assert cli("resolve", "rain", "yes").exit_code == 0
    assert cli("due").stdout == "Nothing is due: every question due so far is resolved.\n"
