"""Cleanup: wrapped lines, hyphenation, page furniture, headings."""

from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.sentences import split_text


def test_wrapped_lines_are_joined_and_hyphenation_undone():
    [paragraph] = clean_paragraphs("The economic secu-\nrity of the region is not a Russia-\ndependent matter "
                                   "for Russia-dependent states.\n")
    assert paragraph.text == ("The economic security of the region is not a Russia-dependent matter for "
                              "Russia-dependent states.")


def test_page_numbers_and_running_headers_are_dropped_and_broken_paragraphs_joined():
    body = ("The regime has spent the year rebuilding the forces it lost, recruiting reservists and volunteers, "
            "and moving equipment from storage to the units that")
    pages = [f"ANNUAL REVIEW 2023\n\n{body}\n\n1\n"]
    endings = ["need it most.", "Trade fell.", "Prices rose.", "The winter was mild."]
    pages += [f"ANNUAL REVIEW 2023\n\n{ending}\n\n{n}\n" for n, ending in enumerate(endings, 2)]
    paragraphs = clean_paragraphs("\f".join(pages))
    assert paragraphs[0].text == body + " need it most."
    assert len(paragraphs) == 4
    assert all("ANNUAL REVIEW" not in p.text and not p.text.isdigit() for p in paragraphs)


def test_headings_become_the_location_of_the_paragraphs_under_them():
    paragraphs = clean_paragraphs("## CHINA\n\n**Beijing backs Moscow**\n\nIt is likely that trade grows.\n\n"
                                  "Second paragraph.\n")
    assert [(p.number, p.heading) for p in paragraphs] == [(1, "CHINA: Beijing backs Moscow"),
                                                          (2, "CHINA: Beijing backs Moscow")]


def test_sentences_inside_a_quotation_are_split():
    assert split_text("“The U.S. will act. Russia will be hit with sanctions.” Next.") == [
        "The U.S. will act.", "Russia will be hit with sanctions.", "Next."]
