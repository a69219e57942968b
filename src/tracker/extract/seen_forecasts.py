""""X seen -ing": the wire and market headline's forecast, "Cocoa seen sliding below $5,000/t by mid-2027".

Market desks write a consensus expectation as "X (is) seen" with a present participle: "Oil seen rising to $90
next year", "Copper prices are seen holding above $9,000 through 2027". It says what analysts expect, the reading
of "X is expected to slide ...": the sentence is restated so, and the estimative grammar reads it like any other.
Only a measure's movement or level (a verb of change or of holding) with a number or a time ahead qualifies:
"Protesters seen marching in the capital", "The minister was seen leaving" report what somebody saw.
"""

from __future__ import annotations

import re

from tracker.extract.expected_should import MEASURED

_FLAGS = re.IGNORECASE | re.VERBOSE
_SEEN = re.compile(r"""
    ^ (?P<lead> \W* )
    (?P<subject> (?! (?: it | this | that | there | we | i | they | he | she | which | who ) \b ) [^,;:]{2,80}? )
    \s+ (?P<copula> (?: is | are ) \s+ )? (?: (?: widely | now | still | also | largely | broadly ) \s+ )? seen \s+
    (?P<verb> [a-z]+ing ) \b (?P<rest> .* ) $""", _FLAGS)
#: Verbs of a measure's movement or level, the only ones a forecast desk "sees" a market doing.
_MOVES = frozenset("""rise fall slide climb ease dip drop decline slip slow grow gain lose hit top reach stay remain
    hold hover peak bottom edge rebound recover soften firm tighten widen narrow average plunge surge jump soar sink
    tumble double halve exceed extend trend trade end stabilise stabilize improve worsen moderate accelerate
    decelerate increase decrease shrink contract expand outpace lag overtake return continue retreat cool heat""".split())
#: Stem endings that take a silent "e" back: reduc(e), edg(e), driv(e), surg(e), doubl(e), increas(e), continu(e).
_SILENT_E = re.compile(r"(?:c|dg|v|z|u|rg|[bcdfgkptz]l|(?:ea|au|ai|oi|ou)s|chang|rang|lung"
                       r"|(?:^|[^aeiou])[aeiou][bdgkmnprstz])$")
#: Unstressed endings that keep no "e": "hover", "widen", "abandon", "limit", "target", "level", "monitor".
_NO_E = ("er", "en", "on", "it", "et", "al", "el", "ol", "or", "om")


def base_form(participle: str) -> str:
    """The bare verb of an "-ing" participle: "sliding" -> "slide", "hitting" -> "hit", "falling" -> "fall"."""
    stem = participle[:-3]
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # "hitting", "topping", "slipping": the consonant doubled for the suffix
    return stem + "e" if _SILENT_E.search(stem) and not (len(stem) > 4 and stem.endswith(_NO_E)) else stem


def seen_as_expected(text: str) -> str | None:
    """"Cocoa seen sliding below $5,000/t by mid-2027" as "Cocoa is expected to slide below $5,000/t by mid-2027",
    or None when the sentence is no forecast desk's "seen -ing"."""
    if "seen " not in text or (match := _SEEN.match(text.rstrip())) is None:
        return None
    if base_form(match.group("verb").lower()) not in _MOVES \
            or not MEASURED.search(match.group("rest")) or not match.group("subject")[:1].isalnum():
        return None  # "Protesters seen marching": somebody saw it; no measure, no forecast
    copula = match.group("copula") or ("are " if re.search(r"[^su]s$", match.group("subject")) else "is ")
    return (f"{match.group('lead')}{match.group('subject')} {copula.strip()} expected to "
            f"{base_form(match.group('verb')).lower()}{match.group('rest')}")
