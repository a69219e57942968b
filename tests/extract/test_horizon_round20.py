"""Horizons from the twentieth blind round of issue 13, on sentences written for the purpose: the election a
document is about dates only claims about the vote; trailing notes on the period; consequences, Christmas,
months as adjectives, day ranges, "before" a day or a fiscal year, seasons; another judgement's time frame."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_period import period_default
from tracker.extract.horizons import HorizonContext, find_horizon

PUBLISHED = date(2026, 9, 20)
CONTEXT = HorizonContext(PUBLISHED, {}, {})
DEFAULT = date(2028, 9, 20)  # 24 months after publication: the far end of the near term


def drafts(text: str, published: date = PUBLISHED):
    return extract_document(text, published=published).drafts


def due_of(clause: str, context: HorizonContext = CONTEXT):
    found = find_horizon(clause, "", context)
    return found.due if found else None


# --- the election a document is about ----------------------------------------------------------------------

_ELECTION = ("# Norland votes: a guide to the parliamentary election\n\n"
             "Norlanders choose a new parliament in an election on 11 October 2026.\n\n{}\n")


@pytest.mark.parametrize("sentence", [
    "The Green Alliance is likely to win the most seats.",
    "Turnout is expected to rise above 70%.",
    "The Farmers' League will probably fall below the 4% threshold.",
    "The Social Democrats are likely to become the largest party.",
    "The Pirate Party is likely to return to parliament.",
    "The ruling bloc will probably keep control of the chamber.",
    "The Liberals should hold most of their nine seats, though we see a 30% chance that they drop below five.",
])
def test_a_claim_about_the_vote_is_due_on_election_day(sentence):
    draft = drafts(_ELECTION.format(sentence))[-1]
    assert draft.due == date(2026, 10, 11)
    assert "horizon from the election the document is about" in draft.review


@pytest.mark.parametrize("sentence", [
    "Coalition talks will probably drag on for months.",
    "The next prime minister is likely to come from the Green Alliance.",
    "The central bank is likely to keep rates on hold.",
    "The krone will probably lose value against the euro.",
    "Nordic Air is likely to gain market share.",
])
def test_what_follows_the_vote_is_not_due_on_election_day(sentence):
    [draft] = drafts(_ELECTION.format(sentence))
    assert draft.due == DEFAULT


def test_the_election_day_is_not_carried_to_the_next_sentence():
    found = drafts(_ELECTION.format("The Green Alliance will probably win the most seats. The new cabinet will "
                                    "almost certainly include technocrats."))
    assert [d.due for d in found] == [date(2026, 10, 11), DEFAULT]


def test_a_document_dating_two_votes_gives_neither_to_undated_claims():
    text = ("# Midterm elections: what to expect\n\nAmericans vote in the midterm elections on 3 November 2026.\n\n"
            "Democrats are likely to win the House.\n\nChileans vote on 18 October 2026 in a referendum.\n\n"
            "The new charter will probably win a majority.\n")
    assert [d.due for d in drafts(text)] == [DEFAULT, DEFAULT]


@pytest.mark.parametrize("words", ["past Christmas", "beyond Christmas", "after Christmas"])
def test_running_past_christmas_is_decided_on_christmas_day(words):
    [draft] = drafts(_ELECTION.format(f"Negotiations will almost certainly continue {words}."))
    assert draft.due == date(2026, 12, 25)
    assert any("lower bound" in note for note in draft.review) and words in draft.text


def test_by_christmas_is_still_a_deadline():
    assert due_of("the strike will end by Christmas") == date(2026, 12, 25)


# --- a note on the period, with its saving clause last ------------------------------------------------------

@pytest.mark.parametrize("note, due", [
    ("Probabilities are our desk's view as of 1 September 2026 and refer to the end of the fourth quarter "
     "(31 December) unless stated otherwise.", date(2026, 12, 31)),
    ("All percentages refer to 31 March 2027 unless noted otherwise.", date(2027, 3, 31)),
    ("Likelihoods refer to the end of the first quarter unless otherwise specified.", date(2027, 3, 31)),
    ("Our estimates apply to the end of 2027 unless stated otherwise.", date(2027, 12, 31)),
])
def test_a_note_ending_unless_stated_otherwise_sets_the_period(note, due):
    found = period_default(f"Quarterly outlook\n\n{note}\n\nText.", PUBLISHED)
    assert found is not None and found.due == due


@pytest.mark.parametrize("note", [
    "The probability refers to the end of 2027.",            # no saving clause: a sentence, not a note
    "Estimates refer to 2026 prices unless stated otherwise.",  # a price base, not a period
    "Probabilities refer to the end of the first quarter (31 March 2026) unless stated otherwise.",  # past
])
def test_near_misses_set_no_period(note):
    assert period_default(f"Quarterly outlook\n\n{note}\n\nText.", PUBLISHED) is None


@pytest.mark.parametrize("note, due", [
    ("Scores give the chance of the event at least once in the two-year assessment period.", date(2028, 9, 20)),
    ("Each judgement covers our 18-month outlook period from publication.", date(2028, 3, 20)),
    ("Risks are rated over a five-year planning horizon.", date(2031, 9, 20)),
])
def test_a_period_the_document_defines_by_its_length_runs_from_publication(note, due):
    found = period_default(f"Risk register\n\n{note}\n\nText.", PUBLISHED)
    assert found is not None and found.due == due


@pytest.mark.parametrize("note", [
    "The ministry published a five-year plan for the ports.",   # a plan, not the judgements' period
    "The two-year assessment was published in 2025.",           # no period named
])
def test_a_length_that_is_no_period_of_the_judgements_sets_none(note):
    assert period_default(f"Risk register\n\n{note}\n\nText.", PUBLISHED) is None


def test_an_undated_judgement_takes_the_notes_period():
    text = ("# Risk outlook\n\nFigures refer to the end of the fourth quarter unless stated otherwise.\n\n"
            "Strikes at the northern ports will probably spread.\n")
    [draft] = drafts(text)
    assert draft.due == date(2026, 12, 31)


# --- the claim's own time words, not a consequence's --------------------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("The port is likely to close in March, which would hurt exports in 2028", date(2027, 3, 31)),
    ("Rates will probably fall in June, a move that could lower mortgage costs by the end of the decade",
     date(2027, 6, 30)),
    ("The union will strike in 2027, which might delay the new line until 2030", date(2027, 12, 31)),
    # a consequence that might happen dates nothing: the claim states no time of its own
    ("The regulator will approve the merger, a decision that would reshape the market by 2030", None),
    # a plain future after "which" still dates a claim that states no time
    ("Wages will rise, which will push inflation above 3% in 2028", date(2028, 12, 31)),
    # a relative clause in the middle is no consequence
    ("The plant, which would employ 300 people, is likely to open in 2027", date(2027, 12, 31)),
])
def test_a_consequence_does_not_date_the_claim(clause, due):
    assert due_of(clause) == due


@pytest.mark.parametrize("clause, due", [
    ("Exports will recover in 2027, because the new port opens in March", date(2027, 12, 31)),
    ("Fares will rise by 4% in 2028, as the operator's contract ends in the first quarter", date(2028, 12, 31)),
    # a reason's time still dates a claim that states none
    ("Sales will fall, as the new plant opens in 2028", date(2028, 12, 31)),
    # "as much as": no reason
    ("Fuel prices will rise, as much as 10% by June", date(2027, 6, 30)),
])
def test_a_reason_after_the_claim_does_not_date_it(clause, due):
    assert due_of(clause) == due


def test_a_year_put_first_outside_the_claim_beats_its_reasons_quarter():
    [draft] = drafts("For 2028 we expect bookings to grow 5% to 7%, as the rival carrier's licence expires in the "
                     "second quarter.\n")
    assert draft.due == date(2028, 12, 31)


# --- months, days and fiscal years ---------------------------------------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("A December hike is now very likely", date(2026, 12, 31)),
    ("An April cut looks probable", date(2027, 4, 30)),
    ("The October vote is likely to be close", date(2026, 10, 31)),
    ("The board will decide at its 9-10 December meeting", date(2026, 12, 10)),
    ("Leaders will agree a text at the 28–29 October summit", date(2026, 10, 29)),
    ("The strike will end before 1 March", date(2027, 2, 28)),
    ("The strike will end before March 1", date(2027, 2, 28)),
    ("The strike will end by 1 March", date(2027, 3, 1)),
    ("The line will reopen before 3 October 2026", date(2026, 10, 2)),
])
def test_months_and_days_without_a_year(clause, due):
    assert due_of(clause) == due


@pytest.mark.parametrize("clause, country, due", [
    ("The deficit will not be closed before 2029-30", "Canada", date(2029, 3, 31)),
    ("The deficit will be closed by 2029-30", "Canada", date(2030, 3, 31)),
    ("Net debt will peak before 2028-29", "Australia", date(2028, 6, 30)),
])
def test_before_a_fiscal_year_is_the_day_before_it_starts(clause, country, due):
    assert due_of(clause, HorizonContext(PUBLISHED, {}, {}, fiscal=country)) == due


def test_before_a_fiscal_year_keeps_the_year_out_of_a_dangling_before():
    text = ("# Fiscal outlook for Canada\n\nCanada's fiscal year ends on 31 March. Canadian budgets are planned "
            "over five fiscal years. Canada carries a large debt.\n\n"
            "It is unlikely that the budget will be balanced before 2029-30.\n")
    [draft] = drafts(text)
    assert draft.due == date(2029, 3, 31) and "before without" not in draft.text and "before ?" not in draft.text


# --- spans counted from an event ----------------------------------------------------------------------------

@pytest.mark.parametrize("clause, due, flag", [
    ("The army will be rebuilt within two to three years of a ceasefire", DEFAULT, "does not date"),
    ("Prices will fall within six months after the reopening of the canal", DEFAULT, "does not date"),
    ("The coalition will collapse within two years of the election", date(2029, 5, 2), "event horizon"),
])
def test_a_span_counted_from_an_event_is_not_counted_from_publication(clause, due, flag):
    found = find_horizon(clause, "", HorizonContext(PUBLISHED, {}, {"election": date(2027, 5, 2)}))
    assert found.due == due and flag in found.flagged and found.text in clause


@pytest.mark.parametrize("clause, due", [
    ("The plant will close within two years", date(2028, 9, 20)),
    ("It will take up to four years to rebuild the bridge", date(2030, 9, 20)),
])
def test_a_span_from_publication_is_still_counted_from_it(clause, due):
    assert due_of(clause) == due


def test_the_words_of_a_span_from_an_event_stay_in_the_question():
    [draft] = drafts("The army will probably be rebuilt within two years of a ceasefire.\n")
    assert "within two years of a ceasefire" in draft.text and draft.due == DEFAULT


# --- seasons --------------------------------------------------------------------------------------------------

def test_a_season_the_document_does_not_date_keeps_its_words_and_the_default():
    [draft] = drafts("# Weekly brief\n\nThe militia will almost certainly keep raiding the valley through the "
                     "rainy season.\n")
    assert draft.due == DEFAULT and "through the rainy season" in draft.text
    assert any("rainy season" in note for note in draft.review)


def test_a_season_the_document_dates_is_due_at_its_end():
    text = ("# Weekly brief\n\nThe end of the rainy season in November reopens the roads.\n\n"
            "The militia will almost certainly keep raiding the valley through the rainy season.\n")
    found = drafts(text)
    assert found[-1].due == date(2026, 11, 30)


# --- another judgement's time frame ---------------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "It is highly likely that the ministry will keep raising teachers' pay.",
    "We judge that the ministry will keep raising teachers' pay.",
])
def test_a_judgement_of_its_own_does_not_take_the_previous_ones_time(second):
    found = drafts(f"It is unlikely that the two unions will merge before 2029. {second}\n")
    assert [d.due for d in found] == [date(2028, 12, 31), DEFAULT]


@pytest.mark.parametrize("second", [
    "It is also likely that the ministry will raise teachers' pay.",
    "By then, it is likely that the ministry will have raised teachers' pay.",
    "The ministry will probably raise teachers' pay as well.",
])
def test_a_judgement_that_takes_the_time_up_or_continues_keeps_it(second):
    found = drafts(f"It is unlikely that the two unions will merge before 2029. {second}\n")
    assert [d.due for d in found] == [date(2028, 12, 31), date(2028, 12, 31)]


@pytest.mark.parametrize("first", [
    "In 2028, the two unions will probably merge.",
    "By the end of 2028, the two unions will probably merge.",
])
def test_a_time_that_opens_the_earlier_sentence_frames_the_next_judgement(first):
    found = drafts(f"{first} It is likely that the ministry will raise teachers' pay.\n")
    assert [d.due for d in found] == [date(2028, 12, 31), date(2028, 12, 31)]


@pytest.mark.parametrize("sentence, due", [
    ("A strike on the national grid remains highly unlikely; we put it below 5% this year.", date(2026, 12, 31)),
    ("A default by the port authority looks unlikely; we see it below 10% next year.", date(2027, 12, 31)),
])
def test_a_time_in_the_clause_that_rates_the_judgement_dates_it(sentence, due):
    [draft] = drafts(f"# Risk outlook\n\n{sentence}\n")
    assert draft.due == due


def test_a_rating_clause_without_a_time_leaves_the_default():
    [draft] = drafts("# Risk outlook\n\nA strike on the national grid remains highly unlikely; we put it below 5%.\n")
    assert draft.due == DEFAULT
