"""Rules added after the fifth blind test of issue 13 (benchmarks/blind5/), each checked on sentences written
for the purpose, not the blind documents' sentences: names with letters outside ASCII, compounds hyphenated
at a line break, lead-ins and list numbers inside a question, numbers ending a list item, "we do not think",
"will likely" in a coordinated clause, a speaker in apposition, a season with its year, "until at least"."""

from datetime import date

from tracker.extract import extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.forecast_file import forecaster_name
from tracker.extract.numeric import stated_probability
from tracker.extract.records import Extraction

PUBLISHED = date(2025, 5, 10)


def drafts(text: str, published: date = PUBLISHED, scale: str | None = "plain-reader"):
    return extract_document("Harbour outlook\n\n" + text + "\n", published=published, scale=scale).drafts


# --- 1. names and line-end hyphens ------------------------------------------------------------------------------

def test_a_name_with_letters_outside_ascii_stays_one_name():
    extraction = Extraction(document="memo", publisher=None, published=None, scale="plain-reader", drafts=[])
    assert forecaster_name(extraction, "Ingrid Bjørnstad") == "Ingrid Bjornstad"
    assert forecaster_name(extraction, "Łukasz Müller-Ærø") == "Lukasz Muller-AEro"
    assert forecaster_name(extraction, "José Straße") == "Jose Strasse"
    assert forecaster_name(extraction, "Kosovo's prime minister") == "Kosovos prime minister"
    assert forecaster_name(extraction, "the party’s chief whip") == "the partys chief whip"


def test_a_compound_broken_at_a_line_end_keeps_its_hyphen():
    [paragraph] = clean_paragraphs("Steel exports fell. Attacks on the steel-\nworks and the develop-\nment "
                                   "of ports will rise. Any-\nthing may happen.\n")
    assert paragraph.text == ("Steel exports fell. Attacks on the steel-works and the development of ports "
                              "will rise. Anything may happen.")
    # a first half the document never uses alone is a syllable
    [paragraph] = clean_paragraphs("The cargo trans-\nshipment will grow.\n")
    assert paragraph.text == "The cargo transshipment will grow."


# --- 2. question text ------------------------------------------------------------------------------------------

def test_a_lead_in_or_list_number_inside_an_existential_wrapper_leaves_the_question():
    texts = [d.text for d in drafts("We judge that another dock strike in 2026 cannot be ruled out, though it is not "
                                    "our central expectation.\n\n2. A direct hit on the harbour wall by a storm is "
                                    "unlikely in 2026.")]
    assert texts == ["Will there be another dock strike by 31 December 2026?",
                     "Will there be a direct hit on the harbour wall by a storm by 31 December 2026?"]


def test_a_clause_after_a_number_in_brackets_is_asked_as_a_clause():
    [draft] = drafts("We think it is highly unlikely (about 7%) that Brazil imposes a quota on steel imports before 2027.")
    assert (draft.text, draft.probability) == ("Will Brazil impose a quota on steel imports by 31 December 2026?", 0.07)


def test_a_noun_phrase_before_its_number_is_asked_as_an_event():
    [draft] = drafts("A formal merger of the two ferry companies, signed by both boards, before 31 December 2026: 28%.")
    assert draft.text.startswith("Will there be a formal merger of the two ferry companies, signed by both boards")
    assert draft.probability == 0.28


# --- 3. numbers ending a list item ---------------------------------------------------------------------------

def test_a_list_item_ending_in_its_number_is_drafted_with_it():
    assert stated_probability("Chance the central bank raises rates in 2026: 22% (down from 30% in March)") == \
        (0.22, "22%", "the central bank raises rates in 2026")
    assert stated_probability("Portuguese local elections (expected June 2026): Livre gains seats, 58%")[:2] == \
        (0.58, "58%")
    assert stated_probability("Chilean election, November 2026: Kast elected, 45%") == (0.45, "45%", "Kast will be elected")
    # a quantity, not a forecast
    assert stated_probability("Inflation: 3%") is None
    assert stated_probability("Wind speed, 5%") is None


def test_a_number_after_a_colon_in_the_authors_voice_is_theirs():
    [draft] = drafts("A solar plant will supply the island by the end of 2026: we are at 40%.")
    assert draft.probability == 0.4


def test_a_list_items_label_dates_its_event():
    [draft] = drafts("- Chilean presidential election, November 2026: Kast elected, 45%.")
    assert (draft.text, draft.due) == ("Will Kast be elected by 30 November 2026?", date(2026, 11, 30))


# --- 4. negation and hedges -----------------------------------------------------------------------------------

def test_we_do_not_think_is_scored_at_the_complement():
    first, second = drafts("We do not think that reliance on imported coal will be ended before 2026. We do not "
                           "think the ferry link will reopen in 2025.")
    assert (first.text, first.probability) == ("Will reliance on imported coal be ended by 31 December 2025?", 0.1)
    assert (second.text, second.probability) == ("Will the ferry link reopen by 31 December 2025?", 0.1)


def test_will_likely_in_a_coordinated_clause_is_likely_not_will():
    [draft] = drafts("Ridership recovered in 2024 and will likely exceed 2019 levels in 2026.")
    assert (draft.phrase, draft.probability) == ("likely", 0.75)


# --- 5. reported speech ---------------------------------------------------------------------------------------

def test_a_speaker_named_in_apposition_keeps_the_quoted_judgement():
    [draft] = drafts('Its director, Kari Lien, said delays on the northern route "will almost certainly increase" '
                     "this year, but declined to give a number.")
    assert (draft.speaker, draft.text) == ("Kari Lien", "Will delays on the northern route increase by 31 December 2025?")


# --- 6. horizons ----------------------------------------------------------------------------------------------

def test_a_season_with_its_year_ends_with_that_season():
    [draft] = drafts("Ahead of the local elections in autumn 2026, foreign actors will probably try to influence voters.")
    assert draft.due == date(2026, 11, 30)


def test_until_at_least_asks_whether_a_state_lasts_through_the_date():
    [draft] = drafts("Dredging of the channel will remain necessary until at least 2027.")
    assert draft.text.endswith("remain necessary through 31 December 2027?")


def test_should_with_an_object_is_advice_not_an_expectation():
    texts = [d.text for d in drafts("Portugal should accelerate the rollout of 5G by 2027. Freight volumes should "
                                    "rise to 3 million tonnes by 2027.")]
    assert [t.lower() for t in texts] == ["will freight volumes rise to 3 million tonnes by 31 december 2027?"]
