"""Which part of a weighted scenario line is the outcome (scenario_labels.py): the label before the colon when it
names what happens ("Lula wins a fourth term (50%): policy continuity, ..."), the story after it when the label only
places the scenario in the set ("Base case (60%): the tariff rate stays ..."). Lines written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.scenario_labels import labelled_outcome


@pytest.mark.parametrize("label, story, outcome", [
    ("Ortega wins a second term", "policy continuity, looser budgets and a weaker peso", ("Ortega wins a second term", True)),
    ("The coalition survives the budget vote", "spending cuts are delayed again", ("The coalition survives the budget vote", True)),
    ("Greens take the mayoralty", "a congestion charge and fewer parking spaces", ("Greens will take the mayoralty", True)),
    ("Opposition landslide", "a rapid rewrite of the mining code, but friction with the senate", ("Opposition landslide", False)),
    ("Negotiated settlement", "sanctions relief in stages and a monitoring mission", ("Negotiated settlement", False)),
])
def test_a_label_naming_what_happens_is_the_outcome(label, story, outcome):
    assert labelled_outcome(label, story) == outcome


@pytest.mark.parametrize("label, story", [
    ("Base case", "the copper price stays between $9,000 and $10,500"),
    ("Downside scenario", "a recession in the euro area and two more rate cuts"),
    ("Scenario B", "a wider regional war"),
    ("Upside", "inflation falls below 2% by the summer"),
    ("Soft landing", "growth slows to 1% and unemployment stays below 5%"),   # the story defines the label
    ("Escalation", "the blockade extends to the southern ports"),
])
def test_a_label_that_places_the_scenario_leaves_the_story_as_the_outcome(label, story):
    assert labelled_outcome(label, story) is None


def test_the_label_of_an_outcome_scenario_is_the_question_and_the_story_of_a_placed_one():
    text = ("# Outlook\n\nScenarios for the Colombian election in 2026:\n\n"
            "- Ortega wins a second term (55%): policy continuity, looser budgets and a weaker peso.\n"
            "- Opposition landslide (40%): a rapid rewrite of the mining code, but friction with the senate.\n"
            "- Base case (60%): the copper price stays between $9,000 and $10,500 in 2026.\n")
    found = {d.probability: d.text for d in extract_document(text, published=date(2026, 2, 1), scale="plain-reader").drafts}
    assert found[0.55].startswith("Will Ortega win a second term") and "continuity" not in found[0.55]
    assert "landslide" in found[0.40].lower() and "mining code" not in found[0.40]
    assert "copper price" in found[0.60]
