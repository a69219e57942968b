"""A writer's number that points back at its claim (pointed_numbers.py): "I have them at 70%", "I'm raising
that to 65%", "X is possible but not my base case: I put it at 20%", a revised "from 50% to 30%", and list
items in headline grammar ("X keep control of Y: 65%"). Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.pointed_numbers import listed_claim

PUBLISHED = date(2026, 3, 2)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, statement, probability", [
    ("A negotiated truce in Yemen before the end of the year is plausible but not my base case: I put it at 15%.",
     "there will be a negotiated truce in Yemen before the end of the year", 0.15),
    ("A second Bank of Canada hike by July remains possible, yet not our central case: we put it at 35%.",
     "there will be a second Bank of Canada hike by July", 0.35),
    ("Copper trading above $12,000 on any day in 2026 strikes me as a tail, not a base case. I'm at 8%.",
     "Copper will trade above $12,000 on any day in 2026", 0.08),
    ("The Liberals are favoured to hold Ottawa Centre in the by-election. I have them at 80%.",
     "The Liberals will hold Ottawa Centre in the by-election", 0.8),
    ("Three years ago I said 30% that the league would expand to 20 teams by 2027; I'm raising that to 55%.",
     "the league will expand to 20 teams by 2027", 0.55),
])
def test_a_number_pointing_back_scores_the_claim_named_before_it(text, statement, probability):
    [draft] = drafts(text)  # the claim's capital depends on which path named it: "possible" keeps "A second"
    assert (draft.statement.lower(), draft.probability) == (statement.lower(), probability)


@pytest.mark.parametrize("text, statement, probability", [
    ("I am trimming my number that the city council approves the tram extension by the end of 2026, from 60% to 45%.",
     "the city council will approve the tram extension by the end of 2026", 0.45),
    ("We are lifting our estimate that Chile joins the trade pact in 2027, from 20% to 35%.",
     "Chile will join the trade pact in 2027", 0.35),
])
def test_a_revised_number_is_the_one_after_to(text, statement, probability):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, probability)


def test_a_claimless_number_scores_the_paragraphs_last_claim():
    [draft] = drafts("The port strike will end before the harvest. I have it at 60%, a little under the union's own hopes.")
    assert (draft.statement, draft.probability) == ("The port strike will end before the harvest", 0.6)


@pytest.mark.parametrize("text", [
    "I had them at 70% last spring, which now looks far too high.",  # an old number, nothing named before it
    "The committee met on Tuesday. I'm at 40%.",  # nothing named before the number
    "Lithium prices rose in May. We have them at a two-year high.",  # no number at all
    "The Greens are favoured by younger voters in the capital.",  # "favoured by", no claim
])
def test_a_pointing_number_with_nothing_to_score_is_no_draft(text):
    assert drafts(text) == []


@pytest.mark.parametrize("line, statement", [
    ("Conservatives keep their majority in the Assembly: 55%", "Conservatives will keep their majority in the Assembly"),
    ("Dutch cabinet intact on 30 Sep 2026: 70% (was 55%)", "Dutch cabinet will be intact on 30 Sep 2026"),
    ("ECB deposit rate lower on 31 Dec than on 1 March: 60%", "ECB deposit rate will be lower on 31 Dec than on 1 March"),
    ("ECB deposit rate at least 50bp lower on 31 Dec than on 1 March: 25%",
     "ECB deposit rate will be at least 50bp lower on 31 Dec than on 1 March"),
    ("Sánchez still prime minister on 31 Dec 2026: 65%", "Sánchez will still be prime minister on 31 Dec 2026"),
])
def test_a_list_item_in_headline_grammar_is_said_as_a_future(line, statement):
    [draft] = drafts(line)
    assert draft.statement == statement
    assert draft.probability == float(line.split(": ")[1][:2]) / 100


@pytest.mark.parametrize("claim", ["Inflation", "Turnout in the north", "The mood in the markets"])
def test_a_label_without_a_predicate_is_no_listed_claim(claim):
    assert listed_claim(claim) is None


def test_a_label_with_no_claim_before_the_colon_is_no_draft():
    assert drafts("Turnout in the north: 64%") == []


@pytest.mark.parametrize("before, text, statement, probability", [
    ("My probability that the ECB deposit rate is lower on 1 July than it is today is 70%, ",
     "and that it is at least 50 basis points lower, 30%.", "the ECB deposit rate will be at least 50 basis points lower", 0.3),
    ("Our forecast that the Greens will gain seats is 60%, ", "and that they win outright, 20%",
     "the Greens will win outright", 0.2),
])
def test_an_elided_and_that_clause_is_its_own_claim(before, text, statement, probability):
    from tracker.extract.stated_forms import stated_form

    found = stated_form(text, before)  # the clause as the clause splitter would cut it (see the report to the lead)
    assert (found.statement, found.stated) == (statement, probability)


@pytest.mark.parametrize("before, text", [
    ("Our forecast that the Greens gain seats is 60%, ", "and that they win outright, 20%"),  # no clear subject
    ("We think so, ", "and that it rains, 20%"),  # no first claim of the writer's number
])
def test_an_elided_that_without_a_first_claim_is_not_read(before, text):
    from tracker.extract.pointed_numbers import elided_that

    assert elided_that(text, before) is None


@pytest.mark.parametrize("text, statement, probability", [
    ("Wages are rising fast. A rate cut before March would require a sharp rise in unemployment, and I think the odds "
     "of that are slim, maybe 15%.", "there will be a rate cut before March", 0.15),
    ("Grain stocks are ample. A price spike above $300 a tonne this year would need a failed harvest, and we think the "
     "chance of that is small, about 8%.", "there will be a price spike above $300 a tonne this year", 0.08),
    ("The strike will end by May. We think the chance of that is high, about 70%.", "The strike will end by May", 0.7),
])
def test_the_chance_of_that_scores_the_claim_named_before_it(text, statement, probability):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == (statement, probability)


def test_the_chance_of_that_with_nothing_named_is_no_draft():
    assert drafts("Exports were flat. We think the chance of that is small, about 5%.") == []


@pytest.mark.parametrize("text, statement, due", [
    ("Chilean pension reform by June? Bettors are at 40%. The votes are not there yet; I'm at 25%.",
     "there will be Chilean pension reform by June", date(2026, 6, 30)),
    ("Gaza truce in 2026? Markets have drifted to 20%. I see no deal this year; I'm at 10%.",
     "there will be Gaza truce in 2026", date(2026, 12, 31)),
])
def test_a_headline_question_is_what_a_later_claimless_number_answers(text, statement, due):
    [draft] = drafts(text)
    assert (draft.statement, draft.due) == (statement, due)


@pytest.mark.parametrize("question", ["What next in 2026?", "Is a cut likely by March?", "So what in 2025?"])
def test_a_question_with_a_verb_or_a_wh_word_is_no_headline_question(question):
    from tracker.extract.first_person import asked_question

    assert asked_question(question) is None
