"""Horizons from the twenty-first blind round of issue 13, on sentences written for the purpose: a list's house
rule on when its items resolve; time words a document defines with an elided verb; time words as adjectives;
a past date before the claim's own; goals dated by their year; "as soon as possible"; "through to"; "the rest
of 2027"; the base of a change named by its month; a weekday in a named week; a summer recess; seasons an
outlook is about; a byline dated after today."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.horizon_seasons import SEASON_END, SEASON_PEAK, season_dates
from tracker.extract.horizon_term_spans import defined_spans
from tracker.extract.horizons import HorizonContext, find_horizon
from tracker.extract.published import publication_date
from tracker.extract.records import Document

PUBLISHED = date(2026, 6, 25)  # a Thursday
CONTEXT = HorizonContext(PUBLISHED, {}, {})
DEFAULT = date(2028, 6, 25)  # 24 months after publication: the far end of the near term


def drafts(text: str, published: date = PUBLISHED):
    return extract_document(text, published=published).drafts


def found(clause: str, context: HorizonContext = CONTEXT):
    return find_horizon(clause, "", context)


# --- a list's house rule: when every undated item resolves ---------------------------------------------------

@pytest.mark.parametrize("rule, due", [
    ("The ground rules: every forecast below is a specific claim that will be plainly right or wrong on "
     "31 January 2028 unless I note otherwise, and the number is my chance it happens.", date(2028, 1, 31)),
    ("Each question resolves on 30 September 2027 unless we say otherwise.", date(2027, 9, 30)),
    ("As usual, my predictions will be graded on 1 March 2028 unless I state otherwise.", date(2028, 3, 1)),
    ("Our bets are settled on December 31, 2027 unless we specify otherwise.", date(2027, 12, 31)),
])
def test_a_house_rule_dates_every_undated_item(rule, due):
    text = f"# Calls for the year\n\n{rule}\n\n## Europe\n\n1. The Bundesbank raises its growth forecast: 70%\n"
    draft = drafts(text)[-1]
    assert draft.text.startswith("Will the Bundesbank raise its growth forecast")
    assert draft.due == due
    assert "horizon from the period the document's note sets" in draft.review


@pytest.mark.parametrize("rule", [
    "My predictions were graded on 3 March 2026 unless I say otherwise.",  # a date gone by: last year's list
    "I will post the spreadsheet on 31 December 2027 unless I say otherwise.",  # no item resolves then
])
def test_no_house_rule_no_list_date(rule):
    text = f"# Calls for the year\n\n{rule}\n\n## Europe\n\n1. The Bundesbank raises its growth forecast: 70%\n"
    assert drafts(text)[-1].due == DEFAULT


# --- time words a document defines, the verb said once -------------------------------------------------------

@pytest.mark.parametrize("note, short, medium", [
    ('Unless stated otherwise, "short term" refers to the next 12 months and "medium term" to the next two to '
     "five years.", (0, 12), (24, 60)),
    ("In this paper short-term means the coming 6 months, medium-term the next one to three years.", (0, 6), (12, 36)),
    ('"Near term" refers to the next 18 months and "medium term" to between two and four years.', None, (24, 48)),
])
def test_terms_defined_with_the_verb_left_out(note, short, medium):
    spans = defined_spans(note)
    if short:
        assert spans["short term"][:2] == short
    assert spans["medium term"][:2] == medium


@pytest.mark.parametrize("prose", [
    "Our short-term fix lasts two years; the medium-term plan to the next election is ambitious.",
    "The short term to the next budget is hard, and the medium term to the summit harder.",
])
def test_prose_about_terms_defines_nothing(prose):
    assert defined_spans(prose) == {}


def test_a_defined_short_term_dates_the_judgement():
    text = ('Unless stated otherwise, "short term" refers to the next 12 months and "medium term" to the next '
            "two to five years.\n\nWe judge that the jamming will highly likely continue in the short term.\n")
    assert drafts(text, date(2026, 5, 12))[-1].due == date(2027, 5, 12)


# --- time words that are no horizon ------------------------------------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("Demand for long-term care workers will probably rise by 300,000 by 2040", date(2040, 12, 31)),
    ("Banks will likely cut short-term loans to developers by 2029", date(2029, 12, 31)),
    ("Hospitals will probably hire more long-term staff by the end of 2027", date(2027, 12, 31)),
])
def test_a_time_word_before_a_noun_is_no_horizon(clause, due):
    assert found(clause).due == due


@pytest.mark.parametrize("sentence", ["In the long-term, prices will probably fall.",
                                      "Prices will probably fall over the long term."])
def test_the_time_word_alone_is_still_one(sentence):
    assert drafts(sentence)[-1].horizon.text == "long term"


@pytest.mark.parametrize("clause, due", [
    ("The agency's figures, released in March 2026, show that water use will fall by 2031", date(2031, 12, 31)),
    ("The survey, published in May 2026, suggests that hiring will slow next year", date(2027, 12, 31)),
])
def test_a_past_date_before_the_claim_does_not_hide_its_own(clause, due):
    assert found(clause).due == due


@pytest.mark.parametrize("clause, due", [
    ("The country is unlikely to meet its 2030 interim target", date(2030, 12, 31)),
    ("The city will probably hit its 2035 emissions goal", date(2035, 12, 31)),
    ("The benchmarks for 2032 will probably be missed", date(2032, 12, 31)),
    ("We expect the 2031 target of 40% to be met", date(2031, 12, 31)),
])
def test_reaching_a_dated_goal_is_decided_in_its_year(clause, due):
    assert found(clause).due == due


@pytest.mark.parametrize("clause", [
    "Her group will probably table amendments to restore the 2030 interim target",
    "The council is likely to scrap the 2035 goal",
    "Ministers will probably set a 2040 climate target",
])
def test_deciding_about_a_dated_goal_is_not_dated_by_it(clause):
    assert found(clause) is None


@pytest.mark.parametrize("clause", ["Ministers will likely push to settle the deal as soon as possible",
                                    "The clinic is likely to reopen as soon as it can"])
def test_as_soon_as_is_no_horizon(clause):
    assert found(clause) is None


def test_soon_alone_is_within_a_year():
    assert found("The deal will probably be signed soon").due == date(2027, 6, 25)


@pytest.mark.parametrize("clause, words, due", [
    ("Vessels are likely to patrol the strait every winter through to 2031", "through to 2031", date(2031, 12, 31)),
    ("Growth will probably remain weak for the rest of 2027", "for the rest of 2027", date(2027, 12, 31)),
    ("Rents are likely to keep climbing for the remainder of 2026", "for the remainder of 2026", date(2026, 12, 31)),
])
def test_spans_to_a_year_keep_their_words(clause, words, due):
    horizon = found(clause)
    assert (horizon.text, horizon.due) == (words, due)


@pytest.mark.parametrize("clause", ["Unemployment will likely reach 7%, down from 9% in March",
                                    "The share is expected to rise to 52%, up from 45% in July",
                                    "Output will probably recover, compared with 3% in February"])
def test_the_base_of_a_change_is_no_horizon(clause):
    assert found(clause) is None


def test_the_claim_keeps_its_own_time_beside_a_base_month():
    assert found("Unemployment will likely reach 7% by year end, down from 9% in March").due == date(2026, 12, 31)


@pytest.mark.parametrize("text, due", [
    ("Brussels next week: ministers vote on Wednesday on the fisheries deal. The deal is likely to pass.",
     date(2026, 7, 1)),
    ("Next week the council meets on Monday. It is unlikely to approve the budget.", date(2026, 6, 29)),
    ("This week the senate votes on Friday; the bill will likely pass.", date(2026, 6, 26)),
])
def test_a_weekday_in_a_named_week_is_that_day(text, due):
    assert drafts(text)[-1].due == due


def test_a_week_alone_ends_on_its_sunday():
    assert found("The bank will probably hold rates next week").due == date(2026, 7, 5)


@pytest.mark.parametrize("clause", [
    "The bill is unlikely to pass before the lower house breaks for the summer",
    "The reform will probably stall before the assembly rises for the summer",
    "The treaty is unlikely to be ratified before the summer recess",
])
def test_a_summer_recess_is_read_as_the_end_of_july(clause):
    horizon = found(clause)
    assert horizon.due == date(2026, 7, 31) and "summer recess" in horizon.flagged


# --- the season an outlook is about ------------------------------------------------------------------------

_STORMS = ("Forecasters see a 65% chance of a busier than average season, with 12 to 16 named storms.\n\n"
           "The season starts on 1 June and ends on 30 November; the peak of the season runs from August to "
           "October. There is a one-in-three chance of a major landfall by the peak of the season.\n")


def test_the_season_the_document_dates():
    first, peak = drafts(_STORMS, date(2027, 4, 10))
    assert first.due == date(2027, 11, 30) and "an above" not in first.text and "busier than average season" in first.text
    assert peak.due == date(2027, 10, 31)


@pytest.mark.parametrize("sentences, end, peak", [
    (["The Atlantic hurricane season outlook is out.", "It sees an active season."], date(2026, 11, 30),
     date(2026, 10, 31)),
    (["The monsoon season forecast calls for normal rain."], date(2026, 9, 30), None),
    (["The fire season runs until 15 October this year."], date(2026, 10, 15), None),
    (["Our busy season ends in December.", "The peak of the season is in November."], date(2026, 12, 31),
     date(2026, 11, 30)),
])
def test_season_dates_from_the_text_or_the_table(sentences, end, peak):
    dates = season_dates(sentences, date(2026, 5, 21))
    assert dates.get(SEASON_END) == end and dates.get(SEASON_PEAK) == peak


@pytest.mark.parametrize("sentences", [["Retailers expect a strong holiday period."],
                                       ["The football season was the best in years."]])
def test_no_season_dates_without_them(sentences):
    assert season_dates(sentences, date(2026, 5, 21)) == {}


def test_a_season_gone_by_is_not_the_one_ahead():
    context = HorizonContext(PUBLISHED, {}, {SEASON_END: date(2026, 11, 30)})
    assert found("Last season's total will likely be revised up", context) is None
    assert found("There is a 60% chance of a near-normal season", context).due == date(2026, 11, 30)


# --- a byline dated after today ----------------------------------------------------------------------------

def test_a_byline_after_today_is_the_date_flagged():
    text = "# Calls for 2028\n\n**Ana Ruiz** · Dec 29, 2027 · 6 min read\n\nThe euro will probably rise.\n"
    value, how, guessed = publication_date(Document(name="post", text=text), date(2027, 12, 1))
    assert value == date(2027, 12, 29) and guessed and "after today" in how


def test_a_future_date_in_prose_is_no_byline():
    text = "# Calls for 2028\n\nThe summit on 3 March 2028 will probably fail.\n"
    value, _, _ = publication_date(Document(name="post", text=text), date(2027, 12, 1))
    assert value != date(2028, 3, 3)


# --- a time ahead put first sets the scene -----------------------------------------------------------------

@pytest.mark.parametrize("text, due", [
    ("The bands widen; at the end of 2027, the band stretches from 0.5 to 3.5 per cent. There is, in other words, "
     "a significant probability that inflation will leave the band.", date(2027, 12, 31)),
    ("By 2029, the pension fund holds twice its current assets. It is likely that fees will fall.", date(2029, 12, 31)),
])
def test_a_later_year_opening_a_sentence_dates_the_next_judgement(text, due):
    draft = drafts(text)[-1]
    assert draft.due == due and "horizon carried from earlier in the paragraph" in draft.review


@pytest.mark.parametrize("text", ["In 2026, exports shrank by a tenth. The government will probably fall.",
                                  "The index stood at 104 at the end of 2027 in the old series. The rand will probably weaken."])
def test_the_year_of_publication_or_a_time_not_first_sets_no_scene(text):
    assert drafts(text)[-1].due == DEFAULT


# --- a publication dated by its month as the subject -------------------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("The staff projections in March will probably show inflation at target in 2028, which gives cover for "
     "waiting until June", date(2027, 3, 31)),
    ("The board minutes in October will probably show a split", date(2027, 10, 31)),
    ("The jobs report due in January is likely to show unemployment above 5% in 2027", date(2027, 1, 31)),
    ("Its quarterly survey in December 2026 will likely point to a slowdown", date(2026, 12, 31)),
])
def test_a_release_dated_by_its_month_decides_what_it_shows(clause, due):
    assert find_horizon(clause, "", HorizonContext(date(2026, 11, 20), {}, {})).due == due


@pytest.mark.parametrize("clause, due", [
    ("Prices in March will probably rise 3% by 2028", date(2028, 12, 31)),  # no publication: the claim's own time
    ("Rents in May will likely be 4% higher by the end of 2027", date(2027, 12, 31)),
])
def test_no_release_no_release_date(clause, due):
    assert find_horizon(clause, "", HorizonContext(date(2026, 11, 20), {}, {})).due == due


# --- a sitting scheduled on a weekday ----------------------------------------------------------------------

@pytest.mark.parametrize("text, due", [
    ("MEPs vote in plenary on Tuesday on the car rules. The text is likely to pass.", date(2026, 6, 30)),
    ("The council meets on Monday. It is unlikely to approve the budget.", date(2026, 6, 29)),
    ("Ministers will decide on Friday whether to extend the ban, which is likely.", date(2026, 6, 26)),
    ("The court rules on Thursday; the appeal will probably fail.", date(2026, 7, 2)),  # published on a Thursday
])
def test_a_sitting_on_a_weekday_dates_what_follows(text, due):
    draft = drafts(text)[-1]
    assert draft.due == due and any("a sitting on a weekday" in note for note in draft.review)


@pytest.mark.parametrize("text", ["The minister said on Tuesday that the budget will probably pass.",
                                  "Officials met on Monday. The budget will probably pass."])
def test_a_day_something_was_said_or_done_is_no_schedule(text):
    assert drafts(text)[-1].due == DEFAULT


# --- ranges of durations, the next decade, a count looking back ---------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("The repairs will likely take two to three years", date(2029, 6, 25)),
    ("The new plant takes four to six years to build, so output will probably lag", date(2032, 6, 25)),
])
def test_a_range_of_years_it_takes_is_due_at_its_far_end(clause, due):
    assert found(clause).due == due


@pytest.mark.parametrize("clause, due", [
    ("There will probably be fewer than two workers per pensioner by the end of the next decade", date(2039, 12, 31)),
    ("The population is likely to peak by the end of the decade", date(2029, 12, 31)),
])
def test_the_next_decade_is_the_one_after_this(clause, due):
    assert found(clause).due == due


@pytest.mark.parametrize("clause, due", [
    ("The fund cut its forecast, the third downgrade in six months, and growth will likely slow", None),
    ("Prices will probably rise by a fifth in two years", date(2028, 6, 25)),  # a fraction, not an ordinal
])
def test_an_ordinal_count_looks_back(clause, due):
    horizon = found(clause)
    assert (horizon.due if horizon else None) == due


# --- a peak dated by its months -------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, due", [
    ("Forecasters expect the calm to persist through the peak of the season in August, September and October",
     date(2026, 10, 31)),
    ("The dry spell will probably last until the peak of the season in June and July", date(2026, 7, 31)),
    ("Demand is likely to ease by the peak of the tourist season (July-August)", date(2026, 8, 31)),
])
def test_a_peak_dated_by_its_months_ends_with_the_last(clause, due):
    horizon = found(clause)
    assert horizon.due == due
