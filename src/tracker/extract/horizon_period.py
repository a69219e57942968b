"""The period a document says its judgements cover: the horizon of every judgement that states none.

Outlooks define their period once: in a reading note ("Unless stated otherwise, judgements refer to the
period to the end of 2028"; "All resolve on 31 December 2025 unless I say otherwise") or in the title
("Seasonal outlook: Southern Hemisphere, June–September 2025") and then write "during the assessment
period" or nothing at all. A judgement without its own time words is due at the end of that period,
flagged so a reviewer sees where the date came from.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import MONTHS, dates_in, month_end
from tracker.extract.horizon_ranges import scope_default
from tracker.extract.records import Horizon

_FLAGS = re.IGNORECASE | re.VERBOSE
#: A note that sets the period of the judgements: who it is about, then the end of the period.
_NOTE = re.compile(r"""
    \b(?: unless \s+ (?: otherwise \s+ )? (?: stated | noted | indicated | specified | I \s+ say | we \s+ say )
          (?: \s+ otherwise )?
        | (?: all | these | our | the ) \s+ (?: \w+ \s+ )? (?: judge?ments? | forecasts? | questions? | assessments? | estimates? ) )
    [^.]{0,80}? \b(?: refer \s+ to | cover | covers | apply \s+ to | resolve | resolves | run | runs | are \s+ for ) \b
    [^.]{0,40}? \b(?: to | until | through | on | by ) \s+ (?P<end> the \s+ end \s+ of \s+ (?P<year> 20\d\d )
        | \d{1,2} \s+ [A-Za-z]{3,9} \.? ,? \s+ 20\d\d | [A-Za-z]{3,9} \.? \s+ \d{1,2} ,? \s+ 20\d\d )
""", _FLAGS)
#: A period named in the title: "June–September 2025", "April to June 2026".
_TITLE_PERIOD = re.compile(r"\b(?P<first>[A-Z][a-z]{2,8})\s*(?:[–—-]|&ndash;|to)\s*(?P<last>[A-Z][a-z]{2,8})\s+(?P<year>20\d\d)\b")
#: The text refers to the period by name, so the title's period is the judgements' period.
_PERIOD_NAMED = re.compile(r"\b(?:assessment|outlook|forecast|reporting)\s+period\b|\bperiod\s+covered\b", re.IGNORECASE)


def period_default(text: str, published: date) -> Horizon | None:
    """The horizon of the period the document's note or title sets (see the module docstring), or None."""
    head = " ".join(text[:8000].split())
    if (note := _NOTE.search(head)) is not None:
        end = note.group("end")
        due = date(int(note.group("year")), 12, 31) if note.group("year") else _first_date(end)
        if due is not None and due > published:
            return Horizon(end, due, f'no horizon stated: the document\'s note sets its judgements\' period "{end}"',
                           flagged="horizon from the period the document's note sets")
    if _PERIOD_NAMED.search(text) and (title := _TITLE_PERIOD.search(head[:600])) is not None:
        month = MONTHS.get(title.group("last").lower())
        if month and title.group("first").lower() in MONTHS:
            due = month_end(int(title.group("year")), month)
            words = " ".join(title.group(0).split())
            if due > published:
                return Horizon(words, due, f'no horizon stated: the assessment period of the title, "{words}"',
                               flagged="horizon from the period named in the title")
    if (span := _TITLE_MONTHS.search(head[:600])) is not None and span.group("first").lower() in MONTHS \
            and span.group("last").lower() in MONTHS:
        # "Seasonal Outlook: December 2026 - February 2027": a title naming a span of months up to a year is
        # the period the outlook covers (a longer one is a programme's, and says nothing of each judgement)
        first = (int(span.group("fy")), MONTHS[span.group("first").lower()])
        last = (int(span.group("year")), MONTHS[span.group("last").lower()])
        due = month_end(*last)
        if 0 < (last[0] - first[0]) * 12 + last[1] - first[1] <= 12 and due > published:
            words = " ".join(span.group(0).split())
            return Horizon(words, due, f'no horizon stated: the period the title names, "{words}"',
                           flagged="horizon from the period named in the title")
    return None


#: A span of months with their years in the title: "December 2026 - February 2027".
_TITLE_MONTHS = re.compile(r"\b(?P<first>[A-Z][a-z]{2,8})\s+(?P<fy>20\d\d)\s*(?:[–—-]|to)\s*(?P<last>[A-Z][a-z]{2,8})\s+"
                           r"(?P<year>20\d\d)\b")


def _first_date(text: str) -> date | None:
    found = dates_in(text)
    return found[0][0] if found else None


#: A sentence framed by a dated occasion: "For the municipal elections of March 2026 we consider it ...".
#: The occasion is named ("the elections of"), and the sentence runs on without a comma: "In September 2022, X
#: lost ..." dates a fact and may be spliced with other text; it is not such a frame.
_FRAME = re.compile(r"^(?:[Ff]or|[Aa]t|[Ii]n|[Dd]uring|[Aa]head\s+of)\s+the\s+[^,;]{3,60}?\s+(?:of|in|on)\s+"
                    r"(?P<month>[A-Z][a-z]{2,8})\s+(?P<year>(?:19|20)\d\d)\b(?!\s*,)")


def framed_in_past(sentence: str, published: date) -> bool:
    """Whether the sentence opens on an occasion dated before publication: what it judges has been decided
    (an election held before the report came out), so it is no forecast."""
    match = _FRAME.match(sentence.strip())
    if match is None or match.group("month").lower() not in MONTHS:
        return False
    return month_end(int(match.group("year")), MONTHS[match.group("month").lower()]) < published


_ELECTION_TITLE = re.compile(r"\b(?:elections?|midterms?|polls?|vote|ballot|primar(?:y|ies)|(?:House|Senate)\s+race)\b", re.IGNORECASE)


def election_default(text: str, events: dict[str, date], published: date | None = None) -> Horizon | None:
    """An election forecast's period: a document whose title (its first lines) is about an election judges
    the outcome of that election, so a judgement with no time words of its own is due on its date."""
    due = events.get("election")
    if due is None or (published and due <= published) or not _ELECTION_TITLE.search(" ".join(text[:400].split())):
        return None  # an election on the publication day or before it is no horizon ahead
    return Horizon("the election", due, f"no horizon stated: the election the document forecasts, {due.isoformat()}",
                   flagged="horizon from the election the document is about")


def document_default(text: str, published: date, events: dict[str, date]) -> Horizon | None:
    """The horizon of judgements that state none: the scope note, the period the document sets, its election."""
    return (scope_default(text, published) or period_default(text, published)
            or election_default(text, events, published))


def heading_period(heading: str, published: date) -> Horizon | None:
    """A period a heading names ("Dengue outlook, March–May 2025"): its end, while still ahead."""
    match = _TITLE_PERIOD.search(heading)
    if match is None or match.group("first").lower() not in MONTHS or match.group("last").lower() not in MONTHS:
        return None
    due = month_end(int(match.group("year")), MONTHS[match.group("last").lower()])
    words = " ".join(match.group(0).split())
    return Horizon(words, due, f'the period "{words}" the heading names', flagged="horizon taken from the heading") \
        if due > published else None


#: Where the document says how far its projections reach: "the projections cover the period to 2029", "the
#: projection period runs until 2029", "a forecast horizon of 2030", "Projections 2027-2029".
_PROJECTION_END = re.compile(r"""
    \b(?: projection | forecast | assessment | outlook | planning ) s? \s+ (?: period | horizon )
        [^.]{0,60}? \b(?: to | until | through | of | is | ends? \s+ in | runs? \s+ to ) \s+ (?: the \s+ end \s+ of \s+ )? (?P<year> 20\d\d )\b
  | \b(?: projections? | forecasts? ) \s+ (?: in \s+ this \s+ \w+ \s+ )? (?: cover | covers | run | runs | extend | extends | reach | reaches )
        \s+ [^.]{0,40}? \b(?: to | until | through ) \s+ (?: the \s+ end \s+ of \s+ )? (?P<year2> 20\d\d )\b
  | \b(?: projections? | forecasts? ) \s+ (?: period \s+ )? (?: for \s+ )? 20\d\d \s* (?: [–—-] | to ) \s* (?P<year3> 20\d\d )\b
""", _FLAGS)
#: A judgement that refers to that reach: "until the end of the projection period", "over the forecast horizon".
_PERIOD_REFERENCE = re.compile(r"""
    \b(?: (?: until | to | by | at | before ) \s+ the \s+ end \s+ of | over | during | within | throughout | in | across )
    \s+ the \s+ (?: projection | forecast | planning ) \s+ (?: period | horizon )\b""", _FLAGS)


def projection_end(text: str, published: date) -> date | None:
    """The last day of the period the document's projections cover, while still ahead, else None."""
    if (match := _PROJECTION_END.search(" ".join(text[:20000].split()))) is not None:
        due = date(int(match.group("year") or match.group("year2") or match.group("year3")), 12, 31)
    elif (title := _TITLE_SPAN.search(" ".join(text[:600].split()))) and title.group("month").lower() in MONTHS:
        # the period in the title or running header: "Food Security Outlook, October 2026 – May 2027"
        due = month_end(int(title.group("year")), MONTHS[title.group("month").lower()])
    else:
        return None
    return due if due > published else None


#: A period of months across years in a title: "October 2026 – May 2027".
_TITLE_SPAN = re.compile(r"\b[A-Z][a-z]{2,8}\s+20\d\d\s*[–—-]\s*(?P<month>[A-Z][a-z]{2,8})\s+(?P<year>20\d\d)\b")


def period_reference(clause: str, end: date | None) -> Horizon | None:
    """The horizon of a clause that names the projection period ("until the end of the projection period")."""
    if end is None or (match := _PERIOD_REFERENCE.search(clause)) is None:
        return None
    words = " ".join(match.group(0).split())
    return Horizon(words, end, f'"{words}": the projection period the document sets, to {end.isoformat()}',
                   flagged="horizon from the projection period the document sets")
