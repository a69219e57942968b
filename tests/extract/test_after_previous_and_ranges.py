"""A clause placed after the clause before's year ("thereafter") and an absolute clause stating a range ("averaging
between X and Y"): sentences written for these rules, not taken from any measured document."""

import pytest

from tracker.extract.clause_borrowing import after_previous
from tracker.extract.period_targets import bare_verb
from tracker.extract.shared_frames import split_with_clause


@pytest.mark.parametrize("previous, piece, expected", [
    ("The fund expects its assets to peak around 2032", "to decline slowly thereafter",
     "to decline slowly after 2032"),
    ("Output will rise until 2029", "will fall afterwards", "will fall after 2029"),
    ("We see debt stabilising in 2028", "edging down afterward", "edging down after 2028"),
    ("Prices should climb through 2027", "ease after that.", "ease after 2027."),
    ("The board expects rates to hold in 2026 and 2027", "to fall thereafter", "to fall after 2027"),
])
def test_after_previous_restates_the_later_time(previous, piece, expected):
    assert after_previous(previous, piece) == expected


@pytest.mark.parametrize("previous, piece", [
    ("Output will rise until 2029", "will fall thereafter by 2031"),  # its own year
    ("Output will rise next year", "will fall thereafter"),  # no year before
    ("Prices should climb through 2027", "ease after that date"),  # "after that" names a noun
    ("Prices should climb through 2027", "ease after that election"),
    ("Output will rise until 2029", "will fall sharply"),  # nothing after
    ("Growth was 2.5% in 2024", "after the reform"),
])
def test_after_previous_leaves_others(previous, piece):
    assert after_previous(previous, piece) == piece


@pytest.mark.parametrize("piece, second", [
    ("Demand will stay firm through 2027, with spot prices averaging between $80 and $95 a barrel next year",
     "spot prices will average between $80 and $95 a barrel next year"),
    ("The market will tighten in 2027, with rents holding between 4% and 6% higher",
     "rents will hold between 4% and 6% higher"),
    ("We forecast growth of 1.5% next year, with inflation averaging between 2% and 2.5%",
     "We forecast inflation to average between 2% and 2.5%"),
    ("Exports will recover, with volumes managing between 3% and 4% growth",
     "volumes will manage between 3% and 4% growth"),
])
def test_with_clause_stating_a_range_is_a_second_judgement(piece, second):
    parts = split_with_clause(piece)
    assert len(parts) == 2 and parts[1] == second


@pytest.mark.parametrize("piece", [
    "Demand will stay firm, with a choice between two suppliers",  # no verb in -ing before "between"
    "We forecast growth of 1.5%, with talks between the parties continuing",
    "Prices rose in 2025, with trade falling between the two blocs",  # no frame, no "will"
])
def test_with_clause_without_a_range_claim_is_kept(piece):
    assert split_with_clause(piece) == [piece]


@pytest.mark.parametrize("verb, bare", [("averaging", "average"), ("managing", "manage"), ("engaging", "engage"),
                                        ("lagging", "lag"), ("rising", "rise"), ("dipping", "dip")])
def test_bare_verb_of_age_verbs(verb, bare):
    assert bare_verb(verb) == bare


from tracker.extract.clause_sequences import split_infinitives  # noqa: E402


@pytest.mark.parametrize("piece, second", [
    ("We expect the bank to pause in Q1 and resume hiking in June", "We expect the bank to resume hiking in June"),
    ("The ministry expects exports to stall in the first half and recover in the autumn",
     "The ministry expects exports to recover in the autumn"),
    ("Economists expect the Fed to hold in the second quarter and start easing in 2027",
     "Economists expect the Fed to start easing in 2027"),
    ("Most traders expect the bank to stay put through the third quarter and begin cutting in December",
     "Most traders expect the bank to begin cutting in December"),
])
def test_second_bare_verb_with_a_gerund_and_its_own_time(piece, second):
    assert split_infinitives(piece)[-1] == second


@pytest.mark.parametrize("piece", [
    "Analysts expect the bank to hold rates in the first quarter and keep talking about cuts",  # no time of its own
    "We expect the bank to pause and resume hiking in June",  # no time in the first part
    "The firm expects sales to grow in the first half and margins in the second half",  # a noun, no verb
])
def test_second_bare_verb_without_its_own_time_is_kept(piece):
    assert split_infinitives(piece) == [piece]
