"""Short lines whose layout says what they are: a title in capitals, a chapter title, a byline, a number line.

Cleanup takes a short line without a full stop for a subheading, and a line in capitals for a diagram's
labels. Four kinds of line are neither:
- a section title set in capitals, often between rules ("RUSSIA – A LONG-TERM THREAT", "==== MARKETS ====",
  "2. SUDAN: THE SIEGE"), which a PDF or an e-mail uses where Markdown writes "##": a heading;
- a chapter or section title ("Chapter 2: Strategic circumstances", "Part III – Risks"): a heading, however few
  its words (a short plain line is more often a photo credit, but not one that opens with "Chapter 2");
- a byline or a dateline ("By Anna Berg and Tom Ruiz", "Northwind Analytics · Mar 3, 2026 · 9 min read"): it
  says who wrote the piece and when, it is no heading of the text under it;
- the answer line under a question ("Aggregate: 22% (range 10%–38%)", "Team median: 22%"): prose, the number the
  section gives; read as a subheading it was dropped.
The tests cleanup applies to every heading and short line (``sentence_like``, ``asks``, ``short_line``) are here too.
"""

from __future__ import annotations

import re

#: A title in capitals: after any rules and a section number, words in capitals, no sentence's full stop.
_RULE = re.compile(r"^[\s=~*#_–—-]{3,}|[\s=~*#_–—-]{3,}$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})[.)]?\s+")
_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ’'&.-]+")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
#: "Chapter 2: Strategic circumstances", "Section 4 – Outlook", "Part II. Risks", "Annex B: Method".
_CHAPTER = re.compile(r"^(?:chapter|section|part|annex|appendix)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\b\s*(?:[:.–—-]\s*\S.{0,80})?$",
                      re.IGNORECASE)
#: "By Anna Berg", "By Anna Berg and Tom Ruiz in Madrid", "By Anna Berg, Tom Ruiz and Li Wei": names only.
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:van|von|de|da|del|der|di|le|la|bin|al|[A-Z][\w.'’-]*)){0,3}"
_BYLINE = re.compile(rf"""^By\s+(?:{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*(?:\s+in\s+{_NAME})?
    |the\s+[\w .&'’-]{{2,60}}?\s+(?:team|desk|staff|editors|collective))(?:,\s[^·|•]{{2,60}})?(?:\s[·|•](?:\s.*)?)?\s*$""", re.VERBOSE)
#: A dateline's fields, set apart by middots or bars: a date or a reading time among them.
_DATE_FIELD = re.compile(r"^(?:\w+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}$|^\d{4}-\d\d-\d\d$"
                         r"|^\d+\s+min(?:ute)?s?\s+read$|^updated\b", re.IGNORECASE)
_LINKS = re.compile(r"^(?:\s*[·|•,]?\s*\[[^\]]{1,40}\]\([^)\s]*\))+\s*$")
#: The answer line under a question: a short label for what the number is, a colon, a percentage.
_NUMBER_LINE = re.compile(r"^\W*[A-Z][\w’' -]{0,30}:\s*(?:(?:about|around|roughly|~)\s*)?\d{1,2}(?:\.\d+)?\s?%")


def capital_title(text: str) -> str | None:
    """The title a line in capitals sets ("==== MARKETS ====" -> "MARKETS"), else None."""
    if len(text) > 100 or _TERMINAL.search(text) or " | " in text or "   " in text.strip():
        return None  # a bar or a wide gap sets out a running header or footer ("REVIEW 2026 | CHAPTER 2"), no title
    ruled = _RULE.search(text) is not None
    title = _RULE.sub("", text).strip()
    if not title or title.upper() != title:
        return None
    numbered = _SECTION_NUMBER.match(title)
    words = _CAPITAL_WORD.findall(title[numbered.end():] if numbered else title)
    # one word is a title only when rules or a section number set it apart ("5. VENEZUELA"): else a map's label
    return title if len(words) >= 2 or ((ruled or numbered) and words and len(words[0]) >= 4) else None


def chapter_title(text: str) -> bool:
    """Whether ``text`` is a chapter's or a section's title ("Chapter 2: Strategic circumstances")."""
    return len(text) <= 100 and not _TERMINAL.search(text) and bool(_CHAPTER.match(text))


def byline(text: str) -> bool:
    """Whether ``text`` only says who wrote the piece or when ("By A and B", "Org · Mar 3, 2026 · 9 min read")."""
    if len(text) > 120:
        return False
    if text[:3] == "By " and _BYLINE.match(text) or text[:1] == "[" and _LINKS.match(text):
        return True  # a byline; a row of links ("[Subscribe](...) · [Share](...)"), the page's own buttons
    if ("ublished" in text or "pdated" in text or "osted" in text) and _STAMPED_BYLINE.match(text):
        return True  # "Jane Doe Published: 7:30am, 15 Sep 2026": a name and the page's time stamp
    fields = [field.strip() for field in re.split(r"\s[·|•]\s", text)]
    return len(fields) >= 2 and any(_DATE_FIELD.match(field) for field in fields)


#: A byline whose date follows a "Published:" / "Updated:" label, with no separator: a few capitalised words (the
#: writer's name, perhaps "By"), the label, a time and a date, nothing else.
_STAMPED_BYLINE = re.compile(r"^(?:By\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:and\s+(?:[A-Z][\w’'.-]*\s+){1,4})?(?:Published|Updated|Posted)"
                             r"(?:\s+on)?:?\s+(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s+)?(?:\w+,?\s+)?"
                             r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)"
                             r"(?:,?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$")


def number_line(text: str) -> bool:
    """Whether ``text`` is a labelled number ("Aggregate: 22% (range 10%–38%)"): prose, never a subheading."""
    return "%" in text and len(text) <= 160 and bool(_NUMBER_LINE.match(text))


#: A heading is short: a longer "heading" is a bold lead paragraph or body text merged into the heading line.
HEADING_WORDS = 24
HEADING_CHARS = 160
#: ... and a heading that is a whole sentence of this many words or more is prose too.
SENTENCE_WORDS = 8


def sentence_like(title: str) -> bool:
    """A "heading" too long for one, or a whole sentence: prose, whatever its markup says."""
    words = len(title.split())
    return words > HEADING_WORDS or len(title) > HEADING_CHARS or (words >= SENTENCE_WORDS and bool(_TERMINAL.search(title)))


def asks(title: str) -> bool:
    """A heading that asks a question ("## 3. Will X happen before 2028?"): the section answers it, it is no prose."""
    return title.endswith("?") and len(title.split()) <= HEADING_WORDS + 16 and len(title) <= 2 * HEADING_CHARS


#: An unmarked line shorter than this share of a full line, standing alone, may be a heading; a longer one
#: without a full stop is a wrapped piece of a sentence.
SHORT_LINE = 0.75
#: ... and it has at most this many words.
SHORT_LINE_WORDS = 12


def short_line(lines: int, text: str, width: int) -> bool:
    """A line standing alone, clearly shorter than the document's full line, of a few words, not in lower case.
    A line ending in a colon leads into what follows (a list, a quote): it is prose, whatever its length."""
    return lines == 1 and len(text) < max(SHORT_LINE * width, 40) and len(text.split()) <= SHORT_LINE_WORDS \
        and not text[:1].islower() and not text.endswith(":")


#: The nouns that name a report's sections: a short line holding one is a heading, not a photo credit.
_SECTION_NOUNS = re.compile(r"\b(?:summary|discussion|background|outlook|introduction|conclusions?|judg(?:e)?ments|findings|key\s+points"
                            r"|messages|scenarios?|risks|drivers|implications|indicators|methodology|methods|overview|assessment"
                            r"|recommendations|annex|appendix|scope\s+note|prospects|forecasts?|projections|uncertainties|signposts"
                            r"|trends|developments|considerations|outcomes)\b", re.IGNORECASE)


def section_title(text: str) -> bool:
    """A short line in title case ending in a section's noun ("Key Judgments", "Alternative Scenarios", "Discussion")."""
    words = text.split()
    return len(words) <= 5 and len(text) <= 60 and not _TERMINAL.search(text) and words[0][:1].isupper() \
        and bool(_SECTION_NOUNS.search(text))


#: A plain-text title of a few words: numbered ("1. Violent extremism", "3.2 Debt dynamics") or in sentence case
#: ("Central projection", "Financing choices"). A photo credit ("Getty Images") or a chart's label is seldom either.
#: Its words may be hyphenated and listed with commas ("5.2 Right-wing extremism", "5.5 Espionage, hybrid threats and
#: cyber security").
_TITLE_WORD = r"(?:[a-z]{2,}|[A-Z][a-z]+)(?:-[a-z]+)*"
_NUMBERED_TITLE = re.compile(rf"^\d{{1,2}}(?:\.\d{{1,2}})?\.?\s+[A-Z][a-z]+(?:-[a-z]+)*(?:,?\s+{_TITLE_WORD}){{0,7}}$")
_SENTENCE_CASE_TITLE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]{2,}){1,3}$")


def plain_title(text: str) -> bool:
    """Whether a short line is shaped as a section's title (the caller checks that a paragraph follows it)."""
    return bool(_NUMBERED_TITLE.match(text) or _SENTENCE_CASE_TITLE.match(text))


#: A table's or figure's caption line ("Table 1: Connection queue by technology", "Figure 3.2 - Debt interest"):
#: it names what the table shows, and heads no prose after it (a "Box 3.1" title does head its box: not here).
_CAPTION = re.compile(r"^(?:Table|Figure|Fig\.|Chart|Exhibit|Graph|Map)\s+[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[:.–—-]\s+\S")


def caption_line(text: str) -> bool:
    """Whether ``text`` is a table's or figure's caption."""
    return text[:1] in "TFCEGM" and len(text) <= 200 and bool(_CAPTION.match(text))


#: Words a title in Title Case leaves in lower case.
_MINOR_WORDS = frozenset("a an the and but or nor for of to in on at by with from as vs via into per than up out off over "
                         "under is are be".split())
_TITLE_CASE_WORD = re.compile(r"^(?:[A-Z][\w’'.-]*|\d[\w.,%-]*|[A-Z]{2,}[’']s)$")


def title_case_line(text: str) -> bool:
    """Whether a line standing alone is a heading in Title Case ("Staffing Shortfalls Are Expected to Persist",
    "Key Elements Are Behind Schedule"): every word but the small ones capitalised, at least three of them, no
    sentence's full stop or lead-in colon. Prose capitalises its first word and its names, not every word."""
    if len(text) > 110 or _TERMINAL.search(text) or text.endswith((":", ",", ";")) or text.upper() == text:
        return False
    words = text.split()
    if not 4 <= len(words) <= 16 or not words[0][:1].isupper():
        return False
    capitalised = 0
    for word in words:
        bare = word.strip("()\"“”‘’,")
        if bare.lower() in _MINOR_WORDS:
            continue
        if not _TITLE_CASE_WORD.match(bare):
            return False
        capitalised += 1
    return capitalised >= 3
