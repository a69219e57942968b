"""The predicate of a question cleaned of what the question does not ask: the time words the due date states,
their remains ("in the", "by the end of"), a reason or comparison given for the claim, a second clause in
another tense ("and has signed ..."), a comma splice, a refinement ("most probably in late June"), a dangling
modal and a doubled word.
"""

from __future__ import annotations

import re

from tracker.extract.dates import EVENT_NOUNS
from tracker.extract.question_tails import cut_tails

#: A correlative claim keeps both halves: "the more X is prepared to give, the less Y will".
_CORRELATIVE = re.compile(r"^the\s+(?:more|less|fewer|greater|higher|lower|longer|better|worse|stronger|weaker)\s",
                          re.IGNORECASE)
_REASON_TAIL = re.compile(r"""
    ,\s+ (?: because | since | given ) \s .*$
    # the gap to someone's target or an earlier level: ", still short of the 50,500 a year the plan targets"
  | ,\s+ (?: still | well | far | just | slightly ) \s+ (?: short \s+ of | shy \s+ of | below | above ) \s .*$
    # a consequence the writer draws: ", so February looks like the natural point" (a subject and a verb after "so")
  | ,\s+ so \s+ (?! that \b | far \b | much \b | long \b ) (?: [\w’'-]+ \s+ ){1,4}? (?: looks? | seems? | is | are | will | would | means?
        | should | could | may | might | [a-z]+s ) \b .*$
  | ,\s+ as \s+ (?: (?: is | are | was | were | do | does | did | has | have ) \s
                  | (?: the | a | an | its | their | this | these | his | her | (?-i:[A-Z])[\w’'-]+ | it | they | he | she ) \s+
                    (?: [\w’'-]+ \s+ ){0,12}?
                    (?: does | do | is | are | has | have | had | did | was | were | cannot | can | would | will
                      | (?: hold | keep | push | pull | drive | weigh | drag | remain | stay | act | continue | persist ) s? ) \b ) .*$
    # a cause or a precedent told of the claim itself: ", as this makes attribution harder", ", as it did in 2019"
  | ,\s+ as \s+ (?: this | it | they | these ) \s+ (?-i:[a-z]) .*$
    # a cause running alongside the claim: "decline as lower policy rates compress margins", "slow as consumer
    # spending moderates" (a noun phrase, then a verb of change or a copula: not "as well as", "as expected")
  | (?<!\bfar)(?<!\blong)(?<!\bmuch)(?<!\bsoon)(?<!\bwell)(?<!\bmany)(?<!\bsame)(?<!\bsuch)  # "as far as he is": a comparison
    ,?\s+ (?: even \s+ )? as \s+ (?! (?: well | (?: much | many ) \s+ as | soon | long | far | early | late | part | such | if | though | of | to | a | an
                      | expected | planned | usual | before | likely | high | low | good | strong ) \b )
    (?: [\w’'-]+ \s+ ){1,5}? (?: is | are | was | were | has | have | did | does | do | cannot
        | (?: moderate | fade | ease | slow | rise | fall | weaken | strengthen | recover | decline | grow | increase
            | compress | tighten | loosen | mature | expire | unwind | normali[sz]e | shrink | widen | narrow
            | feed | filter | bite | wane | spread | kick | pass | play | persist | continue | linger | mount | build
            | deepen | intensify | act | weigh | drag | push | pull | drive | remain | stay ) s? ) \b .*$
    # the writer's summary of the claim in apposition: ", a structure that pays holders to store", ", a move which"
  | ,\s+ (?: a | an ) \s+ (?: [\w’'-]+ \s+ ){1,4}? (?: that | which ) \s .*$
    # a concession: "..., although X have taken up the issue", "... – whereas Y"
  | \s* (?: , | \s[–—-] ) \s+ (?: although | though | even\s+though | whereas ) \s .*$
  | ,\s+ (?: up | down ) \s+ from \s+ \S*\d .*$  # an earlier figure: "..., up from 25% in our June outlook"
  | \s* [,:;] \s+ (?: (?: and | so | but ) \s+ )? (?: we | i ) \s+ (?: also \s+ )? (?: forecast | expect | project
      | estimate | see | predict | anticipate ) \b .*$  # the authors' next forecast: ", and we forecast X", ": we expect"
""", re.IGNORECASE | re.VERBOSE)
_OTHER_CLAUSE = re.compile(r"""
    \s+ (?: and | but ) \s+ (?: is | are | was | were | has | have | had | does | did | may | might | could | can
                             | remains | continues ) \b .*$
    # a comma splice: ", the ongoing collection of data indicates ...", ", Russia continues to keep ..."
  | ,\s+ (?: (?: the | a | an | this | these | its | their ) \s+
              (?: [\w’'-]+ (?: \s+ | \s*,\s* (?: however | though | in\s+turn | too ) \s*,\s* ) ){0,6}?
            | (?-i:[A-Z])[\w’'-]+ \s+ )  # "the likelihood of X, however, is low": an aside does not end the phrase
    (?: is | are | was | were | has | have | remains | continues | indicates | shows | suggests | means ) \b .*$
    # a new clause after a spaced dash: "... becomes inevitable – the likelihood of this scenario, however, is low"
  | \s+ [–—] \s+ (?: the | a | an | this | these | its | their ) \s+ (?: [\w’'-]+ \s+ ){0,6}? (?: ,\s* [\w\s]{2,20} ,\s* )?
    (?: is | are | was | were | has | have | remains | will | would ) \b .*$
    # the writer's word on the scenario itself, its verb cut off: "..., the likelihood of this scenario"
  | [,–—]\s+ (?: the | its ) \s+ (?: likelihood | probability | chance | risk | possibility ) \s+ of \s+ (?: this | that | such ) \b .*$
    # a second clause with its own modal after a comma: "rise, wages will stall"
  | ,\s+ (?: [a-z][\w’'-]* \s+ ){1,3} (?: will | would | won['’]t ) \b .*$
    # "but admitted they would fail", "and said that": the speaker's next words, no part of this claim
  | ,?\s+ (?: and | but ) \s+ (?: admitted | conceded | acknowledged | insisted | (?: added | said | noted | warned ) \s+ that ) \b .*$
    # a refinement after the claim: ", most probably in late June", ", possibly earlier"
  | ,\s+ (?: most \s+ | more \s+ )? (?: probably | likely | possibly ) \s .*$
""", re.IGNORECASE | re.VERBOSE)


_WITH_PROBABILITY = re.compile(r",?\s+with\s+(?:a\s+)?(?:(?:very|fairly)\s+)?(?:high|great|low|some|reasonable|moderate)\s+"
                               r"(?:probability|likelihood|confidence)\b", re.IGNORECASE)


def clean_predicate(predicate: str, drop: tuple[str, ...]) -> str:
    """``predicate`` without the time words the due date says (``drop``), their remains, and what is no part of
    the question: a reason, a second clause, a dangling modal, a doubled word."""
    from tracker.extract.horizon_terms import may_name_term
    from tracker.extract.horizons import TERMS

    predicate = cut_tails(predicate)  # ", economists say", "(last week: 40%)": no part of the claim
    # the time words with their preposition first: dropping "long term" alone leaves "in the" behind
    predicate = TERMS.sub("", predicate) if may_name_term(predicate) else predicate
    predicate = _WITH_PROBABILITY.sub("", predicate)  # "will increase with high probability": the phrase, not the claim
    # "possible but not yet the most likely outcome": the weaker term scores it, the rest is no part of the claim
    predicate = re.sub(r",?\s+but\s+not\s+(?:yet\s+)?(?:the\s+most\s+)?(?:likely|probable)\b.*$", "", predicate) \
        if "but not" in predicate else predicate
    # "...: the median projection is 11.3 percent, against ...": a colon opening a present statement elaborates the
    # claim; ", which is above the benchmark of 25%": a non-restrictive relative comments on it. Neither is asked.
    predicate = re.sub(r":\s+(?:the|a|an|this|these|that|its|their|our)\s+(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were)\b.*$", "",
                       predicate) if ": " in predicate else predicate
    # (", which gives cover for waiting", ", which means X": the writer's comment on it likewise)
    predicate = re.sub(r",\s+which\s+(?:is|are|was|were|has|have|had|gives|means|makes|leaves|allows|buys|offers|"
                       r"provides|implies|suggests)\b[^,;]*$", "", predicate) if ", which" in predicate else predicate
    # ", supported by lower rates", ", driven largely by data centers": the cause given is not asked
    predicate = re.sub(r",\s+(?:supported|driven|helped|underpinned|boosted|fuell?ed|held\s+back|weighed\s+down|dragged\s+down|"
                       r"hampered|constrained)\s+(?:(?:largely|mainly|mostly|partly|in\s+part)\s+)?by\b[^;]*$", "", predicate) \
        if " by " in predicate else predicate
    # "decline by 4% over the same period": the period stated before, which the due date states
    predicate = _SAME_PERIOD.sub("", predicate) if "same" in predicate else predicate
    # "by 2028 at the latest": the due date is the latest; the words would say it twice
    predicate = re.sub(r",?\s+at\s+the\s+(?:very\s+)?latest\b,?", "", predicate) if "latest" in predicate else predicate
    for words in drop:
        if words:
            # "will take up to four years" (the duration is the horizon): asks whether it is done by the due date
            if predicate.startswith("take "):
                duration = re.escape(re.sub(r"^take\s+", "", words))
                predicate = re.sub(rf"^take\s+{duration}(?!\w)", "be completed", predicate)
            if words in predicate and _DATED_EVENT.search(predicate) and re.search(
                    rf"\b(?:its|the|their|this|next)\s+{re.escape(words)}\s+(?:[\w-]+\s+)?{_DATED_EVENT.pattern}", predicate, re.I):
                continue  # "at its December 2026 meeting": the meeting is the question, not any time before it
            if words in predicate and ('"' in predicate or "“" in predicate) and words not in _QUOTED.sub("", predicate):
                continue  # 'to "as soon as possible"': words inside a quotation are the speaker's, and stay whole
            if words in predicate and _KEPT_TIME.search(predicate) and _kept_time(predicate, words):
                continue  # "for much of 2027", "in the January 2027 flash estimate": the words are part of a noun phrase
            if words in predicate and " of " in predicate:
                words = _with_anchor(predicate, words)  # "the first quarter [of next year]": the period goes whole
            if words in predicate:  # whole words only: "the election" is no part of "the elections"
                # "repaid before 2031-32 unless X": the preposition goes with the year, or "before" dangles
                before = "" if _OPENS_WITH_PREPOSITION.match(words) else rf"(?:\b{_TIME_PREPOSITION}\s+)?"
                predicate = re.sub(rf"{before}(?<![\w-]){re.escape(words)}(?![\w-])", "", predicate)
    predicate = TERMS.sub("", predicate) if may_name_term(predicate) else predicate
    # "will reinforce, and is also likely to accelerate, existing trends": the object both verbs share follows
    # the second one's closing comma, which the question does not keep
    predicate = _SHARED_OBJECT.sub(r"\1 ", predicate)
    # Remains of a time phrase cut out ("gain new impetus in the but ..."); a preposition or participle left
    # before nothing ("the elections planned for", "shift in the as the ice retreats"): the time words were the
    # object of the phrase, not the claim's horizon; what is left goes.
    # "win a majority and that his government would unlock X": a second reported clause is a claim of its own
    predicate = re.sub(r"\s+and\s+that\s+(?:[\w’'-]+\s+){1,10}?(?:will|would)\b.*$", "", predicate) \
        if " and that " in predicate else predicate
    # ", against 37% for Fidesz": the other side's number, no part of the claim
    # (", compared with a long-term average of 43%": the norm it is set against, likewise)
    predicate = _AGAINST.sub("", predicate) if ", " in predicate else predicate
    # "more likely to change tasks than to replace workers": the alternative it is weighed against is not asked
    predicate = _THAN_TO.sub("", predicate) if " than to " in predicate else predicate
    # ", up from 18%": the number it revises, no part of the claim
    predicate = re.sub(r",\s+(?:up|down|unchanged|revised(?:\s+(?:up|down))?|(?:little|barely|largely)\s+changed)\s+from\s+[^,;]*$",
                       "", predicate) \
        if " from " in predicate else predicate
    # "be sworn in [before September]": the particle of a phrasal verb is no remains of the cut time words
    predicate = predicate.rstrip() if predicate.endswith(" ") else predicate
    particle = " in" if predicate.endswith(" in") and _PARTICLE_IN.search(predicate) else ""
    predicate = _REMAINS.sub("", predicate[:len(predicate) - len(particle)]) + particle
    if ", " in predicate and ("due" in predicate or "scheduled" in predicate or "set" in predicate):
        predicate = _EMPTIED_ASIDE.sub("", predicate)  # "the jobs report, due on [4 December], before": its date went
    # "lower on [31 Dec] than on 12 June": the date went to the due date, its preposition with it
    predicate = re.sub(r"\s+(?:on|by|in|at)\s+(?=than\b)", " ", predicate) if " than " in predicate else predicate
    predicate = _end_cut(_DANGLING_PREPOSITION, predicate)
    # A reason or a comparison given for the claim is no part of what is asked: "..., because neither side can
    # win", "..., as the reshuffle does not point to a successor", "..., as are attacks by state actors".
    if _TAIL_MARK.search(predicate) or " as " in predicate:  # a tail opens with a mark, or is a cause with "as"
        tail = _REASON_TAIL.search(predicate)
        # "as high as they were": the second "as" of a comparison opens no reason
        if tail and not re.search(r"\bas\s+[\w-]+,?$", predicate[:tail.start()]):
            predicate = predicate[:tail.start()]
    # A second verb in another tense or a weaker modal is a claim of its own, not part of the question: "deploy
    # bombers and has signed agreements", "continue and may expand", "meet the budget but is not on track".
    if not _CORRELATIVE.match(predicate):  # "the more X is prepared to give, the less Y will": one claim
        predicate = _OTHER_CLAUSE.sub("", predicate)
    # "widespread protests should" (the rest of "should not be ruled out" was the phrase): a dangling modal.
    predicate = _end_cut(_DANGLING_MODAL, predicate)
    words = [word.strip(",;:.()") for word in predicate.split()]
    if any(a == b for a, b in zip(words, words[1:])):
        predicate = _DOUBLED.sub(r"\1", predicate)  # "at at the same time"
    if ",," in predicate.replace(" ", ""):
        predicate = _COMMAS.sub(",", predicate)  # ",," where words were cut
    if " ," in predicate or " ;" in predicate:
        predicate = _SPACE_BEFORE_MARK.sub(r"\1", predicate)  # "in Poland , above all": where words were cut
    return " ".join(predicate.split()).strip(" ,;:.")


def _kept_time(predicate: str, words: str) -> bool:
    """Whether the time ``words`` are part of a noun phrase the claim needs: the object of a share ("for much of
    2027", "most of next year"; not "the rest of 2027", which lasts to the due date) or a date before a noun ("the January 2027 flash estimate", "its 2027 budget")."""
    # the horizon's text may bring its preposition and article ("of 2027", "in the January 2027")
    escaped = re.escape(re.sub(r"^(?:(?:in|of|by|during|over|for|within|until)\s+)?(?:(?:the|its|their)\s+)?", "", words,
                               flags=re.IGNORECASE))
    if re.search(rf"\b(?:much|most|all|part|parts|half|the\s+bulk)\s+of\s+(?:the\s+)?{escaped}(?![\w-])",
                 predicate, re.IGNORECASE):
        return True
    if not _DATED.search(words):
        return False  # "the coming decades", "the next twelve months": a period, never a date before a noun
    after = re.search(rf"\b(?:the|its|their|this|our|his|her)\s+{escaped}\s+(?-i:([a-z][\w-]*))", predicate, re.IGNORECASE)
    return bool(after) and after.group(1) not in _NOT_A_NOUN and not after.group(1).endswith(("ed", "ing", "ly"))


def _with_anchor(predicate: str, words: str) -> str:
    """``words`` with the "of ..." that anchors them ("the first quarter" + "of next year"), when the predicate
    writes it after them: dropping the period alone would leave "into of next year"."""
    found = re.search(rf"(?<![\w-]){re.escape(words)}\s+of\s+(?:(?:next|this|last|the\s+(?:next|coming|following))\s+"
                      rf"(?:year|decade|quarter|month|winter|summer|spring|autumn|season)|(?:19|20)\d\d(?:/\d\d)?)(?![\w-])",
                      predicate, re.IGNORECASE)
    return found.group(0) if found else words


#: The guard of ``_kept_time``: a share of a period, or a determiner before the time words.
_KEPT_TIME = re.compile(r"\b(?:of|the|its|their|this|our|his|her)\s", re.IGNORECASE)
#: Words after a date that do not make it a modifier: the clause goes on ("the 2027 and 2028 budgets" aside).
_NOT_A_NOUN = {"and", "or", "but", "as", "if", "when", "while", "to", "in", "on", "at", "by", "for", "of", "with",
               "than", "from", "before", "after", "is", "are", "was", "were", "will", "would", "unless", "until",
               "because", "since", "so", "that", "which", "who", "then", "into", "through", "amid", "under", "across",
               "among", "between", "against", "despite", "without", "within", "beyond", "around", "about", "below",
               "above", "over", "after", "during", "per", "via", "toward", "towards", "compared", "relative", "given",
               "ahead", "including", "excluding", "except", "unlike", "like", "plus", "alongside", "a", "an", "the"}
#: A date in the time words (a year, a month): only a date stands before a noun as its modifier.
_DATED = re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|November|December")


def _end_cut(pattern: re.Pattern[str], text: str) -> str:
    """``text`` without what ``pattern`` (anchored at the end) finds in its last 80 characters: the search
    need not try every earlier position."""
    found = pattern.search(text, max(0, len(text) - 80))
    return text[:found.start()] if found else text


_REMAINS = re.compile(r"\s+(?:in|over|during|within|for|throughout)\s+the(?=\s*(?:[,;.]|$|\s(?:and|but|or)\b))"
                      # "for the rest of [2026]": the period's own words go with its year
                      r"|\s+(?:for|during|in|over|through)\s+the\s+(?:rest|remainder|balance)(?:\s+of)?(?=\s*(?:[,;.]|$))"
                      # "aged 80 and over" ends in "over" of its own: no time word was cut from it
                      # "declared over", "be over": "over" of its own (finished), after a participle or "be"
                      r"|(?<!\band)(?<!\bor)\s+(?:in|(?<!ed\s)(?<!\bbe\s)over|during|within)(?=\s*(?:[,;.]|$))"
                      r"|\s+(?:in|over|during|within|for|until|by)\s+the(?=\s+(?:as|when|while|because)\b)")
#: ("feed through", "need to": a verb in "-eed" is no participle; "than before", "as before": an adverb of comparison)
_DANGLING_PREPOSITION = re.compile(r"(?<!\bthan)(?<!\bever)(?<!\bas)\s+(?:\w+(?<!e)ed\s+)?(?:for|until|till|by|from|to|on|at|into|before|through)\s*$"
                                   r"|\s+(?:before|by|until|at)\s+(?:the\s+)?(?:end|start|middle|beginning)\s+of\s*$")
_DATED_EVENT = re.compile(rf"(?=[abcdehmrstv]){EVENT_NOUNS}\b", re.IGNORECASE)  # first letters: test_word_guards
_DANGLING_MODAL = re.compile(r"\s+(?:should|could|may|might|would|will|can)(?:\s+not)?\s*$")
_TAIL_MARK = re.compile(r"[,:;–—-]")
_SHARED_OBJECT = re.compile(r"^(?!also\b)([a-z]+(?<!ly)),\s+(?![^,]*\b(?:will|would)\b)(?=(?!(?:because|since|as|especially|particularly|albeit|although|"
                            r"though|while|whilst|which|who|and|but|or|with|if|unless|when|not|even|then|thus|so|in|at|by|given|"
                            r"from|for|to|on|[a-z]+ly)\b)[a-z])")
#: A preposition before time words that do not open with one ("before 2031-32"): it goes with them.
_TIME_PREPOSITION = r"(?i:before|by|until|till|in|during|through|throughout|within|over)"
_OPENS_WITH_PREPOSITION = re.compile(r"(?:in|by|before|until|till|during|through|throughout|within|over|on|at|from|to|after|"
                                     r"since|for|around|about|early|late|end)\b", re.IGNORECASE)
#: An aside whose date went to the due date: ", due on,", ", scheduled for".
_EMPTIED_ASIDE = re.compile(r",\s+(?:due|scheduled|set)(?:\s+(?:on|in|for|by|at))?\s*(?=,|$)")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;])")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b")
_COMMAS = re.compile(r"\s*,(?:\s*,)+")
#: ", compared with a long-term average of 43%", ", slightly above the climatological value of 40%": a reference value
_AGAINST = re.compile(r",\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:(?:slightly|well|far|just|somewhat)\s+)?"
                      r"(?:above|below)(?=\s+the\s))\s+(?:\d|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:average|norm|mean|baseline|median|value)\b)[^,;]*$", re.IGNORECASE)
_THAN_TO = re.compile(r"\s+(?:rather\s+)?than\s+to\s+(?-i:[a-z]+)\b[^;]*$")
_QUOTED = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)")
_PARTICLE_IN = re.compile(r"\b(?:sworn|swear|phased?|priced?|locked?|factored|factor|kick(?:ed)?|ushered|usher|"
                          r"step(?:ped)?|set|voted|brought|bring|fill(?:ed)?|caved?|give|gave|pencill?ed|pencil)\s+in$")
_SAME_PERIOD = re.compile(r",?\s+(?:over|during|in|within|across|for)\s+the\s+same\s+(?:period|time\s*frame|timeframe|horizon|"
                          r"span|years?|months?)\b", re.IGNORECASE)
