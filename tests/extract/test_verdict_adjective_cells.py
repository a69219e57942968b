"""Table cells judging with an estimative adjective before a noun phrase and no verb ("probable further increase
through 2027"): the row's subject is where the change happens (table_verdicts._JUDGED_NOUN)."""

import pytest

from tracker.extract.table_verdicts import _as_sentence


@pytest.mark.parametrize("subject, cell, sentence", [
    ("Ransomware", "probable further increase through 2027",
     "It is probable that Ransomware will see a further increase through 2027."),
    ("Port congestion", "likely sharp decline in 2026", "It is likely that Port congestion will see a sharp decline in 2026."),
    ("Grid supply", "very unlikely large-scale outage before 2028",
     "It is very unlikely that Grid supply will see a large-scale outage before 2028."),
    ("Food prices", "Highly likely rise over the next year",
     "It is highly likely that Food prices will see a rise over the next year."),
    ("Extremist violence", "possible escalation during the election campaign",
     "It is possible that Extremist violence will see an escalation during the election campaign."),
    ("Housing starts", "almost certain continued growth in 2027",
     "It is almost certain that Housing starts will see continued growth in 2027."),
    ("Cyber espionage", "improbable reduction by 2029", "It is improbable that Cyber espionage will see a reduction by 2029."),
    ("Wage growth", "unlikely further acceleration this year",
     "It is unlikely that Wage growth will see further acceleration this year."),
])
def test_adjective_before_noun_reads_as_judgement(subject, cell, sentence):
    assert _as_sentence(subject, cell, False) == sentence


@pytest.mark.parametrize("subject, cell", [
    ("Exports", "certain sectors face higher costs"),        # bare "certain" is a determiner
    ("Exports", "likely"),                                   # a bare verdict: read elsewhere
    ("Exports", "likely to increase in 2026"),               # a predicate: read elsewhere
    ("Exports", "likely if the currency weakens"),
    ("Exports", "unlikely that they recover"),
    ("Exports", "possible"),
    ("Exports", "probable given rates"),
    ("Exports", "see Section 2"),
])
def test_not_adjective_noun_cells(subject, cell):
    sentence = _as_sentence(subject, cell, False)
    assert sentence is None or not sentence.startswith("It is ")


def test_forecaster_rows_are_not_read_this_way():
    assert not (_as_sentence("Some Bank", "likely further increase in 2026", False, holder=True) or "").startswith("It is ")
