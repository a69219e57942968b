"""A named holder's judgement in past reported speech: "Brokers said the contract could retest its high before the end
of June", "The institute said last week the surplus would narrow to about 60 billion dollars next year", "Analysts
warned that exports could lose momentum early next year", "Traders said a fourth delay was possible", "The bank said
the new listings were "unlikely to be absorbed without a deeper discount"".

News relays judgements with the tense shifted back ("would" for "will", "was possible" for "is possible") and often
quotes only the predicate. The holder is the subject of the verb of saying (a name, or a plural trade: "brokers",
"analysts"), never the writer nor a pronoun; the modal or estimative word is the judgement, read as its present form.
"had said" is a forecast made before, not the holder's view now. The prospect may be reported through how it looked
("two sources said a start before June looked unlikely", "seemed likely to"), and the holder may be a counted group of
sources ("three senior officials"); a time after the judgement word ("was unlikely before March") dates it.
A plain "would" or "will" needs a verb of forecasting ("warned", "predicted"): after "said" it relays plans as often as
forecasts ("said the government would present a package"), which reported_future weighs; a pronoun subject ("said
last month it would cut jobs") is the holder's own plan and is left.
"""

from __future__ import annotations

import re

from tracker.extract.records import Judgement
from tracker.extract.tense import as_future

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_DAY = r"(?: (?: on \s+ )? (?: monday | tuesday | wednesday | thursday | friday | saturday | sunday ) | yesterday | today | last \s+ (?: week | month ) | this \s+ week | in \s+ a \s+ (?: note | statement | report ) )"
_SAID = re.compile(rf"""^ \W* (?: (?: but | and | yet | meanwhile | separately ) ,? \s+ )?
    (?P<holder> (?! (?: we | i | our | my | it | they | he | she | this | that | there | which | who | you ) \b )
        (?: (?-i: [A-Z] ) [\w’'.&-]* (?: \s+ (?! (?: had | has | have | was | were | is | i | we | you ) \b ) [\w’'.&-]+ ){{0,6}}? | (?: (?: most | many | the | local | several | two | three | four | five | a \s+ few ) \s+ )? (?: [a-z-]+ \s+ ){{0,2}}? [a-z]+s ) )
    (?: \s* \( [^()]{{1,20}} \) )? (?: \s* , \s+ [^,;]{{2,80}} , )?
    \s+ (?: (?: also | have ) \s+ )? (?P<verb> said | warned | cautioned | caution | warn | predicted | predict | noted
        | added | argued | reckoned | estimated | told \s+ (?: reporters | investors | clients | us ) )
    \s+ (?: {_DAY} \s+ )? (?: that \s+ )?
    (?P<subject> (?! (?: it | they | he | she | we | i | you ) \b ) [^;,]{{3,120}}? ) \s+
    (?: (?P<modal> would | could | might | may | will ) (?: \s+ (?P<adverb> probably | likely ) )? \s+ (?P<rest> (?-i: [a-z] ) [^;]* )
      | (?P<copula> was | were | is | are | looked | seemed | appeared | looks | seems | appears ) \s+ (?: (?P<degree> very | highly | quite | only ) \s+ )? (?P<word> possible | likely | unlikely | probable
          | improbable ) (?: \s+ to \s+ (?P<then> (?-i: [a-z] ) [^;]* ) | (?P<tail> \s* (?: , | \s+ but \b | \s+ although \b | \s+ (?: before | by | until | this | next | in \s+ (?: 20\d\d | the \s+ coming ) ) \b ) .* )? ) )
    $""", _FLAGS)
#: A time still ahead, as the point forecasts read it.
_AHEAD = re.compile(r"\b(?:20\d\d|next\s+\w+|this\s+(?:year|quarter|month|season|winter|summer|spring|autumn)|(?:the\s+)?coming\s+\w+|"
                    r"(?:by|before|until|at)\s+the\s+end\s+of|(?:by|before|until)\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|"
                    r"April|May|June|July|August|September|October|November|December)|over\s+the\s+next|in\s+the\s+(?:first|second)\s+half|early\s+next|"
                    r"later\s+this|within\s+(?:the\s+next\s+)?\w+\s+(?:years|months|weeks))\b", re.IGNORECASE)
#: Verbs that say the holder looks ahead; "estimated" and "reckoned" also measure what is ("would cost $4 billion").
_FORECASTING = frozenset({"warned", "cautioned", "caution", "warn", "predicted", "predict"})
#: A subject that is the holder itself ("on Tuesday it"), an existential "there", or a number already stated.
_NOT_A_SUBJECT = re.compile(r"(?:^|\s)(?:it|they|he|she|we|i|there)\b|\d\s?%|\bper\s?cent\b|\bchance\b", re.IGNORECASE)
_QUOTES = re.compile(r"[“”\"]")


def said_form(text: str) -> Judgement | None:
    """A named holder's reported "would / could / was possible / was likely to" judgement, read as said, or None."""
    if not (" said " in text or " warn" in text or " caution" in text or " predict" in text or " estimated " in text
            or " told " in text or " noted " in text or " added " in text or " argued " in text or " reckoned " in text):
        return None  # most clauses: no verb of saying
    match = _SAID.match(_QUOTES.sub("", text).strip().rstrip("."))
    if match is None:
        return None
    verb = " ".join(match.group("verb").split()).lower()
    subject = match.group("subject").strip()
    if _NOT_A_SUBJECT.search(subject):
        return None  # "last month it would cut jobs": the holder's own plan; "there was a 75% chance X would": a number
    if match.group("modal"):
        modal = match.group("modal").lower()
        rest = _QUOTES.sub("", match.group("rest")).strip()
        if modal in ("would", "will") and not match.group("adverb") and verb not in _FORECASTING:
            # "said the government would present a package", "said it would trim prices from January": after a plain
            # verb of saying, "would" relays plans and announcements as often as forecasts (reported_future weighs them)
            return None
        if modal in ("could", "might", "may") and not _AHEAD.search(rest) and verb not in _FORECASTING:
            return None  # "said the rules could change": a possibility with no time, a remark
        statement = f"{subject} will {rest}"
        phrase = match.group("adverb").lower() if match.group("adverb") else "will" if modal in ("would", "will") else modal
        written = f"{modal} {match.group('adverb') or ''}".strip()
    else:
        if match.group("then") and not _AHEAD.search(match.group("then")) and verb not in _FORECASTING:
            return None  # "said the bridge was likely to reopen": with no time, a status report
        word = match.group("word").lower()
        phrase = f"{match.group('degree').lower()} {word}" if match.group("degree") and match.group("degree").lower() != "only" else word
        statement = f"{subject} will {match.group('then').strip()}" if match.group("then") else as_future(subject, False)
        # "looked unlikely", "seemed likely to": a judgement reported through how the prospect appeared to the holder
        # (a form of "be" keeps "was": the judgement's anchor in the clause is found by its first word)
        copula = match.group("copula").lower()
        written = f"{copula if copula in ('looked', 'seemed', 'appeared', 'looks', 'seems', 'appears') else 'was'} {phrase}"
    holder = " ".join(match.group("holder").split())
    speaker = holder[:1].lower() + holder[1:] if re.match(r"(?:The|A|An|Most|Many|Several|Local|Two|Three|Four|Five)\s", holder) else holder
    return Judgement(text, statement, phrase, written, False, speaker=speaker,
                     notes=(f'reported speech: "{verb} ... {written}" read as its present form',))
