"""Horizons in the words of budgets and markets: fiscal years, quarters, "ends 2026", "through December".

A fiscal year ends when the country whose year it is says it ends: Japan's, India's and Canada's FY2025
on 31 March 2026, the UK's on 5 April 2026 (taken as 31 March, the government's), Australia's on 30 June
2025, the US federal FY2025 on 30 September 2025. The country is the one the sentence names (Japanese
companies, "TOPIX"), else the one the document names most (a Japanese white paper). With neither, FY2025 is
taken to end on 31 December 2025 and the horizon says so, flagged: the reader must check the convention.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, month_end
from tracker.extract.horizon_crop_years import CROP_YEAR, counts_in_crop_years, is_season, season_end_month
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE
#: The country -> (month, day, years after the FY's number) its fiscal year ends; words that name it.
_CONVENTIONS = {
    "Japan": ((3, 31, 1), r"Japan(?:ese)?|TOPIX|Nikkei|Tokyo"),
    "India": ((3, 31, 1), r"India(?:n)?|Nifty|Sensex"),
    "Canada": ((3, 31, 1), r"Canad(?:a|ian)"),
    # a UK document names its institutions and its money more often than the country: gilts, the OBR, the Bank of England
    "the United Kingdom": ((3, 31, 1), r"UK|United\s+Kingdom|British|Britain|HM\s+Treasury|HMRC|[Gg]ilts?|OBR|Office\s+for\s+Budget\s+"
                                       r"Responsibility|Bank\s+of\s+England|Debt\s+Management\s+Office|sterling|Whitehall|Westminster"),
    "Australia": ((6, 30, 0), r"Australian?"),
    "New Zealand": ((6, 30, 0), r"New\s+Zealand|NZ|Crown"),
    "Kenya, Uganda, Tanzania, Egypt or Pakistan": ((6, 30, 0), r"Kenyan?|Ugandan?|Tanzanian?|Egypt(?:ian)?|Pakistani?"),
    # the US budget's own institutions and programmes name it too: "the Congressional Budget Office", "the Social
    # Security trust fund", Medicaid (not "federal debt": Canada, Germany and Australia have federal debts too)
    "the United States (federal)": ((9, 30, 0), r"US\s+federal|U\.S\.\s+federal|federal\s+(?:budget|government)|"
                                               r"Congress(?:ional)?|United\s+States\s+government|Social\s+Security\s+(?:trust|Old-Age)|"
                                               r"Medicaid"),  # not "Medicare": Australia has one too
}
_NAMES = {country: re.compile(rf"\b(?:{words})\b") for country, (_, words) in _CONVENTIONS.items()}
#: Pound amounts ("£280 billion") count for the UK too: the sign is no word, so \b cannot frame it.
_POUNDS = re.compile(r"£\s?\d")
#: A year split over two ("2026-27"): budgets count in such years whether or not they say "fiscal".
_SPLIT_ANY = re.compile(r"\b20\d\d[/–-]\d\d\b(?![/–-]\d)")
_FISCAL = re.compile(r"\b(?:(?:in|by|during|for|through|throughout|over)\s+)?(?:(?:the\s+)?fiscal\s+(?:year\s+)?(?P<year>20\d\d)"
                     r"|FY\s?(?P<fy>20\d\d|\d\d))\b(?![/–-]\d)"
                     # "the FY2026 results (in February)": the year the results are of, published after it ends
                     r"(?!\s+(?:results|accounts|annual\s+report|earnings\s+release|report)\b)", _FLAGS)
#: "... in fiscal 2026 and 0.9 percent in fiscal 2027", "from FY2026 to FY2028": a second value in a later fiscal year.
_PAIRED_FISCAL = re.compile(r"\s+(?:and|to)\s+(?:(?:[^,;.]|(?<=\d)\.(?=\d)){0,40}?(?P<words>\b(?:(?:in|by|during|for)\s+)?"
                            r"(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?)(?P<year>20\d\d|\d\d)))\b(?![/–-]\d)", _FLAGS)
#: A fiscal year split over two calendar years, "in 2028/29", "2025-26": it ends in the second of them.
#: "until at least 2029-30": a state lasting through that fiscal year, the "at least" kept in the horizon's words.
_SPLIT_YEAR = re.compile(r"\b(?:(?P<prep>in|by|during|for|through|throughout|over|before|until|till)\s+(?:at\s+least\s+)?)?"
                         r"(?:the\s+)?(?:FY\s?)?(?P<first>20\d\d)[/–-]"
                         r"(?P<second>\d\d)\b(?![/–-]\d)")
#: A fiscal word next to a split year: "fiscal", "financial year", "budget year", "FY".
_FISCAL_BESIDE = re.compile(r"\b(?:fiscal|financial\s+year|budget(?:ary)?\s+year|FY)", _FLAGS)
#: "in 1Q26", "Q1 2026", "the first quarter of 2026", "4Q 2025".
_QUARTER = re.compile(r"\b(?:(?:in|by|during|for|through)\s+)?(?:(?P<n1>[1-4])Q\s?(?P<y1>\d\d(?:\d\d)?)|Q(?P<n2>[1-4])\s?(?P<y2>20\d\d|\d\d)"
                      r"|the\s+(?:end\s+of\s+the\s+)?(?P<ord>first|second|third|fourth)\s+quarter(?:\s+of\s+(?P<y3>20\d\d))?)\b", _FLAGS)
#: "the S&P 500 ends 2026 at 7,400", "yields ending 2026 at 4%": the level at the end of that year.
_YEAR_CLOSE = re.compile(r"\b(?:ends?|ending|closes?|closing|finish(?:es|ing)?)\s+(?P<year>20\d\d)\b", _FLAGS)
#: "through December", "until March": to the end of the next such month.
_THROUGH_MONTH = re.compile(r"\b(?:through|until|till|to\s+the\s+end\s+of)\s+(?P<month>[A-Z][a-z]+)\b(?!\s+\d)")
#: "this financial year", "the current fiscal year", "next financial year": the one publication falls in, or the next.
_CURRENT_FISCAL = re.compile(r"\b(?:(?:in|by|during|for|through|throughout|over|before)\s+)?(?:the\s+)?(?P<which>this|current|next|coming)"
                             r"\s+(?:financial|fiscal)\s+year\b", _FLAGS)
#: "in the fiscal year ending March 2027", "the financial year to 31 March 2027", "FY ending June 2027": the year's
#: end is written out, so no country's convention is needed.
_FISCAL_ENDING = re.compile(r"\b(?:(?:in|by|during|for|over|through|throughout)\s+)?(?:the\s+)?(?:(?:(?:fiscal|financial|budget)\s+)?year|FY)"
                            r"\s+(?:ending|ended|to|that\s+ends)\s+(?:on\s+)?(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Z][a-z]+)\s+"
                            r"(?:(?P<day2>\d{1,2}),?\s+)?(?P<year>20\d\d)\b", _FLAGS)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def fiscal_country(text: str) -> str | None:
    """The country a document names most (three times or more): whose fiscal year it counts in."""
    if "iscal" not in text and "FY" not in text and "inancial year" not in text and not _SPLIT_ANY.search(text):
        return None  # no fiscal year to count in
    if counts_in_crop_years(text):
        return CROP_YEAR  # a commodity report's "2026/27" is a season, whichever country grows the crop
    counts = {country: len(pattern.findall(text)) for country, pattern in _NAMES.items()}
    if "£" in text:
        counts["the United Kingdom"] += len(_POUNDS.findall(text))
    country, count = max(counts.items(), key=lambda item: item[1])
    return country if count >= 3 else None


def fiscal_horizon(text: str, published: date, country: str | None = None) -> Horizon | None:
    """The horizon of a fiscal year, a quarter, a year's close or "through MONTH" in ``text``, or None."""
    crop = country == CROP_YEAR  # a crop year convention reads split years only: fiscal years keep the sentence's country
    country = None if crop else country
    # substring tests spare most clauses the patterns: each form has a word it cannot do without
    if ("end" in text or " to " in text) and ("year" in text or "FY" in text) and (match := _FISCAL_ENDING.search(text)) \
            and (month := MONTHS.get(match.group("month").lower())):
        year, day = int(match.group("year")), match.group("day") or match.group("day2")
        due = date(year, month, int(day)) if day and 0 < int(day) <= month_end(year, month).day else month_end(year, month)
        words = " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": the fiscal year it names the end of, {due.isoformat()}')
    if ("iscal" in text or "FY" in text) and (match := _FISCAL.search(text)):
        number = match.group("year") or match.group("fy")
        year = _year(number)
        named = _country(text, country)
        words = " ".join(match.group(0).split())
        if (later := _PAIRED_FISCAL.match(text, match.end())) and _year(later.group("year")) > year:
            # "0.7 percent in fiscal 2026 and 0.9 percent in fiscal 2027": decided when the later year is known
            year, words = _year(later.group("year")), " ".join(later.group("words").split())
        if named is None:
            return Horizon(words, date(year, 12, 31), f'"{words}": no country convention known, taken to end '
                           f"with the calendar year {year}", flagged="fiscal year: check when it ends")
        month, day, offset = _CONVENTIONS[named][0]
        due = date(year + offset, month, day)
        return Horizon(words, due, f'"{words}": the fiscal year of {named}, ending {due.isoformat()}')
    if ("inancial year" in text or "iscal year" in text) and (match := _CURRENT_FISCAL.search(text)):
        return _current_fiscal(match, text, published, country)
    if "/" in text or "-" in text or "–" in text:
        split = _split_year(text, country, crop)
        if split is not None:
            return split
    if ("Q" in text or "quarter" in text) and (match := _QUARTER.search(text)):
        number = int(match.group("n1") or match.group("n2") or _ORDINALS[(match.group("ord") or "first").lower()])
        written = match.group("y1") or match.group("y2") or match.group("y3")
        # "by the end of the first quarter": the next such quarter after publication
        year = _year(written) if written else published.year + (month_end(published.year, number * 3) < published)
        due = month_end(year, number * 3)
        return Horizon(" ".join(match.group(0).split()), due, f'"{match.group(0)}": the end of that quarter')
    if ("end" in text or "clos" in text or "finish" in text) and (match := _YEAR_CLOSE.search(text)):
        year = int(match.group("year"))
        return Horizon(f"the end of {year}", date(year, 12, 31), f'"{match.group(0)}": the level at the end of {year}')
    if ("hrough" in text or "til" in text or "end of" in text) and (match := _THROUGH_MONTH.search(text)) \
            and match.group("month").lower() in MONTHS:
        month = MONTHS[match.group("month").lower()]
        year = published.year if month >= published.month else published.year + 1
        return Horizon(match.group(0), month_end(year, month), f'"{match.group(0)}": to the end of the next '
                       f"{match.group('month')}")
    return None


def _current_fiscal(match: re.Match, text: str, published: date, country: str | None) -> Horizon | None:
    """"this financial year": the end of the fiscal year publication falls in, by the country's convention; "next
    financial year" a year later. With no convention known, nothing is read (the calendar year is a guess too far)."""
    named = _country(text, country)
    if named is None:
        return None
    month, day, _ = _CONVENTIONS[named][0]
    due = date(published.year, month, day)
    due = due if due >= published else date(published.year + 1, month, day)
    if match.group("which").lower() in ("next", "coming"):
        due = date(due.year + 1, month, day)
    words = " ".join(match.group(0).split())
    return Horizon(words, due, f'"{words}": the fiscal year of {named}, ending {due.isoformat()}')


def _country(text: str, country: str | None) -> str | None:
    """The country whose fiscal convention ``text`` names, else the document's."""
    return next((c for c, pattern in _NAMES.items() if pattern.search(text)), None) or country


def _year(written: str) -> int:
    """A year as written: "2027", or "27" (this century) as in "FY27" and "Q3 27"."""
    return int(written) if len(written) == 4 else 2000 + int(written)


def _split_year(text: str, country: str | None, crop: bool = False) -> Horizon | None:
    match = _SPLIT_YEAR.search(text)
    if match is None or int(match.group("second")) != (int(match.group("first")) + 1) % 100:
        return None  # "2025-30" is a span of years, not one fiscal year
    year = int(match.group("first")) + 1
    # "fiscal" beside the split year ("the 2026-27 fiscal year", "fiscal 2026/27", "FY2026-27") makes it a budget's
    # year whatever else the sentence says ("given the scale of the 2025 season, ... in the 2026-27 fiscal year")
    beside = _FISCAL_BESIDE.search(text, max(0, match.start() - 16), match.end() + 24)
    if not beside and ((crop and not re.search(r"\b(?:fiscal|budget|FY)\b", text, _FLAGS)) or is_season(text)):
        # "the 2026/27 season", "beans bought in 2026/27" in a cocoa report: a marketing year, October to September
        month = season_end_month(text)
        due = month_end(year - ((match.group("prep") or "").lower() == "before"), month)
        words = " ".join(match.group(0).split())
        return Horizon(words, due, f'"{words}": a crop or marketing year, ending {due.isoformat()}',
                       flagged="marketing year: check when it ends")
    named = _country(text, country)
    words = " ".join(match.group(0).split())
    if (match.group("prep") or "").lower() == "before":
        # "balanced before 2030-31": by the end of the fiscal year before it, the day before that year starts
        year -= 1
    if named is None:
        # with no convention the year's end is unknown: mid-year of the second calendar year, flagged
        return Horizon(words, date(year, 6, 30), f'"{words}": a fiscal year with no country convention known, '
                       f"taken to end on 30 June {year}", flagged="fiscal year: check when it ends")
    month, day, _ = _CONVENTIONS[named][0]
    due = date(year, month, day)
    if (match.group("prep") or "").lower() == "before":
        return Horizon(words, due, f'"{words}": the day before that fiscal year of {named} starts, {due.isoformat()}')
    return Horizon(words, due, f'"{words}": the fiscal year of {named}, ending {due.isoformat()}')
