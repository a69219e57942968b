"""Time words a document defines as spans ("'short term' means within the next year"): the document's span wins
over a shipped scale's months. Definitions written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_term_spans import defined_spans

PUBLISHED = date(2026, 4, 20)
OWN = "the document's own"


@pytest.mark.parametrize("note, spans", [
    ('Periods of time: "in the short term" means within the next year; "in the medium term" means one to five '
     'years; and "in the long term" means more than five years.',
     {"short term": (0, 12, OWN), "medium term": (12, 60, OWN), "long term": (60, 120, OWN)}),
    ("Time frames: short term means up to 6 months, near term 6-24 months, medium term 3 to 5 years.",
     {"short term": (0, 6, OWN), "near term": (6, 24, OWN), "medium term": (36, 60, OWN)}),
    ("Short-term: the next two years. Long-term: beyond ten years.",
     {"short term": (0, 24, OWN), "long term": (120, 240, OWN)}),
])
def test_a_set_of_defined_spans_is_read(note, spans):
    assert defined_spans(note) == spans


@pytest.mark.parametrize("prose", [
    "A short-term fix lasting two years is planned.",                     # one term, in prose
    "In the short term, means of transport within the next year will change.",
])
def test_prose_defines_no_span(prose):
    assert defined_spans(prose) == {}


def test_the_documents_span_wins_over_the_scales_months():
    note = ('Periods of time: "in the short term" means within the next year; "in the medium term" means one to '
            'five years.\n\n')
    claim = "It is likely that the port will reopen in the short term."
    # the Lithuanian scale's short term is up to six months; this document's is a year
    scale_only = extract_document(claim + "\n", published=PUBLISHED, scale="lt-nta").drafts[0]
    defined = extract_document(note + claim + "\n", published=PUBLISHED, scale="lt-nta").drafts[0]
    assert scale_only.due == date(2026, 10, 20)
    assert defined.due == date(2027, 4, 20)
    assert "the document's own time words" in defined.rationale
