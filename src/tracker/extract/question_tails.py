"""What trails a claim in news and forecast prose and is no part of the question it asks.

A reporter closes a sentence with who said it (", analysts say", ", the central bank's data showed",
", Jane Roe, head of X, told reporters on Monday", ", according to the survey"); a forecasting team's
weekly brief notes its last figure in brackets ("(last week: 40%)", "(up from 30%)", "(12%, unchanged)");
a team sentence goes on with what the others think (", and most expect it to last the year"); a hedge sits
before a refinement (", most likely against farm goods"). The speaker is read elsewhere (attribution); the
question keeps only the claim.
"""

from __future__ import annotations

import re

#: Verbs that report speech or evidence, in the forms a trailing tag uses. Not the forms that are also common
#: nouns in a predicate ("estimates", "reports", "notes", "forecasts"): ", revised estimates" is an object.
_REPORTING_VERBS = (r"say|says|said|show|shows|showed|suggest|suggests|suggested|told|tells|warn|warns|warned|noted|"
                    r"added|reported|wrote|writes|predicted|argue|argues|argued|believe|believes|think|thinks|reckon|"
                    r"reckons|claimed|insist|insists|insisted|conceded|estimated|concluded|indicated|signalled|signaled|assess|"
                    r"assesses|assessed|judge|judges|judged")
#: ", economists say", ", diplomats from both countries say privately", ", the latest survey showed", ", Jane Roe,
#: head of the agency, told reporters on Friday": a short speaker (an appositive after a name allowed), then
#: the verb; everything after it belongs to the tag (", which would be the highest since 1998").
_REPORTING_TAG = re.compile(
    r",\s+(?!(?:and|but|or|so|which|who|that|if|when|while|as|because|with|without|to|not)\b)"
    rf"(?:[\w’'.&-]+\s+){{0,7}}?[\w’'.&-]+(?:,\s+[^,;]{{3,80}},)?\s+(?:{_REPORTING_VERBS})\b[^;]*$"
    # ", say analysts", ", said Jane Roe, an economist at X": the tag with the verb first
    rf"|,\s+(?:say|says|said|warn|warns|warned|wrote|added|noted)(?!\s+to\b)(?:\s+[\w’'.&-]+){{1,8}}(?:,[^;]*)?$"
    # ", Acme Bank forecasts": a named speaker (capitalised) lets a verb that is also a noun close the sentence
    r"|,\s+(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?-i:[A-Z])[\w’'.&-]*){0,3}\s+(?:forecasts|estimates|reports|notes|"
    r"projects|expects|predicts)$"
    # a cause or a revision given alongside the figure: ", reflecting weaker revenue", ", $2 billion more than
    # projected in March"
    r"|,\s+(?:reflecting|owing\s+to|thanks\s+to|on\s+the\s+back\s+of)\b[^;]*$"
    r"|,\s+(?:about\s+|some\s+)?[$£€]?\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+)?\s+(?:larger|smaller|higher|lower|"
    r"more|less|bigger|greater)\s+than\s+(?:projected|expected|forecast|planned|previously|in)\b[^;]*$"
    # ", and to keep it there until 2028": a second infinitive from "expect X to A, and to B" is a claim of its own
    r"|,\s+and\s+to\s+(?-i:[a-z]+)\s+(?:it|them|the|a|an|its|their|this|that|these|those)\s[^;]*$"
    # ", the government forecast in August": a holder's past forecast of the figure just stated (the noun-like
    # "forecast" is a verb here because a time follows it)
    r"|,\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:forecast|projected|predicted|estimated|expected)\s+"
    r"(?:in|on|last|this|earlier)\b[^,;]*$"
    # ", below Friday's close of 26,130", ", above last year's peak": the level it is set against
    r"|,\s+(?:(?:well|just|slightly|far)\s+)?(?:below|above)\s+(?:[\w-]+['’]s|the|its|their|last|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:close|level|peak|high|low|record|average|reading|figure|print|outturn)\b[^;]*$"
    # ", depending on the measures taken": a condition the question cannot settle on its own date
    r"|,\s+(?:depending|contingent|conditional)\s+(?:on|upon)\b[^;]*$"
    # ", without saying how", ", without giving details": the reporter's word on what the speaker left out
    r"|,\s+without\s+(?:saying|specifying|giving|explaining|elaborating|naming|offering)\b[^;]*$"
    # ", according to the poll", ", broadly in line with the consensus of analysts": whose view it is
    r"|,\s+(?:according\s+to\b|(?:(?:broadly|largely|roughly|very\s+much)\s+)?in\s+line\s+with\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:views?|forecasts?|expectations?|consensus|estimates?|projections?|guidance)\b)[^;]*$",
    re.IGNORECASE)
#: A bracketed note on the figure, not the claim: "(last week: 35%)", "(up from 20%)", "(12%, unchanged)".
_FIGURE_NOTE = re.compile(
    r"\s*\((?:last\s+(?:week|month|quarter|year|time|update|issue|edition)|previous(?:ly)?|prev\.|was|were|"
    r"up|down|unchanged|revised)\b[^()]{0,40}\)"
    # a probability with its change: "(12%, unchanged)"; not a value ("lower than in 2019 (61.2%)", "(2.5% of GDP)")
    r"|\s*\(\d+(?:\.\d+)?\s*%,\s*(?:unchanged|up|down|from|was|previously)\b[^()]{0,30}\)", re.IGNORECASE)
#: ", in our view", "in my judgement,": whose view it is, which the draft's forecaster says; not the question's.
_VOICE_ASIDE = re.compile(r",\s+in\s+(?:our|my)\s+(?:(?:considered|own)\s+)?(?:view|opinion|judgement|judgment)\b(?:,(?=\s)|(?=\s*$)|(?=\s+by\b))",
                          re.IGNORECASE)
#: ", and most expect it to last the year": what the others of the team think is a claim of its own.
#: ", and we do not expect X": the authors' next judgement, denied or not, likewise.
_OTHERS_VIEW = re.compile(r",?\s+(?:and|but)\s+(?:most|many|some|few|others|several|all|both|the\s+rest|we|i)"
                          r"(?:\s+of\s+(?:us|them|our\s+\w+))?\s+(?:also\s+|do\s+not\s+|don['’]t\s+|did\s+not\s+)?"
                          r"(?:expect|think|believe|say|see|doubt|agree|reckon|fear|suspect|assess|judge)\b.*$", re.IGNORECASE)
#: ", and the importance of the base will diminish", ", and the council's review concluded that": a second clause with a subject
#: and a finite verb of its own is a claim of its own (a list of noun phrases or base-form verbs has none).
_SECOND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:(?:the|a|an|this|these|its|their)\s+|(?-i:[A-Z])[\w’'-]*\s+)"
                            r"(?:[\w’'-]+\s+){0,8}?(?:is|are|was|were|has|have|had|will|would|concluded|found|showed)\b.*$"
                            # ", and I am committed to X", ", and that's the usual pattern": a pronoun with its own verb
                            r"|,\s+(?:and|but)\s+(?:(?-i:I)\s+(?:am|have|was|remain)|(?:we|they|he|she)\s+(?:are|have|were|remain|is|has|was)"
                            r"|(?:that|it)(?:['’]s|\s+is|\s+was))\b.*$",
                            re.IGNORECASE)
#: ", most likely against Baltic shipping": the hedge goes, the refinement of what the claim is about stays. (A refinement of
#: time, ", most probably in late June", is the due date's; the predicate cleaner cuts it whole.)
_HEDGED_REFINEMENT = re.compile(r",\s+(?:(?:most|very|more|quite)\s+)?(?:likely|probably|possibly|perhaps)\s+"
                                r"(?=(?:against|with|through|via|into|among|towards?|targeting|from|aimed)\b)",
                                re.IGNORECASE)


def cut_tails(predicate: str) -> str:
    """``predicate`` without a reporting tag, a bracketed note on the figure, the others' view and a hedge
    before a refinement; each is looked for only where its mark is in the text."""
    if "(" in predicate:
        predicate = _FIGURE_NOTE.sub("", predicate)
    if " view" in predicate or " opinion" in predicate or " judg" in predicate:
        predicate = _VOICE_ASIDE.sub("", predicate)
    if ", " not in predicate:
        return predicate
    if ", in fact, " in predicate or ", indeed, " in predicate:
        predicate = predicate.split(", in fact, ")[0].split(", indeed, ")[0]  # a new clause set off: "..., in fact, X is"
    if predicate[-7:].lower() == "however":
        predicate = predicate[:-7].rstrip(" ,")  # "rates will return to X, however": the contrast is the sentence's
    if " and " in predicate or " but " in predicate:
        predicate = _SECOND_CLAUSE.sub("", _OTHERS_VIEW.sub("", predicate))
    if "ly " in predicate or "perhaps" in predicate:
        predicate = _HEDGED_REFINEMENT.sub(" ", predicate)
    if " from " in predicate:
        predicate = _EARLIER_FIGURE.sub("", predicate)
    return _REPORTING_TAG.sub("", predicate)


#: ", from 2.5% now", ", from 12 GW today": the figure the claim starts from, which the question need not repeat.
_EARLIER_FIGURE = re.compile(r",\s+from\s+(?:about\s+|around\s+)?[$£€]?\d[\d.,]*\s*(?:%|per\s*cent|percent|[A-Za-z]+)?"
                             r"(?:\s+(?:now|currently|today|at\s+present|in\s+(?:19|20)\d\d(?:-\d\d)?|a\s+year\s+(?:ago|earlier)))?"
                             r"(?=\s*(?:,|$))", re.IGNORECASE)


#: A speaker set off between the subject and its verb: "Inflation, economists say, is likely to ease".
REPORTING_ASIDE = re.compile(rf"^(?!(?:and|but|or|which|who|that|if|when|as)\b)(?:[\w’'.&-]+\s+){{0,4}}?[\w’'.&-]+\s+"
                             rf"(?:{_REPORTING_VERBS})(?:\s+\w+ly)?$", re.IGNORECASE)
