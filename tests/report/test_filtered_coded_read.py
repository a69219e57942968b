"""A report filtered by a tag reads its forecasts as numbers (tracker.store.scored_codes): every table it
shows is checked here against scikit-learn, scipy and hand computation over the forecasts as logged, on a
store with several tags, forecasters, phrases, sources (quotes, a percent sign and letters beyond ASCII
among them), backdated resolutions and a correction, and against the GROUP BY per grouping to the last
digit (both backends)."""

from datetime import timedelta

import numpy as np
import pytest
from scipy.stats import binomtest

from tests.report.test_filtered_groupings import T0, build, expected_scores, keys, matches
from tracker import api
from tracker.evaluation import Selection
from tracker.report.data import REPORT_GROUPINGS, report_data

#: Sorted by code point these interleave capitals, lower case and letters beyond ASCII (which a locale's
#: collation orders otherwise), so that the database's comparisons and Python's order must agree for the
#: codes to come back as the same names; more than scored_codes.FLAT of them, so that they are searched by
#: halves; quotes and a percent sign (a placeholder's mark for psycopg) inside the SQL's literals.
SOURCES = ["Zoë's notes", "Analyst's Review", "Übersicht", "alpha", "Beta", "Ωmega report", "beta", "Ä",
           "100% sure"]


def build_more(store) -> list[dict]:
    """build()'s store (with backdated resolutions), one of its resolutions corrected (no -> yes), and
    a question tagged china and trade from each source above, forecast by ana and by dana."""
    scored = build(store)
    corrected = next(r for r in scored if r["question"] == "q04")  # tagged cyber and china, resolved no
    assert corrected["y"] == 0
    # An hour later than the resolution it corrects (one resolution per instant); every forecast came before.
    at = corrected["resolved_at"] + timedelta(hours=1)
    api.resolve_question(store, "q04", "yes", resolver="ana", resolved_at=at, correction=True,
                         now=T0 + timedelta(days=900))
    for row in scored:
        if row["question"] == "q04":
            row.update(y=1, resolved_at=at, month=at.strftime("%Y-%m"))
    for i, source in enumerate(SOURCES):
        qid, made = f"s{i}", T0 + timedelta(days=5 * i)
        due = made.date() + timedelta(days=60 + 150 * i)
        resolved_at = made + timedelta(days=20 + 31 * i)
        p_ana, p_dana = round(0.1 + 0.1 * i, 3), round(0.93 - 0.11 * i, 3)
        api.log_forecast(store, text=f"Source question {i}?", criteria="c", due=due, forecaster="ana",
                         probability=p_ana, question_id=qid, tags=["china", "trade"],
                         source={"document": source, "quote": "q"}, now=made)
        api.update_forecast(store, qid, forecaster="dana", probability=p_dana, now=made + timedelta(hours=1))
        outcome = "yes" if i % 2 else "no"
        api.resolve_question(store, qid, outcome, resolver="ana", resolved_at=resolved_at,
                             now=made + timedelta(days=400))
        for who, p, at in (("ana", p_ana, made), ("dana", p_dana, made + timedelta(hours=1))):
            band = next((label for limit, label in ((91, "0-3 months"), (365, "3-12 months"), (730, "1-2 years"),
                                                    (1826, "2-5 years")) if (due - at.date()).days < limit),
                        "5+ years")
            scored.append(dict(question=qid, forecaster=who, p=p, y=int(outcome == "yes"), tags=["china", "trade"],
                               phrase="(no phrase)", scale=None, source=source, horizon=band,
                               month=resolved_at.strftime("%Y-%m"), resolved_at=resolved_at))
    return scored


CASES = [dict(tag="china"), dict(tag="china", forecaster="dana"), dict(tag="energy", since=T0 + timedelta(days=200)),
         dict(tag="china", source="Analyst's Review"), dict(tag="china", phrase="likely"), dict(tag="trade")]


def wilson(k: int, n: int) -> tuple[float, float]:
    interval = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return interval.low, interval.high


def spy_on_coded(monkeypatch) -> list:
    """The coded reads' results, as they return."""
    from tracker.store import scored_codes

    found, real = [], scored_codes.coded_forecasts
    monkeypatch.setattr(scored_codes, "coded_forecasts", lambda *a, **k: found.append(real(*a, **k)) or found[-1])
    return found


@pytest.mark.parametrize("filters", CASES, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_every_table_of_a_report_filtered_by_a_tag_matches_an_independent_computation(store, filters, monkeypatch):
    scored = build_more(store)
    selection = Selection(**filters)
    rows = [r for r in scored if matches(r, selection)]
    assert 0 < len(rows) < len(scored)
    coded = spy_on_coded(monkeypatch)
    data = report_data(store, selection, generated_at=T0 + timedelta(days=1000), include_time_averaged=False)
    # Read coded (a value missing from the cells' lists would have fallen back to text).
    assert [c is not None for c in coded] == [True]

    for by in (None, *REPORT_GROUPINGS):
        expected: dict = {}
        for row in rows:
            for key in (["all"] if by is None else keys(row, by)):
                expected.setdefault(key, []).append(row)
        if by == "tag":  # filtered by a tag, the forecasts are grouped under it alone
            expected = {selection.tag: rows}
        shown = {"all": data["overall"]} if by is None else \
            {(g["group"], g["scale"]) if by == "phrase" else g["group"]: g for g in data["by"][by]}
        assert set(shown) == set(expected), by
        for key, members in expected.items():
            for name, value in expected_scores(members).items():
                assert shown[key][name] == pytest.approx(value, abs=1e-12), (by, key, name)
            y = np.array([r["y"] for r in members], dtype=float)
            brier = np.mean([(r["p"] - r["y"]) ** 2 for r in members])
            murphy = shown[key]["murphy"]
            # Stephenson et al. (2008): Brier = REL - RES + UNC + WBV - WBC, UNC = base rate (1 - base rate).
            assert murphy["unc"] == pytest.approx(y.mean() * (1 - y.mean()), abs=1e-12)
            assert murphy["rel"] - murphy["res"] + murphy["unc"] + murphy["wbv"] - murphy["wbc"] == \
                pytest.approx(brier, abs=1e-12), (by, key)
            if 0 < y.sum() < y.size:
                assert shown[key]["brier_skill_score"] == pytest.approx(1 - brier / murphy["unc"], abs=1e-12)

    # Calibration: ten equal bins [k/10, (k+1)/10), the last closed, each with its Wilson interval.
    p = np.array([r["p"] for r in rows])
    y = np.array([r["y"] for r in rows])
    index = np.minimum((p * 10).astype(int), 9)
    for k, shown_bin in enumerate(data["calibration"]):
        inside = index == k
        assert shown_bin["count"] == inside.sum() and shown_bin["events"] == y[inside].sum()
        if inside.any():
            assert shown_bin["mean_forecast"] == pytest.approx(p[inside].mean(), abs=1e-12)
            assert shown_bin["observed_frequency"] == pytest.approx(y[inside].mean(), abs=1e-12)
            low, high = wilson(int(y[inside].sum()), int(inside.sum()))
            assert (shown_bin["wilson_low"], shown_bin["wilson_high"]) == pytest.approx((low, high), abs=1e-9)
    assert [b["count"] for b in data["sharpness"]] == np.bincount(index, minlength=10).tolist()

    # The largest misses: worst squared error first, ties by question then forecaster.
    worst = sorted(rows, key=lambda r: (-(r["p"] - r["y"]) ** 2, r["question"], r["forecaster"]))[:10]
    assert [(m["question_id"], m["forecaster"], m["probability"], m["outcome"]) for m in data["largest_misses"]] \
        == [(r["question"], r["forecaster"], r["p"], "yes" if r["y"] else "no") for r in worst]


@pytest.mark.parametrize("filters", CASES, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_the_coded_read_changes_no_number(store, filters, monkeypatch):
    """To the last digit the same report as a GROUP BY per grouping, and as the read as text."""
    import tracker.report.data as data_module
    from tracker.store import scored_codes

    build_more(store)
    when = T0 + timedelta(days=1000)
    coded = report_data(store, Selection(**filters), generated_at=when, include_time_averaged=False)
    monkeypatch.setattr(scored_codes, "MOST_VALUES", 0)  # too many values to code: read as text
    as_text = report_data(store, Selection(**filters), generated_at=when, include_time_averaged=False)
    monkeypatch.setattr(data_module, "_grouped_once_if_filtered", lambda *args: None)
    apart = report_data(store, Selection(**filters), generated_at=when, include_time_averaged=False)
    assert coded == as_text == apart


def test_a_value_the_cells_do_not_list_falls_back_to_the_text_read(store, monkeypatch):
    """A NULL code (a value missing from the cells' lists) is not decoded as another value: the report
    reads the forecasts as text instead, and shows the same."""
    from tracker.store import scored_codes

    build_more(store)
    when = T0 + timedelta(days=1000)
    expected = report_data(store, Selection(tag="china"), generated_at=when, include_time_averaged=False)
    real = scored_codes.listed_values

    def without_one_source(session, fields):
        values = real(session, fields)
        values["source_document"].remove("Übersicht")
        return values

    monkeypatch.setattr(scored_codes, "listed_values", without_one_source)
    coded = spy_on_coded(monkeypatch)
    assert report_data(store, Selection(tag="china"), generated_at=when, include_time_averaged=False) == expected
    assert coded == [None]


@pytest.mark.parametrize("limit", ["MOST_VALUES", "MOST_CELLS"])
def test_too_many_values_or_cells_to_list_them_read_as_text(store, monkeypatch, limit):
    """Past either limit (thousands of sources; cells of many distinct probabilities) the forecasts are read
    as text, and the report is the same; at the limit they are still coded."""
    from tracker.store import scored_codes

    build_more(store)
    when = T0 + timedelta(days=1000)
    expected = report_data(store, Selection(tag="china"), generated_at=when, include_time_averaged=False)
    with store.engine.connect() as connection:
        cells = connection.exec_driver_sql(
            "SELECT count(*) FROM score_cell WHERE dimension NOT IN ('all', 'tag')").scalar_one()
        values = connection.exec_driver_sql(
            "SELECT count(*) FROM (SELECT DISTINCT dimension, key FROM score_cell WHERE dimension NOT IN "
            "('all', 'tag')) AS keys").scalar_one() + connection.exec_driver_sql(
            "SELECT count(DISTINCT scale) FROM score_cell WHERE dimension = 'phrase'").scalar_one()
    at_limit = cells if limit == "MOST_CELLS" else values
    coded = spy_on_coded(monkeypatch)
    for setting in (at_limit, at_limit - 1):
        monkeypatch.setattr(scored_codes, limit, setting)
        assert report_data(store, Selection(tag="china"), generated_at=when, include_time_averaged=False) \
            == expected
    assert [c is not None for c in coded] == [True, False]
