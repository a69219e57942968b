"""`tracker log` and `tracker update`, through the real CLI, on both backends."""

import json
from datetime import datetime

from tracker.dates import parse_due, today_in, zone


def test_log_binary_with_percent_echoes_due(cli):
    result = cli("log", "Will China continue to support Russia through 2030?", "-p", "70%", "--due", "2030-12-31",
                 "--criteria", "Chinese support continues.", "--tag", "Russia", "--forecaster", "ana")
    assert result.exit_code == 0, result.output
    assert result.output == "Logged china-continue-support-russia-through: 70% by ana, due 2030-12-31\n"


def test_log_with_a_past_due_date_says_so(cli):
    result = cli("log", "Did it rain?", "-p", "0.5", "--due", "2020-01-01", "-c", "c")
    assert result.stdout == "Logged rain: 50% by ana, due 2020-01-01\n"
    assert result.stderr == "note: the due date 2020-01-01 is already past: resolve it now if it is decided\n"


def test_log_natural_due_is_echoed_resolved(cli):
    result = cli("log", "Will it rain?", "-p", "0.25", "--due", "end of 2027", "-c", "Rain gauge.")
    assert result.output == "Logged rain: 25% by ana, due 2027-12-31 (from 'end of 2027')\n"


def test_log_relative_due_counts_from_today(cli):
    result = cli("log", "Will it snow?", "-p", "3:1", "--due", "in 6 months", "-c", "Snow.", "--json")
    record = json.loads(result.output)
    # "in 6 months" counts from today in the workspace's zone (Europe/Vilnius), not from the UTC date.
    created = datetime.fromisoformat(record["question"]["created_at"])
    expected = parse_due("in 6 months", today_in(zone("Europe/Vilnius"), created))
    assert record["question"]["due"] == expected.isoformat()
    assert record["predictions"][0]["probability"] == 0.75


def test_log_choice_question(cli):
    result = cli("log", "Which way will the talks go?", "--outcome", "deal=0.5", "--outcome", "stall=30%",
                 "--outcome", "collapse=0.2", "--due", "2027-06-30", "-c", "Official statements.", "--id", "talks")
    assert result.output == "Logged talks: deal 50%, stall 30%, collapse 20% by ana, due 2027-06-30\n"
    shown = json.loads(cli("show", "talks", "--json").output)
    assert shown["question"]["kind"] == "choice"
    assert shown["question"]["outcomes"] == ["deal", "stall", "collapse"]


def test_log_json_shape(cli):
    result = cli("log", "Will X happen?", "-p", "0.7", "--due", "2027-01-01", "-c", "X is reported.", "--id", "x",
                 "--tag", "b", "--tag", "a", "--json")
    record = json.loads(result.output)
    assert set(record) == {"question", "predictions", "resolutions", "versions"}
    assert record["question"]["id"] == "x"
    assert record["question"]["tags"] == ["a", "b"]
    assert record["question"]["status"] == "open"
    assert record["question"]["created_at"].endswith("Z")
    assert [p["probability"] for p in record["predictions"]] == [0.7]


def test_generated_ids_are_unique(cli):
    cli("log", "Will it rain?", "-p", "0.5", "--due", "2027-01-01", "-c", "c")
    result = cli("log", "Will it rain?", "-p", "0.6", "--due", "2027-01-01", "-c", "c")
    assert result.stdout == "Logged rain-2: 60% by ana, due 2027-01-01\n"
    assert result.stderr == "note: a question with the same words exists (rain); this one is rain-2\n"


def test_update_adds_a_prediction_and_keeps_the_old(cli):
    cli("log", "Will X happen?", "-p", "0.7", "--due", "2027-01-01", "-c", "c", "--id", "x")
    result = cli("update", "x", "-p", "55%", "--forecaster", "bo", "-r", "new data")
    assert result.output == "Updated x: 55% by bo\n"
    history = json.loads(cli("show", "x", "--json").output)
    assert [(p["forecaster"], p["probability"]) for p in history["predictions"]] == [("ana", 0.7), ("bo", 0.55)]


def test_update_choice_needs_every_outcome(cli):
    cli("log", "Which?", "-o", "a=0.5", "-o", "b=0.5", "--due", "2027-01-01", "-c", "c", "--id", "which")
    result = cli("update", "which", "-o", "a=1")
    assert result.exit_code == 1
    assert result.stderr == "error: --outcome: outcomes must be exactly a, b (missing b)\n"


def test_a_phrase_alone_gives_its_scales_probability(cli):
    result = cli("log", "Will the talks resume?", "--phrase", "highly likely", "--due", "2030-12-31", "-c", "c")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Logged talks-resume: 87.5% by ana, due 2030-12-31\n"
    assert result.stderr == "note: probability 87.5%: what lt-nta scores 'highly likely' at\n"


def test_a_probability_outside_its_phrases_band_is_noted(cli):
    result = cli("log", "Will the talks resume?", "-p", "60%", "--phrase", "unlikely", "--due", "2030-12-31", "-c", "c")
    assert result.exit_code == 0, result.output
    assert result.stderr == "note: 60% is outside lt-nta's band for 'unlikely' (0%-25%)\n"


def test_a_phrase_its_scale_does_not_know_is_noted(cli):
    result = cli("log", "Will it?", "-p", "0.5", "--phrase", "probably maybe", "--due", "2030-12-31", "-c", "c")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("note: 'probably maybe' is not a phrase of lt-nta: the report will show it without a "
                             "band\n")


def test_an_unknown_scale_is_refused_and_nothing_is_written(cli):
    result = cli("log", "Will it?", "-p", "0.5", "--phrase", "likely", "--scale", "nosuch", "--due", "2030-12-31",
                 "-c", "c")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: --scale: unknown scale 'nosuch' (one of ipcc-ar6, kent-1964, lt-nta,")
    assert cli("list").output.startswith("No questions yet")


def test_update_without_a_probability_names_the_flag(cli):
    cli("log", "Will it?", "-p", "0.5", "--due", "2030-12-31", "-c", "c", "--id", "q")
    result = cli("update", "q")
    assert (result.exit_code, result.stderr) == (1, "error: -p/--probability: give the new probability (or "
                                                    "--outcome NAME=P, repeated, for a choice question)\n")


def test_choice_probabilities_rescaled_to_sum_to_one_are_noted(cli):
    # 0.5 + 0.49 = 0.99 is near enough to 1 to be rescaled; the stored values are 0.5/0.99 and 0.49/0.99.
    logged = cli("log", "Which way?", "-c", "c", "--due", "2027-06-30", "--id", "way",
                 "-o", "deal=0.5", "-o", "stall=0.49")
    assert logged.exit_code == 0
    assert logged.stderr == "note: rescaled to sum to 1 from a sum of 0.99 (typed deal 0.5, stall 0.49)\n"
    stored = json.loads(cli("show", "way", "--json").stdout)["predictions"][0]["probabilities"]
    assert stored == {"deal": 0.5 / 0.99, "stall": 0.49 / 0.99}
    updated = cli("update", "way", "-o", "deal=60%", "-o", "stall=39%")
    assert updated.stderr == "note: rescaled to sum to 1 from a sum of 0.99 (typed deal 60%, stall 39%)\n"
    exact = cli("update", "way", "-o", "deal=0.25", "-o", "stall=0.75")
    assert exact.exit_code == 0 and exact.stderr == ""
