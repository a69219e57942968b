"""Rules of the seventh round of issue 13, each checked on documents written for the purpose: a legend printed
in one line of prose, a legend of multi-word terms one per line, and (see below) the sources a document names."""

import tempfile
from datetime import date
from pathlib import Path

import pytest

from tracker.extract import extract_document
from tracker.extract.legend_table import prose_legend, table_legend

PUBLISHED = date(2026, 12, 1)
TERMS = [("remote", "less than 10%"), ("unlikely", "10-35%"), ("realistic possibility", "35-55%"),
         ("likely", "55-80%"), ("highly likely", "80-95%"), ("almost certain", "more than 95%")]
BANDS = {"remote": (0.0, 0.1), "unlikely": (0.1, 0.35), "realistic possibility": (0.35, 0.55),
         "likely": (0.55, 0.8), "highly likely": (0.8, 0.95), "almost certain": (0.95, 1.0)}
BODY = ("## Findings\n\nIt is highly likely that the government will cut the fuel tax before the end of 2027.\n\n"
        "A settlement is unlikely to be reached in the coming year.\n")


def extraction(text: str, suffix: str = ".md"):
    path = Path(tempfile.mkdtemp()) / f"outlook{suffix}"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, published=PUBLISHED)


def probabilities(result) -> dict[str, float]:
    return {draft.quote.split()[1]: draft.probability for draft in result.drafts}


ONE_LINE = "Probability terms: " + ", ".join(f"{term} ({value})" for term, value in TERMS) + "."


def test_a_legend_on_one_line_of_prose_gives_its_printed_bands():
    assert prose_legend(ONE_LINE) == BANDS


def test_a_one_line_legend_beats_the_close_standard_it_resembles():
    # PHIA lists the same six words (unlikely 0.30, highly likely 0.85): the printed bands are what the authors mean.
    result = extraction(f"# Outlook 2027\n\n{ONE_LINE}\n\n{BODY}")
    assert result.scale == "document-legend" and "prints its own probability legend" in result.notes[0]
    assert probabilities(result) == {"is": pytest.approx(0.875), "settlement": pytest.approx(0.225)}


@pytest.mark.parametrize("row", ["{t} ({v})", "- {t} ({v})", "{T}: {v}", "* **{T}** ({v})", "{T}\t{v}",
                                 "1. {t} ({v})", "{t} ({v}),", "- {T}: ({v});", "{T} = {v}", "> {T} - {v}",
                                 "**{T} [{v}]**"])
@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_legend_one_term_per_line_keeps_its_multi_word_terms(row, blank):
    lines = blank.join(row.format(t=term, T=term.capitalize(), v=value) for term, value in TERMS)
    text = f"# Outlook 2027\n\nWe use these terms:\n\n{lines}\n\n{BODY}"
    assert table_legend(text) == BANDS
    result = extraction(text)
    assert result.scale == "document-legend"
    assert probabilities(result) == {"is": pytest.approx(0.875), "settlement": pytest.approx(0.225)}


@pytest.mark.parametrize("text", [
    "Inflation (2-3%), growth (1-2%) and wages (4-5%) rose last year.",
    "remote (less than 10%), unlikely (10-35%). Then, much later, likely (55-80%)",
])
def test_figures_in_brackets_or_two_terms_are_no_legend(text):
    assert prose_legend(text) == {}


def test_a_prose_legend_with_quoted_terms_and_a_final_and_is_read():
    text = ('Our notes use these words: "almost sure" (more than 90 %), "probable" (60-90 %),\n"even chance" '
            '(40-60 %), "improbable" (10-40 %) and "remote" (less than 10 %). The winter runs to May.')
    assert prose_legend(text) == {"almost sure": (0.9, 1.0), "probable": (0.6, 0.9), "even chance": (0.4, 0.6),
                                  "improbable": (0.1, 0.4), "remote": (0.0, 0.1)}


# --- the publisher: mastheads in capitals, titles, meta tags -------------------------------------------------

@pytest.mark.parametrize(("masthead", "publisher"), [
    ("HARBOUR PROTECTION SERVICE OF THE REPUBLIC OF ELDORIA\n\nANNUAL OUTLOOK 2027",
     "Harbour Protection Service of the Republic of Eldoria"),
    ("GREYWATER-NORTH STRATEGY CENTRE                          OUTLOOK 2027\nA survey of the coast",
     "Greywater-North Strategy Centre"),
    ("CIVIC LANTERN ALLIANCE\nPre-Election Report No. 4\n\nThe Central Polling Commission met in May.",
     "Civic Lantern Alliance"),
    ("HOUSE OF ELDERS\n\nTrade and Harbours Committee\n\nOral evidence", "Trade and Harbours Committee"),
    ("Press release of the Ministry of Fisheries and Water\n\nToday the minister spoke.", "Ministry of Fisheries and Water"),
    ("# Quarry Re — Global Reinsurance Outlook 2027\n\nText.", "Quarry Re"),
])
def test_the_publisher_is_read_from_the_masthead_or_the_title(masthead, publisher):
    from tracker.extract.publisher import find_publisher

    assert find_publisher(masthead + "\n\nThe port will reopen in 2027.\n").name == publisher


def test_a_title_with_a_year_before_the_dash_names_no_publisher():
    from tracker.extract.publisher import find_publisher

    assert find_publisher("# Outlook 2027 — Energy Review\n\nThe port will reopen in 2027.\n") is None


def test_an_html_author_meta_tag_is_the_publisher_and_source_forecaster():
    page = ('<html><head><meta name="author" content="Lantern Weather Desk"><title>Rain</title></head><body>'
            "<p>It is likely that the reservoir will overflow before the end of 2027.</p></body></html>")
    result = extraction(page, ".html")
    assert result.publisher == "Lantern Weather Desk"
    assert "author meta tag" in result.notes[-1]


# --- transcripts: each turn's judgements are its speaker's -----------------------------------------------------

TRANSCRIPT = """Oral evidence: harbour dredging

Q1 Chair: Will the channel be open this winter?

Ilse Varga: Good morning. I think it is highly unlikely that we will close the channel before March 2027.

Q2 Chair: And the dredger?

Ilse Varga: The dredger is likely to be replaced by 2028.

Marten Oye: I agree. Tolls will probably rise in 2027.

Marten Oye: Thank you.
"""


def test_a_transcript_turn_makes_its_speaker_the_source_forecaster():
    result = extraction(TRANSCRIPT, ".txt")
    speakers = {draft.quote[:20]: draft.speaker for draft in result.drafts}
    assert sorted(speakers.values()) == ["Ilse Varga", "Ilse Varga", "Marten Oye"]
    assert all("the judgement of" in draft.rationale for draft in result.drafts)


def test_a_label_with_a_colon_once_is_no_speaker():
    result = extraction("Outlook\n\nBase Case: The dredger is likely to be replaced by 2028.\n", ".txt")
    assert [draft.speaker for draft in result.drafts] == [None]


# --- numbers, rows and forms ---------------------------------------------------------------------------------

def test_a_question_table_row_is_its_own_question_at_its_percentage():
    text = ("# Team page\n\n| # | Question | Our p | Closes |\n|---|---|---|---|\n"
            "| 1 | Will the harbour authority publish the dredging plan by 31 March 2027? | 70% | 2027-03-31 |\n"
            "| 2 | Will tolls exceed EUR 9 on any day before 1 April 2027? | 4% | 2027-04-01 |\n")
    drafts = {draft.text: draft.probability for draft in extraction(text).drafts}
    assert drafts == {"Will the harbour authority publish the dredging plan by 31 March 2027?": 0.7,
                      "Will tolls exceed EUR 9 on any day before 1 April 2027?": 0.04}


@pytest.mark.parametrize(("sentence", "probability"), [
    ("We think the ferry will start a winter timetable in 2027 (~75%).", 0.75),
    ("There is a real possibility that the ferry will stop in 2027.", 0.40),
])
def test_numbers_and_real_possibilities_are_read_as_written(sentence, probability):
    assert [draft.probability for draft in extraction(f"Outlook\n\n{sentence}\n", ".txt").drafts] == \
        [pytest.approx(probability)]


@pytest.mark.parametrize(("sentence", "question"), [
    ("The navy is likely to have deployed a second squadron by 2028.", "Will the navy have deployed a second squadron"),
    ("The ferry is an even chance to resume before the bridge does.", "Will the ferry resume before the bridge does"),
    ("A toll agreement before 2030 is a remote prospect.", "Will there be a toll agreement"),
    ("Turnout will fall; a second round on 8 March 2027 is therefore expected.", "Will there be a second round"),
    ("In our assessment the regatta will take place on the scheduled date.", "Will the regatta take place"),
    ("The port operator considers it very unlikely that rationing will be needed this winter.",
     "Will rationing be needed"),
])
def test_predicative_chances_and_judged_schedules_are_drafted(sentence, question):
    texts = [draft.text for draft in extraction(f"Outlook\n\n{sentence}\n", ".txt").drafts]
    assert any(text.startswith(question) for text in texts), texts


@pytest.mark.parametrize("sentence", [
    "The raid is likely to have been carried out by the coastguard.",  # a judgement of the past
    "The regatta will take place on 22 February 2027.",  # a schedule
    "The village is remote.",  # a place
    "This chapter considers how the harbour will develop.",  # a signpost
])
def test_past_schedules_places_and_signposts_stay_out(sentence):
    assert extraction(f"Outlook\n\n{sentence}\n", ".txt").drafts == []


def test_a_legend_term_as_predicate_splits_at_and():
    legend = 'Terms: "likely" (60-90 %), "even chance" (40-60 %), "remote" (less than 10 %).\n\n'
    text = f"Outlook\n\n{legend}Infection this season is remote, and spread between towns is remote as well.\n"
    assert len(extraction(text, ".txt").drafts) == 2


@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("We see a small probability — around 10% — of a storm surge topping the sea wall next year.",
     "Will there be a storm surge topping the sea wall", 0.10),
    ("Dredging cut silting by 38 % last year. We expect a similar reduction this season.",
     "Will there be a similar reduction", 0.75),  # an expectation: "likely"
])
def test_a_dashed_number_and_an_expected_change_are_drafted(sentence, question, probability):
    drafts = extraction(f"Outlook\n\n{sentence}\n", ".txt").drafts
    assert [(d.text.startswith(question), d.probability) for d in drafts] == [(True, pytest.approx(probability))]


@pytest.mark.parametrize("text", [
    "Port fees will stay unchanged until 30 June 2027; the Government decided this on 10 November.",
    "Harbour Watch Alliance (HWA) sends observers. HWA itself will deploy 300 observers on regatta day.",
])
def test_decisions_and_the_publishers_own_plans_are_not_forecasts(text):
    masthead = "HARBOUR WATCH ALLIANCE\n\nReport\n\n"
    assert extraction(masthead + text + "\n", ".txt").drafts == []


def test_a_reported_forecast_names_its_speaker_without_the_auxiliary():
    drafts = extraction("Outlook\n\nThe harbour master has said tolls will rise in 2027.\n", ".txt").drafts
    assert [d.speaker for d in drafts] == ["the harbour master"]


@pytest.mark.parametrize(("text", "suffix"), [
    ("# Outlook\n\n> **Key messages**\n> - Insured losses are likely to exceed USD 140bn in 2027.\n", ".md"),
    ("Outlook\n\nParties:\n\no Tolls are likely to exceed EUR 9 in 2027.\n", ".txt"),
])
def test_blockquote_and_word_bullets_leave_no_marks_in_the_question(text, suffix):
    (draft,) = extraction(text, suffix).drafts
    assert draft.text[5:6].isalpha() and draft.quote[0].isupper(), draft.text


# --- the projection period, two-column pages ------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "The projections in this report cover the period to 2029.",
    "Our projection period runs until 2029.",
    "",  # the period in the title: "Harbour Outlook, October 2026 – December 2029"
])
def test_the_end_of_the_projection_period_is_the_period_the_document_sets(note):
    text = (f"Harbour Outlook, October 2026 – December 2029\n\n{note}\n\n"
            "Public debt is likely to rise until the end of the projection period.\n")
    (draft,) = extraction(text, ".txt").drafts
    assert draft.due == date(2029, 12, 31) and "projection period" not in draft.text


def test_the_projection_period_with_no_period_set_is_the_default():
    (draft,) = extraction("Outlook\n\nPublic debt is likely to rise until the end of the projection period.\n",
                          ".txt").drafts
    assert draft.due == date(2028, 12, 1)


COLUMNS = """Harbour bulletin

The spring tides came early and ended late            on the following assumptions:
across the south of the bay. Rainfall was             -  The summer tides are forecast by
half the average in the lower harbour. The            the regional centre to be high.
dredger fleet is small, and fuel prices have          -  Silting in the lower harbour will
doubled since July.                                   most likely continue at current levels.
"""


def test_a_two_column_page_is_read_column_by_column():
    drafts = extraction(COLUMNS, ".txt").drafts
    assert [d.quote for d in drafts] == ["Silting in the lower harbour will most likely continue at current levels."]
    (draft,) = drafts
    original = COLUMNS
    assert original[draft.span[0]:draft.span[0] + 10] == "Silting in"


@pytest.mark.parametrize("sentence", ["The mission will deploy 1,200 short-term observers on regatta day.",
                                      "Long-term interest rates will rise."])
def test_a_kind_of_person_or_instrument_is_no_horizon(sentence):
    (draft,) = extraction(f"Outlook\n\n{sentence}\n", ".txt").drafts
    assert "term" not in (draft.horizon.text or "") and draft.due == date(2028, 12, 1)


def test_and_over_is_kept_in_the_question():
    (draft,) = extraction("Outlook\n\nWe assess that excess mortality among those aged 80 and over is probable in "
                          "January.\n", ".txt").drafts
    assert "aged 80 and over" in draft.text


def test_a_numbered_title_in_capitals_is_not_part_of_the_next_sentence():
    text = ("Harbour net assessment\n\n4. THE PRESENT\nThe harbour is busy.\n\n5. OUTLOOK\n"
            "The security environment is highly likely to deteriorate further over the next five years.\n")
    (draft,) = extraction(text, ".txt").drafts
    assert draft.text.startswith("Will the security environment deteriorate")


@pytest.mark.parametrize(("sentence", "due"), [
    ("A second storm surge in February-March is unlikely.", date(2027, 3, 31)),
    ("A cold snap between November and January is likely.", date(2027, 1, 31)),
])
def test_a_span_of_two_months_without_a_year_is_the_next_such_span(sentence, due):
    (draft,) = extraction(f"Outlook\n\n{sentence}\n", ".txt").drafts
    assert draft.due == due and "March" not in draft.text.replace("31 March", "")


def test_advice_after_a_colon_is_cut_and_a_months_occasion_dates_the_claim():
    text = ("Outlook\n\nWe do not expect harbour dues to come down materially at the January renewals: shippers "
            "should plan on paying the same dues as in 2026.\n")
    (draft,) = extraction(text, ".txt").drafts
    assert draft.text == "Will harbour dues come down materially at the January renewals?"
    assert draft.due == date(2027, 1, 31) and draft.probability == pytest.approx(0.25)  # not "likely"


def test_a_superscript_footnote_mark_ends_the_sentence():
    from tracker.extract.sentences import split_text

    assert split_text("Ports should invest at the rate of 2025.³ We assess that the navy will grow.") == [
        "Ports should invest at the rate of 2025.³", "We assess that the navy will grow."]


def test_the_horizon_is_cut_from_the_question_as_whole_words():
    text = ("Harbour election monitor: the election of 22 February 2027\n\nThe election will be held on 22 "
            "February 2027.\n\nIn our assessment the elections will take place on the scheduled date.\n")
    texts = [draft.text for draft in extraction(text, ".txt").drafts]
    assert any(t.startswith("Will the elections take place on the scheduled date") for t in texts), texts
