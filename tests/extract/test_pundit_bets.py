"""A pundit's lean said in words (leanings.py): "I would put the chances of X at better than even", and a
"My bet is that X" opening a quotation after a colon. Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.leanings import leaning

PUBLISHED = date(2026, 9, 1)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence, question, due", [
    ("I would put the chances of her stepping down by Easter at better than even.", "Will she step down", date(2027, 3, 28)),
    ("We'd put the odds of Tomas winning the runoff at more than even.", "Will Tomas win the runoff", None),
    ("I would put the chances of a port strike before November at better than even odds.", "Will there be a port strike", date(2026, 10, 31)),
    ("I'd rate the likelihood of them merging in 2027 at better than 50-50.", "Will they merge", date(2027, 12, 31)),
])
def test_chances_put_at_better_than_even(sentence, question, due):
    [draft] = drafts(sentence)
    assert draft.probability == 0.6  # "better than even" on the plain-reader scale
    assert draft.text.startswith(question)
    if due:
        assert draft.due == due


@pytest.mark.parametrize("line", [
    'Maria Olsen, editor at a weekly: "My bet is that turnout will fall below 80%."',
    'A former minister: "My call is that the coalition will survive the winter."',
])
def test_a_pundits_bet_opening_a_quotation(line):
    [draft] = drafts(line)
    assert draft.speaker == ("Maria Olsen" if line.startswith("Maria") else None)  # a role alone names no one
    assert draft.probability == 0.75  # "likely": a bet or call is the writer's lean
    assert draft.statement.split(" will ")[0] in ("turnout", "the coalition")


@pytest.mark.parametrize("sentence", [
    "I would put the chances at better than even.",                      # no event named: nothing to ask
    "The chances of a strike were better than even last spring.",       # a past judgement, no "I put"
    'He said: "My bet was lost on the favourite."',
    "I would put the chances of a strike at 40%.",                        # a number: numeric.py's, not this form
])
def test_near_misses_are_not_read_as_better_than_even(sentence):
    judgement = leaning(sentence)
    assert judgement is None or judgement.phrase != "better than even"


@pytest.mark.parametrize("sentence, question", [
    ("I think the ruling party holds on by a handful of seats.", "Will the ruling party hold on by a handful of seats"),
    ('A former adviser: "I think the central bank cuts rates in March."', "Will the central bank cut rates"),
    ("I reckon Labour wins the seat comfortably.", "Will Labour win the seat comfortably"),
    ("I think the Free Democrats clear the threshold.", "Will the Free Democrats clear the threshold"),
])
def test_a_present_tense_claim_after_i_think_is_a_lean(sentence, question):
    [draft] = drafts(sentence)
    assert draft.probability == 0.75 and draft.text.startswith(question)


@pytest.mark.parametrize("sentence", [
    "I think the crowd is about right on this question.",   # a state, not an outcome
    "I think that makes sense.",
    "I think it's too early to say.",
    "I think both forecasts are too generous.",
    "I think the Greens returned.",                          # no verb it can put in the future: no question built on a guess
    "I think the result depends on turnout.",
])
def test_near_misses_after_i_think_are_no_lean(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence, question", [
    ('Ana Ruiz, pollster: "I think the left bloc will win a narrow majority, maybe 178 seats."', "Will the left bloc win a narrow majority"),
    ("I think there will be a deal on the budget by June.", "Will there be a deal on the budget"),
])
def test_i_think_hedges_a_will(sentence, question):
    [draft] = drafts(sentence)
    assert draft.probability == 0.75 and draft.text.startswith(question)  # "I think" hedges: likely, not a bare "will"


@pytest.mark.parametrize("sentence", [
    "I think the levy will almost certainly be at least 20%.",   # the stronger phrase is the judgement
    "I think the strike could end in May.",
    "I think the rebels will not win.",
])
def test_i_think_with_its_own_phrase_or_modal_is_not_this_lean(sentence):
    judgement = leaning(sentence)
    assert judgement is None or "think" not in judgement.written.lower()


@pytest.mark.parametrize("line, speaker, question", [
    ('Karin Holm, columnist at a daily: "My bet is that the Social Democrats become the largest party again."', "Karin Holm",
     "Will the Social Democrats become the largest party again"),
    ('Piotr Nowak: "I think the Greens lose two seats."', "Piotr Nowak", "Will the Greens lose two seats"),
])
def test_a_named_pundits_lean_is_theirs(line, speaker, question):
    [draft] = drafts(line)
    assert (draft.speaker, draft.text.startswith(question)) == (speaker, True)
