"""A forecasting team's own numbers and the words around them (round 23): "more / less likely than not" as a lean
off even, a bare running number ("We're at 45, up from 35"), a number moved ("We shade that to 70"), a word and a
number ("We'd call that likely, 70%"), a number in the same sentence as a hedged claim, and the writers' own number
after another holder's. Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 12, 1)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


def probabilities(text: str) -> list[float]:
    return [d.probability for d in drafts(text)]


@pytest.mark.parametrize("text", [
    "Turnout is more likely than not to fall short of the 2018 high.",
    "It is more likely than not that the Fed cuts rates in March.",
    "We judge it more likely than not that the strike ends before Easter.",
    "The ruling coalition is more likely than not to survive the budget vote in 2027.",
    "A weak La Niña looks more probable than not by mid-2027.",
    "A snap election in Japan seems more likely than not before October 2027.",
    "Copper is still more likely than not to set a fresh record in 2027.",
])
def test_more_likely_than_not_is_a_lean_above_even(text):
    [draft] = drafts(text)
    assert draft.probability == 0.6


@pytest.mark.parametrize("text", [
    "A third rate cut in 2027 is less likely than not.",
    "A recession in the euro area is less likely than not in 2027.",
    "A second referendum before 2028 seems less probable than not.",
])
def test_less_likely_than_not_is_a_lean_below_even(text):
    [draft] = drafts(text)
    assert 0.35 <= draft.probability <= 0.45


@pytest.mark.parametrize("text, expected", [
    ("The Fed is likely to cut rates in March.", 0.75),            # a plain "likely" is unchanged
    ("A strike before Easter is more likely than not, at around 65%.", 0.65),   # the writer's number wins
    ("The ruling coalition will survive the budget vote in 2027.", 0.9),
])
def test_words_near_than_not_keep_their_reading(text, expected):
    [draft] = drafts(text)
    assert draft.probability == expected


@pytest.mark.parametrize("text, expected", [
    ("Will Brent average below $70 a barrel in 2027?\nWe're at 45, up from 35 in June.", 0.45),
    ("Will the regulator fine a platform before the end of 2027?\nUnlikely; we're at 15.", 0.15),
    ("Will the ECB cut again before July 2027? I'm now at 60.", 0.6),
    ("Will the ceasefire hold through March 2027? We are still at 30, unchanged since the summer.", 0.3),
    ("Will the union accept the offer by May 2027? I am at about 70, down from 80 last month.", 0.7),
])
def test_a_bare_running_number_answers_the_question(text, expected):
    [draft] = drafts(text)
    assert draft.probability == expected
    assert "question asked before it" in " ".join(draft.review)


@pytest.mark.parametrize("text", [
    "Will the ECB cut again before July 2027? We are at 45 members now.",
    "Membership keeps growing. We're at 45, up from 35 in June.",
    "Will the index reach 6,000 in 2027? We are at 2 per cent growth this year.",
    "Will the tower be finished in 2027? We're at 45 floors, up from 35 in June.",
])
def test_a_count_or_level_after_we_are_at_is_no_probability(text):
    assert probabilities(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Fed will cut in December. We shade that to 70.", 0.7),
    ("The bill will pass the Senate before June 2027. I'd nudge it up to 35%.", 0.35),
    ("The strike will end before Easter 2027. We mark this down to 20.", 0.2),
    ("2027 will be warmer than 2026 in the global annual mean. We'd call that likely, 70%.", 0.7),
    ("The coalition will collapse before 2028. I'd call it unlikely, 10%.", 0.1),
])
def test_a_number_moved_or_put_with_a_word_scores_the_claim_before(text, expected):
    [draft] = drafts(text)
    assert draft.probability == expected


@pytest.mark.parametrize("text", [
    "The Fed will cut in December. We marked the price down to 20.",
    "The Fed will cut in December. We shade that to 70 basis points.",
])
def test_other_moves_leave_the_claim_alone(text):
    assert probabilities(text) == [0.9]


@pytest.mark.parametrize("text, expected", [
    ("Labour will win the by-election. A recount is unlikely; I'd put it at 10%.", [0.9, 0.1]),
    ("Labour will win the by-election. Turnout is more likely than not to fall short; we put that at 60%.", [0.9, 0.6]),
    ("The strike will end in May. A second strike is possible; we put it at 30%.", [0.9, 0.3]),
])
def test_a_number_in_the_sentence_of_a_hedged_claim_scores_that_claim(text, expected):
    assert sorted(probabilities(text), reverse=True) == sorted(expected, reverse=True)
    found = {d.probability: d.statement for d in drafts(text)}
    assert "Labour" in found.get(0.9, "") or "strike will end" in found.get(0.9, "") or "end" in found.get(0.9, "")


def test_the_writers_own_number_after_a_market_number_is_a_second_forecast():
    found = drafts("Will the Fed cut in December? The market is at 71%. We are lower, at 65, because the CPI print "
                   "came in hot.")
    assert sorted((d.probability, d.speaker) for d in found) == [(0.65, None), (0.71, "the market")]


@pytest.mark.parametrize("text, expected", [
    ("A general strike in France begins before 1 May 2027: very unlikely, 4%.", 0.04),
    ("The euro trades above $1.25 on 30 June 2027: likely, 70%.", 0.7),
    ("A snap election in Japan before October 2027: highly unlikely (7%).", 0.07),
    ("A ceasefire in Sudan agreed by 31 March 2027: 0.22.", 0.22),
    ("Parliament ratifies the treaty before the summer recess of 2027: .35", 0.35),
    ("A crewed lunar landing before the end of 2027: we think this almost certainly won't happen, and put it at 3%.", 0.03),
    ("The strike ends before Easter 2027: I doubt it, and I'd put it at 20%.", 0.2),
])
def test_a_list_lines_verdict_after_the_colon_scores_the_label(text, expected):
    [draft] = drafts(text)
    assert draft.probability == expected


@pytest.mark.parametrize("text", [
    "Growth in 2027: likely, 2%.",               # a word and a number on either side of even: a level
    "Inflation in 2027: 0.8",                   # a decimal with no deadline: a level
    "Our target for 2027: Q3 2.5%.",
    "Unemployment rate change in 2027: 0.2.",
])
def test_levels_after_a_colon_are_no_verdicts(text):
    assert probabilities(text) == []


@pytest.mark.parametrize("text, holder, ours", [
    ("Bitcoin above $150,000 at the close on 31 December 2027: Kalshi 9%. We would take the under; our number is 6%.",
     "Kalshi", 0.06),
    ("Sterling below $1.20 by June 2027: Goldman 30%. We are at 20.", "Goldman", 0.2),
    ("Gold above $3,000 at the end of 2027: the market 40%. We shade that to 35.", "the market", 0.35),
])
def test_a_holders_number_after_the_colon_is_theirs_and_ours_follows(text, holder, ours):
    found = drafts(text)
    assert any(d.speaker == holder for d in found)
    assert any(d.speaker is None and d.probability == ours for d in found)


@pytest.mark.parametrize("text", [
    "Will UK inflation be below 2.5% in November 2027?\nRoughly even; call it a coin flip.",
    "Will the strike end before Easter 2027? A toss-up.",
    "Will the ferry line merge before 2028? Call it evens.",
    "Will the ECB cut before July 2027? About even.",
    "The Fed will cut in March 2027. Call it evens.",
])
def test_even_odds_said_alone_answer_the_question_or_score_the_claim_before(text):
    [draft] = drafts(text)
    assert draft.probability == 0.5


@pytest.mark.parametrize("text", [
    "The score was even.",
    "Will the match end before 2027? The teams were even at half time.",
    "Even so, the talks went on.",
])
def test_even_in_other_senses_is_no_answer(text):
    assert probabilities(text) == []


@pytest.mark.parametrize("text, answered", [
    ("We expect the central bank to cut twice in 2027. Will inflation be below 2.5% in November 2027? Roughly even; "
     "call it a coin flip.", "inflation"),
    ("The union will strike in January 2027. Will the strike last beyond March 2027? We're at 30, down from 40.", "last"),
    ("Rents will rise again in 2027. Will the city cap them before 2028? Unlikely; I'm at 15.", "cap"),
])
def test_a_question_after_the_paragraphs_draft_is_what_the_answer_scores(text, answered):
    found = drafts(text)
    assert len(found) == 2
    assert [d.probability for d in found if answered in d.statement] == [{"inflation": 0.5, "last": 0.3, "cap": 0.15}[answered]]
    assert [d.probability for d in found if answered not in d.statement][0] in (0.75, 0.9)  # its own reading, untouched
