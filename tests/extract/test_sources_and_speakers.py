"""Scale and publisher from the document (precedence --scale > printed legend > publisher > workspace default >
a standard's hallmark term),
quoted speakers as source forecasters, and the general forms the synthetic documents showed missing: clauses
after "chance that" put in the future, stated numbers after a deadline, numbers given in the past, seasons,
"the rest of the year", the authors' watch ("we will continue to monitor"). Sentences written for these tests.
"""

from datetime import date

import pytest
import yaml

from tracker.extract import draft_file, extract_document
from tracker.extract.attribution import quoted_speaker
from tracker.extract.publisher import find_publisher
from tracker.extract.tense import as_future

PUBLISHED = date(2026, 3, 3)
BODY = "\n\nThe regime is likely to hold elections in 2027. Exports will fall in 2026.\n"


def extract(text: str, **options):
    return extract_document(text, published=options.pop("published", PUBLISHED), **options)


# --- the publisher and its standard ----------------------------------------------------------------------

@pytest.mark.parametrize(("masthead", "publisher", "scale"), [
    ("Office of the Director of National Intelligence\nAnnual Assessment", "Office of the Director of National "
     "Intelligence", "us-icd-203"),
    ("UK Defence Intelligence\nAssessment of the situation", "Defence Intelligence", "uk-phia"),
    ("NATO UNCLASSIFIED\nForesight paper", "North Atlantic Treaty Organization", "nato-ajp-2.1"),
    ("Allied Command Transformation\nStrategic Foresight", "North Atlantic Treaty Organization", "nato-ajp-2.1"),
])
def test_a_known_publisher_on_the_cover_chooses_its_standard(masthead, publisher, scale):
    found = extract(masthead + BODY)
    assert (found.publisher, found.scale) == (publisher, scale)
    assert any(scale in note and "publisher" in note for note in found.notes)


def test_a_cited_standard_counts_anywhere_and_a_name_only_in_the_masthead():
    filler = "The economy grew last year. " * 80  # the masthead and colophon are the ends of the document
    cited = extract("Ministry of Foresight\n\n" + filler + "Terms follow the probability yardstick." + filler + BODY)
    assert cited.scale == "uk-phia" and cited.publisher == "Ministry of Foresight"
    in_body = extract("Baltic Review\n\n" + filler + "NATO UNCLASSIFIED is printed on allied papers." + filler + BODY)
    assert in_body.scale == "plain-reader"


@pytest.mark.parametrize("name", [
    "State Security Department and Defence Intelligence and Security Service",   # not UK Defence Intelligence
    "Defense Intelligence Agency",
])
def test_look_alike_names_are_not_uk_defence_intelligence(name):
    assert find_publisher(name + "\n\nText.").scale != "uk-phia"


def test_an_organisation_in_the_masthead_is_the_publisher_without_a_scale():
    found = find_publisher("Global Outlook\n*Harbour Forecasting Group, 2 January 2026*\n\nText.")
    assert (found.name, found.scale) == ("Harbour Forecasting Group", None)
    assert find_publisher("Situation Report of the Federal Intelligence Service\n\nText.").name == \
        "Federal Intelligence Service"


LEGEND = ("\n\nUNLIKELY POSSIBLE LIKELY HIGHLY LIKELY\n< 25 % 25–50 % 50–75 % > 75 %\n"
          "SHORT TERM 0-6 months NEAR TERM 6 months-2 years\n")


def test_precedence_scale_flag_then_legend_then_publisher_then_workspace_default():
    cover = "Office of the Director of National Intelligence\nAssessment"
    assert extract(cover + BODY, scale="kent-1964").scale == "kent-1964"
    assert extract(cover + LEGEND + BODY).scale == "lt-nta"
    assert extract(cover + BODY, default_scale="kent-1964").scale == "us-icd-203"
    assert extract("A note" + BODY, default_scale="kent-1964").scale == "kent-1964"
    assert extract("A note" + BODY).scale == "plain-reader"


@pytest.mark.parametrize("sentence, scale", [
    ("A ceasefire before the winter is a realistic possibility.", "uk-phia"),
    ("There is a roughly even chance that the talks resume in 2027.", "us-icd-203"),
    ("There is a remote chance that the talks resume in 2027.", "plain-reader"),  # everyday English too
    ("A deal is a realistic possibility, and a roughly even chance by some counts.", "plain-reader"),  # two standards
])
def test_a_hallmark_term_of_one_standard_chooses_it_when_nothing_else_does(sentence, scale):
    # after the legend, the publisher and the workspace's setting: a term only one yardstick uses says which it is
    found = extract("A note\n\n" + sentence + BODY)
    assert found.scale == scale
    assert any("a term of this standard's yardstick" in note for note in found.notes) == (scale != "plain-reader")
    assert extract("A note\n\n" + sentence + BODY, default_scale="kent-1964").scale == "kent-1964"


def test_the_publisher_is_the_forecaster_and_marked_as_the_source(tmp_path):
    found = extract("NATO UNCLASSIFIED\nForesight" + BODY)
    text = draft_file(found)
    record = yaml.safe_load(text)["questions"][0]
    assert record["source"]["publisher"] == "North Atlantic Treaty Organization"
    assert record["predictions"][0]["forecaster"] == "NATO"
    assert "# source forecaster: North Atlantic Treaty Organization (publisher)" in text
    given = extract("NATO UNCLASSIFIED\nForesight" + BODY, source="Alliance Desk, Foresight")
    assert given.publisher == "Alliance Desk"


def test_cli_json_states_the_source_forecaster(cli, tmp_path):
    document = tmp_path / "note.txt"
    document.write_text('Defence Intelligence\n\nThe minister said the port will reopen in 2027.\n'
                        'The blockade is likely to end in 2026.\n', encoding="utf-8")
    result = cli("extract", str(document), "--published", "2026-03-03", "--json")
    assert result.exit_code == 0, result.output
    import json

    drafts = json.loads(result.stdout)[0]["drafts"]
    assert {(d["source_forecaster"]["name"], d["source_forecaster"]["kind"]) for d in drafts} == {
        ("the minister", "speaker"), ("Defence Intelligence", "publisher")}


# --- quoted speakers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The finance minister said the budget will be balanced by 2028.", "the finance minister"),
    ("Officials in the capital warned on Monday that the offensive will resume in 2027.", "Officials in the capital"),
    ("“Prices will keep rising in 2026,” the central bank governor told reporters.", "the central bank governor"),
    ("‘The bridge will be rebuilt by 2027,’ said the mayor of the city.", "the mayor of the city"),
    ("Exports will probably shrink in 2026, according to economists at the chamber of commerce.",
     "economists at the chamber of commerce"),
])
def test_a_quoted_judgement_is_kept_with_its_speaker_and_flagged(sentence, speaker):
    [draft] = extract(sentence).drafts
    assert draft.speaker == speaker
    assert any("quoted" in note for note in draft.review)
    assert speaker.lower() not in draft.text.lower()
    record = yaml.safe_load(draft_file(extract(sentence)))["questions"][0]
    assert record["predictions"][0]["forecaster"] == speaker


def test_a_pronoun_speaker_is_read_from_the_sentence_before():
    text = ("The trade commissioner said the tariffs will stay in 2026. She noted that a new agreement is "
            "“very unlikely” before the summer.")
    drafts = extract(text).drafts
    assert [d.speaker for d in drafts] == ["the trade commissioner", "the trade commissioner"]
    assert drafts[1].due == date(2026, 5, 31)
    assert drafts[1].probability <= 0.15


@pytest.mark.parametrize("sentence", [
    "We said last year that the reform will fail.",                      # the authors' own voice
    "According to the IMF’s forecast published in 2025, growth will slow in 2026.",   # a document's forecast
    "A ceasefire agreed by the end of 2026 will hold.",                  # a participle, no one speaking
    "It is likely that the regime will survive in 2026.",
])
def test_the_authors_voice_and_participles_name_no_speaker(sentence):
    assert quoted_speaker(sentence, sentence.find("will")) is None


# --- claims after "chance that": the clause in the future -----------------------------------------------

@pytest.mark.parametrize(("claim", "clause", "future"), [
    ("the Federal Reserve raises interest rates again", True, "the Federal Reserve will raise interest rates again"),
    ("the ceasefire in the northern provinces collapses before 2027", True,
     "the ceasefire in the northern provinces will collapse before 2027"),
    ("the coalition in the Netherlands collapses", True, "the coalition in the Netherlands will collapse"),
    ("the treaty is signed", True, "the treaty will be signed"),
    ("the minister carries the vote", True, "the minister will carry the vote"),
    ("a recession in the euro area", False, "there will be a recession in the euro area"),
    ("oil prices rise above $100", True, "oil prices will rise above $100"),  # a bare verb of movement after a plural
    ("the army will withdraw", True, "the army will withdraw"),
])
def test_a_that_clause_is_put_in_the_future_by_its_own_verb(claim, clause, future):
    assert as_future(claim, clause) == future


@pytest.mark.parametrize(("sentence", "question", "probability", "due"), [
    ("There is a 1 in 3 chance that the central bank cuts rates before the end of June 2026.",
     "Will the central bank cut rates by 30 June 2026?", 1 / 3, date(2026, 6, 30)),
    ("We see a roughly 40 percent chance that the governing party wins the election in 2027.",
     "Will the governing party win the election by 31 December 2027?", 0.4, date(2027, 12, 31)),
    ("There is a realistic possibility that the militia seizes the port in 2026.",
     "Will the militia seize the port by 31 December 2026?", None, date(2026, 12, 31)),
])
def test_chance_that_clauses_make_questions_with_their_own_verb(sentence, question, probability, due):
    [draft] = extract(sentence).drafts
    assert draft.text == question and draft.due == due
    if probability is not None:
        assert draft.probability == pytest.approx(probability)


def test_a_number_after_a_claim_with_its_deadline_is_its_probability_and_past_numbers_are_not_forecasts():
    [draft] = extract("- A peace agreement signed by the end of 2027: 30%\n- Other item.\n").drafts
    assert (draft.probability, draft.due) == (0.3, date(2027, 12, 31))
    assert extract("Last year we put the chance of a default at 20%; it did not happen.").drafts == []
    assert extract("In our previous outlook we gave a 10% chance of a coup in 2026.").drafts == []


# --- horizons, signposts and question text ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "due"), [
    ("Fuel prices will stay high for the rest of the year.", date(2026, 12, 31)),
    ("The tunnel will open later this year.", date(2026, 12, 31)),
    ("The offensive will resume before the summer.", date(2026, 5, 31)),
    ("The front line will freeze over the winter.", date(2027, 2, 28)),
    ("The talks will end by the end of the autumn.", date(2026, 11, 30)),
    ("Supplies will run out before the end of September 2026.", date(2026, 9, 30)),
])
def test_seasons_the_rest_of_the_year_and_a_month_end(sentence, due):
    [draft] = extract(sentence).drafts
    assert draft.due == due


def test_a_capitalised_season_names_an_event_not_a_season():
    [draft] = extract("Security will be tight during the Winter Games.").drafts
    assert "season" not in " ".join(draft.review) and draft.due != date(2027, 2, 28)


@pytest.mark.parametrize("sentence", [
    "We will continue to monitor these developments in 2026.",
    "We will closely follow the negotiations.",
    "We will keep the situation under review.",
    "I will report on the outcome next year.",
])
def test_the_authors_watch_is_no_forecast(sentence):
    assert extract(sentence).drafts == []


@pytest.mark.parametrize(("sentence", "question"), [
    ("We assess with moderate confidence that the junta will stay in power in 2026.",
     "Will the junta stay in power by 31 December 2026?"),
    ("We judge with high confidence that the port will reopen in 2027.", "Will the port reopen by 31 December 2027?"),
    ("A settlement is unlikely in 2026, because neither side believes it can lose.",
     "Will there be a settlement by 31 December 2026?"),
    ("The rouble is likely to weaken in 2026, since oil revenues are falling.",
     "Will the rouble weaken by 31 December 2026?"),
    ("The council will probably postpone the vote planned for next year.",
     "Will the council postpone the vote by 31 December 2027?"),
])
def test_confidence_lead_ins_reasons_and_stranded_prepositions_leave_the_question(sentence, question):
    [draft] = extract(sentence).drafts
    assert draft.text == question
