"""This repository is an example workspace: its forecasts and resolutions apply cleanly and mean what they say."""

from pathlib import Path

from tracker import api
from tracker.ledger import load

ROOT = Path(__file__).resolve().parents[1]


QUESTION_FILES = sorted((ROOT / "forecasts").rglob("*.yaml"))


def test_example_files_have_no_problems():
    contents = load([ROOT / "forecasts", ROOT / "resolutions"])
    assert contents.errors == []
    # One question per file: each file quotes at most one sentence of its source.
    assert len(contents.questions) == len(QUESTION_FILES) >= 7


def test_example_workspace_applies_once_and_then_agrees(store):
    contents = load([ROOT / "forecasts", ROOT / "resolutions"])
    first = api.apply_paths(store, [ROOT / "forecasts", ROOT / "resolutions"])
    assert (first.questions_added, first.predictions_added, first.resolutions_added) == (
        len(contents.questions), sum(len(e.predictions) for e in contents.questions), len(contents.resolutions))
    assert not api.apply_paths(store, [ROOT / "forecasts", ROOT / "resolutions"]).changed
    statuses = {s.question.id: s.question.status for s in api.list_questions(store)}
    # The seven seed forecasts: the four decided ones resolved, the three long-horizon ones open.
    assert {q: statuses[q] for q in ("china-russia-collective-defence-alliance", "china-russia-cooperation-intensifies",
                                     "china-russia-relations-unbalanced")} == dict.fromkeys(
        ("china-russia-collective-defence-alliance", "china-russia-cooperation-intensifies",
         "china-russia-relations-unbalanced"), "open")
    assert api.verify(store).intact


def test_every_example_forecast_has_provenance_and_one_sentence_quote():
    for entry in load([ROOT / "forecasts"]).questions:
        question = entry.question
        assert question.source and question.source.document and question.source.date, question.id
        assert question.phrase, question.id
        quote = question.source.quote
        assert quote and quote.rstrip().endswith((".", "?", "!")), question.id
        import pysbd

        assert len(pysbd.Segmenter(language="en", clean=False).segment(quote)) == 1, question.id
        assert entry.predictions and entry.predictions[0][0].phrase == question.phrase
