"""Publication dates: found in the document, and said when guessed."""

from datetime import date

from tracker.extract import extract_document
from tracker.extract.published import publication_date
from tracker.extract.records import Document

TODAY = date(2026, 1, 1)


def found(text: str, **kwargs):
    return publication_date(Document(name="d.txt", text=text, **kwargs), TODAY)


def test_a_dateline_at_the_top_is_the_publication_date():
    assert found("Can Beijing stop it?\n\n2 February 2022, 11:52 AM\n\nText.")[0::2] == (date(2022, 2, 2), False)


def test_a_labelled_date_is_the_publication_date():
    value, how, guessed = found("Some report\nSome intro text about the matter at length. " * 20
                                + "Published: March 9, 2023")
    assert (value, guessed) == (date(2023, 3, 9), False)


def test_a_meta_tag_wins():
    assert found("Text 1 May 2020.", stated_dates=((date(2023, 3, 9), "the page's date meta tag"),))[0] == \
        date(2023, 3, 9)


def test_an_information_cut_off_is_a_guess_and_says_so():
    value, how, guessed = found("Intro. " * 200 + "The assessment is based on the information available before "
                                "5 February 2023.")
    assert (value, guessed) == (date(2023, 2, 5), True)
    assert "cut-off" in how


def test_nothing_found_uses_today_and_says_so():
    assert found("No dates at all.") == (TODAY, "publication date unknown: used today's date; give --published", True)


def test_extract_notes_a_guessed_date():
    extraction = extract_document("Intro. " * 200 + "Report of 3 March 2021. Trade will grow.\n", today=TODAY)
    assert extraction.published == date(2021, 3, 3)
    assert any("guessed" in note and "--published" in note for note in extraction.notes)
