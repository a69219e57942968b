"""Finding the forward-looking estimative judgement in a clause, and the claim it is about.

A clause is a forecast when an estimative phrase judges something still to happen ("it is likely that X will",
"X is unlikely to", "an invasion is unlikely", "X will ..."). The same phrase about the past or present ("it is
likely that X was behind the attack"), as an adjective ("the likely damage"), inside reported speech or a
stated intention ("Moscow announced that it will ...") is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.clauses import Clause
from tracker.extract.comparatives import comparative, comparative_note
from tracker.extract.expectation import expectation_reading
from tracker.extract.own_expectation import believed_will, expectation_text
from tracker.extract.grammar import read_construction
from tracker.extract.headlines import with_copula
from tracker.extract.seen_forecasts import seen_as_expected
from tracker.extract.present_projection import projected
from tracker.extract.holders import not_the_authors, view_holder
from tracker.extract.trailing_numbers import trailing_number
from tracker.extract.rating_levels import rating
from tracker.extract.lexicon import Lexicon
from tracker.extract.bare_present import bare_present_claim
from tracker.extract.list_verdicts import list_verdict
from tracker.extract.confidence_date import confidence_date
from tracker.extract.attribution import FIRST_PERSON, SCHEDULE, carried_speaker, pledged, quoted_speaker, without_attribution
from tracker.extract.first_person import first_person_number, own_voice, point_figure
from tracker.extract.leanings import leaning
from tracker.extract.legend_table import defines_term
from tracker.extract.numeric import bracketed_number, numeric_judgement, with_bracketed
from tracker.extract.reported_future import reported_future
from tracker.extract.reported_outlook import reported_outlook
from tracker.extract.said_chances import said_chance
from tracker.extract.chance_put_at import chance_put_at
from tracker.extract.estimative_forms import not_excluded
from tracker.extract.phrase_shapes import according_holder, judged_object, liable_use, rejoined, without_set_off
from tracker.extract.hedges import NEGATIVE_LEAD as _NEGATIVE_LEAD, condition, negative_lead, weakest_of_pair
from tracker.extract.unclaimed_futures import asked
from tracker.extract.scope import describes, signpost
from tracker.extract.than_not import lean_off_even
from tracker.extract.records import Judgement
from tracker.extract.reported import _reported, reports  # noqa: F401 (reports: the pipeline's)
from tracker.extract.folding import folded
from tracker.extract.claim_polarity import affirmed_subject, doubted, judged_it_phrase, seen_claim
from tracker.extract.judged_claims import (LEADING_CLAUSE as _LEADING_CLAUSE, MODAL as _MODAL, NOT as _NOT,
                                          PREDICATIVE_AFTER as _PREDICATIVE_AFTER, SUBORDINATOR as _SUBORDINATOR, judged_claim)

_FLAGS = re.IGNORECASE | re.DOTALL
_ASIDE = re.compile(r"\b(is|are|remains?|be)\s*,\s*(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*,\s*(?:still\s+|also\s+|now\s+)?$", _FLAGS)
_OPEN_QUOTE = re.compile(r"\s*[\"'‘“«]$")
_CLOSE_QUOTE = re.compile(r"^[\"'’”»]")
_UNQUALIFIED = re.compile(
    rf"(?<![\w'’-])(?P<modal>{_MODAL}|(?:is|are)\s+expected\s+to)"
    r"(?P<mods>(?:\s+(?:not|never|also|only|still|further|gradually|soon|then|increasingly|inevitably|"
    r"certainly|definitely|surely|continue\s+to|very\s+likely|likely))*)\s+(?P<verb>[a-z]+)", _FLAGS)
#: "the will of the people", "political will": the noun, not the modal.
_NOUN_WILL = re.compile(r"(?=[afghilopsty])\b(?:the|a|an|his|her|their|its|our|your|political|good|ill|free|own|popular|"
                        r"people['’]s|strong|lack of)\s+$", _FLAGS)
_NOT_VERB = {"to", "of", "and", "or", "be,"}
#: Futures that describe a schedule, a composition or a dependency rather than judge an outcome.
_DESCRIPTIVE = re.compile(  # every form starts with w, a, i or t: the look-ahead says so once (test_word_guards)
    r"(?=[wait])(?:\b(?:will|are\s+to|is\s+to)\s+(?:also\s+)?(?:be\s+held|take\s+place|be\s+hosted|consist\s+of|comprise|"
    # a date fixed for an announcement: "the cap will be announced on 25 November"
    r"be\s+(?:announced|published|released|unveiled|presented)\s+on\s+\d+|"
    r"be\s+composed|be\s+elected|be\s+able\s+to|"
    # a growing dependence is a change, a forecast: "will be increasingly dependent on", "will increasingly depend"
    r"(?!(?:be\s+)?(?:increasingly|ever|more|less|even)\b)(?:\w+ly\s+)?depend|"
    r"be\s+(?!increasingly|ever|more|less|even)(?:\w+ly\s+)?dependent\s+on)\b"
    r"|\b(?:which|who|whom|whose\s+\w+)\s+(?:\w+\s+|(?:the|both|all|most|(?-i:[A-Z])[\w’'-]*)\s+(?:[\w’'-]+\s+){1,2})?(?:will|would|(?:is|are)\s+expected\s+to)\b"
    # a relative clause on a noun ("the war that will never break ...") describes, it does not judge
    r"|\b(?:the|a|an)\s+[a-z]+\s+that\s+will\b)", _FLAGS)
#: A schedule or a capability judged outright: "In our assessment the elections will take place on the scheduled date",
#: "No party will be able to govern alone" (a capability denied to every actor: an outcome) are forecasts.
_OWN_LEAD = re.compile(r"^\W*(?:in\s+our\s+(?:assessment|view|judge?ment|estimation)|we\s+(?:assess|judge)\s+that"
                       r"|(?:nobody|no\s+one|no\s+(?:party|side|candidate|coalition|bloc))\s+will)\b", _FLAGS)
#: An embedded question ("key to the way the situation will unfold", "uncertainty over whether the USA will
#: retain ...") asks, it does not judge; a later "will" of the clause may still judge.
_EMBEDDED = re.compile(r"(?=[dehmprstw])(?:(?:\b(?:the\s+way|how|whether)"
                       # "the speed at which X will", "the extent to which X will": a measure asked about
                       r"|\b(?:speed|pace|rate|degree|extent|way|manner|ease|time|terms)\s+(?:at|to|in|with|by|on)\s+which)"
                       r"\s+(?:(?!will\b)[\w’'-]+\s+){1,4}$"
                       # "write down what we think will happen": a free relative names the views, it judges nothing
                       r"|\bwhat\s+(?:we|i|you|they|people|others)\s+(?:think|expect|believe|reckon|suspect|fear|guess)\s+$)", _FLAGS)


def find_judgement(clause: Clause, lexicon: Lexicon) -> Judgement | None:
    """The forward-looking judgement in ``clause``, or None when it states none."""
    clause = rejoined(clause)  # "A poll, however, | is unlikely": read whole again
    if (own := own_voice(not_excluded(clause.text, lexicon.authors), lexicon.authors)) != clause.text:
        clause = replace(clause, text=own)  # "Supo does not expect": its own voice; "does not exclude": its hedge
    if (stamp := _CHAT_STAMP.match(clause.text)) is not None:
        clause = replace(clause, text=clause.text[stamp.end():])  # "[09:36] lena.b: ...": the message, not its label
    text = clause.text
    if text.rstrip().endswith("?") and not _HEDGED_NUMBER.match(text):
        return None  # a question; "maybe 65%?" is a number said with a shrug
    if (bracketed := bracketed_number(text)) and numeric_judgement(text) is None:  # "is likely (45%)": the number wins
        return with_bracketed(found := find_judgement(replace(clause, text=bracketed[0]), lexicon), *bracketed[1:],
                              word=reading.entry.probability if found and (reading := lexicon.read(found.phrase)) else None)
    if (" say " in (head := (clause.before or text)[:80]) or " use " in head or " write " in head) and _METHOD.match(head) \
            or defines_term(clause.before + text):  # '"Possible" means that ...': the legend's words, mentioned
        return None  # "Where we say something will happen, we are confident it will": how the text uses its words
    if signpost(text) and first_person_number(text) is None:
        return None  # "we will look at ...", "this chapter will describe ...": the authors' plan of the text
    judgement = (("–" in (opening := text[:60]) or "—" in opening) and list_verdict(text)) or rating(text, lexicon.levels) \
        or ("date" in text and ("confidence" in text or " P" in text) and confidence_date(text)) \
        or (" said " in text and " chance" in text and said_chance(text)) or chance_put_at(text) or numeric_judgement(text, clause.before)
    if judgement is not None and not judgement.statement:  # "X, call it 75%": the claim is before the number
        judgement = trailing_number(text, clause.before) or judgement
    judgement = (judgement or trailing_number(text, clause.before) or leaning(text) or _estimative(clause, lexicon) or point_figure(read_construction(clause))
                 or reported_outlook(text) or _unqualified(clause, lexicon) or reported_future(text))
    if judgement is None and (restored := with_copula(text)) and (found := find_judgement(replace(clause, text=restored), lexicon)):
        return replace(found, clause=text, notes=(*found.notes, 'a headline without a verb: read with "is"'))
    if judgement is None and (restated := seen_as_expected(text)) and (found := find_judgement(replace(clause, text=restated), lexicon)):
        return replace(found, clause=text, notes=(*found.notes, 'a forecast desk\'s "seen -ing": read as "is expected to"'))
    if judgement is None and (restated := projected(text)) and (found := find_judgement(replace(clause, text=restated), lexicon)):
        return replace(found, clause=text, notes=(*found.notes, 'a projection in the present tense: read as "is projected to"'))
    if judgement is None:
        return None
    if " see " in judgement.statement and (seen := seen_claim(judgement.statement)):
        judgement = replace(judgement, statement=seen)  # "we will see more X": "there will be more X" (claim_polarity)
    if judgement.phrase == "will" and doubted(text):
        return None  # "Not everyone is convinced the run will last": others' doubt, no forecast (claim_polarity)
    if judgement.phrase == "will" and describes(clause.before, expectation_text(judgement.written, text)):
        return None  # powers, needs, rules of behaviour and arrangements: a plain "will" describes them (not an
        # arrangement inside an expected act: "are expected to exploit X under the plan", own_expectation)
    anchor = max(text.lower().find(judgement.written.split()[0].lower()), 0)
    if judgement.phrase != "will" and asked(f"{clause.before} {text[:anchor]}"[-300:]):
        return None  # "the open question is what form of exchange is possible": asked, not judged (a plain will: scope)
    notes = list(judgement.notes)
    # "Moscow said it will A | and will B", "said X would A, | and that Y would B": the report carries on
    carried = clause.coordinated or text.lower().startswith("that ")
    said = judgement.speaker or quoted_speaker(text, anchor) or (carried_speaker(clause.before) if carried else None)
    speaker = not_the_authors(said or view_holder(text, anchor), lexicon.authors, quoted='"' in text or "“" in text)
    if judgement.phrase == "will" and judgement.stated is None and FIRST_PERSON.match(judgement.statement):
        return None  # "“We will not reopen the text,” the minister said": a promise or a refusal, not a forecast
    if speaker is not None and re.match(r"(?:some|many|other|certain)\s|$", speaker, re.IGNORECASE):
        return None  # "Some experts have predicted that ...", "is widely expected to": unnamed others' view
    if speaker is not None and judgement.phrase == "will" and judgement.stated is None and (
            pledged(text, anchor, clause.before if carried else "") or SCHEDULE.match(text[anchor:])):
        return None  # "X said it will contest every seat", "the chair said hearings will start in May": a plan
    if speaker is not None:
        judgement = replace(judgement, speaker=speaker)  # "The minister said tolls will rise": theirs, kept for review
        notes.append(f'quoted: the judgement of "{speaker}", not the publisher\'s; check the speaker and whether it is a forecast')
    elif _reported(_GIVEN.sub("", text[:anchor], count=1), clause.before if clause.coordinated else ""):  # into "and will B", not past "however"
        return None
    elif said is not None:  # "The Service also notes that X will": the publisher's own name, its voice; the claim is X
        judgement = replace(judgement, statement=without_attribution(judgement.statement), speaker=None)
    if not judgement.complement and (lead := negative_lead(text[:anchor] or text)):  # not denied twice
        if lead.group("dubious") and judgement.stated is None and not judgement.complement:
            written = " ".join(lead.group(0).split())
            return replace(judgement, statement=_NEGATIVE_LEAD.sub("", judgement.statement, count=1).strip(),
                           phrase="unlikely", written=written, notes=(*notes, f'"{written}": read as "unlikely"'))
        if lead.group("doubt") or judgement.stated is not None:
            return None  # "there is no evidence that X will ...": no judgement that X will, nor that it won't
        judgement = replace(judgement, statement=_NEGATIVE_LEAD.sub("", judgement.statement, count=1).strip(),
                            written=f"{' '.join(lead.group(0).split())} ... {judgement.written}", complement=True)
        notes.append(f'negative lead-in "{" ".join(lead.group(0).split())}": scored at the complement')
    if (weaker := weakest_of_pair(text, judgement, lexicon)) is not None:
        judgement = weaker  # "less likely, but possible": the weaker term is the judgement
    if " see " in judgement.statement and (seen := seen_claim(judgement.statement)):
        judgement = replace(judgement, statement=seen)  # the same, once a lead-in ("I do not think") is gone
    if judgement.statement[:1] in "Nn" and judgement.phrase != "will" and not judgement.complement and judgement.stated is None \
            and not _THAT_NEGATIVE.search(text) and (affirmed := affirmed_subject(judgement.statement)):
        # ("it is very likely that nobody clears 50%": the phrase judges the that-clause as it stands, a non-event)
        # "Neither army is likely to mount X": the event is "either army mounts X", judged not to happen
        judgement = replace(judgement, statement=affirmed, complement=True)
        notes.append(f'negative subject: the question asks "{affirmed.split()[0]}", scored at the complement')
    if conditional := condition(text):
        notes.append(f"conditional: {conditional.group(1)}{conditional.group(2).rstrip('.')}")
    return lean_off_even(replace(judgement, notes=tuple(notes)) if tuple(notes) != judgement.notes else judgement)


#: "it is likely that nobody / no party / neither ...": a negative quantifier inside the judged that-clause.
_THAT_NEGATIVE = re.compile(r"\bthat\s+(?:neither|nobody|no\s+one|none|no)\b", re.IGNORECASE)
#: "Given the Government's stated intention to X, it is unlikely that": a fronted premise, a noun phrase, reports nothing.
_GIVEN = re.compile(r"^\W*(?:given|in\s+(?:view|light)\s+of|despite|notwithstanding)\s+(?!that\b)[^,;]{3,120},\s*", _FLAGS)
_LABEL_END = re.compile(r"^\s*(?:[a-z]+\s*)?:\s+\S")
_LEVEL_NOTE = re.compile(r"^\s*\((?:likelihood|probability|score|level|rating|L)\s*:?\s*\d\)", re.IGNORECASE)
#: A sentence about the text's own language, not about the world.
_METHOD = re.compile(r"^\W*(?:where|when|whenever|if)\s+(?:we|i)\s+(?:say|use|write)\b", re.IGNORECASE)
_CHAT_STAMP = re.compile(r"^\W*\[\d{1,2}:\d\d(?::\d\d)?\]\s*(?:[\w.’'-]+(?:\s+[\w.’'-]+){0,2}\s*:\s+)?")
_HEDGED_NUMBER = re.compile(r"^\W*(?:maybe|perhaps|about|roughly|say|like)?\s*\d{1,2}\s?%\s*\?+\s*$", re.IGNORECASE)
def _estimative(clause: Clause, lexicon: Lexicon) -> Judgement | None:
    text = clause.text
    for match in lexicon.judgement_pattern.finditer(text):
        written = " ".join(match.group(0).split())
        # The phrase in quotation marks ("a deal is 'highly unlikely'") is read as if unquoted.
        before = _OPEN_QUOTE.sub(" ", text[:match.start()])
        # "is, in our judgement, unlikely", "are, by contrast, almost certain to": the aside is no subject
        before = without_set_off(_ASIDE.sub(r"\1 ", before))  # "X, however, is unlikely": the adverb is no subject
        after = _CLOSE_QUOTE.sub("", text[match.end():])
        if ":" in after[:25] and _LABEL_END.match(after):
            continue  # "Prediction I'll probably regret: X will ...": the phrase is the label's, X is judged after it
        if after[:3].lstrip().startswith("("):  # "is unlikely (likelihood 2), but": the legend's level, said again
            after = _LEVEL_NOTE.sub("", after, count=1)
        reading = lexicon.read(written)
        if reading is None or (len(written) > 3 and written.isupper() and not text.isupper()) or not liable_use(written, after):
            continue  # "the threat level remains PROBABLE": the name of a level, set in capitals, not a judgement
        negated_phrase = bool(re.search(r"\bnot\s+$", before, _FLAGS))
        if negated_phrase and reading.entry.phrase not in ("unlikely",):
            written, reading = f"not {written}", lexicon.read(f"not {written}") or reading
        if compared := comparative(before, written, after):  # "less likely" is not "likely"
            written, reading, after = compared[0], lexicon.read(compared[1]) or reading, compared[2]
        hedge = "ruled out" in written or "excluded" in written
        statement = judged[0] if (judged := judged_object(before, after, clause.before)) else judged_claim(clause, before, after)
        if statement is None and hedge and before.strip() and _PREDICATIVE_AFTER.match(after):
            # "A second attack cannot be ruled out": the hedge judges its subject, an event.
            statement = f"there will be {_SUBORDINATOR.sub('', _LEADING_CLAUSE.sub('', ((clause.subject or '') + ' ' + before).strip())).strip()}"
        if statement is None and not clause.subject and (bare := bare_present_claim(written, before, after)):
            statement = bare  # "Liverpool probably finish second": the "will" left out
        if not statement:  # "" : the authors' own past judgement (judged_objects)
            continue
        negated = bool(re.search(rf"\b(?:will\s+{_NOT}|won['’]t|will\s+never)\b", statement, _FLAGS))
        notes = (("hedge: " + written,) if hedge else ()) + ((f'negated claim: "{written}" judges the claim with '
                                                             '"not", which the question asks',) if negated else ())
        notes += (comparative_note(*compared[:2]),) if compared else ()
        return Judgement(text, statement, reading.entry.phrase, written, negated, notes, speaker=judged[1] if judged else according_holder(after))
    return None


def _unqualified(clause: Clause, lexicon: Lexicon) -> Judgement | None:
    text = clause.text  # every match holds "will", "'ll", "shall", "won't" or "expected": a clause with none skips it
    for match in _UNQUALIFIED.finditer(text) if "ll" in (low := folded(text)) or "won" in low or "expected" in low else ():
        before = text[:match.start()]
        if _NOUN_WILL.search(before) or match.group("verb").lower() in _NOT_VERB or _EMBEDDED.search(before):
            continue
        if (outer := judged_it_phrase(before)) and lexicon.judgement_pattern.search(outer):
            continue  # "judges it unlikely that X will": the outer phrase scores X, never the inner "will" (claim_polarity)
        if _DESCRIPTIVE.search(text[max(0, match.start() - 40):match.end() + 30]) and not _OWN_LEAD.match(text):
            return None
        mods = match.group("mods").lower()
        modal = " ".join(match.group("modal").lower().split())
        if modal == "shall":
            continue  # "the original shall prevail", "members shall notify": a rule, not a forecast
        phrase = "inevitably" if "inevitabl" in mods else ("is expected to" if "expected" in modal else "will")
        if phrase == "will" and believed_will(before, clause.before, text):
            phrase = "likely"  # "we think X will": the authors' belief, a "likely" (own_expectation)
        reading = lexicon.read(phrase)
        if reading is None:
            return None
        negated = bool(re.search(rf"\b{_NOT}|\bnever\b|n['’]t", modal + mods))
        said_not = negated and not re.search(r"not|n['’]t", modal)  # "won't" says its "not" already
        written = f"{modal}{' not' if said_not else ''}" if phrase == "will" else (f"{modal} (believed)" if phrase == "likely" else phrase)
        subject = f"{clause.subject} " if clause.subject else ""
        statement = subject + text.strip().rstrip(".")
        if "expected" in modal:
            statement = statement.replace(match.group("modal"), "will", 1)
        return Judgement(text, statement, reading.entry.phrase, written, negated,
                         reads_as=expectation_reading(modal, before))
    return None
