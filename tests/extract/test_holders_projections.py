"""Other people's forecasts with a verb of expecting or projecting (issue 13, round 22): any holder (a lower-case
institution, "Staff", a name ending in s, a long polled subject) with "expects / projects / forecasts / predicts" and a
claim that is measured or timed; a noun object with its figure ("expects a deficit of 2 percent this year"); "expects
to VERB" for the holders' own measured, timed outcome; an aside or a second predicate before the verb; the speaker
named after the clause; a title before a name after a quotation; "Few X believe" as the consensus; a person named
before "He expects". And the near misses: requirements, an actor's wish with nothing measured and no time, a
publication's projection, a comparative noun figure, a plan with no figure. Sentences written for these tests;
"expects / projects" is a central projection, read as "likely" (plain readers' 0.75)."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 4, 13)
MASTHEAD = "Harbour Economic Weekly\n13 April 2026\n\n"


def drafts(text: str):
    return extract_document(MASTHEAD + text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, speaker, claim, due", [
    ("The central bank expects inflation to ease to 2.4% next year.", "the central bank", "inflation ease to 2.4%",
     date(2027, 12, 31)),
    ("The delegation expects the trade balance to stay in deficit over the medium term.", "the delegation",
     "the trade balance stay in deficit", None),
    ("Staff projects the primary balance to improve to 1.5 percent of GDP in 2027.", "Staff",
     "the primary balance improve to 1.5 percent of GDP", date(2027, 12, 31)),
    ("The regulator forecasts household energy bills to fall by 8% in 2027.", "the regulator",
     "household energy bills fall by 8%", date(2027, 12, 31)),
    ("Northwinds expects passenger numbers to grow by 3.2% in 2027.", "Northwinds", "passenger numbers grow by 3.2%",
     date(2027, 12, 31)),
    ("The chamber of commerce predicts exports to reach $40 billion by 2028.", "the chamber of commerce",
     "exports reach $40 billion", date(2028, 12, 31)),
    ("Halvard Analytics now expects as many as 1,200 stores to close in 2027.", "Halvard Analytics",
     "1,200 or more stores close", date(2027, 12, 31)),
    ("Fund managers polled by the exchange in its spring survey expect the index to end 2026 about 5 per cent "
     "higher.", "Fund managers polled by the exchange in its spring survey", "the index end 2026", date(2026, 12, 31)),
    ("The Lindqvist Letter, an independent bulletin, revised two ratings on Friday and now expects the "
     "opposition to win between 20 and 30 seats in 2026.", "the Lindqvist Letter", "the opposition win between 20 and 30",
     date(2026, 12, 31)),
    ("The institute's chief economist, Priya Nandakumar, expects unemployment to peak at 6.1% in 2027.",
     "Priya Nandakumar", "unemployment peak at 6.1%", date(2027, 12, 31)),
])
def test_a_holder_expects_a_measured_or_timed_claim(text, speaker, claim, due):
    [draft] = drafts(text)
    assert draft.speaker == speaker and claim in draft.text and draft.probability == 0.75
    if due is not None:
        assert draft.due == due


@pytest.mark.parametrize("text, speaker, claim, due", [
    ("The finance ministry expects a deficit of 2.8 percent of GDP this year.", "the finance ministry",
     "a deficit of 2.8 percent of GDP", date(2026, 12, 31)),
    ("The growers' federation forecasts a harvest of 1.2 million tonnes in 2026.", "the growers' federation",
     "a harvest of 1.2 million tonnes", date(2026, 12, 31)),
    ("The Skills & Training Council expects a shortage of about 15,000 nurses by 2029.",
     "the Skills & Training Council", "a shortage of about 15,000 nurses", date(2029, 12, 31)),
    ("For barley, the cooperative projects a crop of 900,000 tonnes next year, down from 1.1 million.",
     "the cooperative", "a crop of 900,000 tonnes", date(2027, 12, 31)),
])
def test_a_noun_object_with_its_figure(text, speaker, claim, due):
    [draft] = drafts(text)
    assert draft.speaker == speaker and claim in draft.text and draft.due == due and draft.probability == 0.75


@pytest.mark.parametrize("text, claim, due", [
    ("Three in five exporters surveyed by the chamber in March expect to raise prices by at least 5% before the end "
     "of 2026.", "raise prices by at least 5%", date(2026, 12, 31)),
    ("A grid official told us that the utility expects to connect about 40 GW of new capacity by 2028.",
     "connect about 40 GW", date(2028, 12, 31)),
])
def test_expect_to_verb_is_the_holders_own_measured_outcome(text, claim, due):
    [draft] = drafts(text)
    assert claim in draft.text and draft.due == due and draft.probability == 0.75


@pytest.mark.parametrize("text, speaker", [
    ("The union expects wages to rise by 4% in 2027, its president Marta Solis told reporters.", "its president Marta Solis"),
    ("The farm lobby expects yields to fall 10% this year, Okafor said.", "Okafor"),
    ("Growth will slow to 1.1% next year, said Nordhavn economist Jonas Eklund.", "Nordhavn economist Jonas Eklund"),
    ('"I fully expect the final to go to a replay," said Tomas Brandt, a sports statistician.', "Tomas Brandt"),
    ('"We do not expect freight rates to recover before 2028," said managing director Lea Hoff.',
     "managing director Lea Hoff"),
])
def test_the_speaker_named_after_the_clause(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker


def test_the_publisher_keeps_an_analyst_writing_its_note():
    [draft] = drafts("Nordbank expects nickel prices to rise 9% next year, Larsen wrote in a note.")
    assert draft.speaker == "Nordbank"


def test_a_person_named_before_he():
    [draft] = drafts("Ingrid Moe heads the harbour board.\nShe expects throughput to rise 4% in 2027.")
    assert draft.speaker == "Ingrid Moe"


def test_few_believe_is_the_consensus():
    [draft] = drafts("Few economists believe prices will return to their 2019 level in 2027.")
    assert draft.speaker == "the consensus"


@pytest.mark.parametrize("text", [
    "In its spring Financial Stability Report, the Norrland central bank's policy board said it expects inflation to "
    "return to 2 per cent in 2027.",
    "4.2 In its latest Outlook, the Norrland central bank's policy board said it expects inflation to return to 2 per "
    "cent in 2027.",
    "At its October meeting, the Norrland central bank's policy board said it expects inflation to return to 2 per "
    "cent in 2027.",
])
def test_a_named_body_in_its_report_said_it_expects(text):
    [draft] = drafts(text)
    assert "inflation return to 2 per cent" in draft.text and draft.speaker.startswith("the Norrland")


@pytest.mark.parametrize("text", [
    "The regulator expects firms to submit their plans by June.",
    "The authority expects providers to publish their tariffs in 2027.",
    "The government expects the neighbours to respect the agreement.",
    "Moscow expects the West to tire of the war.",
    "The company expects to launch the product.",
    "Shippers expect to be hit by higher fees.",
    "The outlook projects Brent to average $70 in 2027.",
    "The grain exchange forecasts a slightly smaller crop of 18 million tonnes.",
    "The association expected a crop of 3 million tonnes.",
    "The forecasts in the annex are based on data available up to and including 1 March.",
    "Our staff estimates suggest growth of 2 percent.",
])
def test_near_misses_are_no_reported_forecasts(text):
    assert not [d for d in drafts(text) if d.speaker]
