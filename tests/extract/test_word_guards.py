"""Word tests in front of case-insensitive patterns (folding.py and its users): a test may say "absent" only when
the pattern cannot match, so extraction is the same with or without it. The oracle is the ``re`` module itself:
which characters it matches case-insensitively, and whether each pattern matches the texts written here."""

import re
import sys

import pytest

from tracker.extract import attribution, casing, clauses, hedges, horizons, numeric, scope
from tracker.extract.horizon_terms import may_name_term
from tracker.extract.clauses import split_clauses
from tracker.extract.folding import folded


def test_folding_lowers_ascii_and_maps_the_letters_re_equates_to_ascii():
    assert folded("Russia WILL Say") == "russia will say"
    assert folded("İSTANBUL") == "istanbul"          # dotted capital I: str.lower gives "i" + a combining dot
    assert folded("dıd ſay") == "did say"            # dotless i, long s: str.lower leaves them
    assert folded("\u212aNOWN") == "known"            # Kelvin sign
    assert len(folded("İſı")) == 3                   # one for one: a run the pattern matches stays a run


def test_every_character_re_matches_to_an_ascii_letter_folds_to_that_letter():
    letters = re.compile("[a-z]", re.IGNORECASE)
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if letters.fullmatch(char):
            fold = folded(char)
            assert len(fold) == 1 and re.fullmatch(fold, char, re.IGNORECASE), repr(char)


def _variants(text: str) -> list[str]:
    """``text`` as written, in capitals, and with the letters ``re`` equates to i, s and k swapped in."""
    odd = text.replace("s", "ſ").replace("i", "ı").replace("k", "\u212a")
    return [text, text.upper(), odd, text.replace("i", "İ")]


# (pattern, its word test, texts the pattern matches: one for each of its forms)
GUARDED = [
    (attribution._ANY, lambda t: any(p in folded(t) for p in attribution._ANY_PIECES),
     ["he said", "she says", "they say", "X noted", "X notes", "told", "stated", "warned", "warns", "adds", "added",
      "predicted", "predicts", "insisted", "insists", "argued", "argues", "claimed", "claims", "cautioned",
      "acknowledged", "conceded", "estimated", "forecast", "remarked", "observed", "suggested", "explained", "wrote",
      "writes", "according", "considers it", "judged it", "assesses it", "believes it", "deems it"]),
    (scope._POWERS, lambda t: any(p in folded(t) for p in scope._POWERS_WORDS),
     ["its mandate includes", "the powers cover", "competences extend", "its remit covers", "jurisdiction extends",
      "prerogatives include", "responsibilities include", "duties comprise", "functions encompass",
      "it is empowered to", "they are authorised to", "will be authorized to", "is entitled to"]),
    (scope._ARRANGEMENT, lambda t: any(p in folded(t) for p in scope._ARRANGEMENT_WORDS),
     ["under the agreement", "according to the treaty", "in line with national plans", "pursuant to the law",
      "in accordance with the policy", "as required by", "as mandated under", "as stipulated in", "as provided for by",
      "in the event of a war,", "in case of an attack,", "subject to approval"]),
    (numeric._CHANCE_WORD, lambda t: any(p in folded(t) for p in numeric._CHANCE_PIECES),
     ["a chance", "probable", "the odds", "likelihood", "a risk", "possible", "call it"]),
    (hedges.NEGATIVE_LEAD, lambda t: any(p in folded(t) for p in hedges._NEGATIVE_PIECES),
     ["it is not expected that", "we do not expect", "I don't think", "the bank doesn’t believe",
      "it is doubtful that", "there is no evidence that", "there are little signs that",
      "we do not have any evidence to suggest that", "it is unclear whether", "it is uncertain if",
      "it is questionable whether", "it is by no means certain that", "it is far from certain whether",
      "it is not sure if", "it remains to be seen whether"]),
    (horizons.TERMS, may_name_term, ["in the near term", "over the long run", "within the medium-term",
                                     "in the near and medium term", "during the short term"]),
    (clauses._SUBJECT, clauses._names_modal, ["X will rise", "X would rise", "X won't rise", "X won’t rise",
                                              "X highly likely will rise"]),
    (hedges._CONDITION, lambda t: any(p in folded(t) for p in hedges._CONDITION_PIECES),
     ["unless talks fail", "if talks fail", "provided that talks fail", "as long as talks last", "in case of war",
      "should talks fail", "in a worst-case scenario"]),
]


@pytest.mark.parametrize(("pattern", "guard", "texts"), GUARDED, ids=lambda value: getattr(value, "pattern", "")[:20])
def test_a_word_test_never_rules_out_a_text_its_pattern_matches(pattern, guard, texts):
    for text in texts:
        assert pattern.search(text), text  # the oracle: the pattern does match
        for variant in _variants(text):
            if pattern.search(variant):
                assert guard(variant), variant


@pytest.mark.parametrize("sentence", [
    "X will rise; however, Y will fall.",
    "X will rise, but Y will fall.",
    "X will rise and may fall.",
    "X will rise – Y will fall.",
    "X will remain weak and is unlikely to recover.",
    "X will take delivery of A and plans to sell B.",
    "X WILL RISE AND WILL FALL.",
])
def test_a_sentence_with_a_boundary_passes_the_boundary_word_test(sentence):
    assert clauses._BOUNDARY.search(sentence)  # the oracle: the pattern finds a boundary
    assert clauses._may_split(sentence)
    assert len(split_clauses(sentence)) == 2


def test_a_sentence_without_marks_or_conjunctions_is_one_clause():
    sentence = "It is highly likely that the regime will continue to prioritise military spending."
    assert not clauses._may_split(sentence)
    assert clauses._BOUNDARY.search(sentence) is None
    assert [c.text for c in split_clauses(sentence)] == [sentence]


#: The look-behind patterns as they were written before the rewrite that lets the engine skip to a letter.
OLD_LOWER = re.compile(r"(?<![.!?]\s)(?<![\w'’/@.-])[a-z][a-z'’-]+(?![\w/@]|\.\w)")
OLD_INSIDE = re.compile(r"(?<=[a-z,;)]\s)([A-Z][a-z'’-]+)\b")


@pytest.mark.parametrize("text", [
    "Targets rose. the end came; Russia's army, Denmark and (Norway) Sweden.\nwww.vsd.lt and txt_files/x.txt",
    "a b. c! D, E; F) G h’s well-known I-95 x@y.z e.g. it's ok",
    "",
    "z",
])
def test_reordered_look_behinds_find_what_the_written_ones_found(text):
    assert casing._LOWER.findall(text) == OLD_LOWER.findall(text)
    assert casing._INSIDE.findall(text) == OLD_INSIDE.findall(text)
