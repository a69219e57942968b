"""Two judgements joined in one sentence (clauses.py): ", and" before a clause with a subject and a finite verb of its
own, a second "that" clause under one verb, a second infinitive under "we expect X to". Each clause is its own draft,
with its own negation and its own time. Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.clauses import split_clauses

PUBLISHED = date(2026, 2, 10)


def _drafts(sentence: str):
    return extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence, first, second", [
    # the second clause's own negative lead-in ("we do not expect") and its own year
    ("The junta's grip on the capital is very likely to hold in the coming years, and we do not expect armed groups "
     "to seize the port before the referendum in 2031.", "junta's grip", "armed groups"),
    # a second subject whose phrase carries two adverbs ("is therefore not expected to")
    ("Coal will remain the backbone of the grid, and the share of imported gas is therefore not expected to fall in "
     "the coming decade.", "Coal", "imported gas"),
    ("We expect the cartel to keep expanding its routes, and the risk of a clash between rival crews is likely to "
     "increase.", "cartel", "rival crews"),
    ("The harbour will stay closed to tankers this winter, and I don't expect the ban to be lifted "
     "before 2029.", "harbour", "ban"),
])
def test_a_second_subject_and_finite_verb_is_a_judgement_of_its_own(sentence, first, second):
    found = _drafts(sentence)
    assert len(found) == 2
    assert first in found[0].text and second not in found[0].text
    assert second in found[1].text and first not in found[1].text


@pytest.mark.parametrize("sentence, first_low, second_low", [
    ("The junta's grip on the capital is very likely to hold in the coming years, and we do not expect armed groups "
     "to seize the port before the referendum in 2031.", False, True),
    ("Coal will remain the backbone of the grid, and the share of imported gas is therefore not expected to fall in "
     "the coming decade.", False, True),
    ("The treaty is unlikely to be ratified this year, and the opposition will probably win the autumn vote.",
     True, False),
])
def test_the_negation_of_one_clause_does_not_reverse_the_other(sentence, first_low, second_low):
    first, second = _drafts(sentence)
    assert (first.probability < 0.5) is first_low
    assert (second.probability < 0.5) is second_low


@pytest.mark.parametrize("sentence, second_year", [
    ("The junta's grip on the capital is very likely to hold, and we do not expect armed groups to seize the port "
     "before the referendum in 2031.", 2031),
    ("The drought will cut this year's harvest, and food prices are therefore expected to climb in 2028.", 2028),
])
def test_a_year_in_the_second_clause_does_not_date_the_first(sentence, second_year):
    first, second = _drafts(sentence)
    assert first.due.year != second_year
    assert second.due.year == second_year


@pytest.mark.parametrize("sentence, spliced", [
    ("Wages will keep rising through 2027, and the agency's latest review concluded that the pension system is "
     "sound.", "concluded"),
    ("The navy will commission two frigates in 2027, and the army has ordered new tanks.", "tanks"),
    ("Tourism will recover slowly, and the statistics office reported that hotel stays were flat.", "hotel"),
    # a second clause's own "could" is no part of the first question (drafted or not, it is its own)
    ("Unemployment will rise to 6% in 2027, and the central bank could cut rates twice.", "could"),
])
def test_a_second_clause_stays_out_of_the_first_question(sentence, spliced):
    found = _drafts(sentence)
    assert len(found) == 1
    assert spliced not in found[0].text


@pytest.mark.parametrize("sentence, first, second", [
    ("The ministry assesses that flooding will worsen over the next decade and that it will increasingly affect "
     "coastal towns.", "flooding", "coastal towns"),
    ("We judge that the strike will spread to the docks and that the government will call in the army.",
     "strike", "army"),
])
def test_a_second_that_clause_under_one_verb_is_its_own_judgement(sentence, first, second):
    found = _drafts(sentence)
    assert len(found) == 2
    assert first in found[0].text and second not in found[0].text
    assert second in found[1].text


@pytest.mark.parametrize("sentence, dues, second", [
    ("We expect the central bank to cut its rate to 3.5 per cent by mid-2027, and to keep it there until the end of "
     "2028.", [date(2027, 6, 30), date(2028, 12, 31)], "keep it there"),
    # "and then VERB": the second verb in sequence, under the same "we expect X to"
    ("We expect the council to approve the plan in March and then start building in 2027.",
     [date(2026, 3, 31), date(2027, 12, 31)], "start building"),
    ("Our team expects the regulator to freeze fares this year, and then raise them by 4% in 2028.",
     [date(2026, 12, 31), date(2028, 12, 31)], "raise them"),
])
def test_a_second_verb_under_we_expect_keeps_its_own_time(sentence, dues, second):
    found = _drafts(sentence)
    assert [d.due for d in found] == dues
    assert second not in found[0].text and second in found[1].text


@pytest.mark.parametrize("sentence, first, second", [
    ("Inflation will fall to 2% by the summer and the central bank will cut rates in 2027.", "Inflation", "bank"),
    ("Exports are expected to slow in 2026 and unemployment is likely to rise in 2027.", "Exports", "unemployment"),
    ("The truce will hold through the winter and both armies will pull back from the river.", "truce", "armies"),
])
def test_and_without_a_comma_between_two_whole_clauses_splits(sentence, first, second):
    found = _drafts(sentence)
    assert len(found) == 2
    assert first.lower() in found[0].text.lower() and second not in found[0].text
    assert second in found[1].text and first.lower() not in found[1].text.lower()


@pytest.mark.parametrize("sentence, second", [
    ("Fares will rise in 2027 and the risk of a strike is liable to grow.", "the risk of a strike is liable to grow."),
    ("The dam will be finished by 2028 and the valley is expected to flood by 2029.",
     "the valley is expected to flood by 2029."),
])
def test_the_second_whole_clause_starts_at_its_subject(sentence, second):
    assert [c.text for c in split_clauses(sentence)][1] == second


def test_an_impersonal_phrase_governs_the_clause_after_a_bare_and():
    found = _drafts("It is likely that the strike will spread and the government will call in the army.")
    assert [d.phrase for d in found] == ["likely", "likely"]


def test_a_frame_opening_the_sentence_covers_the_clause_after_and():
    # a plan described ("According to the plan, ... will be built and ... will be"), not forecast, in both clauses
    assert _drafts("According to the plan, two new depots will be built and the old airfield will be enlarged by "
                   "2029.") == []


@pytest.mark.parametrize("sentence", [
    "Inflation will rise and remain high in 2027.",                          # one subject, two verbs, no comma
    "Chile and Peru will sign the treaty next year.",                        # a coordinated subject
    "The pact will cover trade with France, Spain, and Italy from 2027.",    # a list, no verb after it
    "The levy will hurt small exporters, and the towns that depend on them.",  # a noun phrase with a relative clause
    # one belief reported whose first "that" clause judges nothing: no second judgement of the writer's
    "The minister probably believes that time is on her side and that the strike will collapse.",
    # "and" inside a clause that is still open: a subject of two nouns, a subordinate "whether"
    "It is likely that Russia and China will deepen their ties in 2027.",
    "The court will decide whether the firm and its rival will merge.",
    # (not "X will A and almost certainly will B": the second modal's own estimative word makes it a judgement of its
    # own, with its own phrase and time: test_shared_judgements.py)
    # a hope, a condition or a purpose opened before the "and" holds both halves: neither is a forecast of its own
    "The group seeds its claims on fringe forums in the hope that they will spread and their origin will be forgotten.",
    "Officials stay silent so that the story will fade and the inquiry will lose momentum.",
    "Unless the levee is raised the river will flood the town and the mill will close.",
])
def test_joins_that_are_not_two_clauses_stay_whole(sentence):
    assert len(split_clauses(sentence)) == 1
