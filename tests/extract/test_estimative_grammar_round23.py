"""Round 23's estimative grammar, on sentences written for the purpose: the lean past even ("more likely / probable than
not") read as "better than even", in a reason clause and with only a time after it; "very probably" as the judgement,
not the "will" before it; "set / poised to" as a course under way; a judgement in a relative clause; a negative
subject asked as the event; the observer's "we will see"; a name's present-tense verb put in the future."""

from datetime import date

import pytest
from conftest import extract_text

from tracker.extract.claim_polarity import affirmed_subject, seen_claim
from tracker.extract.judged_relatives import judged_relative
from tracker.extract.tense import as_future

PUBLISHED = date(2026, 12, 7)


def drafts(text: str):
    return extract_text(f"Outlook\n\n{text}\n", PUBLISHED, ".txt", stem="note").drafts


# --- "more likely / probable than not": just past even, 0.60 ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("Ferry fares are more likely than not to rise in 2027.", "Will ferry fares rise by 31 December 2027?"),
    ("We think fares are more likely than not to rise by March 2027.", "Will fares rise by 31 March 2027?"),
    ("The index appears more probable than not to close above 5,000 by June 2027.",
     "Will the index close above 5,000 by 30 June 2027?"),
    ("A strike at the port looks more probable than not by mid-2027.", "Will there be a strike at the port by 30 June 2027?"),
    ("A third rate cut seems more likely than not in 2027.", "Will there be a third rate cut by 31 December 2027?"),
    # in a reason clause after a comma
    ("We would call that likely, because a dry winter looks more probable than not by mid-2027.",
     "Will there be a dry winter by 30 June 2027?"),
    ("Fares will stay high, since fuel costs seem more likely than not to rise in 2027.",
     "Will fuel costs rise by 31 December 2027?"),
    ("It is more likely than not that the ferry operator raises fares in 2027.",
     "Will the ferry operator raise fares by 31 December 2027?"),
])
def test_the_lean_past_even_reads_better_than_even(sentence, question):
    matching = [d for d in drafts(sentence) if d.text == question]
    assert matching, [d.text for d in drafts(sentence)]
    assert matching[0].probability == pytest.approx(0.6)


@pytest.mark.parametrize("sentence", [
    "A recession looked more likely than not in 2020.",          # the past
    "It looks more likely than not by 2027.",                    # no event named
    "That the bank was more likely than not to fail was clear in 2008.",
])
def test_the_lean_in_the_past_or_with_no_event_is_not_drafted_as_a_lean(sentence):
    assert not [d for d in drafts(sentence) if d.probability == pytest.approx(0.6)]


def test_a_scale_that_defines_the_lean_keeps_its_own_reading():
    # the IPCC scale defines "more likely than not" (>50%, scored 0.75): a legend's words are read with the legend
    from tracker.extract.lexicon import Lexicon
    from tracker.extract.records import Judgement
    from tracker.scales import load_scales
    scales = load_scales()
    lexicon = Lexicon(scales["ipcc-ar6"], scales["plain-reader"])
    judgement = Judgement("x", "x will rise", "likely", "more likely than not", False)
    assert lexicon.reading_of(judgement).entry.probability == pytest.approx(0.75) or \
        lexicon.reading_of(judgement).scale == "ipcc-ar6"
    plain = Lexicon(scales["plain-reader"], None)
    assert plain.reading_of(judgement).entry.phrase == "better than even"


# --- "very probably": the degree adverb is the judgement ----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("The central bank will very probably cut rates again by June 2027.", "Will the central bank cut rates again by 30 June 2027?"),
    ("Tourism will very probably remain the main driver of growth in 2027.",
     "Will tourism remain the main driver of growth by 31 December 2027?"),
    ("A deal is very probable by the end of 2027.", "Will there be a deal by 31 December 2027?"),
    ("Demand very probably peaks in 2030.", "Will Demand peak by 31 December 2030?"),
])
def test_very_probably_reads_as_very_likely(sentence, question):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability, draft.phrase) == (question, 0.9, "highly likely")


def test_very_probably_about_the_past_is_not_drafted():
    assert drafts("The reactor was very probably shut down in 2024.") == []


# --- "set / poised to": a course under way, 0.80 ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("Inflation is set to fall below 3% by the end of 2027.", "Will inflation fall below 3% by 31 December 2027?"),
    ("Business investment is set to strengthen in 2027.", "Will business investment strengthen by 31 December 2027?"),
    ("The company is poised to overtake its rival in 2027.", "Will the company overtake its rival by 31 December 2027?"),
    ("Harbour traffic set to recover in 2027, with fares expected to rise", "Will harbour traffic recover by 31 December 2027?"),
])
def test_set_and_poised_read_as_a_very_good_chance(sentence, question):
    matching = [d for d in drafts(sentence) if d.text == question]
    assert matching and matching[0].probability == pytest.approx(0.8)


@pytest.mark.parametrize("sentence", ["The meeting is set to take place on 3 May.", "The table is set for dinner."])
def test_set_of_a_schedule_or_a_table_is_not_drafted(sentence):
    assert drafts(sentence) == []


def test_bound_and_on_track_stay_will():
    [draft] = drafts("The coalition is on track to lose its majority in 2027.")
    assert draft.probability == pytest.approx(0.9)


# --- a judgement in a relative clause -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("Retaking the province would need air power and a supply line across 500 kilometres of desert, which we judge "
     "the army will not have before 2028.",
     "Will the army have air power and a supply line across 500 kilometres of desert by 31 December 2027?", 0.1),
    ("The reform requires a two-thirds majority, which we think the coalition will win in the 2027 vote.",
     "Will the coalition win a two-thirds majority in the 2027 vote?", 0.9),
    ("Talks depend on a ceasefire, which we expect will collapse by March 2027.",
     "Will a ceasefire collapse by 31 March 2027?", 0.9),
    ("Exporters face new tariffs, which we believe will not be lifted before 2028.",
     "Will new tariffs be lifted by 31 December 2027?", 0.1),
    ("Growth rests on exports, which we judge won't recover in 2027.", "Will exports recover by 31 December 2027?", 0.1),
    ("The party chose Jane Roe, who we expect will run for governor in 2027.",
     "Will Jane Roe run for governor by 31 December 2027?", 0.9),
])
def test_a_judgement_in_a_relative_clause_is_about_its_antecedent(sentence, question, probability):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, probability)


@pytest.mark.parametrize("text", [
    "Prices will rise, which we expect will hurt growth in 2027.",     # the relative is about the whole clause
    "The company makes parts that we think are cheap.",                # a present judgement
    "The plan, which we think is sound, will be debated.",             # no "will" in the relative
    "The port needs dredging, which they expect will start in May.",   # another's expectation
])
def test_relatives_that_judge_no_antecedent_of_ours_read_nothing(text):
    assert judged_relative(text) is None


# --- a negative subject: the event asked, scored at the complement ------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("Neither army is likely to mount a major offensive before 2028.", "Will either army mount a major offensive by 31 December 2027?"),
    ("No party is likely to win an outright majority in 2027.", "Will any party win an outright majority by 31 December 2027?"),
    ("Neither side is likely to sign a ceasefire in 2027.", "Will either side sign a ceasefire by 31 December 2027?"),
])
def test_a_negative_subject_is_asked_as_the_event(sentence, question):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, 0.25)


@pytest.mark.parametrize(("statement", "affirmed"), [
    ("Neither army will mount an offensive", "either army will mount an offensive"),
    ("no party will win a majority", "any party will win a majority"),
    ("Nobody will challenge the president", "anybody will challenge the president"),
    ("No one will resign", "anyone will resign"),
    ("No later than 2027 prices will rise", None),      # a comparative, not a quantifier
    ("None of the juntas will hand power", None),       # asked as it stands
    ("Northern farms will flood", None),
    ("Neither army will not fight", None),              # denied twice: left as written
])
def test_affirmed_subject(statement, affirmed):
    assert affirmed_subject(statement) == affirmed


# --- the observer's "we will see" -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("statement", "claim"), [
    ("We will see more attack plots by teenagers", "there will be more attack plots by teenagers"),
    ("we will see fewer strikes in 2027", "there will be fewer strikes in 2027"),
    ("we will see the number of completed attacks fall next year", "the number of completed attacks will fall next year"),
    ("we'll see a rise in defaults in 2027", "there will be a rise in defaults in 2027"),
    ("investors will likely see rates fall by mid-2027", "rates will fall by mid-2027"),
    ("we will see more firms fail in 2027", "more firms will fail in 2027"),
    ("We will not see prices return to 2019 levels", "prices will not return to 2019 levels"),
])
def test_seen_claim(statement, claim):
    assert seen_claim(statement) == claim


@pytest.mark.parametrize("statement", [
    "we will see in the next chapter how prices fall",     # a signpost
    "we will see what the court decides",                  # an indirect question
    "we will see the minister in May",                     # a meeting
    "they saw prices fall",
])
def test_seeing_that_names_no_event_is_left(statement):
    assert seen_claim(statement) is None


@pytest.mark.parametrize(("sentence", "question"), [
    ("We will almost certainly see more cyber attacks on hospitals in 2027.", "Will there be more cyber attacks on hospitals by 31 December 2027?"),
    ("I do not think we will see ferry fares fall in 2027.", "Will ferry fares fall by 31 December 2027?"),
    ("We are likely to see inflation return to target by 2027.", "Will inflation return to target by 31 December 2027?"),
])
def test_we_will_see_asks_about_what_is_seen(sentence, question):
    assert question in [d.text for d in drafts(sentence)]


# --- a name's present-tense verb, and counted plurals ---------------------------------------------------------------

@pytest.mark.parametrize(("claim", "future"), [
    ("Washington reimposes tariffs of 50% on a range of Chinese goods before the truce lapses",
     "Washington will reimpose tariffs of 50% on a range of Chinese goods before the truce lapses"),
    ("Germany imposes new tariffs", "Germany will impose new tariffs"),
    ("Beijing bans exports of rare earths", "Beijing will ban exports of rare earths"),
    ("Moscow launches a new offensive", "Moscow will launch a new offensive"),
    ("Chinese goods face higher tariffs", "Chinese goods will face higher tariffs"),
    ("one or two small suppliers exit the market", "one or two small suppliers will exit the market"),
    ("Parliament passes the bill in 2027", "Parliament will pass the bill in 2027"),
])
def test_a_names_verb_is_put_in_the_future(claim, future):
    assert as_future(claim, True) == future


@pytest.mark.parametrize("claim", [
    "A sovereign downgraded by two major agencies",    # a counted plural is no verb
    "European leaders agree a deal",                    # an adjective of a people heads no clause
])
def test_counted_plurals_and_peoples_are_not_verbs(claim):
    assert " will " not in as_future(claim, True).replace("it will turn out that", "")
