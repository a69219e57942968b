"""Verbs a question puts back in the base form: a gerund clause a chance is put on, and a claim in the present.

"the chance of the bank cutting rates" -> "Will the bank cut rates", not "Will there be the bank cutting rates";
a scenario written in the present, "the rate stays between 2% and 3%" -> "Will the rate stay between 2% and 3%".

A stated probability or a risk names its event as "of X V-ing Y"; the existential question ("there be") cannot ask
that. The clause's subject (a noun phrase opening with "the", "its", "their" or a name) becomes the question's,
and the verb goes back to its base form by the spelling rules of English ("cutting" -> "cut", "making" -> "make",
"reducing" -> "reduce", "returning" -> "return").
"""

from __future__ import annotations

import re

#: "[chances of] the bank cutting rates", "Ruiz winning a second term": a subject, then a verb in "-ing".
_GERUND_CLAUSE = re.compile(
    r"^(?:(?:the\s+)?(?:chances?|odds|risk|probability|likelihood|possibility|prospect)\s+of\s+)?"
    # ("at least one storm making landfall": a counted subject likewise)
    r"(?P<subject>(?:the|its|their|(?:at\s+(?:least|most)\s+)?(?:one|two|three|four|five|\d+)|at\s+least\s+an?)\s+"
    r"(?:(?!(?:the|a|an|of|in|on|for|to|by|with|and|or)\s)[\w’'.-]+\s+){0,3}?"
    r"(?!(?:the|a|an|of|in|on|for|to|by|with|and|or)\s)[\w’'-]+"
    r"|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})"
    r"\s+(?P<verb>(?-i:[a-z]){2,}ing)(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE)
#: Words in "-ing" that are nouns after a noun ("the government spending cuts", "the party funding rules").
_NOUNS = {"spending", "funding", "building", "meeting", "housing", "training", "fighting", "bombing", "shipping",
          "lending", "pricing", "warning", "ceiling", "polling", "rating", "setting", "hearing", "ruling", "bidding",
          "planning", "manufacturing", "banking", "mining", "farming", "fishing", "trading", "offering", "opening",
          "earnings", "savings", "listing", "booking", "landing", "parking", "morning", "evening", "thing", "king",
          "spring", "string", "wing", "ring", "bring", "sing", "ping", "filing", "lobbying", "reporting", "borrowing"}
_SECOND_GERUND = re.compile(r"(\b(?:and|or)\s+(?:the|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+((?-i:[a-z]){2,}ing)\b")
#: Verbs whose base form ends in a doubled consonant, which the doubling rule would undo.
_DOUBLED_BASE = {"boycott", "add", "odd", "err", "purr", "butt", "putt"}
#: Stem endings after which the base form has a silent "e" ("reduc-ing" -> "reduce"), tried in order.
_SILENT_E = re.compile(r"(?:[vzcu]|[^aeiou][aeiou]k|(?<!c)[aeiouy]s|(?<=^)us|[^aeiou][au]t|iat|creat|(?:un|inv|ign|exc|wr|rec)it|(?<=^)vot|"
                       r"promot|[^aeiou][aiu]r|uir|(?:re)?stor|ignor|explor|scor|[^aeiou]l|[^aeiou][iuo]l|ul|[^aeiou]in|om|[^aeiou][ia]m|"
                       r"[^aeiou]ap|[^aeiou]id|uid|[^aeiou][uoa]d|uad|ib|[^aeiou]ag|ath|[rnp]s|dg|rg|.[ae]ng)$")


def gerund_clause(body: str) -> tuple[str, str] | None:
    """``(subject, base-form predicate)`` of "the bank cutting rates" after an existential "be", or None."""
    if "ing" not in body:
        return None
    found = _GERUND_CLAUSE.match(body)
    if not found or found.group("verb").lower() in _NOUNS or not found.group("rest") and found.group("subject")[:1].isupper():
        return None  # "a US filing": after a bare name, a final "-ing" word is a noun
    rest = found.group("rest") or ""
    if " and " in rest or " or " in rest:  # "the regime collapsing and the country democratising": both clauses
        rest = _SECOND_GERUND.sub(lambda m: f"{m.group(1)} {base_form(m.group(2))}", rest)
    return found.group("subject"), f"{base_form(found.group('verb'))} {rest}".strip()


def base_form(verb: str) -> str:
    """The base form of a verb in "-ing": "cutting" -> "cut", "making" -> "make", "rallying" -> "rally"."""
    stem = verb[:-3]
    if stem in _DOUBLED_BASE or len(stem) < 2:
        return stem or verb
    if stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]  # "cutting", "winning", "stopping"
    if stem.endswith("ll"):
        return stem if len(stem) <= 4 else stem[:-1]  # "falling", "calling"; "cancelling", "controlling"
    if stem.endswith("e") or stem.endswith("y") or stem.endswith("ss"):
        return stem  # "seeing", "rallying", "passing"
    return stem + "e" if _SILENT_E.search(stem) else stem


#: A claim in the present with a singular subject opening with an article or a possessive, its verb followed by
#: what completes it (a preposition, an article, a number, an adverb): "the rate stays between 2% and 3%". Not a
#: plural noun taken for the verb: "the country's exports grow" (no word of the subject ends in a plain "-s", and
#: "grow" completes nothing).
_PRESENT_CLAIM = re.compile(
    r"^(?P<subject>(?:the|a|an|its|their)\s+(?:(?!\S*(?-i:[a-z])(?<![su's’])s\s)[\w’'%&-]+\s+){0,5}?"
    r"(?!\S*(?-i:[a-z])(?<![su's’])s\s)[\w’'&-]+)\s+"
    r"(?P<verb>(?-i:[a-z]){2,}(?<![su])s)(?=\s+(?:between|above|below|at|by|to|in|on|from|into|over|under|through|"
    r"within|around|near|the|a|an|its|their|his|her|[$£€]|\d+|\w+ly\b|higher|lower|up|down|out|off|back|steady|"
    r"stable|flat|unchanged|firm|intact|power|office|control)\b)", re.IGNORECASE)


#: The same, its verb followed by anything, for a clause a later "this will continue" points at: the subject's last
#: word is no possessive ("the ministry's figures show": "figures" is no verb).
_PRESENT_FACT = re.compile(
    r"^(?P<subject>(?:the|a|an|its|their)\s+(?:(?!\S*(?-i:[a-z])(?<![su's’])s\s)[\w’'%-]+\s+){0,5}?"
    r"(?!\S*(?-i:[a-z])(?<![su’'])s\s)[\w-]+)\s+(?P<verb>(?-i:[a-z]){2,}(?<![su])s)\s+(?P<rest>\S.*)$", re.IGNORECASE)


def continued_clause(clause: str) -> tuple[str, str] | None:
    """``(subject, "continue to V ...")`` of a present clause ("The regime uses proxies abroad"), or None."""
    found = _PRESENT_FACT.match(clause) if " " in clause else None
    if not found or found.group("verb").lower() in _NOT_VERBS:
        return None
    base = present_clause(f"{found.group('subject')} {found.group('verb')} the")
    rest = found.group("rest").rstrip(" .;:,")
    return (found.group("subject"), f"continue to {base[1][:-4]} {rest}") if base else None


def present_clause(claim: str) -> tuple[str, str] | None:
    """``(subject, base-form predicate)`` of a claim written in the present ("the rate stays below 3%"), or None."""
    found = _PRESENT_CLAIM.match(claim)
    if not found or found.group("verb").lower() in _NOT_VERBS:
        return None
    verb = found.group("verb")
    if verb.endswith("ies") and len(verb) > 4:
        base = verb[:-3] + "y"  # "carries"
    elif re.search(r"(?:ss|sh|ch|x|zz|o)es$", verb):
        base = verb[:-2]  # "pushes", "goes"
    else:
        base = verb[:-1]  # "stays", "rises"
    return found.group("subject"), f"{base}{claim[found.end('verb'):]}"


#: Words in "-s" after a noun phrase that are not its verb: "the year's", "the news", "its series".
_NOT_VERBS = {"news", "series", "species", "means", "its", "this", "has", "is", "was", "does", "his", "us", "as",
              "plus", "minus", "versus", "thus", "bus", "gas", "yes", "less", "always", "perhaps", "whereas"}


#: "overstate how transferable X", "knows where the index": a verb, then an embedded question up to the modal.
EMBEDDED_WH = re.compile(r"\b(?-i:[a-z]{3,})\s+(?:how|where|whether|what)\s+(?:[\w’'&.-]+\s+){0,6}?[\w’'&.-]+\s*$",
                         re.IGNORECASE)
#: (not "be still higher", where "still" means "even" and stays after "be")
_AFTER_BE = re.compile(r"^be\s+(still|already|no\s+longer)\s+(?!(?:more|less|higher|lower|greater|larger|smaller|bigger|"
                       r"better|worse|faster|slower|stronger|weaker|further)\b)")


def adverb_first(predicate: str) -> str:
    """ "be still president" -> "still be president": a claim in the present ("X is still president") put after "Will"
    keeps the adverb where English puts it, before "be"."""
    adverb = _AFTER_BE.match(predicate)
    return f"{adverb.group(1)} be {predicate[adverb.end():]}" if adverb else predicate


def listed_clause(body: str) -> tuple[str, str] | None:
    """``(subject, base-form predicate)`` of a line an existential "be" was put before ("be The index ends the year
    higher"): its capital kept, no preposition or "-ing" word in the subject ("be The use of arms in X" is a noun phrase,
    "arms" no verb)."""
    found = present_clause(body[0].lower() + body[1:]) if body[:1].isupper() else None
    return found if found and not _NOT_A_SUBJECT.search(found[0]) else None


_NOT_A_SUBJECT = re.compile(r"\s(?:of|in|for|on|at|with)\b|ing\b")
