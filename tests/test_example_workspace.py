"""This repository is an example workspace: its forecasts and resolutions apply cleanly and mean what they say."""

from pathlib import Path

from tracker import api
from tracker.ledger import load

ROOT = Path(__file__).resolve().parents[1]


def test_example_files_have_no_problems():
    contents = load([ROOT / "forecasts", ROOT / "resolutions"])
    assert contents.errors == []
    assert len(contents.questions) == 7


def test_example_workspace_applies_once_and_then_agrees(store):
    first = api.apply_paths(store, [ROOT / "forecasts", ROOT / "resolutions"])
    assert (first.questions_added, first.predictions_added, first.resolutions_added) == (7, 7, 4)
    assert not api.apply_paths(store, [ROOT / "forecasts", ROOT / "resolutions"]).changed
    statuses = {s.question.id: s.question.status for s in api.list_questions(store)}
    assert sorted(q for q, status in statuses.items() if status == "open") == [
        "china-russia-collective-defence-alliance", "china-russia-cooperation-intensifies",
        "china-russia-relations-unbalanced"]


def test_every_example_forecast_has_provenance_and_one_sentence_quote():
    for entry in load([ROOT / "forecasts"]).questions:
        question = entry.question
        assert question.source and question.source.document and question.source.date, question.id
        assert question.phrase, question.id
        quote = question.source.quote
        assert quote and quote.count(". ") == 0 and quote.endswith("."), question.id
        assert entry.predictions and entry.predictions[0][0].phrase == question.phrase
