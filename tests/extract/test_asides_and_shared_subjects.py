"""Round 27: estimative grammar around asides and shared subjects: "X is, however, not expected" (the aside splits
the copula from its "not"), "X is an even prospect" (a legend term as a predicate noun, bold or not), "It is
possible, though not our expectation, that X" (a concessive aside before the that-clause), "X peaked in 2025 and is
projected to decline" (a projection sharing a past clause's subject), and "it does not exclude X" / "we cannot rule
out X" (the hedge on a named event). Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 12, 1)
LEGEND = """
| Expression | Indicative probability |
|---|---|
| remote | below 10% |
| improbable | 10–35% |
| even prospect | 35–55% |
| probable | 55–80% |
| highly probable | 80–95% |
| near certain | above 95% |
"""


def _drafts(text: str, scale: str | None = "plain-reader"):
    kwargs = {"scale": scale} if scale else {}
    return extract_document(text + "\n", published=PUBLISHED, **kwargs).drafts


def _one(text: str, words: str, low: float, high: float, scale: str | None = "plain-reader"):
    drafts = _drafts(text, scale)
    assert len(drafts) == 1, [d.text for d in drafts]
    assert words.lower() in drafts[0].text.lower(), drafts[0].text
    assert low <= drafts[0].probability <= high, drafts[0].probability


@pytest.mark.parametrize("sentence, words", [
    ("A coordinated campaign of sabotage against rail lines is, however, not expected.", "campaign of sabotage"),
    ("A snap election in the spring is, however, not expected.", "snap election"),
    ("Large-scale strikes are, however, not expected this winter.", "large-scale strikes"),
    ("A second devaluation is, by contrast, not expected before 2028.", "second devaluation"),
    ("Mass protests in the provinces are, moreover, not expected.", "mass protests"),
])
def test_set_off_aside_before_not_expected(sentence, words):
    _one(sentence, words, 0.05, 0.35)


@pytest.mark.parametrize("sentence", [
    "The rise, however, not the level, is what matters.",
    "The board, however, not the chair, decides the budget.",
])
def test_set_off_aside_before_not_without_judgement(sentence):
    assert _drafts(sentence) == []


@pytest.mark.parametrize("sentence, words, low, high", [
    ("A jihadist-inspired attack in the capital in the next 12 months is an **even prospect**.", "attack in the capital", 0.35, 0.55),
    ("A cyber attack on the power grid before 2028 is an even prospect.", "cyber attack", 0.35, 0.55),
    ("A coup in the capital this year is an **improbable**.", "coup", 0.10, 0.35),
    ("Further sabotage of undersea cables in 2027 is a **probable**.", "sabotage", 0.55, 0.80),
])
def test_legend_term_as_predicate_noun(sentence, words, low, high):
    _one(f"{sentence}\n\n{LEGEND}", words, low, high, scale=None)


@pytest.mark.parametrize("sentence", [
    "A new bipolar order led by two powers is a possible, but not yet clearly apparent outcome.",
    "The incumbent is a probable winner of the runoff.",
    "He is a likely candidate.",
])
def test_article_before_an_adjective_is_no_predicate_noun(sentence):
    assert all("bipolar order" not in d.text and "incumbent" not in d.text.lower() and " he " not in d.text.lower()
               for d in _drafts(sentence))


@pytest.mark.parametrize("sentence, words, low, high", [
    ("It is possible, though not our expectation, that the regulator imposes price caps on gas.", "price cap", 0.10, 0.45),
    ("It is possible, though not our base case, that the ECB cuts rates again in 2027.", "cut rates", 0.10, 0.45),
    ("It is likely, though not certain, that the strike ends before Christmas.", "strike end", 0.60, 0.85),
    ("It seems likely, albeit not assured, that output will recover by mid-2027.", "output recover", 0.60, 0.85),
    ("It is possible, although not our central scenario, that the coalition collapses next year.", "coalition collapse", 0.10, 0.45),
    # the denied term is the weaker judgement: read as before
    ("It is conceivable, although not probable, that the party wins an outright majority in 2027.", "outright majority", 0.05, 0.30),
    ("It is possible, though not very likely, that the party wins an outright majority in 2027.", "outright majority", 0.05, 0.30),
])
def test_concessive_aside_before_that_clause(sentence, words, low, high):
    _one(sentence, words, low, high)


@pytest.mark.parametrize("sentence", [
    "It is possible, though not proven, that the fire was started deliberately.",
    "It is true, though not widely known, that the plant closed in 2019.",
])
def test_concessive_aside_on_the_past_or_a_fact(sentence):
    assert _drafts(sentence) == []


@pytest.mark.parametrize("sentence, words, low, high", [
    ("Petroleum output peaked in 2024 and is projected to decline from around 2031.", "petroleum output decline", 0.6, 0.8),
    ("Housing starts fell sharply last year and are forecast to recover by 2028.", "housing starts recover", 0.6, 0.8),
    ("The deficit widened in 2025 and is set to narrow to 3% of GDP in 2027.", "the deficit narrow", 0.6, 0.9),
    ("Exports slowed in the third quarter, and are projected to pick up in 2027.", "exports pick up", 0.6, 0.8),
    ("The debt ratio stabilised in 2024 and is not projected to rise before 2029.", "debt ratio rise", 0.15, 0.35),
])
def test_projection_sharing_a_past_clause_subject(sentence, words, low, high):
    _one(sentence, words, low, high)


@pytest.mark.parametrize("sentence", [
    "It fell in 2025 and is projected to rise in 2027.",  # no named subject to borrow
])
def test_projection_without_a_named_subject(sentence):
    assert _drafts(sentence) == []


@pytest.mark.parametrize("sentence, words", [
    ("The Service considers a large-scale escalation unlikely this year, but it does not exclude provocations timed to coincide with the vote.", "provocations"),
    ("We cannot rule out a second wave of strikes before the summer.", "second wave"),
    ("The agency does not exclude further sabotage against undersea cables in 2027.", "sabotage"),
    ("We do not rule out an early election next year.", "early election"),
    ("The directorate cannot exclude renewed attacks on rail infrastructure.", "renewed attacks"),
])
def test_not_excluded_event(sentence, words):
    drafts = [d for d in _drafts(sentence) if words in d.text]
    assert len(drafts) == 1, [d.text for d in _drafts(sentence)]
    assert 0.10 <= drafts[0].probability <= 0.50


@pytest.mark.parametrize("sentence", [
    "The scheme does not exclude foreign firms from bidding.",
    "We cannot rule out anything at this stage.",
    "We do not exclude them.",
    "The definition does not exclude small firms.",
    "The ministry does not exclude applicants on grounds of age.",
])
def test_not_excluded_without_an_event(sentence):
    assert _drafts(sentence) == []
