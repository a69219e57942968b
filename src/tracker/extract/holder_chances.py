"""A named holder's chance in words, in reported speech or as the holder's view: "the minister said there is little
chance of a deal before March", "Most economists see little risk that inflation returns this year", "Several
analysts saw a high probability of a default in 2027", "the committee sees a rate cut as more likely than not next
quarter", "Traders view a strike as unlikely before the summer".

News relays others' judgements of a chance with a degree word and no number: "X said there is/was little chance of
Y", "X see(s)/saw little chance of Y", and the holder's appraisal of an event "X sees Y as likely / more likely than
not". The authors' own forms ("there is little chance", "we see little chance") are read by the main grammar; these
forms put a third party before them, which is the speaker kept with the judgement. A pronoun holder ("he said there
was", "they see") stays unnamed. A word of chance without a degree ("sees a chance of") is no judgement of its
size and is left; "sees X as a risk / a threat / a priority" is no chance at all.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: The degree of a chance noun, as the plain-reader scale names it.
_DEGREE = {"little": "little chance", "very little": "highly unlikely", "scant": "little chance", "slim": "little chance",
           "low": "unlikely", "small": "unlikely", "slight": "unlikely", "limited": "unlikely", "very low": "highly unlikely",
           "no real": "highly unlikely", "high": "likely", "strong": "likely", "very high": "highly likely",
           "considerable": "realistic possibility", "good": "likely", "real": "realistic possibility"}
#: The holder: a name or a noun phrase ("Most security analysts", "the board", "BOK Governor Kim"), never a pronoun.
_HOLDER = r"""(?P<holder> (?! (?: we | i | our | my | it | they | he | she | this | that | there | which | who | you ) \b )
    (?: (?: most | many | some | several | few | the | local | two | three | four | five | a \s+ few ) \s+ )?
    [\w’'.&-]+ (?: \s+ (?! (?: said | says | see | sees | saw | view | views | viewed | regard | regards | regarded
        | is | are | was | were | had | has | have ) \b ) [\w’'.&-]+ ){0,6}? )
    (?: \s* , \s+ [^,;]{2,80} , )?"""
_DEGREE_WORDS = r"""(?P<degree> (?: very \s+ )? (?: little | scant | slim | low | small | slight | limited | high | strong
    | considerable | good ) | no \s+ real | a \s+ real )"""
#: "X said (that) there is little chance of Y", "X sees little risk that Y", "X saw a low probability of Y".
_CHANCE = re.compile(rf"""(?: ^ | [,;:] \s+ | \b (?: said | says | added | noted | stressed | argued ) \s+ (?: that \s+ )? ) \W*
    {_HOLDER} \s+ (?: (?: also | still | now ) \s+ )?
    (?: (?: said | says | told \s+ [\w\s]{{2,30}}? | added | noted | stressed | argued ) \s+ (?: that \s+ )? there \s+ (?: is | was | remains | remained )
      | (?: see | sees | saw | now \s+ see | now \s+ sees ) )
    \s+ (?: an? \s+ )? {_DEGREE_WORDS}
    \s+ (?P<noun> chance | probability | risk | likelihood | possibility | prospect ) s?
    \s+ (?: (?P<link> that | of ) ,? \s+ ) (?P<claim> [^;]{{4,}} ) $""", _FLAGS)
#: "X sees Y as more likely than not (TIME)": the holder's appraisal of an event, the event a noun phrase.
_SEES_AS = re.compile(rf"""(?: ^ | [,;:] \s+ | \b (?: said | says | added | noted | stressed ) \s+ (?: that \s+ )? ) \W*
    {_HOLDER} \s+ (?: (?: also | still | now ) \s+ )? (?: see | sees | saw | view | views | viewed | regard | regards | regarded )
    \s+ (?P<event> (?: an? | the | another | further | any ) \s+ [^,;]{{3,80}}? ) \s+ as \s+
    (?P<phrase> more \s+ likely \s+ than \s+ not | (?: (?: very | highly ) \s+ )? (?: likely | unlikely | probable | improbable ) )
    (?P<tail> (?: \s+ (?: in | by | before | until | within | over | this | next | during | at ) \b [^,;]* )? ) (?: [,;] .* )? $""", _FLAGS)
_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you)$", re.IGNORECASE)
#: Reported-clause tails that give the holder's reason, no part of the claim: ", given the output gap", ", citing X".
_REASON = re.compile(r",\s+(?:given|citing|because|as|since|after|amid|with|noting|pointing|while|but|and\s+(?:said|added))\b.*$",
                     re.IGNORECASE | re.DOTALL)


def holder_chance(text: str) -> Judgement | None:
    """A third party's chance in words ("X said there is little chance of Y", "X sees Y as likely"), or None."""
    lowered = text.lower()
    if not (" see" in lowered or " saw " in lowered or " said " in lowered or " view" in lowered or " regard" in lowered
            or " says " in lowered):
        return None  # most clauses: neither a verb of saying nor of seeing
    body = text.strip().rstrip(".")
    if any(word in lowered for word in (" chance", " probabilit", " risk", " likelihood", " possibilit", " prospect")) \
            and (match := _CHANCE.search(body)):
        degree = " ".join(match.group("degree").lower().split())
        if degree == "a real":
            degree = "real"
        claim = _REASON.sub("", match.group("claim")).strip()
        statement = as_future(claim, (match.group("link") or "").lower() == "that")
        written = f"{match.group('degree')} {match.group('noun')}"
        return _judgement(text, statement, _DEGREE[degree], written, match.group("holder"))
    if " as " in lowered and ("likely" in lowered or "probable" in lowered) and (match := _SEES_AS.search(body)):
        phrase = " ".join(match.group("phrase").lower().split())
        statement = f"there will be {match.group('event').strip()}{match.group('tail').rstrip()}"
        return _judgement(text, statement, phrase, match.group("phrase"), match.group("holder"))
    return None


def _judgement(text: str, statement: str, phrase: str, written: str, holder: str) -> Judgement:
    holder = " ".join(holder.split())
    speaker = None if _PRONOUN.match(holder) else holder
    if speaker and re.match(r"(?:The|A|An|Most|Many|Some|Several|Few|Local|Two|Three|Four|Five)\s", speaker):
        speaker = speaker[:1].lower() + speaker[1:]
    return Judgement(text, statement, phrase, written, False, speaker=speaker,
                     notes=(f'a holder\'s chance in words: "{written}" read as "{phrase}"',))
