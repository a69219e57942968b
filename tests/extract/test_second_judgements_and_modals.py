"""Round 23: two judgements in one sentence (a holder's second verb, a doubt, a phrasal second target, a signpost's
second verb) and "should" / "could" read as expectations or possibilities. Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.holder_verbs import restate_doubt, split_holder_verbs

PUBLISHED = date(2026, 12, 1)


def _drafts(sentence: str):
    return extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts


# --- a holder's second verb of judging -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, second", [
    ("The insurer expects claims to top $2 billion, and says premiums are likely to keep rising.",
     "The insurer says premiums are likely to keep rising."),
    ("The council forecasts a record crop in 2027, which would ease prices, and sees exports rising 4 percent.",
     "The council sees exports rising 4 percent."),
    ("We expect the central bank to cut twice more in 2027 and think a third cut is less likely than not.",
     "We think a third cut is less likely than not."),
    ("The agency said output would fall this year, and put the probability of a drought at 30 percent.",
     "The agency put the probability of a drought at 30 percent."),
    ("Analysts at the bank expect oil to average $70, and also predict that gas prices will fall in 2027.",
     "Analysts at the bank predict that gas prices will fall in 2027."),
    ("The ministry projects a deficit of 3% in 2027 and believes debt will peak in 2028.",
     "The ministry believes debt will peak in 2028."),
])
def test_second_verb_of_the_same_holder_is_restated_with_the_holder(sentence, second):
    parts = split_holder_verbs(sentence)
    assert len(parts) == 2 and parts[1] == second
    assert not parts[0].rstrip().endswith(("and", ","))


@pytest.mark.parametrize("sentence", [
    "The insurer raised premiums and says claims are falling.",  # the first verb judges nothing
    "The government expects growth to slow and put the plan into effect.",  # "put" of an action, not odds
    "Prices rose and markets said little.",
    "We expect inflation to fall in 2027.",
    "The minister said the talks and the vote would go ahead.",
])
def test_no_second_verb_of_judging_leaves_the_clause_whole(sentence):
    assert split_holder_verbs(sentence) == [sentence]


def test_both_judgements_of_one_holder_are_drafted():
    drafts = _drafts("The insurer expects claims to top $2 billion, and says premiums are likely to keep rising.")
    texts = [draft.text for draft in drafts]
    assert any("claims top $2 billion" in text and "premiums" not in text for text in texts)
    assert any("premiums keep rising" in text for text in texts)
    drafts = _drafts("We expect the central bank to cut twice more in 2027 and think a third cut is less likely than not.")
    assert drafts and "think" not in drafts[0].text and drafts[0].due == date(2027, 12, 31)


# --- a doubt ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("piece, restated", [
    ("we doubt the number of displaced people falls below 8 million by mid-2027",
     "it is doubtful that the number of displaced people will fall below 8 million by mid-2027"),
    ("We doubt that inflation returns to 2% in 2027", "it is doubtful that inflation will return to 2% in 2027"),
    ("but I doubt rates fall below 3% next year", "it is doubtful that rates will fall below 3% next year"),
    ("the committee doubts output reaches 5 million tonnes in 2027",
     "it is doubtful that output will reach 5 million tonnes in 2027"),
    ("we still doubt prices climb above $90 before June", "it is doubtful that prices will climb above $90 before June"),
])
def test_a_doubt_is_restated_as_doubtful(piece, restated):
    assert restate_doubt(piece) == restated


@pytest.mark.parametrize("piece", [
    "we doubt it",
    "we doubt the wisdom of the plan",
    "there is no doubt that prices will rise",
    "doubts about the budget grew in 2026",
    "we doubt whether this matters",
    "We doubt the talks will fail, and give a managed exit a 9% chance",  # a "will" of its own: read as it stands
])
def test_no_claim_no_doubt_restated(piece):
    assert restate_doubt(piece) == piece


def test_a_doubt_after_but_is_a_second_unlikely_judgement_with_its_own_time():
    drafts = _drafts("Returns to the capital will probably continue, but we doubt the number of displaced people "
                     "falls below 8 million by mid-2027.")
    doubted = [draft for draft in drafts if "8 million" in draft.text]
    assert len(doubted) == 1 and doubted[0].probability <= 0.35 and doubted[0].due == date(2027, 6, 30)


# --- a phrasal verb in a second target -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, second", [
    ("Real GDP growth is projected to ease to 1.8% in 2027 before picking up to 2.0% in 2028.", "pick up to 2.0%"),
    ("Unemployment is expected to rise to 6% in 2027 before coming down to 5.5% in 2028.", "come down to 5.5%"),
    ("Exports will slump to $40 billion in 2027 before bouncing back to $48 billion in 2029.", "bounce back to $48 billion"),
    ("Inflation is forecast to peak at 4% in 2027 before easing to 3% in 2028.", "ease to 3%"),
])
def test_a_second_target_with_a_phrasal_verb_is_its_own_judgement(sentence, second):
    drafts = _drafts(sentence)
    assert len(drafts) == 2
    assert second in drafts[1].text and drafts[1].due.year == int(sentence.rstrip(".")[-4:])
    assert drafts[0].due.year < drafts[1].due.year


# --- a signpost's second verb ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "This chapter will discuss recent developments, the outlook and the risks, and then turn to fiscal policies.",
    "The next section will describe the data and then present the results.",
    "This report will review the evidence and then outline our recommendations.",
])
def test_a_signposts_second_verb_is_no_forecast(sentence):
    assert _drafts(sentence) == []


def test_a_sequence_that_is_no_signpost_still_splits():
    assert len(_drafts("Inflation will plateau in 2027 and then decline in 2028.")) == 2


# --- "should" of an outlook ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Employment growth should slow as labour market tightness persists.",
    "Wages should rise as unemployment falls.",
    "Inflation should ease because energy prices have dropped.",
    "Exports should recover in the coming months.",
    "Household spending, which fell by a fifth last year, should recover gradually over the next two years.",
    "Investment should rebound amid lower borrowing costs.",
])
def test_should_of_an_outlook_reads_as_probable(sentence):
    drafts = _drafts(sentence)
    assert len(drafts) == 1 and 0.6 <= drafts[0].probability <= 0.85
    assert "which" not in drafts[0].text


@pytest.mark.parametrize("sentence", [
    "The government should raise taxes as revenues fall.",
    "Firms should prepare as the storm approaches.",
    "Countries should slow as well.",
    "The committee should act as soon as possible.",
    "We should grow as a team.",
    "Prices should fall.",
])
def test_should_of_advice_or_unmeasured_is_not_drafted(sentence):
    assert _drafts(sentence) == []


# --- a bare "could" with a threshold or a time ahead -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Based on the auditors' analysis of cost data, total costs could exceed $31 billion.",
    "Online propaganda could lower the threshold for radicalisation over the coming year.",
    "Losses could top 3 million tonnes in 2027.",
    "Disinformation in Polish, Czech and Slovak could deepen distrust of elections over the coming year.",
    "Shipping disruption could push freight rates above $5,000 next year.",
    "The deficit could double to 6% of GDP.",
    "Unemployment could climb above 8 percent by the end of 2027.",
])
def test_could_with_a_threshold_or_a_time_reads_as_a_possibility(sentence):
    drafts = _drafts(sentence)
    assert len(drafts) == 1 and 0.15 <= drafts[0].probability <= 0.6


@pytest.mark.parametrize("sentence", [
    "The plant could produce 5 GW.",
    "The new line could carry 40,000 passengers a day.",
    "Costs could, if delays continue, exceed $40 billion.",
    "Prices could rise.",
    "If talks fail, tariffs could exceed 25%.",
    "Last year the firm could exceed its targets.",
    "It could exceed $5 billion.",
    "Analysts said, however, that costs could exceed $5 billion.",
    "When the dam is full, the plant could exceed 5 GW.",
])
def test_could_of_capacity_condition_or_past_is_not_drafted(sentence):
    assert _drafts(sentence) == []
