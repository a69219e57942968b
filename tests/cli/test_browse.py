"""`tracker list` and `tracker show`."""

import json
import re
import textwrap

FILE = textwrap.dedent("""\
    questions:
      - id: rain
        text: Will it rain in Vilnius on 1 May 2027?
        criteria: Any rain recorded at the Vilnius station.
        due: 2027-05-01
        tags: [weather]
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T10:00:00Z, probability: 0.4}
          - {forecaster: bo, made_at: 2026-01-02T10:00:00Z, probability: 0.6}
      - id: snow
        text: Will it snow in Vilnius on 1 December 2026?
        criteria: Any snow recorded at the Vilnius station.
        due: 2026-12-01
        tags: [weather, winter]
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T10:00:00Z, probability: 0.3}
      - id: vote
        text: Which party will win?
        criteria: Official results.
        kind: choice
        outcomes: [left, right]
        due: 2028-01-01
        predictions:
          - {forecaster: bo, made_at: 2026-01-03T10:00:00Z, probabilities: {left: 0.45, right: 0.55}}
    resolutions:
      - {question_id: snow, outcome: no, resolved_at: 2026-11-20T09:00:00Z, resolver: ana, evidence: [station log]}
    """)


def setup(cli, workspace):
    (workspace / "forecasts" / "weather.yaml").write_text(FILE)
    assert cli("apply").exit_code == 0


def test_list_sorted_by_due(cli, workspace):
    setup(cli, workspace)
    assert cli("list").output == (
        "id    due         status  latest        by   question\n"
        "snow  2026-12-01  no      30%           ana  Will it snow in Vilnius on 1 December 2026?\n"
        "rain  2027-05-01  open    60%           bo   Will it rain in Vilnius on 1 May 2027?\n"
        "vote  2028-01-01  open    right 55% +1  bo   Which party will win?\n"
    )


def test_list_filters(cli, workspace):
    setup(cli, workspace)

    def ids(*args):
        return [s["question"]["id"] for s in json.loads(cli("list", "--json", *args).output)]

    assert ids("--open") == ["rain", "vote"]
    assert ids("--resolved") == ["snow"]
    assert ids("--tag", "winter") == ["snow"]
    assert ids("--forecaster", "bo") == ["rain", "vote"]
    assert ids("--due-before", "2027-06-01") == ["snow", "rain"]
    assert ids("--due-after", "2027-01-01") == ["rain", "vote"]
    assert ids("--sort", "id", "--reverse") == ["vote", "snow", "rain"]
    assert ids("--limit", "1") == ["snow"]


def test_list_forecaster_filter_shows_their_latest(cli, workspace):
    setup(cli, workspace)
    rows = json.loads(cli("list", "--json", "--forecaster", "ana").output)
    assert [(r["question"]["id"], r["latest"]["probability"]) for r in rows] == [("snow", 0.3), ("rain", 0.4)]


def test_list_json_shape(cli, workspace):
    setup(cli, workspace)
    rows = json.loads(cli("list", "--json").output)
    assert set(rows[0]) == {"question", "latest", "predictions", "resolution"}
    assert rows[0]["resolution"]["outcome"] == "no"
    assert rows[1]["predictions"] == 2


def test_list_empty(cli):
    assert cli("list").output == "No questions yet: `tracker log` one or `tracker apply forecasts/`.\n"


def test_show_full_history_in_users_zone(cli, workspace):
    setup(cli, workspace)
    cli("resolve", "snow", "yes", "--correction", "--at", "2026-11-21T09:00:00Z", "-n", "late report")
    output = cli("show", "snow").output
    # The one version was recorded just now, by the database role on PostgreSQL (apply has no `by`; on
    # SQLite the writer is not known).
    head, versions = output.split("versions (1):\n")
    assert re.fullmatch(r"  v1 \d{4}-\d\d-\d\d \d\d:\d\d EET  (unknown|\w+) \(#2\) asked\n", versions), versions
    assert head == textwrap.dedent("""\
        snow: Will it snow in Vilnius on 1 December 2026?
          criteria:  Any snow recorded at the Vilnius station.
          kind:      binary
          due:       2026-12-01
          created:   2026-01-01 12:00 EET
          status:    resolved
          tags:      weather, winter
        predictions (1):
          2026-01-01 12:00 EET  ana: 30%
        resolutions (2):
          #1 2026-11-20 11:00 EET  no by ana  (superseded)
              evidence:  station log
          #2 2026-11-21 11:00 EET  yes by ana correcting #1
              note:      late report
        """)


def test_show_unknown_id(cli):
    result = cli("show", "nope")
    assert result.exit_code == 1
    assert result.stderr == "error: no question with id 'nope' (see `tracker list`)\n"
