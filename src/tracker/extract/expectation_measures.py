"""A measured claim in the shapes besides "X to VERB": a measure and its level ("a surplus of 0.3 percent of GDP
this year", "growth of 2.1 percent for 2026"), a count of events ("65 to 75 more listings in the final four months"),
an object at a level ("August-September rainfall at 94pc of the LPA") and "to see more cases of X".

reported_expectation.py states each as the holder's point forecast; these patterns say what the shape is and when it
is a forecast (dated, not compared with a figure given elsewhere, in the current publication rather than a past year's).
"""

from __future__ import annotations

import re

#: "a slightly smaller crop of", "a larger surplus of": a change against another figure, which the sentence's context
#: gives (the labelled reports cite such figures as background, not as a forecast).
#: (nouns ending in "-er" are no comparatives: "core consumer inflation", "producer prices", "power demand")
_COMPARED = re.compile(r"\b(?:(?!(?:consumer|producer|power|water|order|winter|summer|quarter|number|other|border|member|"
                       r"paper|timber|copper|silver|container|lender|retailer|manufacturer|customer|owner|user|buyer|seller|"
                       r"partner|shipper|exporter|importer|refiner|fertili[sz]er|passenger|computer|labour|labor)\b)\w+er|more|less|"
                       r"slightly|somewhat|much)\b", re.IGNORECASE)
#: "a surplus of 0.3 percent of GDP this year", "growth of 2.1 percent for 2026", "a shortfall of around 20,000
#: engineers by 2030", "CPI inflation of 3.1% in the third quarter": a measure, its level, its time.
_NOUN_FIGURE = re.compile(r"""^ (?P<measure> (?: (?: an? | another ) \s+ )? (?! the \b | its \b | their \b | no \b )
    (?: [\w’'/-]+ \s+ ){0,3}? [\w’'/-]+ ) \s+ of \s+
    (?P<level> (?: (?: about | around | roughly | some | just | only | at \s+ least | more \s+ than | up \s+ to | as \s+ much \s+ as
        | nearly | almost | close \s+ to | over | under | between ) \s+ )?
        [$€£]? \d [\d.,]* \s* (?: % | per \s* cent | percent | / [a-z]+ (?= \s | $ ) | [a-z]+ (?= \s | $ ) )? (?: \s+ (?: to | and ) \s+ [$€£]? \d [\d.,]* \s* (?: % | per \s* cent | percent )? )?
        (?: \s+ (?! in \b | by \b | for \b | this \b | next \b | over \b | during \b | until \b ) [\w’'-]+ ){0,4}? )
    (?P<rest> \s+ (?: this | next | in | by | for | over | during | until | at \s+ the \s+ end ) \b [^;]* )? $""",
                         re.IGNORECASE | re.VERBOSE)


#: "In its October outlook report, the Bank projected X of 2.1 percent for 2027": the publication the projection is
#: in, the current one (a past year named, "In its 2019 report,", recalls an old projection).
_IN_PUBLICATION = re.compile(r"\b(?:in|with)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:report|outlook|bulletin|projections?|forecasts?|"
                             r"update|review|statement|survey)\b", re.IGNORECASE)
_IN_PAST_YEAR = re.compile(r".*\b(?:19\d\d|20[01]\d|202[0-5])\b", re.IGNORECASE | re.DOTALL)
#: "growth of 1.4% in 2027", "real GDP growth of 1.5 percent in 2026", "inflation of 2.1 percent next year": a
#: named body's measure with no article, dated (not "returns of 5%": no time; not "the rate of 3%": determined).
_BARE_MEASURE = re.compile(r"^(?!the\b|its\b|their\b|his\b|her\b|this\b|that\b|some\b|no\b)[a-z\d][\w’'/-]*(?:\s+[\w’'-]+){0,3}$", re.IGNORECASE)
#: "2026/27 output", "2027 growth": a measure dated by the season or year it is for, standing first.
_DATED_MEASURE = re.compile(r"^(?:20\d\d(?:/\d\d)?|FY\s*20\d\d)\s+[a-z]", re.IGNORECASE)
_AHEAD_YEAR = re.compile(r"\b(?:in|for|by|during)\s+(?:the\s+(?:end|first|second)\s+(?:half\s+)?of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?20\d\d\b|"
                         r"\bnext\s+year\b|\bthis\s+year\b", re.IGNORECASE)


_NUMBER_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
#: "65 to 75 more listings in the final four months", "about 40 new plants by 2030": a count of things or events, timed.
_COUNTED = re.compile(rf"""^ (?P<count> (?: (?: about | around | roughly | some | between | up \s+ to | at \s+ least | more \s+ than
        | as \s+ many \s+ as ) \s+ )? {_NUMBER_WORD} (?: \s* (?: to | - | – | and ) \s* {_NUMBER_WORD} )? (?: \s+ (?: million | billion ) )? )
    \s+ (?P<noun> (?: (?: more | new | further | additional | fewer | other ) \s+ )? (?: [a-z][\w-]* \s+ ){{0,2}}? [a-z][\w-]*s ) \b
    (?P<rest> \s+ (?: in | by | over | during | this | next | before | until | through | within | for ) \b [^;,]* ) $""", re.IGNORECASE | re.VERBOSE)
_COUNT_TIME = re.compile(r"\b(?:20\d\d|years?|months?|quarters?|season|weeks?)\b", re.IGNORECASE)
#: Nouns that measure a time or a multiple, not a count of events: "expects 12 months of ...", "10 times".
_NOT_COUNTED = frozenset({"years", "months", "weeks", "days", "times", "hours", "decades", "quarters"})
#: "rainfall at 94pc of the LPA", "Brent around $70 a barrel": an object, then its level (a quantity with a unit).
_AT_LEVEL = re.compile(r"""^ (?P<object> (?! (?: it | that | this | them | us | him | her ) \b ) (?: the \s+ )? (?! the \b ) (?: [\w’'/-]+ \s+ ){0,4}? [\w’'/-]+
        # what the measure covers, in brackets: "core CPI (all items less fresh food)"
        (?: \s+ \( [^()]{2,60} \) )? ) \s+
    (?P<how> at | around | near ) \s+ (?P<level> (?: (?: about | around | roughly | some | just ) \s+ )?
        (?: [$€£] \s* \d [\d.,]* | \d [\d.,]* \s* (?: % | pc \b | per \s* cent | percent | (?: million | billion ) \b ) ) [^,;]* ) (?: , .* )? $""",
                       re.IGNORECASE | re.VERBOSE | re.DOTALL)
#: "to see more cases of X", "to see a further rise in Y": what the holder expects there will be (not "to see the minister").
_TO_SEE = re.compile(r"^to\s+see\s+(?P<what>(?:more|fewer|further|continued|increased|rising|higher|lower|growing|"
                     r"an?\s+(?:further\s+)?(?:increase|rise|fall|decline|drop|surge|wave|spike|number|growth|return|recovery)\b|\d)[^;]*?)[.]?$",
                     re.IGNORECASE)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)"
_PERIOD_FIRST = re.compile(rf"^(?P<period>{_MONTH}(?:\s*[-–]\s*{_MONTH})?)\s+(?P<measure>[a-z].*)$")
_COMING = re.compile(r"\b(?:the\s+)?(?:coming|next|following)\s+(?:\w+\s+)?(?:year|months|quarters?|season|weeks)\b", re.IGNORECASE)
