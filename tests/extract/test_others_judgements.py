"""Other people's judgements a text relays: holders' expectations ("The IMF expects growth to ease to 2.9% in 2027",
"Analysts do not expect ...", "19 of them expected ...", "few expect ..."), a bank's guidance ("signalled that it was
likely to cut ... in March"), a report's projection ("projected that X would ..."), a group's reported "it would",
a number given in a relative clause ("..., who puts the probability of X at 40%"), experts' beliefs, speakers named
after the quotation with their role, and the adjective "reported" (reported_expectation.py, reported_future.py,
reported_guidance.py, reported.py, holders.py, attribution.py). Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 3, 2)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, speaker, claim, due", [
    ("Most strategists expect inflation to fall to 3.1% next year from 4.4% in 2025 as food prices settle.",
     "the consensus", "inflation fall to 3.1%", date(2027, 12, 31)),
    ("Economists polled by the agency expect unemployment to peak at 6 per cent by the end of 2027.",
     "Economists polled by the agency", "unemployment peak at 6 per cent", date(2027, 12, 31)),
    ("They expect the lira to weaken to 48 per dollar by the end of 2026.", None, "the lira weaken to 48 per dollar",
     date(2026, 12, 31)),
    # another body's published forecast, cited: kept with the body as source forecaster (issue 13), flagged
    ("Norway's fisheries regulator expects cod stocks to double in 2028.", "Norway's fisheries regulator",
     "cod stocks double", date(2028, 12, 31)),
])
def test_a_holders_measured_expectation_is_theirs(text, speaker, claim, due):
    [draft] = drafts(text)
    assert claim in draft.text and draft.due == due and 0.6 <= draft.probability <= 0.85
    assert "from 4.4%" not in draft.text  # the figure it moves from is the past, no part of the claim
    if speaker:
        assert draft.speaker == speaker


@pytest.mark.parametrize("text, speaker, claim", [
    ("In a survey of 40 fund managers carried out last week, 31 expected the Fed to cut rates twice by mid-2027.",
     "31 of the fund managers polled", "the Fed cut rates twice"),
    ("The median respondent expected the jobless rate to end next year at 4.8 per cent.", "the median respondent",
     "the jobless rate end"),
])
def test_polled_respondents_past_tense_expectation(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker == speaker and claim in draft.text and draft.due.year == 2027


@pytest.mark.parametrize("text, claim", [
    ("Analysts do not expect the referendum to change Norway's stance on fishing quotas.",
     "the referendum change Norway's stance"),
    ("Traders are nervous, but I don't expect a default.", "there be a default"),
    ("But few expect a breakthrough at the Geneva talks.", "there be a breakthrough"),
    ("Nobody expects a ceasefire before the winter.", "there be a ceasefire"),
    ("Few investors expect a rebound this year.", "there be a rebound"),
])
def test_denied_expectation_is_scored_at_the_complement(text, claim):
    [draft] = [d for d in drafts(text) if claim in d.text]
    assert draft.probability <= 0.35


@pytest.mark.parametrize("text", [
    "Moscow expects the West to tire of the war.",  # an actor's belief: nothing measured, no forecaster's trade
    "Analysts at two brokers expect the shares to reach $90 within a year - that's their forecast, not ours.",
    "We do not expect any change to that figure next quarter.",  # the authors' own: the grammar's to read
    "Brazil expected the EU to respect its commitments.",  # a past demand
    "Prices rose faster than analysts expected last year.",
    "Many readers expect a sequel.",  # neither denied nor measured
    "We expect it to be close.",  # the authors' own: the grammar's reading, which declines it
])
def test_beliefs_demands_and_recalled_expectations_are_no_drafts(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker, claim", [
    ("The Riksbank kept its policy rate unchanged and indicated that it was likely to raise it again early next year.",
     "the Riksbank", "the Riksbank raise it again"),
    ("The Bank of Canada held rates at 2.5 per cent but signalled that it was likely to cut them in January, as "
     "new data showed exports slowing over the summer.", "the Bank of Canada", "the Bank of Canada cut them"),
])
def test_a_banks_guidance_on_its_next_step(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker == speaker and claim in draft.text and "summer" not in draft.text
    assert 0.6 <= draft.probability <= 0.85


def test_guidance_with_no_time_is_not_drafted():
    assert drafts("The company said that it was likely to miss its targets.") == []


@pytest.mark.parametrize("text, speaker", [
    ("The OECD projected that global growth would slow to 2.7 per cent in 2027.", "the OECD"),
    ("The Treasury's autumn outlook, released on Monday, projected that the deficit would narrow to 2% of GDP by 2028.",
     "the Treasury"),
])
def test_a_projection_reported_is_the_projecting_bodys(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker and 0.6 <= draft.probability <= 0.85


def test_a_projection_recalled_from_last_year_is_no_draft():
    assert drafts("Last year the agency projected that demand would double by 2030.") == []


@pytest.mark.parametrize("text, speaker", [
    ("The Greens are likely to clear the threshold, but analysts said it would be shunned by every other party.",
     "analysts"),
    ("Economists at the bank said it would take until 2029 for wages to recover.", "Economists at the bank"),
])
def test_a_groups_it_would_is_their_forecast_not_their_plan(text, speaker):
    found = [d for d in drafts(text) if d.speaker == speaker]
    assert len(found) == 1 and found[0].text.startswith("Will it ")


@pytest.mark.parametrize("text", [
    "Rates will stay high, said Ana Ruiz of Banco Sur, who puts the probability of a June cut at 35 per cent.",
    '"The risk is to the downside," said Ana Ruiz of Banco Sur, who puts the probability of a June cut at 35 per cent.',
])
def test_a_number_in_a_relative_clause_is_the_antecedents(text):
    [draft] = [d for d in drafts(text) if d.probability == pytest.approx(0.35)]
    assert draft.speaker == "Ana Ruiz of Banco Sur" and "June cut" in draft.text


@pytest.mark.parametrize("text, speaker, claim", [
    ("Experts believe a return to open fighting is highly unlikely.", "Experts", "a return to open fighting"),
    ("Most analysts think a default is unlikely before 2028.", "most analysts", "a default"),
])
def test_experts_belief_is_a_forecast_kept_as_theirs(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker == speaker and claim in draft.text and draft.probability <= 0.3
    assert "believe" not in draft.text and "think" not in draft.text


@pytest.mark.parametrize("text", ["Moscow believes the West will tire of the war.",
                                  "Some experts believe a deal is likely."])
def test_an_actors_or_unnamed_belief_stays_out(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, speaker, tail", [
    ('"We will almost certainly see more cyber attacks before the vote," Ilse Varga, head of the cyber agency, told a '
     "news conference on Tuesday.", "Ilse Varga", "Varga"),
    ("Tolls will almost certainly rise in 2027, Anna Berg, head of the port authority, told reporters on Monday.",
     "Anna Berg", "Berg"),
    ('"Prices are likely to climb further next year," Maria Lopez, an economist at the central bank, said on Tuesday.',
     "Maria Lopez", "Lopez"),
])
def test_a_speaker_named_after_the_claim_with_a_role(text, speaker, tail):
    [draft] = drafts(text)
    assert draft.speaker == speaker and tail not in draft.text and "told" not in draft.text


def test_she_and_others_warn_keeps_the_lead_in_out_of_the_question():
    [draft] = drafts("But she and others warn that more unrest in the capital is likely over the summer.")
    assert draft.text.startswith("Will there be more unrest") and "warn" not in draft.text and draft.speaker


@pytest.mark.parametrize("text", [
    "The number of reported fraud cases is expected to grow as more banks join the scheme.",
    "The number of reported cases will rise in 2027.",
    "The share of planned projects finished on time will fall in 2027.",
])
def test_a_participle_as_adjective_reports_nothing(text):
    assert len(drafts(text)) == 1


def test_a_verb_of_reporting_still_reports():
    assert drafts("The ministry reported that exports will fall in 2027.") == []


@pytest.mark.parametrize("text, speaker", [
    ("2.4 The minister said tolls will rise in 2027.", "the minister"),
    ("7. Officials in Oslo said fares will rise in 2027.", "Officials in Oslo"),
])
def test_a_paragraph_number_does_not_hide_the_speaker(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.due == date(2027, 12, 31)


def test_a_paragraph_number_does_not_hide_a_believer():
    assert drafts("5. Moscow believes the West will tire of the war by 2027.") == []


def test_a_reports_own_name_with_a_paragraph_number_is_its_own_voice():
    text = ("Island Security Review 2026\n\nPublished by the Island Security Agency\n\n"
            "2.4 The Review considers it likely that at least one more island state will sign a security pact before "
            "the end of 2028. The Review was asked to assess the region.\n")
    [draft] = extract_document(text, published=PUBLISHED, scale="plain-reader").drafts
    assert draft.speaker is None and draft.text.startswith("Will at least one more island state sign")


@pytest.mark.parametrize("text, kept, cut", [
    ("The agency predicted that exports would rise by 4% in 2027, and fall back in 2029.", "exports rise by 4%", "fall back"),
    ("The central bank's annual report projected that wage growth would slow to 3% by the end of 2027, and pick up "
     "again only in 2029.", "wage growth slow to 3%", "pick up"),
])
def test_a_second_dated_forecast_is_no_part_of_the_first(text, kept, cut):
    [draft] = drafts(text)
    assert kept in draft.text and cut not in draft.text and draft.due == date(2027, 12, 31)


@pytest.mark.parametrize("text, speaker, claim", [
    ('One of our analysts put it bluntly: "The ceasefire will collapse before Easter."', "One of our analysts",
     "Will the ceasefire collapse"),
    ('A senior diplomat summed it up: "The talks will fail by June."', "a senior diplomat", "Will the talks fail"),
    ('As one of our forecasters put it this way: "The army will keep shelling the port through the rainy season."',
     "one of our forecasters", "Will the army keep shelling the port"),
])
def test_put_it_this_way_quotes_the_claim(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker == speaker and draft.text.startswith(claim) and "put it" not in draft.text


def test_the_bank_a_story_reports_is_the_source_and_its_own_report_is_its_voice():
    [news] = drafts("The Bank now expects unemployment to rise to 5.2 per cent next year.")
    assert news.speaker == "the Bank"
    own = "Central Bank of Norland\n\nMonetary Policy Report\n\nThe Bank now expects unemployment to rise to 5.2 per cent " \
          "next year. The Bank held rates.\n"
    [draft] = extract_document(own, published=PUBLISHED, scale="plain-reader").drafts
    assert draft.speaker is None


@pytest.mark.parametrize("before, speaker", [
    ('"The army is unlikely to cross the line. Belgrade knows that, and it has little to gain," says Dr Ana Petrovic, '
     "a researcher at an institute in Skopje.", "Dr Ana Petrovic"),
    ('"Rates have peaked," said Tomas Berg.', "Tomas Berg"),
])
def test_the_speaker_before_may_be_named_after_the_quotation(before, speaker):
    from tracker.extract.attribution import speaker_before

    assert speaker_before(before) == speaker


def test_a_pronoun_after_a_quotation_names_no_speaker_before():
    from tracker.extract.attribution import speaker_before

    assert speaker_before('"We will win," he said.') is None


def test_she_after_a_quotation_in_the_same_paragraph_is_its_speaker():
    [draft] = drafts('"Tensions are high," says Dr Ana Petrovic. She warns that more unrest in the capital is likely '
                     "over the summer.")
    assert draft.speaker == "Dr Ana Petrovic"


@pytest.mark.parametrize("text", [
    "Turkish officials have said repeatedly that they will act again if the border is crossed.",
    "The minister said again that she will resign in May.",
])
def test_a_pledge_said_repeatedly_is_still_a_pledge(text):
    assert drafts(text) == []


def test_a_forecast_said_repeatedly_keeps_its_speaker_and_loses_the_adverb():
    [draft] = drafts("The minister said repeatedly that prices will fall in 2027.")
    assert draft.speaker == "the minister" and draft.text.startswith("Will prices fall")
