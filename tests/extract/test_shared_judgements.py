"""Two or more judgements in one sentence (clauses.py, shared_frames.py): each is cut out and, when it leans on the
first clause's frame, restated to read alone, with its own phrase, negation and time. Sentences written for these
tests (issue 13, round 22)."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.clauses import split_clauses
from tracker.extract.shared_frames import restate_present, split_with_clause

PUBLISHED = date(2026, 11, 2)


def texts(sentence: str) -> list[str]:
    return [clause.text for clause in split_clauses(sentence)]


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


# --- one subject, a second modal with its own estimative word: "X will A and almost certainly will B" -----------

@pytest.mark.parametrize(("sentence", "second", "subject"), [
    ("The navy will keep building frigates and very likely will commission two carriers by 2031.",
     "very likely will commission two carriers by 2031.", "The navy"),
    ("Output will recover in the spring and probably will exceed its 2019 peak by 2028.",
     "probably will exceed its 2019 peak by 2028.", "Output"),
    ("The union will reject the offer and almost certainly will strike before Easter.",
     "almost certainly will strike before Easter.", "The union"),
    ("Tariffs will stay in place and most likely will rise again next year.",
     "most likely will rise again next year.", "Tariffs"),
    ("The regulator would object, and likely would block the merger in 2027.",
     "likely would block the merger in 2027.", "The regulator"),
])
def test_a_second_modal_with_its_own_word_is_its_own_clause(sentence, second, subject):
    clauses = split_clauses(sentence)
    assert [c.text for c in clauses][1:] == [second]
    assert clauses[1].coordinated and clauses[1].subject == subject


@pytest.mark.parametrize("sentence", [
    "The minister will probably and reluctantly sign the bill.",   # one verb, two adverbs
    "The committee will meet and decide.",                          # no second modal
    "Exports will rise and the likely winners will be exporters.",  # "likely" an adjective of the noun phrase
])
def test_no_second_modal_with_its_own_word_stays_one_judgement(sentence):
    assert not any(text.lower().startswith(("probably", "likely", "almost", "very", "most")) for text in texts(sentence))


def test_each_modal_keeps_its_own_phrase_and_time():
    found = drafts("The union will reject the offer and almost certainly will strike before Easter.")
    assert [(d.phrase, d.text) for d in found] == [
        ("will", "Will the union reject the offer by 2 November 2028?"),
        ("almost certain", "Will the union strike by 28 March 2027?"),
    ]


# --- an absolute ", with ..." clause that judges on its own --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Storms will batter the coast through Friday, with gusts likely to exceed 100 km/h on Thursday.",
     "Storms will batter the coast through Friday", "gusts are likely to exceed 100 km/h on Thursday."),
    ("The bank held rates at 4%, with a cut expected to follow in March.",
     "The bank held rates at 4%", "a cut is expected to follow in March."),
    ("Demand will stay weak, with the housing market unlikely to recover before 2028.",
     "Demand will stay weak", "the housing market is unlikely to recover before 2028."),
    ("We forecast inflation of 2.4% in 2027, with core prices rising to 2.8% by the autumn.",
     "We forecast inflation of 2.4% in 2027", "We forecast core prices to rise to 2.8% by the autumn."),
    ("The agency expects output to grow 2% next year, with exports climbing by 4%.",
     "The agency expects output to grow 2% next year", "The agency expects exports to climb by 4%."),
    ("Unemployment will edge up to 5% in 2027, with youth unemployment topping 12%.",
     "Unemployment will edge up to 5% in 2027", "youth unemployment will top 12%."),
    # an appositive comparison with someone else's figure is dropped, not claimed
    ("We project output growth of 2.2% in 2027, slightly above the 2.0% consensus, with inflation easing to 2.5% in 2028.",
     "We project output growth of 2.2% in 2027", "We project inflation to ease to 2.5% in 2028."),
])
def test_an_absolute_with_clause_is_restated_to_read_alone(sentence, first, second):
    assert texts(sentence) == [first, second]


@pytest.mark.parametrize("sentence", [
    "We expect growth of 2%, with consumption accounting for most of it.",   # no movement after the verb
    "Prices rose 3% last year, with energy rising by 10%.",                  # no expectation, no modal: a past fact
    "With prices likely to rise, households will cut back.",                 # a fronted reason, no ", with"
    "The plant will reopen, with the building of new lines to follow.",      # a gerund noun, no movement
])
def test_a_with_clause_without_its_own_judgement_stays(sentence):
    assert split_with_clause(sentence) == [sentence]


def test_the_with_clause_takes_its_own_time_and_the_first_its_own():
    found = drafts("We forecast inflation of 2.4% in 2027, with core prices rising to 2.8% by the autumn of 2027.")
    assert [d.due for d in found] == [date(2027, 12, 31), date(2027, 11, 30)]
    assert "core prices" not in found[0].text and "2.4%" not in found[1].text


# --- a contrast in the present tense under an expectation: ", while B expands by 5.4%" ------------------------------

@pytest.mark.parametrize(("previous", "joiner", "piece", "restated"), [
    ("The bank expects inflation to ease to 2.1% next year", ", whereas ", "wage growth slows to 3%.",
     "The bank expects wage growth to slow to 3%."),
    ("Analysts expect sales to rise 4% in 2027", ", while ", "costs climb by 6%.", "Analysts expect costs to climb by 6%."),
    ("The board forecasts revenue to reach $2 billion", ", while ", "the margin narrows to 8% in 2028.",
     "The board forecasts the margin to narrow to 8% in 2028."),
    ("We project exports to fall by 1%", ", whilst ", "imports rise by 2% over the year.",
     "We project imports to rise by 2% over the year."),
    ("The ministry expects the deficit to shrink to 3%", ", while ", "debt reaches 95% of GDP.",
     "The ministry expects debt to reach 95% of GDP."),
])
def test_a_present_contrast_under_an_expectation_is_the_expectations(previous, joiner, piece, restated):
    assert restate_present(previous, joiner, piece) == restated


@pytest.mark.parametrize(("previous", "joiner", "piece"), [
    ("The bank expects inflation to ease to 2.1% next year", ", while ", "wage growth slowed to 3% last year."),  # past
    ("The bank expects inflation to ease to 2.1% next year", ", while ", "wage growth rose by 3% last year."),    # past
    ("The bank expects inflation to ease to 2.1% next year", ", while ", "the talks continue."),   # nothing measured
    ("The bank expects inflation to ease to 2.1% next year", ", while ", "the fleet is 5% larger."),  # "is": no verb
    ("Inflation eased to 2.1% last year", ", while ", "wage growth slows to 3%."),                 # no expectation
    ("The bank expects inflation to ease to 2.1% next year", ", but ", "wage growth slows to 3%."),  # not a contrast of two
])
def test_other_clauses_after_an_expectation_are_left_alone(previous, joiner, piece):
    assert restate_present(previous, joiner, piece) == piece


def test_both_halves_of_a_present_contrast_are_drafted():
    found = drafts("We expect sales to rise by 4% in 2027, while costs climb by 6%.")
    assert [(d.text, d.due) for d in found] == [("Will sales rise by 4% by 31 December 2027?", date(2027, 12, 31)),
                                                ("Will costs climb by 6% by 31 December 2027?", date(2027, 12, 31))]


# --- a second claim whose chance ends its clause: ", and a vote that splits the party is unlikely" ------------------

@pytest.mark.parametrize(("sentence", "second"), [
    ("We expect the budget to pass, and a snap election before the summer is roughly a coin flip.",
     "a snap election before the summer is roughly a coin flip."),
    ("Ministers expect the deal to pass, and a vote that splits the party is unlikely.",
     "a vote that splits the party is unlikely."),
    ("Growth will slow, and a recession that lasts more than two quarters is more likely than not by 2028.",
     "a recession that lasts more than two quarters is more likely than not by 2028."),
    ("The merger will close in March, and a second bid that tops the first is a long shot.",
     "a second bid that tops the first is a long shot."),
    ("We expect rates to fall, and a cut that exceeds 50bp in 2027 is highly unlikely.",
     "a cut that exceeds 50bp in 2027 is highly unlikely."),
])
def test_a_claim_whose_chance_ends_its_clause_is_its_own(sentence, second):
    assert texts(sentence)[1:] == [second]


@pytest.mark.parametrize("sentence", [
    "The plan is costly, and its success is likely.",            # no judgement before: one view of a plan
    "We expect the reforms, and the savings that follow, to pass.",  # a list of objects
])
def test_a_chance_without_a_judgement_before_it_stays_whole(sentence):
    assert len(split_clauses(sentence)) == 1


# --- the odds of a second claim with "it is" left out: ", and about 50/50 that ..." --------------------------------

@pytest.mark.parametrize(("sentence", "second"), [
    ("A deal before Christmas is likely, and about 50/50 that it is ratified by March.",
     "about 50/50 that it is ratified by March."),
    ("We think a cut in June is likely, and slightly better than even that a second follows in September.",
     "slightly better than even that a second follows in September."),
    ("A strike is possible, and 1-in-4 that it lasts more than a week.", "1-in-4 that it lasts more than a week."),
    ("Approval is likely, and a little worse than a coin flip that it comes before the recess.",
     "a little worse than a coin flip that it comes before the recess."),
])
def test_elided_odds_of_a_second_claim_are_a_clause_of_their_own(sentence, second):
    assert texts(sentence)[1:] == [second]


def test_the_first_claim_loses_the_seconds_time():
    found = drafts("We think a cut in June 2027 is likely, and slightly better than even that a second follows in September 2027.")
    assert [d.due for d in found][:1] == [date(2027, 6, 30)]


# --- a dash before "but" and a clause with its own phrase; the writer's aside between dashes stays ----------------

@pytest.mark.parametrize(("sentence", "pieces"), [
    ("A full default remains unlikely – we put it at 5% – but a downgrade is almost certain before the autumn.",
     ["A full default remains unlikely – we put it at 5%", "a downgrade is almost certain before the autumn."]),
    ("Sanctions will stay — the EU is clear on that — but a price cap is probable in 2027.",
     ["Sanctions will stay — the EU is clear on that", "a price cap is probable in 2027."]),
])
def test_a_dash_before_but_and_a_judged_clause_cuts(sentence, pieces):
    assert texts(sentence) == pieces


@pytest.mark.parametrize("sentence", [
    "The outcome – but not its timing – is certain.",
    "The reform – and its costs – will be debated in 2027.",
])
def test_a_parenthesis_between_dashes_is_not_a_clause(sentence):
    assert len(split_clauses(sentence)) == 1


# --- a restatement that points back ("As noted above, ...") reads as the claim it restates, and merges with it ------

@pytest.mark.parametrize(("sentence", "claim"), [
    ("As noted above, the deficit is likely to widen in 2027.", "the deficit is likely to widen in 2027."),
    ("As we set out in chapter 2, wages will grow faster than prices next year.",
     "wages will grow faster than prices next year."),
    ("As discussed in the key findings, at least one outage is likely before 2028.",
     "at least one outage is likely before 2028."),
])
def test_a_cross_reference_is_cut_from_the_claim(sentence, claim):
    assert texts(sentence)[-1] == claim


@pytest.mark.parametrize("sentence", [
    "As expected, the deficit widened.",
    "As prices rise, households will cut back.",
    "As long as rates stay high, growth will be slow.",
])
def test_other_leading_as_clauses_are_not_cross_references(sentence):
    assert texts(sentence)[0].startswith("As ")


def test_a_key_judgement_and_its_restatement_are_one_draft():
    text = ("Key judgements\n\nAt least one ransomware attack is likely to disrupt a regional hospital for more than 72 hours "
            "before 2028.\n\nHealth\n\nHospitals run old systems. As noted in the key judgements, at least one ransomware "
            "attack is likely to disrupt a regional hospital for more than 72 hours before 2028.")
    found = drafts(text)
    assert len(found) == 1 and found[0].also


# --- two objects, each with its own infinitive, under one expectation: "projects A to B in 2026, and C to D by 2028" -

@pytest.mark.parametrize(("sentence", "pieces"), [
    ("The treasury projects the surplus to narrow to 0.2% of GDP in 2027, and public debt to fall below 80% of GDP by 2029.",
     ["The treasury projects the surplus to narrow to 0.2% of GDP in 2027",
      "The treasury projects public debt to fall below 80% of GDP by 2029."]),
    ("We expect inflation to ease to 2.5% by June, and the central bank to cut rates twice before the end of 2027.",
     ["We expect inflation to ease to 2.5% by June", "We expect the central bank to cut rates twice before the end of 2027."]),
    ("The council forecasts rents to rise 4% next year and house prices to stay flat.",
     ["The council forecasts rents to rise 4% next year", "The council forecasts house prices to stay flat."]),
    ("Analysts expect exports to rise 3% in 2027 and imports to grow by 5% over the same period.",
     ["Analysts expect exports to rise 3% in 2027", "Analysts expect imports to grow by 5% over the same period."]),
    ("The agency forecasts wheat output to fall by 8%, and maize, rapeseed and barley to hold steady.",
     ["The agency forecasts wheat output to fall by 8%", "The agency forecasts maize, rapeseed and barley to hold steady."]),
])
def test_a_second_object_and_infinitive_under_one_expectation_is_its_own_claim(sentence, pieces):
    assert texts(sentence) == pieces


@pytest.mark.parametrize("sentence", [
    "We expect the firms and their suppliers to merge by 2028.",          # "and" inside the first object
    "We expect the plan to give families and businesses time to adjust.",  # one infinitive's two objects
    "We expect prices to rise, and wages too.",                            # no infinitive of its own
    "Ministers want the tax to rise in 2027 and the levy to fall in 2028.",  # a wish, no expectation
])
def test_one_object_or_no_expectation_stays_one_clause(sentence):
    assert len(split_clauses(sentence)) == 1


def test_each_object_is_drafted_with_its_own_time():
    found = drafts("We expect inflation to ease to 2.5% by June 2027, and the central bank to cut rates twice before "
                   "the end of 2027.")
    assert [(d.text, d.due) for d in found] == [
        ("Will inflation ease to 2.5% by 30 June 2027?", date(2027, 6, 30)),
        ("Will the central bank cut rates twice by 31 December 2027?", date(2027, 12, 31)),
    ]
