"""Speakers named by the words around a judgement rather than by a verb of saying: "In his view, X is likely", "In
the opinion of the chief economist, ...", "Climate projections cited by the Met Office indicate that ...", and the
person a later "he", "she" or "one" takes up when the sentence before names them as its subject without a verb of
saying ("The governor spoke on Monday.", "Board member Ingrid Sola dissented.", "At the other end, Nordbank's Ana
Ruiz sees ...").
"""

from __future__ import annotations

import re

#: "In his view, X is likely", "In the opinion of the chief economist, X will": whose view the opening names.
_IN_VIEW = re.compile(r"""^ \W* in \s+ (?: (?P<owner> his | her | their ) \s+ (?: own \s+ )? | the \s+ )
    (?: view | opinion | judgement | judgment | estimation ) (?: \s+ of \s+ (?P<named> (?! us\b | the\s+authors\b ) [^,]{3,60}? ) )? \s* , \s""",
                     re.VERBOSE | re.IGNORECASE)
_OWNER = {"his": "he", "her": "she", "their": "they"}
#: "Climate projections cited by the Met Office indicate that X is likely": the body whose projections they are.
_CITED_BY = re.compile(r"""^ \W* (?: [\w’'-]+ \s+ ){0,3}? (?: projections? | forecasts? | models? | estimates? | scenarios? | modelling )
    \s+ (?: cited | published | produced | prepared | issued | run ) \s+ by \s+ (?P<owner> (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]*
    (?: \s+ (?: of \s+ )? (?-i: [A-Z] ) [\w’'.&-]* ){0,5} ) \s+ (?: indicate | show | suggest | project | predict ) s? \s+ that \s""",
                       re.VERBOSE | re.IGNORECASE)
#: "Environment Canada's climate scenarios indicate that X is projected to rise": the body whose projections they are,
#: named by its possessive.
_OWNED_SHOW = re.compile(r"""^ \W* (?P<owner> (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?: and \s+ | of \s+ | for \s+ )? (?-i: [A-Z] ) [\w’'.&-]* ){0,6} )
    ['’] s? \s+ (?: [\w-]+ \s+ ){0,2}? (?: projections? | forecasts? | models? | scenarios? | estimates? | modelling | outlooks? )
    \s+ (?: indicate | show | suggest | project | predict ) s? \s+ that \s""", re.VERBOSE)
#: A person by role opening a sentence: "The governor", "The committee's chair", "A senior EU diplomat".
_ROLE_SUBJECT = re.compile(r"""^ \W* (?P<speaker> (?: (?: the | a | an | one ) \s+ (?: [\w’'.-]+ \s+ ){0,3}?
    # or a title before a name: "Board member Ingrid Sola", "Deputy governor Per Holm"
    | (?= [\w’'.-]+ \s+ (?: [\w’'.-]+ \s+ )? (?: member | governor | minister | chair | director | commissioner ) \s+ (?-i: [A-Z] ) )
      (?-i: [A-Z] ) [\w’'.-]* \s+ (?: [\w’'.-]+ \s+ )? ) (?: member | governor | minister
    | chair | chairman | chairwoman | chairperson | chief | spokes(?: man | woman | person ) | economist | director | secretary
    | ambassador | commissioner | official | diplomat | analyst | strategist | president | premier | leader | mayor | head
    | executive | negotiator | envoy | adviser | advisor | spokesperson | forecaster | researcher | professor )
        (?: \s+ (?-i: [A-Z] ) [\w’'.-]* (?: \s+ (?-i: [A-Z] ) [\w’'.-]* ){0,2} )? )   # "the finance minister Anna Berg"
    (?: \s+ (?: of | at | for ) \s+ (?: the \s+ )? (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?-i: [A-Z] ) [\w’'.&-]* ){0,4} )?
    \s+ (?: has \s+ | had \s+ | also \s+ )? (?: spoke | wrote | gave | took | made | met | led | [a-z]+ed ) \b""", re.VERBOSE | re.IGNORECASE)
#: A person by name, with the firm they speak for, after an opening: "At the other end, Nordbank's Ana Ruiz sees".
_NAMED_SUBJECT = re.compile(r"""^ \W* (?: [^,]{3,40} , \s+ )? (?P<speaker> (?: [A-Z][\w.’'&-]* \s+ (?: & \s+ )? ){0,4}
    [A-Z][a-z’'-]+ \s+ [A-Z][a-z’'-]+ ) \s+ (?: (?: also | now | still ) \s+ )? (?: is | was | has | had | sees | expects
    | forecasts | argues | says | said | wrote | writes | told | thinks | believes | predicts | puts | [a-z]+ed
    # the person's post: "Carlos Raman heads the port authority. He expects ..."
    | heads | leads | runs | chairs | directs | manages | oversees | advises | covers | tracks | became | spoke | speaks ) \b""", re.VERBOSE)


def view_owner(clause: str, anchor: int) -> str | None:
    """Whose view an opening before the judgement at ``anchor`` names: "he" for "In his view,", a body for
    "projections published by X suggest that", or None."""
    if ("view" in clause[:40] or "opinion" in clause[:40]) and (match := _IN_VIEW.match(clause)) and match.end() <= anchor + 1 \
            and (match.group("owner") or match.group("named")):
        return _OWNER[match.group("owner").lower()] if match.group("owner") else match.group("named")
    if " by " in clause[:anchor] and (match := _CITED_BY.match(clause)) and match.end() <= anchor + 1:
        return match.group("owner")
    # (a plain "will" under it, "X's baseline projection indicates that it will start to decline", is the authors' reading
    # of the projection, as before)
    if ("'s " in clause[:anchor] or "’s " in clause[:anchor]) and not re.match(r"will\b", clause[anchor:], re.IGNORECASE) \
            and (match := _OWNED_SHOW.match(clause)) and match.end() <= anchor + 1:
        owner = match.group("owner")
        return owner[:1].lower() + owner[1:] if owner.startswith("The ") else owner
    return None


def subject_person(sentence: str) -> str | None:
    """The person ``sentence`` names as its subject, by role or by name, for a pronoun in the next one."""
    match = _ROLE_SUBJECT.match(sentence) or _NAMED_SUBJECT.match(sentence)
    return match.group("speaker") if match and not re.search(r"\band\b", match.group("speaker")) else None
