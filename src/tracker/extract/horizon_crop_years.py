"""Crop and marketing years: "the 2026/27 season", "India's 2026-27 sugar output", "beans bought in 2026/27".

A year split over two calendar years is a fiscal year in a budget, but a season in a commodity market: cocoa,
sugar, coffee and most grain balances are counted October to September (the ICCO's, ISO's and ICO's years), so
"the 2026/27 season" is over on 30 September 2027, not at a government's year end. A season word beside the
split year ("season", "crop", "harvest", a crop's name) decides it for the sentence; a document whose split
years mostly stand beside such words counts all of its split years so ("Trade sees the 2026-27 output at ...").
A month span the writer gives ("2026/27 (October-September)", "seasons run April-March") wins over the usual one.
"""

from __future__ import annotations

import re

from tracker.extract.dates import MONTHS

#: The document-wide convention ``fiscal_country`` returns when a document counts in crop years.
CROP_YEAR = "a crop's marketing year"
#: Words that make a split year a season: the season itself, or a crop or what is made of it.
_SEASON_WORD = re.compile(r"\b(?:seasons?|crops?|harvests?|marketing\s+years?|campaign|cocoa|sugar|coffee|cane|beet|wheat|"
                          r"grains?|maize|corn|soy(?:beans?|a)?|cotton|rapeseed|canola|palm\s+oil|beans?|crush(?:ing)?|"
                          r"milling|ethanol|arabica|robusta|grindings?)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\b20\d\d[/–-]\d\d\b(?![/–-]\d)")
#: How near a season word must stand to a split year for the document-wide count.
_NEAR = 60
#: "2026/27 (October-September)", "the season runs from October to September", "October/September season".
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|" \
         r"Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_RUNS = re.compile(rf"\b(?P<first>{_MONTH})\s*(?:[/–-]|\s+to\s+|\s+through\s+)\s*(?P<last>{_MONTH})\b")


def is_season(text: str) -> bool:
    """Whether ``text`` (a sentence with a split year) names a season or a crop."""
    return bool(_SEASON_WORD.search(text))


#: The month a crop's usual marketing year ends in: wheat and the small grains July-June (the EU's, the IGC's), maize and
#: soybeans September-August, cotton August-July; cocoa, coffee and sugar October-September (the default).
_CROP_ENDS = re.compile(r"\b(?:(?P<june>wheat|barley|oats|rye|rapeseed|canola|grains?)|(?P<august>maize|corn|soy(?:beans?|a)?)|"
                        r"(?P<july>cotton))\b", re.IGNORECASE)


def season_end_month(text: str, default: int = 9) -> int:
    """The month a crop year ends in: one a month span in ``text`` names when it starts after it ends
    ("October-September"), else the crop's usual one, else ``default`` (September)."""
    for match in _RUNS.finditer(text) if "-" in text or "–" in text or "/" in text or " to " in text \
            or " through " in text else ():
        first, last = (MONTHS.get(match.group(k).lower().rstrip(".")) for k in ("first", "last"))
        if first and last and last == (first + 10) % 12 + 1:  # a twelve-month run over the year's turn
            return last
    if crop := _CROP_ENDS.search(text):
        return {"june": 6, "august": 8, "july": 7}[crop.lastgroup]
    return default


def counts_in_crop_years(text: str) -> bool:
    """Whether a document's split years are crop years: two or more, most with a season word close by."""
    splits = list(_SPLIT.finditer(text))
    if len(splits) < 2:
        return False
    near = sum(bool(_SEASON_WORD.search(text, max(0, m.start() - _NEAR), m.end() + _NEAR)) for m in splits)
    return near * 2 > len(splits)


#: "within two seasons", "over the next three seasons", "next season", "by the 2027/28 season" is a split year (above).
_SEASONS_AHEAD = re.compile(r"\b(?:(?:within|in|over|during|for)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?P<count>two|three|four|five|\d)\s+"
                            r"(?:crop\s+|marketing\s+|growing\s+)?(?P<plural>seasons|crop\s+years|marketing\s+years)"
                            r"|(?<!\bthe\s)(?<!\bthis\s)(?P<next>next)\s+(?:crop\s+|marketing\s+|growing\s+)?season)\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def seasons_ahead(text: str, published, crop: bool):
    """The horizon of a count of seasons ahead ("within two seasons") or of "next season": in a document that counts in
    crop years, the end of that many marketing years from the one under way (October-September); elsewhere a year a
    season, flagged. None when ``text`` names no such count."""
    from datetime import date

    from tracker.extract.dates import add_months, month_end
    from tracker.extract.records import Horizon

    if "season" not in text and " year" not in text or not (match := _SEASONS_AHEAD.search(text)):
        return None
    words = " ".join(match.group(0).split())
    count = 1 if match.group("next") else _COUNTS.get(match.group("count").lower()) or int(match.group("count"))
    if crop:
        current = published.year + (published.month >= 10)  # the season under way ends next September from October on
        due = date(current + count - (0 if match.group("next") else 1), 9, 30)
        return Horizon(words, due, f'"{words}": {count} marketing year(s) on, ending {due.isoformat()}',
                       flagged="marketing year: check when it ends")
    if not match.group("plural") and not match.group("next"):
        return None
    end = add_months(published, 12 * count)
    due = month_end(end.year, end.month)
    return Horizon(words, due, f'"{words}": a year a season, {due.isoformat()}',
                   flagged="season count: check when the seasons end")
