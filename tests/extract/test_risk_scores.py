"""Likelihood scores on a numbered scale in a risk register (risk_scores.py). Sentences and tables written for
these tests; each expected probability is the mid-point of the range, worked by hand ((low + high) / 2)."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.risk_scores import score_legend, scored_judgement

PUBLISHED = date(2026, 5, 4)
SCALE = """| Score | Chance over three years |
|---|---|
| 1 | Less than 0.5% |
| 2 | 0.5% to 2% |
| 3 | 2% to 10% |
| 4 | 10% to 40% |
| 5 | More than 40% |
"""
LEVELS = {"1": (0.0, 0.005), "2": (0.005, 0.02), "3": (0.02, 0.1), "4": (0.1, 0.4), "5": (0.4, 1.0)}


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


def test_the_printed_scale_is_read_by_score():
    assert score_legend(f"# Register\n\nHow to read the likelihood scores:\n\n{SCALE}\nMore text.") == LEVELS


@pytest.mark.parametrize("sentence, probability, claim", [
    ("A major dam failure is scored at 2.", 0.0125, "there will be a major dam failure"),
    ("Widespread wildfires in the uplands are rated 4.", 0.25, "there will be widespread wildfires in the uplands"),
    ("A prolonged heatwave is assessed as having a likelihood of 5.", 0.7, "there will be a prolonged heatwave"),
    ("After three wet winters, a river flood meeting the scenario is scored at 3.", 0.06,
     "there will be a river flood meeting the scenario"),
])
def test_a_score_is_read_on_the_documents_scale(sentence, probability, claim):
    [draft] = drafts(f"# Register\n\n{SCALE}\n## Risks\n\n{sentence}")
    assert draft.probability == pytest.approx(probability)
    assert draft.statement == claim


@pytest.mark.parametrize("sentence, probability", [
    ("A grid collapse is scored at 3, meaning a 2 to 8% chance.", 0.05),
    ("A grid collapse remains unlikely, with a likelihood score of 2 (0.4 to 1.6%).", 0.01),
    ("The likelihood of a grid collapse lasting a week is scored at 4 (10 to 30%).", 0.2),
])
def test_the_sentences_own_range_is_read_without_a_table(sentence, probability):
    judgement = scored_judgement(sentence, {})
    assert judgement.stated == pytest.approx(probability)
    assert "grid collapse" in judgement.statement


def test_a_bare_score_rates_the_judgement_before_it():
    [draft] = drafts(f"# Register\n\n{SCALE}\n## Storms\n\nA severe storm in the period is likely, and the risk is scored at 4.")
    assert draft.probability == pytest.approx(0.25)
    assert "severe storm" in draft.statement


@pytest.mark.parametrize("sentence", [
    "A major dam failure is scored at 2.",                 # no scale printed and no range in the sentence
    "The striker scored at 3 minutes past the hour.",
    "Impact is scored from 1 to 5.",
    "The bond is rated 3.5 by the agency.",
    "The risk is scored at 3% of turnover.",
])
def test_near_misses_are_no_scores(sentence):
    assert scored_judgement(sentence, {}) is None
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence", ["Its impact is scored at 4.", "The severity of a dam failure is rated 5."])
def test_another_columns_score_is_no_likelihood(sentence):
    assert scored_judgement(sentence, LEVELS) is None


def test_a_score_outside_the_printed_scale_is_no_draft():
    assert scored_judgement("A major dam failure is scored at 7.", LEVELS) is None
