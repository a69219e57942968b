"""Reported predictions: "X predicted that Y would A by ...", "X said he was confident Y would A before ...",
"X said he expected Y to be concluded within weeks", "X said Y would probably A".

News reports a speaker's forecast in the past tense, with "would" for "will". It is the speaker's
judgement (the pipeline keeps it with the speaker as source forecaster and a review flag), read as an
unqualified "will". Only verbs and adjectives of forecasting count (predicted, forecast, confident, sure,
expected), and only with a time the claim is to happen by or a verb of level or trend: "Brazil expected the
EU to respect its commitments" states a demand, not a forecast, and has neither. An estimative word after
"would" ("said China would probably expand ...") is kept through the backshift and read as that word.
"""

from __future__ import annotations

import re

from tracker.extract.expectation import central_projection
from tracker.extract.records import Judgement
from tracker.extract.reported_expectation import reported_expectation
from tracker.extract.reported_guidance import reported_guidance
from tracker.extract.reported_outlook import reported_outlook
from tracker.extract.reported_puts import reported_puts
from tracker.extract.reported_views import reported_view

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
#: "predicted that a blocking minority would form", "was confident the agreement would enter into force".
_WOULD = re.compile(r"""
    \b(?P<lead> (?: predicted | predicts | predicting | forecast | forecasts | forecasting | projected | estimated )
      # 'was "very confident" that': the speaker's own words set in quotation marks
      | (?: was | were | is | are | remained | remains ) \s+ [“"‘]? (?: \w+\s+ )? (?: confident | sure | certain | convinced ) [”"’]? )
    \s+ (?: (?: in | on | at | during | last ) \s+ (?: [\w’'-]+ \s+ ){1,5}? (?= that \b ) )?   # "forecast in May that"
    (?: that \s+ )? (?P<claim> (?: (?! would\b ) [\w’'$%.,-]+ \s+ ){1,12}? ) would \s+ (?P<rest> (?! have\b ) [a-z] .+ )
""", _FLAGS)
#: "he expected talks on X to be concluded": a person expecting, not "X is expected to" (the grammar's).
_EXPECTED = re.compile(r"""
    \b(?: he | she | they | [A-Z][\w’'-]+ ) \s+ (?: also\s+ )? expected \s+ (?P<object> (?! that\b | to\b ) (?: [\w’'$%.-]+ \s+ ){1,10}? )
    to \s+ (?P<rest> (?! the\b | a\b | an\b ) [a-z] .+ )
""", _FLAGS)
#: "said that X would probably A", "and that Y would likely B": an estimative word kept through the
#: backshift of reported speech (a bare "would" there may be a condition, so only with the word).
_SAID_ESTIMATE = re.compile(r"""
    (?: ^ \s* that \s+ | (?<! \bhad \s ) (?<! \bwe \s ) (?<! \bi \s ) \b (?: said | says | told \s+ [\w-]+ | noted | added | warned | stated | believed
        | wrote | argued ) \s+   # not "had said", "we wrote": a past forecast recalled ("... and it did")
        (?: (?: in | on | at | during | last ) \s+ (?: [\w’'-]+ \s+ ){1,5}? (?= that \b ) )?   # "said in a note that"
        (?: that \s+ )? )
    (?P<claim> (?: (?! would\b | that\b ) [\w’'$%.,-]+ \s+ ){1,12}? ) would \s+
    (?P<adverb> (?: very \s+ | highly \s+ | most \s+ )? likely | probably | almost \s+ certainly ) \s+
    (?P<rest> (?! have\b ) [a-z] .+ )
""", _FLAGS)
#: "A government spokesperson said on Thursday that turnout would be higher than ever": a named speaker's plain
#: "would" after "said (that)", the backshifted "will" of reported speech. Not the speaker's own act ("said he would
#: resign": a pledge), not a wish or a condition ("would like", "would ... if"), not a past view ("had said").
_SAID_WOULD = re.compile(r"""
    ^ \W* (?P<speaker> (?! (?: we | i | our | my ) \b ) (?: the | a | an | [A-Z][\w’'.-]* ) (?: \s+ [\w’'.-]+ ){0,5}? )
    (?<! \bhad ) (?<! \bhave ) (?<! \bhas ) \s+ (?: said | told \s+ [\w-]+ | predicted )
    (?: \s+ (?: on | in | at | last | this ) \s+ [\w’'-]+ (?: \s+ [\w’'-]+ )? )? \s+ that \s+
    # the speaker's own side's act ("the minister said that the government would present a plan") is a plan
    (?P<claim> (?! (?: he | she | it | they | we | i | his | her | their | its | our ) \b
        | the \s+ (?: government | ministry | administration | cabinet | company | party | council | board | firm ) \s+ would \b ) (?: (?! would\b | that\b ) [\w’'$%.-]+ \s+ ){1,10}? )
    would \s+ (?P<rest> (?! have\b | like\b | want\b | need\b | prefer\b | rather\b | consider\b | seek\b | not\s+rule\b ) [a-z] [^;]+ )
""", _FLAGS)
_OWN = re.compile(r"\b(?:we|i|our|my)\b", re.IGNORECASE)  # "Last spring I said that ...": the authors' own record
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided|should|otherwise|in\s+case)\b", re.IGNORECASE)
#: Verbs of a level or a trend: "expected X to stay at last year's level" forecasts a quantity even with no
#: date ("expected the EU to respect its commitments", a demand, has none of these).
_TREND = re.compile(r"^(?:stay|remain|rise|fall|grow|increase|decrease|decline|drop|continue|reach|exceed|slow|"
                    r"accelerate|peak|recover|weaken|strengthen|double|halve)\b", re.IGNORECASE)
#: A time the claim is to happen by: the test that it is a forecast, not a wish or a demand.
_TIMED = re.compile(r"""\b(?: by | before | within | until | in | during | from | at ) \b [^.;]{0,40}? \b
    (?: 20\d\d | January | February | March | April | May | June | July | August | September | October | November
      | December | weeks? | months? | years? | days? | summer | winter | spring | autumn | quarter | summit | end )\b""",
                    _FLAGS)


#: A prediction recalled, not made: "analysts had predicted that ...", "as many predicted, ...", "we predicted that
#: ..." (the authors' own record, scored elsewhere).
_RECALLED = re.compile(r"\b(?:had|as|was|were|been|widely|wrongly|correctly|once|we|i)\s+(?:\w+\s+)?$", re.IGNORECASE)


_SECOND_DATED = re.compile(r"(?<=\d),\s+and\s+(?!the\b|a\b|an\b|its\b|their\b|in\b|by\b|then\b)[a-z]+\b[^,;]*?\b20\d\d\b.*$",
                           re.DOTALL)
#: The subject of "projected": a body by name, or its report ("The IMF's latest outlook"), never the authors.
_PROJECTOR = re.compile(r"^\W*(?P<name>(?!(?:we|our|i|my|it|they|this|these|last|in|on|at|earlier|previously|back|until)\b)(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*"
                        r"(?:\s+[\w’'.&-]+){0,7}?)\s*$", re.IGNORECASE)


def _projector(name: str) -> str:
    """"The BoE's quarterly Monetary Policy Report" -> "the BoE": a publication speaks for the body that wrote it."""
    name = " ".join(name.split())
    owner = re.match(r"(?P<owner>.+?)['’]s?\s", name)
    name = owner.group("owner") if owner else name
    return name[:1].lower() + name[1:] if re.match(r"(?:The|A|An)\s", name) else name


def reported_future(text: str) -> Judgement | None:
    """The forecast a speaker is reported as making in ``text``, restated as a future, or None."""
    if "would" in text and (match := _WOULD.search(text)) and (_TIMED.search(match.group("rest")) or (
            match.group("lead").lower().startswith("predict") and not _RECALLED.search(text[:match.start()]))):
        # "would" first: the speaker is read from the words before it ("The minister predicted that X would")
        written = " ".join(f"would ({match.group('lead')})".split())
        # "would fall to 2.6% by 2027, and return to target only in 2028": a second forecast with its own time, not
        # part of the first claim (the question would ask both at the first one's date)
        rest = _SECOND_DATED.sub("", match.group("rest").strip())
        statement = f"{match.group('claim').strip()} will {rest.rstrip('.')}"
        # "The Bank's quarterly report projected that X would": the body publishing the projection, kept as theirs
        # an aside between the subject and the verb ("The report, published on Thursday, projected") is no part of it
        subject = re.sub(r",\s+[^,]{2,80},\s*$", " ", text[:match.start()])
        projector = _PROJECTOR.match(subject) if match.group("lead").lower() == "projected" else None
        return Judgement(text, statement, "will", written, False, notes=("reported prediction: read as \"will\"",),
                         speaker=_projector(projector.group("name")) if projector else None,
                         reads_as=central_projection("projected") if projector else None)
    if "would" in text and (match := _SAID_ESTIMATE.search(text)):
        adverb = " ".join(match.group("adverb").lower().split())
        statement = f"{match.group('claim').strip()} will {match.group('rest').strip().rstrip('.')}"
        return Judgement(text, statement, adverb, f"would {adverb}", False,
                         notes=(f'reported judgement: "would {adverb}" read as "{adverb}"',))
    if "would" in text and (match := _SAID_WOULD.search(text)) and not _CONDITIONAL.search(match.group("rest")) \
            and not _CONDITIONAL.search(match.group("claim")) and not _OWN.search(match.group("speaker")):
        statement = re.sub(r"[“”\"]", "", f"{match.group('claim').strip()} will {match.group('rest').strip().rstrip('.')}")
        return Judgement(text, statement, "will", "would (reported)", False,
                         notes=("reported speech: \"said that X would\" read as \"will\"",))
    if "expected" in text and (match := _EXPECTED.search(text)) and (
            _TIMED.search(match.group("rest")) or _TREND.match(match.group("rest"))):
        statement = f"{match.group('object').strip()} will {match.group('rest').strip().rstrip('.')}"
        return Judgement(text, statement, "is expected to", "expected ... to", False,
                         notes=("reported expectation: read as \"is expected to\"",),
                         reads_as=central_projection("expected"))
    return (reported_guidance(text) or reported_expectation(text) or reported_view(text) or reported_outlook(text)
            or reported_puts(text))
