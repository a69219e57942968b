"""tracker.crowd_report on both backends: a small store built through tracker.api, scores by hand.

Question q1 (binary, created 2026-01-01 00:00 UTC, due 2026-01-08 so scheduled to close 2026-01-09,
resolved yes on day 4): ana 0.8 on day 0, bob 0.4 on day 1, cy 0.9 on day 2. Weights are stretch
length / 8 days. Question talks (choice deal/stall/collapse, same dates, resolved collapse on day 2):
ana (.5, .3, .2) and bob (.3, .2, .5) on day 0, weight 2/8. Question gone (binary) is annulled.
"""
import json
import math
from datetime import date, datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.crowd_report import as_json, crowd_and_peer_scores
from tracker.scoring.crowd import CROWD_GEO_MEAN_ODDS, CROWD_MEDIAN

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
DUE = date(2026, 1, 8)
DAY = timedelta(days=1)
LN = math.log


def base(q, k=2):
    return 100 * (LN(q) + LN(k)) / LN(k)


@pytest.fixture
def scored_store(store):
    api.log_forecast(store, text="Will q1 happen?", criteria="c", due=DUE, forecaster="ana", probability=0.8,
                     question_id="q1", tags=["east"], now=T0)
    api.update_forecast(store, "q1", forecaster="bob", probability=0.4, now=T0 + DAY)
    api.update_forecast(store, "q1", forecaster="cy", probability=0.9, now=T0 + 2 * DAY)
    api.resolve_question(store, "q1", "yes", resolver="ana", now=T0 + 4 * DAY)
    api.log_forecast(store, text="How will the talks end?", criteria="c", due=DUE, forecaster="ana",
                     outcomes={"deal": 0.5, "stall": 0.3, "collapse": 0.2}, question_id="talks", now=T0)
    api.update_forecast(store, "talks", forecaster="bob", outcomes={"deal": 0.3, "stall": 0.2, "collapse": 0.5},
                        now=T0)
    api.resolve_question(store, "talks", "collapse", resolver="ana", now=T0 + 2 * DAY)
    api.log_forecast(store, text="Will it be gone?", criteria="c", due=DUE, forecaster="cy", probability=0.1,
                     question_id="gone", now=T0)
    api.update_forecast(store, "gone", forecaster="ana", probability=0.7, now=T0)
    api.resolve_question(store, "gone", "annulled", resolver="ana", now=T0 + DAY)
    return store


# q1 by hand. Stretches: [0,1) ana alone (w 1/8), [1,2) ana .8 bob .4 (w 1/8), [2,4) ana, bob, cy .9 (w 2/8).
# ana: 100 ln(.8/.4) = 69.3147 on [1,2); 100 (ln .8 - (ln .4 + ln .9)/2) = 100 ln(.8/.6) = 28.7682 on [2,4)
Q1_PEER = {"ana": (100 * LN(2) + 2 * 100 * LN(0.8 / 0.6)) / 8,                          # 15.8564
           "bob": (-100 * LN(2) + 2 * 100 * (LN(0.4) - (LN(0.8) + LN(0.9)) / 2)) / 8,  # -27.4653
           "cy": 2 * 100 * (LN(0.9) - (LN(0.8) + LN(0.4)) / 2) / 8}                    # 11.6089
Q1_BASELINE = {"ana": 4 * base(0.8) / 8,  # 100 (log2 .8 + 1) = 67.8072, 4 days of 8: 33.9036
               "bob": 3 * base(0.4) / 8,  # -32.1928 * 3/8 = -12.0723
               "cy": 2 * base(0.9) / 8}   # 84.7997 * 2/8 = 21.1999
# talks: only [0, 2) of 8 days, q = P(collapse): ana .2, bob .5; K = 3.
TALKS_PEER = {"ana": 2 * 100 * LN(0.2 / 0.5) / 8, "bob": 2 * 100 * LN(0.5 / 0.2) / 8}  # -/+ 22.9073
TALKS_BASELINE = {"ana": 2 * base(0.2, 3) / 8, "bob": 2 * base(0.5, 3) / 8}            # -11.6244, 9.2268
# Brier on q1 (yes): ana .04, bob .36, cy .01; median .04 -> relative ana 0, bob .32, cy -.03.
# Crowd standing at the resolution: {.8, .4, .9}; median .8 -> Brier .04, relative 0;
# geo-mean odds (4 * 2/3 * 9)^(1/3) = 24^(1/3) -> p = 0.742567 -> Brier (1 - p)^2 = 0.066272, relative 0.026272.
GEO = 24 ** (1 / 3) / (1 + 24 ** (1 / 3))
# Crowd (median) on q1: .8 on [0,1) (equals ana, the only peer: 0), .6 on [1,2), .8 on [2,4):
#   100 ln(.6 / sqrt(.8 * .4)) / 8 + 2 * 100 (ln .8 - (ln .8 + ln .4 + ln .9)/3) / 8
# on talks: per-outcome medians (.4, .25, .35) -> collapse .35: 2 * 100 (ln .35 - (ln .2 + ln .5)/2) / 8
CROWD_MEDIAN_PEER = [100 * LN(0.6 / math.sqrt(0.32)) / 8 + 2 * 100 * (LN(0.8) - LN(0.288) / 3) / 8,
                     2 * 100 * (LN(0.35) - LN(0.1) / 2) / 8]


def test_per_forecaster_scores_by_hand(scored_store):
    rows = {r.forecaster: r for r in crowd_and_peer_scores(scored_store)}
    assert list(rows) == ["ana", "bob", "cy", CROWD_MEDIAN, CROWD_GEO_MEAN_ODDS]
    ana, bob, cy = rows["ana"], rows["bob"], rows["cy"]
    assert (ana.questions, bob.questions, cy.questions) == (2, 2, 1)  # the annulled question scores nothing
    assert ana.peer == pytest.approx((Q1_PEER["ana"] + TALKS_PEER["ana"]) / 2, abs=1e-9)
    assert bob.peer == pytest.approx((Q1_PEER["bob"] + TALKS_PEER["bob"]) / 2, abs=1e-9)
    assert cy.peer == pytest.approx(Q1_PEER["cy"], abs=1e-9)
    assert cy.peer == pytest.approx(11.6089, abs=1e-4)
    assert Q1_PEER["ana"] == pytest.approx(15.8564, abs=1e-4)
    assert ana.baseline == pytest.approx((Q1_BASELINE["ana"] + TALKS_BASELINE["ana"]) / 2, abs=1e-9)
    assert bob.baseline == pytest.approx((Q1_BASELINE["bob"] + TALKS_BASELINE["bob"]) / 2, abs=1e-9)
    assert cy.baseline == pytest.approx(21.1999, abs=1e-4)
    assert ana.coverage == pytest.approx((4 / 8 + 2 / 8) / 2)
    assert (ana.brier_questions, ana.brier, ana.relative_brier) == (1, pytest.approx(0.04), pytest.approx(0.0))
    assert (bob.brier, bob.relative_brier) == (pytest.approx(0.36), pytest.approx(0.32))
    assert (cy.brier, cy.relative_brier) == (pytest.approx(0.01), pytest.approx(-0.03))
    assert not any(r.crowd for r in (ana, bob, cy))


def test_crowd_is_scored_beside_but_not_among(scored_store):
    rows = {r.forecaster: r for r in crowd_and_peer_scores(scored_store)}
    median, geo = rows[CROWD_MEDIAN], rows[CROWD_GEO_MEAN_ODDS]
    assert median.crowd and geo.crowd
    assert median.brier == pytest.approx(0.04) and median.relative_brier == pytest.approx(0.0)
    assert geo.brier == pytest.approx((1 - GEO) ** 2, abs=1e-12)
    assert geo.brier == pytest.approx(0.066272, abs=1e-6)
    assert geo.relative_brier == pytest.approx((1 - GEO) ** 2 - 0.04, abs=1e-12)
    assert median.peer == pytest.approx(sum(CROWD_MEDIAN_PEER) / 2, abs=1e-9)
    # The crowd never enters the medians: the real forecasters' relative Brier is what `tracker score
    # --relative` reports, and the real forecasters' peer scores still sum to zero on each question.
    stored = api.score(scored_store, relative=True)["forecasters"]
    assert set(stored) == {"ana", "bob", "cy"}
    for name in ("ana", "bob", "cy"):
        assert rows[name].relative_brier == pytest.approx(stored[name]["relative_brier"], abs=1e-12)
    assert sum(Q1_PEER.values()) == pytest.approx(0.0, abs=1e-9)


def test_filters_choose_questions_and_rows(scored_store):
    only_east = {r.forecaster: r for r in crowd_and_peer_scores(scored_store, tag="east")}
    assert only_east["ana"].questions == 1 and only_east["ana"].peer == pytest.approx(Q1_PEER["ana"], abs=1e-9)
    cy = crowd_and_peer_scores(scored_store, forecaster="cy")
    # cy's row, and the crowd on cy's questions only (q1: the choice question is not cy's).
    assert [r.forecaster for r in cy] == ["cy", CROWD_MEDIAN, CROWD_GEO_MEAN_ODDS]
    assert cy[1].peer == pytest.approx(CROWD_MEDIAN_PEER[0], abs=1e-9)
    later = crowd_and_peer_scores(scored_store, since=T0 + 3 * DAY)
    assert {r.forecaster: r.questions for r in later}["ana"] == 1  # talks resolved on day 2


def test_reading_writes_nothing_and_empty_store(store, database_url):
    from conftest import store_snapshot

    assert crowd_and_peer_scores(store) == []
    api.log_forecast(store, text="Open?", criteria="c", due=DUE, forecaster="ana", probability=0.5, now=T0)
    before = store_snapshot(database_url)
    assert crowd_and_peer_scores(store) == []  # nothing resolved yet
    assert store_snapshot(database_url) == before


def test_json_is_plain(scored_store):
    import json

    data = as_json(crowd_and_peer_scores(scored_store))
    text = json.dumps(data, allow_nan=False)
    assert '"crowd: median"' in text and "peer" in data["conventions"]


def _expected(history):
    """Per-forecaster means computed question by question with the reference functions
    (crowd_histories, question_log_scores) and statistics.median, from the values the test recorded."""
    import statistics
    from collections import defaultdict

    import numpy as np

    from tracker.scoring.crowd import crowd_at, crowd_histories
    from tracker.scoring.peer_scores import question_log_scores

    logs, briers, relative = defaultdict(list), defaultdict(list), defaultdict(list)
    for created, due_end, resolved, outcomes, outcome, predictions in history:
        names = [name for name, _, _ in predictions]
        times = np.array([t.timestamp() for _, t, _ in predictions])
        probs = np.array([p if outcomes is None else [p[o] for o in outcomes] for _, _, p in predictions])
        index = int(outcome == "yes") if outcomes is None else outcomes.index(outcome)
        crowd = crowd_histories(names, times, probs)
        close = min(resolved, due_end)
        if close > created:
            for name, s in question_log_scores(names, times, probs, index, created.timestamp(), close.timestamp(),
                                               due_end.timestamp(), outsiders=crowd).items():
                logs[name].append(s)
        if outcomes is None:
            brier = {name: (p - index) ** 2 for name, t, p in predictions if t <= resolved}  # oldest first
            if brier:
                real = list(brier.values())
                for name, h in crowd.items():
                    brier[name] = (crowd_at(h, resolved.timestamp()) - index) ** 2
                for name, b in brier.items():
                    briers[name].append(b)
                    if len(real) >= 2:
                        relative[name].append(b - statistics.median(real))
    return logs, briers, relative


@pytest.mark.parametrize("seed", range(2))
def test_random_store_against_the_reference_question_by_question(store, seed):
    # Microsecond-apart predictions, several forecasters, binary and choice questions (two of them with
    # two outcomes, computed beside the binary ones), resolutions before and after the due date (then
    # predictions after the scheduled close count for Brier only).
    import random

    rng = random.Random(seed)
    history = []
    for i in range(12):
        outcomes = None if i % 3 else ["deal", "stall", "collapse"] if i % 2 else ["up", "down"]  # K = 2 too
        created = T0 + timedelta(hours=rng.randrange(0, 48), microseconds=rng.randrange(0, 10 ** 6))
        due = (created + timedelta(days=rng.randrange(1, 6))).date()
        due_end = datetime.combine(due + DAY, datetime.min.time(), tzinfo=timezone.utc)
        moment, predictions = created, []
        for k in range(rng.randrange(1, 7)):
            name = rng.choice(["ana", "bob", "cy", "dee"])
            if k:
                moment += timedelta(microseconds=rng.choice([1, 7, 10 ** 6, 3 * 10 ** 10]))
            if any(n == name and t == moment for n, t, _ in predictions):
                continue
            if outcomes is None:
                value = rng.choice([0.0, 0.05, 0.3, 0.5, 0.71, 0.999, 1.0])
                given = dict(probability=value)
            else:
                weights = [rng.randrange(0, 5) for _ in outcomes]
                weights[rng.randrange(len(outcomes))] += 1
                value = {o: w / sum(weights) for o, w in zip(outcomes, weights)}
                given = dict(outcomes=value)
            if k == 0:
                api.log_forecast(store, text=f"Question {i}?", criteria="c", due=due, forecaster=name,
                                 question_id=f"r{i}", tags=["odd"] if i % 2 else [], now=moment, **given)
            else:
                api.update_forecast(store, f"r{i}", forecaster=name, now=moment, **given)
            predictions.append((name, moment, value))
        resolved = moment + timedelta(seconds=rng.choice([1, 3 * 86400]))
        outcome = rng.choice(["yes", "no"] if outcomes is None else outcomes)
        api.resolve_question(store, f"r{i}", outcome, resolver="ana", now=resolved)
        history.append((created, due_end, resolved, outcomes, outcome, predictions))

    logs, briers, relative = _expected(history)
    rows = {r.forecaster: r for r in crowd_and_peer_scores(store)}
    assert set(rows) == set(logs) | set(briers)
    for name, row in rows.items():
        mine = logs[name]
        assert row.questions == len(mine) and row.brier_questions == len(briers[name])
        if mine:
            assert row.peer == pytest.approx(sum(s.peer for s in mine) / len(mine), abs=1e-9)
            assert row.baseline == pytest.approx(sum(s.baseline for s in mine) / len(mine), abs=1e-9)
            assert row.coverage == pytest.approx(sum(s.coverage for s in mine) / len(mine), abs=1e-12)
        assert row.brier == (pytest.approx(sum(briers[name]) / len(briers[name]), abs=1e-12) if briers[name] else None)
        assert row.relative_brier == (pytest.approx(sum(relative[name]) / len(relative[name]), abs=1e-12)
                                      if relative[name] else None)
    # The tag filter chooses the same questions as picking them by hand.
    odd = [h for i, h in enumerate(history) if i % 2]
    logs, briers, _ = _expected(odd)
    rows = {r.forecaster: r for r in crowd_and_peer_scores(store, tag="odd")}
    assert {name: r.questions for name, r in rows.items()} == {name: len(logs[name]) for name in rows}


def test_api_score_with_peer_carries_the_table(scored_store):
    table = api.score(scored_store, peer=True)
    rows = {r["forecaster"]: r for r in table["peer"]["forecasters"]}
    assert rows["cy"]["peer"] == pytest.approx(Q1_PEER["cy"], abs=1e-9)  # cy forecast only q1
    assert CROWD_MEDIAN in rows and CROWD_GEO_MEAN_ODDS in rows
    assert "peer" not in api.score(scored_store)


def test_cli_score_peer(scored_store, cli, database_url):
    from conftest import store_snapshot

    result = cli("score", "--peer")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert f"cy: peer {Q1_PEER['cy']:+.1f}, baseline {Q1_BASELINE['cy']:+.1f}, coverage" in "\n".join(lines)
    assert any(line.startswith(f"{CROWD_MEDIAN}: peer ") for line in lines)
    assert "peer" in json.loads(cli("score", "--peer", "--json").stdout)
    before = store_snapshot(database_url)
    for args, flag in ((["--as-of", "30d"], "--peer"), (["--tag", "nope"], "--tag")):
        refused = cli("score", "--peer", *args)
        assert refused.exit_code == 1 and refused.stderr.count("\n") == 1, refused.stderr
        assert refused.stderr.startswith(f"error: {flag}: ") and "Traceback" not in refused.stderr
    assert store_snapshot(database_url) == before
