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
