"""The source, phrase and horizon filters of `score`: each filtered score equals scikit-learn's over the
forecasts that match, worked out by hand from what was logged (both backends)."""

from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from sklearn.metrics import brier_score_loss

from tracker import api
from tracker.errors import InputError

T0 = datetime(2025, 1, 1, 12, tzinfo=timezone.utc)
RESOLVED = T0 + timedelta(days=900)
SOURCES = ["Annual Review", "Risk Outlook", None]
#: (days from the forecast to the due date, the band it is in by the documented limits: < 91 days,
#: < 365, < 730, < 1826, else 5+ years)
DUE_IN = [(30, "0-3 months"), (200, "3-12 months"), (500, "1-2 years")]


def build(store) -> list[dict]:
    """18 questions, two forecasters; each forecaster's latest prediction (the scored one) has its own
    phrase, which is not always the first one's. Returns one dict per scored forecast."""
    expected = []
    for i in range(18):
        qid, source = f"q{i:02d}", SOURCES[i % 3]
        days, band = DUE_IN[(i // 3) % 3]
        made = T0 + timedelta(days=i)
        p0 = round(0.05 + 0.05 * i, 2)
        api.log_forecast(store, text=f"Question {i}?", criteria="c", due=made.date() + timedelta(days=days),
                         forecaster="ana", probability=p0, question_id=qid, phrase="likely", scale="lt-nta",
                         source={"document": source, "quote": "q"} if source else None, now=made)
        # ana's latest: a phrase on odd questions, a bare number on even ones (not her first "likely").
        p_ana = round(0.9 - 0.04 * i, 2)
        phrase_ana = "unlikely" if i % 2 else None
        api.update_forecast(store, qid, forecaster="ana", probability=p_ana, now=made + timedelta(hours=1),
                            **({"phrase": phrase_ana, "scale": "lt-nta"} if phrase_ana else {}))
        p_bo = round(0.3 + 0.03 * i, 2)
        api.update_forecast(store, qid, forecaster="bo", probability=p_bo, phrase="likely", scale="lt-nta",
                            now=made + timedelta(hours=2))
        if i == 17:
            continue  # left open: scores nothing
        outcome = "yes" if i % 4 in (0, 3) else "no"
        api.resolve_question(store, qid, outcome, resolver="ana", now=RESOLVED)
        y = int(outcome == "yes")
        expected += [dict(question=qid, forecaster="ana", p=p_ana, y=y, source=source or "(no source)",
                          phrase=phrase_ana or "(no phrase)", horizon=band),
                     dict(question=qid, forecaster="bo", p=p_bo, y=y, source=source or "(no source)", phrase="likely",
                          horizon=band)]
    return expected


def brier(rows) -> float:
    return brier_score_loss([r["y"] for r in rows], [r["p"] for r in rows])


CASES = [("source", "Annual Review"), ("source", "(no source)"), ("phrase", "unlikely"), ("phrase", "likely"),
         ("phrase", "(no phrase)"), ("horizon", "0-3 months"), ("horizon", "1-2 years")]


@pytest.mark.parametrize("name,value", CASES)
def test_a_filter_scores_only_the_matching_forecasts(store, name, value):
    expected = build(store)
    matching = [r for r in expected if r[name] == value]
    assert 0 < len(matching) < len(expected)
    (row,) = api.score(store, **{name: value})["groups"]
    assert row["n"] == len(matching)
    assert row["brier"] == pytest.approx(brier(matching), abs=1e-12)
    # Grouped by the filter's own dimension (read from the score cells) and by another (a scan): the same.
    same = {g["group"]: g for g in api.score(store, by=name, **{name: value})["groups"]}
    assert sum(g["n"] for g in same.values()) == len(matching)
    for forecaster in ("ana", "bo"):
        theirs = [r for r in matching if r["forecaster"] == forecaster]
        by_forecaster = {g["group"]: g for g in api.score(store, by="forecaster", **{name: value})["groups"]}
        if theirs:
            assert by_forecaster[forecaster]["n"] == len(theirs)
            assert by_forecaster[forecaster]["brier"] == pytest.approx(brier(theirs), abs=1e-12)
        else:
            assert forecaster not in by_forecaster


def test_filters_combine(store):
    expected = build(store)
    matching = [r for r in expected if r["source"] == "Risk Outlook" and r["horizon"] == "3-12 months"
                and r["forecaster"] == "bo"]
    (row,) = api.score(store, source="Risk Outlook", horizon="3-12 months", forecaster="bo")["groups"]
    assert row["n"] == len(matching) == 2
    assert row["brier"] == pytest.approx(brier(matching), abs=1e-12)


def test_question_counts_follow_the_filter(store):
    build(store)
    # Annual Review is on q00, q03, ..., q15: all six resolved.
    assert api.score(store, source="Annual Review")["questions"]["resolved"] == 6
    # q17 (open) is due within 1-2 years (its band by question: (17 // 3) % 3 == 2).
    assert api.score(store, horizon="1-2 years")["questions"] == {"open": 1, "resolved": 5, "ambiguous": 0,
                                                                  "annulled": 0}


@pytest.mark.parametrize("name,typed,hint", [("source", "Anual Review", "did you mean Annual Review?"),
                                             ("phrase", "unlikley", "did you mean unlikely?"),
                                             ("horizon", "3-12 month", "did you mean 3-12 months?")])
def test_an_unknown_value_is_refused_naming_the_closest(store, name, typed, hint):
    build(store)
    with pytest.raises(InputError) as caught:
        api.score(store, **{name: typed})
    assert caught.value.field == name and hint in caught.value.message


def test_as_of_with_a_narrowing_filter_is_refused(store):
    build(store)
    with pytest.raises(InputError) as caught:
        api.score(store, as_of=timedelta(days=30), source="Annual Review")
    assert caught.value.field == "as_of"


def test_scores_json_of_the_report_follow_the_filter(store, tmp_path):
    import json

    expected = build(store)
    matching = [r for r in expected if r["phrase"] == "unlikely"]
    written = api.write_report(store, tmp_path / "out", phrase="unlikely", now=RESOLVED + timedelta(days=1))
    scores = json.loads(written["scores.json"].read_text(encoding="utf-8"))
    assert scores["overall"]["n"] == len(matching)
    assert scores["overall"]["brier"] == pytest.approx(brier(matching), abs=1e-12)
    assert np.isclose(sum(r["count"] for r in scores["calibration"]), len(matching))
