"""Round 26: possibilities that a bare modal or a noun states: "X could carry out attacks" (a hostile act), "X may
persist through 2027" (a change and a time ahead), "X is a realistic prospect in the coming year", and an expected act
whose noun phrase names an arrangement ("are expected to exploit the flows of procurement under the plan").
Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 12, 1)


def _drafts(sentence: str):
    return extract_document(sentence + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence, words", [
    ("Lone actors inspired by online propaganda could carry out attacks in the capital, although no plot has been identified.", "carry out attacks"),
    ("Right-wing extremists could target asylum centres in the coming months.", "target asylum centres"),
    ("State-backed hackers could launch disruptive cyberattacks against water utilities.", "launch disruptive cyberattacks"),
    ("Small cells of returnees could mount further attacks on soft targets.", "mount further attacks"),
    ("Hostile states could sabotage undersea cables in the Baltic.", "sabotage undersea cables"),
])
def test_hostile_could(sentence, words):
    drafts = _drafts(sentence)
    assert drafts and words in drafts[0].text and 0.2 <= drafts[0].probability <= 0.6, [(d.text, d.probability) for d in drafts]


@pytest.mark.parametrize("sentence", [
    "The new missiles could strike targets 2,000 km away.",  # a weapon's reach
    "Attackers could carry out attacks if security were relaxed.",  # a condition
    "In 2019, militants could carry out attacks almost at will.",  # the past
    "They could carry out attacks in Japan.",  # a pronoun: what it stands for, the sentence does not say
])
def test_hostile_could_not(sentence):
    assert not _drafts(sentence)


@pytest.mark.parametrize("sentence, due", [
    ("Some of that demand destruction may persist through 2027, particularly in heavy industry.", date(2027, 12, 31)),
    ("Grain exports may recover by the end of 2027.", date(2027, 12, 31)),
    ("Waiting times at the port may lengthen next year as volumes grow.", date(2027, 12, 31)),
    ("Freight rates might ease in 2027 as new ships arrive.", date(2027, 12, 31)),
    ("Part of the price spike might persist into 2027.", date(2027, 12, 31)),
])
def test_may_with_a_time_ahead(sentence, due):
    drafts = _drafts(sentence)
    assert drafts and drafts[0].due == due and 0.2 <= drafts[0].probability <= 0.6, [(d.text, d.probability) for d in drafts]


@pytest.mark.parametrize("sentence", [
    "Applicants may submit their forms until March 2027.",  # a permission
    "Prices may rise.",  # no time ahead
    "If the drought continues, prices may rise in 2027.",  # a condition
    "The risk that prices may rise in 2027 is real.",  # inside a noun phrase
    "Prices that may rise in 2027 include fuel.",  # a relative clause
])
def test_may_not(sentence):
    assert not [d for d in _drafts(sentence) if d.phrase == "could happen"]


@pytest.mark.parametrize("sentence, low, high", [
    ("A plot against a foreign dissident is a realistic prospect in the coming year.", 0.4, 0.65),
    ("A snap election remains a distinct possibility before the summer of 2027.", 0.4, 0.65),
    ("A ceasefire is now a real prospect during 2027.", 0.3, 0.65),
    ("The ministry will probably raise fees, and a strike by staff is a realistic prospect in 2027.", 0.4, 0.65),
])
def test_prospect_of_an_event(sentence, low, high):
    drafts = _drafts(sentence)
    assert drafts and low <= drafts[-1].probability <= high, [(d.text, d.probability) for d in drafts]


@pytest.mark.parametrize("sentence", [
    "The region is a serious prospect for investors.",
    "She is a strong prospect for the team next season.",
    "The prospect of a deal is a realistic one.",
])
def test_prospect_not(sentence):
    assert not _drafts(sentence)


@pytest.mark.parametrize("sentence", [
    "Organised gangs are expected to exploit the larger cash flows of public procurement under the recovery plan before its deadline in August 2027.",
    "Exporters are expected to benefit from the tariff cuts under the trade agreement during 2027.",
    "Contractors are expected to win most of the work under the new programme in 2027.",
])
def test_expected_act_naming_an_arrangement(sentence):
    drafts = _drafts(sentence)
    assert drafts and 0.6 <= drafts[0].probability <= 0.95


@pytest.mark.parametrize("sentence", [
    "Under the new law, landlords are expected to register every tenancy by March 2027.",  # a duty
    "Desalination capacity is expected to double by 2030, according to national plans submitted to the union.",
    "Under the 2017 agreement, the utility will buy gas from Norway until 2030.",
])
def test_arrangement_still_describes(sentence):
    assert not _drafts(sentence)
