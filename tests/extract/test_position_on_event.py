"""The writers' position with the event named by "on" (position_on_event)."""

import pytest

from tracker.extract.position_on_event import position_on_event


@pytest.mark.parametrize("text, probability, claim", [
    ("Our desk is at 74 on a Republican Senate, up from 61 in August.", 0.74, "there will be a Republican Senate"),
    ("We're at 30 on a rate cut in March.", 0.30, "there will be a rate cut in March"),
    ("I'm at 12% on a recession next year.", 0.12, "there will be a recession next year"),
    ("On a strike before the spring deadline, we're at 40, down from 55.", 0.40, "there will be a strike before the spring deadline"),
    ("On a snap election this year we are now at 22%.", 0.22, "there will be a snap election this year"),
    ("Our team is at 65 on the treaty being ratified by 2028.", 0.65, "the treaty will be ratified by 2028"),
    ("I am still at 8 on a default, unchanged.", 0.08, "there will be a default"),
])
def test_position_on_event(text, probability, claim):
    found = position_on_event(text)
    assert found is not None and found.stated == pytest.approx(probability) and found.statement == claim


@pytest.mark.parametrize("text", [
    "On balance we're at 40 on it.",
    "We're at 60 on the question of timing.",
    "The index is at 45 on a scale of 100.",
    "We're at home on Sunday.",
    "Unemployment is at 4.1% on the latest figures.",
    "On Monday we're at the conference.",
    "We are at 1 on the list.",
])
def test_not_a_position(text):
    assert position_on_event(text) is None
