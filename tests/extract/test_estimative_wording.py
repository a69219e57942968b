"""Estimative wording and the authors' own lead-ins (lexicon.py, judgements.py, phrase_shapes.py, grammar.py,
estimative_forms.py, set_off_numbers.py, number_words.py, numeric.py, stated_forms.py, hedges.py, legend_table.py,
legend_prose.py): "is liable to", "would probably", "X, however, is unlikely", a number set off after the phrase, "we
see X as unlikely", "give N% to X", "continue to put X at N%", numbers spelled in words and lower bounds, "there is a
risk that", "highly probable", a hedge the legend defines in prose, and denials put first ("Nor does ...", "Neither do
we ..."). Sentences written for these tests; probabilities checked against the plain-reader scale's published
medians (CAPphrase) or the stated number, by hand."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 5, 4)


def drafts(text: str, scale: str | None = "plain-reader"):
    return extract_document(text + "\n", published=PUBLISHED, scale=scale).drafts


def only(text: str):
    found = drafts(text)
    assert len(found) == 1, [d.statement for d in found]
    return found[0]


# --- "is liable to VERB": an inclination, read as the plain reader's "likely" (median 0.75) -------------------
@pytest.mark.parametrize("text, statement", [
    ("Port congestion is liable to worsen through the 2027 harvest season.",
     "Port congestion will worsen through the 2027 harvest season"),
    ("Militias in the east are therefore liable to step up attacks on supply convoys in 2026.",
     "Militias in the east will step up attacks on supply convoys in 2026"),
    ("The new cabinet is liable to remain divided over pension reform until the 2028 election.",
     "The new cabinet will remain divided over pension reform until the 2028 election"),
])
def test_liable_to_a_verb_reads_as_likely_and_says_so(text, statement):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, 0.75)
    assert '"liable" read as "likely"' in draft.rationale


@pytest.mark.parametrize("text", [
    "The operator is liable for the losses caused by the outage.",
    "Directors are liable to a fine of up to 5,000 euros.",
    "Importers are liable to pay the duty within 30 days.",
    "Officials who leak the report are liable to be prosecuted.",
])
def test_liable_for_or_to_a_penalty_is_no_judgement(text):
    assert [d for d in drafts(text) if "liable" in d.rationale] == []


# --- "would probably / would likely": the modal before the phrase, as "will probably" -------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("We think the ruling alliance would probably still win the most seats in an early vote.",
     "the ruling alliance will still win the most seats in an early vote", 0.75),
    ("The opposition would likely lose its majority in the upper house in 2027.",
     "The opposition will lose its majority in the upper house in 2027", 0.75),
    ("A second referendum would very likely fail before 2030.", "A second referendum will fail before 2030", 0.9),
])
def test_would_before_the_phrase_is_read_like_will(text, statement, probability):
    draft = only(text)
    assert draft.probability == probability and draft.statement.endswith(statement)


@pytest.mark.parametrize("text", [
    "In our 2024 report we wrote that the smelter would probably close in 2025.",
    "The board had said that margins would likely recover during 2025, and they did.",
    "A blockade would likely halt grain exports if the strait were closed.",  # a hypothesis, not a forecast
    "Should the talks collapse, the union would almost certainly strike again.",
    "Without new credit lines, the mill would likely shed a third of its staff in 2027.",
])
def test_would_reporting_a_past_forecast_or_a_hypothesis_is_no_draft(text):
    assert drafts(text) == []


# --- an adverb set off between subject and copula ---------------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("A snap poll, however, is unlikely before the autumn.", "snap poll before the autumn"),
    ("A formal merger, by contrast, is highly unlikely in 2027.", "formal merger in 2027"),
    ("Ratification is, however, unlikely before 2028.", "Ratification before 2028"),
    ("We think a merger is, however, still unlikely before 2028.", "a merger before 2028"),
    ("Most of our forecasters think a snap poll is still unlikely this year.", "there will be a snap poll this year"),
    ("The pipeline, however, is likely to be delayed until 2028.", "The pipeline will be delayed until 2028"),
    ("Exports rose in May; imports, however, are unlikely to recover before 2027.", "imports will recover before 2027"),
])
def test_an_adverb_set_off_by_commas_is_no_part_of_the_subject(text, words):
    draft = only(text)
    assert words in draft.statement and "however" not in draft.statement and "contrast" not in draft.statement
    assert "think" not in draft.statement
    assert draft.probability in (0.2, 0.05, 0.75)


# --- a number set off after the phrase: the number wins, the words check it --------------------------------------
@pytest.mark.parametrize("text, probability", [
    ("We think a coalition collapse before the end of 2027 is more likely than not, at around 58%.", 0.58),
    ("A rate hike in March is unlikely, at about 15%.", 0.15),
    ("We see a default by the utility before 2028 as unlikely (10%, down from 15%).", 0.10),
])
def test_a_number_set_off_after_the_phrase_wins(text, probability):
    draft = only(text)
    assert draft.probability == probability
    assert "wins over" in draft.rationale


def test_a_number_on_the_other_side_of_even_from_the_words_is_flagged():
    draft = only("A rate cut in June is likely, at around 30%.")
    assert draft.probability == 0.3 and "disagree" in draft.rationale


def test_a_figure_after_a_comma_that_is_no_chance_stays_a_figure():
    assert [d.probability for d in drafts("Inflation is likely to stay high this year, at 4%.")] == [0.75]


# --- "we see / regard X as PHRASE": the authors' judgement of a named event --------------------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("We regard a snap election before 2028 as likely.", "there will be a snap election before 2028", 0.75),
    ("We also see a truce in Tigray signed by 30 June 2027 as highly unlikely.",
     "a truce in Tigray will be signed by 30 June 2027", 0.05),
])
def test_seeing_an_event_as_likely_is_a_judgement_of_it(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)


@pytest.mark.parametrize("text", ["We see this as unlikely.", "Some analysts see the merger as likely."])
def test_seeing_a_pronoun_or_others_seeing_is_no_draft(text):
    assert drafts(text) == []


# --- numbers: "give N% to X", "continue to put X at N% or less", words, lower bounds -----------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("Our analysts now give 40% to a snap election in Chile being called before March 2028.",
     "a snap election in Chile will be called before March 2028", 0.40),
    ("We continue to put a sovereign default by Ghana before the end of 2027 at 5% or less.",
     "there will be a sovereign default by Ghana before the end of 2027", 0.05),
    ("There is a thirty per cent chance of a strike at the port this year.",
     "there will be a strike at the port this year", 0.30),
    ("We see a twenty-five percent chance of a recession in Spain next year.",
     "there will be a recession in Spain next year", 0.25),
    # a lower bound: the middle of what it leaves open (70-100%), not its edge
    ("We judge there is a greater than seventy per cent chance of a coup attempt in the next 12 months.",
     "there will be a coup attempt in the next 12 months", 0.85),
    ("There is a more than 50 per cent chance of a wildcat strike this summer.",
     "there will be a wildcat strike this summer", 0.75),
])
def test_stated_numbers_in_these_forms(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, pytest.approx(probability))


def test_a_spelled_share_that_is_no_chance_is_no_draft():
    assert drafts("Fifty per cent of voters backed the plan in 2025.") == []


# --- "there is a risk that X will": a possibility named, not a plain "will" ---------------------------------------
@pytest.mark.parametrize("text", [
    "There is a risk that the militia will move from harassment to open attacks on the pipeline.",
    "There is a risk that food prices will keep rising through 2027.",
    "There is a growing risk that the ceasefire will collapse before the winter.",
])
def test_a_risk_that_x_will_reads_as_possible(text):
    draft = only(text)
    assert draft.probability == 0.4  # plain readers' "could happen" / "possible" median
    assert "risk that" in draft.rationale


# --- strong words the lexicon's sources name -----------------------------------------------------------------------
@pytest.mark.parametrize("text, probability", [
    ("It is highly probable that the reactor will restart in 2027.", 0.9),  # ICD 203: "highly probable" = "very likely"
    ("It is highly improbable that the treaty will be ratified in 2026.", 0.05),  # ICD 203: = "very unlikely"
])
def test_highly_probable_is_very_likely(text, probability):
    assert only(text).probability == probability


# --- denials put first ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("Nor does the Council assess that the bridge is likely to reopen in 2027.", "the bridge will reopen in 2027", 0.25),
    ("Neither do we expect the strike to end before May.", "the strike will end before May", 0.25),
    ("Nor do we think the tariff will be lifted this year.", "the tariff will be lifted this year", 0.1),
])
def test_a_denial_put_first_scores_the_complement(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, pytest.approx(probability))
    assert draft.rationale.count("negative lead-in") <= 1


# --- the authors' own lead-ins -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, statement, probability", [
    ("We expect at least one new sanctions package, most likely on shipping, to be adopted before the summit.",
     "at least one new sanctions package will be adopted before the summit", 0.75),
    ("Our forecasters expect the jobless rate to peak below 6% this year.", "the jobless rate will peak below 6% this year", 0.75),
    ("We should expect more power cuts next winter.", "there will be more power cuts next winter", 0.75),
    ("I don't expect a recount.", "there will be a recount", 0.25),
    ("We do not expect a breakthrough before the summit.", "there will be a breakthrough before the summit", 0.25),
    ("The most likely outcome is a hung parliament after the May election.",
     "there will be a hung parliament after the May election", 0.75),
    ("Chileans vote on 16 November, with a likely second round on 14 December.",
     "there will be a second round on 14 December", 0.75),
])
def test_lead_ins_of_the_authors_own_expectation(text, statement, probability):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, probability)


@pytest.mark.parametrize("text, statement", [
    ("Nobody is going to be able to form a cabinet with only two partners this time.",
     "Nobody will be able to form a cabinet with only two partners this time"),
    ("No party will be able to govern alone after the 2027 election.",
     "No party will be able to govern alone after the 2027 election"),
])
def test_a_capability_denied_to_every_actor_is_a_forecast(text, statement):
    draft = only(text)
    assert (draft.statement, draft.probability) == (statement, 0.9)


def test_a_capability_of_a_thing_stays_a_description():
    assert drafts("The new radar will be able to track drones at 40 km.") == []


@pytest.mark.parametrize("text", [
    "Tenants should expect higher rents.",  # advice to others, no one's forecast
    "We expect a lot from the new board.",
    "We expect an apology from the ministry.",  # expected as a demand: only a denied single noun is read as the event
    "Voters went to the polls, with a likely turnout record.",  # no time: a description
])
def test_near_misses_of_the_lead_ins_are_no_draft(text):
    assert drafts(text) == []


# --- a hedge the legend defines in prose after its table ---------------------------------------------------------
_LEGEND = """The assessment uses the following terms:

| Term | Probability |
|---|---|
| Highly unlikely | less than 10 % |
| Unlikely | 10-35 % |
| Possible | 35-65 % |
| Likely | 65-90 % |
| Highly likely | more than 90 % |

"{term}" is used about events that are very improbable (less than 5 %) but whose consequences would be grave.

It cannot be ruled out that a hostile state will sabotage the grid in 2027.
"""


@pytest.mark.parametrize("definition", [
    '"Cannot be ruled out" is used about events that are very improbable (less than 5 %) but whose consequences would be grave.',
    '“Cannot be ruled out” refers to events we judge very improbable (below 5%) that would still have grave consequences.',
    '"Cannot be ruled out" is reserved for outcomes with a very small probability (under 5 per cent).',
])
def test_a_hedge_defined_in_prose_after_the_legend_takes_the_printed_band(definition):
    text = _LEGEND.replace('"{term}" is used about events that are very improbable (less than 5 %) but whose consequences would be grave.',
                           definition)
    [draft] = extract_document(text, published=PUBLISHED).drafts
    assert draft.probability == pytest.approx(0.025)  # the middle of 0-5%
    assert draft.statement == "a hostile state will sabotage the grid in 2027"


def test_without_the_definition_the_hedge_keeps_its_plain_reading():
    [draft] = extract_document(_LEGEND.format(term="Remote"), published=PUBLISHED).drafts
    assert draft.probability == pytest.approx(0.3)


@pytest.mark.parametrize("text", ["Nor does the Council assess that", "neither do we expect", "NOR DID THE BANK THINK that"])
def test_the_word_test_before_the_negative_lead_lets_a_denial_put_first_through(text):
    from tracker.extract import hedges
    from tracker.extract.folding import folded

    assert hedges.NEGATIVE_LEAD.search(text)
    assert any(piece in folded(text) for piece in hedges._NEGATIVE_PIECES)
