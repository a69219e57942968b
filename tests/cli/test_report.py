"""`tracker score` and `tracker report` through the CLI."""

import json
import textwrap

FILE = textwrap.dedent("""\
    questions:
      - id: a
        text: Will A happen?
        criteria: c
        due: 2025-01-01
        tags: [x]
        predictions:
          - {forecaster: ana, made_at: 2024-01-01T00:00:00Z, probability: 0.9, phrase: highly likely, scale: lt-nta}
          - {forecaster: bo, made_at: 2024-01-01T00:00:00Z, probability: 0.6}
      - id: b
        text: Will B happen?
        criteria: c
        due: 2025-01-01
        predictions:
          - {forecaster: ana, made_at: 2024-01-01T00:00:00Z, probability: 0.2, phrase: unlikely, scale: lt-nta}
      - id: c
        text: Will C happen?
        criteria: c
        due: 2025-01-01
        predictions:
          - {forecaster: ana, made_at: 2024-01-01T00:00:00Z, probability: 0.5}
    resolutions:
      - {question_id: a, outcome: yes, resolved_at: 2025-01-02T00:00:00Z, resolver: ana}
      - {question_id: b, outcome: no, resolved_at: 2025-01-02T00:00:00Z, resolver: ana}
      - {question_id: c, outcome: ambiguous, resolved_at: 2025-01-02T00:00:00Z, resolver: ana}
    """)


def setup(cli, workspace):
    (workspace / "forecasts" / "f.yaml").write_text(FILE)
    assert cli("apply").exit_code == 0


def test_score_table(cli, workspace):
    setup(cli, workspace)
    assert cli("score", "--by", "forecaster").output == textwrap.dedent("""\
        Scored: each forecaster's latest prediction made at or before the question's resolution.
        Questions: 2 resolved, 0 open, 1 ambiguous and 0 annulled (ambiguous and annulled score nothing).
        Only 3 forecasts: too few to conclude anything about calibration.
        group  n   Brier     log     BSS     AUC     REL     RES     UNC     MCB     DSC
        ana    2  0.0250  0.1643  0.9000  1.0000  0.0250  0.2500  0.2500  0.0250  0.2500
        bo     1  0.1600  0.5108       -       -  0.1600  0.0000  0.0000  0.1600  0.0000
        """)


def test_score_json_carries_its_conventions(cli, workspace):
    setup(cli, workspace)
    table = json.loads(cli("score", "--json", "--by", "phrase").output)
    assert [(g["group"], g["scale"], g["n"]) for g in table["groups"]] == [
        ("(no phrase)", None, 1), ("highly likely", "lt-nta", 1), ("unlikely", "lt-nta", 1)]
    assert table["conventions"]["log_score"].startswith("mean negative log-likelihood in nats")
    assert table["questions"]["ambiguous"] == 1


def test_score_rejects_unknown_grouping_and_span(cli, workspace):
    setup(cli, workspace)
    result = cli("score", "--by", "colour")
    assert result.exit_code == 1
    assert result.stderr == "error: --by: cannot group by 'colour' (one of forecaster, tag, source, phrase, horizon, month)\n"
    result = cli("score", "--as-of", "soon")
    assert result.stderr == "error: --as-of: 'soon' is not a span like 30d, 12w, 6m or 1y\n"


def test_report_writes_every_file(cli, workspace):
    setup(cli, workspace)
    result = cli("report", "--json")
    written = json.loads(result.output)
    assert sorted(written) == ["corp.png", "index.html", "over_time.png", "phrases.png", "reliability.png",
                               "report.md", "scores.json", "sharpness.png"]
    assert all(str(workspace / "reports") in path for path in written.values())
    scores = json.loads((workspace / "reports" / "scores.json").read_text())
    assert scores["overall"]["n"] == 3 and scores["small_sample"] is True


def test_score_by_tag_shows_the_untagged_forecasts(cli, workspace):
    setup(cli, workspace)
    table = json.loads(cli("score", "--json", "--by", "tag").output)
    # a is tagged x (ana and bo); b has no tag (ana); c is ambiguous and scores nothing.
    assert [(g["group"], g["n"]) for g in table["groups"]] == [("(untagged)", 1), ("x", 2)]
    assert table["groups"][0]["brier"] == (0.2 - 0) ** 2
    assert "(untagged)" in cli("score", "--by", "tag").output


def setup_far_due(cli, workspace, database_url):
    """Question a due 9999-12-31, as an older version accepted (written past the guards, as it was then)."""
    from sqlalchemy import create_engine, text

    from tracker.store.guards import unguarded

    setup(cli, workspace)
    engine = create_engine(database_url)
    with engine.begin() as connection, unguarded(connection):
        connection.execute(text("UPDATE question SET due = '9999-12-31' WHERE id = 'a'"))
        connection.execute(text("UPDATE standing_forecast SET due = '9999-12-31' WHERE question_id = 'a'"))
    engine.dispose()


def test_report_skips_a_stored_row_it_cannot_handle(cli, workspace, database_url):
    """A due date of 9999-12-31 (accepted by older versions) once crashed the whole report."""
    setup_far_due(cli, workspace, database_url)
    result = cli("report")
    assert result.exit_code == 0
    assert result.stderr == ("warning: question a: due date 9999-12-31 is out of range; left out of the "
                             "time-averaged Brier\n")
    report_md = (workspace / "reports" / "report.md").read_text()
    assert "question a: due date 9999-12-31 is out of range" in report_md


def test_report_shows_times_in_the_workspace_zone(cli, workspace):
    import re

    setup(cli, workspace)
    assert cli("report").exit_code == 0
    report_md = (workspace / "reports" / "report.md").read_text()
    assert re.search(r"^Generated \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d EES?T \(Europe/Vilnius\)\.", report_md, re.M)
    assert not re.search(r"\d\d:\d\d:\d\d\.\d+", report_md)


def test_score_time_averaged_names_the_question_it_leaves_out(cli, workspace, database_url):
    setup_far_due(cli, workspace, database_url)
    result = cli("score", "--time-averaged")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("warning: question a: due date 9999-12-31 is out of range; left out of the "
                             "time-averaged Brier\n")
    assert cli("score").stderr == ""  # only the time-averaged Brier leaves it out


def test_score_by_tag_counts_forecasts_not_tag_memberships(cli, workspace):
    (workspace / "forecasts" / "f.yaml").write_text(textwrap.dedent("""\
        questions:
          - {id: a, text: A?, criteria: c, due: 2025-01-01, tags: [a, b, c],
             predictions: [{forecaster: ana, made_at: 2024-01-01T00:00:00Z, probability: 0.9}]}
          - {id: b, text: B?, criteria: c, due: 2025-01-01, tags: [a],
             predictions: [{forecaster: ana, made_at: 2024-01-01T00:00:00Z, probability: 0.2}]}
        resolutions:
          - {question_id: a, outcome: yes, resolved_at: 2025-01-02T00:00:00Z, resolver: ana}
          - {question_id: b, outcome: no, resolved_at: 2025-01-02T00:00:00Z, resolver: ana}
        """))
    assert cli("apply").exit_code == 0
    out = cli("score", "--by", "tag").stdout
    assert "Only 2 forecasts: too few" in out
    assert "Only 4 forecasts" not in out


def test_an_empty_report_says_nothing_is_scored_yet(cli, workspace):
    assert cli("report").exit_code == 0
    report_md = (workspace / "reports" / "report.md").read_text()
    assert "No resolved forecasts scored yet" in report_md
    assert "Only 0" not in report_md


def test_score_filters_by_source_phrase_and_horizon(cli, workspace):
    setup(cli, workspace)
    # By hand: ana said "unlikely" 0.2 of b (no): (0.2 - 0)^2.
    (row,) = json.loads(cli("score", "--phrase", "unlikely", "--json").output)["groups"]
    assert row["n"] == 1 and abs(row["brier"] - 0.04) < 1e-12
    # Every forecast was made 366 days before its due date: 1-2 years. a: 0.9 and 0.6 (yes); b: 0.2 (no).
    (row,) = json.loads(cli("score", "--horizon", "1-2 years", "--json").output)["groups"]
    assert row["n"] == 3 and abs(row["brier"] - (0.01 + 0.16 + 0.04) / 3) < 1e-12
    (row,) = json.loads(cli("score", "--source", "(no source)", "--phrase", "(no phrase)", "--json").output)["groups"]
    assert row["n"] == 1 and abs(row["brier"] - 0.16) < 1e-12  # bo's bare 0.6 on a


def test_an_unknown_filter_value_is_one_line_naming_its_flag(cli, workspace):
    setup(cli, workspace)
    for args, flag, hint in ((("score", "--phrase", "unlikley"), "--phrase", "did you mean unlikely?"),
                             (("score", "--horizon", "1-2 year"), "--horizon", "did you mean 1-2 years?"),
                             (("report", "--source", "Annual Review"), "--source", "")):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"error: {flag}: "), result.stderr
        assert hint in result.stderr and "Traceback" not in result.stderr
    assert not list((workspace / "reports").glob("*"))  # the refused report wrote nothing


def test_report_filters_by_phrase(cli, workspace):
    setup(cli, workspace)
    assert cli("report", "--phrase", "highly likely").exit_code == 0
    scores = json.loads((workspace / "reports" / "scores.json").read_text())
    assert scores["overall"]["n"] == 1 and abs(scores["overall"]["brier"] - 0.01) < 1e-12


def test_score_by_tag_scores_once_when_a_tag_alone_is_no_small_sample(cli, workspace, monkeypatch):
    lines = ["questions:"]
    for i in range(25):
        lines += [f"  - {{id: q{i}, text: Q{i}?, criteria: c, due: 2025-01-01, tags: [a, b],",
                  "     predictions: [{forecaster: ana, made_at: 2024-01-01T00:00:00Z, probability: 0.7}]}"]
    lines += ["resolutions:"] + [f"  - {{question_id: q{i}, outcome: yes, resolved_at: 2025-01-02T00:00:00Z, "
                                 "resolver: ana}" for i in range(25)]
    (workspace / "forecasts" / "f.yaml").write_text("\n".join(lines) + "\n")
    assert cli("apply").exit_code == 0
    from tracker import api

    calls = []
    real = api.score
    monkeypatch.setattr(api, "score", lambda *a, **k: calls.append(k) or real(*a, **k))
    out = cli("score", "--by", "tag").stdout
    assert len(calls) == 1 and "too few" not in out
