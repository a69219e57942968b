"""Rules of the eleventh round of issue 13, each on sentences written for the purpose: an expectation ("is
expected / projected / forecast to", "we expect X to") scored as a central projection, "likely"."""

import re
from datetime import date

import pytest
from conftest import extract_text

PUBLISHED = date(2026, 12, 7)


def extraction(text: str, suffix: str = ".txt"):
    return extract_text(text, PUBLISHED, suffix, stem="note")


def drafts(text: str):
    return extraction(f"Outlook\n\n{text}\n").drafts


# --- an expectation is a central projection: plain readers' "likely" (0.75), not a bare "will" (0.90) -------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("Copper output is forecast to rise 4% in 2027.", "Will copper output rise 4% by 31 December 2027?"),
    ("Harbour traffic is projected to recover by mid-2027.", "Will harbour traffic recover by 30 June 2027?"),
    ("Grain exports are expected to fall in 2027.", "Will grain exports fall by 31 December 2027?"),
    ("The deficit is now anticipated to narrow in 2027.", "Will the deficit narrow by 31 December 2027?"),
    ("We expect the ferry operator to raise fares in 2027.", "Will the ferry operator raise fares by 31 December 2027?"),
    # a reduced passive after "with": the subject is the noun phrase, not "with ..."
    ("Demand is weak, with ferry fares expected to rise in 2027.", "Will ferry fares rise by 31 December 2027?"),
    ("Demand is weak, and ferry fares projected to rise in 2027.", "Will ferry fares rise by 31 December 2027?"),
])
def test_an_expectation_is_scored_as_likely(sentence, question):
    [draft] = drafts(sentence)
    assert (draft.text, draft.phrase, draft.probability, draft.band) == (question, "likely", 0.75, (0.668, 0.80))
    assert "central projection" in draft.rationale and draft.scale == "plain-reader"


@pytest.mark.parametrize("sentence", [
    "The coalition is on track to lose its majority in 2027.",
    "Emissions are bound to rise in 2027.",
    "The port will reopen in 2027.",
])
def test_commitment_and_a_bare_will_stay_will(sentence):
    [draft] = drafts(sentence)
    assert (draft.phrase, draft.probability) == ("will", 0.9)
    assert "central projection" not in draft.rationale


@pytest.mark.parametrize("sentence", [
    "Grain exports are not expected to recover in 2027.",
    "We do not expect the ferry operator to raise fares in 2027.",
])
def test_a_denied_expectation_is_the_complement_of_likely(sentence):
    [draft] = drafts(sentence)
    assert draft.probability == pytest.approx(0.25) and draft.band == pytest.approx((0.2, 0.332))
    assert "complement" in draft.rationale


def test_a_documents_own_legend_does_not_define_the_reading_of_an_expectation():
    # the legend's "likely" is the authors' word; an expectation is tracker's reading, on the plain-reader scale
    legend = 'Terms: "likely" (55-70 %), "even chance" (40-60 %), "unlikely" (10-30 %), "remote" (less than 10 %).\n\n'
    found = extraction(f"Outlook\n\n{legend}Grain exports are expected to fall in 2027. The ban is likely to "
                       "end in 2027.\n").drafts
    assert [(d.probability, d.scale) for d in found] == [(0.75, "plain-reader"), (0.625, "document-legend")]


def test_the_rules_about_plain_futures_still_apply_to_an_expectation():
    # a plan described, and a note that takes back the paragraph's plain futures
    assert drafts("The plan is to build two terminals. The first is expected to open in 2027.") == []
    assert drafts("Fares are projected to fall 5% in 2027. (Note: these are the operator's targets, not "
                  "forecasts.)") == []


def test_an_expected_event_is_an_expectation_and_a_warning_is_a_will():
    [draft] = drafts("A second rate cut is expected in March 2027.")
    assert (draft.text, draft.probability) == ("Will there be a second rate cut by 31 March 2027?", 0.75)
    [draft] = drafts("Further strikes are to be expected in 2027.")
    assert draft.probability == 0.9


# --- headlines and bullet points without a verb or an article -------------------------------------------------

@pytest.mark.parametrize(("line", "question", "probability"), [
    ("Recession likely by Q3 2027", "Will there be a recession by 30 September 2027?", 0.75),
    ("Rate cut expected in March", "Will there be a rate cut by 31 March 2027?", 0.75),
    ("Euro area recession unlikely in 2027", "Will there be a euro area recession by 31 December 2027?", 0.2),
    ("Ferry strike highly unlikely before the summer", "Will there be a ferry strike by 31 May 2027?", 0.05),
    ("Toll increases likely later this year", "Will there be toll increases by 31 December 2026?", 0.75),
    ("Grain prices expected to fall in 2027", "Will grain prices fall by 31 December 2027?", 0.75),
])
def test_a_bulleted_headline_is_read_with_its_copula(line, question, probability):
    text = f"Outlook\n\nThe harbour board sees these risks to the toll:\n\n- {line}\n- The board will meet in January\n"
    found = extraction(text).drafts
    assert (found[0].text, found[0].probability) == (question, probability)
    # read with "is" (or, for "expected to", as the reduced passive it also is)
    assert re.search("headline without a verb|no auxiliary", " ".join(found[0].review))


@pytest.mark.parametrize("line", [
    "Analysts expected a cut.",                       # a verb in the past: no headline
    "We kept costs as low as possible.",              # "as ... as possible"
    "- Prices expected to rise in days.",             # a participle with a full stop: the active past
    "- The likely winner of the vote",                # an adjective before its noun
])
def test_what_is_no_verbless_headline_stays_out(line):
    assert drafts(line) == []


def test_a_headline_as_a_heading_is_not_read():
    assert extraction("# Markets\n\n## Recession likely by Q3 2027\n\nThe economy slowed in the autumn.\n",
                      ".md").drafts == []


@pytest.mark.parametrize(("row", "question"), [
    ("US enters recession by Q3 2027", "Will the US enter recession by 30 September 2027?"),
    ("OPEC cuts output before June 2027", "Will OPEC cut output by 31 May 2027?"),  # decided by the end of May
    ("Ceasefire between the two sides by June 2027", "Will there be a ceasefire between the two sides by 30 June 2027?"),
    ("UK general election called before end of 2027", "Will the UK general election be called by 31 December 2027?"),
    ("EU sanctions on Russia lifted before end of 2027", "Will EU sanctions on Russia be lifted by 31 December 2027?"),
    ("Inflation above 3% at end of 2027", "Will there be inflation above 3% by 31 December 2027?"),
])
def test_a_claim_tables_headline_cells_get_their_articles_and_verbs(row, question):
    text = ("# Forecasts\n\nThe US economy slowed in 2026.\n\n| # | Question | My forecast |\n|---|---|---|\n"
            f"| 1 | {row} | 35% |\n")
    [draft] = extraction(text, ".md").drafts
    assert (draft.text, draft.probability) == (question, 0.35)


def test_an_acronym_takes_the_only_where_the_document_writes_it_so():
    text = "# Forecasts\n\n| # | Question | My forecast |\n|---|---|---|\n| 1 | NATO admits a new member by 2028 | 20% |\n"
    [draft] = extraction(text, ".md").drafts
    assert draft.text.startswith("Will NATO admit a new member")


@pytest.mark.parametrize(("sentence", "due"), [
    ("Rate cuts are likely later this year.", date(2026, 12, 31)),
    ("A ferry strike is unlikely again before the summer.", date(2027, 5, 31)),
    ("Port closures are likely through 2027.", date(2027, 12, 31)),
    ("Port closures are likely soon.", date(2027, 12, 7)),
])
def test_a_predicative_phrase_before_more_time_words_stands_alone(sentence, due):
    [draft] = drafts(sentence)
    assert draft.due == due


# --- other spellings of the future, and estimative words no scale lists (the generality probe) ------------------

@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("The harbour board is going to raise tolls in 2027.", "Will the harbour board raise tolls by 31 December 2027?", 0.9),
    ("Ferry fares are not going to fall in 2027.", "Will ferry fares not fall by 31 December 2027?", 0.9),
    ("It is likely that the board is going to raise tolls in 2027.", "Will the board raise tolls by 31 December 2027?",
     0.75),
    ("It’s going to be a hard winter for the ferry operators in 2027.",
     "Will it be a hard winter for the ferry operators by 31 December 2027?", 0.9),
    ("Ferry fares'll rise again in 2027.", "Will ferry fares rise again by 31 December 2027?", 0.9),
    ("Exporters stand to lose market share in 2027.", "Will exporters lose market share by 31 December 2027?", 0.9),
    ("The incumbent is odds-on to win the vote in 2027.", "Will the incumbent win the vote by 31 December 2027?", 0.75),
    ("The strike will in all likelihood end in 2027.", "Will the strike end by 31 December 2027?", 0.9),
    ("It is conceivable that the port closes in 2027.", "Will the port close by 31 December 2027?", 0.4),
    ("A deal is hardly conceivable in 2027.", "Will there be a deal by 31 December 2027?", 0.05),
    ("I do not think we'll see ferry fares fall in 2027.", "Will ferry fares fall by 31 December 2027?", 0.1),
])
def test_other_spellings_of_the_future_and_unlisted_estimative_words(sentence, question, probability):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, pytest.approx(probability))


@pytest.mark.parametrize("sentence", [
    "Troops are going to war in the spring.",              # motion, not a future
    "The money is going to the ministry in 2027.",
    "It stands to reason that tolls rise in 2027.",         # an idiom
    "We'll be talking to the harbour master next week.",    # the speakers' own plan
    "We'll see how it goes in 2027.",                       # waiting, not judging
    "I'll publish the figures in 2027.",
])
def test_motion_idioms_and_the_speakers_plans_are_no_future(sentence):
    assert drafts(sentence) == []


# --- an event named by its year dates the claim ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question", "due"), [
    ("The incumbent is likely to win the 2027 election.", "Will the incumbent win the 2027 election?", date(2027, 12, 31)),
    ("The party will lose seats in the 2028 general elections.", "Will the party lose seats in the 2028 general elections?",
     date(2028, 12, 31)),
    ("The 2027 budget will cut harbour spending.", "Will the 2027 budget cut harbour spending?", date(2027, 12, 31)),
])
def test_an_event_named_by_its_year_is_due_at_that_years_end(sentence, question, due):
    [draft] = drafts(sentence)
    assert (draft.text, draft.due) == (question, due)
    assert "event horizon" in " ".join(draft.review)


def test_an_event_of_a_past_year_is_no_horizon():
    [draft] = drafts("Tolls will stay above the level of the 2025 review.")
    assert "horizon defaulted" in draft.review


@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("It's likely to get colder in 2027.", "Will it get colder by 31 December 2027?", 0.75),
    ("Ferry fares aren't expected to fall in 2027.", "Will ferry fares fall by 31 December 2027?", 0.25),
    ("The toll isn't likely to rise in 2027.", "Will the toll rise by 31 December 2027?", 0.2),
    ("That's likely to change in 2027.", "Will that change by 31 December 2027?", 0.75),
])
def test_the_copulas_contractions_are_read_as_written_out(sentence, question, probability):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, pytest.approx(probability))


def test_a_possessive_s_is_no_contraction():
    from tracker.extract.future_forms import plain_future

    assert plain_future("Russia's army is likely to grow.") == "Russia's army is likely to grow."
    assert plain_future("It's more likely than not that X.") == "It's more likely than not that X."


# --- horizons in shapes the main grammar did not read (published 7 December 2026) -------------------------------

@pytest.mark.parametrize(("words", "due"), [
    ("no later than 2027", date(2027, 12, 31)),
    ("in the next 12 to 18 months", date(2028, 6, 7)),        # the longer end of the range
    ("over the next 6-12 months", date(2027, 12, 7)),
    ("over the next five to ten years", date(2036, 12, 7)),
    ("in the next couple of years", date(2028, 12, 7)),
    ("over the next two quarters", date(2027, 6, 7)),
    ("in Q1", date(2027, 3, 31)),                             # the next first quarter
    ("by the fourth quarter", date(2026, 12, 31)),            # this one: its end is not past
    ("in the weeks ahead", date(2027, 1, 7)),
    ("by year-end", date(2026, 12, 31)),
    ("until at least mid-2028", date(2028, 6, 30)),
    ("by the turn of the decade", date(2030, 12, 31)),
])
def test_more_horizon_shapes(words, due):
    [draft] = drafts(f"The harbour board will raise tolls {words}.")
    assert draft.due == due and draft.horizon.text == words


def test_at_the_latest_is_no_part_of_the_question():
    [draft] = drafts("The harbour board will raise tolls by 2028 at the latest.")
    assert (draft.text, draft.due) == ("Will the harbour board raise tolls by 31 December 2028?", date(2028, 12, 31))


def test_a_quarter_with_its_year_is_left_to_the_main_grammar():
    [draft] = drafts("The harbour board will raise tolls in the first quarter of 2028.")
    assert draft.due == date(2028, 3, 31)


# --- more spellings found by probing shapes by hand ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("The port will, in all likelihood, reopen in 2027.", "Will the port reopen by 31 December 2027?", 0.9),
    ("It is assessed that the port will probably reopen in 2027.", "Will the port reopen by 31 December 2027?", 0.75),
    ("There is little chance the port reopens in 2027.", "Will the port reopen by 31 December 2027?", 0.2),
    ("We see a high risk the strike spreads in 2027.", "Will the strike spread by 31 December 2027?", 0.75),
    ("Odds are the port reopens in 2027.", "Will the port reopen by 31 December 2027?", 0.75),
    ("Chances are that the port will reopen in 2027.", "Will the port reopen by 31 December 2027?", 0.75),
    ("The port looks set to reopen in 2027.", "Will the port reopen by 31 December 2027?", 0.8),
    ("Our base case is a reopening in the second half of 2027.", "Will there be a reopening by 31 December 2027?", 0.75),
    ("Reopening of the port in 2027 is seen as likely.", "Will there be reopening of the port by 31 December 2027?", 0.75),
    ("The port is all but certain to reopen in 2027.", "Will the port reopen by 31 December 2027?", 0.95),
    ("The council is widely expected to raise tolls in 2027.", "Will the council raise tolls by 31 December 2027?", 0.75),
    ("Prospects for a toll deal in 2027 are dim.", "Will there be a toll deal by 31 December 2027?", 0.2),
    ("A toll deal in 2027 remains a long shot.", "Will there be a toll deal by 31 December 2027?", 0.2),
    ("It would be surprising if the port reopened before 2028.", "Will the port reopen by 31 December 2027?", 0.2),
])
def test_shapes_found_by_probing_by_hand(sentence, question, probability):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, probability)


def test_an_attribution_set_inside_the_clause_names_the_speaker():
    [draft] = drafts("The strike, the minister said, will end in 2027.")
    assert (draft.text, draft.speaker) == ("Will the strike end by 31 December 2027?", "the minister")
    assert drafts("The commission assessed that the port will reopen in 2027.") == []  # another body's assessment
    assert drafts("The odds are against a deal in 2027.") == []  # no claim after "odds are"


def test_a_quarter_of_next_year():
    [draft] = drafts("Inflation is forecast to peak at 4% in the first quarter of next year.")
    assert draft.due == date(2027, 3, 31)


@pytest.mark.parametrize(("sentence", "probability"), [
    ("We put the odds of a strike in 2027 at roughly one in five.", 0.2),
    ("The probability that the port reopens in 2027 is about one in three.", 1 / 3),
])
def test_a_chance_put_at_a_ratio(sentence, probability):
    [draft] = drafts(sentence)
    assert draft.probability == pytest.approx(probability) and draft.due == date(2027, 12, 31)


@pytest.mark.parametrize("sentence", ["The port is likely to reopen, but not before 2028.",
                                      "The port will reopen, but not until 2028."])
def test_but_not_before_a_year_is_the_claims_lower_bound(sentence):
    [draft] = drafts(sentence)
    assert draft.due == date(2028, 12, 31) and "lower bound" in " ".join(draft.review)


@pytest.mark.parametrize(("claim", "future"), [
    ("one or two small suppliers exit the market this winter", "one or two small suppliers will exit the market this winter"),
    ("the controls get rolled back before the election", "the controls will get rolled back before the election"),
    ("the major carriers resume Suez transits by June", "the major carriers will resume Suez transits by June"),
    ("the monthly average exceeds $5.00/MMBtu in January", "the monthly average will exceed $5.00/MMBtu in January"),
])
def test_more_verbs_found_by_shape(claim, future):
    from tracker.extract.tense import as_future

    assert as_future(claim, True) == future


@pytest.mark.parametrize(("sentence", "question", "speaker"), [
    ("According to the port authority, tolls will rise in 2027.", "Will tolls rise by 31 December 2027?",
     "the port authority"),
    ("Ferry tolls will rise in 2027, the port authority said on Monday.", "Will ferry tolls rise by 31 December 2027?",
     "the port authority"),
    ("We agree with the ministry that ferry tolls will rise in 2027.", "Will ferry tolls rise by 31 December 2027?", None),
])
def test_attribution_before_or_after_the_claim_without_quotation_marks(sentence, question, speaker):
    [draft] = drafts(sentence)
    assert (draft.text, draft.speaker) == (question, speaker)


@pytest.mark.parametrize("sentence", [
    "According to the IMF’s forecast published in 2025, growth will slow in 2027.",  # a published forecast
    "According to the plan, three new ferries will be built in 2027.",                # a plan described
])
def test_according_to_a_document_or_a_plan_names_no_speaker(sentence):
    assert drafts(sentence) == []
