"""Alternations gathered by first letter (lexicon.by_first_letter): the gathered pattern must match exactly what the
flat alternation of the same forms matches. The oracle is the flat pattern itself, run by the ``re`` module."""

import re
import sys

import pytest

from tracker.extract.lexicon import FALLBACK_SCALE, Lexicon, by_first_letter
from tracker.scales import load_scales


def test_under_ignorecase_a_character_matches_at_most_one_ascii_letter():
    # why gathering is safe: at one position of a text only the forms under one letter can match
    everything = "".join(chr(point) for point in range(sys.maxunicode + 1) if not 0xD800 <= point <= 0xDFFF)
    matched: dict[str, str] = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for match in re.finditer(letter, everything, re.IGNORECASE):
            assert matched.setdefault(match.group(), letter) == letter, (match.group(), letter)


def _lexicons():
    scales = load_scales(None)
    return [Lexicon(scales[name], scales.get(FALLBACK_SCALE)) for name in sorted(scales)]


def _texts(forms: list[str]) -> list[str]:
    """Every form in a sentence, in capitals, with the odd letters re equates to i, s and k, glued to a hyphen or a
    word, with an adverb inside a hedge, and all of them run together."""
    texts = []
    for form in forms:
        odd = form.replace("s", "ſ").replace("i", "ı").replace("k", "\u212a")
        texts += [f"It is {form} that X will rise.", form.upper(), odd, form.replace("i", "İ"), f"non-{form}",
                  f"{form}-ish", f"{form}ly", f"un{form}", form.replace(" ", "  \n"),
                  form.replace("be ruled", "be entirely ruled").replace("be excluded", "be fully excluded")]
    return [*texts, " ".join(forms), ", ".join(reversed(forms))]


@pytest.mark.parametrize("index", range(len(_lexicons())))
def test_the_gathered_judgement_pattern_matches_what_the_flat_one_matches(index):
    lexicon = _lexicons()[index]
    forms, written = lexicon.judgement_forms()
    flat = re.compile(rf"(?<![\w-])(?:{'|'.join(written)})(?![\w-])", re.IGNORECASE)
    assert flat.pattern != lexicon.judgement_pattern.pattern  # the shipped scales' forms all start with a letter
    for text in _texts(forms):
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in lexicon.judgement_pattern.finditer(text)], text


def test_a_form_starting_with_anything_but_a_letter_leaves_the_alternation_flat():
    assert by_first_letter(["50-50", "likely"], ["50\\-50", "likely"]) == "50\\-50|likely"
    assert by_first_letter(["likely", "less likely", "unlikely"], ["likely", "less\\s+likely", "unlikely"]) == \
        "l(?:ikely|ess\\s+likely)|u(?:nlikely)"


#: The footnote test of sentences.py as it was written before its forms started at the full stop.
OLD_GLUED_NUMBER = re.compile(r"[a-z]{2}\.\d{1,2}\s+[A-Z]|\d\.\^\d")


@pytest.mark.parametrize("text", [
    "on track.11 The plan", "the rate of 2025.^2 It", "2025.^ It", "in 2029. The committee", "U.S. 2 The", "3.5 The",
    "ab.1 C", "ab.123 C", "aB.1 C", "a.1 C", "ab.1C", "ab.12\n\tX", "x.^1", "9.^", "", ".", "..1 A", "ab..1 A",
    "mid-sentence ab.1 c then cd.22 E", "ſt.1 A", "st.1 a", "the end.1", "the end.12 Next and 7.^3",
])
def test_the_glued_number_test_matches_where_its_written_forms_match(text):
    from tracker.extract.sentences import _GLUED_NUMBER

    assert bool(_GLUED_NUMBER.search(text)) == bool(OLD_GLUED_NUMBER.search(text))


@pytest.mark.parametrize("statement", ["growth will reach 3.2 percent", "X will rise", "rates at 4 %", "a ² mark only",
                                       "① of ② per cent", "٣ percent", "up 25 basis points and $9.7 billion", ""])
def test_the_digit_test_of_merging_names_the_targets_the_character_loop_named(statement):
    from types import SimpleNamespace

    from tracker.extract.merging import _TARGET, _targets

    written = frozenset() if not any(c.isdigit() for c in statement) else \
        frozenset(float(n) for n in _TARGET.findall(statement))  # the test as it was written
    assert _targets(SimpleNamespace(statement=statement)) == written
