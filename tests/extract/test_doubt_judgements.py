"""Doubt and open questions: "we are sceptical that X", "whether X is roughly even", others' doubt, and a negative
quantifier inside a judged that-clause (doubt_judgements.py, claim_polarity.py, judgements.py)."""

from datetime import date

import pytest

from tracker.extract import extract_document


def _drafts(text):
    return extract_document(text + "\n", published=date(2026, 12, 1)).drafts


@pytest.mark.parametrize("text, question, low, high", [
    ("We remain doubtful that the ceasefire will survive the winter.", "Will the ceasefire survive the winter", 0.1, 0.35),
    ("I am not convinced the rally lasts into 2027.", "Will the rally last", 0.1, 0.35),
    ("We are sceptical that the cartel holds output steady in 2027.", "", 0.1, 0.35),
    ("We are skeptical that the merger closes before June.", "", 0.1, 0.35),
    ("Whether Spain overtakes Italy in the 2027 rankings is roughly even in our view.", "", 0.45, 0.55),
    ("Whether the deal survives the winter is doubtful.", "Will the deal survive the winter", 0.1, 0.35),
    ("Whether the bill passes before the summer recess looks unlikely.", "Will the bill pass before the summer recess", 0.1, 0.35),
    ("Whether the index ends 2027 higher is a coin flip.", "", 0.45, 0.55),
    ("It is very likely that nobody clears 50% of the vote on 4 October.", "Will nobody clear 50%", 0.8, 0.97),
    ("We judge it likely that no party will win a majority in 2027.", "Will no party win a majority", 0.6, 0.85),
    ("No party is likely to win a majority in the 2027 election.", "Will any party win a majority", 0.1, 0.35),
    ("Neither army is likely to mount a ground offensive in 2027.", "Will either army mount", 0.1, 0.35),
])
def test_doubt_and_whether_judge_the_claim(text, question, low, high):
    drafts = _drafts(text)
    assert drafts and drafts[0].text.startswith(question)
    assert low <= drafts[0].probability <= high


@pytest.mark.parametrize("text", [
    "Not everyone is convinced the run will last.",
    "Not all analysts are convinced that the recovery will hold into 2027.",
    "Few economists are sure the rally will continue next year.",
    "Others are less certain that prices will fall in 2027.",
    "Some investors remain unconvinced that rates will fall.",
    "Analysts are sceptical that the cartel will hold output steady.",
    "Whether someone else dies is largely a matter of luck.",
    "Whether export controls tighten further depends on Washington.",
])
def test_others_doubt_and_open_questions_are_not_drafted(text):
    assert not _drafts(text)


def test_impersonal_doubt_still_reads_as_unlikely():
    drafts = _drafts("Growth will be only 1% in 2026, and it is doubtful that the government will meet its 2027 target.")
    assert any(d.text.startswith("Will the government meet its") and d.probability <= 0.35 for d in drafts)
