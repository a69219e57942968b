"""Horizons from the document around a sentence: the year a heading names, the dates the document gives
for named events, and the scales' time words as month spans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from tracker.extract.dates import MONTHS, dates_in, days_without_year, month_end
from tracker.extract.horizon_period import ANOTHER_VOTE, heading_period
from tracker.extract.horizon_hemisphere import hemisphere_dates
from tracker.extract.horizon_seasons import season_dates
from tracker.extract.records import Horizon, HorizonContext

_FLAGS = re.IGNORECASE
#: A year a heading names ("The Zapad 2025 exercise"): when it is still ahead, the section's time frame.
_HEADING_YEAR = re.compile(r"\b(20\d\d)\b")

def heading_horizon(heading: str | None, context: HorizonContext) -> Horizon | None:
    """The year the nearest heading names, when still ahead: "Zapad 2025" dates the section's judgements."""
    if period := heading_period(heading or "", context.published):
        return period
    nearest = (heading or "").rsplit(": ", 1)[-1]
    dating = nearest
    if any(month in nearest for month in _MONTH_CUES):
        # "Connection queue by technology, June 2026 (GW)": a month already past dates the table's figures, not a horizon
        dating = _PAST_MONTH.sub(lambda m: m.group(0) if _month_ahead(m, context.published) else "", nearest)
    if "20" in dating and ("Report" in dating or "Review" in dating or "Yearbook" in dating or "Bulletin" in dating
                           or "Edition" in dating or "|" in dating):
        dating = _PUBLICATION_YEAR.sub("", dating)
    years = [int(y) for y in _HEADING_YEAR.findall(dating) if int(y) >= context.published.year]
    if not years:
        return None
    year = max(years)
    return Horizon(f"in {year}", date(year, 12, 31), f'"{year}" in the heading "{nearest}": the end of {year}',
                   flagged="horizon taken from the heading")


#: The events a document may date ("the summit on 12 May"), read in every sentence. (The look-ahead admits the first
#: letter of every form: tried once per position, not per form; tests/extract/test_word_guards.py proves it.)
EVENT_NOUNS = re.compile(r"(?=[secgorwiv])\b(summit|elections?|olympics|olympic games|games|world cup|congress|referendum|"
                         r"inauguration|vote|conference|championships?|run-?offs?|second\s+round)\b", _FLAGS)


def event_key(noun: str) -> str:
    """The name an event is dated under: "run-off", "runoffs" and "second round" are one vote, the runoff."""
    key = " ".join(noun.lower().split()).rstrip("s")
    return "runoff" if key in ("run-off", "second round") else key

#: A publication's name with its year ("Public Report 2026", "Annual Review 2026") or a running footer's issue date
#: ("Fiscal Assessment Report | June 2026"): the year the document is of, not a time its judgements are due by.
_PUBLICATION_YEAR = re.compile(r"(?:\b(?:Report|Review|Yearbook|Bulletin|Edition)\s*(?:[|,–—-]\s*)?|\|\s*)"
                               r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?20\d\d\b")
_MONTH_CUES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PAST_MONTH = re.compile(r"\b(?:\d{1,2}\s+)?(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<year>20\d\d)\b")


def _month_ahead(match: re.Match, published: date) -> bool:
    """Whether a "Month YYYY" in a heading ends on or after publication (or is no month at all)."""
    month = MONTHS.get(match.group("month").lower())
    return month is None or month_end(int(match.group("year")), month) >= published


def event_dates(sentences: Sequence[str], published: date) -> dict[str, date]:
    """For each event word, the last future date of the first sentence that names it with a date."""
    found: dict[str, date] = {}
    for sentence in sentences:
        names = {event_key(n) for n in EVENT_NOUNS.findall(sentence)}
        votes = names & _VOTES
        if not names - set(found) and (not votes or ANOTHER_VOTE in found):
            continue
        candidates = [d for d, _ in dates_in(sentence)]
        candidates += days_without_year(sentence, published.year)
        candidates = [d for d in candidates if d >= published]
        if votes and ("tomorrow" in sentence or "day" in sentence) and (polls := _POLLS_DAY.search(sentence)):
            # "voters go to the polls tomorrow in an election ...": a day said from the page's, for voting only ("a
            # survey published on Tuesday" in a story dated Thursday is a day gone)
            candidates += [d for d in _days_ahead(polls.group(0), published) if d > published]
        if votes and candidates and max(candidates) == published:
            # the page's own date beside the vote's name ("US elections 2026 live ... Mon 2 November 2026") dates the
            # page; a vote decided that very day is no horizon ahead either (see election_default)
            names -= votes
            if not names - set(found):
                continue
        if candidates:
            for name in names - set(found):
                found[name] = max(candidates)
            if any(found[name] != max(candidates) for name in votes):
                found[ANOTHER_VOTE] = max(candidates)  # two votes on different days: no one election of the document
    if "election" not in found:
        # "Americans go to the polls tomorrow", "Germans vote on Sunday": the election's day, said from the page's
        for sentence in sentences:
            if ("polls" in sentence or "vote" in sentence or "ballot" in sentence) and (match := _POLLS_DAY.search(sentence)):
                days = [d for d in _days_ahead(match.group(0), published) if d > published]
                if days:
                    found["election"] = days[0]
                    break
    if "election" not in found and any(("Election Day" in sentence or "midterm" in sentence) and _US_ELECTION.search(sentence)
                                       for sentence in sentences):
        found["election"] = us_election_day(published)
    for sentence in sentences:  # "the end of the rainy season in September": when the document's season ends
        for match in _SEASON_ENDS.finditer(sentence) if "season" in sentence else ():
            season, month = " ".join(match.group("season").lower().split()), MONTHS.get(match.group("month").lower())
            if month and f"end of {season}" not in found:
                year = published.year if month_end(published.year, month) >= published else published.year + 1
                found[f"end of {season}"] = month_end(year, month)
    # the season an outlook is about (its end and peak), and whether its summers fall in December (the south)
    return {**found, **season_dates(sentences, published), **hemisphere_dates(sentences)}


_VOTES = frozenset({"election", "vote", "referendum"})  # whose days must agree for a document to be about one vote
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A vote's day said from the publication day: "tomorrow", "on Tuesday" (the next such day), "next Sunday".
_DAY_AHEAD = re.compile(r"\b(?:(?P<tomorrow>tomorrow)|(?:on|this|next)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday))\b(?!\s*['’])")


#: Voters going to the polls on a day said from the page's: "go to the polls tomorrow", "vote on Sunday".
_POLLS_DAY = re.compile(r"\b(?:go(?:es)?\s+to\s+the\s+polls|head(?:s)?\s+to\s+the\s+polls|vote|cast\s+(?:their\s+)?ballots)\s+"
                        r"(?:[\w-]+\s+){0,6}?(?:tomorrow|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
                        r"(?!\s*['’])")


def _days_ahead(sentence: str, published: date) -> list[date]:
    """The days after publication a sentence names by "tomorrow" or a weekday."""
    days = []
    for match in _DAY_AHEAD.finditer(sentence):
        if match.group("tomorrow"):
            days.append(published + timedelta(days=1))
        else:
            # "on Monday" in a story dated Monday is today (news dates what was said by its day): no day ahead
            ahead = (_WEEKDAYS.index(match.group("day").lower()) - published.weekday()) % 7
            days.append(published + timedelta(days=ahead))
    return days


#: A season's end the document dates by its month: "through the end of the rainy season in September".
_SEASON_ENDS = re.compile(r"\bend\s+of\s+the\s+(?P<season>[a-z]+\s+season)\s+(?:in|\(|,)\s*(?P<month>[A-Z][a-z]+)\b")


#: A US general election named without its date: "Election Day" (capitalised, as US usage has it), the midterms.
_US_ELECTION = re.compile(r"\bElection Day\b|\bmidterms?\b(?=.*\b(?:House|Senate|Congress)\b)")


def us_election_day(published: date) -> date:
    """The next US general election day: the Tuesday after the first Monday of November of an even year."""
    year = published.year + published.year % 2
    while True:
        first_monday = 1 + (7 - date(year, 11, 1).weekday()) % 7
        day = date(year, 11, first_monday + 1)
        if day >= published:
            return day
        year += 2


def term_table(scales: Sequence) -> dict[str, tuple[int, int, str]]:
    """Time words to month spans: the document's scale first, then any shipped scale that defines them."""
    table: dict[str, tuple[int, int, str]] = {}
    for scale in scales:
        for term, low, high in scale.horizons:
            table.setdefault(term.lower(), (low, high, scale.name))
    return table


def past_event(event: str, published: date) -> bool:
    """Whether an event is named by a year before publication ("during the 2025 federal election"): a fact's
    time, never a horizon."""
    return any(int(year) < published.year for year in _HEADING_YEAR.findall(event))
