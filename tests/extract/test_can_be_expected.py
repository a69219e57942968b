""""X can be expected to VERB": the passive of expecting with "can" reads as "is expected to" (grammar.py)."""

import pytest

from tracker.extract.clauses import Clause
from tracker.extract.grammar import read_construction


@pytest.mark.parametrize("text, statement", [
    ("Foreign intelligence officers can be expected to keep targeting staff with access.", "Foreign intelligence officers will keep targeting staff with access"),
    ("Prices can also be expected to rise further in 2027.", "Prices will rise further in 2027"),
    ("Hostile states can reasonably be expected to step up their efforts.", "Hostile states will step up their efforts"),
    ("Demand can be anticipated to recover next year.", "Demand will recover next year"),
    ("Criminal groups can still be expected to exploit the gap.", "Criminal groups will exploit the gap"),
])
def test_can_be_expected(text, statement):
    judgement = read_construction(Clause(text, ""))
    assert judgement is not None and judgement.statement == statement


@pytest.mark.parametrize("text", [
    "The thermostat can be set to 20 degrees.",
    "The valve can be forecast to fail only with a model.",
    "The rate can be projected to any horizon.",
])
def test_not_an_expectation(text):
    judgement = read_construction(Clause(text, ""))
    assert judgement is None or "can be" not in judgement.written
