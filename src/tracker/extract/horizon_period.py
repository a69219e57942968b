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

from tracker.extract.dates import MONTHS, add_months, dates_in, days_without_year, month_end
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
#: (the look-ahead names the first character of every form: the engine skips other characters at once)
_PERIOD_NAMED = re.compile(r"(?=[aofrp])(?:\b(?:assessment|outlook|forecast|reporting)\s+period\b|\bperiod\s+covered\b)",
                           re.IGNORECASE)


def period_default(text: str, published: date) -> Horizon | None:
    """The horizon of the period the document's note or title sets (see the module docstring), or None."""
    head = " ".join(text[:8000].split())
    if (note := _NOTE.search(head)) is not None:
        end = note.group("end")
        due = date(int(note.group("year")), 12, 31) if note.group("year") else _first_date(end)
        if due is not None and due > published:
            return Horizon(end, due, f'no horizon stated: the document\'s note sets its judgements\' period "{end}"',
                           flagged="horizon from the period the document's note sets")
    if "unless" in head and (note := _NOTE_AFTER.search(head)) is not None and (due := _note_end(note, published)) \
            and due > published:
        end = " ".join(note.group("end").split())
        return Horizon(end, due, f'no horizon stated: the document\'s note sets its judgements\' period "{end}"',
                       flagged="horizon from the period the document's note sets")
    if ("period" in head or "horizon" in head or "window" in head) and (span := _own_span(head)) is not None:
        count = span.group("count").lower()
        number = int(count) if count.isdigit() else _COUNTS[count]
        months = number * (12 if span.group("unit").lower() == "year" else 1)
        words = f"{count} {span.group('unit').lower()}{'s' if number > 1 else ''}"
        return Horizon(f"{words} (the document's {span.group('kind').lower()} period)", add_months(published, months),
                       f'no horizon stated: the document\'s "{" ".join(span.group(0).split())}", {months} months from '
                       "publication", flagged="horizon from the period the document's note sets")
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


#: The same note with its saving clause last: "Probabilities ... refer to the end of the third quarter (30
#: September) unless stated otherwise", "Percentages apply to 31 March 2027 unless noted".
_NOTE_AFTER = re.compile(r"""
    \b(?: probabilit(?: y | ies ) | percentages? | likelihoods? | figures | odds | judge?ments? | forecasts? | estimates? | assessments?
        | predictions? | questions? | claims? | bets? )
    \b [^.]{0,80}? \b(?: (?: refer | apply | relate ) \s+ to \s+ (?: the \s+ period \s+ (?: to | until | through | ending ) \s+ )?
        # a list's house rule: "each prediction ... will be clearly true or false on 31 December 2027 unless I say otherwise"
        | (?: true \s+ or \s+ false | right \s+ or \s+ wrong | resolve[sd]? | graded | scored | settled | judged ) \s+ (?: on | by | at | as \s+ of ) \s+ )
    (?P<end> the \s+ end \s+ of \s+ (?: (?P<year> 20\d\d ) | the \s+ (?P<ordinal> first | second | third | fourth ) \s+ quarter
                                        (?: \s+ of \s+ (?P<qyear> 20\d\d ) )? )
           (?: \s* \( [^()]{3,30} \) )?
      | \d{1,2} \s+ [A-Za-z]{3,9} (?: ,? \s+ 20\d\d )? | [A-Za-z]{3,9} \.? \s+ \d{1,2} (?: ,? \s+ 20\d\d )? )
    [^.]{0,40}? \bunless \s+ (?: otherwise \s+ )? (?: stated | noted | indicated | specified | (?: I | we ) \s+ (?: say | note | state | specify ) )\b
""", _FLAGS)
_QUARTERS = {"first": 3, "second": 6, "third": 9, "fourth": 12}
#: A period the document defines by its length: "in the two-year assessment period", "over our 18-month outlook
#: period" (from publication: a judgement that names no time of its own is due at its end).
_PERIOD_SPAN = re.compile(r"\b(?:the|a|its|our|this)\s+(?P<count>one|two|three|four|five|six|ten|twelve|eighteen|\d{1,2})[- ]"
                          r"(?P<unit>year|month)\s+(?P<kind>assessment|forecast|forecasting|outlook|planning|projection)\s+"
                          r"(?:period|horizon|window)\b", re.IGNORECASE)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12, "eighteen": 18}
#: Reported speech: "It said inflation is likely to reach 2 percent in the second half of the three-year projection
#: period" is another body's period (a central bank's, a ministry's), not the one the document's judgements cover.
_REPORTED = re.compile(r"\b(?:said|says|say|told|according\s+to|stated|noted|reported|predicted|"
                       r"wrote|argued|added)\b", re.IGNORECASE)


def _own_span(head: str) -> re.Match | None:
    """The first period span ("the three-year projection period") the document gives in its own voice: not one
    in a sentence reporting another body's words, nor one another body owns ("the bank's two-year horizon")."""
    for span in _PERIOD_SPAN.finditer(head):
        start = max(head.rfind(". ", 0, span.start()), head.rfind("\n", 0, span.start())) + 1
        if not _REPORTED.search(head, start, span.start()) and not re.search(r"['’]s\s*$", head[max(0, span.start() - 3):span.start()]):
            return span
    return None


def _note_end(note: re.Match, published: date) -> date | None:
    """The day a trailing note's period ends: a date it writes (in brackets or alone; with no year the next such
    day), else the end of the year or quarter it names (with no year, the next such quarter end)."""
    end = note.group("end")
    if found := dates_in(end):
        return found[0][0]
    if days := days_without_year(end, published.year):
        return days[0] if days[0] >= published else date(days[0].year + 1, days[0].month, days[0].day)
    if note.group("year"):
        return date(int(note.group("year")), 12, 31)
    if note.group("ordinal"):
        month = _QUARTERS[note.group("ordinal").lower()]
        if note.group("qyear"):
            return month_end(int(note.group("qyear")), month)
        due = month_end(published.year, month)
        return due if due >= published else month_end(published.year + 1, month)
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
                   flagged=ELECTION_FLAG)


#: The key under which ``events`` keeps the day of the election a document is about (see document_default), and
#: the one under which horizon_document.event_dates keeps the day of a second vote dated differently.
DOCUMENT_ELECTION = "the election the document is about"
ANOTHER_VOTE = "another vote"
ELECTION_FLAG = "horizon from the election the document is about"  # a review note, and what time_anchor will not carry


def document_default(text: str, published: date, events: dict[str, date]) -> Horizon | None:
    """The horizon of judgements that state none: the scope note or the period the document sets.

    The election a document is about is no such default: coalition talks, a cabinet, another country's vote
    or the budget after it are not decided on polling day. Its day is kept in ``events`` instead, for the
    claims about the vote itself (see election_claim)."""
    found = scope_default(text, published) or period_default(text, published)
    # a document that dates two different votes ("the midterms on 3 November", "Brazilians vote on 4 October") is
    # not about one election: which of them a claim means is for its own words to say
    votes = {events[noun] for noun in ("election", "vote", "referendum") if noun in events}
    if found is None and len(votes) == 1 and ANOTHER_VOTE not in events \
            and (election := election_default(text, events, published)) is not None:
        events[DOCUMENT_ELECTION] = election.due
    return found


#: Words of a claim about a vote itself: its result, turnout, a party's votes or seats (not "lose" or "share" alone:
#: a currency loses value, a firm its market share).
_ABOUT_VOTE = re.compile(r"\b(?:votes?|voters?|voting|turnout|ballots?|polls?|polling|seats?|elect(?:ed|ion|ions|oral)|"
                         r"re-?elect(?:ed|ion)?|win|wins|won|winning|majority|threshold|run-?off|"
                         r"(?:first|second)\s+round|candidates?|campaign|constituenc(?:y|ies)|(?:[a-z]+-)?(?:largest|biggest|"
                         r"strongest)\s+party|(?:finish|come|comes|finishes)\s+(?:first|second|third)|"
                         # "return to parliament", "keep control of the chamber": a result, in seats
                         r"(?:enter|return\s+to|re-?enter|get\s+into|control\s+of)\s+(?:the\s+)?(?:parliament|legislature|"
                         r"assembly|congress|senate|chamber|house))\b", re.IGNORECASE)


def election_claim(clause: str, before: str, events: dict[str, date]) -> Horizon | None:
    """The horizon of a clause with no time words that is about the vote the document is about (by its own words
    or those of its sentence before it: "X should hold its seats, though they may drop below six"), else None."""
    due = events.get(DOCUMENT_ELECTION)
    if due is None or (match := _ABOUT_VOTE.search(clause) or _ABOUT_VOTE.search(before)) is None:
        return None
    return Horizon("the election", due, f'no horizon stated: "{match.group(0)}" is about the election the document '
                   f"forecasts, {due.isoformat()}", flagged=ELECTION_FLAG)


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
    elif (" period" in text or " horizon" in text) and _PERIOD_REFERENCE.search(text):
        # "throughout the forecast period" in a document that never says where the period ends: it reaches as far as
        # the document projects ("by 2030-31", "in every year to 2030-31"), the latest such year ahead
        due = _latest_year(text, published)
        if due is None:
            return None
    else:
        return None
    return due if due > published else None


#: A year the document projects to: "by 2030", "to 2030-31", "in 2029/30".
_PROJECTED_YEAR = re.compile(r"\b(?:by|to|until|through|in)\s+(?P<year>20\d\d)(?:[/–-](?P<second>\d\d))?\b(?![/–-]\d)", re.IGNORECASE)


def _latest_year(text: str, published: date) -> date | None:
    """The end of the latest year within ten years of publication that ``text`` projects to, else None."""
    from tracker.extract.horizon_fiscal import fiscal_country, fiscal_horizon

    best: tuple[int, str] | None = None
    for match in _PROJECTED_YEAR.finditer(text):
        year = int(match.group("year"))
        split = match.group("second") is not None and int(match.group("second")) == (year + 1) % 100
        if match.group("second") is not None and not split:
            continue  # "to 2025-30": a span of years, not one
        last = year + split
        if published.year <= last <= published.year + 10 and (best is None or last > best[0]):
            best = (last, " ".join(match.group(0).split()))
    if best is None:
        return None
    if "-" in best[1] or "/" in best[1] or "–" in best[1]:
        found = fiscal_horizon(best[1], published, fiscal_country(text))
        return found.due if found else date(best[0], 12, 31)
    return date(best[0], 12, 31)


#: A period of months across years in a title: "October 2026 – May 2027".
_TITLE_SPAN = re.compile(r"\b[A-Z][a-z]{2,8}\s+20\d\d\s*[–—-]\s*(?P<month>[A-Z][a-z]{2,8})\s+(?P<year>20\d\d)\b")


def period_reference(clause: str, end: date | None) -> Horizon | None:
    """The horizon of a clause that names the projection period ("until the end of the projection period")."""
    if end is None or (match := _PERIOD_REFERENCE.search(clause)) is None:
        return None
    words = " ".join(match.group(0).split())
    return Horizon(words, end, f'"{words}": the projection period the document sets, to {end.isoformat()}',
                   flagged="horizon from the projection period the document sets")
