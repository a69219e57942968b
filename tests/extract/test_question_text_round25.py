"""Question text, round 25 of issue 13: time words that belong to a noun phrase, reasons and comparisons the
question must not keep, a subject set off by an appositive, and capitals a heading or a bullet left behind.

Dropping the horizon's words must not break the phrase they stand in: a share of a period ("for much of 2027")
stays, a date before a noun ("the June 2027 survey") stays, and a period anchored by "of" ("the first quarter of
next year") goes whole. A reason with "as" (also "even as"), ", given ...", ", still short of ...", the
writer's summary in apposition (", a move that ...") and a holder's past forecast (", the ministry forecast in
May") are no part of the claim; "as high as they were" is a comparison, not a reason. Every sentence is new,
with near misses that must stay as they are.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.casing import lower_first, lowercase_words
from tracker.extract.questions import build_question


def ask(claim: str, drop: tuple[str, ...] = ()) -> str:
    """The question, its first letter after "Will " in lower case: these tests are about words, not capitals."""
    text = build_question(claim, drop=drop).text
    return text[:5] + text[5:6].lower() + text[6:]


def questions(text: str) -> list[str]:
    return [d.text for d in extract_document(text, published=date(2026, 5, 4), scale="plain-reader").drafts]


@pytest.mark.parametrize(("claim", "drop", "question"), [
    # the period anchored by "of" goes with the words the due date says
    ("Freight rates will extend their fall into the second quarter of next year", ("the second quarter",),
     "Will freight rates extend their fall"),
    ("Output will recover in the first half of 2028", ("the first half",), "Will output recover"),
    ("Demand will weaken through the last quarter of this year", ("the last quarter",), "Will demand weaken"),
    # a share of the period is the claim's own words
    ("The index will stay above 50 for much of 2027", ("of 2027",), "Will the index stay above 50 for much of 2027"),
    ("Reservoirs will remain low for most of next year", ("next year",),
     "Will reservoirs remain low for most of next year"),
    ("The plant will run at half capacity for part of 2028", ("2028",),
     "Will the plant run at half capacity for part of 2028"),
    # "the rest of" a period lasts to the due date: it goes
    ("Prices will stay high for the rest of 2027", ("of 2027",), "Will prices stay high"),
    # a date before a noun names the thing, not the time
    ("Inflation will print below 2% in the March 2027 flash estimate", ("in the March 2027",),
     "Will inflation print below 2% in the March 2027 flash estimate"),
    ("The council will miss its 2030 target", ("2030",), "Will the council miss its 2030 target"),
    ("Exports will rise in the 2026/27 season", ("in the 2026/27",), "Will exports rise in the 2026/27 season"),
    # a period before a preposition or a participle is the horizon still
    ("Rainfall will decline by the 2040s under the central scenario", ("by the 2040s",),
     "Will rainfall decline under the central scenario"),
    ("Deaths will double by the 2050s compared with the baseline", ("by the 2050s",),
     "Will deaths double compared with the baseline"),
    ("Warming will continue over the coming decades under every scenario", ("over the coming decades",),
     "Will warming continue under every scenario"),
])
def test_time_words_inside_a_noun_phrase(claim, drop, question):
    assert ask(claim, drop) == question


@pytest.mark.parametrize(("claim", "question"), [
    ("Growth will slow further as weakness in housing persists", "Will growth slow further"),
    ("Growth will slow further even as policy support is stepped up", "Will growth slow further"),
    ("Margins will narrow as higher input costs weigh on producers", "Will margins narrow"),
    ("The route will stay the main channel, as smugglers continue to adapt", "Will the route stay the main channel"),
    ("Collapse will be avoided, as the outside powers and the local elites in every canton act as a brake",
     "Will collapse be avoided"),
    ("Investment will recover, given high costs and uncertain demand", "Will investment recover"),
    ("Completions will reach 30,000, still short of the 45,000 the plan targets", "Will completions reach 30,000"),
    ("The curve will stay inverted, a pattern that has preceded past recessions", "Will the curve stay inverted"),
    ("The economy will grow 2.1 per cent, the ministry forecast in May", "Will the economy grow 2.1 per cent"),
    ("The index will end the year at 5,200, below Tuesday's close of 5,480", "Will the index end the year at 5,200"),
    # near misses: a comparison, a role, a quantity that is the claim
    ("Prices will remain as high as they were in 2022", "Will prices remain as high as they were in 2022"),
    ("The firm will act as a broker", "Will the firm act as a broker"),
    ("The share will rise as high as 40%", "Will the share rise as high as 40%"),
])
def test_reasons_and_comparisons_leave_the_question(claim, question):
    assert ask(claim) == question


@pytest.mark.parametrize(("sentence", "question"), [
    ("Peru, now the second-largest exporter, will probably overtake Chile within two years.", "Will Peru overtake Chile"),
    ("The housing survey, due 12 March, is expected to show a further fall in starts.",
     "Will the housing survey show a further fall in starts"),
    ("The plant, currently idle, will likely restart in the spring.", "Will the plant restart"),
])
def test_a_subject_set_off_by_an_appositive(sentence, question):
    assert any(q.startswith(question) for q in questions(sentence)), questions(sentence)


def test_a_title_case_heading_is_no_evidence_of_a_name():
    text = ("4  Border Migration and Organised Crime ........ 6\n\n"
            "Migration pressure on the eastern route will probably ease next year.\n")
    assert "migration" not in lowercase_words(text).named
    assert questions(text)[0].startswith("Will migration pressure on the eastern route ease")
    # a name capitalised inside a running sentence stays one
    named = "Trade with Migration Holdings grew. Migration Holdings will probably expand next year.\n"
    assert "migration" in lowercase_words(named).named


@pytest.mark.parametrize(("subject", "expected"), [
    ("Unemployment", "unemployment"),
    ("Investment", "investment"),
    ("Turnout", "turnout"),
    ("Russia", "Russia"),
    ("Ofgem", "Ofgem"),
])
def test_a_one_word_subject_with_a_common_ending(subject, expected):
    assert lower_first(subject, lowercase_words(f"Hello {subject[:1]}x.")) == expected


def test_whose_event_is_flagged():
    found = extract_document("Although the institutions are weak, their collapse in the coming year is unlikely.\n",
                             published=date(2026, 5, 4), scale="plain-reader").drafts
    assert found[0].text.startswith("Will there be their collapse")
    assert any('"their"' in note for note in found[0].review)


@pytest.mark.parametrize(("claim", "question"), [
    ("its reach depends on trade – the more isolated the regime is, the more influence its neighbours will have",
     "Will its neighbours have more influence"),
    ("the outcome turns on time – the longer the talks last, the fewer concessions the government will make",
     "Will the government make fewer concessions"),
    # a whole correlative, no clause before it, is asked as it stands
    ("the more isolated the regime is, the more influence its neighbours will have",
     "Will it turn out that the more isolated the regime is, the more influence its neighbours will have"),
    ("the more resources the agency will have", "Will the agency have more resources"),
    # a correlative with no noun fronted stays whole
    ("the more the regime will lose", "Will it turn out that the more the regime will lose"),
])
def test_the_second_half_of_a_correlative(claim, question):
    assert ask(claim) == question


@pytest.mark.parametrize(("claim", "question"), [
    ("the reservoir, already at 40 per cent, will run dry by August 2027", "Will the reservoir run dry by August 2027"),
    ("the new terminal, due in March, will raise capacity", "Will the new terminal raise capacity"),
    ("its deficit, currently the largest in the bloc, will narrow", "Will its deficit narrow"),
    # a list of subjects is no aside
    ("the ministry, the agency and the bank will all lose", "Will the ministry, the agency and the bank all lose"),
])
def test_a_lower_case_subject_before_its_aside(claim, question):
    assert ask(claim) == question


@pytest.mark.parametrize(("claim", "question"), [
    ("the rules will be even more opaque than before", "Will the rules be even more opaque than before"),
    ("the talks will continue as before", "Will the talks continue as before"),
    # a preposition left dangling by the cut time words still goes
    ("the vote will be held in the spring, as planned for", "Will the vote be held in the spring, as planned"),
])
def test_than_before_is_no_dangling_preposition(claim, question):
    assert ask(claim) == question
