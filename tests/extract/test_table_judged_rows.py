"""Table rows judging a claim without a sentence (table_judged_rows.py): likelihood terms beside an event, HTML
tables' percentages beside a condition, verdicts on a row's target, forecasters' headline views. My own tables."""

from datetime import date

import pytest

from tracker.extract.table_judged_rows import html_table_text


def _drafts(text, published=date(2026, 6, 1)):
    from tracker.extract import extract_document

    return extract_document(text, published=published).drafts


def _rows(text):
    return [d for d in _drafts(text) if "table row" in str(d.rationale) or "table row" in str(d.location)]


@pytest.mark.parametrize("row, claim, low, high, due", [
    ("| Border treaty ratified by the national assembly | Unlikely | before the end of 2027 |", "ratified", 0.1, 0.45, "2027"),
    ("| The central bank raises rates again | Likely | by mid-2027 |", "raise", 0.55, 0.85, "2027"),
    ("| A foreign warship docks in the capital's port | Very unlikely | in 2027 |", "dock", 0.0, 0.25, "2027-12-31"),
    ("| Opposition parties agree on a joint candidate | Almost certain | before the 2028 election |", "agree", 0.85, 1.0, "2028"),
    ("| Snap election called by the prime minister | Unlikely | - |", "called", 0.1, 0.45, None),
])
@pytest.mark.parametrize("likelihood", ["Likelihood", "Probability", "Our likelihood"])
def test_event_likelihood_timeframe(row, claim, low, high, due, likelihood):
    text = (f"## Outlook\n\nTable 2. Key developments\n\n| Development | {likelihood} | Timeframe |\n|---|---|---|\n"
            f"{row}\n| Prices keep rising | Stable | now |\n")
    drafts = _rows(text)
    assert len(drafts) == 1 and claim in drafts[0].text.lower()
    assert low <= drafts[0].probability <= high
    if due:
        assert str(drafts[0].due).startswith(due)


def test_likelihood_terms_of_a_printed_legend_and_time_terms():
    text = ("| Term | Probability |\n|---|---|\n| Remote | under 10% |\n| Unlikely | 10-40% |\n| Even odds | 40-60% |\n"
            "| Likely | 60-90% |\n| Near certain | over 90% |\n\n"
            "Near term means within 12 months; medium term means one to three years.\n\n"
            "| Event | Likelihood | Timeframe |\n|---|---|---|\n| A naval blockade of the strait begins | Remote | near term |\n"
            "| Two neighbours sign a fisheries accord | Even odds | medium term |\n")
    drafts = {d.text: d for d in _rows(text)}
    assert len(drafts) == 2
    blockade = next(d for t, d in drafts.items() if "blockade" in t)
    assert blockade.probability < 0.1
    accord = next(d for t, d in drafts.items() if "accord" in t)
    assert 0.4 <= accord.probability <= 0.6


@pytest.mark.parametrize("table", [
    # a legend: terms and numbers, no claim column of three words or more
    "| Term | Likelihood | Band |\n|---|---|---|\n| Likely | 60-80% | B |\n| Unlikely | 20-40% | D |\n",
    # a likelihood column holding no scale term
    "| Development | Likelihood | Timeframe |\n|---|---|---|\n| Port expansion completed on time | Depends on funding | 2027 |\n",
    # a track record
    "| Development | Likelihood | Outcome |\n|---|---|---|\n| The ceasefire holds through June | Likely | Wrong |\n",
])
def test_likelihood_tables_not_drafted(table):
    assert _rows(table) == []


@pytest.mark.parametrize("probability, low, high", [("45%", 0.45, 0.45), ("10%", 0.1, 0.1), ("70 %", 0.7, 0.7)])
def test_html_scenario_table_with_condition_column(probability, low, high):
    text = ("<html><body><h2>Scenarios</h2><table><caption>Scenarios to end-2028</caption>"
            "<tr><th>Scenario</th><th>Defining condition at 30 June 2028</th><th>Probability</th><th>Change</th></tr>"
            f"<tr><td>A. Deadlock</td><td>No budget is passed and the caretaker cabinet stays in office</td>"
            f"<td>{probability}</td><td>+5</td></tr>"
            "<tr><td>B. Coalition</td><td>A four-party coalition wins a confidence vote</td><td>55%</td><td>-5</td></tr>"
            "</table><p>Some prose after the table.</p></body></html>")
    drafts = [d for d in _rows(text) if "caretaker" in d.quote]
    assert len(drafts) == 1 and low <= drafts[0].probability <= high and str(drafts[0].due) == "2028-06-30"


def test_html_table_text():
    text = "<table><caption>Cap</caption><tr><th>A</th><th>B &amp; C</th></tr><tr><td><b>x</b></td><td>y</td></tr></table>"
    assert html_table_text(text).splitlines()[:3] == ["Cap", "A | B & C", "x | y"]
    assert html_table_text("<p>No table</p>") == ""


@pytest.mark.parametrize("verdict, low, high", [
    ("On track; target likely to be met", 0.55, 0.85),
    ("Very unlikely; 40 GW expected", 0.0, 0.2),
    ("Not achievable; 5 GW at most", 0.0, 0.2),
    ("Unachievable", 0.0, 0.2),
    ("Off track", 0.1, 0.45),
    ("Likely to be met", 0.55, 0.85),
    ("Out of reach", 0.0, 0.2),
])
@pytest.mark.parametrize("target_header, verdict_header", [("Target", "Assessment"), ("Policy goal", "Our judgement"),
                                                           ("2030 objective", "Outlook")])
def test_target_verdicts(verdict, low, high, target_header, verdict_header):
    text = (f"| Sector | {target_header} | Status 2025 | {verdict_header} |\n|---|---|---|---|\n"
            f"| Battery storage | 60 GW by 2030 | 12 GW | {verdict} |\n| Hydrogen | 5 Mt by 2030 | 0.1 Mt | See chapter 4 |\n")
    drafts = _rows(text)
    assert len(drafts) == 1 and "battery storage" in drafts[0].text.lower() and "60 GW" in drafts[0].text
    assert low <= drafts[0].probability <= high and str(drafts[0].due) == "2030-12-31"


@pytest.mark.parametrize("verdict", ["Achievable only if permits keep rising", "See para. 12", "Under review",
                                     "Likely if funding is approved", "Target revised"])
def test_target_verdicts_not_drafted(verdict):
    text = (f"| Sector | Target | Assessment |\n|---|---|---|\n| Battery storage | 60 GW by 2030 | {verdict} |\n")
    assert _rows(text) == []


@pytest.mark.parametrize("view, words", [
    ("Surplus to widen in 2027", "surplus will widen"),
    ("Prices to fall back next year", "prices will fall back"),
    ("Market roughly balanced next year", "market be roughly balanced"),
    ("Exports broadly flat in 2027; risks skewed lower", "exports be broadly flat"),
    ("Steel demand to recover slowly in 2027", "steel demand recover"),
])
@pytest.mark.parametrize("holder", ["Bank", "Bank / broker", "Forecaster"])
def test_headline_views_of_forecasters(view, words, holder):
    text = (f"| {holder} | 2027 avg | View |\n|---|---|---|\n| Northgate Partners | 410 | {view} |\n")
    drafts = _rows(text)
    assert len(drafts) == 1 and drafts[0].speaker == "Northgate Partners"
    assert all(word in drafts[0].text.lower() for word in words.split() if word not in ("be", "will"))
    assert 0.55 <= drafts[0].probability <= 0.9 and str(drafts[0].due) == "2027-12-31"


@pytest.mark.parametrize("table", [
    # a first column naming no forecaster
    "| Metal | 2027 avg | View |\n|---|---|---|\n| Zinc | 2,700 | Prices to fall back in 2027 |\n",
    # a view with no headline grammar
    "| Bank | 2027 avg | View |\n|---|---|---|\n| Northgate | 410 | Neutral |\n",
    "| Bank | 2027 avg | View |\n|---|---|---|\n| Northgate | 410 | Upgraded in March |\n",
])
def test_views_not_drafted(table):
    assert _rows(table) == []
