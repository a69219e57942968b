"""The publication date of a document, and how sure we are of it.

The horizons of every draft count from this date, so a guess is always reported. In order of trust: a
date the file format states (HTML meta tags), a date labelled as the publication date in the text, a date
standing alone near the top (a news article's dateline), then guesses: an information cut-off date, the
PDF's creation date, the latest date in the document, the year in the title.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, dates_in
from tracker.extract.records import Document

_LABELLED = re.compile(r"\b(?:published|publication date|posted|issued|released|release date|date of publication|dated)\s*"
                       r"(?:on|:)?\s*$", re.IGNORECASE)
#: A footnote's line: a source's date there ("³ Seasonal forecast issued on 24 September") is not the document's.
_FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\d{1,3}\s)")
_CUT_OFF = re.compile(r"\b(?:information|intelligence|data)\s+(?:\w+\s+){0,3}(?:available|received|gathered)\s+"
                      r"(?:before|by|as of|until|up to)\s*$|\bcut-?off\s+(?:date\s+)?(?:was|is|of)?\s*:?\s*$",
                      re.IGNORECASE)
_TOP_CHARS = 600
_COLOPHON_CHARS = 800
#: A place before the date, as datelines write it: "Berlin, 14 March 2025", "... edition. Warsaw, 20 January 2026".
_PLACE = re.compile(r"(?:^|[.|*_(]\s*|\n)[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?,\s*$")


def publication_date(document: Document, today: date) -> tuple[date, str, bool]:
    """``(date, how it was found, guessed)`` for ``document``; never fails (today, guessed, at worst)."""
    text = document.text
    for value, where in document.stated_dates:
        if "meta" in where or "time" in where:
            return value, f"publication date from {where}", False
    if header := _header_date(text, today):
        return header
    every = dates_in(text)
    found = [(value, match) for value, match in every if value <= today]
    labelled = [(value, match, label) for value, match in found
                if (label := _LABELLED.search(text[max(0, match.start() - 40):match.start()]))
                and not _FOOTNOTE.match(text[text.rfind("\n", 0, match.start()) + 1:match.start()])]
    # "Published 30 October" wins over "issued on 24 September" (a source's date, often in a note)
    labelled.sort(key=lambda found: not found[2].group(0).lower().startswith(("published", "publication", "date of")))
    for value, match, _ in labelled:
        return value, f'publication date from "{match.group(0)}" labelled as such in the text', False
    for value, match in found:
        if match.start() < _TOP_CHARS and _stands_alone(text, match) and not _stamp(text, match):
            return value, f'publication date from the dateline "{match.group(0)}" at the top', False
    for value, match in found:
        if match.start() < _TOP_CHARS and _byline(text, match):
            return value, f'publication date from the byline "{match.group(0)}" at the top', False
    for value, match in found:
        if match.start() < _TOP_CHARS and _PLACE.search(text[max(0, match.start() - 40):match.start()]):
            return value, f'publication date from the dateline "{match.group(0)}" after the place at the top', False
    for value, match in every:
        # a byline or "Published" date after today: the clock or the file is off, not a forecast's date; the
        # year guesses below would date every horizon a year early (a title's "Predictions for 2027" is ahead too)
        if value > today and match.start() < _TOP_CHARS and (_byline(text, match) or _LABELLED.search(
                text[max(0, match.start() - 40):match.start()])):
            return value, (f'publication date from "{match.group(0)}" at the top, after today ({today.isoformat()}): '
                           "check it or give --published"), True
    if wire := _wire_dateline(text, today):
        return wire
    if signed := _signed_line(text, found):
        return signed
    if cover := _cover_month(text, today) or _cover_month(text, today, colophon=True):
        return cover
    for value, match in found:
        if _CUT_OFF.search(text[max(0, match.start() - 80):match.start()]):
            return value, (f'publication date guessed: the information cut-off "{match.group(0)}" '
                           "(the document was published on or after it)"), True
    for value, where in document.stated_dates:
        return value, f"publication date guessed from {where}", True
    if found:
        latest = max(value for value, _ in found)
        return latest, f"publication date guessed: the latest date in the document ({latest.isoformat()})", True
    years = [int(y) for y in re.findall(r"\b(20\d\d|19\d\d)\b", (document.title or "") + " " + text[:_TOP_CHARS * 3])]
    years = [y for y in years if y <= today.year]
    if years:
        year = max(years)
        return date(year, 1, 1), f"publication date guessed: 1 January {year} from the year in the title", True
    return today, "publication date unknown: used today's date; give --published", True


#: A message header's or wire header's date, the first lines of the file: an e-mail's "Date: Thu, 2 Jul 2026 06:30:00
#: +0100" (the day it was sent, whatever dates its body quotes), a wire's "2026/11/26 14:52 KST" or "2026-11-26 14:52".
_HEADER = re.compile(r"^(?:Date:[ \t]*(?:[A-Z][a-z]{2},?[ \t]+)?(?P<rfc>\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+20\d\d)\b"
                     r"|[ \t]*(?P<y>20\d\d)[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]+[A-Z]{2,5})?[ \t]*$)",
                     re.MULTILINE)
_HEADER_CHARS = 400


def _header_date(text: str, today: date) -> tuple[date, str, bool] | None:
    """The date of a message or wire header at the very top: stated by the sender's software, better than any date
    the body names (which may be a past publication the text refers to)."""
    if ("Date:" not in text[:_HEADER_CHARS] and ":" not in text[:_HEADER_CHARS]) or \
            (match := _HEADER.search(text, 0, _HEADER_CHARS)) is None:
        return None
    if match.group("rfc"):
        if "Date:" not in text[:_HEADER_CHARS] or not re.search(r"^(?:From|To|Subject|Sent):", text[:_HEADER_CHARS * 2], re.MULTILINE):
            return None  # a "Date:" field with no other message header is a form's field, not a sending date
        found = dates_in(match.group("rfc"))
        value = found[0][0] if found else None
    else:
        try:
            value = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            value = None
    if value is None or value > today:
        return None
    return value, f'publication date from the header "{" ".join(match.group(0).split())}"', False


def _stands_alone(text: str, match: re.Match) -> bool:
    """A dateline: the date starts its line and little else is on it ("2 February 2022, 11:52 AM")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    # a running header: the title, a wide gap, then the date ending the line ("Oil Market Report      13 November 2026")
    header = re.search(r"\S[ \t]{3,}$", text[line_start:match.start()]) and not line[match.end() - line_start:].strip()
    return len(line.strip()) - len(match.group(0)) < 40 or bool(header)  # a right-aligned cover date too


#: A byline's separator before its date: "**Meridian Forecasting** · *2 October 2025*", "By A. Smith | 3 May 2024",
#: a wire's slug line "Agency English Service - Wednesday, 8 July 2026 - 14:32 CEST" (a spaced hyphen, the weekday).
_BYLINE_MARK = re.compile(r"(?:[·|•—–]|[ \t]-)\s*[*_]*\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.IGNORECASE)


def _byline(text: str, match: re.Match) -> bool:
    """A date standing as a field of a byline: after a separator, and ending the line or followed by another
    field ("By the Ridgeway team · 3 May 2026 · 6 min read"). A month and year would be read as its middle, so the
    full date of the byline has to win over it."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    rest = text[match.end():line_end if line_end >= 0 else len(text)].strip(" *_")
    # a byline is no sentence: "The vote is set for — 3 June 2026 · we think." ends with a full stop
    return bool(_BYLINE_MARK.search(text[line_start:match.start()])) and (
        not rest or (rest[0] in "·|•—–" or rest[:2] == "- ") and rest[-1] not in ".!?")


#: A stamp added after publication, not the publication date: "Declassified by the DNI on 2026-02-10".
_STAMP_WORDS = re.compile(r"\b(?:declassified|approved\s+for|released\s+under|printed|retrieved|accessed|as\s+of|"
                          r"revised|updated)\b", re.IGNORECASE)
#: A month and year on a short line of the title block: the cover's "March 2025".
_MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
                         re.IGNORECASE)


def _stamp(text: str, match: re.Match) -> bool:
    line_start = text.rfind("\n", 0, match.start()) + 1
    return bool(_STAMP_WORDS.search(text[line_start:match.start()]))


#: How far into the front matter a foreword's signature line ("Oslo, 9 February 2026") is looked for.
_FRONT_CHARS = 4000
#: A signature line: a place and the full date, nothing else ("Oslo, 9 February 2026", "The Hague, 3 April 2026").
_SIGNED = re.compile(r"^[ \t*_]*(?:[A-Z][a-zà-ÿ]+[ -]){0,2}[A-Z][a-zà-ÿ]+,[ \t]*$")


def _signed_line(text: str, found: list) -> tuple[date, str, bool] | None:
    """The date a foreword or preface is signed with, on a line of its own after the place, in the front matter:
    the day the document was signed off, later than any information cut-off it states."""
    for value, match in found:
        if match.start() >= _FRONT_CHARS:
            break
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if _SIGNED.match(text[line_start:match.start()]) and not text[match.end():line_end if line_end >= 0 else None].strip(" .*_"):
            return value, f'publication date from the signed line "{text[line_start:match.end()].strip(" *_")}"', False
    return None


#: A month and year in prose naming another document or a time: "away from our March 2026 forecast", "since the
#: March 2026 budget", "until June 2026": a cover prints its month after nothing, a separator or the title.
_EARLIER = re.compile(r"\b(?:our|its|their|his|her|the|this|that|these|last|previous|earlier|since|until|till|before|"
                      r"after|from|of|than|between|to)[ \t]+$", re.IGNORECASE)


def _cover_month(text: str, today: date, colophon: bool = False) -> tuple[date, str, bool] | None:
    """A month and year alone on a short line near the top (a cover or title block), or on a line of its own in
    the colophon at the end (``colophon``: "Colophon ... April 2026"), read as the 15th of the month: the middle,
    so a due date counted from it is at most half a month off either way."""
    start = max(0, len(text) - _COLOPHON_CHARS) if colophon else 0
    for match in _MONTH_YEAR.finditer(text, start, len(text) if colophon else _TOP_CHARS):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        # a wide gap separates a masthead's fields ("Office for X        Fiscal risks – July 2026"): counted as one space
        if len(" ".join(line.strip(" *_#").split())) > (100 if not colophon else len(match.group(0)) + 2) \
                or _STAMP_WORDS.search(line) or len(match.group("month")) < 3 or _EARLIER.search(text, line_start, match.start()):
            continue  # in the colophon, only a line that is the month and year and nothing else
        value = date(int(match.group("year")), MONTHS[match.group("month").lower()], 15)
        if value <= today and (letter := _letter_day(text, value)):
            return letter
        if value <= today:
            return value, (f'publication date from "{match.group(0)}" {"in the colophon" if colophon else "on the cover"}, '
                           "read as the 15th (the middle of the month)"), True
    return None


#: How far into a document a letter's date line is looked for: past a cover, a summary page and an address block.
_LETTER_CHARS = 4000


def _letter_day(text: str, month: date) -> tuple[date, str, bool] | None:
    """The full date of the cover's month on a line of its own after the cover ("July 2026" on the cover, "July 16,
    2026" heading the letter that opens the report): the day the report was signed, better than the 15th."""
    for value, match in dates_in(text[:_LETTER_CHARS]):
        if (value.year, value.month) == (month.year, month.month) and _stands_alone(text, match) \
                and not _stamp(text, match):
            return value, f'publication date from the letter\'s date "{match.group(0)}", the day of the cover\'s month', False
    return None


_MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
#: A wire story's dateline: places in capitals, a day and month without a year, the agency, a dash
#: ("LONDON/FRANKFURT, Oct 22 (Reuters) -", "NAIROBI, 3 March (AFP) —"): wires leave the year out. Spanish-language
#: agencies put a full stop before the dash ("Madrid, Oct 1 (EFE).-", "Bogotá, 3 mar (EFE).-").
_WIRE = re.compile(rf"""^[ \t*_]*[^\W\d_](?:[^\W\d_]|[ .'/-]){{1,60}},\s+(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})
    |(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAME})\.?)\s*\((?P<agency>[A-Z][\w .&-]{{1,30}})\)\.?\s*[-–—]""", re.MULTILINE | re.IGNORECASE | re.VERBOSE)


def _wire_dateline(text: str, today: date) -> tuple[date, str, bool] | None:
    """The day and month of a wire dateline, in the latest year the text names that does not put it after today
    (a story names its own year, "has risen 19% in 2026", and the years before; years ahead are forecasts), or this
    year: never the 1 January a bare year would give, which dates every horizon of the story months early."""
    if "(" not in text[:_TOP_CHARS] or (match := _WIRE.search(text, 0, _TOP_CHARS)) is None:
        return None
    month = MONTHS[(match.group("month") or match.group("month2")).lower()]
    day = int(match.group("day") or match.group("day2"))
    years = sorted({int(y) for y in re.findall(r"\b(20\d\d)\b", text)} | {today.year, today.year - 1}, reverse=True)
    for year in years:
        try:
            value = date(year, month, day)
        except ValueError:
            return None  # "Feb 30": no date
        if value <= today:
            return value, (f'publication date from the wire dateline "{" ".join(match.group(0).split())}", the year '
                           f"{year} from the years the text names"), True
    return None

