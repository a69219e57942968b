"""The draft file is a forecast file that `tracker apply` accepts unchanged."""

from datetime import date

import yaml

from tracker import api
from tracker.extract import draft_file, extract_document
from tracker.store import connect

TEXT = """# Outlook

It is highly likely that China will continue to support Russia. In the near and medium term, cooperation will
intensify; however, in the long term these relations will become increasingly unbalanced. It is likely that
the group was behind the attack.
"""


def test_draft_file_applies_cleanly_into_an_empty_store(tmp_path, sqlite_url):
    extraction = extract_document(TEXT, published=date(2023, 3, 9), scale="lt-nta",
                                  source="State Security Department (VSD), National Threat Assessment 2023")
    path = tmp_path / "drafts.yaml"
    path.write_text(draft_file(extraction), encoding="utf-8")
    store = connect(sqlite_url)
    try:
        result = api.apply_paths(store, [path])
        assert (result.questions_added, result.predictions_added) == (3, 3)
        assert not api.apply_paths(store, [path]).changed
    finally:
        store.close()


def test_each_question_carries_provenance_phrase_scale_and_a_review_comment():
    extraction = extract_document(TEXT, published=date(2023, 3, 9), scale="lt-nta", source="VSD, NTA 2023")
    text = draft_file(extraction)
    first = yaml.safe_load(text)["questions"][0]
    assert first == {
        "id": "china-support-russia",
        "text": "Will China continue to support Russia by 9 March 2025?",
        "criteria": "Resolves YES if China continues to support Russia by 9 March 2025, as reported by official "
                    "statements or reputable news reporting; NO otherwise. (Draft: name the evidence that decides it.)",
        "kind": "binary",
        "due": date(2025, 3, 9),
        "tags": ["extracted", "nta-2023"],
        "phrase": "highly likely",
        "scale": "lt-nta",
        "source": {"document": "NTA 2023", "publisher": "VSD", "date": date(2023, 3, 9),
                   "quote": "It is highly likely that China will continue to support Russia.",
                   "location": "Outlook, paragraph 1"},
        "predictions": [{
            "forecaster": "VSD", "made_at": "2023-03-09T00:00:00Z", "probability": 0.875, "phrase": "highly likely",
            "scale": "lt-nta",
            "rationale": '"highly likely" read as "highly likely" on scale lt-nta (band 75%-100%), scored at 87.5%; '
                         "horizon no horizon stated: defaulted to 24 months after publication, due 2025-03-09. "
                         "Extracted draft: confidence low (horizon defaulted)."}],
    }
    assert "  # REVIEW: confidence low: horizon defaulted\n" in text
    assert "  # REVIEW: confidence high\n" in text


def test_no_drafts_is_still_a_valid_file():
    extraction = extract_document("Nothing forward-looking here.", published=date(2023, 1, 1))
    assert yaml.safe_load(draft_file(extraction))["questions"] == []
