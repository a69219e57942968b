"""Question text read as English (issue 13, sixth pass): each ungrammatical shape found over the dev and blind
documents' questions, checked on sentences written for the purpose. Shapes: capitals kept from a sentence start,
a second verb in another tense, a duration as the horizon, a noun phrase with no verb, a table row in the present,
a relative clause taken for an embedded question, a comma splice, a refinement after the claim, and reported
speech ("said he expected ...", "and that Y would probably ...")."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.casing import lowercase_words
from tracker.extract.questions import build_question
from tracker.extract.tense import as_future, is_noun_phrase

PUBLISHED = date(2025, 5, 10)


def drafts(text: str, scale: str | None = "plain-reader"):
    return extract_document("Harbour outlook\n\n" + text + "\n", published=PUBLISHED, scale=scale).drafts


# --- capitals ---------------------------------------------------------------------------------------------------

DOCUMENT = ("Container volumes in the port of Rotterdam grew last year. Net core Crown debt fell. Household spending was flat. "
            "Dredging of the channel is under way. President Vance met the port board in March, and the "
            "president spoke of Denmark's ports. Logs are stored in /var/data/rotterdam_2025/ as usual. "
            "Rotterdam will remain the largest port. Right-wing groups marched.")


@pytest.mark.parametrize(("claim", "question"), [
    # a word capitalised only where sentences start, heading a noun phrase, is an ordinary word
    ("Household spending will recover", "Will household spending recover"),
    ("Dredging of the channel will take two years", "Will dredging of the channel take two years"),
    ("Right-wing groups will march again", "Will right-wing groups march again"),
    # names keep their capitals: written inside a sentence, an adjective of a nation, a possessive, a title
    ("Rotterdam ports will grow", "Will Rotterdam ports grow"),
    ("Danish ports will grow", "Will Danish ports grow"),
    ("Denmark's ports will grow", "Will Denmark's ports grow"),
    ("President Vance will visit the port", "Will President Vance visit the port"),
    ("Core Crown debt will fall", "Will core Crown debt fall"),
    ("Container volumes will grow", "Will container volumes grow"),
    ("Household and Rotterdam will grow", "Will Household and Rotterdam grow"),  # a list of names, maybe
])
def test_a_capital_kept_from_a_sentence_start_goes_only_from_ordinary_words(claim, question):
    assert build_question(claim, lowercase=lowercase_words(DOCUMENT)).text == question


def test_a_word_inside_a_path_is_no_evidence_of_an_ordinary_word():
    assert "rotterdam" not in lowercase_words(DOCUMENT)
    assert "president" in lowercase_words(DOCUMENT)


# --- predicates -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "drop", "question"), [
    # a second verb in another tense, or a weaker modal, is a claim of its own
    ("the authority will deploy two dredgers to the estuary and has signed contracts with three firms", (),
     "Will the authority deploy two dredgers to the estuary"),
    ("the terminal will meet its emissions target but is not yet on track for the next one", (),
     "Will the terminal meet its emissions target"),
    ("night ferries will continue and may expand to the islands", (), "Will night ferries continue"),
    # a comma splice: the second clause has its own subject and verb
    ("the slowdown is temporary, the steady flow of new orders indicates a recovery", (),
     "Will the slowdown be temporary"),
    # a refinement after the claim, whose time words went to the due date
    ("the peak is likely to come earlier than usual, most probably in late June or early July", ("in late June",),
     "Will the peak come earlier than usual"),
    # the horizon is the duration: the question asks whether the work is done by then
    ("The rebuilding of the north quay will take up to four years", ("up to four years",),
     "Will the rebuilding of the north quay be completed"),
    ("The rebuilding of the north quay will take at least a decade", ("take at least a decade",),
     "Will the rebuilding of the north quay be completed"),
    # a relative clause after a comma is no embedded question
    ("Joint patrols by the two navies, which took place twice last year, will continue and may grow", (),
     "Will Joint patrols by the two navies continue"),  # (no document: no telling "Joint" is no name)
    # a correlative keeps both halves
    ("the more the port invests, the less it will depend on transshipment", (),
     "Will it turn out that the more the port invests, the less it will depend on transshipment"),
])
def test_a_question_asks_one_clause_in_one_tense(claim, drop, question):
    assert build_question(claim, drop=drop).text == question


# --- claims without a modal -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "future"), [
    ("A cyber attack halts crane operations for more than a day", "A cyber attack will halt crane operations for "
                                                                   "more than a day"),
    ("An outage at the lock happens in winter", "An outage at the lock will happen in winter"),
    ("A key supplier of crane parts goes bankrupt", "A key supplier of crane parts will go bankrupt"),
    ("three further rate cuts", "it will turn out that three further rate cuts"),
    # a bare verb of movement after a word in -s: the word is the plural head, the bare verb the verb
    ("freight rates rise", "freight rates will rise"),
    ("New York futures fall back below $5,000/t", "New York futures will fall back below $5,000/t"),
    ("freight rates rise sharply", "freight rates will rise sharply"),
])
def test_a_present_clause_is_put_in_the_future_by_its_verb(claim, future):
    assert as_future(claim, True) == future


@pytest.mark.parametrize(("claim", "noun_phrase"), [
    ("three further rate cuts", True),
    ("recession in the second half of 2026", True),
    ("freight rates rise", False),  # a plural and a word that may be its verb: no telling
    ("the index ends 2026 at 7,400", False),
    ("A cyber attack halts crane operations", False),
])
def test_a_claim_without_a_verb_is_a_noun_phrase(claim, noun_phrase):
    assert is_noun_phrase(claim) is noun_phrase


def test_an_event_row_of_a_table_is_asked_with_its_own_verb():
    text = ("| Risk | Probability |\n| --- | --- |\n"
            "| A cyber attack halts crane operations for more than a day | 15% |\n")
    [draft] = extract_document_md(text)
    assert draft.text.startswith("Will a cyber attack halt crane operations for more than a day by ")
    assert draft.probability == 0.15


def extract_document_md(text: str):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "register.md"
    path.write_text("# Port risk register\n\n" + text, encoding="utf-8")
    return extract_document(path, published=PUBLISHED).drafts


def test_a_scenario_of_events_is_asked_as_events():
    [draft] = drafts("Downside case (25%): three further rate cuts in 2026.")
    assert draft.text == "Will there be three further rate cuts by 31 December 2026?"
    assert draft.probability == 0.25


# --- reported speech --------------------------------------------------------------------------------------------

def test_a_speaker_with_a_long_affiliation_expecting_a_level_is_kept():
    [draft] = drafts("Ida Berg of the Institute of Maritime and Coastal Studies said she expected cargo volumes at "
                     "the northern terminals to stay at roughly last year's level.")
    assert draft.text.startswith("Will cargo volumes at the northern terminals stay at roughly last year's level")
    assert draft.speaker == "Ida Berg of the Institute of Maritime and Coastal Studies"


def test_a_demand_with_no_time_and_no_trend_is_still_no_forecast():
    assert drafts("The mayor expected the ferry company to honour its contract.") == []


def test_the_second_of_a_reported_pair_keeps_its_speaker_and_its_word():
    first, second = drafts("The harbour board said it was highly likely that the port would stay open all winter, "
                           "and that passenger traffic would probably grow over the next two years.")
    assert first.speaker == second.speaker == "the harbour board"
    assert second.text.startswith("Will passenger traffic grow by ")
    assert second.phrase == "probable" or "probabl" in second.phrase


def test_a_bare_would_outside_reported_speech_is_still_a_condition():
    assert drafts("A strike would probably close the port if the talks failed.") == []


def test_the_complementiser_of_a_second_clause_leaves_the_question():
    texts = [d.text for d in drafts("We judge that the port will stay open, and that exports will grow next year.")]
    assert texts[1] == "Will exports grow by 31 December 2026?"
    [draft] = drafts("That trend will continue next year.")
    assert draft.text == "Will that trend continue by 31 December 2026?"


@pytest.mark.parametrize(("claim", "question"), [
    ("The joint force of 5,000 troops, announced in 2025, will not be fully operational",
     "Will the joint force of 5,000 troops not be fully operational"),  # the comma of a number cuts nothing
    ("• The ferry will sail", "Will the ferry sail"),  # a bullet the layout kept
])
def test_a_number_or_a_bullet_does_not_cut_the_subject(claim, question):
    assert build_question(claim).text == question


def test_one_of_a_range_is_no_singular_determiner():
    # "one or two" is no singular determiner: "exit" (a bare verb of outcome since the eleventh round) is the verb
    assert as_future("one or two small suppliers exit the market", True) == \
        "one or two small suppliers will exit the market"
