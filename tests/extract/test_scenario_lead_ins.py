"""A set of scenarios whose lead-ins end "(N%)." (a bold label with the bold gone) read as "LABEL (N%): STORY"."""

import pytest

from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.scenario_labels import labelled_outcome


def _texts(markdown: str) -> list[str]:
    return [p.text for p in clean_paragraphs(markdown, markdown=True)]


@pytest.mark.parametrize("lines", [
    ['- **Base case — "Slow grind" (60%).** Prices stay in a range through 2027.',
     '- **Upside — "Boom" (25%).** Demand surges and prices top $150 before 2028.',
     '- **Downside (15%).** A recession cuts demand by a fifth in 2027.'],
    ['**Muddling through (about 50%).** The coalition survives to the 2028 election.',
     '',
     '**Snap election (1 in 3).** The coalition breaks up before the budget vote.'],
    ['- **Scenario A (45 per cent).** The ceasefire holds through next summer.',
     '- **Scenario B (40% probability).** Fighting resumes in the spring.'],
])
def test_set_of_lead_ins_read_as_scenario_lines(lines):
    texts = _texts("\n".join(lines) + "\n")
    scenario = [t for t in texts if "):" in t]
    assert len(scenario) == sum(1 for line in lines if line.strip())
    assert all(t.split("):", 1)[1].startswith(" ") for t in scenario)


@pytest.mark.parametrize("lines", [
    ["Growth slowed sharply (2%). Next year should be better.", "", "Exports fell in the spring. Imports rose."],
    ['- **Base case (60%).** Prices stay in a range through 2027.', '- Other outcomes are less likely.'],  # one alone
    ["Turnout rose (from 61%). Officials expect more next time.", "", "Turnout fell (to 58%). Nobody expected it."],
    ["Tax receipts (2.5% of GDP). They are likely to grow.", "", "Spending (40% of GDP). It will rise."],
])
def test_lone_or_non_probability_brackets_are_untouched(lines):
    assert not any("):" in t for t in _texts("\n".join(lines) + "\n"))


@pytest.mark.parametrize("label, story", [
    ('Tight market — "Scramble"', "An outage pushes the price above $13,000/t before end-2027"),
    ("Glut – “Slack”", "Weak demand deepens, sending the market into surplus in 2027"),
    ("Upside - 'Boom'", "Demand surges in 2027"),
])
def test_nicknamed_scenario_label_leaves_the_story_as_claim(label, story):
    assert labelled_outcome(label, story) is None


def test_outcome_label_without_nickname_still_the_claim():
    assert labelled_outcome("Lula wins a fourth term", "policy continuity and looser fiscal rules") is not None
