"""Whose judgement a sentence states, what is no forecast at all, and comparatives of likelihood."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.legend_table import defines_term, prose_legend

PUBLISHED = date(2026, 11, 27)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


def only(text: str):
    found = drafts(text)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


# --- a quotation that goes on after its attribution is the speaker's -----------------------------------------

@pytest.mark.parametrize("paragraph, speaker", [
    ('"Freight demand has bottomed out," said Tomas Lind, chief analyst at Nordfrakt. "We expect container rates '
     'to rise 10% in 2027."', "Tomas Lind"),
    ('"The housing slump is over," said Priya Raman, head of research at Castle Partners.\n"We expect prices to '
     'climb again by mid-2027."', "Priya Raman"),
    ('"Costs are easing," Ana Ortiz, an economist at Banco Sur, said. "We expect the peso to strengthen\nnext year."',
     "Ana Ortiz"),
])
def test_a_quotation_continued_after_said_name_and_title_is_the_speakers(paragraph, speaker):
    found = [d for d in drafts(paragraph) if "expect" in d.quote]
    assert found and all(d.speaker == speaker for d in found)
    assert any("a quotation attributed to them" in note for note in found[0].review)


def test_the_authors_sentence_after_a_closed_quotation_stays_theirs():
    text = ('"Freight demand has bottomed out," said Tomas Lind, chief analyst at Nordfrakt.\n\n'
            'We expect container rates to rise 10% in 2027.')
    assert only(text).speaker is None


# --- reported speech with a named forecaster ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker, question", [
    ("Commerzbank analysts said in a note that slowing exports would probably push the ECB to cut twice next year.",
     "Commerzbank analysts", "Will slowing exports push the ECB to cut twice by 31 December 2027?"),
    ("Strategists at Nordea wrote in a client note that the krone would probably weaken in 2027.",
     "Strategists at Nordea", "Will the krone weaken by 31 December 2027?"),
    ("The central bank forecast in October that unemployment would peak at 6% by the end of 2027.",
     "the central bank", "Will unemployment peak at 6% by 31 December 2027?"),
])
def test_reported_speech_with_a_phrase_between_verb_and_that_is_kept_with_its_speaker(sentence, speaker, question):
    draft = only(sentence)
    assert (draft.speaker, draft.text) == (speaker, question)


@pytest.mark.parametrize("sentence, holder", [
    ("Swap markets on Friday priced a roughly 40% chance of a June hike, according to Refinitiv data.", "swap markets"),
    ("Interest rate swaps priced a 70% chance of a cut by March 2027, according to CME figures.", "interest rate swaps"),
])
def test_a_data_provider_is_no_forecaster_the_market_is(sentence, holder):
    assert only(sentence).speaker == holder


# --- others' views reported without quotation ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The glacier is expected by glaciologists to lose half its mass before 2060.",
    "Tehran believes that sanctions will be lifted by 2028.",
    "The Kremlin sees the standoff as a contest that will last beyond 2030.",
    "Several member states assess that the attacks will recur in 2027.",
    "Some analysts expect the ECB to cut twice next year.",
])
def test_another_bodys_expectation_belief_or_assessment_is_not_drafted(sentence):
    assert drafts(sentence) == []


def test_an_expectation_by_a_date_has_no_agent():
    assert len(drafts("Exports are expected by 2027 to recover.")) == 1


@pytest.mark.parametrize("sentence, question", [
    ("The euro is widely expected to weaken next year.", "Will the euro weaken by 31 December 2027?"),
    ("A snap election is generally expected to be called before the summer of 2027.",
     "Will a snap election be called by 31 May 2027?"),
])
def test_a_consensus_is_kept_as_the_consensus_not_the_publishers(sentence, question):
    draft = only(sentence)
    assert (draft.text, draft.speaker) == (question, "the consensus")
    assert not drafts(sentence.replace(" widely", "").replace(" generally", ""))[0].speaker


@pytest.mark.parametrize("sentence", [
    "Several members of the Intelligence Community assess that Tehran will expand its missile programme in 2027.",
    "We believe that sanctions will be lifted by 2028.",
    "Tehran will probably expand its missile programme in 2027.",
])
def test_the_authors_and_their_community_still_judge(sentence):
    assert only(sentence).speaker is None


@pytest.mark.parametrize("sentence, holder", [
    ("The Metaculus community has the chance of a Fed cut in March 2027 at 45%; we have no forecast of our own.",
     "the Metaculus community"),
    ("Analysts at Halden Risk put the probability of a coup before 2028 at 15%.", "Analysts at Halden Risk"),
])
def test_a_number_held_by_another_forecaster_is_theirs(sentence, holder):
    assert only(sentence).speaker == holder


def test_staff_and_first_person_numbers_stay_the_authors():
    assert only("Staff see a one-in-three chance that growth will fall below 3% in 2027.").speaker is None
    assert only("My view: I put the chance of a recession in 2027 at about 35%.").speaker is None


# --- not forecasts -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "G7 leaders agreed to end coal power by 2035. Canada will honour that pledge.",
    "Ministers agreed new climate targets in May. The government will meet those commitments.",
    "The Commission will present a proposal for a revised Data Act in the second quarter of 2027.",
    "The regulator will publish its review of tariffs in spring.",
    "The ministry will table a bill on grid access before the summer of 2027.",
    "This edition includes a new section setting out how the main risks are expected to develop over 2027.",
    "The present report also contains an annex showing how prices are expected to move next year.",
])
def test_pledges_announced_plans_and_the_report_describing_itself_are_not_forecasts(text):
    assert drafts(text) == []


@pytest.mark.parametrize("sentence", [
    "Spain will meet its deficit target in 2027.",
    "The central bank will cut rates in March 2027.",
    "The regulator will approve the merger before the end of 2027.",
])
def test_a_future_act_that_is_no_pledge_or_plan_is_still_a_forecast(sentence):
    assert len(drafts(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    '"Possible" means that we cannot rule a development out but that it is not more likely to happen than not.',
    'In this report, "probably" refers to a chance of 60 to 80%.',
    'Throughout, "unlikely" and "highly unlikely" denote our lowest levels of confidence that something will occur.',
])
def test_a_sentence_defining_an_estimative_term_is_no_judgement(sentence):
    assert defines_term(sentence)
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence", [
    'Officials said the ceasefire will "likely" collapse by March 2027.',
    'The word "likely" is overused, but a collapse of the ceasefire is likely by March 2027.',
])
def test_a_quoted_estimative_word_used_in_a_judgement_is_no_definition(sentence):
    assert not defines_term(sentence)
    assert len(drafts(sentence)) == 1


def test_a_term_first_legend_at_the_end_of_a_page_is_read_with_open_bands_closed():
    text = ("Body text.\n\n## Methodology\n\nThe Office expresses its judgements in estimative language: \"likely\" and "
            "\"will likely\" indicate a probability greater than 60%, \"highly likely\" greater than 85% and \"almost "
            "certainly\" greater than 95%; \"unlikely\" indicates a probability below 30%.\n")
    assert prose_legend(text) == {"likely": (0.6, 0.85), "highly likely": (0.85, 0.95), "almost certainly": (0.95, 1.0),
                                  "unlikely": (0.0, 0.3)}


def test_a_term_first_legend_sets_the_documents_scale_and_is_not_drafted():
    text = ("# Threat outlook\n\nPort congestion will likely ease through 2027.\n\n## Methodology\n\nThe Office "
            "expresses its judgements in estimative language: \"likely\" and \"will likely\" indicate a probability "
            "greater than 60%, \"highly likely\" greater than 85% and \"almost certainly\" greater than 95%; "
            "\"unlikely\" indicates a probability below 30%.\n")
    extraction = extract_document(text, published=PUBLISHED)
    [draft] = extraction.drafts
    assert draft.band == (0.6, 0.85) and draft.probability == pytest.approx(0.725)  # the middle of 60-85%


# --- comparatives --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, question", [
    ("In our view, Norway is less likely to leave the agreement before 2030.",
     "Will Norway leave the agreement by 31 December 2029?"),
    ("The junta is far less likely to hold elections in 2027 than it was a year ago.",
     "Will the junta hold elections by 31 December 2027?"),
    ("It is less likely that the lira will recover this year.", "Will the lira recover by 31 December 2026?"),
])
def test_less_likely_is_read_as_unlikely_and_flagged(sentence, question):
    draft = only(sentence)
    assert draft.text == question
    assert draft.probability < 0.5  # plain readers' "unlikely" (0.10-0.25), never "likely"
    assert any('comparative "less likely"' in note for note in draft.review)


def test_more_likely_is_read_as_likely_and_flagged():
    draft = only("A strike at the port is now more likely to happen in 2027 than in 2026.")
    assert draft.probability > 0.5 and draft.text == "Will a strike at the port happen by 31 December 2027?"
    assert any('comparative "more likely"' in note for note in draft.review)


@pytest.mark.parametrize("sentence, probability", [
    ("A strike is more likely than not in 2027.", 0.6),             # a term of its own (a lean above even), not a comparative
    ("An attack by a lone actor is less likely, but possible, in the coming year.", 0.4),  # the concession's weaker word
])
def test_near_misses_of_the_comparative_keep_their_reading(sentence, probability):
    draft = only(sentence)
    assert draft.probability == pytest.approx(probability)
    assert not any("comparative" in note for note in draft.review)


def test_no_more_likely_is_no_judgement_either_way():
    assert drafts("A rate cut is no more likely to come in March than in June.") == []


# --- a named forecaster's quotation under a label, and "a meaningful chance" ------------------------------------

@pytest.mark.parametrize("sentence, speaker, question", [
    ('Senior analyst Mia Holm: "A default before 2028 is unlikely."', "Mia Holm", "Will there be a default by 31 December 2027?"),
    ('Our forecaster Jonas K. Weber: "A hung parliament in 2027 is likely."', "Jonas K. Weber",
     "Will there be a hung parliament by 31 December 2027?"),
])
def test_a_quotation_under_a_persons_name_is_theirs(sentence, speaker, question):
    draft = only(sentence)
    assert (draft.speaker, draft.text) == (speaker, question)


def test_a_label_before_a_quotation_names_no_speaker():
    assert only('Key Judgement: "A default before 2028 is unlikely."').speaker is None


@pytest.mark.parametrize("sentence, question", [
    ("There is a meaningful chance that the port strike spreads to rail freight in 2027.",
     "Will the port strike spread to rail freight by 31 December 2027?"),
    ("We see a meaningful chance that the lira hits 50 to the dollar before 2028.",
     "Will the lira hit 50 to the dollar by 31 December 2027?"),
])
def test_a_meaningful_chance_is_a_real_but_minority_chance(sentence, question):
    draft = only(sentence)
    assert draft.text == question
    assert 0.25 <= draft.probability <= 0.5  # plain readers' "could happen" band: a real chance, short of even


def test_a_meaningful_difference_is_no_chance():
    assert drafts("There is a meaningful difference between the two plans for 2027.") == []


@pytest.mark.parametrize("sentence, question", [
    ("The number of cases reported to regional health boards is expected to rise by at least 20% in 2027.",
     "Will the number of cases reported to regional health boards rise by at least 20% by 31 December 2027?"),
    ("Thefts reported to the police are likely to fall in 2027.",
     "Will thefts reported to the police fall by 31 December 2027?"),
])
def test_reported_to_someone_is_a_participle_not_a_report(sentence, question):
    assert only(sentence).text == question


def test_reported_to_with_a_that_clause_is_still_a_report():
    assert drafts("Officials reported to parliament that tolls will rise in 2027.") == []


@pytest.mark.parametrize("sentence", [
    "Oslo hosts the Arctic forum in June 2027, which the Chinese premier is expected to attend.",
    "The treaty conference in 2027, which both governments are expected to boycott, opens in Geneva.",
])
def test_an_expectation_inside_an_object_relative_clause_describes_its_noun(sentence):
    assert drafts(sentence) == []


def test_a_subject_relative_expectation_is_still_read():
    assert len(drafts("Unemployment has reached 6%, which is expected to rise to 7% in 2027.")) == 1


@pytest.mark.parametrize("sentence", [
    "In our 2024 report we wrote that Minsk would probably expand its use of proxies; this has since happened.",
    "Last spring I said that the lira would probably fall further, and it did.",
])
def test_the_authors_recalling_their_own_past_forecast_is_no_new_forecast(sentence):
    assert drafts(sentence) == []
