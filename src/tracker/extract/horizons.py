"""Horizons: when a judgement is to be decided, from the words around it and the publication date.

In order: the scale's time words ("in the near and medium term"), dates and years ("by the end of 2025",
"by mid-2026"), bounds ("beyond 2027"), durations ("will take up to four years"), spans ("in the next five
years"), weeks, months and quarters from publication ("later this month"), adjectival terms and futures ("a
near-term deal", "any time soon"), a month without a year ("in March": the next one), and named events
("during the Winter Olympics": a date the document gives for it, flagged either way). A clause without any
of these takes an earlier clause's words; failing that, a default, flagged for review. A horizon before the
publication date dates a fact and is never a due date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.horizon_far import day_horizon, far_horizon
from tracker.extract.dates import add_months, dates_in, month_end, MONTHS
from tracker.extract.horizon_crop_years import CROP_YEAR, seasons_ahead
from tracker.extract.horizon_events import event_time_horizon
from tracker.extract.horizon_fiscal import fiscal_horizon
from tracker.extract.horizon_halves import half_year_horizon
from tracker.extract.horizon_more import bracketed_season, more_horizon, occasion_horizon, short_period
from tracker.extract.horizon_brackets import bracket_horizon
from tracker.extract.horizon_calendar import calendar_horizon
from tracker.extract.horizon_parliament import parliament_horizon
from tracker.extract.horizon_hemisphere import SOUTHERN
from tracker.extract.horizon_year_periods import year_period_horizon
from tracker.extract.horizon_years import year_horizon
from tracker.extract.horizon_ranges import range_horizon
from tracker.extract.horizon_spans import span_horizon
from tracker.extract.horizon_spoken import spoken_horizon
from tracker.extract.horizon_named import named_horizon
from tracker.extract.horizon_weeks import week_horizon
from tracker.extract.horizon_scope import dating_words, without_consequence, without_named_year, without_reason
from tracker.extract.horizon_terms import defined_terms, may_name_term, term_horizon as _terms  # noqa: F401 (defined_terms: re-exported)
from tracker.extract.records import Horizon, HorizonContext  # noqa: F401 (HorizonContext: re-exported)
from tracker.extract.horizon_document import event_dates, event_key, heading_horizon, past_event, term_table  # noqa: F401 (pipeline)

DEFAULT_MONTHS = 24  # the far end of the common "near term": the horizon most assessments mean by default
_FLAGS = re.IGNORECASE
_TERM = r"(?:short|near|medium|mid|long)(?:er)?"
#: A noun a time word qualifies says what sort of thing it is, not when: "for long-term care workers", "short-term debt".
_KIND = (r"(?:observers?|staff|workers?|contracts?|loans?|bonds?|debt|interest|rates?|yields?|visas?|rentals?|deposits?|"
         r"funding|bills?|unemployed|unemployment|residents?|care|memory|capital|investors?|assets?|liabilities|"
         # "in line with the long-term average", "the long-term trend": a comparison's baseline, not a time ahead
         r"averages?|trends?|means?|medians?|norms?|baselines?|climatology|"
         # financial instruments and their prices: "medium-term notes", "short-term paper", "long-term borrowing"
         r"notes|paper|financing|borrowing|lending|securities|swaps?|maturit(?:y|ies)|premi(?:um|a)|spreads?)\b")
#: Up to two modifiers between the time word and such a noun: "its short-term policy rate", "long-term government
#: bond yields" (not a preposition or verb: "a long-term deal on rates" is a deal, and a time).
_KIND = (r"(?:(?!(?:on|of|in|for|to|and|or|at|by|with|from|into|the|a|an|is|are|was|were|will|would|could|should|may|"
         rf"might|can|be|been|has|have|had)\b)[a-z]+\s+){{0,2}}{_KIND}")
TERMS = re.compile(rf"\b(?:in|over|for|within|during|throughout)\s+(?:the\s+)?(?P<terms>{_TERM}(?:[- ]term)?"
                    rf"(?:\s*(?:,|and|or|to|-|–)\s*(?:the\s+)?{_TERM}(?:[- ]term)?)*[- ](?:term|run))\b(?!(?<=-term)\s+{_KIND})", _FLAGS)
#: The same time words as an adjective or on their own: "a near-term agreement", "a long-term problem",
#: "longer term", "in the near future" (the scale's near term), "the foreseeable future".
_TERM_ADJECTIVE = re.compile(rf"(?=[filmns])(?:\b(?P<terms>{_TERM})[- ](?:term|run)\b(?!\s+{_KIND})|\b(?P<future>near|foreseeable|immediate)\s+future\b)", _FLAGS)
#: "in the years to come", "in the years ahead", "in the coming decades": several of them.
_YEARS_AHEAD = re.compile(r"(?=[dfio])\b(?:in|over|for|during)\s+(?:the\s+)?(?P<unit>years|decades|months)\s+"
                          r"(?:to\s+come|ahead)\b", _FLAGS)
#: "not ... any time soon", "soon": within a year (not "as soon as possible": as early as can be, no date).
_SOON = re.compile(r"(?=[ais])\b(?:any\s*time\s+soon|anytime\s+soon|in\s+the\s+short\s+run|(?<!\bas\s)soon(?!\s+as\b))\b", _FLAGS)
#: A duration from now: "will take up to four years", "within two years", "in three years' time".
_DURATION = re.compile(r"(?=[itw])\b(?:take|takes|taking|within|in)\s+(?:up\s+to\s+|at\s+least\s+|about\s+|around\s+|some\s+|"
                       r"roughly\s+|another\s+|a\s+further\s+)?(?P<count>\d+|a|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|twelve|eighteen|few|several)\s+(?P<unit>weeks?|months?|years?|decades?)\b"
                       r"(?!\s+(?:of|after|following)\s+(?:a|an|the|any)\s)", _FLAGS)  # "of a ceasefire": horizon_more
#: "in March", "by early June": a month with no year is the next such month after publication.
#: ... and "in January or March (2027)": either of two months, decided when the later one is over.
_MONTH_ALONE = re.compile(r"\b(?:in|by|until|before|during|from|next)\s+(?:early\s+|late\s+|mid-)?(?P<month>[A-Z][a-z]+)\b"
                          r"(?!\s+\d)(?:(?P<either>\s+(?:or|and)\s+(?:in\s+)?(?:early\s+|late\s+)?(?P<other>[A-Z][a-z]+)\b"
                          r"(?:\s+(?P<year>20\d\d)\b)?))?(?:\s+onwards?\b)?")
_DONE_BEFORE = re.compile(r"\b(?:announced|introduced|adopted|approved|published|released|enacted|imposed|observed|"
                          r"recorded|reported|harvested|planted)\s+$")
_SUPERLATIVE = re.compile(r"\b(?:lowest|highest|largest|smallest|biggest|strongest|weakest|worst|best|driest|wettest|"
                          r"warmest|coldest|hottest|fastest|slowest|first|(?<=the\s|for\s)(?:second|third|fourth|fifth|sixth)|"
                         # "for (a) second time in three years" (headlines drop the article): a count back, not ahead
                         r"(?<=\ba\s)(?:second|third|fourth|fifth|sixth)(?=\s+time)|most|least)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_YEAR_END = re.compile(r"\b(?:by|before|until|till|through|at)\s+(?:at\s+least\s+)?(?:the\s+)?end\s+of\s+(?P<year>20\d\d)\b"
                       r"|\bby\s+end-(?P<year2>20\d\d)\b", _FLAGS)
_MID_YEAR = re.compile(r"\b(?:by|in|until|before)\s+(?:the\s+)?mid(?:dle of|-|\s)\s*(?P<year>20\d\d)\b", _FLAGS)
#: ... also an event's date in a list item's label: "election (expected April 2026): X", "election, October 2026: X".
#: "by March 2027", "slips past June 2027" (decided when June is over), and a span of months ending in one: "from February to May 2027", "between October 2026 and
#: January 2027" (due at the end of the last month).
_MONTH_YEAR = re.compile(r"(?:\b(?:by|in|until|till|through|before|during|expected|past|beyond)\s+|,\s+(?=[A-Z][a-z]+\s+20\d\d\s*:)"
                         r"|\b(?i:between|from)\s+(?:early\s+|late\s+)?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)(?:\s+20\d\d)?\s+(?:and|to|until|till|through)\s+)"
                         r"(?:at\s+least\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:early\s+|late\s+)?"
                         r"(?P<month>[A-Z][a-z]+)\s+"
                         r"(?P<year>20\d\d)\b")
#: "in the coming season", "during the next season": a season of the year's cycle (flu, fire, harvest).
_SEASON_AHEAD = re.compile(r"\b(?:in|during|over|for|throughout|through)\s+the\s+(?:coming|next|upcoming)\s+season\b", _FLAGS)
_SPAN = re.compile(r"\b(?:in|over|within|during|for|throughout)\s+the\s+(?:next|coming|following)\s+(?P<count>\w+\s+)?"
                   r"(?P<unit>weeks?|months?|years?|decades?)\b", _FLAGS)
#: The span as the subject or object, with no preposition: "the coming years will bring ...".
_BARE_SPAN = re.compile(r"\bthe\s+(?:next|coming)\s+(?P<count>\w+\s+)?(?P<unit>weeks|months|years|decades)\b", _FLAGS)
#: "in the future": vague, read as the scale's near term like "the near future".
_IN_FUTURE = re.compile(r"\b(?:in|into)\s+the\s+future\b", _FLAGS)
#: not "earlier this year": when something was done, in the past
_RELATIVE_YEAR = re.compile(r"(?<!\bearlier\s)\b(?P<which>this|next)\s+year(?:['’]s\b)?", _FLAGS)
_EVENT = re.compile(
    r"(?=[abdfiu])\b(?:during|before|after|until|by|at|ahead of|in the run-up to|in the lead-up to|around|following)\s+"
    r"(?P<event>(?:the\s+)?(?:(?:upcoming|next|forthcoming|coming)\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?P<noun>summit|elections?|olympics|olympic games|games|world cup|congress|referendum|inauguration|"
    r"vote|conference|championships?|term in office|(?:first|second|third|fourth|fifth|next|new|current)\s+term|"
    r"presidency|ceasefire talks|run-?offs?|second\s+round))\b", _FLAGS)

#: "evident only in the long term", "not until 2030": the horizon is when it starts, not a deadline.
_LOWER_BOUND = re.compile(r"\b(?:only|not\s+until|not\s+before|no\s+sooner\s+than)\s+"
                          r"(?:(?:in|by|after|from|within|over|during)\s+)?(?:the\s+)?$", _FLAGS)


def find_horizon(clause: str, before: str, context: HorizonContext) -> Horizon | None:
    """The horizon ``clause`` states, else one stated earlier in its sentence (``before``), else None.

    Time words inside a leading reason clause ("since/as X in the long term, Y will ...") are not Y's
    horizon. A horizon the claim says it will only be reached at ("evident only in the long term") is
    flagged: the question would ask the opposite of the claim if read as a deadline.
    """
    clause, before = dating_words(clause), without_reason(before)  # a reason's, a past fact's, a source's times
    claim, hypothetical = without_consequence(clause)
    if claim != clause and "season" in clause and (found := year_period_horizon(clause, context.published)) \
            and found.due >= context.published and clause.find(found.text) < len(claim):
        return found  # "during the 2028 dry season, which lasts from May to August": the relative clause dates the claim's season
    # a consequence's or reason's time dates the claim only when neither it nor the sentence before it states one
    for text in (claim, before) if hypothetical else (claim, before, clause) if claim != clause else (clause, before):
        if not text.strip():
            continue
        if (masked := without_named_year(text)) and (horizon := _stated(masked, context)):
            return horizon  # "approve a budget for fiscal 2026 next week": when is next week; else the year below
        if horizon := _stated(text, context):
            at = text.find(horizon.text) if horizon.text else -1
            if at > 0 and re.search(r"\bnot\s+$", text[:at]) and re.match(r"(?:before|until|till)\b", horizon.text, re.I):
                # "reopen, but not before 2028": at the earliest in 2028, decided a year after "before 2028" would be
                words = f"not {horizon.text}"
                return Horizon(words, add_months(horizon.due, 12), f'"{words}": a lower bound, decided by the end of the '
                               "year it names", flagged=f"horizon is a lower bound ({words}): check the question asks "
                                                        "about after it")
            if at > 0 and _LOWER_BOUND.search(text[:at]):
                return Horizon(horizon.text, horizon.due, horizon.reasoning,
                               flagged=f"horizon is a lower bound (only ... {horizon.text}): the claim is that it "
                                       "will not happen sooner; rephrase the question")
            return horizon
    from tracker.extract.horizon_period import DOCUMENT_ELECTION, election_claim, period_reference

    if context.period_end and (found := period_reference(clause, context.period_end)):
        return found
    return election_claim(clause, before, context.event_dates) if DOCUMENT_ELECTION in context.event_dates else None


def default_horizon(context: HorizonContext) -> Horizon:
    """The horizon of a judgement that names none: the document's stated default, else the far end of the
    near term, flagged for review."""
    if context.default is not None:
        return context.default
    months = context.terms.get("near term", (0, DEFAULT_MONTHS, ""))[1]
    return Horizon(None, add_months(context.published, months),
                   f"no horizon stated: defaulted to {months} months after publication",
                   flagged="horizon defaulted")


def _stated(text: str, context: HorizonContext) -> Horizon | None:
    """The horizon ``text`` states; one due before publication dates a fact, not a horizon, and is skipped."""
    horizon = _stated_any(text, context)
    if horizon is not None and horizon.due < context.published and horizon.text and horizon.text in text:
        # "projections, published in May 2026, show X will fall by 2030": the past date is a fact's; read on
        horizon = _stated_any(text.replace(horizon.text, " " * len(horizon.text), 1), context)
    return None if horizon is None or horizon.due < context.published else horizon


def _stated_any(text: str, context: HorizonContext) -> Horizon | None:
    published = context.published
    if "[" in text and (found := bracket_horizon(text, published)):
        return found  # "Spain win the final [19 Jul 2026]: 18%": a list's resolution date, stated as a label
    if found := event_time_horizon(text, published, context.event_dates):
        return found  # "ahead of the April 2027 elections", "by the start of the heating season", "the 2027 spring talks"
    if ("arliament" in text or "egislat" in text) and (found := parliament_horizon(
            text, published, context.event_dates, context.fiscal == "the United Kingdom", lambda: default_horizon(context).due)):
        return found  # "by the end of this Parliament": the next general election
    if found := year_period_horizon(text, published):
        return found  # "before the 2027 rainy season ends in October": that year's October, not the next
    if named := named_horizon(text, published):
        return named  # "by Christmas", "by the middle of next year", "in 2041-2060", "this century"
    if may_name_term(text) and (match := TERMS.search(text)):
        return _terms(match.group("terms"), context)
    # both may match ("in 2Q27, before prices stabilize in the second half of the year"): the claim's own time first
    found = [h for h in (range_horizon(text, published), fiscal_horizon(text, published, context.fiscal)) if h]
    if found:
        return min(found, key=lambda h: text.find(h.text) if h.text and h.text in text else len(text))
    if found := far_horizon(text, published):
        return found
    has_year = "20" in text  # every form below that names a year needs "20": most clauses skip them
    if has_year and (match := _YEAR_END.search(text)):
        year = int(match.group("year") or match.group("year2"))
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if has_year and (match := _MID_YEAR.search(text)):
        return Horizon(match.group(0), date(int(match.group("year")), 6, 30), f'"{match.group(0)}": 30 June')
    if ("Q" in text or "H1" in text or "H2" in text or "1H" in text or "2H" in text) and (found := short_period(text, published)):
        return found
    if found := half_year_horizon(text, published):
        return found  # "in the first half of 2027", "from H2 2027", "before the second half of next year"
    if has_year and (match := _MONTH_YEAR.search(text)) and match.group("month").lower() in MONTHS:
        year, month = int(match.group("year")), MONTHS[match.group("month").lower()]
        if match.group(0).lower().startswith("before ") and "end" not in match.group(0).lower():
            return Horizon(match.group(0), date(year, month, 1) - timedelta(days=1), f'"{match.group(0)}": the day before it')
        return Horizon(match.group(0), month_end(year, month), f'"{match.group(0)}": the end of that month')
    if found := bracketed_season(text, published) or calendar_horizon(text, published, SOUTHERN in context.event_dates):
        return found
    if found := year_horizon(text, published):  # "by the end of the decade", "2027 will see", "in 2027", "beyond 2027"
        return found
    if (match := _DURATION.search(text)) and not _SUPERLATIVE.search(text, 0, match.start()):
        return span_horizon(match, published, default=1)  # not "the lowest in 20 years": a look back
    if match := _YEARS_AHEAD.search(text):
        unit = match.group("unit").lower()
        months = {"years": 36, "decades": 240, "months": 6}[unit]
        return Horizon(match.group(0), add_months(published, months), f'"{match.group(0)}": {months} months '
                       f"(several {unit})")
    if (match := _SPAN.search(text)) or (match := _BARE_SPAN.search(text)):
        return span_horizon(match, published, default=None)
    if found := spoken_horizon(text, published):  # "tonight", "over the weekend", "by mid-July", "into the new year"
        return found
    if found := week_horizon(text, published):  # "later this month", "next week", "early next year"
        return found
    if match := _RELATIVE_YEAR.search(text):
        year = published.year + (1 if match.group("which").lower() == "next" else 0)
        return Horizon(match.group(0), date(year, 12, 31), f'"{match.group(0)}": the end of {year}')
    if match := _TERM_ADJECTIVE.search(text):
        if match.group("terms"):
            return _terms(match.group("terms") + " term", context)
        near = _terms("near term", context)
        if near is not None:
            words = f"{match.group('future')} future"
            return Horizon(words, near.due, f'"{words}": read as the near term, {near.reasoning.split(": ", 1)[-1]}')
    if (match := _IN_FUTURE.search(text)) and (near := _terms("near term", context)) is not None:
        return Horizon(match.group(0), near.due, f'"{match.group(0)}": vague, read as the near term',
                       flagged=f"vague horizon: {match.group(0)}")
    if match := _SOON.search(text):
        return Horizon(match.group(0), add_months(published, 12), f'"{match.group(0)}": within 12 months')
    if "season" in text and (found := seasons_ahead(text, published, context.fiscal == CROP_YEAR)):
        return found  # "within two seasons", "next season": marketing years in a commodity report, else a year each
    if match := _SEASON_AHEAD.search(text):
        # a flu, fire or growing season is months long and starts soon: six months ahead, for the reader to check
        end = add_months(published, 6)
        return Horizon(match.group(0), month_end(end.year, end.month), f'"{match.group(0)}": six months ahead',
                       flagged=f"season: check when {re.sub(r'^[a-z]+ ', '', match.group(0))} ends")
    if found := day_horizon(text, published):
        return found
    if (match := _MONTH_ALONE.search(text)) and match.group("month").lower() in MONTHS \
            and not _DONE_BEFORE.search(text, 0, match.start()):  # "the price announced in October": a past act's month
        month = MONTHS[match.group("month").lower()]
        year = published.year if month >= published.month else published.year + 1
        words = match.group(0)
        if (other := (match.group("other") or "").lower()) in MONTHS and len(other) > 2:
            # the later of two months: the first's next occurrence, the second's after it (or in the year named)
            later = MONTHS[other]
            year = int(match.group("year")) if match.group("year") else year + (later < month)
            month = later
        elif other:  # "in March and prices": one month
            words = text[match.start():match.start("either")]
        end = month_end(year, month)
        days = sorted({day for day in context.event_dates.values() if (day.year, day.month) == (year, month)})
        if len(days) == 1:
            # "turnout will fall to 58% next May" where the document dates its election 6 May: that day decides it
            return Horizon(words, days[0], f'"{words}": the day in that month the document '
                           f"dates an event, {days[0].isoformat()}", flagged=f"event date in {match.group('month')}: check it")
        return Horizon(words, end, f'"{words}": the next {match.group("month")} after publication' if words == match.group(0)
                       or other not in MONTHS else f'"{words}": the end of the later month, {end.isoformat()}')
    if found := more_horizon(text, published) or occasion_horizon(text, context.event_dates, lambda: default_horizon(context).due):
        return found
    if (match := _EVENT.search(text)) and not past_event(match.group("event"), context.published):
        return _event(match, text, context)
    return None


def _event(match: re.Match, text: str, context: HorizonContext) -> Horizon:
    event = " ".join(match.group("event").split())
    # A date in the sentence itself ("the elections (25 February 2024)") beats one found elsewhere.
    stated = [d for d, _ in dates_in(text) if d >= context.published]
    noun = event_key(match.group("noun"))  # "the run-off" is dated by "a second round on 25 October"
    known = context.event_dates.get(noun)
    due = stated[-1] if stated else known
    if due is None:
        fallback = default_horizon(context)
        return Horizon(event, fallback.due, f'event "{event}": no date for it in the document, defaulted',
                       flagged=f"event horizon: {event}")
    return Horizon(event, due, f'event "{event}": dated {due.isoformat()} by the document',
                   flagged=f"event horizon: {event}")
