"""The name of the body a masthead prints: an organisation's name in a line of the cover, in capitals or in sentence
case, a title naming its publisher before a dash, a bank on a line of its own, a name in bold before a middle dot.

``find_publisher`` reads these on the first lines of a document (and, in capitals, on its last ones) when no known
publisher, citation or stated issuer names it: the cover is where a body prints its own name, so a name found there is
the publisher, while the same name in the body's prose is one it cites.
"""

from __future__ import annotations

import re

from tracker.extract.letterhead import SPONSOR

_I = re.IGNORECASE

#: An organisation's name: capitalised words ending in a word for a body ("... Forecasting Group").
_ORGANISATION = re.compile(r"""
    (?<![\w-]) (?: (?: (?: [A-Z][\w’'&-]+ | of | the | and | for | on ) \s+ ){0,6}
    [A-Z][\w’'&-]+ \s+ | (?= (?: Ministry | Department | Office | Bureau | Directorate | Institute | Centre | Center
      | Council | Committee | Agency | Commission ) \s+ (?: of | for ) \s ) )
    (?: Group | Institute | Agency | Service | Council | Centre | Center | Office | Ministry | Department
      | Organi[sz]ation | Foundation | Committee | Command | Directorate | Bureau | Commission | Unit | Forum
      | Alliance | Association | Network | Society | Chamber | Panel
      # a forecasting or research firm's collective names: "... Forecasting Collective", "... Climate Lab"
      | Collective | Cooperative | Co-operative | Consortium | Lab | Labs )
    (?: \s+ (?: of | for ) (?: \s+ the )? (?: \s+ (?! (?: The | A | An | This | These | In | On | At )\b ) [A-Z][\w’'-]+ ){1,4}
        (?: \s+ and (?: \s+ [A-Z][\w’'-]+ ){1,2} (?! \s+ [A-Z] ) )? )?
    (?![\w-])
""", re.VERBOSE)


#: A masthead line in capitals naming a body: "STATE PROTECTION SERVICE OF THE REPUBLIC OF X", or the body at the
#: end of a title line ("ANNUAL REPORT OF THE FEDERAL INTELLIGENCE SERVICE").
_CAPS_BODY = r"(?:GROUP|INSTITUTE|AGENCY|SERVICE|COUNCIL|CENTRE|CENTER|OFFICE|MINISTRY|DEPARTMENT|ORGANI[SZ]ATION|" \
             r"FOUNDATION|COMMITTEE|COMMAND|DIRECTORATE|BUREAU|COMMISSION|FORUM|POLICE|BOARD|AUTHORITY|ALLIANCE|ASSOCIATION|" \
             r"NETWORK|SOCIETY|FUND|[A-Z]*BANK|SECRETARIAT|PROGRAMME|CITY|COUNTY|MUNICIPALITY|CHAMBER|PANEL)"
_CAPS_ORGANISATION = re.compile(rf"""
    ^ [ \t#*]* (?: .*? \b (?: OF | BY | FROM ) [ \t]+ (?: THE [ \t]+ )? | [^\n]*? \S [ \t]{{3,}} )?  # "Page 4      NAME": a footer
    (?P<name> (?: [A-Z][A-Z’'&-]+ [ \t]+ (?: (?: AND | FOR | ON ) [ \t]+ )? ){{0,5}} {_CAPS_BODY}
      (?: [ \t] (?: OF | FOR | AND | THE | [A-Z][A-Z’'&-]+ ) ){{0,6}} )
    [ \t*]* (?: [ \t]{{3,}} .* )? $""", re.VERBOSE | re.MULTILINE)
_SMALL_WORDS = {"OF", "THE", "AND", "FOR", "ON"}


def capital_organisation(text: str) -> str | None:
    """The body a masthead line in capitals names, in the case a sentence would print it."""
    # "PRESENTED BY EUROPEAN GRID ALLIANCE": a sponsor's line names who paid for a slot, not who publishes
    match = next((found for found in _CAPS_ORGANISATION.finditer(text) if not SPONSOR.match(found.group(0))), None)
    if match is None:
        return None
    words = match.group("name").split()
    # Three letters or fewer, no vowel: an acronym kept as printed ("UK", "NSC").
    return " ".join(word.lower() if word in _SMALL_WORDS and index else
                    word if len(word) <= 3 and not set(word) & set("AEIOU") else
                    "-".join(part.capitalize() for part in word.split("-"))
                    for index, word in enumerate(words))


#: A title naming its publisher before a dash: "# Halvorsen Re — Global Reinsurance Risk Outlook 2027",
#: 'title: "Team Lantern — Forecasts: Tech & Policy"'. The part after the dash says what kind of document it is.
TITLE_PUBLISHER = re.compile(r"""^ (?: \#{1,3} [ \t]+ | title: [ \t]* ["']? )
    (?P<name> [A-Z][\w’'&.-]* (?: [ \t]+ [A-Z][\w’'&.-]* ){0,3} ) [ \t]+ [—–-] [ \t]+
    (?= [^\n]* \b (?: Outlook | Forecasts? | Report | Assessment | Review | Brief(?:ing)? | Update | Bulletin
        | Monitor | Newsletter | Predictions | Scenarios ) \b )""", re.VERBOSE | re.MULTILINE)


#: A bank named on a masthead line of its own: "Central Bank of the Republic of Norland", "**Central Bank of
#: Cyprus** · Financial Stability Department" (in a sentence, "The Bank of England thinks ...", it is cited).
BANK_LINE = re.compile(r"^[ \t*_#]*(?P<name>(?:[A-Z][\w’'-]+[ \t]+){0,4}Bank(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w’'-]+){1,3}){0,2})"
                       r"[ \t*_]*(?:[·|•—–,]|$)", re.MULTILINE)
#: A masthead line opening with a name in bold before a middle dot: "**Harbourline Re** · Group Risk Research ·
#: Zurich, 4 December 2026" (not a byline "... · by Dana Whitfield", which names the writer, nor a label "**Contact** ·
#: Analyst: ...").
#: A link's address may hold a colon ("[Calibrated Takes](https://...)"); a label's colon outside one still ends it.
#: Or a bold line of two names, the body's in two languages: "**National Defence | Défense nationale**".
BOLD_MASTHEAD = re.compile(r"^[ \t]*\*\*(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+(?:and|of|for|[A-Z][\w’'&.-]*)){1,4})(?:\*\*[ \t]*[·•|](?![^\n]*\bby[ \t])"
                           r"(?:[^\n:(]|\([^)\n]*\))*|[ \t]+[|·•][ \t]+[A-Z][^*\n:|·•]{2,60}\*\*[ \t]*)$", re.MULTILINE)


#: The opening of a question ("Will the ..."): a body named after it is asked about, not a masthead's.
_ASKED = re.compile(r"\b(?:Will|Would|Can|Could|Should|Shall|Does|Did|Is|Are|Has|Have)\s+(?:(?:the|a|an)\s+)?$")


def organisation(text: str) -> str | None:
    """The first organisation ``text`` names in sentence case ("Northbridge Forecasting Group"): only the body when a
    phrase runs into it ("Situation Report of the Federal Intelligence Service"); None if it names none."""
    # "Will the US Commerce Department add ...?": a body a question asks about (a digest's bold question) is no publisher
    match = next((found for found in _ORGANISATION.finditer(text)
                  if not _ASKED.search(text[max(0, found.start() - 16):found.start()])
                  and not _ASKED.search(found.group(0).split()[0] + " ")), None)
    if match is None:
        return None
    name = re.sub(r"^(?:(?:of|the|and|for|on)\s+)+", "", match.group(0).strip(), flags=_I)
    # "HOW TO READ OUR ASSESSMENTS The Bureau": a heading run into the name is no part of it
    name = re.sub(r"^(?:[A-Z][A-Z&'’-]+\s+){2,}(?=[A-Z][a-z])", "", name)
    # An all-capital masthead ("FEDERAL INTELLIGENCE SERVICE") is not matched; a sentence-case phrase that
    # starts with an ordinary word ("Situation Report of the Federal Intelligence Service") keeps only the body.
    inner = re.search(r"\b(?:of|by|from)\s+(?:the\s+)?([A-Z].*)$", name)
    return (inner.group(1) if inner and _ORGANISATION.search(inner.group(1)) else name).strip()
