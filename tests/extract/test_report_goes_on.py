"""A sentence after a report ("X claims that ...") goes on with the report, unless the authors take the floor
again (pipeline.py). Sentences written for these tests."""

from datetime import date

from tracker.extract import extract_document

PUBLISHED = date(2026, 2, 9)


def statements(text: str) -> list[str]:
    return [d.statement for d in extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts]


def test_a_plain_will_after_a_report_goes_on_with_it():
    assert statements("Officials in the capital argue that sanctions will hurt. The harvest will fail.") == []


def test_the_authors_own_judgement_after_a_report_ends_it():
    found = statements("The junta claims that its neighbour is arming rebels, a claim that has no basis in fact. It is "
                       "improbable that the junta will close the border in 2026, but it will continue to accuse its "
                       "neighbour in its broadcasts.")
    assert len(found) == 2 and found[1].endswith("will continue to accuse its neighbour in its broadcasts")
