"""Questions are made only for the drafts merging keeps: a judgement restated in a summary, the key points and
the body is asked once, and the draft kept is the one an eager build would have given, field for field."""

from dataclasses import replace
from datetime import date

import pytest

import tracker.extract.drafting as drafting
from tracker.extract import extract_document
from tracker.extract.drafting import IdSet, finish_draft, make_draft

PUBLISHED = date(2026, 5, 4)

TEXTS = [
    "It is highly likely that the regime will keep its grip on power through 2027.\n\n"
    "Key judgements\n\nIt is highly likely that the regime will keep its grip on power through 2027.\n\n"
    "In the body: it is highly likely that the regime will keep its grip on power through 2027.\n",
    "We assess that inflation will probably ease to 2.5% by the end of 2027. Unemployment is unlikely to rise.\n",
    "**Nigeria.** Growth is forecast to reach 3.9 percent in 2027. Inflation will likely stay above 20 percent.\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_drafts_kept_are_those_an_eager_build_gives(text, monkeypatch):
    lazy = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    eager_make = drafting.make_draft

    def eager(*args, later=None, **kwargs):
        if len(args) > 8:
            args = args[:8]  # the positional ``later`` of the pipeline's call: made at once instead
        return eager_make(*args, **kwargs)

    import tracker.extract.pipeline as pipeline
    monkeypatch.setattr(drafting, "make_draft", eager)
    monkeypatch.setattr(drafting, "finish_draft", lambda draft, later: draft)
    assert pipeline  # the pipeline imports both names from drafting when it runs
    assert extract_document(text, published=PUBLISHED, scale="plain-reader").drafts == lazy


def test_a_repeated_judgement_is_asked_once(monkeypatch):
    calls = []
    build = drafting.build_question

    def counted(*args, **kwargs):
        calls.append(args[0])
        return build(*args, **kwargs)

    monkeypatch.setattr(drafting, "build_question", counted)
    found = extract_document(TEXTS[0], published=PUBLISHED, scale="plain-reader").drafts
    assert len(found) == 1 and "Also stated at" in found[0].rationale
    assert len(calls) == 1


def test_finish_draft_leaves_a_finished_draft_alone():
    found = extract_document(TEXTS[1], published=PUBLISHED, scale="plain-reader").drafts
    assert found and all(finish_draft(draft, {}) is draft for draft in found)
    other = replace(found[0], id="other")
    assert finish_draft(other, {id(found[0]): (found[0], ())}) is other  # held for another object: not this one


def test_a_skeleton_is_completed_with_its_own_id():
    sentence_text = "We assess that inflation will probably ease to 2.5% by the end of 2027.\n"
    captured = {}
    make = drafting.make_draft

    def capture(*args, **kwargs):
        captured.setdefault("args", args[:8])
        return make(*args, **kwargs)

    import tracker.extract.pipeline  # noqa: F401

    original = drafting.make_draft
    drafting.make_draft = capture
    try:
        extract_document(sentence_text, published=PUBLISHED, scale="plain-reader")
    finally:
        drafting.make_draft = original
    sentence, judgement, reading, horizon, published, _, lowercase, span = captured["args"]
    later: dict[int, tuple] = {}
    skeleton = make_draft(sentence, judgement, reading, horizon, published, IdSet(), lowercase, span, later)
    assert skeleton.text == "" and skeleton.rationale == ""
    eager = make_draft(sentence, judgement, reading, horizon, published, IdSet(), lowercase, span)
    assert finish_draft(skeleton, later) == eager
