"""Horizons counted from the publication date in weeks, months and quarters, as news writes them: "later this
month", "next week", "by the end of the quarter", "by the turn of the year", "early next year", "within weeks", "until Wednesday".

A news story dated 4 December that says the bank "will keep rates on hold later this month" is decided by 31
December, not two years on. "This"/"next" week ends on a Sunday, month and quarter on their last day. Vague
spans ("within weeks", "within days", "within months") get a generous end and a flag for review. "Early next
year" is decided by the end of April, "late next year" at the year's end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.dates import add_months, month_end
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE | re.VERBOSE
#: "earlier this month", "earlier this week": when something was said or done, in the past; never a due date.
_FORMS = re.compile(r"""\b(?:
      (?P<month_this> (?<! earlier \s ) (?: later \s+ )? this \s+ month (?! ['’]s ) | (?: by | before | at ) \s+ (?: the \s+ )? (?: end \s+ of \s+
          (?: the | this ) \s+ month | month[- ]end ) )
    | (?P<month_next> (?: (?: by | before | at ) \s+ (?: the \s+ )? end \s+ of \s+ )? next \s+ month (?! ['’]s ) )
    | (?P<week_this> (?<! earlier \s ) (?: later \s+ )? this \s+ week (?! ['’]s ) | (?: by | before | at ) \s+ (?: the \s+ )? end \s+ of \s+ (?: the | this ) \s+ week )
    | (?P<week_next> (?: (?: by | before | at ) \s+ (?: the \s+ )? end \s+ of \s+ )? next \s+ week (?! ['’]s ) )
    | (?P<quarter_this> (?<! earlier \s ) this \s+ quarter | (?: by | before | at ) \s+ (?: the \s+ )? (?: end \s+ of \s+ (?: the | this ) \s+ quarter
          | quarter[- ]end ) )
    | (?P<quarter_next> next \s+ quarter (?! ['’]s ) )
    | (?P<turn> (?: by | before | at | around ) \s+ the \s+ turn \s+ of \s+ the \s+ year )
    | (?P<early> (?: early | earlier ) \s+ (?: in \s+ )? next \s+ year | (?: at \s+ )? the \s+ (?: start | beginning ) \s+ of \s+ next \s+ year )
    | (?P<late> (?: late | later ) \s+ (?: in \s+ )? next \s+ year )
    # "not known until Wednesday", "by Friday": the next such day after publication ("on Wednesday" is left out:
    # news dates its reports so, "said on Wednesday that ...", and "the Wednesday after" names another day)
    | (?P<weekday> (?: until | by | before | no \s+ later \s+ than ) \s+ (?P<day> monday | tuesday | wednesday | thursday
          | friday | saturday | sunday ) (?! \s* ['’] ) )
    | (?P<vague> within \s+ (?: (?: a \s+ )? few \s+ | the \s+ next \s+ few \s+ )? (?P<unit> days | weeks | months ) )
    )\b""", _FLAGS)
#: Words one of the forms needs: most clauses have none and skip the pattern. (A possessive, "this month's
#: figures", "next week's meeting", names data or an event, not a deadline: the forms refuse it.)
SCHEDULED_FLAG = "a sitting on a weekday: check which"  # and time_anchor carries it to what follows
_CUES = ("week", "month", "quarter", "turn of", "next year", "within", "day")
#: A weekday the sentence names with a week ("next week ... on Tuesday"): which day of that week.
_ON_WEEKDAY = re.compile(r"\b(?:on|by|until|before)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*['’])")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def week_horizon(text: str, published: date) -> Horizon | None:
    """The horizon of a week, month or quarter counted from ``published`` that ``text`` names, else None."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return None
    match = _FORMS.search(text)
    if match is None:
        return _scheduled_day(text, published) if "day" in lowered else None
    words = " ".join(match.group(0).split())
    if match.group("month_this"):
        return Horizon(words, month_end(published.year, published.month), f'"{words}": the end of the month of publication')
    if match.group("month_next"):
        following = add_months(date(published.year, published.month, 1), 1)
        return Horizon(words, month_end(following.year, following.month), f'"{words}": the end of the month after publication')
    if match.group("week_this") or match.group("week_next"):
        sunday = published + timedelta(days=6 - published.weekday() + (7 if match.group("week_next") else 0))
        if "day" in lowered and (named := _ON_WEEKDAY.search(text)) and (day := sunday - timedelta(
                days=6 - _WEEKDAYS.index(named.group("day").lower()))) >= published:
            # "next week: MEPs vote on Tuesday": the week says which Tuesday, so the day decides it
            return Horizon(words, day, f'"{words}", "{named.group(0)}": that day of the week, {day.isoformat()}')
        return Horizon(words, sunday, f'"{words}": the Sunday that ends that week')
    if match.group("quarter_this") or match.group("quarter_next"):
        last_month = (published.month - 1) // 3 * 3 + 3 + (3 if match.group("quarter_next") else 0)
        year = published.year + (last_month - 1) // 12
        due = month_end(year, (last_month - 1) % 12 + 1)
        return Horizon(words, due, f'"{words}": the end of that quarter')
    if match.group("weekday"):
        ahead = (_WEEKDAYS.index(match.group("day").lower()) - published.weekday() - 1) % 7 + 1
        due = published + timedelta(days=ahead)
        return Horizon(words, due, f'"{words}": the next {match.group("day")} after publication, {due.isoformat()}')
    if match.group("turn"):
        # said in December, the turn of the year is a few weeks off: decided by the end of January
        due = date(published.year, 12, 31) if published.month < 12 else date(published.year + 1, 1, 31)
        return Horizon(words, due, f'"{words}": {due.isoformat()}')
    if match.group("early"):
        return Horizon(words, date(published.year + 1, 4, 30), f'"{words}": the end of April of next year')
    if match.group("late"):
        return Horizon(words, date(published.year + 1, 12, 31), f'"{words}": the end of next year')
    months = {"days": 1, "weeks": 2, "months": 6}[match.group("unit").lower()]
    return Horizon(words, add_months(published, months), f'"{words}": vague, read as {months} months',
                   flagged=f"vague horizon: {words}")


#: A scheduled sitting on a weekday, in the present or future: "MEPs vote in plenary on Tuesday", "the council meets
#: on Monday", "ministers will decide on Friday". News dates what was said by the day too ("said on Tuesday"): a
#: past verb is no schedule, so only these verbs count.
_SCHEDULED = re.compile(r"\b(?:votes?|meets?|decides?|rules?|convenes?|sits?|reconvenes?|is\s+due|are\s+due|will\s+(?:vote|meet|"
                        r"decide|rule|convene|sit|reconvene))\s+(?:[\w-]+\s+){0,4}?on\s+(?P<day>Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday)\b(?!\s*['’])")


def _scheduled_day(text: str, published: date) -> Horizon | None:
    """The next such weekday after publication for a sitting scheduled on it (see _SCHEDULED), else None."""
    if (match := _SCHEDULED.search(text)) is None:
        return None
    ahead = (_WEEKDAYS.index(match.group("day").lower()) - published.weekday() - 1) % 7 + 1
    due, words = published + timedelta(days=ahead), f"on {match.group('day')}"
    return Horizon(words, due, f'"{" ".join(match.group(0).split())}": the next {match.group("day")} after publication, '
                   f"{due.isoformat()}", flagged=f"{SCHEDULED_FLAG} {match.group('day')} is meant")
