"""Question text, round 20 of issue 13: what trails or opens a claim and is no part of the question.

A reporting tag (", economists say", ", Jane Roe, head of X, told reporters"), a bracketed note on last week's
figure, the others' view, a hedge before a refinement; a lead-in whose subject is not "we"; a list inserted
after the subject; a fronted condition; a past clause before "and"; "it will remain so"; the document's own
voice; criteria agreement; names that must keep their capitals. Every sentence is new (none from the
documents the rules were found in), with near misses that must stay as they are.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.casing import lower_first, lowercase_words
from tracker.extract.question_criteria import criteria
from tracker.extract.question_predicate import clean_predicate
from tracker.extract.questions import build_question


def ask(claim: str) -> str:
    """The question, its first letter after "Will " in lower case: these tests are about words, not capitals."""
    text = build_question(claim).text
    return text[:5] + text[5:6].lower() + text[6:]


def drafts(text: str):
    return extract_document(text, published=date(2026, 5, 4), scale="plain-reader").drafts


@pytest.mark.parametrize(("claim", "question"), [
    ("Unemployment will rise above 6%, economists say", "Will unemployment rise above 6%"),
    ("The ruling party will lose its majority, the latest survey showed", "Will the ruling party lose its majority"),
    ("Exports will shrink, Maria Santos, chief economist at Banco Norte, told reporters on Friday",
     "Will exports shrink"),
    ("The border will stay closed, diplomats from both countries say privately", "Will the border stay closed"),
    ("The airline will cut 2,000 jobs, according to people familiar with the plan", "Will the airline cut 2,000 jobs"),
    ("The index will fall, broadly in line with the consensus of analysts", "Will the index fall"),
    ("The mill will close, say union officials", "Will the mill close"),
    ("The bank will cut rates, said Anna Lee, an economist at Acme, who puts it at 60%", "Will the bank cut rates"),
    ("Inflation, economists say, will ease below 3%", "Will inflation ease below 3%"),
    ("The government will respond firmly, without saying how", "Will the government respond firmly"),
    ("The army will withdraw, without giving a date", "Will the army withdraw"),
])
def test_a_reporting_tag_is_no_part_of_the_question(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "question"), [
    # near misses: what the claim itself says or reports stays
    ("The agency will publish what the inspectors said", "Will the agency publish what the inspectors said"),
    ("The minister will say whether the plant closes", "Will the minister say whether the plant closes"),
    ("The firm will cut costs, without closing plants", "Will the firm cut costs, without closing plants"),
    ("The firm will report higher sales, revised estimates and a new dividend",
     "Will the firm report higher sales, revised estimates and a new dividend"),
    ("The court will hear the case, and the verdict will follow in May",
     "Will the court hear the case"),
])
def test_what_the_claim_reports_stays(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "question"), [
    ("The central bank will cut rates in March (last week: 35%)", "Will the central bank cut rates in March"),
    ("The strike will end (previously 40%)", "Will the strike end"),
    ("The union will accept the offer (12%, unchanged)", "Will the union accept the offer"),
    ("The coalition will survive the vote, and most expect it to last the year", "Will the coalition survive the vote"),
    ("Moscow will respond, most likely against Baltic shipping", "Will Moscow respond against Baltic shipping"),
    ("The rebels will attack, probably with drones", "Will the rebels attack with drones"),
    # near misses: a bracket that is part of the claim, and a hedged time refinement (the due date's words)
    ("Turnout will be lower than in 2019 (61.2%)", "Will turnout be lower than in 2019 (61.2%)"),
    ("The deficit will reach $40 billion (2.5% of GDP)", "Will the deficit reach $40 billion (2.5% of GDP)"),
    ("Strikes will hit ports (not airports)", "Will strikes hit ports (not airports)"),
    ("The summit will take place, most probably in late June", "Will the summit take place"),
])
def test_notes_others_views_and_hedges_are_no_part_of_the_question(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "question"), [
    ("Our economists think the central bank will hold rates", "Will the central bank hold rates"),
    ("Most analysts expect the merger will go ahead", "Will the merger go ahead"),
    ("Several members of the panel believe that the treaty will be ratified", "Will the treaty be ratified"),
    ("Our analysts reckon Ankara will veto the plan", "Will Ankara veto the plan"),
    # near misses: a noun that looks like a belief verb is part of the subject
    ("The think tank will publish its report", "Will the think tank publish its report"),
    ("The fears of investors will fade", "Will the fears of investors fade"),
    ("Analysts' estimates of growth will be revised", "Will Analysts' estimates of growth be revised"),
])
def test_a_lead_in_with_any_subject_is_removed(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "question"), [
    # a second clause with its own subject and finite verb, or the authors' next (denied) judgement
    ("The port will remain the hub of the grain trade, and its share of exports to Asia will not shrink",
     "Will the port remain the hub of the grain trade"),
    ("Wage growth will stay strong, and we do not expect unemployment to rise above 5%",
     "Will wage growth stay strong"),
    ("The deficit will shrink, and the council's latest review concluded that policy is sustainable",
     "Will the deficit shrink"),
    # whose view it is, and a report with an adverb before "that"
    ("The committee shares the view of most insurers that claims will rise steeply", "Will claims rise steeply"),
    ("Officials in Ankara have said publicly that the army will withdraw", "Will the army withdraw"),
    # a quotation opening after a colon, its closing mark lost
    ("Our lead analyst summed it up: \"The coalition will hold until the budget vote",
     "Will the coalition hold until the budget vote"),
    # near misses: base-form verbs and noun phrases after ", and" are the same claim
    ("Exports will grow, and imports fall", "Will exports grow, and imports fall"),
    ("The plan: the agency will hire staff", "Will the plan: the agency hire staff"),
])
def test_second_clauses_views_and_quotations(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "question"), [
    # "which" after a clause stands for the clause's last noun phrase (a date after it is no part of it)
    ("The vote follows a month after the council adopts the plan on 3 May, which will raise fees",
     "Will the plan raise fees"),
    ("The minister presents a new budget, which is likely to cut spending", "Will a new budget cut spending"),
    # near misses: "which" after a noun phrase, and after a clause with no object for it to stand for
    ("The costs of the programme, which is expected to grow", "Will the costs of the programme grow"),
    ("Russia, which is likely to respond", "Will Russia respond"),
    # a named speaker with a verb that is also a noun; a cause; a revision; a second infinitive; a starting figure
    ("Rents will rise 4%, Northgate Lettings forecasts", "Will rents rise 4%"),
    ("The deficit will widen, reflecting weaker revenue", "Will the deficit widen"),
    ("The shortfall will reach €9 billion, €2 billion more than projected in the spring budget",
     "Will the shortfall reach €9 billion"),
    ("The central bank will raise its rate to 4.5%, from 4% now, and to keep it there until 2028",
     "Will the central bank raise its rate to 4.5%"),
    ("Capacity will reach 30 GW, from 16 GW today", "Will capacity reach 30 GW"),
    # near misses: the same words as part of the claim
    ("The firm will publish revised estimates", "Will the firm publish revised estimates"),
    ("Sales will rise from 3 million to 4 million", "Will sales rise from 3 million to 4 million"),
])
def test_relatives_causes_and_figures(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "flagged"), [
    ("The committee will follow it with further cuts", True),
    ("The party will boycott them", True),
    ("The mixing will make it harder to identify attackers", False),
    ("The court will hear the case", False),
])
def test_an_object_pronoun_is_flagged(claim, flagged):
    assert any("name what it stands for" in note for note in build_question(claim).notes) is flagged


@pytest.mark.parametrize(("sentence", "question"), [
    ("But he and other experts warn that more flooding is likely in the delta this spring.",
     "Will there be more flooding in the delta"),
    ("Our forecasters think the board will approve the sale in 2027.", "Will the board approve the sale"),
])
def test_a_lead_in_never_enters_a_drafted_question(sentence, question):
    [draft] = drafts(sentence)
    assert draft.text.startswith(question + " by ")


@pytest.mark.parametrize(("claim", "question"), [
    ("Iran's attempts to buy missile parts, notably engines, guidance kits and fuel, will continue",
     "Will Iran's attempts to buy missile parts continue"),
    ("Cyber attacks on hospitals, including ransomware and data theft, will rise", "Will cyber attacks on hospitals rise"),
    ("The cost of imports, particularly of food, fuel and fertiliser, will climb", "Will the cost of imports climb"),
    ("The cartel will move its routes inland, as this lowers the risk of seizures", "Will the cartel move its routes inland"),
    ("Prices will spike again, as they did in 2022", "Will prices spike again"),
    ("Without new funding the museum will close", "Will the museum close"),
    ("Despite the sanctions Moscow will keep exporting oil", "Will Moscow keep exporting oil"),
    ("Absent a deal the tariffs will rise", "Will the tariffs rise"),
    ("Gold averaged about $2,300 in 2024 and the price will rise further", "Will the price rise further"),
    ("Inflation was 4.1% last year and the bank will cut rates", "Will the bank cut rates"),
    ("Exports rose to $40bn in 2025 but the surplus will narrow", "Will the surplus narrow"),
    ("Wheat fell to $5 a bushel last year and the harvest will be smaller", "Will the harvest be smaller"),
    ("Support is falling and the contests for the mayoralty, the council and the school board will favour the opposition",
     "Will the contests for the mayoralty, the council and the school board favour the opposition"),
])
def test_the_subject_is_the_claims_own(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize(("claim", "question"), [
    # near misses: a list that is the subject, a participle of the subject's own, a name after a preposition
    ("Germany, France and Italy will back the plan", "Will Germany, France and Italy back the plan"),
    ("The army, backed by drones and artillery, will advance", "Will the army advance"),
    ("The number of reported cases and the cost of treatment will rise",
     "Will the number of reported cases and the cost of treatment rise"),
    ("Goods produced in China and the US will face tariffs", "Will goods produced in China and the US face tariffs"),
    ("Under Secretary Ruiz will resign", "Will Under Secretary Ruiz resign"),
])
def test_a_subject_that_is_whole_stays_whole(claim, question):
    assert ask(claim) == question[:5] + question[5:6].lower() + question[6:]


@pytest.mark.parametrize("claim", [
    "Cheap, unlicensed and untested drugs sold online will spread",
    "Unsafe, unregistered and uninsured vehicles will be banned",
])
def test_a_list_of_modifiers_is_not_cut_at_its_first_comma(claim):
    subject = build_question(claim).subject
    assert subject.lower().startswith(claim.lower().split(" will ")[0].lower())


@pytest.mark.parametrize(("predicate", "words", "cleaned"), [
    ("be repaid before 2029-30 unless rates fall", "2029-30", "be repaid unless rates fall"),
    ("rise above 3% by 2029 in most regions", "2029", "rise above 3% in most regions"),
    ("reach the target in 2030 if funding holds", "2030", "reach the target if funding holds"),
    # an aside whose date went to the due date goes with it
    ("see the trade figures, due on 9 June, before it acts", "9 June", "see the trade figures, before it acts"),
    ("rule on the appeal, scheduled for 12 May", "12 May", "rule on the appeal"),
    # the horizon's own preposition: the one before it is the claim's ("aged 80 and over")
    ("hit those aged 80 and over in January", "in January", "hit those aged 80 and over"),
])
def test_time_words_go_with_their_preposition(predicate, words, cleaned):
    assert clean_predicate(predicate, (words,)) == cleaned


@pytest.mark.parametrize(("sentence", "question"), [
    ("Organised crime remains the main driver of violence in the capital, and we assess that it will remain so in 2027.",
     "rganised crime remain the main driver of violence in the capital by 31 December 2027?"),
    ("The shipyard is the largest employer in the region, and we judge that it will stay so in 2028.",
     "Will the shipyard remain the largest employer in the region by 31 December 2028?"),
])
def test_remain_so_takes_the_clause_before(sentence, question):
    [draft] = drafts(sentence)
    assert draft.text.endswith(question)
    assert not any("pronoun" in note for note in draft.review)


def test_remain_so_with_nothing_before_stays_flagged():
    question = build_question("it will remain so")
    assert question.text == "Will it remain so"
    assert any("pronoun" in note for note in question.notes)


@pytest.mark.parametrize(("claim", "flagged"), [
    ("We will open two new offices", True),
    ("The regulator will review our licence", True),
    ("The board will meet with us", True),
    ("The US will impose tariffs", False),
    ("The refinery will close", False),
])
def test_the_documents_own_voice_is_flagged(claim, flagged):
    assert any("speaks as" in note for note in build_question(claim).notes) is flagged


@pytest.mark.parametrize(("claim", "agreed"), [
    ("More young people will leave the region", "more young people leave the region"),
    ("The police will remain on the streets", "the police remain on the streets"),
    ("I will visit the capital", "I visit the capital"),
    ("The bridge will open, two years late", "the bridge opens two years late"),
    ("The dam will hold", "the dam holds"),
])
def test_criteria_agree_with_the_subject(claim, agreed):
    assert f"Resolves YES if {agreed} by 1 May 2027" in criteria(build_question(claim), "1 May 2027")


def test_criteria_close_a_space_left_before_a_comma():
    question = build_question("Raids will increase in the south in 2027, in particular near the border")
    question = build_question("Raids will increase in the south in 2027, in particular near the border", drop=("in 2027",))
    assert " ," not in criteria(question, "31 December 2027")
    assert " ," not in question.text


_DOCUMENT = ("Estonians vote on Sunday. Support for Estonia's government fell. Law and Justice is likely to win. We want "
             "the rule of law. The ministry said so. Ministry of Finance data showed it. The exports grew. Musicians "
             "will strike. The musicians said so.")


@pytest.mark.parametrize(("subject", "written"), [
    ("Estonians vote", "Estonians vote"),  # a people named after a country the document names
    ("Law and Justice", "Law and Justice"),  # a name of several words
    ("Ministry of Finance", "Ministry of Finance"),
    ("Exports of German cars", "exports of German cars"),  # near misses: ordinary words lose the capital
    ("Musicians strike", "musicians strike"),
])
def test_names_keep_their_capitals(subject, written):
    assert lower_first(subject, lowercase_words(_DOCUMENT)) == written


@pytest.mark.parametrize(("claim", "flagged"), [
    ("That activity will expand into the Baltic", True),
    ("This rivalry will intensify", True),
    ("The ministry will not meet that commitment", True),
    # near misses: "that" opening a clause, and no demonstrative at all
    ("The minister will say that the plan works", False),
    ("The board will confirm that its programme continues", False),
    ("The ceasefire will hold", False),
])
def test_a_demonstrative_subject_or_object_is_flagged(claim, flagged):
    assert any("refers to something stated before" in note for note in build_question(claim).notes) is flagged


@pytest.mark.parametrize(("sentence", "question"), [
    ("Smuggling networks continue to expand along the eastern border, and we expect this to continue in 2027.",
     "Will smuggling networks continue to expand along the eastern border by 31 December 2027?"),
    ("The cartel pushes cocaine through the northern ports. This is expected to continue in 2027.",
     "Will the cartel continue to push cocaine through the northern ports by 31 December 2027?"),
    ("The agency carries out raids on unlicensed lenders. We expect this to continue in 2027.",
     "Will the agency continue to carry out raids on unlicensed lenders by 31 December 2027?"),
])
def test_this_will_continue_takes_the_clause_before(sentence, question):
    assert drafts(sentence)[-1].text == question


@pytest.mark.parametrize("sentence", [
    # near misses: a past clause (what goes on is not said), a possessive before a plural, nothing before
    "Wages rose sharply in 2025, and this is expected to continue in 2027.",
    "The ministry's figures show a rise in arrests. This is expected to continue in 2027.",
    "This is expected to continue in 2027.",
])
def test_this_will_continue_stays_flagged_when_the_clause_before_says_nothing_plain(sentence):
    draft = drafts(sentence)[-1]
    assert draft.text.startswith("Will this continue")
    assert any("pronoun" in note for note in draft.review)
