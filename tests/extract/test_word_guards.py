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
OLD_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[A-Za-zÀ-ÿ]\s+){3,}[A-Za-zÀ-ÿ](?!\S)")


@pytest.mark.parametrize("text", [
    "Targets rose. the end came; Russia's army, Denmark and (Norway) Sweden.\nwww.vsd.lt and txt_files/x.txt",
    "a b. c! D, E; F) G h’s well-known I-95 x@y.z e.g. it's ok",
    "",
    "z",
    "b i l t d th h j", "x b i l t", "will b i l t d", "(a b c d) A\tB\nC D é f g h", "ab c d e f", "a b c de",
])
def test_reordered_look_behinds_find_what_the_written_ones_found(text):
    from tracker.extract.structure.furniture import SPACED_LETTERS

    assert casing._LOWER.findall(text) == OLD_LOWER.findall(text)
    assert casing._INSIDE.findall(text) == OLD_INSIDE.findall(text)
    assert [m.span() for m in SPACED_LETTERS.finditer(text)] == [m.span() for m in OLD_SPACED_LETTERS.finditer(text)]


# A look-ahead for the first character in front of a pattern of many forms is a word test inside the pattern: it
# must admit the first character of every form. The oracle is re's own parse of the pattern.
from re import _constants as _sre, _parser as _sre_parse  # noqa: E402


def _first_characters(items) -> tuple[list, bool]:
    """What the first character a sequence of parsed items consumes may be (LITERAL and IN items), and whether the
    sequence may consume none; anything else (any character, a back reference) fails the test outright."""
    found: list = []
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: the next item consumes the first character
        if op in (_sre.LITERAL, _sre.IN):
            return [*found, (op, av)], False
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            inner, empty = _first_characters(av[2])
            found += inner
            if av[0] > 0 and not empty:
                return found, False
            continue
        if op is _sre.SUBPATTERN:
            inner, empty = _first_characters(av[3])
            found += inner
            if not empty:
                return found, False
            continue
        if op is _sre.BRANCH:
            empty = False
            for alternative in av[1]:
                inner, may_be_empty = _first_characters(alternative)
                found += inner
                empty = empty or may_be_empty
            if not empty:
                return found, False
            continue
        raise AssertionError(f"cannot tell the first character of {op}")
    return found, True


def _admitted(item, marks: str) -> bool:
    op, av = item
    if op is _sre.LITERAL:
        return chr(av) in marks or chr(av).isspace()
    return all(kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE or kind is _sre.LITERAL and chr(value) in marks
               for kind, value in av)


def _admitted_by(item, guard: re.Pattern, categories) -> bool:
    """Whether every character the first-character ``item`` names passes ``guard`` (a class in the same flags; a
    category only when the guard names it too, a range character by character)."""
    op, av = item
    for kind, value in ([(op, av)] if op is _sre.LITERAL else av):
        if kind is _sre.LITERAL and not guard.fullmatch(chr(value)):
            return False
        if kind is _sre.CATEGORY and value not in categories:
            return False
        if kind is _sre.RANGE and not all(guard.fullmatch(chr(c)) for c in range(value[0], value[1] + 1)):
            return False
        if kind not in (_sre.LITERAL, _sre.CATEGORY, _sre.RANGE):
            return False
    return True


def test_every_form_of_the_clause_boundary_starts_where_its_look_ahead_admits():
    parsed = _sre_parse.parse(clauses._BOUNDARY.pattern, clauses._BOUNDARY.flags)
    guard_op, (direction, guard) = parsed.data[0]
    assert guard_op is _sre.ASSERT and direction == 1  # the look-ahead in front
    assert list(guard) == list(_sre_parse.parse(r"[\s,;:]"))  # admits a space or ",;:" and nothing else
    firsts, empty = _first_characters(parsed.data[1:])
    assert not empty and firsts and all(_admitted(item, ",;:") for item in firsts)


@pytest.mark.parametrize("sentence", [
    "Prices will rise; however, wages will lag.", "X will fall, but Y will rise.",
    "a 40% chance to A, a 35% chance to B and a 25% chance to C", "X will A and may B.",
    "X will not guarantee stability – internal tensions will intensify.", "The outlook: growth will slow.",
    "X will remain weak and is unlikely to recover.", "X will take delivery of A and plans to sell B.",
    "We put a deal at 30%, and a collapse at 70%.", "X will grow, and we see a real possibility of Y.",
])
def test_the_guarded_boundary_cuts_where_the_written_forms_cut(sentence):
    written = re.compile(clauses._BOUNDARY.pattern[len(r"(?=[\s,;:])"):], clauses._BOUNDARY.flags)
    cuts = [match.span() for match in written.finditer(sentence)]
    assert cuts and cuts == [match.span() for match in clauses._BOUNDARY.finditer(sentence)]


def _guarded_patterns():
    from tracker.extract import horizon_halves
    from tracker.extract import articles, claim_tense, horizon_document, horizon_period, horizons, judgements, legend, questions, reported
    return [(reported._REPORTED, "[a-z]"), (legend._PERCENT, r"[\dp]"), (articles.ARTICLED, "[TtAa]"),
            (horizon_period._PERIOD_NAMED, "[aofrp]"), (questions._MODAL, "[wscm]"), (questions._SECOND_MODAL, "[abo]"),
            (horizon_document.EVENT_NOUNS, "[secgorwiv]"), (judgements._DESCRIPTIVE, "[wait]"),
            (horizon_halves._HALF, "[ibdfuwot]"), (questions._SPEAKER, "[wWoOuImM]"), (claim_tense.TENSE, "[acdghimnrsuw]"),
            (judgements._NOUN_WILL, "[afghilopsty]"), (judgements._EMBEDDED, "[dehmprstw]"),
            (horizons._TERM_ADJECTIVE, "[filmns]"), (horizons._EVENT, "[abdfiu]"), *_guarded_patterns_2()]


def _guarded_patterns_2():
    from tracker.extract import (clause_sequences, dates, drafting, horizon_calendar, horizon_ranges, horizon_term_spans,
                                 horizons, merging, question_predicate)
    return [(merging._NEGATED, "[w]"), (clause_sequences._WILL_VERB, "[w]"), (drafting._DATED_MEETING, "[hmprsv]"),
            (horizon_calendar._MONTH_OCCASION, "[abfiu]"), (horizons._YEARS_AHEAD, "[dfio]"), (horizons._SOON, "[ais]"),
            (horizons._DURATION, "[itw]"), (horizon_ranges._MONTH_SPAN, "[adfjmnos]"),
            (horizon_ranges._DAY_AHEAD, "[bcdotuCDT]"), (question_predicate._DATED_EVENT, "[abcdehmrstv]"),
            (dates.DATE_PATTERN, r"[\dadfjmnos]"), (horizon_term_spans._DEFINED, "[*_\"“‘'ilmns]")]


@pytest.mark.parametrize("index", range(27))
def test_a_first_character_look_ahead_admits_the_first_character_of_every_form(index):
    pattern, first = _guarded_patterns()[index]
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    items = [item for item in parsed.data if item[0] is not _sre.AT or item[1] is not _sre.AT_BOUNDARY]
    guard_op, (direction, guard) = items[0]
    assert guard_op is _sre.ASSERT and direction == 1  # the look-ahead in front of every form
    assert list(guard) == list(_sre_parse.parse(first, pattern.flags))
    categories = {value for op, av in guard if op is _sre.IN for kind, value in av if kind is _sre.CATEGORY}
    firsts, empty = _first_characters(parsed.data)  # the look-ahead is zero width: the forms' first characters
    assert not empty and firsts
    assert all(_admitted_by(item, re.compile(first, pattern.flags), categories) for item in firsts)


@pytest.mark.parametrize("text", [
    "He said that it will; they claimed, we hoped, according to the IMF's forecasts, based on the assumption that X",
    "The IEA projects that X will. Moscow does not exclude that; the Union State, States that",
    "5% 5 % per cent percent Per Cent 3.2percent", "the US, The EU, an outbreak, A recession, An ally, the us",
    "the assessment period, Outlook Period, the period covered, reporting  period",
    "X will not, WON'T never, shall, could, may, May, might, can, should, must not only; rise and will also fall",
    "rise but would probably fall, or will then, AND WILL",
    "the Summit, ELECTIONS, election-year, Olympic Games, the olympics, World Cup, congress, a referendum; Inauguration",
    "vote, votes, Conference, championship, Championships, ſummit, conferences, pre-election, Games.",
    "The summit will be held in May, WILL TAKE PLACE; talks are to consist of two rounds; IS TO COMPRISE; will be able to",
    "leaders who will decide, whose members would, which the Commission is expected to, the plan that will fail",
    "in the first half of 2027, WITHIN FIRST HALF OF 2027, in 1H 2027, from H2 2027, before the second half of next year",
    "by the ſecond half of 2026, throughout the first half of this year, Through H1 2028, until 2H 2029, during H2 2030",
    "We think our view, OURS and Our plan; the US and us; I will, my view, My view, MY VIEW, WE, ıt, us.",
    "X WILL rise, would, won’t, shall, could, MAY, might, can, going to, is to, are to; was, were, had, did, has, have",
    "used to; it is, they are, I am, does, do, remains, remain, currently, now; ſhall, ıs, Currently",
    "the political ", "their own ", "the people's ", "lack of ", "a strong ", "ILL ", "your good ", "his ",
    "the way the situation ", "how long it ", "whether the US ", "the speed at which prices ", "what we think ",
    "the extent to which X ", "the pace at which the ſtate ", "WHAT PEOPLE EXPECT ", "terms on which the ",
    "a near-term deal, a long-term problem, longer term, mid-term, the near future, foreseeable future, immediate future",
    "SHORT-TERM, Medium-run, ſhort-term, the Immediate Future, long-term contracts",
    "during the summit, before the election, after the Olympics, until the vote, by the next term, at the conference",
    "ahead of the upcoming elections, in the run-up to the referendum, in the lead-up to the games, around the summit",
    "following the ceasefire talks, BEFORE THE ELECTION, ıń the run-up to the vote",
    "X will not, won't only, WON’T, will never, Will Not; it will also rise, won't then fall, WILL probably cut",
    "the meeting", "the June vote", "the December 2027 release", "Session", "the second reading", "the CPI print",
    "at the January renewals, after the March meeting, In the June summit, by the October vote, until the May budget",
    "in the years to come, over the decades ahead, for the months ahead, during the years to come, IN THE YEARS AHEAD",
    "not any time soon, anytime soon, in the short run, soon, as soon as, Soon, ſoon, ANYTIME SOON",
    "will take up to four years, within two years, in three years' time, taking a decade, TAKES TWO YEARS",
    "March-May 2027, October–December 2026, JANUARY/MARCH 2026, ſeptember-November 2027, june - august 2028",
    "by 5 May, before the 12 June, on March 3, until 1 July, till 2 May, through the 4 June, than 3 March",
    "deadline of 5, Deadline on 3, cut-off date of 4, Cutoff of 9, due date on 1, Target date of 2, DUE DATE ON 7",
    "the summit, a Vote, the Elections, DEADLINE, talks, hearing, decision, announcement, referendum, ballot, conference",
])
def test_the_guarded_patterns_match_what_the_written_forms_match(text):
    for pattern, first in _guarded_patterns():
        written = re.compile(pattern.pattern.replace(f"(?={first})", "", 1), pattern.flags)
        assert written.pattern != pattern.pattern
        assert [(m.span(), m.groups()) for m in written.finditer(text)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("line", ["1. No recession in 2027     Conviction: HIGH", "Gold (Confidence = low)",
                                  "X   LIKELIHOOD LEVEL: Medium", "Y — probability: very high", "Z (certainty:high)"])
def test_a_call_tag_needs_a_tag_word_and_a_colon_or_equals_sign(line):
    from tracker.extract import call_lists

    for variant in _variants(line):
        if call_lists._TAG.search(variant):  # the oracle: the pattern matches, so the word tests must let it through
            assert ":" in variant or "=" in variant
            assert any(word in folded(variant) for word in call_lists._TAG_WORDS)
        if re.search(call_lists._TAG_NAMES, variant, re.IGNORECASE):
            assert any(word in folded(variant) for word in call_lists._TAG_WORDS)
    assert call_lists._TAG.search(line)


OLD_MODAL_SPLICE = re.compile(r"\b(?:will|would)\s+(?:(?:very|most|highly|almost\s+certainly|probably|likely|not)\s+)*"
                              r"(?=(?!I\b)[A-Z][a-z’']+[’']s\s|(?!I\b)[A-Z][a-z]+\s+[a-z]+(?:ed|s)\b)")


@pytest.mark.parametrize("text", [
    "Kremlin will very likely Russia’s full-scale attack", "X would Moscow launched", "will Putin decides", "swill Moscow wanted",
    "goodwill Russia's army", "wwill Russia's", "will\nRussia's army", "would not almost certainly Kyiv's forces",
    "will I think", "WILL Russia's", "will", "w", "", "It will rise. Would Russia's army win?", "x.would Russia's ",
])
def test_the_modal_splice_starting_at_its_w_finds_what_the_word_boundary_found(text):
    from tracker.extract.structure.columns import MODAL_SPLICE

    assert [m.span() for m in MODAL_SPLICE.finditer(text)] == [m.span() for m in OLD_MODAL_SPLICE.finditer(text)]


@pytest.mark.parametrize("text", [
    "b i l t d th h j", "x b i l t", "will b i l t d", "(a b c d) A\tB\nC D é f g h", "ab c d e f", "a b c de",
    "a b c d", " a b c d ", "It is a b c test", "a\nb\nc\nd", "é è à ù", "A report. B C D E.", "a b", "", "x",
    "It will rise in a year and a half.",
])
def test_spaced_letters_behind_its_two_letter_test_finds_what_the_pattern_finds(text):
    from tracker.extract.structure.furniture import SPACED_LETTERS, _TWO_SINGLE_LETTERS, spaced_letters

    found = SPACED_LETTERS.search(text)
    assert (found and found.span()) == ((match := spaced_letters(text)) and match.span())
    if found:  # every run holds two single letters between spaces: the test never rules out a run
        assert _TWO_SINGLE_LETTERS.search(text)


@pytest.mark.parametrize("sentence", ["on Election Day in November", "the midterms will decide the House",
                                      "after the midterm, Congress will", "ELECTION DAY", "the Midterms and the Senate"])
def test_a_us_election_needs_its_words_as_written(sentence):
    from tracker.extract.horizon_document import _US_ELECTION

    if _US_ELECTION.search(sentence):  # the pattern is case-sensitive: its words, as written, must be there
        assert "Election Day" in sentence or "midterm" in sentence


@pytest.mark.parametrize("phrase", ["likely", "highly likely", "unlikely", "almost certain", "remote chance", "even"])
def test_a_legend_phrase_pattern_with_its_look_behind_after_the_first_letter_finds_the_same(phrase):
    import inspect

    from tracker.extract import legend

    assert "re.escape(phrase[0])}(?<![\\w-]{re.escape(phrase[0])})" in inspect.getsource(legend.detect_scale)
    old = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
    new = re.compile(rf"{re.escape(phrase[0])}(?<![\w-]{re.escape(phrase[0])}){re.escape(phrase[1:])}(?![\w-])")
    for text in [phrase, f"un{phrase}", f"-{phrase} x", f"a {phrase}-ish", f"x {phrase}, {phrase}ly {phrase}", "",
                 f"({phrase}) 60-80% {phrase}\n{phrase}", f"{phrase[:-1]} {phrase}"]:
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]


@pytest.mark.parametrize("words", [(), ("will",), ("a", "bc", "will"), ["x", "y"], frozenset({"likely", "say"})])
def test_holds_any_says_what_any_over_the_words_says(words):
    from tracker.extract.folding import holds_any

    for text in ["", "it will rise", "bc", "xyz", "they say it is likely", "a"]:
        assert holds_any(text, words) == any(word in text for word in words)


_LEGEND_TEXTS = [
    "Rare (<5%), Unlikely (5–25%), Possible (25–50%),\nLikely (50–80%), Almost certain (>80%).",
    "remote (less than 10%); highly unlikely (10-20%) and unlikely (20-35%) or realistic possibility (35-55%)",
    "A long run of prose with no brackets at all, then a term much further than forty-five characters before it   (5-25%)",
    "x (a) (b) ((c)) term (  12 %  ) \t\n (7–9%) Likely\n\n(50–80%) Very-well known term (1 to 3 %)",
    "word" * 30 + " (10-20%), " + " " * 60 + "(20-30%) " + "Possible" + "\u2003" * 5 + "(25–50%)",
    "", "(", "no legend here", "ab (cd)", "Likely \n (50–80%)",
]


@pytest.mark.parametrize("text", _LEGEND_TEXTS + [text * 3 for text in _LEGEND_TEXTS])
def test_searching_from_the_brackets_finds_what_finditer_finds(text):
    from tracker.extract import legend_table, register
    from tracker.extract.folding import bracket_matches
    for pattern, earliest in ((legend_table._PROSE_ITEM, legend_table._item_start),
                              (register._TERM_RANGE, register._term_start)):
        assert [(m.span(), m.groups()) for m in bracket_matches(pattern, text, earliest)] == \
               [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_searching_from_the_brackets_finds_what_finditer_finds_on_random_text():
    import random
    from tracker.extract import legend_table, register
    from tracker.extract.folding import bracket_matches
    rng = random.Random(5)
    alphabet = list("aZ -(),;:%<>5\n\t.") + ["Likely ", "remote ", " (10–20%)", " ( 5 % )", "\u00a0"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for pattern, earliest in ((legend_table._PROSE_ITEM, legend_table._item_start),
                                  (register._TERM_RANGE, register._term_start)):
            assert [m.span() for m in bracket_matches(pattern, text, earliest)] == [m.span() for m in pattern.finditer(text)], text


@pytest.mark.parametrize("text", [
    "on 3 March 2026, 21st Sept. 2027, March 3, 2026, Dec 31 2025, 2026-03-09, 2026.12.03, 03.12.2026, ſept 4, 2026",
    "Since 5 MAY 2024 and MAY 5, 2024; 12th ıune 2025? 1 Jan. 2020",
    '"Short term" means within the next year; **near-term** refers to 1-2 years; in the medium term: 2 to 5 years',
    "_long term_ is more than five years; 'mid-term' = up to 3 years; “ſhort term” denotes the coming 12 months",
])
def test_the_date_and_term_span_look_aheads_find_what_the_written_patterns_find(text):
    from tracker.extract import dates, horizon_term_spans
    for pattern, first in ((dates.DATE_PATTERN, r"[\dadfjmnos]"), (horizon_term_spans._DEFINED, "[*_\"“‘'ilmns]")):
        written = re.compile(pattern.pattern.replace(f"(?={first})", "", 1), pattern.flags)
        assert written.pattern != pattern.pattern
        for variant in _variants(text):
            assert [(m.span(), m.groups()) for m in written.finditer(variant)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(variant)]
