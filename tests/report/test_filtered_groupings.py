"""A filtered report's groupings (forecaster, phrase, tag, source, horizon, month), its overall scores,
calibration, sharpness and largest misses, read once (tracker.report.groupings), checked against scores computed with
scikit-learn and numpy from the history as logged, worked out by hand here (both backends)."""

from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

from tracker import api
from tracker.evaluation import Selection
from tracker.report.data import REPORT_GROUPINGS, report_data

T0 = datetime(2024, 1, 10, 9, tzinfo=timezone.utc)
TAGS = [[], ["china"], ["energy"], ["china", "energy"], ["cyber", "china"]]
SOURCES = ["Annual Review", None, "Risk Outlook"]
#: Days from the first forecast to the due date.
DUE_IN = [30, 200, 500, 1000, 2500]
#: The horizon bands by their documented limits: fewer than this many days to the due date, else 5+ years.
BANDS = [(91, "0-3 months"), (365, "3-12 months"), (730, "1-2 years"), (1826, "2-5 years")]
PHRASES = [("likely", "lt-nta"), (None, None), ("unlikely", "lt-nta"), ("highly likely", "lt-nta")]


def build(store) -> list[dict]:
    """30 binary questions (and a choice one, an ambiguous one, open ones), three forecasters, resolved
    over several months; every seventh resolution backdated before a forecaster's last update, which
    then does not count (their prediction before it does). Returns one dict per scored forecast."""
    scored = []
    for i in range(36):
        qid, tags, source = f"q{i:02d}", TAGS[i % 5], SOURCES[i % 3]
        made = T0 + timedelta(days=11 * i)
        days = DUE_IN[i % 5]
        due = made.date() + timedelta(days=days)
        phrase, scale = PHRASES[i % 4]
        p_ana = round(0.04 + 0.027 * i, 3)
        api.log_forecast(store, text=f"Question {i}?", criteria="c", due=due, forecaster="ana", probability=p_ana,
                         question_id=qid, tags=tags, phrase=phrase, scale=scale,
                         source={"document": source, "quote": "q"} if source else None, now=made)
        history = {"ana": [(made, p_ana, phrase, scale)]}
        for k, who in enumerate(("bo", "chen")[: 1 + i % 2]):
            at = made + timedelta(hours=2 + k)
            p = round(0.95 - 0.02 * i - 0.1 * k, 3)
            use_phrase = PHRASES[(i + k + 1) % 4]
            api.update_forecast(store, qid, forecaster=who, probability=p, now=at,
                                **({"phrase": use_phrase[0], "scale": use_phrase[1]} if use_phrase[0] else {}))
            history[who] = [(at, p, *use_phrase)]
        late = made + timedelta(days=3)  # ana changes her mind three days on
        p_late = round(1 - p_ana, 3)
        api.update_forecast(store, qid, forecaster="ana", probability=p_late, now=late)
        history["ana"].append((late, p_late, None, None))
        if i >= 33:
            continue  # open: scores nothing
        outcome = "ambiguous" if i == 32 else ("yes" if i % 3 != 1 else "no")
        resolved_at = made + timedelta(days=1) if i % 7 == 0 else made + timedelta(days=40 + 9 * i)
        api.resolve_question(store, qid, outcome, resolver="ana", resolved_at=resolved_at,
                             now=made + timedelta(days=400))
        if outcome == "ambiguous":
            continue
        for who, predictions in history.items():
            standing = [p for p in predictions if p[0] <= resolved_at]
            if not standing:
                continue
            at, p, said, on_scale = standing[-1]
            band = next((label for limit, label in BANDS if (due - at.date()).days < limit), "5+ years")
            scored.append(dict(question=qid, forecaster=who, p=p, y=int(outcome == "yes"), tags=tags,
                               phrase=said or "(no phrase)", scale=on_scale, source=source or "(no source)",
                               horizon=band, month=resolved_at.strftime("%Y-%m"), resolved_at=resolved_at))
    api.log_forecast(store, text="Which one?", criteria="c", due=date(2025, 1, 1), forecaster="ana",
                     outcomes={"a": 0.7, "b": 0.3}, question_id="choice", tags=["china"], now=T0)
    api.resolve_question(store, "choice", "a", resolver="ana", resolved_at=T0 + timedelta(days=30),
                         now=T0 + timedelta(days=31))
    return scored


def keys(row: dict, by: str) -> list:
    if by == "tag":
        return row["tags"] or ["(untagged)"]
    if by == "phrase":
        return [(row["phrase"], row["scale"])]
    return [row[by]]


def expected_scores(rows: list[dict]) -> dict:
    p = np.array([r["p"] for r in rows])
    y = np.array([r["y"] for r in rows])
    out = {"n": len(rows), "events": int(y.sum()), "mean_forecast": p.mean(), "base_rate": y.mean(),
           "brier": brier_score_loss(y, p, pos_label=1),
           "log_score": log_loss(y, np.clip(p, 1e-15, 1 - 1e-15), labels=[0, 1])}
    if 0 < y.sum() < len(y):
        out["auc"] = roc_auc_score(y, p)
    return out


def matches(row: dict, selection: Selection) -> bool:
    return ((selection.forecaster is None or row["forecaster"] == selection.forecaster)
            and (selection.tag is None or selection.tag in row["tags"])
            and (selection.since is None or row["resolved_at"] >= selection.since)
            and all(getattr(selection, name) is None or row[name] == getattr(selection, name)
                    for name in ("source", "phrase", "horizon")))


SINCE = T0 + timedelta(days=200)
CASES = [dict(tag="china"), dict(forecaster="bo"), dict(since=SINCE), dict(source="Annual Review"),
         dict(source="(no source)"), dict(phrase="likely"), dict(phrase="(no phrase)"), dict(horizon="1-2 years"),
         dict(tag="china", forecaster="ana", since=SINCE), dict(tag="energy", source="Risk Outlook"),
         dict(forecaster="ana", horizon="0-3 months")]


@pytest.mark.parametrize("filters", CASES, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_each_grouping_of_a_filtered_report_matches_scikit_learn(store, filters):
    scored = build(store)
    selection = Selection(**filters)
    rows = [r for r in scored if matches(r, selection)]
    assert 0 < len(rows) < len(scored)
    data = report_data(store, selection, generated_at=datetime.now(timezone.utc), include_time_averaged=False)
    overall = data["overall"]
    for name, value in expected_scores(rows).items():
        assert overall[name] == pytest.approx(value, abs=1e-12), name
    for by in REPORT_GROUPINGS:
        expected: dict = {}
        for row in rows:
            for key in keys(row, by):
                expected.setdefault(key, []).append(row)
        if by == "tag" and selection.tag:  # filtered by a tag, the forecasts are grouped under it alone
            expected = {selection.tag: rows}
        shown = {(g["group"], g["scale"]) if by == "phrase" else g["group"]: g for g in data["by"][by]}
        assert set(shown) == set(expected), by
        for key, members in expected.items():
            for name, value in expected_scores(members).items():
                assert shown[key][name] == pytest.approx(value, abs=1e-12), (by, key, name)
    # The largest misses: worst squared error first, ties by question then forecaster.
    worst = sorted(rows, key=lambda r: (-(r["p"] - r["y"]) ** 2, r["question"], r["forecaster"]))[:10]
    assert [(m["question_id"], m["forecaster"], m["probability"], m["outcome"]) for m in data["largest_misses"]] \
        == [(r["question"], r["forecaster"], r["p"], "yes" if r["y"] else "no") for r in worst]
    assert [m["brier"] for m in data["largest_misses"]] == pytest.approx([(r["p"] - r["y"]) ** 2 for r in worst],
                                                                         abs=1e-15)
    assert all(m["text"] == f"Question {int(m['question_id'][1:])}?" for m in data["largest_misses"])
    # Calibration and sharpness: ten equal bins [k/10, (k+1)/10), the last one closed.
    p = np.array([r["p"] for r in rows])
    y = np.array([r["y"] for r in rows])
    index = np.minimum((p * 10).astype(int), 9)
    assert [b["count"] for b in data["calibration"]] == np.bincount(index, minlength=10).tolist()
    events = np.bincount(index, weights=y, minlength=10).astype(int).tolist()
    assert [b["events"] for b in data["calibration"]] == events
    assert [b["count"] for b in data["sharpness"]] == np.bincount(index, minlength=10).tolist()


@pytest.mark.parametrize("filters", CASES[:4] + CASES[8:9], ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_a_filtered_report_is_the_same_as_grouping_by_grouping(store, filters, monkeypatch):
    """To the last digit: the one read changes no number from a GROUP BY per grouping."""
    import tracker.report.data as data_module

    build(store)
    now = datetime.now(timezone.utc)
    once = report_data(store, Selection(**filters), generated_at=now, include_time_averaged=False)
    monkeypatch.setattr(data_module, "_grouped_once_if_filtered", lambda *args: None)
    apart = report_data(store, Selection(**filters), generated_at=now, include_time_averaged=False)
    assert once == apart


def test_a_filtered_report_reads_the_filtered_forecasts_once(store, monkeypatch):
    """No GROUP BY per grouping (tracker.store.scored.grouped_binary) under a filter: one read serves
    all six groupings; unfiltered, the groupings still come from the score cells."""
    import tracker.store.scored as scored_module

    build(store)
    calls = []
    real = scored_module.grouped_binary
    monkeypatch.setattr(scored_module, "grouped_binary", lambda *a, **k: calls.append(a[1:2]) or real(*a, **k))
    now = datetime.now(timezone.utc)
    for filters in CASES:
        report_data(store, Selection(**filters), generated_at=now, include_time_averaged=False)
    assert calls == []
    report_data(store, Selection(), generated_at=now, include_time_averaged=False)
    assert len(calls) == 1 + len(REPORT_GROUPINGS)


def test_groups_counted_among_the_cells_that_occur_are_the_same(store, monkeypatch):
    """With many distinct probabilities the (key, probability) cells are counted sparsely: same report."""
    import tracker.report.data as data_module
    import tracker.report.groupings as groupings

    build(store)
    now = datetime.now(timezone.utc)
    monkeypatch.setattr(groupings, "DENSE_CELLS", 0)
    sparse = report_data(store, Selection(forecaster="bo", since=SINCE), generated_at=now, include_time_averaged=False)
    monkeypatch.setattr(data_module, "_grouped_once_if_filtered", lambda *args: None)
    apart = report_data(store, Selection(forecaster="bo", since=SINCE), generated_at=now, include_time_averaged=False)
    assert sparse == apart
