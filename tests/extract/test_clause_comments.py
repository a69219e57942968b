"""Two judgements in one sentence (round 25): a trailing "which" comment, a hedge settled by the next clause, a
holder's second verb after a relative, a "where" clause of the writer's, and targets for two fiscal years."""

import pytest

from tracker.extract.clause_comments import cut_trailing_comment, settled_hedge
from tracker.extract.clauses import split_clauses
from tracker.extract.holder_verbs import split_holder_verbs
from tracker.extract.period_targets import split_period_targets


@pytest.mark.parametrize("piece, kept", [
    ("Dealers said fees would probably be cut again before March, which should bring some buyers back",
     "Dealers said fees would probably be cut again before March"),
    ("Most analysts expected the offer to be oversubscribed, which would trigger a larger allotment",
     "Most analysts expected the offer to be oversubscribed"),
    ("Swaps imply about a one-in-four chance of two hikes by June, which looks generous to us",
     "Swaps imply about a one-in-four chance of two hikes by June"),
    ("The board will likely approve the merger in May, which could also lift the share price",
     "The board will likely approve the merger in May"),
    ("We expect the deficit to narrow, which seems optimistic to me", "We expect the deficit to narrow"),
])
def test_trailing_which_comment_is_cut(piece, kept):
    assert cut_trailing_comment(piece) == kept


@pytest.mark.parametrize("piece", [
    "Prices rose 5% in October, which will push inflation above 3% next year",  # the only forecast: kept
    "The plan leaves a vacuum, which the army will likely fill by 2027",  # "which" an object, its own subject
    "Output will probably fall, which is a concern",  # no modal in the relative
    "The council will vote in June",  # no relative
    "Turnout is likely to be high, which would be the first time since 1992",  # "would be the ...": a record noted, kept
])
def test_other_relatives_are_kept(piece):
    assert cut_trailing_comment(piece) == piece


@pytest.mark.parametrize("hedge, judgement, settled", [
    ("A lone-actor attack in the capital cannot be ruled out", "the agency considers such an attack unlikely in 2027",
     "the agency considers a lone-actor attack in the capital unlikely in 2027"),
    ("A blockade of the strait cannot be excluded", "we judge such a blockade highly unlikely before 2028",
     "we judge a blockade of the strait highly unlikely before 2028"),
    ("A snap election can't be ruled out", "such elections remain unlikely this year",
     "a snap election remain unlikely this year"),
    ("Renewed border clashes cannot be entirely discounted", "this scenario is improbable in the next six months",
     "Renewed border clashes is improbable in the next six months"),
])
def test_hedge_settled_by_the_next_clause(hedge, judgement, settled):
    assert settled_hedge(hedge, judgement) == settled


@pytest.mark.parametrize("hedge, judgement", [
    ("A recession cannot be ruled out", "growth will probably hold up in 2027"),  # another event: two judgements
    ("A strike is possible", "such a strike is unlikely in 2027"),  # no hedge of the ruling-out kind
    ("A strike cannot be ruled out", "such a strike would be costly"),  # no estimative word settles it
])
def test_hedge_not_settled(hedge, judgement):
    assert settled_hedge(hedge, judgement) is None


def test_settled_hedge_is_one_clause():
    texts = [c.text for c in split_clauses(
        "A cyber attack on the grid cannot be ruled out, but the agency considers such an attack unlikely in 2027.")]
    assert texts == ["the agency considers a cyber attack on the grid unlikely in 2027."]


@pytest.mark.parametrize("sentence, second", [
    ("The regulator, which cut tariffs twice last year, expects prices to fall 5% in 2027 and sees a further cut as "
     "likely in 2028.", "The regulator sees a further cut as likely in 2028."),
    ("Harbour Foods, which raised prices in 2025, said on Monday it would close a plant in May and expects sales to "
     "recover next year.", "Harbour Foods expects sales to recover next year."),
    ("The energy ministry expects wind capacity to reach 30 GW by 2030 and considers this achievable.",
     "The energy ministry considers this achievable."),
    ("The union, which represents most drivers, said a strike was likely and expects talks to fail.",
     "The union expects talks to fail."),
    ("Analysts expect margins to shrink in 2027 and consider a dividend cut probable.",
     "Analysts consider a dividend cut probable."),
])
def test_second_verb_of_the_holder(sentence, second):
    parts = split_holder_verbs(sentence)
    assert len(parts) == 2 and parts[1] == second


@pytest.mark.parametrize("sentence", [
    "The ministry expects wind capacity to reach 30 GW by 2030.",
    "The firm, which considers itself a leader, expects sales to grow.",  # one verb of judging after the relative
    "We expect prices to rise and wages to follow.",
])
def test_one_verb_of_the_holder(sentence):
    assert split_holder_verbs(sentence) == [sentence]


@pytest.mark.parametrize("sentence, last", [
    ("We agree with the consensus on oil; we differ on gas, where we see a strong chance of prices doubling by 2028.",
     "we see a strong chance of prices doubling by 2028."),
    ("We part company with the market on rates, where we expect the bank to cut twice in 2027.",
     "we expect the bank to cut twice in 2027."),
    ("The team is cautious on copper, where I think a deficit is likely next year.",
     "I think a deficit is likely next year."),
])
def test_where_clause_of_the_writer(sentence, last):
    assert split_clauses(sentence)[-1].text == last


@pytest.mark.parametrize("sentence", [
    "The market is tight in the north, where supply will fall in 2027.",  # no judgement of the writer's
    "Prices are high in places where we see little competition.",  # no comma: a restrictive "where"
])
def test_other_where_clauses_stay_whole(sentence):
    assert len(split_clauses(sentence)) == 1


@pytest.mark.parametrize("piece, parts", [
    ("Economists expect GDP to grow 0.7 percent in fiscal 2026 and 0.9 percent in fiscal 2027",
     ["Economists expect GDP to grow 0.7 percent in fiscal 2026", "Economists expect GDP to grow 0.9 percent in fiscal 2027"]),
    ("The ministry projects revenue to rise by 3% in FY2026 and 4% in FY2027",
     ["The ministry projects revenue to rise by 3% in FY2026", "The ministry projects revenue to rise by 4% in FY2027"]),
    ("Spending is forecast to fall 1.2 per cent in financial year 2026-27 and 0.8 per cent in financial year 2027-28",
     ["Spending is forecast to fall 1.2 per cent in financial year 2026-27",
      "Spending is forecast to fall 0.8 per cent in financial year 2027-28"]),
    ("Exports will grow 2% in fiscal year 2027 and 3% in fiscal year 2028",
     ["Exports will grow 2% in fiscal year 2027", "Exports will grow 3% in fiscal year 2028"]),
])
def test_targets_for_two_fiscal_years(piece, parts):
    assert split_period_targets(piece) == parts


@pytest.mark.parametrize("piece", [
    "Exports will grow 2% in fiscal 2027 and remain strong",  # one target
    "The fiscal deficit will reach 3% of GDP and debt 60% of GDP",  # no periods
])
def test_one_fiscal_target(piece):
    assert split_period_targets(piece) == [piece]
