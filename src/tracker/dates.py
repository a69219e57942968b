"""Due dates from ISO dates or natural phrases, and timestamps that always carry a zone.

A due date is a calendar date in the user's zone: the question should be decidable by the end of it.
Timestamps (when a prediction was made, a question resolved) are timezone-aware and kept in UTC.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_YEAR = re.compile(r"^(\d{4})$")
_LEADING_WORDS = re.compile(r"^(?:by|before|until|on)\s+(?:the\s+)?", re.IGNORECASE)
_END_OF = re.compile(r"^end\s+of\s+(?:the\s+)?", re.IGNORECASE)
_QUARTER = re.compile(r"^q([1-4])\s+(\d{4})$", re.IGNORECASE)
_HALF = re.compile(r"^(?:h([12])|(first|second)\s+half(?:\s+of)?)\s+(\d{4})$", re.IGNORECASE)
_MID = re.compile(r"^mid(?:-|\s+)(\d{4})$", re.IGNORECASE)
_ISO_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_NAMED_YEAR_OR_MONTH = re.compile(r"^(last|this|next)\s+(year|month)$", re.IGNORECASE)
# 12/01/2027 is 1 December in one country and 12 January in another: refuse rather than guess.
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$")
#: The last due date accepted: later ones are typos (9999), and dates near the end of the calendar
#: overflow as soon as a day is added to them (the due instant is midnight after the due date).
MAX_DUE = date(2999, 12, 31)


def zone(name: str) -> tzinfo:
    """The zone called ``name`` (an IANA name such as ``Europe/Vilnius``, or ``UTC``)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name like Europe/Vilnius)") from None


def today_in(tz: tzinfo, now: datetime | None = None) -> date:
    """The calendar date in ``tz`` at ``now`` (default: the current time)."""
    return (now or datetime.now(timezone.utc)).astimezone(tz).date()


def parse_due(text: str, today: date) -> date:
    """Read a due date: ``2027-12-31``, ``2027``, ``end of 2027``, ``Q3 2027``, ``in 6 months``, ``next friday``.

    Relative phrases count from ``today``. A year or a month alone means its last day. Raises ValueError.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("no date given")
    return check_due(_parse_due(raw, text, today), shown=raw)


def parse_since(text: str, today: date) -> date:
    """Read the first day of a "since": what parse_due reads, except that a named period (``2026``,
    ``2026-03``, ``March 2026``, ``Q3 2026``, ``H2 2026``, ``last year``, ``this month``) starts on its first day, where a due date ends
    on its last ("since 2026" takes in the whole of 2026). Raises ValueError."""
    raw = text.strip()
    phrase = _LEADING_WORDS.sub("", raw)
    if match := _NAMED_YEAR_OR_MONTH.match(phrase):
        step = {"last": -1, "this": 0, "next": 1}[match.group(1).lower()]
        if match.group(2).lower() == "year":
            return date(today.year + step, 1, 1)
        months = today.year * 12 + today.month - 1 + step
        return date(months // 12, months % 12 + 1, 1)
    last = parse_due(text, today)
    if _END_OF.match(phrase):
        return last
    if _YEAR.match(phrase):
        return date(last.year, 1, 1)
    if _QUARTER.match(phrase) or _HALF.match(phrase):
        months = 3 if _QUARTER.match(phrase) else 6
        return date(last.year, last.month - months + 1, 1)
    if _YEAR_MONTH.match(phrase) or _names_only_month(phrase):
        return last.replace(day=1)
    return last


def start_of_day(day: date, tz: tzinfo) -> datetime:
    """The first instant of ``day`` in ``tz``, in UTC; ValueError for a day whose start is before the
    first instant there is (0001-01-01 east of UTC)."""
    try:
        return datetime.combine(day, datetime.min.time(), tzinfo=tz).astimezone(timezone.utc)
    except OverflowError:
        raise ValueError(f"{day.isoformat()!r} is too early a date") from None


def check_due(due: date, shown: str | None = None) -> date:
    """``due`` itself, or ValueError when it is later than ``MAX_DUE``."""
    if due > MAX_DUE:
        raise ValueError(f"{shown or due.isoformat()!r} is too far ahead: due dates go up to {MAX_DUE.isoformat()}")
    return due


def _parse_due(raw: str, text: str, today: date) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        if _ISO_LIKE.match(raw):
            raise ValueError(f"{raw!r} is not a real date ({exc})") from None
    if match := _NUMERIC_DATE.match(raw):
        raise ValueError(_numeric_date_problem(raw, *match.groups()))
    if match := _YEAR_MONTH.match(_LEADING_WORDS.sub("", raw)):
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"{raw!r} is not a real month")
        return date(year, month, calendar.monthrange(year, month)[1])
    phrase = _LEADING_WORDS.sub("", raw)
    end_of = bool(_END_OF.match(phrase))
    phrase = _END_OF.sub("", phrase).strip()
    if match := _YEAR.match(phrase):
        return date(int(match.group(1)), 12, 31)
    if match := _QUARTER.match(phrase):
        month = int(match.group(1)) * 3
        year = int(match.group(2))
        return date(year, month, calendar.monthrange(year, month)[1])
    if match := _HALF.match(phrase):
        first = match.group(1) == "1" or (match.group(2) or "").lower() == "first"
        return date(int(match.group(3)), 6, 30) if first else date(int(match.group(3)), 12, 31)
    if match := _MID.match(phrase):
        return date(int(match.group(1)), 6, 30)
    if phrase.lower() in {"year", "this year"}:
        return date(today.year, 12, 31)
    if phrase.lower() == "next year":
        return date(today.year + 1, 12, 31)
    parsed = _natural(phrase, today, end_of)
    if parsed is None:
        raise ValueError(f"cannot read {text!r} as a date (try 2027-12-31, 'end of 2027' or 'in 6 months')")
    return parsed


def _numeric_date_problem(raw: str, first: str, second: str, third: str) -> str:
    """Why a slash or dot date is refused, saying how it reads when only one reading is possible."""
    candidates = []
    if len(first) == 4:
        candidates = [(first, second, third)]
    elif len(third) == 4:
        candidates = [(third, second, first), (third, first, second)]  # day-first, month-first
    readings = []
    for year, month, day in candidates:
        try:
            readings.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    if len(set(readings)) > 1:
        return f"{raw!r} could be read day-first or month-first: write it as YYYY-MM-DD"
    if readings:
        return f"write {raw!r} as {readings[0].isoformat()} (YYYY-MM-DD: slash and dot dates are not read)"
    return f"{raw!r} is not a date tracker reads: write it as YYYY-MM-DD"


def _natural(phrase: str, today: date, end_of: bool) -> date | None:
    # dateparser is slow to import; only phrases that are not ISO dates pay for it.
    import dateparser

    base = datetime(today.year, today.month, today.day, 12, 0)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if end_of or _names_only_month(phrase):
        last = calendar.monthrange(parsed.year, parsed.month)[1]
        return date(parsed.year, parsed.month, last)
    return parsed.date()


def _names_only_month(phrase: str) -> bool:
    """'December 2026' means the whole month, so the due date is its last day."""
    words = phrase.lower().split()
    return len(words) == 2 and words[1].isdigit() and words[0][:3] in {m.lower() for m in calendar.month_abbr if m}


SPAN = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$")
_SPAN_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def parse_span(text: str) -> timedelta:
    """A span like 30d, 12w, 6m or 1y (a month is 30 days, a year 365); ValueError otherwise."""
    match = SPAN.match(text.lower())
    if not match:
        raise ValueError(f"{text!r} is not a span like 30d, 12w, 6m or 1y")
    try:
        return timedelta(days=int(match.group(1)) * _SPAN_DAYS[match.group(2)])
    except OverflowError:  # more days than a timedelta holds: no date is that far off
        raise ValueError(f"{text!r} is too long a span (more than a million years)") from None


class SnoozeProblem(ValueError):
    """Why a snooze cannot end where asked; ``given`` says which of span or until was wrong."""

    def __init__(self, given: str, message: str):
        super().__init__(message)
        self.given = given


def snooze_end(tz: tzinfo, now: datetime, *, span: str | None = None, until: str | None = None) -> datetime:
    """When a snooze ends, in UTC, whole seconds: ``now`` + a span, or the start of the date ``until`` in
    ``tz``; after ``now`` and no later than MAX_DUE (a prompt slot past that could not be stored or shown).
    The command line and the web form both read a snooze with this."""
    now = now.replace(microsecond=0)
    given, text = ("span", span) if span is not None else ("until", until or "")
    try:
        if given == "span":
            moment = now + parse_span(text)
        else:
            day = parse_due(text, today_in(tz, now))
            moment = datetime.combine(day, datetime.min.time(), tzinfo=tz).astimezone(timezone.utc)
    except OverflowError:
        moment = None
    except ValueError as exc:
        raise SnoozeProblem(given, str(exc).replace("due dates go up to", "snooze dates go up to")) from None
    if moment is None or moment.astimezone(tz).date() > MAX_DUE:
        raise SnoozeProblem(given, f"{text!r} would snooze past {MAX_DUE.isoformat()}: snoozes go up to "
                                   f"{MAX_DUE.isoformat()}")
    if moment <= now:
        raise SnoozeProblem(given, f"{text!r} is not in the future: nothing to snooze")
    return moment


def due_instant(due: date, tz: tzinfo) -> datetime:
    """The instant a due date is over: midnight after it in the user's zone, in UTC."""
    return datetime.combine(due + timedelta(days=1), datetime.min.time(), tzinfo=tz).astimezone(timezone.utc)


def parse_timestamp(value: object, default_zone: tzinfo | None = None) -> datetime:
    """A timezone-aware timestamp in UTC from a datetime or ISO 8601 text.

    A time without a zone is read in ``default_zone`` when one is given (the user's zone on the command
    line) and refused otherwise (files, which travel between people in different zones).
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO 8601 timestamp like 2023-03-09T10:00:00+02:00") from None
    elif isinstance(value, date):
        raise ValueError(f"{value} is a date; a timestamp needs a time and a zone, like {value}T00:00:00Z")
    else:
        raise ValueError(f"{value!r} is not a timestamp")
    if (moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None) and default_zone is not None:
        moment = moment.replace(tzinfo=default_zone)
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError(f"{value} has no time zone; add Z or an offset like +02:00")
    return moment.astimezone(timezone.utc)


def format_timestamp(moment: datetime, tz: tzinfo) -> str:
    """A timestamp for people, in their zone: ``2023-03-09 10:00 EET``."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")


_ISO_INSTANT = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?\+00:00"


def resolution_time_words(message: str, typed: str, resolved_at: datetime, tz: tzinfo) -> str:
    """The library's message about a resolution time in the user's words (`tracker resolve --at`, the
    resolve form's field): what they typed instead of its UTC reading, and any other instant (when the
    question was asked) in the workspace's zone."""
    message = message.replace(resolved_at.isoformat(), repr(typed), 1)
    return re.sub(_ISO_INSTANT, lambda m: format_timestamp(parse_timestamp(m.group(0)), tz), message)

