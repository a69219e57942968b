"""The authors' signposts: a future that announces their own text ("we will look at", "this chapter will
describe", "in what follows"), the publisher's own schedule or watch ("we will publish", "we will continue to
monitor"), or an open question they will follow ("it will be interesting to see whether").

Such a "will" is worded as a future but forecasts nothing: it says what the document or its authors will do, so a
clause that ``signpost`` accepts is no judgement, however confident it sounds.
"""

from __future__ import annotations

import re

from tracker.extract.own_text import defines_level, describes_itself

#: The authors announcing their own text: "we will look at", "this chapter will describe", "in what follows".
_SIGNPOST = re.compile(r"""
    \b(?: we | i ) (?: \s+ will | ['’]ll ) \s+ (?: (?: also | briefly | first | then | now | again | further | probably
        | likely | possibly )\s+ )*
        (?: look | examine | describe | discuss | present | consider | focus | turn | show | explain | outline
          | analy[sz]e | review | return | address | highlight | summari[sz]e | explore | assess | set\s+out
          # the writer's own next steps: "I'll probably update after the budget", "we will revisit this in March"
          | update | revisit | revise | publish | post | score
          # a speaker's plan of the talk: "Tonight I will talk about ...", "I'll touch on", "we will walk you through"
          | talk | speak | touch\s+on | go\s+through | (?: walk | take ) \s+ (?: you \s+ )? through | cover | dwell\s+on
          | elaborate | expand\s+on | reflect\s+on | say\s+(?: a\s+few\s+words | a\s+word | something | more )
          # a live blog's own plan: "that is where we will leave our coverage", "we will be back with live coverage"
          | (?: leave | be \s+ back | bring \s+ you ) (?= (?: \s+ [\w’'-]+ ){0,4}? \s+ (?: coverage | blog ) \b ) )\b
    # an open question the authors will watch: "it will be interesting to see how", "X will show whether"
  | \bit\s+will\s+be\s+(?: \w+\s+ )?(?: interesting | intriguing | instructive | important | worth | telling
        | revealing | crucial )\s+(?: to\s+ )?(?: see | watch | observe | follow | following | watching | seeing | monitor )
  | \bwill\s+(?: also\s+ | thus\s+ | therefore\s+ )?(?: show | reveal | tell | indicate | demonstrate | test | determine )
        \s+(?: the\s+ (?: extent | degree ) \s+ to\s+ which | to\s+what\s+extent | whether | how | if )\b
  | \b(?: this | the | our | next | following | present | last )\s+
        # "next week's issue", "next Tuesday's issue", "tomorrow's edition": a day on the publisher's calendar
        (?: (?: week | month | year | [a-z]*day | tomorrow | today | weekend ) ['’]s \s+
          | (?: remaining | following | next | later | subsequent | coming | final | two | three | four ) \s+ )?
        (?: chapters | sections | parts | annexes | paragraphs  # "The following sections will outline ..."
          | chapter | section | report | part | review | assessment | document | publication | overview | article
          | paper | annex | summary | pages? | edition | brief | briefing | analysis | study | note | excerpt
          | outlook | update | survey | bulletin | issue | newsletter | episode | post | column | speech | talk | address
          | lecture | presentation | remarks | testimony )\s+ will \b
    # a publication's housekeeping: "paid subscribers will get the spreadsheet", "readers will receive"
  | \b(?: subscribers | readers | members | listeners )\s+ will \s+ (?: also\s+ )? (?: get | receive | find | see ) \b
    # a site's notice to its reader: "Your preferences will be stored for 12 months", "your data will be processed"
  | \byour\s+ (?: [\w-]+\s+ )? (?: preferences | choices | settings | consent | data | details | information | cookies
        | address | account | subscription ) \s+ will \s+ (?: not\s+ | only\s+ )? be \s+ (?: stored | kept | saved | retained
        | used | processed | shared | deleted | remembered | sent | handled ) \b
    # a reply the procedure requires: "the Government will respond to this report"
  | \bwill\s+ respond \s+ to\s+ (?: this | the | our )\s+ (?: report | recommendations? | inquiry )\b
  | \b(?: section | chapter | part | annex | appendix )\s+ \d+(?: \.\d+ )*\s+ will \b
    # the authors' text describing what it finds: "identifies trends that will shape", "sets out what X will"
  | \b(?: identif(?: y | ies ) | describes? | examines? | explores? | sets\s+out | outlines?
        | (?<!\bwe\s)(?<!\bI\s)considers?(?!\s+it\s)  # "we / the operator consider(s) it likely that": a judgement
        | discuss(?: es )?
        | analy[sz]es? | maps? )\s+ (?: \w+\s+ ){0,4}? (?: that | which | what | how )\s+ (?: [\w’'-]+\s+ ){0,4}? will \b
    # what the text's findings are for: "its findings will inform ...", "the conclusions will feed into ..."
  | \b(?: its | their | our | the | these | this\s+\w+['’]s )\s+ (?: findings | conclusions | results | recommendations
        | insights | judge?ments )\s+ will \s+ (?: \w+\s+ )? (?: inform | feed | guide | support | underpin | contribute
        | be\s+used | help )\b
    # a publisher's own schedule: "we will publish", "the Committee will publish its next projections",
    # "the Intelligence Community will update these judgements", "Ofgem will consult on ..."
  | \bwill\s+ (?: (?: next | also | again | then | soon | shortly | later )\s+ )?
        (?: publish | release | issue | update | revise | revisit | reassess ) \s+ (?: \w+\s+ ){0,2}?
        (?: judge?ments? | assessments? | projections? | forecasts? | estimates? | outlooks? | reports? | analys[ie]s
          | reviews? | figures | questions | findings | resolution\s+report | scenarios )\b
    # the same schedule in the passive: "Forecasts will be updated daily", "the model will be re-run weekly"
  | \b(?: forecasts? | projections? | estimates? | odds | figures | the\s+model | this\s+(?: outlook | page | model ) )\s+
        will\s+ be\s+ (?: \w+ly\s+ )? (?: updated | revised | re-?run | refreshed | published | released ) \b
  | \bwill\s+ (?: consult | report\s+back | report\s+on\s+progress | hold\s+a\s+consultation ) \b
  | \b(?: we | i )\s+ will \s+ (?: also\s+ )? (?: publish | release | issue ) \b
    # a publication scheduled by whoever writes: "NRCan will publish an updated list in 2026"
  | \bwill\s+ (?: also\s+ )? publish \b
    # the publisher's own operations, by the role it writes under: "The company will take delivery of ..."
  | ^\W*(?: \d{1,3}\.\s+ )? (?: the\s+ )? (?: company | group | board | management | service ) \s+ (?: also\s+ )? will \b
  | \bin\s+what\s+follows\b
    # the authors' own watch: "we will continue to monitor", "we will keep the situation under review", "signposts
    # we'll be watching", "I will be looking for", "we will be keeping an eye on"
  | \b(?: we | i ) (?: \s+ will | ['’]ll ) \s+ (?: (?: also | continue\s+to | closely | be )\s+ )*
        (?: monitor | follow | track | watch | update | report\s+on | keep\s+(?: \w+\s+ ){1,4}?under\s+review
          | (?<=be\s) (?: monitoring | following | tracking | watching | looking\s+ (?: for | at | out\s+for )
            | keeping\s+ (?: an\s+ | a\s+close\s+ )? (?: eye | tabs | watch ) ) )\b
""", re.IGNORECASE | re.VERBOSE)


#: The authors limiting their own coverage: "It will not list every case", "This review will not name all the groups",
#: "we will not describe each incident". What a body "will not stop every attack" is an outcome (not matched).
_NOT_EXHAUSTIVE = re.compile(r"""\b(?: it | this | we | the\s+\w+ )\s+ will \s+ not \s+ (?: attempt\s+to\s+ | try\s+to\s+ )?
    (?: list | enumerate | catalogue | catalog | name | describe | detail | recount | cover | discuss | document | itemi[sz]e )
    \s+ (?: every | each | all )\b""", re.IGNORECASE | re.VERBOSE)


def signpost(text: str) -> bool:
    """Whether ``text`` announces the authors' own text or an open question they will watch, or defines a level of a
    scale ("Level 4 means that an attack is considered probable")."""
    lowered = text.lower()
    # every signpost form holds "will" but "in what follows", and one of a few words: set tests spare the long
    # pattern on most clauses
    return ("will" in lowered or "follows" in lowered or "'ll" in lowered or "’ll" in lowered) and not _SIGNPOST_WORDS.isdisjoint(_WORD.findall(lowered)) \
        and bool(_SIGNPOST.search(text)) \
        or ("this " in lowered or "our " in lowered or "the present " in lowered) and any(
            verb in lowered for verb in ("includes", "contains", "features", "provides", "offers", "presents", " has ")) \
        and bool(_SELF_DESCRIBED.search(text)) \
        or defines_level(text) \
        or " not " in lowered and (" every " in lowered or " each " in lowered or " all " in lowered) \
        and bool(_NOT_EXHAUSTIVE.search(text)) \
        or describes_itself(text)  # "In this chapter we set out what ... will", a legend's preamble, a counted list


_WORD = re.compile(r"[a-z]+")
#: The words of which every form of ``_SIGNPOST`` holds at least one.
_SIGNPOST_WORDS = frozenset("""
    look examine examines describe describes discuss discusses present consider considers focus turn show explain
    outline outlines analyse analyses analyze analyzes review return address highlight summarise summarize explore
    explores assess set sets interesting intriguing instructive important worth telling revealing crucial reveal
    tell indicate demonstrate test determine chapter section report part assessment document publication overview
    article paper annex summary page pages edition brief briefing analysis study note excerpt outlook update survey
    bulletin issue newsletter episode post column subscribers readers members listeners respond appendix identify
    revisit revise publish score coverage blog
    identifies map maps findings conclusions results recommendations insights judgments judgements publish release
    your sections chapters parts paragraphs annexes watching monitoring tracking looking keeping
    revise revisit reassess forecast forecasts projection projections estimate estimates odds figures model consult
    hold company group board management service follows monitor follow track watch keep
    talk speak touch go walk take cover dwell elaborate expand reflect say speech address lecture presentation remarks
    testimony
""".split())
#: The document describing its own contents: "this edition includes a section setting out how X is expected to".
_SELF_DESCRIBED = re.compile(r"""\b(?: this | the\s+present | our )\s+ (?: edition | report | chapter | section | review
        | assessment | document | publication | outlook | update | issue | newsletter | paper | study )\s+ (?: also\s+ | now\s+ )?
        (?: includes | contains | features | provides | offers | presents | has ) \s+ (?: [\w-]+\s+ ){0,4}?
        (?: section | chapter | annex | appendix | part | box | overview | discussion | summary | table | chart | glossary ) \b""",
                             re.IGNORECASE | re.VERBOSE)
