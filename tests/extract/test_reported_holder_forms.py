"""Others' forecasts in forms of holder and verb beyond "X expects Y to": a past reporting verb with "will" ahead
("The treasury predicted that revenue will rise"), "forecast" with "that" left out after a plural holder, a subject
that carries the date ("the census of 2030 will be ..."), "see X ending the year above N" with a counted or polled
holder and a relative clause between holder and verb, "kept its forecast at N", "stand pat" and a part of the year
ahead, and initialisms with a small letter ("the DfE"). Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text: str):
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, words, due, speaker", [
    # past reporting, "will" ahead in the that-clause
    ("The treasury predicted that revenue will rise to 40 billion euros in 2027.", "revenue rise to 40 billion euros",
     "2027-12-31", "the treasury"),
    ("Analysts at the bank projected that the deficit will narrow to 3% of GDP by 2028.", "the deficit narrow to 3%",
     "2028-12-31", "Analysts at the bank"),
    ("The agency estimated the harvest will reach 12 million tonnes next year.", "the harvest reach 12 million tonnes",
     "2027-12-31", "the agency"),
    ("The central bank projected that exports will expand about 9 percent next year.", "exports expand about 9 percent",
     "2027-12-31", "the central bank"),
    # "forecast" without "that" after a plural holder
    ("Strategists at a Tokyo brokerage forecast the yen will weaken to 160 per dollar by June.", "the yen weaken to 160",
     "2027-06-30", "Strategists at a Tokyo brokerage"),
    ("Economists at the regional bank forecast the county's economy will grow 2.1% next year.", "economy grow 2.1%",
     "2027-12-31", "Economists at the regional bank"),
    # a subject that carries its date
    ("The council anticipated that the budget of 2028 will be balanced.", "the budget of 2028 be balanced", "2028-12-31",
     "the council"),
    # "see X ending the year above N": counted, polled and plural holders
    ("Six of nine brokers polled by the agency see the index ending the year above 3,300.", "the index end the year above 3,300",
     "2026-12-31", "Six of nine brokers polled by the agency"),
    ("Nine of the twelve strategists surveyed by the paper see the index closing the year below 4,000.",
     "close the year below 4,000", "2026-12-31", "Nine of the twelve strategists surveyed by the paper"),
    ("Most fund managers polled by the bank see the euro ending the year at 1.20.", "the euro end the year at 1.20",
     "2026-12-31", "Most fund managers polled by the bank"),
    ("All the forecasters in Table 3 see growth accelerating in 2027.", "growth accelerate", "2027-12-31",
     "All the forecasters in Table 3"),
    # a relative clause between the holder and "sees"
    ("Acme Holdings, whose plant sits a few miles away, sees chip sales rising 8% in 2027.", "chip sales rise 8%",
     "2027-12-31", "Acme Holdings"),
    ("The fund, which manages 2 billion euros, sees copper averaging 10,500 in 2027.", "copper", "2027-12-31", "the fund"),
    # a forecast kept
    ("The bank left its 2027 inflation projection unchanged at 2.1%.", "inflation be 2.1%", "2027-12-31", "the bank"),
    ("The IMF maintained its growth forecast for next year at 3.1 percent, citing resilient demand.", "growth be 3.1 percent",
     "2027-12-31", "the IMF"),
    ("The ministry held its forecast for 2027 steady at 1.5%.", "be 1.5%", "2027-12-31", "the ministry"),
    ("It kept its forecast for this year at 1.6 percent.", "be 1.6 percent", "2026-12-31", None),
    # "stand pat", "stay put" with a part of the year ahead
    ("Most analysts expect the central bank to stand pat through the first quarter.", "stand pat", "2027-03-31", None),
    ("Most economists expect the Fed to stay put until the second half of next year.", "stay put", None, None),
    # an initialism with a small letter is an institution
    ("The DfE expects pupil numbers to fall.", "pupil numbers fall", None, "the DfE"),
])
def test_reported_forms_drafted(text, words, due, speaker):
    drafts = _drafts(text)
    assert drafts, text
    first = drafts[0]
    assert words.lower() in first.text.lower()
    assert 0.5 <= first.probability <= 0.85
    if due:
        assert first.due.isoformat() == due
    if speaker:
        assert first.speaker == speaker


@pytest.mark.parametrize("text", [
    "Local residents see the plant closing in 2027 as a threat.",     # "see X as a Y": a judgement of worth
    "Three of five traders see the yen weakening.",                  # nothing measured, no time
    "Ten big banks polled by the agency see the dollar ending the year.",  # no level
    "They kept their estimate at 40 million.",                       # no time: a quantity re-estimated
    "The club kept its manager at the helm.",                        # no forecast
    "We kept our forecast for 2027 at 2%.",                          # the authors' own: another reader's
    "Acme, whose chief left in May, sees demand recovering.",        # nothing measured
    "McCain expects the West to tire.",                              # a person's belief, no initialism
    "Moscow expects the West to tire of the war, because it is divided.",
    "Analysts expect the firm to respond.",
])
def test_near_misses_not_drafted(text):
    assert not _drafts(text), text
