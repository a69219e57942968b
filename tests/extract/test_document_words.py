"""The document's own words for hyphens at line breaks (hyphenation.DocumentWords): collected only when a line
ending in a hyphen asks, and then the same words the eager reading collects."""

import pytest

from tracker.extract import hyphenation
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.structure import Line


class _Untouchable:
    def findall(self, text):
        raise AssertionError("the document's words were collected")


def test_a_document_without_a_hyphen_at_a_line_end_never_collects_its_words(monkeypatch):
    monkeypatch.setattr(hyphenation, "_WORD", _Untouchable())
    paragraphs = clean_paragraphs("Inflation will fall\nby the summer, and well-known risks\nremain.\n\nA second one.\n")
    assert [p.text for p in paragraphs] == ["Inflation will fall by the summer, and well-known risks remain.",
                                            "A second one."]


def test_a_hyphen_at_a_line_end_reads_the_words(monkeypatch):
    monkeypatch.setattr(hyphenation, "_WORD", _Untouchable())
    with pytest.raises(AssertionError, match="collected"):
        clean_paragraphs("The arms-\nindustry will grow.\n")


@pytest.mark.parametrize("word", ["arms-industry", "arms", "industry", "secu", "rity", "security", "2026", "x"])
def test_the_words_are_those_the_eager_reading_collects(word):
    lines = [Line("The arms-industry and security", 0), Line("will grow in 2026; secu-", 31), Line("rity", 56)]
    assert (word in hyphenation.DocumentWords(lines)) == (word in hyphenation.hyphenated_words(lines))


def test_a_break_is_undone_or_kept_as_the_document_s_words_say():
    # oracle: the document writes "arms-industry" elsewhere (keep the hyphen) and never "secu" alone (a syllable)
    text = "Spending on arms-industry goods rose.\n\nThe arms-\nindustry will grow, and secu-\nrity will improve.\n"
    assert clean_paragraphs(text)[1].text == "The arms-industry will grow, and security will improve."
