"""Errors that name the right thing, and inputs that are refused instead of silently accepted (issue 12).

Each case says, in one line on stderr, what the user typed and what to do, and writes nothing."""

import pytest

from conftest import store_snapshot

RAIN = ["log", "Will it rain?", "-c", "Rain recorded.", "--id", "rain", "-t", "weather"]


def refused(cli, database_url, *args) -> str:
    """stderr of a command that must fail with one line and leave the store as it was."""
    before = store_snapshot(database_url)
    result = cli(*args)
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert store_snapshot(database_url) == before
    return result.stderr


@pytest.fixture
def rain(cli):
    assert cli(*RAIN, "-p", "0.3", "--due", "2026-02-01").exit_code == 0
    return "rain"


def test_update_of_a_resolved_question_names_the_id_argument(cli, database_url, rain):
    assert cli("resolve", "rain", "yes").exit_code == 0
    assert refused(cli, database_url, "update", "rain", "-p", "0.5") == (
        "error: ID: cannot add a prediction: rain is resolved (predictions after a resolution are not scored)\n")


def test_resolve_without_an_outcome_names_the_outcome(cli, database_url, rain):
    assert refused(cli, database_url, "resolve", "rain") == (
        "error: OUTCOME: give how rain came out: yes, no, an outcome name, ambiguous or annulled\n")


@pytest.mark.parametrize(("phrase", "elsewhere"), [
    ("remote chance", "; it is a phrase of plain-reader, uk-phia: add --scale plain-reader"),
    ("perchance", ""),
])
def test_a_phrase_not_on_the_scale_says_so_and_lists_the_scale(cli, database_url, rain, phrase, elsewhere):
    known = "unlikely, possible, likely, highly likely, will, inevitably, cannot be ruled out"
    expected = f"error: --phrase: {phrase!r} is not a phrase of lt-nta (known: {known}){elsewhere}; or give -p\n"
    assert refused(cli, database_url, "update", "rain", "--phrase", phrase) == expected
    assert refused(cli, database_url, "log", "Will it snow?", "-c", "c", "--due", "2027-01-01",
                   "--phrase", phrase) == expected


def test_a_phrase_on_the_scale_still_gives_the_probability(cli, rain):
    result = cli("update", "rain", "--phrase", "highly likely")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Updated rain: ")


def test_resolve_at_echoes_what_was_typed_and_shows_times_in_the_workspace_zone(cli, database_url, rain):
    assert refused(cli, database_url, "resolve", "rain", "yes", "--at", "2099-05-01 10:00") == (
        "error: --at: '2099-05-01 10:00' is in the future\n")
    message = refused(cli, database_url, "resolve", "rain", "yes", "--at", "2001-05-01 10:00")
    assert message.startswith("error: --at: '2001-05-01 10:00' is before rain was asked (")
    assert "+00:00" not in message and message.rstrip().endswith(("EET)", "EEST)"))


def test_score_as_of_with_nothing_that_old_says_why(cli, rain):
    assert cli("resolve", "rain", "yes").exit_code == 0
    out = cli("score", "--as-of", "30d").stdout
    assert "No resolved binary forecasts" not in out
    assert ("The 1 resolved question had no forecast standing 30 days before its due date "
            "(--as-of counts back from each due date, not from today).") in out
    assert cli(*RAIN[:-4], "--id", "snow", "-p", "0.2", "--due", "2026-02-01").exit_code == 0
    assert cli("resolve", "snow", "no").exit_code == 0
    assert "None of the 2 resolved questions had a forecast standing 30 days" in cli("score", "--as-of", "30d").stdout


def test_score_as_of_one_day_says_day(cli, rain):
    assert cli("resolve", "rain", "yes").exit_code == 0
    out = cli("score", "--by", "tag", "--as-of", "1d").stdout
    assert "made at least 1 day before the due date" in out and "1 days" not in out
    assert "The 1 resolved question had no forecast standing 1 day before its due date" in out


@pytest.mark.parametrize("command", ["score", "report"])
def test_a_corrupt_score_cell_blames_no_flag(cli, database_url, rain, command):
    from sqlalchemy import create_engine, text

    from tracker.store.guards import unguarded

    assert cli("resolve", "rain", "yes").exit_code == 0
    engine = create_engine(database_url)
    with engine.begin() as connection, unguarded(connection):  # an edit made by hand, past the guards
        connection.execute(text("UPDATE score_cell SET events = n + 5"))
    engine.dispose()
    result = cli(command)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: the stored scores cannot be read (")
    assert result.stderr.endswith("): the score_cell table was changed outside tracker\n")
    assert "--as-of" not in result.stderr and "--by" not in result.stderr


@pytest.mark.parametrize("command", ["score", "report"])
def test_an_unknown_tag_is_refused_with_the_closest(cli, database_url, rain, command):
    assert refused(cli, database_url, command, "--tag", "weathr") == (
        "error: --tag: no question is tagged 'weathr' (did you mean weather?)\n")
    assert cli(command, "--tag", "Weather").exit_code == 0  # tags are stored lowercase


@pytest.mark.parametrize("args", [
    [*RAIN[:-4], "-p", "0.3", "--due", "2027-01-01", "-f", ""],
    ["update", "rain", "-p", "0.5", "-f", "  "],
    ["resolve", "rain", "yes", "--resolver", ""],
    ["list", "-f", ""],
])
def test_an_empty_name_is_refused_not_replaced_by_the_default(cli, database_url, rain, args):
    flag = "--resolver" if "--resolver" in args else "--forecaster"
    assert refused(cli, database_url, *args) == (
        f"error: {flag}: is empty: give a name, or leave the flag out for the one in tracker.toml\n")


@pytest.mark.parametrize(("args", "flag", "first", "then"), [
    (["update", "rain", "-p", "0.5", "-p", "0.7"], "-p/--probability", "0.5", "0.7"),
    (["update", "rain", "-p0.5", "--probability=0.7"], "-p/--probability", "0.5", "0.7"),
    (["list", "--sort", "id", "--sort", "due"], "--sort", "id", "due"),
    (["--db", "sqlite:///a.db", "--db", "sqlite:///b.db", "list"], "--db", "sqlite:///a.db", "sqlite:///b.db"),
])
def test_a_single_valued_flag_given_twice_is_refused(cli, database_url, rain, args, flag, first, then):
    assert refused(cli, database_url, *args) == (
        f"error: {flag}: given twice ({first!r}, then {then!r}): give it once\n")


def test_repeatable_flags_still_repeat(cli, rain):
    result = cli("resolve", "rain", "yes", "-e", "https://a.example", "-e", "https://b.example")
    assert result.exit_code == 0, result.output


def test_snoozing_a_question_not_yet_due_is_refused(cli, database_url):
    assert cli(*RAIN, "-p", "0.3", "--due", "2999-01-01").exit_code == 0
    assert refused(cli, database_url, "snooze", "rain", "3d") == (
        "error: ID: rain is not due until the end of 2999-01-01: its first prompt comes then, so there is "
        "nothing to snooze yet\n")


def test_a_correction_to_the_outcome_in_force_is_refused(cli, database_url, rain):
    assert cli("resolve", "rain", "yes").exit_code == 0
    assert refused(cli, database_url, "resolve", "rain", "yes", "--correction") == (
        "error: OUTCOME: rain is already resolved yes: nothing to correct\n")
    assert cli("resolve", "rain", "no", "--correction").exit_code == 0


def test_walk_and_score_say_one_day_and_one_forecast(cli, workspace):
    from datetime import timedelta

    from tracker import dates

    yesterday = dates.today_in(dates.zone("Europe/Vilnius")) - timedelta(days=2)
    assert cli(*RAIN, "-p", "0.3", "--due", yesterday.isoformat()).exit_code == 0
    walked = cli("resolve", "--due", input="yes\n\n\n").stdout
    assert "(1 day overdue)" in walked and "Resolved 1 of 1 due question." in walked
    assert "Only 1 forecast: too few" in cli("score").stdout


def test_did_you_mean_names_the_closest_choice_or_nothing():
    from tracker.cli.state import did_you_mean

    assert did_you_mean("fatebok", ["fatebook"]) == " (did you mean fatebook?)"
    assert did_you_mean("Yml", ["yaml", "json", "csv"]) == " (did you mean yaml?)"
    assert did_you_mean("export", ["fatebook"]) == ""


@pytest.mark.parametrize(("args", "expected"), [
    (["export", "fatebok", "out.csv"],
     "error: DIRECTORY|fatebook: 'fatebok' is not a format (did you mean fatebook?); to write a folder of that "
     "name, give ./fatebok\n"),
    (["export", "--format", "jsno"], "error: --format: 'jsno' is not one of yaml, json, csv, fatebook (did you mean json?)\n"),
])
def test_a_misspelled_export_format_is_refused_with_the_closest(cli, database_url, workspace, rain, args, expected):
    assert refused(cli, database_url, *args) == expected
    assert not (workspace / "fatebok").exists()


@pytest.mark.parametrize("flag", ["--source", "--source-url", "--quote"])
def test_a_too_long_source_names_the_flag_not_the_field(cli, database_url, flag):
    message = refused(cli, database_url, *RAIN, "-p", "0.3", "--due", "2027-01-01", flag, "x" * 100_001)
    assert message.startswith(f"error: {flag}: is too long (100,001 characters"), message
    assert "source." not in message


def test_resolve_at_echoes_the_time_in_the_workspace_zone(cli, workspace):
    (workspace / "forecasts" / "rain.yaml").write_text(
        "questions:\n  - {id: rain, text: Rain?, criteria: c, due: 2026-06-01, predictions: "
        "[{forecaster: ana, made_at: 2026-04-01T00:00:00Z, probability: 0.3}]}\n")
    assert cli("apply").exit_code == 0
    result = cli("resolve", "rain", "yes", "--at", "2026-05-01 10:00")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Resolved rain: yes at 2026-05-01 10:00 EEST\n"  # the workspace is in Europe/Vilnius


def test_a_workspace_that_is_a_file_is_called_a_file(cli, tmp_path, monkeypatch):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a workspace")
    monkeypatch.setenv("TRACKER_WORKSPACE", str(a_file))
    result = cli("list")
    assert result.exit_code == 1
    assert result.stderr == f"error: workspace {a_file.resolve()} is a file, not a folder (a workspace is the " \
                            "folder that holds tracker.toml)\n"


def test_a_huge_phrase_is_cut_in_the_error_with_its_real_length(cli, database_url):
    error = refused(cli, database_url, "log", "Will it?", "-c", "c", "--due", "2030-01-01", "--phrase", "r" * 100_000)
    assert "(100,000 characters) is not a phrase of lt-nta" in error
    assert len(error) < 600
