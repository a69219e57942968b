"""Documents unlike the development set, written for these tests (tests/extract/generalisation/): a US-style
assessment ("we assess with moderate confidence"), a UK-style one in Markdown with PHIA words, a
forecasting outlook stating numbers, a news article in HTML quoting officials, and a PDF-to-text dump with a
blank line after every wrapped line and page furniture. None prints a legend: the scale comes from the
publisher. Each labelled judgement must be drafted with its probability, due date and speaker.
"""

import re
from pathlib import Path

import pytest
import yaml

from tracker.extract import extract_document

FOLDER = Path(__file__).parent / "generalisation"
LABELS = yaml.safe_load((FOLDER / "labels.yaml").read_text(encoding="utf-8"))
_CACHE: dict[str, object] = {}


def extraction(name: str):
    if name not in _CACHE:
        _CACHE[name] = extract_document(FOLDER / name, published=LABELS[name]["published"])
    return _CACHE[name]


def norm(text: str) -> str:
    return " ".join(text.split())


def matching(drafts, key: str):
    """The draft of the sentence holding ``key`` whose own clause shares most of its words."""
    words = set(re.findall(r"\w+", key.lower()))
    hits = [d for d in drafts if norm(key) in norm(d.quote)]
    return max(hits, key=lambda d: len(words & set(re.findall(r"\w+", d.clause.lower()))), default=None)


MUST = [(name, item) for name, labels in LABELS.items() for item in labels.get("must", [])]


@pytest.mark.parametrize(("name", "item"), MUST, ids=[f"{n}:{i['key'][:30]}" for n, i in MUST])
def test_each_labelled_judgement_is_drafted_as_labelled(name, item):
    draft = matching(extraction(name).drafts, item["key"])
    assert draft is not None, f"missed: {item['key']}"
    low, high = item["p"]
    assert low - 1e-9 <= draft.probability <= high + 1e-9, (draft.probability, draft.phrase)
    if "due" in item:
        assert draft.due == item["due"], draft.horizon
    if "horizon" in item:
        assert item["horizon"].split()[0] in (draft.horizon.text or ""), draft.horizon
    assert draft.speaker == item.get("source"), draft.speaker
    assert draft.due >= LABELS[name]["published"]
    assert len(draft.location) <= 120


@pytest.mark.parametrize("name", list(LABELS))
def test_no_draft_from_a_sentence_labelled_not_and_precision_per_document(name):
    labels = LABELS[name]
    drafts = extraction(name).drafts
    wrong = [d.quote for d in drafts if any(norm(i["key"]) in norm(d.quote) for i in labels.get("not", []))]
    assert wrong == []
    right = [d for d in drafts if any(norm(i["key"]) in norm(d.quote) for i in labels["must"])]
    neutral = [d for d in drafts if any(norm(i["key"]) in norm(d.quote) for i in labels.get("may", []))]
    assert len(right) / max(1, len(drafts) - len(neutral)) >= 0.85


@pytest.mark.parametrize("name", list(LABELS))
def test_scale_and_publisher_come_from_the_document(name):
    found = extraction(name)
    assert found.scale == LABELS[name]["scale"], found.notes
    assert found.publisher == LABELS[name].get("publisher")
