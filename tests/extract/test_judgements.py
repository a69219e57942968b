"""Which sentences are forecasts, with which phrase: positives, negatives, negation and hedges."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2024, 1, 15)


def drafts(text: str, scale: str = "lt-nta"):
    return extract_document(text + "\n", published=PUBLISHED, scale=scale).drafts


def one(text: str, scale: str = "lt-nta"):
    found = drafts(text, scale)
    assert len(found) == 1, [d.statement for d in found]
    return found[0]


@pytest.mark.parametrize("sentence, phrase, probability", [
    ("It is highly likely that the ministry will cut its budget.", "highly likely", 0.875),
    ("The ministry is likely to cut its budget.", "likely", 0.625),
    ("The ministry highly likely will cut its budget.", "highly likely", 0.875),
    ("It is unlikely that the two parties would merge.", "unlikely", 0.125),
    ("The port will remain closed.", "will", 0.9),
    ("The port is expected to reopen.", "likely", 0.75),  # a central projection (expectation.py)
    ("The treaty will inevitably collapse.", "inevitably", 0.95),
    ("It is possible that the army will attack the islands.", "possible", 0.375),
    ("An invasion is unlikely.", "unlikely", 0.125),
])
def test_forward_looking_judgements_are_drafted_with_their_phrase(sentence, phrase, probability):
    draft = one(sentence)
    assert (draft.phrase, draft.probability, draft.quote) == (phrase, probability, sentence)


@pytest.mark.parametrize("sentence", [
    "It is likely that the group was behind the attack.",              # past judgement
    "It is highly likely that the minister had been warned.",          # past judgement
    "The regime is likely preparing for a long conflict.",             # present judgement
    "It is likely that the loyalty is driven by fear.",                # present judgement
    "Due to the likely damage to their reputation, firms stay away.",  # adjective, not a judgement
    "The minister announced that the army will grow by 10,000 troops.",  # others' stated intention
    "The government plans to build two new ports.",                    # intention
    "Officials hope that the aid will help the economy.",              # others' hopes
    "The army is capable of holding the line.",                        # capability
    "States should increase their defence spending.",                  # recommendation
    "Will the talks succeed?",                                         # a question
    "The summit will be held in Vilnius in July.",                     # a schedule
    "The council will consist of 1,200 members.",                      # a description
    "The smoke represents the war that will never break the nation.",  # relative clause, a caption
    "The political will to reform is weak.",                          # "will" the noun
])
def test_past_present_intentions_and_descriptions_are_not_drafted(sentence):
    assert drafts(sentence) == []


def test_headings_are_not_drafted():
    text = "# Russia will prioritise its army\n\nThe economy shrank in 2023.\n"
    assert drafts(text) == []


def test_will_not_is_a_negated_claim_scored_as_will():
    draft = one("The sanctions will not impede the funding of the army.")
    assert (draft.phrase, draft.probability) == ("will", 0.9)
    assert draft.text.startswith("Will the sanctions not impede the funding of the army by ")


def test_not_likely_reads_as_unlikely():
    draft = one("A ceasefire is not likely in the short term.")
    assert (draft.phrase, draft.probability) == ("unlikely", 0.125)


def test_highly_likely_will_not_keeps_the_negation_in_the_question():
    draft = one("These efforts highly likely will not live up to expectations.")
    assert draft.phrase == "highly likely"
    assert draft.text.startswith("Will these efforts not live up to expectations by ")


def test_cannot_be_ruled_out_is_a_hedge_flagged_for_review():
    draft = one("A second attack cannot be ruled out.", scale="plain-reader")
    assert (draft.phrase, draft.probability) == ("cannot be ruled out", 0.3)
    assert "hedge: cannot be ruled out" in draft.review


def test_unless_is_kept_as_a_condition_for_review():
    draft = one("It is unlikely that the regime will fall unless the army defects.")
    assert draft.phrase == "unlikely"
    assert "conditional: unless the army defects" in draft.review


def test_one_sentence_with_two_clauses_gives_two_drafts_sharing_the_subject():
    found = drafts("Russia will be hit with tougher sanctions and will inevitably drift closer to China.",
                   scale="plain-reader")
    assert [(d.phrase, d.probability) for d in found] == [("will", 0.9), ("inevitably", 0.95)]
    assert found[1].text.startswith("Will Russia drift closer to China by ")
    assert found[0].quote == found[1].quote


def test_phrase_missing_from_the_legend_is_read_on_the_plain_reader_scale():
    draft = one("It is almost certain that the election will be postponed.")
    assert (draft.scale, draft.probability) == ("plain-reader", 0.95)
    assert "no legend for this phrase: read as plain readers do" in draft.review


def test_we_assess_is_the_authors_voice_not_reported_speech():
    draft = one("We assess that the regime will avoid unpopular decisions.")
    assert draft.phrase == "will"


@pytest.mark.parametrize("sentence, written", [
    ("The talks won't succeed this year.", "won't"),
    ("The talks won’t succeed this year.", "won’t"),
    ("The talks will not succeed this year.", "will not"),
])
def test_a_contracted_negation_is_quoted_as_written(sentence, written):
    draft = one(sentence, "plain-reader")
    assert draft.rationale.startswith(f'"{written}" read as "will"')
    assert draft.text.startswith("Will the talks not succeed")
