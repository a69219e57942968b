"""Question text, round 21 of issue 13: subjects, leads and tails the question must not keep.

A signpost ("Second,") before a subject holding "or"; a participle before its noun after a fronted phrase ("For
farmers, reduced rainfall will"); the part of a whole ("40 stores, of which 10 will"); a relative clause of place
after the subject; a report to someone or from evidence before the claim ("told us", "suggests", ", and said");
a fronted scope with no comma; the alternative a chance is weighed against ("than to"); a counted subject of a
gerund; the norm a figure is compared with; "for the rest of" a year; words inside a quotation; a past reason;
a condition ("depending on"); a second clause with a pronoun; the speaker's next words ("but admitted"); a modal
inside an embedded question or a relative; the adverb before "be"; an acronym inside a name. Every sentence is
new, with near misses that must stay as they are.
"""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.articles import definite_subject
from tracker.extract.casing import lowercase_words
from tracker.extract.questions import build_question


def ask(claim: str, drop: tuple[str, ...] = ()) -> str:
    """The question, its first letter after "Will " in lower case: these tests are about words, not capitals."""
    text = build_question(claim, drop=drop).text
    return text[:5] + text[5:6].lower() + text[6:]


def low(question: str) -> str:
    return question[:5] + question[5:6].lower() + question[6:]


def drafts(text: str):
    return extract_document(text, published=date(2026, 5, 4), scale="plain-reader").drafts


@pytest.mark.parametrize(("claim", "question"), [
    ("Second, the share of homes built or renovated will rise", "Will the share of homes built or renovated rise"),
    ("Finally, the cost of food and energy will fall", "Will the cost of food and energy fall"),
    ("Third, the number of firms hiring or training staff will grow", "Will the number of firms hiring or training staff grow"),
    # near misses: a list of names is the subject whole
    ("Poland, Hungary and Slovakia will oppose the plan", "Will Poland, Hungary and Slovakia oppose the plan"),
])
def test_a_signpost_opens_no_list(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("For farmers, reduced rainfall will shorten the growing season", "Will reduced rainfall shorten the growing season"),
    ("For shipping firms, melted sea ice will open new routes", "Will melted sea ice open new routes"),
    ("Along the coast, increased erosion will threaten homes", "Will increased erosion threaten homes"),
    # near misses: a participle with its own preposition describes the subject before it
    ("The army, weakened by heavy losses, will retreat", "Will the army retreat"),
    ("The currency, supported by high rates, will hold its value", "Will the currency hold its value"),
])
def test_a_participle_before_its_noun_after_a_fronted_phrase_is_the_subject(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("The agency expects 12 to 16 storms, of which 5 to 7 will become hurricanes",
     "Will 5 to 7 of the 12 to 16 storms become hurricanes"),
    ("The chain plans 40 new stores, of which 10 will open in Spain", "Will 10 of the 40 new stores open in Spain"),
    ("Officials counted 300 applicants, of whom about 120 will be hired", "Will about 120 of the 300 applicants be hired"),
    ("The board named its five candidates, of whom two will stand down", "Will two of its five candidates stand down"),
])
def test_the_part_of_a_whole_names_the_whole(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("The spread of the fighting into the border provinces, where the army has few troops, will continue",
     "Will the spread of the fighting into the border provinces continue"),
    ("Demand for housing in the capital, where most new jobs are created, will keep rising",
     "Will demand for housing in the capital keep rising"),
])
def test_a_relative_clause_of_place_is_no_subject(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("A senior official told us the deal is likely to collapse", "Will the deal collapse"),
    ("A party whip told reporters the bill is likely to pass", "Will the bill pass"),
    ("The minister told parliament the tax will rise in April", "Will the tax rise in April"),
    ("An aide told the BBC the summit will go ahead", "Will the summit go ahead"),
    ("Our tally of public votes suggests most members will back the bill", "Will most members back the bill"),
    ("The latest polling indicates the governing party will lose seats", "Will the governing party lose seats"),
    ("She cut her growth forecast, and said the central bank will raise rates twice",
     "Will the central bank raise rates twice"),
    ("He sees a weak first half, and warned the jobless rate will climb", "Will the jobless rate climb"),
    # near misses: a noun in "-s" before the modal is the subject, not a verb of report
    ("Streaming shows will move to a paid tier", "Will streaming shows move to a paid tier"),
    ("Television shows and films will cost more", "Will television shows and films cost more"),
])
def test_a_report_before_the_claim_is_no_part_of_its_subject(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("In most regions farmers will plant less wheat", "Will farmers plant less wheat"),
    ("Across many sectors AI will slow hiring", "Will AI slow hiring"),
    ("In most schools the new curriculum will start in September", "Will the new curriculum start in September"),
])
def test_a_fronted_scope_without_a_comma_is_no_subject(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("Robots are more likely to assist nurses than to replace them", "Will robots assist nurses"),
    ("The reform is more likely to delay payments than to cut them", "Will the reform delay payments"),
    # near miss: a comparison of amounts stays
    ("Prices will rise faster than wages", "Will prices rise faster than wages"),
])
def test_the_alternative_weighed_against_is_not_asked(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("there will be at least one storm making landfall in Florida", "Will at least one storm make landfall in Florida"),
    ("there will be two candidates reaching the runoff", "Will two candidates reach the runoff"),
    ("there will be at least one bank failing this year, compared with a long-term average of 20%",
     "Will at least one bank fail"),
])
def test_a_counted_subject_of_a_gerund_is_the_questions(claim, question):
    assert ask(claim, drop=("this year",)) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("Rainfall will be above normal, compared with a long-term average of 300 mm", "Will rainfall be above normal"),
    ("Turnout will reach 70%, compared to the historical average of 62%", "Will turnout reach 70%"),
    ("The yield will end the year near 4%, little changed from 3.9% today", "Will the yield end the year near 4%"),
    ("Snowfall will reach 2 m, slightly above the long-term mean of 1.8 m", "Will snowfall reach 2 m"),
    ("Storm counts will be high, well below the historical value of the 1990s", "Will storm counts be high"),
    # near miss: what the claim compares is the claim
    ("Wages will rise compared with prices", "Will wages rise compared with prices"),
])
def test_the_figure_set_against_the_claim_is_not_asked(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "drop", "question"), [
    ("Prices will stay high for the rest of 2027", "of 2027", "Will prices stay high"),
    ("The mine will stay shut for the remainder of 2026", "of 2026", "Will the mine stay shut"),
    ("Rates will remain on hold through the rest of the year", "of the year", "Will rates remain on hold"),
])
def test_the_rest_of_a_period_goes_with_its_year(claim, drop, question):
    assert ask(claim, drop=(drop,)) == low(question)


@pytest.mark.parametrize(("claim", "drop", "question"), [
    ('The minister will ask for a deal "as soon as possible"', "soon",
     'Will the minister ask for a deal "as soon as possible"'),
    ('The union will call the offer "too little, too late"', "late", 'Will the union call the offer "too little, too late"'),
    # near miss: outside a quotation the horizon's words go
    ("The plant will close soon", "soon", "Will the plant close"),
])
def test_words_inside_a_quotation_stay_whole(claim, drop, question):
    assert ask(claim, drop=(drop,)) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("The target is unlikely to be met, as the country had 4 million in 2025", "Will the target be met"),
    ("Wages will climb as higher prices feed through", "Will wages climb"),
    ("Sales will grow by 5% to 8%, depending on the weather", "Will sales grow by 5% to 8%"),
    ("Emissions will fall by a third, contingent on new funding", "Will emissions fall by a third"),
    ("The council will keep the library open, and I am determined to fund it", "Will the council keep the library open"),
    ("The port will reopen in May, and we are confident of it", "Will the port reopen in May"),
    ("Another short recovery follows, and that's the usual pattern", None),
    ("Her party would vote for the bill but admitted it will fail", "Will her party vote for the bill"),
    ("His group would back the motion and said that it will pass", "Will his group back the motion"),
    # near misses: two verbs of one subject, and "as" in a comparison, stay
    ("The council will keep the library open and fund it", "Will the council keep the library open and fund it"),
    ("Sales will grow as fast as last year", "Will sales grow as fast as last year"),
    ("The firm will cut costs and add staff", "Will the firm cut costs and add staff"),
])
def test_a_reason_a_condition_or_a_second_clause_is_not_asked(claim, question):
    if question is None:  # the second clause goes whatever the first becomes
        assert "pattern" not in ask(claim)
    else:
        assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("The markets underestimate how high rates will go",
     "Will it turn out that the markets underestimate how high rates will go"),
    ("Each entry is a claim that will be true or false",
     "Will each entry be a claim that will be true or false"),
    # near miss: a relative clause before the main modal is skipped as before
    ("Firms that will hire staff will grow", "Will firms that will hire staff grow"),
])
def test_a_modal_inside_an_embedded_question_is_not_the_claims(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("The treaty is still in force at the end of the decade", "Will the treaty still be in force at the end of the decade"),
    ("The mayor is already out of office by the spring", "Will the mayor already be out of office by the spring"),
    ("The plant is no longer in operation in 2030", "Will the plant no longer be in operation in 2030"),
    # near miss: "still" before a comparative means "even" and stays after "be"
    ("Prices will be still higher by the autumn", "Will prices be still higher by the autumn"),
    ("there will be The Dow ends 2028 above 50,000", "Will the Dow end 2028 above 50,000"),
    # near misses: a noun phrase after an existential "be" stays one
    ("there will be The use of drones in the war", "Will there be the use of drones in the war"),
    ("there will be A trade deal covering farm products in Asia", "Will there be a trade deal covering farm products in Asia"),
])
def test_a_present_claim_keeps_english_word_order(claim, question):
    assert ask(claim) == low(question)


def test_an_acronym_inside_a_name_takes_no_article_of_its_own():
    named = lowercase_words("Firms must follow the AI Act. The EU Council met. The EU-wide rules apply.")
    assert definite_subject("AI", named) == "AI"
    assert definite_subject("EU", named) == "EU"
    # near miss: "the EU will" is the acronym with its own article
    assert definite_subject("EU", lowercase_words("The EU will decide. Firms use AI.")) == "the EU"


@pytest.mark.parametrize(("text", "release"), [
    ("UK inflation is likely to be below 3% in the March 2027 release.", "in the March 2027 release?"),
    ("The jobless rate is likely to be above 5% in the June 2027 release.", "in the June 2027 release?"),
])
def test_a_dated_release_is_the_questions_own_time(text, release):
    (draft,) = drafts(text)
    assert draft.text.endswith(release)


@pytest.mark.parametrize(("claim", "drop", "question"), [
    ("Prices will stay low in 2027, as the strong pound and weak demand hold down costs", "in 2027", "Will prices stay low"),
    ("The index will rise in 2027, as its strong earnings keep pushing it up", "in 2027", "Will the index rise"),
    ("The board will approve the plan in May, which gives time for a vote", "in May", "Will the board approve the plan"),
    ("The bank will cut in March, which means cheaper loans", "in March", "Will the bank cut"),
    ("A new mayor will be sworn in before June", "before June", "Will a new mayor be sworn in"),
    ("The levy will be phased in during 2028", "during 2028", "Will the levy be phased in"),
    # near misses: the preposition of the cut time words goes; a relative clause naming the object stays
    ("The plant will close in the autumn", "the autumn", "Will the plant close"),
    ("The firm will open a site which employs 200 people", "", "Will the firm open a site which employs 200 people"),
])
def test_a_cause_a_comment_or_a_particle(claim, drop, question):
    assert ask(claim, drop=(drop,)) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("Beef output will decline by 6% over the same period", "Will beef output decline by 6%"),
    ("Exports will double during the same period", "Will exports double"),
    ("Costs will rise by a fifth in the same timeframe", "Will costs rise by a fifth"),
    # near miss: "the same" of a thing, not of a period, stays
    ("The bank will keep the same policy rate", "Will the bank keep the same policy rate"),
])
def test_the_same_period_is_the_due_dates(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("there will be We have little doubt about the capital, where a second coup",
     "Will there be a second coup"),
    ("there will be The north is calm for now, where renewed fighting", "Will there be renewed fighting"),
    # near miss: a noun phrase with a relative of place is the event whole
    ("there will be a ceasefire in the south, where the army is strongest",
     "Will there be a ceasefire in the south, where the army is strongest"),
])
def test_a_clause_before_where_is_no_event(claim, question):
    assert ask(claim) == low(question)


@pytest.mark.parametrize(("claim", "question"), [
    ("In Chile, inflation is expected to fall below 3%", "Will inflation in Chile fall below 3%"),
    ("In the United Kingdom, unemployment will rise to 5%", "Will unemployment in the United Kingdom rise to 5%"),
    ("Across Latin America, consumer prices will rise", "Will consumer prices in Latin America rise"),
    # near misses: a time, a scenario or a subject with its own determiner keeps the subject as it is
    ("In January, inflation will fall", "Will inflation fall"),
    ("In Q3, growth will slow", "Will growth slow"),
    ("In Scenario B, output will shrink", "Will output shrink"),
    ("In Chile, the central bank will cut rates", "Will the central bank cut rates"),
])
def test_a_place_opening_the_claim_goes_with_a_bare_quantity(claim, question):
    assert ask(claim) == low(question)
