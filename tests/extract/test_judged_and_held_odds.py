"""Estimative wording read after its object or its holder (judged_objects.py, holder_odds.py, lexicon.py, grammar.py,
leanings.py, numeric.py): "as likely as not", "we judge X unlikely", "the bank considers it unlikely" after a hedge,
'one official called X "highly unlikely"', "X is unlikely according to Y", an aside between copula and level ("is,
in the Board's view, small"), "a clear risk / a significant probability that X will", "suggests X will", '"X is more
likely than not," he said', "the odds favour X", "put the odds of X at no better than even", "the panel is 80% that
X", and a stated number whose claim stops at the next clause. Sentences written for these tests; probabilities
checked by hand against the plain-reader scale's published medians (CAPphrase: about even 0.50, unlikely 0.20,
highly unlikely 0.05, could happen 0.40, realistic possibility 0.60, likely 0.75) or the number stated."""

import pytest

from tests.extract.test_estimative_wording import PUBLISHED, drafts, only
from tracker.extract import extract_document


# --- "as likely as not": the even chance (plain reader 0.50) ----------------------------------------------------
@pytest.mark.parametrize("text, statement", [
    ("A second strike at the port before the end of 2027 is roughly as likely as not.",
     "there will be A second strike at the port before the end of 2027"),
    ("A default by the water utility is as likely as not in 2027.", "there will be A default by the water utility in 2027"),
    ("It is about as likely as not that the ruling party will split before the 2028 congress.",
     "the ruling party will split before the 2028 congress"),
    ("A recount is just as likely as not to overturn the result in the northern district.",
     "A recount will overturn the result in the northern district"),
])
def test_as_likely_as_not_reads_as_an_even_chance(text, statement):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, 0.5)


def test_as_likely_as_not_keeps_the_ipcc_reading_where_the_scale_has_it():
    draft = extract_document("A wetter monsoon in 2027 is about as likely as not.\n", published=PUBLISHED,
                             scale="ipcc-ar6").drafts[0]
    assert draft.probability == 0.495  # IPCC AR6: "about as likely as not" 33-66%, midpoint


# --- "HOLDER judges / considers / calls X PHRASE": the object is the event --------------------------------------
@pytest.mark.parametrize("text, statement, probability, speaker", [
    ("We judge a coup in the capital unlikely during the next two years.",
     "there will be a coup in the capital during the next two years", 0.2, None),
    ("The ministry considers a second devaluation unlikely before 2028.",
     "there will be a second devaluation before 2028", 0.2, "The ministry"),
    ("The talks stalled again — one negotiator called a ceasefire before the winter \"highly unlikely\".",
     "there will be a ceasefire before the winter", 0.05, "one negotiator"),
    ("We also deem a return to growth in 2027 likely.", "there will be a return to growth in 2027", 0.75, None),
])
def test_a_judging_verb_takes_the_event_as_its_object(text, statement, probability, speaker):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)
    assert (speaker is None) == ("quoted in the document" not in draft.rationale)
    if speaker:
        assert speaker in draft.rationale


def test_it_after_a_hedge_is_the_hedged_event_with_the_later_time():
    found = drafts("A second bank failure cannot be ruled out, but the regulator considers it unlikely over the next "
                   "twelve months.")
    later = [d for d in found if d.probability == 0.2]
    assert [d.statement for d in later] == ["there will be A second bank failure over the next twelve months"]
    assert str(later[0].due) == "2027-05-04"


@pytest.mark.parametrize("text", [
    "The court considered the appeal unlikely to succeed on the merits.",  # no time, a verdict on a case
    "The panel found the complaint unfounded.",
    "The regulator considers it unlikely.",  # "it" with nothing before it to point back at
    "Critics called the plan \"likely to fail\".",
])
def test_judging_verbs_without_an_event_and_phrase_draft_nothing(text):
    assert drafts(text) == []


# --- "X is PHRASE according to Y": Y holds the view ------------------------------------------------------------
@pytest.mark.parametrize("text, statement, holder", [
    ("A sale of the state airline before 2028 remains unlikely according to the finance ministry.",
     "there will be A sale of the state airline before 2028", "the finance ministry"),
    ("A rate rise in July is likely, according to the central bank's minutes.",
     "there will be A rate rise in July", "the central bank's minutes"),
])
def test_a_closing_according_to_names_the_holder_and_leaves_the_claim(text, statement, holder):
    draft = only(text)
    assert draft.statement == statement
    assert holder in draft.rationale


# --- an aside between the copula and the level or the noun ----------------------------------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("The probability of a rate cut at the October meeting is, in the committee's view, small.",
     "there will be a rate cut at the October meeting", 0.2),
    ("The likelihood of a second lockdown this winter is, in our judgement, very low.",
     "there will be a second lockdown this winter", 0.05),
    ("There is, in other words, a clear risk that the deficit will exceed 4 per cent in 2027.",
     "the deficit will exceed 4 per cent in 2027", 0.4),
])
def test_an_aside_after_the_copula_does_not_hide_the_judgement(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)


@pytest.mark.parametrize("text, probability", [
    ("There is a clear risk that the talks will collapse before the deadline.", 0.4),  # no degree named: "possible"
    ("There is a real probability that the index will fall below 5,000 in 2027.", 0.4),  # "real": "could happen"
    ("There is a significant probability that the levy will be doubled in 2027.", 0.6),  # "realistic possibility"
])
def test_a_risk_or_probability_with_a_degree_is_a_possibility_not_a_plain_will(text, probability):
    assert only(text).probability == probability


# --- "EVIDENCE suggests X will": a hedged future, "likely" ------------------------------------------------------
@pytest.mark.parametrize("text, statement", [
    ("Our tally of declared votes suggests a majority of the chamber will reject the motion.",
     "a majority of the chamber will reject the motion"),
    ("The latest survey of purchasing managers suggests that factory output will shrink again in the third quarter.",
     "factory output will shrink again in the third quarter"),
])
def test_evidence_that_suggests_a_future_reads_as_likely(text, statement):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, 0.75)


def test_a_suggestion_about_it_or_the_present_is_no_hedged_forecast():
    assert [d for d in drafts("The report suggests it will be read widely.") if d.probability == 0.75] == []


# --- a phrase inside a reported speaker's quotation -------------------------------------------------------------
@pytest.mark.parametrize("text, statement, speaker", [
    ('"A second rate rise before Christmas is more likely than not," the governor said.',
     "there will be A second rate rise before Christmas", "the governor"),
    ('"A recession in 2027 is more likely than not," Ms Okafor told reporters.',
     "there will be A recession in 2027", "Ms Okafor"),
])
def test_more_likely_than_not_in_a_quotation_is_the_speakers(text, statement, speaker):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, 0.6)  # a lean above even (than_not.py)
    assert speaker in draft.rationale


# --- odds said by their holder or with a bound ------------------------------------------------------------------
@pytest.mark.parametrize("text, statement, probability, holder", [
    ("The panel aggregate is 80% that the new levy takes effect on 1 January 2027 as announced.",
     "it will turn out that the new levy takes effect on 1 January 2027 as announced", 0.8, "The panel aggregate"),
    ("The team's aggregate is 44% that the rival announces a merger before 30 June 2027.",
     "the rival will announce a merger before 30 June 2027", 0.44, "The team's aggregate"),
    ("Our internal market gives 37% that the plant reaches full output by 31 March 2027.",
     "it will turn out that the plant reaches full output by 31 March 2027", 0.37, None),
    ("The market gives 71% that copper prices rise in each quarter of 2027.",
     "copper prices will rise in each quarter of 2027", 0.71, None),
])
def test_a_holders_number_before_a_that_clause(text, statement, probability, holder):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)
    assert (holder is None) == ("quoted in the document" not in draft.rationale)


@pytest.mark.parametrize("text", [
    "The team is 30% larger than last year, so that hiring can slow.",
    "The market gives 5% of its revenue to charity.",
])
def test_a_share_that_is_no_holders_number_is_not_drafted_as_one(text):
    assert [d for d in drafts(text) if d.probability in (0.3, 0.05)] == []


@pytest.mark.parametrize("text, statement", [
    ("For equities the odds favor another positive year in 2027.", "there will be another positive year in 2027"),
    ("On balance, the odds favour a further cut in rates before the summer.",
     "there will be a further cut in rates before the summer"),
])
def test_the_odds_favour_an_event_reads_as_likely(text, statement):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, 0.75)


@pytest.mark.parametrize("text", ["In the long run the odds favour the house.", "The odds favour Labour in the marginals."])
def test_the_odds_favouring_a_side_or_a_saying_is_no_event(text):
    assert drafts(text) == []


def test_odds_put_at_no_better_than_even_are_a_bound_read_as_the_number():
    draft = only("Analysts put the odds of a rate cut in June at no better than even.")
    assert (draft.statement, draft.probability) == ("there will be a rate cut in June", 0.5)
    assert "bound" in draft.rationale


def test_the_number_of_put_the_odds_stops_before_the_next_clause():
    draft = [d for d in drafts("He puts the odds of a strike at the mine in 2027 at 15%, and said wages will rise.")
             if d.probability == 0.15][0]
    assert draft.statement == "there will be a strike at the mine in 2027"


def test_a_judged_pair_is_read_at_its_weaker_term():
    draft = only("The board considers a merger with the rival lender before 2028 possible but not likely.")
    assert (draft.statement, draft.probability) == ("there will be a merger with the rival lender before 2028", 0.2)


@pytest.mark.parametrize("text", [
    "In 2021 we judged a default unlikely before 2024.",
    "Last year we considered a recession likely in 2026.",
])
def test_the_authors_past_judgement_of_an_object_is_no_forecast_now(text):
    assert drafts(text) == []


def test_an_opening_time_before_we_judge_keeps_the_judgement():
    draft = only("This year we consider a strike in the ports likely before the summer.")
    assert (draft.statement, draft.probability) == ("there will be a strike in the ports before the summer", 0.75)


# --- a fraction closing "put X at ...": a share of certainty (number_words.py) ------------------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("I'd put approval of the drug by the end of 2028 at roughly a third.",
     "there will be approval of the drug by the end of 2028", 0.33),
    ("We put a strike at the smelter before June at about a quarter.", "there will be a strike at the smelter before June", 0.25),
    ("I'd put a snap election this year at two-thirds.", "there will be a snap election this year", 0.67),
])
def test_a_fraction_after_put_at_is_the_chance(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)


@pytest.mark.parametrize("text", [
    "We put the share of renewables at a third.",  # a quantity, no time: no chance
    "The fleet was cut by a third in 2025.",
    "She won a third term in 2024.",
])
def test_a_fraction_that_is_a_quantity_is_no_chance(text):
    assert [d for d in drafts(text) if d.probability in (0.33, 0.25, 0.67)] == []


# --- "it's PHRASE we VERB ... before D": "that" and "will" both left out (hedges.PRESENT_AHEAD) --------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("I'd still say it's unlikely we reach full staffing before February.", "we will reach full staffing before February", 0.2),
    ("It's likely they announce the merger in 2027.", "they will announce the merger in 2027", 0.75),
])
def test_a_bare_present_with_a_time_ahead_after_it_is_phrase(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)


@pytest.mark.parametrize("text", [
    "It is likely we were wrong about this in 2025.",
    "It's likely they know the answer by now.",
    "It is possible we saw the peak in March.",
])
def test_a_bare_past_or_state_after_it_is_phrase_is_no_forecast(text):
    assert drafts(text) == []
