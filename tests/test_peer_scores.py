"""Tests for tracker.scoring.peer_scores against Metaculus' published formulas.

The formulas (https://www.metaculus.com/help/scores-faq/):
  Baseline (binary)   = 100 * (ln P(outcome) - ln 0.5) / ln 2 = 100 * (log2 P(outcome) + 1)
  Baseline (K choices) = 100 * (ln P(outcome) - ln(1/K)) / ln K
  Peer                = 100 * (1/N) * sum_i (ln p - ln p_i) over the N other forecasters
                      = 100 * (ln p - ln GM(p_i))
each time-averaged over the question's scheduled lifetime. Worked examples are computed by hand below;
random cases are checked against a re-implementation in plain Python loops that follows the structure
of Metaculus' own code (each forecast an interval; a geometric mean at every forecast time) rather than
the module's segment arrays.
"""
import math

import numpy as np
import pytest

from tracker.scoring.peer_scores import PEER_EPSILON, question_log_scores


def faq_baseline(q, k=2):
    return 100 * (math.log(q) - math.log(1 / k)) / math.log(k)


def faq_peer(p, others):
    return 100 * sum(math.log(p) - math.log(pi) for pi in others) / len(others)


def test_single_moment_matches_the_published_formulas():
    # Three forecasters from the open to the close, question resolved yes.
    scores = question_log_scores(["a", "b", "c"], [0, 0, 0], [0.8, 0.6, 0.3], 1, 0, 100)
    # a: 100 * ((ln .8 - ln .6) + (ln .8 - ln .3)) / 2 = 100 * (0.287682 + 0.980829) / 2 = 63.4256
    assert scores["a"].peer == pytest.approx(faq_peer(0.8, [0.6, 0.3]), abs=1e-9)
    assert scores["a"].peer == pytest.approx(63.4256, abs=1e-4)
    # GM form: 100 * (ln .8 - ln sqrt(.6 * .3)) gives the same.
    assert scores["a"].peer == pytest.approx(100 * (math.log(0.8) - math.log(math.sqrt(0.18))), abs=1e-9)
    assert scores["c"].peer == pytest.approx(faq_peer(0.3, [0.8, 0.6]), abs=1e-9)
    # Baseline a: 100 * (log2 0.8 + 1) = 100 * (-0.321928 + 1) = 67.8072
    assert scores["a"].baseline == pytest.approx(67.8072, abs=1e-4)
    assert scores["c"].baseline == pytest.approx(faq_baseline(0.3), abs=1e-9)
    assert all(s.coverage == 1.0 for s in scores.values())
    # On a "no" the probability of the outcome is 1 - p: c's 0.3 becomes 0.7.
    scores = question_log_scores(["a", "b", "c"], [0, 0, 0], [0.8, 0.6, 0.3], 0, 0, 100)
    assert scores["c"].peer == pytest.approx(faq_peer(0.7, [0.2, 0.4]), abs=1e-9)
    assert scores["c"].baseline == pytest.approx(faq_baseline(0.7), abs=1e-9)


def test_multiple_choice_baseline_and_peer():
    # K = 3, outcome index 2 happened. a gave it 0.5: 100 * (ln .5 + ln 3) / ln 3 = 100 * ln 1.5 / ln 3 = 36.9070
    P = [[0.2, 0.3, 0.5], [0.6, 0.2, 0.2], [1 / 3, 1 / 3, 1 / 3]]
    scores = question_log_scores(["a", "b", "u"], [0, 0, 0], P, 2, 0, 10)
    assert scores["a"].baseline == pytest.approx(36.9070, abs=1e-4)
    assert scores["u"].baseline == pytest.approx(0.0, abs=1e-9)  # uniform scores 0 by construction
    assert scores["b"].baseline == pytest.approx(faq_baseline(0.2, 3), abs=1e-9)
    assert scores["a"].peer == pytest.approx(faq_peer(0.5, [0.2, 1 / 3]), abs=1e-9)


def test_time_weighting_by_hand():
    # Open at 0, resolved (closed) at 100, scheduled to close at 200; resolved yes.
    # ana 0.8 at -10 (before the open: stands from 0), bob 0.5 at 50, ana 0.9 at 75,
    # cy 0.2 at 100 (at the close: never stands, so cy is not scored).
    scores = question_log_scores(["ana", "bob", "ana", "cy"], [-10, 50, 75, 100], [0.8, 0.5, 0.9, 0.2],
                                 1, 0, 100, scheduled_close=200)
    assert set(scores) == {"ana", "bob"}
    # Stretches, weighted by length / 200:
    #   [0, 50)   ana .8 alone     w .25   peer 0 (no one to compare with)
    #   [50, 75)  ana .8, bob .5   w .125  ana 100 ln(.8/.5) = 47.0004, bob -47.0004
    #   [75, 100) ana .9, bob .5   w .125  ana 100 ln(.9/.5) = 58.7787, bob -58.7787
    # ana peer = .125 * 47.0004 + .125 * 58.7787 = 13.2224; bob = -13.2224 (peer scores sum to zero)
    assert scores["ana"].peer == pytest.approx(0.125 * 100 * math.log(1.6) + 0.125 * 100 * math.log(1.8), abs=1e-9)
    assert scores["ana"].peer == pytest.approx(13.2224, abs=1e-4)
    assert scores["bob"].peer == pytest.approx(-scores["ana"].peer, abs=1e-9)
    # ana baseline = .375 * 100 log2(1.6) + .125 * 100 log2(1.8) = .375 * 67.8072 + .125 * 84.7997 = 36.0277
    assert scores["ana"].baseline == pytest.approx(0.375 * faq_baseline(0.8) + 0.125 * faq_baseline(0.9), abs=1e-9)
    assert scores["ana"].baseline == pytest.approx(36.0277, abs=1e-4)
    # bob's 0.5 is chance: baseline 0 whatever the time.
    assert scores["bob"].baseline == pytest.approx(0.0, abs=1e-9)
    assert scores["ana"].coverage == pytest.approx(0.5)
    assert scores["bob"].coverage == pytest.approx(0.25)


def test_ties_in_time():
    # ana says 0.2 then 0.6 at the same instant: the later row stands, the first never does.
    tied = question_log_scores(["ana", "ana", "bob"], [0, 0, 0], [0.2, 0.6, 0.9], 1, 0, 10)
    single = question_log_scores(["ana", "bob"], [0, 0], [0.6, 0.9], 1, 0, 10)
    assert tied == single


def test_certainty_is_clipped():
    # A forecast of 0 on what happened: q clipped to 0.001; baseline 100 * log2(0.002) = -896.5784
    scores = question_log_scores(["a", "b"], [0, 0], [0.0, 1.0], 1, 0, 10)
    assert PEER_EPSILON == 0.001
    assert scores["a"].baseline == pytest.approx(100 * math.log2(0.002), abs=1e-9)
    assert scores["a"].baseline == pytest.approx(-896.5784, abs=1e-4)
    assert scores["b"].baseline == pytest.approx(100.0, abs=1e-9)  # certainty on the right outcome: 100
    assert scores["a"].peer == pytest.approx(100 * math.log(0.001), abs=1e-9)  # -690.7755


def test_outsiders_are_scored_against_everyone_and_counted_by_no_one():
    # Members a 0.8, b 0.4 from 0 to 10, yes. The outsider (a crowd of 0.6) is compared with both:
    # 100 * (ln .6 - (ln .8 + ln .4) / 2) = 100 * (-0.510826 + (0.223144 + 0.916291) / 2) = 5.8892
    with_crowd = question_log_scores(["a", "b"], [0, 0], [0.8, 0.4], 1, 0, 10, outsiders={"crowd": ([0], [0.6])})
    alone = question_log_scores(["a", "b"], [0, 0], [0.8, 0.4], 1, 0, 10)
    assert with_crowd["crowd"].peer == pytest.approx(100 * (math.log(0.6) - (math.log(0.8) + math.log(0.4)) / 2))
    assert with_crowd["crowd"].peer == pytest.approx(5.8892, abs=1e-4)
    assert with_crowd["crowd"].baseline == pytest.approx(faq_baseline(0.6), abs=1e-9)
    assert with_crowd["a"] == alone["a"] and with_crowd["b"] == alone["b"]


def metaculus_loops(forecasters, times, probs, outcome, t_open, t_close, t_end):
    """Plain loops in the shape of Metaculus' score_math: forecasts as [start, end) intervals, the
    geometric mean of the standing forecasts at every forecast time, interval scores weighted by
    duration / (scheduled close - open)."""
    rows = sorted(range(len(times)), key=lambda i: (times[i], i))
    forecasts = []  # (who, start, end, q)
    for i in rows:
        later = [j for j in rows if forecasters[j] == forecasters[i] and (times[j], j) > (times[i], i)]
        end = times[later[0]] if later else math.inf
        p = probs[i]
        q = (p if outcome == 1 else 1 - p) if not isinstance(p, (list, tuple, np.ndarray)) else p[outcome]
        k = 2 if not isinstance(p, (list, tuple, np.ndarray)) else len(p)
        forecasts.append((forecasters[i], times[i], end, max(q, PEER_EPSILON), k))
    total = t_end - t_open
    steps = sorted({max(f[1], t_open) for f in forecasts} | {max(f[2], t_open) for f in forecasts if f[2] < math.inf})
    steps = [s for s in steps if s < t_close]
    peer, base, cover = {}, {}, {}
    for who, start, end, q, k in forecasts:
        s, e = max(start, t_open), min(end, t_close)
        if e - s <= 0:
            continue
        base[who] = base.get(who, 0) + 100 * math.log(q * k) / math.log(k) * (e - s) / total
        for n_step, step in enumerate(steps):
            if not (s <= step < e):
                continue
            nxt = steps[n_step + 1] if n_step + 1 < len(steps) else t_close
            standing = [f for f in forecasts if max(f[1], t_open) <= step < f[2]]
            n = len(standing)
            gm = math.exp(sum(math.log(f[3]) for f in standing) / n)
            score = 100 * n / (n - 1) * math.log(q / gm) if n > 1 else 0.0
            peer[who] = peer.get(who, 0) + score * (nxt - step) / total
            cover[who] = cover.get(who, 0) + (nxt - step) / total
    return peer, base, cover


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("kind", ["binary", "choice"])
def test_random_questions_against_plain_loops(seed, kind):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 25))
    forecasters = rng.choice(["a", "b", "c", "d"], n).tolist()
    times = rng.integers(-5, 60, n).astype(float).tolist()  # ties, forecasts before the open and after the close
    if kind == "binary":
        probs = np.round(rng.uniform(0, 1, n), 2).tolist()
        outcome = int(rng.integers(0, 2))
    else:
        probs = [row for row in rng.dirichlet([1, 1, 1, 1], n)]
        outcome = int(rng.integers(0, 4))
    t_open, t_close, t_end = 0.0, 50.0, float(rng.choice([50, 80]))
    peer, base, cover = metaculus_loops(forecasters, times, probs, outcome, t_open, t_close, t_end)
    scores = question_log_scores(forecasters, times, np.array(probs), outcome, t_open, t_close, t_end)
    assert set(scores) == set(cover)
    for who, s in scores.items():
        assert s.peer == pytest.approx(peer[who], abs=1e-9)
        assert s.baseline == pytest.approx(base[who], abs=1e-9)
        assert s.coverage == pytest.approx(cover[who], abs=1e-12)
    # Peer scores sum to zero over everyone on the question.
    assert sum(s.peer for s in scores.values()) == pytest.approx(0.0, abs=1e-9)


def test_datetimes_are_accepted():
    day = np.datetime64("2026-01-01T00:00:00")
    scores = question_log_scores(["a", "b"], np.array([day, day + np.timedelta64(1, "D")]), [0.8, 0.4], 1,
                                 day, day + np.timedelta64(4, "D"))
    # b stands 3 of the 4 days: peer b = .75 * 100 ln(.4/.8) = -51.9860
    assert scores["b"].peer == pytest.approx(0.75 * 100 * math.log(0.5), abs=1e-9)


@pytest.mark.parametrize("kwargs, message", [
    (dict(outcome=2), "outcome must be"),
    (dict(outcome=True), "outcome must be"),
    (dict(close_time=0), "after open_time"),
    (dict(scheduled_close=5), "scheduled_close"),
    (dict(probs=[1.5]), "lie in"),
])
def test_bad_input(kwargs, message):
    args = dict(forecasters=["a"], times=[0], probs=[0.5], outcome=1, open_time=0, close_time=10)
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        question_log_scores(**args)
