"""Forecasts that news reports in someone's name: quoted, reported with "said that ... would", "predicting that",
"analysts say", odds a market or a published model gives; each kept with its speaker, not the publisher
(attribution.py, reported_future.py, holders.py). Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 5, 4)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, speaker, claim", [
    ("A ministry spokeswoman said on Monday that exports would be stronger than last year.",
     "a ministry spokeswoman", "exports"),
    ("The port director told reporters that container traffic would recover by the autumn.",
     "the port director", "container traffic"),
    ("Ines Varga said that the coalition would lose its majority at the next vote.", "Ines Varga", "the coalition"),
])
def test_said_that_would_is_the_speakers_forecast(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.phrase == "will" and claim in draft.statement


@pytest.mark.parametrize("text", [
    "The mayor said that she would resign in June.",                         # her own act: a pledge
    "The minister said that the government would present a plan in June.",  # her own side's act: a plan
    "The mayor said that the council would raise fares if the subsidy is cut.",  # a condition
    "The board had said that profits would rise in 2026.",                  # a view recalled
    "The union said that it would like more time.",                          # a wish
])
def test_pledges_plans_conditions_and_recalled_views_are_not_drafted(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Lena Moreau has led the Greens since 2019. “We will win, and we will win well,” she told a rally in Lyon on Sunday.",
     "Lena Moreau"),
    ("Tomas Berg opened the congress. “I will be re-elected in the autumn,” he told delegates.", "Tomas Berg"),
])
def test_a_candidate_forecasting_the_result_is_quoted_not_pledging(text, speaker):
    found = drafts(text)
    assert found and {draft.speaker for draft in found} == {speaker}


@pytest.mark.parametrize("text", [
    "“We will not raise taxes,” the finance minister told parliament.",
    "“We will win back the trust of farmers,” the party leader said.",   # an aim, not a contest's result
])
def test_a_promise_in_the_first_person_stays_out(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("He addressed the crowd on Friday, predicting that the Liberals would take a third of the seats.", None),
    ("The minister predicted that the harvest would be smaller than last year's.", "the minister"),
])
def test_predicting_that_needs_no_date(text, speaker):
    [draft] = drafts(text)
    assert draft.phrase == "will" and draft.speaker in (speaker, "he")


@pytest.mark.parametrize("text", [
    "Analysts had predicted that the merger would collapse.",
    "We predicted that at least one airline would fail; that happened in March.",
])
def test_a_prediction_recalled_is_no_forecast(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Analysts say the tourist levy, which was doubled last year, is likely to cut visitor numbers.", "Analysts"),
    ("Economists say that the central bank is likely to cut rates in June.", "Economists"),
])
def test_analysts_say_likely_is_theirs(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.phrase == "likely"


@pytest.mark.parametrize("text, speaker", [
    ("Money markets price roughly a 30% chance that the central bank raises rates by July.", "Money markets"),
    ("Bookmakers give the Greens about a 25% chance of winning the most seats in the October vote.", "Bookmakers"),
    ("An election model published by the polling site Northpoll gives Labour a 58% chance of winning the most seats.",
     "Northpoll's model"),
])
def test_odds_belong_to_the_market_or_the_models_publisher(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Futures markets are more confident: they price roughly an 80% chance of a rate cut in December.",
     "futures markets"),
    ("Currency traders are calmer: they price about a 20% chance of a devaluation by March.", "currency traders"),
])
def test_a_market_named_before_a_colon_gives_the_odds_after_it(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker


def test_our_own_team_after_a_colon_is_the_authors():
    [draft] = drafts("Our team is cautious: they give a 30% chance to a downgrade this year.")
    assert draft.speaker is None


def test_our_own_model_is_the_authors():
    [draft] = drafts("Our model gives the incumbent a 55% chance of winning the mayoral race in May.")
    assert draft.speaker is None


def test_the_attribution_after_the_claim_leaves_the_question():
    [draft] = drafts("Industrial output will rise 2.1% in 2027, up from an earlier estimate of 1.5%, the statistics "
                     "office said Tuesday in its quarterly outlook.")
    assert draft.speaker == "the statistics office" and "said" not in draft.text and draft.due == date(2027, 12, 31)


def test_according_to_a_document_names_no_speaker():
    [draft] = drafts("Wages are projected to grow 3% next year, according to the projection.")
    assert draft.speaker is None


def test_a_prediction_after_a_quotation_is_its_own_claim_and_the_speakers():
    from datetime import date

    from tracker.extract import extract_document

    text = ('The mayor spoke at a rally on Sunday. "We will keep the city hall," she told supporters, predicting '
            'that her party would again win a majority on the council.\n')
    found = extract_document(text, published=date(2026, 3, 1), scale="plain-reader").drafts
    assert any("win a majority on the council" in d.statement for d in found)


def test_the_documents_own_name_outside_a_quotation_is_the_authors_voice():
    from datetime import date

    from tracker.extract import extract_document

    text = ("General Harbour Security Service (HSS)\n\nAnnual report 2026\n\nThe HSS considers it likely that smuggling "
            "through the port will grow in 2027.\n")
    [draft] = extract_document(text, published=date(2026, 3, 1), scale="plain-reader").drafts
    assert draft.speaker is None
