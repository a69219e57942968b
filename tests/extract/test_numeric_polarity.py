"""Numeric probabilities stated in the text; polarity (denying lead-ins), signposts, requirements, scope."""

from datetime import date

import pytest

from tracker.extract import extract_document, draft_file

PUBLISHED = date(2024, 1, 15)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence, probability, statement, due", [
    ("There is a 12% chance of a recession by the end of 2025.", 0.12,
     "there will be a recession by the end of 2025", date(2025, 12, 31)),
    ("We put the chance of a recession in 2024 at 12%.", 0.12, "there will be a recession in 2024", date(2024, 12, 31)),
    ("There is a 1 in 5 chance that the government will fall.", 0.2, "the government will fall", None),
    ("We see a one-in-ten chance of a default.", 0.1, "there will be a default", None),
    ("We assign a 30 per cent probability that the talks will collapse.", 0.3, "the talks will collapse", None),
    ("The probability of a snap election is about 40%.", 0.4, "there will be a snap election", None),
    ("Russia-NATO war: 21% by 2025.", 0.21, "there will be Russia-NATO war by 2025", date(2025, 12, 31)),
    ("A ceasefire (35% by the end of 2024).", 0.35, "there will be A ceasefire by the end of 2024", date(2024, 12, 31)),
])
def test_a_stated_number_is_the_probability(sentence, probability, statement, due):
    [draft] = drafts(sentence)
    assert (draft.probability, draft.statement, draft.band) == (probability, statement, (probability, probability))
    assert draft.rationale.startswith("probability stated in the text")
    assert "no legend" not in " ".join(draft.review)
    if due:
        assert draft.due == due


@pytest.mark.parametrize("text", [
    "The government will fall; we put the chance at 12%.",
    "The government will fall. We put the chance at 12%.",
])
def test_a_number_after_the_claim_scores_it(text):
    [draft] = drafts(text)
    assert (draft.statement, draft.probability) == ("The government will fall", 0.12)
    # the quote holds the number too, in its own sentence or not: the probability is read from it
    assert draft.quote == "The government will fall" + ("; we put the chance at 12%." if ";" in text else
                                                         ". We put the chance at 12%.")


@pytest.mark.parametrize("later, pointer", [
    ("I'd put their chances at around 40 per cent.", "their chances"),
    ("We put the odds of that at about 40%.", "the odds of that"),
    ("The probability is about 40%.", "The probability"),
])
def test_a_number_later_in_the_paragraph_scores_its_unhedged_claim(later, pointer):
    # the number names no claim of its own ("their chances"): it scores the paragraph's bare "will", not the
    # hedged claim between them, which has a probability already
    text = ("Arsenal will win the league. The squad is deeper than ever, and the new centre-backs give them a "
            f"defence that should concede fewer than 30 goals. {later}")
    by_statement = {d.statement: d for d in drafts(text)}
    assert by_statement["Arsenal will win the league"].probability == 0.4
    assert by_statement["Arsenal will win the league"].quote.startswith("Arsenal will win the league. … ")
    assert [d.probability for s, d in by_statement.items() if "concede" in s] == [0.75]
    assert not [s for s in by_statement if pointer.lower() in s.lower()]


@pytest.mark.parametrize("sentence", [
    "Unemployment will reach 21% by 2025.",              # a quantity, not a probability
    "Turnout was 60% in 2020.",
    "We put the chance at 12%.",                         # no claim in the paragraph to score
    "Growth of 3% is likely.",
])
def test_percentages_that_are_not_probabilities(sentence):
    assert [d.scale for d in drafts(sentence) if d.scale == "stated-in-text"] == []


def test_a_stated_probability_goes_into_the_file_as_it_is():
    extraction = extract_document("There is a 12% chance of a recession by the end of 2025.\n", published=PUBLISHED,
                                  scale="plain-reader")
    text = draft_file(extraction)
    assert "probability: 0.12" in text and "scale: stated-in-text" in text


@pytest.mark.parametrize("sentence, statement, probability", [
    ("It is not anticipated that there will be an uncontrolled arms race.",
     "there will be an uncontrolled arms race", 0.1),
    ("It is not expected that the ministry will resign.", "the ministry will resign", 0.1),
    ("We do not expect that the blockade will be lifted.", "the blockade will be lifted", 0.1),
])
def test_a_denying_lead_in_is_scored_at_the_complement(sentence, statement, probability):
    [draft] = drafts(sentence)
    assert (draft.statement, draft.probability, draft.band) == (statement, probability, (0.0, 0.3))
    assert "complement" in draft.rationale


@pytest.mark.parametrize("sentence", [
    "There is no evidence that the group will resume attacks.",
    "There are no signs that the army will withdraw.",
    "It is unclear whether the coalition will survive.",
    "It remains to be seen whether the truce will hold.",
    "It remains to be observed whether and, if so, how the networks will change.",
])
def test_a_doubting_lead_in_drops_the_judgement(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "In what follows, we will look at how the Kremlin uses its services.",
    "Once again, we will also look at China.",
    "We will first examine the economy.",
    "This chapter will describe the main threats.",
    "The next section will discuss the outlook.",
    "In order to maintain its strength, the USA will have to continue to innovate.",
    "If the alliance is to survive, its members will need to spend more.",
    "Generally speaking, a state which becomes the target of espionage will respond with countermeasures.",
    "I hope that you will find this report interesting.",
    "Putin is playing for time, believing that the West will wear out first.",
    "The minister, hoping that the talks will succeed, flew to Geneva.",
    "Uncertainty over how the talks will end is high.",
])
def test_signposts_requirements_habits_and_beliefs_are_not_forecasts(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence, statement", [
    ("The factory will have to close because of the sanctions.",    # a compulsion forecast, no purpose stated
     "The factory will have to close because of the sanctions"),
    ("The regime does not want a war and will seek a deal.", "The regime will seek a deal"),
    ("Moscow plans to hold talks and will raise its demands.", "Moscow will raise its demands"),
    ("The Baltic states will increase defence spending.", "The Baltic states will increase defence spending"),
    ("The state will tighten control over the media.", "The state will tighten control over the media"),
    ("China’s authoritarian state capitalism will continue to grow.",
     "China’s authoritarian state capitalism will continue to grow"),
    ("The promised stability will not be achieved.", "The promised stability will not be achieved"),
    ("Uncertainty over whether the USA will stay will enable others to play a greater role.",
     "Uncertainty over whether the USA will stay will enable others to play a greater role"),
])
def test_the_judgement_is_kept_where_the_scope_ends(sentence, statement):
    assert [d.statement for d in drafts(sentence)] == [statement]


def test_a_that_wish_still_governs_the_coordinated_clause():
    assert drafts("Moscow hopes that sanctions will ease and will end.") == []


def test_a_report_governs_the_coordinated_clause_too_both_kept_with_the_speaker():
    # Quoted judgements are the speaker's (issue 13): kept with the speaker as source forecaster, flagged.
    found = drafts("Moscow said sanctions will fail and will hurt Europe.")
    assert [d.speaker for d in found] == ["Moscow", "Moscow"]
    assert all(any("quoted" in note for note in d.review) for d in found)


@pytest.mark.parametrize("sentence", [
    "Portals spread its messages in the hope that they will go unnoticed.",   # a noun of wish governs "that"
    "Officials push the narrative that sanctions will fail.",
])
def test_a_wish_or_report_noun_after_a_determiner_still_governs_its_clause(sentence):
    assert drafts(sentence) == []
