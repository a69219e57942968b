"""Round 26: a second judgement after ", and" whose subject holds a figure in an aside, a "before -ing" next step with
a time of its own, and a second bare verb after a governed predicate whose time is "the rest of the year"."""

import pytest

from tracker.extract.clauses import split_clauses


def _texts(sentence: str) -> list[str]:
    return [clause.text for clause in split_clauses(sentence)]


@pytest.mark.parametrize("sentence, second", [
    ("The group is likely to keep refusing inspections, and its membership, now around 1,600, is expected to stay flat.",
     "its membership, now around 1,600, is expected to stay flat."),
    ("The fund will probably shrink next year, and its deficit, at 3.1% of GDP in 2025, is likely to narrow in 2027.",
     "its deficit, at 3.1% of GDP in 2025, is likely to narrow in 2027."),
    ("The militia will recruit abroad, and its strength, estimated at 2,000 fighters, is expected to grow.",
     "its strength, estimated at 2,000 fighters, is expected to grow."),
    ("Exports will likely rise in 2027, and the surplus, some 4.5 billion last year, will widen further.",
     "the surplus, some 4.5 billion last year, will widen further."),
])
def test_second_subject_with_a_figure_in_an_aside(sentence: str, second: str) -> None:
    assert _texts(sentence)[-1] == second


@pytest.mark.parametrize("sentence", [
    "The committee will meet in May, and members, 1,200 in all, voted to adjourn.",  # no judgement in the second
    "Security, defence, and energy, worth 1,500 jobs, will grow.",  # a list before the modal
])
def test_figure_aside_without_second_judgement_is_not_cut(sentence: str) -> None:
    assert not any(text.startswith(("members", "worth")) for text in _texts(sentence))


@pytest.mark.parametrize("sentence, parts", [
    ("Housing investment is expected to decline in FY2026 ahead of the tax change, before recovering in FY2027.",
     ["Housing investment is expected to decline in FY2026 ahead of the tax change", "is expected to recover in FY2027."]),
    ("Unemployment will rise to 5% in 2027 before falling back in 2028.",
     ["Unemployment will rise to 5% in 2027", "will fall back in 2028."]),
    ("Output is likely to contract this year before rebounding strongly next year.",
     ["Output is likely to contract this year", "is likely to rebound strongly next year."]),
    ("Yields are projected to stay high through 2027 before gradually falling in 2028.",
     ["Yields are projected to stay high through 2027", "are projected to gradually fall in 2028."]),
    ("We expect prices to climb through the winter, before easing gradually in the spring.",
     ["We expect prices to climb through the winter", "We expect prices to ease gradually in the spring."]),
    ("The bank sees inflation peaking at 4% in the spring before slowing to 2.5% by December 2027.",
     ["The bank sees inflation peaking at 4% in the spring", "The bank sees inflation slowing to 2.5% by December 2027."]),
])
def test_before_ing_with_its_own_time_is_a_second_judgement(sentence: str, parts: list[str]) -> None:
    assert _texts(sentence) == parts


@pytest.mark.parametrize("sentence", [
    "Prices will rise before easing.",  # no time of its own in either part: one judgement
    "The central bank will hold rates in March before the election in May.",  # "before" a noun, not a verb in -ing
    "Prices will rise before easing in 2028.",  # the first part has no time of its own
    "The plan was revised in 2025 before being adopted in 2026.",  # no judgement governs it
])
def test_before_without_a_step_of_its_own_stays_whole(sentence: str) -> None:
    assert len(_texts(sentence)) == 1


@pytest.mark.parametrize("sentence, second", [
    ("Exports are set to return to 300 by early October and remain near that level for the rest of the year.",
     "are set to remain near that level for the rest of the year."),
    ("Output is expected to recover by March and stay close to 2% for the rest of the year.",
     "are expected to stay close to 2% for the rest of the year."),
])
def test_second_bare_verb_with_rest_of_period(sentence: str, second: str) -> None:
    texts = _texts(sentence)
    assert len(texts) == 2 and texts[1].endswith(second.split(" to ", 1)[1])


def test_second_verb_after_a_long_lead_in_borrows_the_phrases_subject() -> None:
    clauses = split_clauses("Officials do not comment, but analysts at a bank in Oslo said exports are set to return to "
                            "300 by early October and remain near that level for the rest of the year.")
    assert clauses[-1].subject == "exports"


@pytest.mark.parametrize("sentence, claim", [
    ("Exports are expected to hit a record in October, when the new terminal is scheduled to load its second cargo.",
     "Exports are expected to hit a record in October"),
    ("Demand will peak in January, when schools reopen after the holidays.", "Demand will peak in January"),
    ("The plant will restart in the spring, when its licence is due for renewal.", "The plant will restart in the spring"),
    ("Rates are likely to be cut in 2027, when the new governor takes office.", "Rates are likely to be cut in 2027"),
    ("We expect carbon prices to average 75 in 2027, which keeps switching economics where they are.",
     "We expect carbon prices to average 75 in 2027"),
    ("Output will probably fall 2% next year, which leaves the deficit near 3%.", "Output will probably fall 2% next year"),
])
def test_trailing_when_or_which_comment_is_cut_from_the_claim(sentence: str, claim: str) -> None:
    assert _texts(sentence)[0] == claim


@pytest.mark.parametrize("sentence", [
    "Prices rose 5% in March, when the tariff took effect.",  # nothing judged before it: left whole
    "Turnout will very likely rise in March, when voters will probably also choose a new mayor.",  # its own judgement
    "The hearing, when it comes, will be short.",  # no time before the "when"
    "Costs rose 3% last year, which keeps margins thin.",  # a fact, no judgement before the comment
])
def test_when_or_which_clauses_that_are_not_trailing_comments_stay(sentence: str) -> None:
    texts = _texts(sentence)
    assert any(", when " in text or ", which " in text for text in texts) or len(texts) > 1
