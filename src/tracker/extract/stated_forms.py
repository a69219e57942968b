"""More ways a forecasting team states its number: "we're holding at 35% for X", "our analysts put 30% on X",
"X before 2028 is lower still, at 2%", "I'd put X at one in three, but Y at 60%", "..., and give X a 7% chance",
"..., but we'd put that at no more than 20%", "the median probability of X was 25%", "our forecast for X is 30%",
"we're 70% confident that X", "X is 60% likely", "we think X: 65%"; a poll's share is poll_shares.py's.

Newsletters and outlooks by forecasting teams write these more often than "a 35% chance of X". Each form
names the claim its number is for, or points back at the clause before it in the sentence ("that"); an
elided subject ("and give X a 7% chance", "but Y at 60%") is the one of the clause before, which must be the
writer's own ("we", "I", "our ...") for the number to be the writer's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.crowd_numbers import crowd_number
from tracker.extract.event_claims import event_claim
from tracker.extract.holder_odds import holder_number
from tracker.extract.answer_numbers import answer_number
from tracker.extract.attached_numbers import attached_number
from tracker.extract.market_prices import market_price
from tracker.extract.own_levels import own_level
from tracker.extract.position_on_event import position_on_event
from tracker.extract.even_odds import even_odds
from tracker.extract.stem_numbers import stem_number
from tracker.extract.team_numbers import team_number
from tracker.extract.pointed_numbers import case_event, elided_that, pointed_number
from tracker.extract.poll_shares import GATE, poll_share
from tracker.extract.phrase_shapes import participle_claim
from tracker.extract.records import Judgement
from tracker.extract.tense import as_future
from tracker.extract.written_shares import APPROX as _APPROX, NUMBER as _NUMBER, PERCENT as _P, share as _share, \
    stated_judgement as _judgement

_FLAGS = re.IGNORECASE | re.DOTALL | re.VERBOSE
_SELF = r"(?: I | we ) (?: ['’] (?: m | re | d | ll ) )? (?: \s+ (?: am | are | would | will ) )?"
#: Who states the writer's own number: "we", "I", "our forecasters", "our analyst Ana Lima", "the team".
_OWN = rf"""(?: {_SELF} | our \s+ (?: [\w’'-]+ \s+ ){{0,2}} [\w’'-]+ | the \s+ (?: team | desk | panel ) )"""
#: Cheap test for "N in M" (no leading alternation: the scan stays fast on the many clauses with "at").
_RATIO_GATE = re.compile(r"[\s-]in[\s-]+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty)\b", re.IGNORECASE)
_DIGIT_GATE = re.compile(r"\d|[\s-]in[\s-]")

#: "We're holding at 35% for a cut in March", "we are now at 25% on a snap election": where the team stands.
_HOLDING = re.compile(rf"""\b {_OWN} (?: ['’] (?: ve | s ) | \s+ (?: is | are | have | has ) )? \s+ (?: (?: now | still | already ) \s+ )?
    (?: (?: holding | staying | sitting | standing | remaining | hold | holds | stay | stays | sit | sits | stand | stands )
        (?: \s+ steady )? \s+ at
      | (?: moved | moving | gone | going | come | coming | up | down | back ) (?: \s+ (?: up | down | back ) )? \s+ to
      | at | say ) \s+ {_NUMBER} \s+ (?: for | on ) \s+
    (?P<event> (?! (?: it | this | that | them ) \b ) .{{3,200}} ) $""", _FLAGS)
#: "Our forecast for a recession in 2027 is 30%", "we've cut our number for a strike this year to 20%".
_OUR_NUMBER_FOR = re.compile(rf"""\b (?: our | my ) \s+ (?: forecast | estimate | probability | number | odds ) \s+ (?P<conn> for | on | of | that )
    \s+ (?P<event> (?! (?: it | this | that ) \b ) [^:;]{{3,160}}? ) \s* (?: (?: is | remains | stays | stands \s+ at | :) \s+ (?: now \s+ | still \s+ )?
    | (?: up | down | back )? \s* to \s+ ) (?: {_NUMBER} | (?P<dec> 0 \.\d{{1,3}} ) (?! [\d%] | \s* per ) )
    (?: \s* \( \s* (?: up \s+ | down \s+ )? from \s+ [^()]{{1,20}} \) | \s* , \s* (?: up | down ) \s+ from \s+ [^,;]{{1,30}}? )? \W* $""", _FLAGS)
#: "Our quick poll puts a lapse in funding before October at 0.4", "the panel puts X at 0.25": a probability written
#: as a decimal, read only after a holder of forecasts (a decimal after "put growth at" is a level).
_HOLDER_PUTS_DECIMAL = re.compile(r"""^ \W* (?: [^,;:]{0,60} [,:] \s+ )? (?: our | the | my ) \s+ (?: [\w-]+ \s+ )?
    (?: poll | survey | panel | team | forecasters | aggregate | crowd | model ) \s+ (?: now \s+ | still \s+ )? puts \s+
    (?P<event> (?: an? | the | any | another ) \s+ [^;]{3,160}? ) \s+ at \s+ (?: (?: about | around | roughly ) \s+ )?
    (?P<dec> 0 \.\d{1,3} ) (?! [\d%] | \s* per ) \W* $""", _FLAGS)
#: "35% is our number for a deal in March": the number first.
_NUMBER_IS_OURS = re.compile(rf"""^ \W* {_NUMBER} \s+ is \s+ (?: our | my ) \s+ (?: number | forecast | estimate | probability | call )
    \s+ (?: for | on ) \s+ (?P<event> (?: a | an ) \s+ [^;]{{3,160}}? ) \W* $""", _FLAGS)
#: "We're 70% confident that X", "I am 80% sure X": a confidence in a claim, a clause.
_CONFIDENT = re.compile(rf"""\b {_OWN} (?: \s+ (?: is | are | am ) )? \s+ {_NUMBER} \s+ (?: confident | sure | certain ) \s+ (?: that \s+ )?
    (?P<claim> [a-z] .{{5,200}} ) $""", _FLAGS)
#: "A deal in March is about 60% likely", "the bill is 70% likely to pass": the number said with "likely".
_LIKELY = re.compile(rf"""^ \W* (?: (?: we | i ) \s+ (?: now \s+ )? (?: think | believe | judge | reckon ) \s+ (?: that \s+ )? )?
    (?P<subject> [^,;:]{{3,160}}? ) \s+ (?: is | are | looks | seems ) \s+ {_NUMBER} \s+ likely (?: \s+ to \s+ (?P<verb> [a-z] [^;]* ) )? \W* $""", _FLAGS)
#: "We think the strike will end before June, with 70% probability", "We think X: 70%": the writer's claim and number.
_WITH_NUMBER = re.compile(rf"""^ \W* (?: (?: we | i ) \s+ (?: now \s+ | still \s+ )? (?: think | believe | expect | reckon | judge ) \s+ (?: that \s+ )? )
    (?P<claim> [^:;]{{8,200}}? ) \s* (?: , \s* (?P<with> (?: with | at ) \s+ (?: a \s+ | an \s+ )? ) | [:—–] \s* ) {_NUMBER}
    (?(with) \s+ (?: probability | chance | likelihood | confidence ) ) \W* $""", _FLAGS)
#: "We give a ceasefire before July 35%": a number given to an event, "chance" left out (numeric.py reads it with).
_GIVE_BARE = re.compile(rf"""\b {_OWN} \s+ (?: (?: would | now | still | also ) \s+ )* give \s+
    (?P<event> (?: a | an | the ) \s+ [^,;]{{3,120}}? ) \s+ {_NUMBER} \W* $""", _FLAGS)
#: "Our forecasters put about 35% on one taking effect", "the team puts 15% on a strike in the spring".
_PUTS_ON = re.compile(rf"""^ \W* (?: .*? , \s+ (?: and | but ) \s+ | [^,;:]{{0,60}} [,:] \s+ )? {_OWN} \s+ (?: (?: would | now | still | also ) \s+ )*
    (?: puts? \s+ | places? \s+ | (?P<give> gives? | assigns? | attach(?:es)? ) \s+ ) {_NUMBER} \s+ (?(give) (?: to | on ) | on ) \s+
    # "we put 85% on the sub-3.5% outcome": the judgement just stated, no claim of its own (numeric.py)
    (?P<event> (?! (?: it | this | that | the \s+ (?: chance | odds | table ) ) \b ) (?! (?: the | that | this ) \s+ [^,;]{{0,40}}? \b
        (?: outcome | scenario | result | case | view ) \b ) .{{3,200}} ) $""", _FLAGS)
#: "I'd put a cut in March at about one in three", "we put a strike before May at 20%": a claim put at a number.
_PUT_AT = re.compile(rf"""\b {_SELF} \s+ (?: (?: would | now | still | also | continue \s+ to ) \s+ )* (?: put | place | peg | rate ) \s+
    # "I'd put their chances at 40%": no claim of its own, the number scores the one before (first_person.py)
    (?P<event> (?! (?: it | this | that | (?: [\w’']+ \s+ )? (?: chances? | odds | probability | likelihood | prospects ) ) \b )
        [^;]{{5,160}}? ) \s+ at \s+
    {_NUMBER} (?P<bound> \s+ (?: or \s+ (?: less | lower | fewer | more | higher ) | at \s+ (?: most | least ) ) \b )?  # "at 1% or less"
    (?P<after> [^,;]* ) (?: , \s+ (?: but | and | while | whereas ) \s+ .* )? $""", _FLAGS)
#: "..., and give X a 7% chance", "..., and put X at 10%": a coordinated clause whose subject is the writer's.
_AND = r"^ (?: .*? \b (?: I | we ) \b .*? ) ,? \s+ and \s+ (?: (?: would | also | now | still ) \s+ )*"
_AND_GIVE = re.compile(rf"""{_AND} give \s+ (?P<event> (?! (?: it | this | that ) \b ) [^,;]{{3,120}}? ) \s+ (?: a | an ) \s+
    {_NUMBER} \s+ (?: chance | probability | likelihood ) (?P<after> [^,;]* ) \W* $""", _FLAGS)
_AND_PUT = re.compile(rf"""{_AND} put \s+ (?P<event> (?! (?: it | this | that ) \b ) [^,;]{{3,120}}? ) \s+ at \s+ {_NUMBER}
    (?P<after> [^,;]* ) \W* $""", _FLAGS)
#: The clause an elided "but Y at 60%" carries on from: the writer putting a claim at a number.
_PUT_BEFORE = re.compile(rf"\b {_SELF} \s+ (?: (?: would | now | still | also ) \s+ )* (?: put | place | peg ) \s+ .+ \s+ at \s+ .+ ,?\s* $",
                         _FLAGS)
#: The elided clause itself: "(but) a cut by June 2027 at roughly 60%".
_ELLIPTIC = re.compile(rf"""^ \W* (?: (?: but | and | while | whereas ) \s+ )? (?P<event> (?! (?: it | this | that ) \b )
    [^,;]{{5,160}}? ) \s+ at \s+ {_NUMBER} (?P<after> [^,;]* ) \W* $""", _FLAGS)
#: "we'd put that at no more than 20%", "I put it at 15% at most": a bound on the clause before, read as its number.
_BOUND = re.compile(rf"""\b {_SELF} \s+ (?: (?: would | now | still | also ) \s+ )* (?: put | place | peg ) \s+ (?: it | this | that )
    \s+ at \s+ (?P<bound> no \s+ more \s+ than | not \s+ more \s+ than | no \s+ higher \s+ than | at \s+ most | less \s+ than
    | under | below | at \s+ least | no \s+ less \s+ than | more \s+ than | over | above ) \s+ {_P}""", _FLAGS)
#: The clause "that" points back at: "a no-confidence motion could bring the government down, but".
_POSSIBLE_BEFORE = re.compile(r"""^ \W* (?P<subject> [^,;]{3,120}? ) \s+ (?: could | may | might | would | will ) \s+
    (?: well \s+ | still \s+ | yet \s+ )? (?P<rest> (?! be \s+ \w+ed \s+ by ) [a-z] [^,;]{3,200}? ) \s* ,? \s* (?: but | and )? \s* $""", _FLAGS)
#: "A full-scale invasion before 2028 is lower still, at 2%", "A snap election this year is at 15%": a number for
#: an event the clause's subject names; the subject needs a time ("before 2028") to be an event, not a level.
_SUBJECT_AT = re.compile(rf"""^ \W* (?P<subject> (?-i: A | An | a | an ) \s+ [^,;:]{{3,120}}? \b (?: before | by | in | during | within
    | until | this | next ) \s+ [^,;:]{{2,40}}? ) \s+ (?: is | looks | stands | sits | comes \s+ in ) \s+ (?: (?: (?: even | much | a \s+ bit
    | slightly | somewhat ) \s+ )? (?: lower | higher ) (?: \s+ still )? \s* ,? \s* )? at \s+ {_APPROX} {_P} \W* $""", _FLAGS)
#: Heads of a subject that is a quantity, not an event: "A rise in rents in 2027 is at 4%" states a level.
_QUANTITY = re.compile(r"^\W*an?\s+(?:[\w’'-]+\s+){0,2}?(?:rise|fall|increase|decrease|decline|growth|rate|share|majority|minority"
                       r"|level|deficit|surplus|return|yield|price|cost|gain|loss|drop|jump|turnout|margin|lead|tax|tariff|levy|duty|fee"
                       r"|wage|salary|debt|discount|premium|stake|quota)\b", re.IGNORECASE)
#: "The median probability (of X) was 25%": a poll's central number, the respondents' forecast, not the publisher's.
_MEDIAN = re.compile(rf"""^ \W* (?: the \s+ )? (?P<stat> median | average | mean | consensus ) \s+ (?: forecast \s+ | estimated \s+ )?
    (?: probability | chance | likelihood | odds ) (?: \s+ (?P<conn> of | that | for ) \s+ (?P<claim> .{{3,200}}? ) )? \s+
    (?: was | is | stood \s+ at | stands \s+ at | came \s+ in \s+ at | rose \s+ to | fell \s+ to ) \s+ {_APPROX} {_P}""", _FLAGS)
#: The thing "one" stands for: the first "a/an X" a clause before it judges ("a ceasefire is more likely ...").
_NAMED_BEFORE = re.compile(r"\b((?:a|an)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:is|are|was|looks|seems|will|would|could)\b",
                           re.IGNORECASE)
#: A scorecard: "We put only 10% on X, and none happened" grades a number given before, it gives none now.
_PAST_TAIL = re.compile(r",\s+(?:and|but)\s+(?:it|none|this|that|they|one|neither|both)\s+(?:\w+\s+)?(?:did|didn['’]t|was|wasn['’]t"
                        r"|were|happened|came|occurred|resolved)\b", re.IGNORECASE)
#: A named forecaster quoted after a colon: 'Our economist Ana Lima sees it differently: "I'd put ...'.
_QUOTED_BY = re.compile(r"""^\W*(?:our\s+(?:(?-i:[a-z]+)\s+){1,2})?(?P<name>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3})\s+
    (?:thinks|says|said|writes|wrote|argues|argued|adds|added|notes|noted|sees|believes|puts\s+it)\b[^"“:]{0,80}:\s*["“]""", _FLAGS)


#: A question already settled: a number the writers "had" on it is their record, not a forecast.
_SCORED_PAST = re.compile(r"\b(?:resolved|settled|expired)\s+(?:yes|no|true|false)\b|\b(?:came|turned\s+out)\s+(?:true|false)\b"
                          r"|\b(?:did(?:n['’]t|\s+not)|never)\s+happen(?:ed)?\b", re.IGNORECASE)


def stated_form(text: str, before: str = "") -> Judgement | None:
    """The judgement of a clause stating the writer's number in one of the forms above, else None; ``before``
    is the sentence's text before the clause (the subject or the claim an elided clause carries on from)."""
    if " of " in text and GATE.search(text) and (share := poll_share(text)) is not None:
        return share  # "A strong majority, 47 of 62, forecast a cut in February"
    if (market := market_price(text)) is not None:
        return market  # "Kalshi's contract on X traded at 71%", "the futures curve implies 12%": the market's number
    if (on_event := position_on_event(text)) is not None:
        return on_event  # "Our desk is at 74 on a Democratic House", "On a shutdown we're at 15": the event named
    if (level := own_level(text)) is not None:
        if " had " in text and _SCORED_PAST.search(f"{before} {text}"):
            return None  # "X resolved NO; we had it at 35%": last year's scorecard, a past number on a settled question
        return level  # "We're a touch higher at 68%", "our desk has it at about 3-in-10": the claim before it
    if (even := even_odds(text)) is not None:
        return even  # "a little better than 50/50 that X", "X is roughly a coin flip"
    if (":" in (before or text) or "(" in text) and (stem := stem_number(text, before)) is not None:
        return stem  # "Q-12, on whether X: we are at 0.12", "Q-47 (copper above $11,000/t): ...; call it 20%"
    if _DIGIT_GATE.search(text) and (team := team_number(text)) is not None:
        return team  # "whether X, the team is at 15", "About 3-in-10 that X", "We assess X as improbable, at 8%"
    if (" which " in text or " at " in text and (" 0." in text or " ." in text)) and (attached := attached_number(text)) is not None:
        return attached  # "Our base case, to which we attach a 55% probability, has X doing Y", "put the odds of X at 0.2"
    if "%" not in text and len(text) < 160 and (answer := answer_number(text)) is not None:
        return answer  # "Roughly 1-in-8, no change.", "Honestly, about even.", "My number is 0.7": an answer to the question above
    if "%" not in text and "cent" not in text and not (" at " in text and _RATIO_GATE.search(text)) \
            and not (" 0." in text and ("our " in text.lower() or " puts " in text)):
        return None  # every form states a percentage or "N in M" (after "at"): most clauses, spared the patterns
    # "I have them at 70%": claimless, the pipeline's; "..., and that it is lower still, 35%": the elided "that"
    found = (pointed_number(text) or (before and elided_that(text, before)) or _chance_at(text) or crowd_number(text)
             or holder_number(text) or _form(text, before))
    if found is None and len(text) < 160:
        found = answer_number(text)  # "Mine is 68%, up from 61% at New Year", "Unlikely: call it 12%"
    if found is None or _PAST_TAIL.search(text):
        return None
    if (quoted := _QUOTED_BY.match(before or text)) and ('"' in text or "“" in text or before):
        # the writer's colleague speaking in a quotation: the number is theirs (still the publisher's team)
        return replace(found, speaker=quoted.group("name"))
    return found


#: "We put the chance of a reported figure of 4.5% or higher at 71%": the number after the last "at" is the chance's,
#: a figure inside the claim is the claim's.
_CHANCE_AT = re.compile(rf"""\b (?: put | puts | putting | place | places | set | sets | peg | pegs ) \s+ (?: the | our | my | its | their ) \s+
    (?: [\w-]+ \s+ )? (?: chances? | probability | likelihood | odds ) \s+ (?P<conn> of | that ) \s+
    (?P<claim> [^;]*? \d [^;]*? ) \s+ at \s+ {_APPROX} {_P} \W* $""", _FLAGS)


def _chance_at(text: str) -> Judgement | None:
    if " at " not in text or text.count("%") + text.count("cent") < 2 or (match := _CHANCE_AT.search(text)) is None:
        return None
    share = (float(match.group("p")) / 100, f"{match.group('p')}%")
    claim = match.group("claim").strip(" ,")
    if not 0 < share[0] < 1:
        return None
    return _judgement(text, as_future(claim, True) if match.group("conn").lower() == "that" else event_claim(claim), share)


def _form(text: str, before: str) -> Judgement | None:
    """The first form above ``text`` takes, each behind a cheap test of the words it cannot do without."""
    body = text.strip()
    lowered = body.lower()
    if " at " in lowered or lowered.startswith("at "):
        if (" put " in lowered or " place" in lowered) and (bound := _BOUND.search(body)):
            share = _share(bound)
            if share is not None:
                written = f"{' '.join(bound.group('bound').split())} {share[1]}"
                notes = [f'"{written}" is a bound, read as the number itself']
                if claim := _claim_before(before):
                    notes.append('the claim is the clause before the number ("that"): check it')
                # no clause before it in the sentence: the number scores the paragraph's last judgement (the pipeline)
                return _judgement(text, claim or "", (share[0], written), *notes)
        if before and _PUT_BEFORE.search(before) and (elliptic := _ELLIPTIC.match(body)) and (share := _share(elliptic)):
            # "I'd put X at one in three, | but Y at 60%": the same writer puts a claim of its own at a number
            return _judgement(text, event_claim(elliptic.group("event") + elliptic.group("after")), share,
                              'the verb "put" and its subject carry on from the clause before')
        if (put := _PUT_AT.search(body)) and (share := _share(put)):
            event = put.group("event") + put.group("after")
            return _judgement(text, participle_claim(event) or event_claim(event), share,
                              *([f'"{share[1]}{put.group("bound")}" is a bound, read as the number itself'] if put.group("bound") else []))
        if body[:1] in "Aa" and (subject := _SUBJECT_AT.match(body)) and not _QUANTITY.match(subject.group("subject")) \
                and (share := _share(subject)):
            return _judgement(text, event_claim(subject.group("subject")), share,
                              "the number is for the event the clause's subject names: check it")
    # "we're holding at 35% for X", "we've moved to 45% on X"
    if (" at " in lowered or " to " in lowered or " say " in lowered) and (held := _HOLDING.search(body)) and (share := _share(held)):
        return _judgement(text, event_claim(held.group("event")), share)
    if (" our " in lowered or lowered.startswith(("our ", "my ")) or " my " in lowered) and \
            (ours := _OUR_NUMBER_FOR.search(body)) and (share := _share(ours)):
        event, that = ours.group("event"), ours.group("conn").lower() == "that"
        if that or (re.match(r"(?:a|an)\s", event, re.IGNORECASE) and not _QUANTITY.match(event)):
            # "our forecast for growth in 2027 is 2%" forecasts a quantity: only an event ("a recession") has a chance
            return _judgement(text, as_future(event, True) if that else event_claim(event), share)
    if " puts " in lowered and "0." in lowered and (puts := _HOLDER_PUTS_DECIMAL.match(body)) and (share := _share(puts)) \
            and not _QUANTITY.match(puts.group("event")):
        return _judgement(text, event_claim(puts.group("event")), share)
    if " give " in lowered and (given := _GIVE_BARE.search(body)) and (share := _share(given)):
        return _judgement(text, event_claim(given.group("event")), share)
    if " our " in lowered or " my " in lowered:
        if (ours := _NUMBER_IS_OURS.match(body)) and (share := _share(ours)):
            return _judgement(text, event_claim(ours.group("event")), share)
    if ("confident" in lowered or "sure" in lowered or "certain" in lowered) and (sure := _CONFIDENT.search(body)) \
            and (share := _share(sure)) and not (claim := as_future(sure.group("claim"), True)).startswith("it will turn out"):
        return _judgement(text, claim, share)
    if " likely" in lowered and (likely := _LIKELY.match(body)) and (share := _share(likely)):
        subject = likely.group("subject")
        claim = f"{subject} will {likely.group('verb')}" if likely.group("verb") else event_claim(subject)
        return _judgement(text, claim, share)
    if lowered[:1] in "wi" and (said := _WITH_NUMBER.match(body)) and (share := _share(said)) \
            and not (claim := as_future(said.group("claim"), True)).startswith("it will turn out"):
        return _judgement(text, claim, share)  # not "we expect GDP growth in 2027: 1.5%", a figure with no verb
    if (" put" in lowered or " place" in lowered or " give" in lowered or " assign" in lowered or " attach" in lowered) \
            and (puts := _PUTS_ON.match(body)) and (share := _share(puts)):
        event = puts.group("event")
        if event[:4].lower() == "one " and (named := _NAMED_BEFORE.search(body[:puts.start("event")])):
            # "We think a deal is likelier in 2028, and put 30% on one before 2028": "one" is that deal
            event = f"{named.group(1)} {event[4:]}"
        elif event[:4].lower() == "one ":
            return _judgement(text, event_claim(event), share, '"one" points back at a claim before the sentence: name it')
        return _judgement(text, participle_claim(event) or event_claim(event), share)  # "give 65% to elections being called"
    if " and " in lowered and ((given := _AND_GIVE.match(body)) or (given := _AND_PUT.match(body))) \
            and (share := _share(given)):
        return _judgement(text, event_claim(given.group("event") + given.group("after")), share,
                          'the subject ("we") carries on from the clause before "and"')
    if ("median" in lowered or "average" in lowered or "mean" in lowered or "consensus" in lowered) \
            and (median := _MEDIAN.match(body)) and (share := _share(median)):
        claim = median.group("claim") or ""
        if re.search(r"\b(?:forecasts?|predictions?|questions?|answers?|estimates?)\b", claim, re.IGNORECASE):
            return None  # "the average probability of our forecasts was 62%": a statistic of forecasts, no forecast
        claim = as_future(claim, True) if (median.group("conn") or "").lower() == "that" else event_claim(claim) if claim else ""
        stat = median.group("stat").lower()
        return _judgement(text, claim, share, f"a poll's {stat}: the respondents' number, not the publisher's",
                          speaker=f"the poll's respondents ({stat})")
    return None


def _claim_before(before: str) -> str | None:
    """The claim "that" points back at: the possibility the clause before states ("X could bring Y down, but")."""
    if before and (possible := _POSSIBLE_BEFORE.match(before)):
        return f"{possible.group('subject')} will {possible.group('rest').strip()}"
    return None


#: "(... said) the probability of a recession in the next 12 months was low": what a later bare number is for.
_PROBABILITY_OF = re.compile(r"\b(?:probability|chance|likelihood|risk)\s+of\s+(?P<event>[^,;]{3,120}?)\s+(?:was|is|were|are|"
                             r"would\s+be|stood|remained|stays|stayed)\b", re.IGNORECASE)


def probability_claim(previous: str) -> str | None:
    """The claim a sentence's "the probability of X was ..." names, for a claimless number after it ("The median
    probability was 25%"), else None."""
    if "of" not in previous or (match := _PROBABILITY_OF.search(previous)) is None:
        return case_event(previous)  # "X strikes me as a tail, not a base case. I'm at 10%", "X are favoured to win"
    return event_claim(match.group("event"))
