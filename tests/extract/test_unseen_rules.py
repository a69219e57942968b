"""Rules added after the blind test of issue 13, each checked on sentences written for the purpose (not the
blind documents' sentences): signposts, plans and requirements; denied expectations; stated numbers;
question text; horizons; publication date and publisher; reported predictions."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.claim_text import clean_claim
from tracker.extract.published import publication_date
from tracker.extract.publisher import find_publisher
from tracker.extract.records import Document

PUBLISHED = date(2024, 5, 20)


def drafts(text: str, published: date = PUBLISHED):
    return extract_document(text + "\n", published=published, scale="plain-reader").drafts


@pytest.mark.parametrize("sentence", [
    "This note will set out the options open to the cabinet.",
    "The present outlook will cover the Nordic markets first.",
    "Chapter 4 will turn to the fiscal position.",
    "The survey identifies risks that will test the banking system over the decade.",
    "Their conclusions will feed into the spending review in the autumn.",
    "The Board will publish its next projections in August 2024.",
    "The regulator will consult on new capital rules in the spring.",
    "The Service will update these estimates when new data arrive.",
    "Ports will have to install shore power by 2030.",
    "Member states will need to raise defence budgets to 2% of GDP.",
    "Lenders must tighten their underwriting standards.",
    "“We will never accept partition,” the president told parliament.",
])
def test_plans_signposts_requirements_and_promises_are_not_forecasts(sentence):
    assert drafts(sentence) == []


def test_a_compulsion_to_stop_is_still_a_forecast():
    [draft] = drafts("The smelter will have to close by the end of 2025 because of power costs.")
    assert draft.due == date(2025, 12, 31)


@pytest.mark.parametrize("sentence, statement, probability", [
    # an expectation is a central projection, "likely" (0.75); denied, its complement (0.25)
    ("We do not expect the central bank to raise rates before 2026.",
     "the central bank will raise rates before 2026", 0.25),
    ("Wheat exports are not expected to recover before 2027.", "Wheat exports will recover before 2027", 0.25),
    ("We expect a contraction of 0.5% in 2025.", "there will be a contraction of 0.5% in 2025", 0.75),
])
def test_denied_expectations_are_scored_at_the_complement(sentence, statement, probability):
    [draft] = drafts(sentence)
    assert (draft.statement, draft.probability) == (statement, probability)
    if probability < 0.5:
        assert "complement" in draft.rationale


def test_a_second_predicate_keeps_its_own_phrase_and_subject():
    first, second = drafts("Freight volumes will stay flat in the first half of 2025 and are unlikely to pick up "
                           "before the autumn.")
    assert (first.probability, second.probability) == (0.9, 0.2)
    assert second.statement.startswith("Freight volumes will pick up")


def test_a_concession_after_the_judgement_is_a_judgement_of_its_own():
    first, second = drafts("The junta is very unlikely to hold elections in 2025, although it will keep "
                           "promising them.")
    assert first.probability == 0.05 and second.probability == 0.9
    assert "keep promising" in second.statement


def test_a_second_infinitive_under_one_predicate_is_its_own_draft():
    first, second = drafts("Rents are projected to rise by 4% in 2025 and to level off in 2026.")
    assert (first.due, second.due) == (date(2025, 12, 31), date(2026, 12, 31))
    assert second.statement == "Rents will level off in 2026"


@pytest.mark.parametrize("sentence, probability", [
    ("We judge it more likely than not (64%) that the coalition will survive until 2026.", 0.64),
    ("The risk of a sovereign default by the end of 2025 is, on our reckoning, about 7%.", 0.07),
    ("We attach a probability of one in five to the currency peg breaking in 2025.", 0.2),
    ("Unemployment is likely to stay below 5% in 2025; we put 70% on that outcome.", 0.7),
])
def test_a_stated_number_wins_over_the_words(sentence, probability):
    [draft] = drafts(sentence)
    assert draft.probability == probability


def test_a_forecast_table_row_is_a_draft():
    text = ("| Question | Forecast |\n|---|---|\n| Will the euro trade above $1.20 before 30 June 2025? | 18% |\n"
            "| Inflation, 2025 | 2.4 |\n")
    [draft] = drafts(text)
    assert (draft.probability, draft.due) == (0.18, date(2025, 6, 29))
    assert draft.text.startswith("Will the euro trade above $1.20")


@pytest.mark.parametrize("raw, clean", [
    ("3.4 Output will recover", "Output will recover"),
    ("Output will recover[^4] in 2025", "Output will recover in 2025"),
    ("Output will recover² in 2025", "Output will recover in 2025"),
    ("KYIV, Mar 3 (AP) - The talks will resume", "The talks will resume"),
    ("The bill will pass, a party spokesman said on Monday, as protests continued", "The bill will pass"),
    ("there will be a strike by May (range 10–30%)", "there will be a strike by May"),
    ("the levy will be repealed, citing pressure from retailers", "the levy will be repealed"),
])
def test_page_furniture_and_attribution_leave_the_claim(raw, clean):
    assert clean_claim(raw) == clean


def test_a_season_horizon_is_printed_once():
    [draft] = drafts("The ministry will present a new budget by the spring.", published=date(2024, 11, 1))
    assert draft.text.count("spring") + draft.text.count(" by ") == 1


@pytest.mark.parametrize("sentence, due", [
    ("Steel output will shrink during the year.", date(2024, 12, 31)),
    ("Ferry traffic will stay weak in the first half of the year.", date(2024, 6, 30)),
    ("Copper prices will stay high for the rest of the decade.", date(2029, 12, 31)),
    ("Rates will stay above 3% until at least 2026.", date(2026, 12, 31)),
    ("The fleet will grow by a third between 2025 and 2029.", date(2029, 12, 31)),
    ("The country will meet its second emissions budget (2025-2029).", date(2029, 12, 31)),
    ("Gas storage will be tight in winter 2024/25.", date(2025, 2, 28)),
    ("The 2028 targets for recycling will be missed.", date(2028, 12, 31)),
    ("The recycling targets for 2028 will be missed.", date(2028, 12, 31)),
    ("A deal will be signed before September.", date(2024, 8, 31)),
    ("The reactor will start no earlier than 2031.", date(2031, 12, 31)),
    ("Growth will pick up by the third quarter of 2025.", date(2025, 9, 30)),
    ("The bank will cut rates at its July 2024 meeting.", date(2024, 7, 31)),
    ("The strike will end by the end of June.", date(2024, 6, 30)),
    ("The treaty will be signed on 3 March 2025.", date(2025, 3, 3)),
])
def test_horizon_forms(sentence, due):
    [draft] = drafts(sentence)
    assert draft.due == due


def test_a_scope_note_sets_the_default_horizon():
    text = ("Unless otherwise stated, judgements cover the next 18 months.\n\n"
            "The port authority will double its container capacity.")
    [draft] = drafts(text)
    assert draft.due == date(2025, 11, 20)
    assert "scope note" in draft.rationale


def test_a_byline_date_is_the_publication_date():
    text = "# Weekly note\n\n**Harbour Analytics Research Desk** · *4 March 2024*\n\nPrices fell sharply on 1 May 2024 after the tariff announcement and will rise again.\n"
    found, how, guessed = publication_date(Document("x", text), date(2025, 1, 1))
    assert (found, guessed) == (date(2024, 3, 4), False) and "byline" in how


def test_a_news_agency_in_the_dateline_is_the_publisher():
    text = ("LISBON, May 2 (Reuters) - Portugal's budget will balance in 2025, "
            "analysts at Northbridge Forecasting Group said.\n")
    assert find_publisher(text).name == "Reuters"


@pytest.mark.parametrize("sentence, statement, speaker", [
    ("The finance minister predicted that the deficit would narrow by the end of 2025.",
     "the deficit will narrow by the end of 2025", "the finance minister"),
    ("Ana Costa said she was confident the bridge would open before the summer of 2025.",
     "the bridge will open before the summer of 2025", "Ana Costa"),
    ("The envoy said he expected the talks to be concluded within weeks.",
     "the talks will be concluded within weeks", "the envoy"),
])
def test_reported_predictions_are_the_speakers(sentence, statement, speaker):
    [draft] = drafts(sentence)
    assert (draft.statement, draft.speaker) == (statement, speaker)


@pytest.mark.parametrize("sentence", [
    "The union expected the employers to honour the agreement.",   # a demand: no time it is to happen by
    "Farmers said the blockades would go on.",                      # a threat of the speakers' own, untimed
])
def test_reported_wishes_without_a_time_are_not_forecasts(sentence):
    assert drafts(sentence) == []


def test_should_of_a_measured_change_is_probably_and_advice_is_not():
    [draft] = drafts("Headline inflation should ease to 2.5% by mid-2025.")
    assert draft.probability == 0.75
    assert drafts("Ministers should cut the fuel duty in 2025.") == []
