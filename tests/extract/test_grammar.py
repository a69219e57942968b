"""The estimative grammar, tested as a parser is: many literal sentences, each with the reading it must get.

Constructions: predicative futures, expected events, nominal possibility and likelihood, the phrase in
quotation marks or before a dash, clause boundaries (dash, colon, ", and" between two modal clauses), and
the reviewed forecasts of the repository (every quote must still give its phrase).
"""

from datetime import date
from pathlib import Path

import pytest
import yaml

from tracker.extract import extract_document

PUBLISHED = date(2024, 1, 15)
FORECASTS = Path(__file__).resolve().parents[2] / "forecasts"


def drafts(text: str, scale: str = "plain-reader", published: date = PUBLISHED):
    return extract_document(text + "\n", published=published, scale=scale).drafts


def one(text: str, scale: str = "plain-reader"):
    found = drafts(text, scale)
    assert len(found) == 1, [(d.statement, d.phrase) for d in found]
    return found[0]


@pytest.mark.parametrize("sentence, statement, phrase, probability", [
    # forms of commitment: an unqualified "will"; "set / poised to" a course under way, "very good chance" (constructions.py)
    ("The merger is set to collapse before the vote.", "The merger will collapse before the vote", "very good chance", 0.8),
    ("The coalition is on track to lose its majority.", "The coalition will lose its majority", "will", 0.9),
    ("Output is on a trajectory to exceed the target.", "Output will exceed the target", "will", 0.9),
    ("The army is poised to expand its presence.", "The army will expand its presence", "very good chance", 0.8),
    ("Emissions are bound to rise further.", "Emissions will rise further", "will", 0.9),
    # forms of projecting: a central projection, scored as plain readers' "likely" (0.75)
    ("Global demand is projected to fall sharply.", "Global demand will fall sharply", "likely", 0.75),
    ("The port is expected to reopen.", "The port will reopen", "likely", 0.75),
    ("Prices are still expected to climb.", "Prices will climb", "likely", 0.75),
])
def test_predicative_futures_read_as_will_or_as_a_central_projection(sentence, statement, phrase, probability):
    draft = one(sentence)
    assert (draft.phrase, draft.statement.replace("still ", "")) == (phrase, statement)
    assert draft.probability == probability


@pytest.mark.parametrize("sentence, statement", [
    ("Attacks are to be expected.", "there will be Attacks"),
    ("A further increase in such attacks must be expected.", "there will be A further increase in such attacks"),
    ("Because extortion pays, new waves of ransomware are to be expected in the coming months.",
     "there will be new waves of ransomware in the coming months"),
    ("In the short term, further strikes are expected, as are protests.",
     "there will be further strikes, as are protests"),
    ("Delays can be expected during the winter.", "there will be Delays during the winter"),
])
def test_an_expected_event_reads_as_there_will_be(sentence, statement):
    draft = one(sentence)
    # "are expected" is an expectation, scored as "likely"; "are to be / must be / can be expected" a plain "will"
    phrase = "likely" if " are expected" in sentence else "will"
    assert (draft.phrase, draft.statement) == (phrase, statement)


@pytest.mark.parametrize("sentence", [
    "This is to be expected.",                       # a comment on what was said, not an event
    "It was expected.",                              # past
    "The results were expected to be poor.",         # past
])
def test_expectation_without_a_future_event_is_not_drafted(sentence):
    assert drafts(sentence) == []


@pytest.mark.parametrize("sentence, phrase, statement", [
    ("There is a realistic possibility that the junta will hold elections.", "realistic possibility",
     "the junta will hold elections"),
    # "a real possibility" is not the term of art: read as "possible" (plain readers' "could happen")
    ("There is a real possibility that the talks will fail.", "could happen", "the talks will fail"),
    ("There is a distinct possibility of a second wave.", "realistic possibility", "there will be a second wave"),
    ("It is a roughly even chance that the strike will end.", "about even", "the strike will end"),
    ("There is an even chance of a snap election.", "about even", "there will be a snap election"),
    ("There is a good chance that the deal will be signed.", "likely", "the deal will be signed"),
    ("Similar actions remain a real possibility in the future.", "could happen",
     "there will be Similar actions in the future"),
    ("A coup remains a distinct possibility.", "realistic possibility", "there will be A coup"),
])
def test_nominal_possibility(sentence, phrase, statement):
    draft = one(sentence)
    assert (draft.phrase, draft.statement) == (phrase, statement)


@pytest.mark.parametrize("sentence, phrase", [
    ("The likelihood of a Russian attack on NATO remains low.", "unlikely"),
    ("The likelihood of a ceasefire is very low.", "highly unlikely"),
    ("The probability of a default remains remote.", "highly unlikely"),
    ("The risk of renewed fighting is high.", "likely"),
    ("The chances of a breakthrough are very high.", "highly likely"),
    ("The prospect of reform remains slim in the near term.", "unlikely"),
])
def test_nominal_likelihood_takes_its_level(sentence, phrase):
    draft = one(sentence)
    assert draft.phrase == phrase
    assert draft.statement.startswith("there will be ")


def test_the_most_likely_scenario():
    draft = one("A slow recovery without new territory is the most likely scenario for the group.")
    assert (draft.phrase, draft.statement) == ("likely", "there will be A slow recovery without new territory")


@pytest.mark.parametrize("sentence, phrase", [
    ("A deal is ‘highly unlikely’ before the summit.", "highly unlikely"),
    ("A deal is “highly unlikely” before the summit.", "highly unlikely"),
    ('A deal is "unlikely" this year.', "unlikely"),
    ("Further attacks in Europe are likely – first and foremost attacks inspired by the group.", "likely"),
    ("Further attacks are likely — mostly in the capital.", "likely"),
    ("Whilst a strike is unlikely due to strong opposition, the union keeps it on the table.", "unlikely"),
])
def test_the_phrase_in_quotes_or_before_a_dash(sentence, phrase):
    found = drafts(sentence)
    assert [d.phrase for d in found] == ([phrase] if phrase else [])


@pytest.mark.parametrize("sentence, claims", [
    ("The regime will not guarantee stability – internal tensions will inevitably intensify.",
     [("will", True), ("inevitably", False)]),
    ("Doubts will either persist or recede – but the election will do little to change the trends.",
     [("will", False), ("will", False)]),
    ("The fate of the region is likely to be the same: the promised stability will not be achieved.",
     [("likely", False), ("will", True)]),
    ("Authoritarianism will likely deepen, and relations with the West will likely continue to deteriorate.",
     [("likely", False), ("likely", False)]),
    ("Tensions will persist, with the balance of power being likely to shift away from the ruling party.",
     [("will", False), ("likely", False)]),
])
def test_clause_boundaries_give_one_draft_per_judgement(sentence, claims):
    found = drafts(sentence)
    assert [(d.phrase, "not" in d.statement.split()) for d in found] == claims


def test_a_list_before_and_is_not_cut():
    draft = one("Cooperation on security, defence, and energy will deepen.")
    assert draft.statement == "Cooperation on security, defence, and energy will deepen"


def _reviewed():
    for path in sorted(FORECASTS.glob("*/*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield pytest.param(record["source"]["quote"], record["phrase"], record["scale"],
                           record["source"]["date"], id=path.stem)


def test_the_reviewed_forecasts_are_there_to_read():
    assert len(list(_reviewed())) >= 25  # the example workspace's reviewed quotes; none found proves nothing


@pytest.mark.parametrize("quote, phrase, scale, published", list(_reviewed()))
def test_every_reviewed_forecast_quote_gives_its_phrase(quote, phrase, scale, published):
    found = drafts(" ".join(quote.split()), scale, published)
    assert phrase in {d.phrase for d in found}, [(d.statement, d.phrase) for d in found]


@pytest.mark.parametrize("quote, phrase, scale, published", [
    p for p in _reviewed() if p.values[1] not in ("will", "inevitably")])
def test_every_reviewed_phrase_also_reads_in_quotation_marks(quote, phrase, scale, published):
    quote = " ".join(quote.split())
    at = quote.lower().find(phrase)
    quoted = f"{quote[:at]}‘{quote[at:at + len(phrase)]}’{quote[at + len(phrase):]}"
    found = drafts(quoted, scale, published)
    assert phrase in {d.phrase for d in found}, quoted
