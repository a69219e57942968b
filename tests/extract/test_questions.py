"""The question builder, tested as a parser: literal claims in, literal questions out."""

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.question_criteria import criteria
from tracker.extract.questions import antecedent, build_question

CASES = [
    # Lead-ins removed
    ("It is highly likely that China will continue to support Russia", "Will China continue to support Russia"),
    ("we assess that the government will survive the no-confidence vote",
     "Will the government survive the no-confidence vote"),
    ("We assess that the government will survive the vote", "Will the government survive the vote"),
    ("it is likely that the talks will collapse", "Will the talks collapse"),
    ("In our view, the coalition will hold", "Will the coalition hold"),
    ("In our assessment, the ceasefire will not last", "Will the ceasefire not last"),
    ("the Service estimates that Russia will rebuild its forces", "Will Russia rebuild its forces"),
    ("VSD assesses that Minsk will keep its troops at home", "Will Minsk keep its troops at home"),
    ("It is clear that the economic, financial and social challenges for the union will be enormous",
     "Will the economic, financial and social challenges for the union be enormous"),
    ("It is to be expected that new groups will emerge", "Will new groups emerge"),
    ("According to our assessment, the regime will tighten control", "Will the regime tighten control"),
    ("We judge that Iran will enrich uranium further", "Will Iran enrich uranium further"),
    ("Therefore, it is likely that in the near term, the Kremlin will not force Lukashenka to agree",
     "Will the Kremlin not force Lukashenka to agree"),
    # Auxiliaries and verb forms
    ("Russia will highly likely keep its troops in Belarus", "Will Russia keep its troops in Belarus"),
    ("Russia likely will seek to prosecute Lithuanian citizens", "Will Russia seek to prosecute Lithuanian citizens"),
    ("the regime will very likely increase repression", "Will the regime increase repression"),
    ("cyber activists highly likely will continue to target countries that provide support to Ukraine",
     "Will cyber activists continue to target countries that provide support to Ukraine"),
    ("The number of undernourished people in the world will increase",
     "Will the number of undernourished people in the world increase"),
    ("Protests in China are unlikely to have major influence on the regime’s stability",
     "Will protests in China have major influence on the regime’s stability"),
    ("Negotiations on the Union State are likely to start", "Will negotiations on the Union State start"),
    ("With its increasing technological isolation from the West, Russia is likely to become more dependent on "
     "Chinese technology", "Will Russia become more dependent on Chinese technology"),
    ("The economy is expected to shrink", "Will the economy shrink"),
    ("The decrease is temporary", "Will the decrease be temporary"),
    ("The regime has enough reserves", "Will the regime have enough reserves"),
    ("The army does not rely on conscripts", "Will the army not rely on conscripts"),
    ("Oil prices are set to fall", "Will oil prices fall"),
    ("such groups could conduct sabotage activities", "Will such groups conduct sabotage activities"),
    ("China will also probably expand its navy", "Will China expand its navy"),
    ("Russia will not only rebuild but expand its army", "Will Russia rebuild but expand its army"),
    # there will be
    ("there will be further attacks", "Will there be further attacks"),
    ("there will not be a deal", "Will there not be a deal"),
    ("there will be Attacks", "Will there be attacks"),
    # Negatives kept readable
    ("The sanctions will not impede the regime’s ability to fund the army",
     "Will the sanctions not impede the regime’s ability to fund the army"),
    ("Turkey won’t abandon its partners", "Will Turkey not abandon its partners"),
    ("The junta will never hold elections", "Will the junta not hold elections"),
    # Leading adverbials moved or dropped
    ("By the middle of the decade, the fleet will double in size", "Will the fleet double in size"),
    ("For the time being, in 2020 and beyond, the USA will remain the most influential global power",
     "Will the USA remain the most influential global power"),
    ("In the coming years and decades, the USA’s main focus will be on limiting China’s rise",
     "Will the USA’s main focus be on limiting China’s rise"),
    ("Unfortunately, the trends in Russia will lead to the country’s transformation",
     "Will the trends in Russia lead to the country’s transformation"),
    ("Based on the report, China will focus on developing countries", "Will China focus on developing countries"),
    ("Even in the best-case scenario, this process will take years", "Will this process take years"),
    ("Considering the shift towards the Global South, Russia’s diplomacy will gain new impetus",
     "Will Russia’s diplomacy gain new impetus"),
    ("In a situation where the economy stalls, widespread protests will erupt", "Will widespread protests erupt"),
    ("in the longer term, the question of what the hierarchy of power will be like after Putin’s departure will "
     "still build tensions within the elite",
     "Will the question of what the hierarchy of power will be like after Putin’s departure build tensions within "
     "the elite"),
    # Subordinate and relative clauses around the subject
    ("The situation in France, for example, gives cause for concern, as does that in the Western Balkans, where "
     "many jihadists will be released from prison", "Will many jihadists be released from prison"),
    ("While the USA will remain the most influential global power", "Will the USA remain the most influential "
                                                                     "global power"),
    ("even if it appears cheaper to pay up, it is important not to comply, since criminals will pursue this "
     "business model", "Will criminals pursue this business model"),
    ("ties which will lead to increasing tensions with the EU", "Will ties lead to increasing tensions with the EU"),
    ("The Kremlin, which controls the media, will not allow protests", "Will the Kremlin not allow protests"),
    ("the frequency of such acts of violence, which have only a marginal link to jihadist ideology, will increase",
     "Will the frequency of such acts of violence increase"),
    ("Russia, Belarus and China will hold joint exercises", "Will Russia, Belarus and China hold joint exercises"),
    ("diplomats, journalists, researchers and entrepreneurs with access to sensitive information, as well as "
     "exposed individuals will remain the target of foreign intelligence services",
     "Will diplomats, journalists, researchers and entrepreneurs with access to sensitive information, as well as "
     "exposed individuals remain the target of foreign intelligence services"),
    ("Russia, in particular, will expand its influence", "Will Russia expand its influence"),
    ("Although sanctions bite, the regime will survive", "Will the regime survive"),
    # Inversion
    ("Hand in hand with this – as with all areas of critical infrastructure – will come a long-term dependency on "
     "the technology owner", "Will a long-term dependency on the technology owner come hand in hand with this"),
    # Coordinated verbs under one "Will"
    ("Russia’s diplomacy efforts may gain some new impetus but will end in disappointment",
     "Will Russia’s diplomacy efforts gain some new impetus but end in disappointment"),
    ("Russia will be hit with tougher sanctions and will inevitably drift closer to China",
     "Will Russia be hit with tougher sanctions and drift closer to China"),
    # Footnotes, repeated words, quotations
    ("Attacks on critical infrastructure,[6] will increase", "Will attacks on critical infrastructure increase"),
    ("Turkey will continue to intervene and at at the same time repatriate refugees",
     "Will Turkey continue to intervene and at the same time repatriate refugees"),
    ("If talks stall, officials complain that “your hair will turn grey”",
     "Will it turn out that if talks stall, officials complain that “your hair will turn grey”"),
    # No modal, no finite verb to move: the claim is kept whole
    ("the threat to information systems", "Will it turn out that the threat to information systems"),
    # Expletive "it" is not a pronoun to resolve
    ("it will be difficult to restore trust", "Will it be difficult to restore trust"),
]


@pytest.mark.parametrize(("claim", "expected"), CASES)
def test_a_claim_becomes_a_question_from_its_subject_and_verb(claim, expected):
    assert build_question(claim, lowercase=frozenset({"attacks", "protests", "negotiations", "oil"})).text == expected


def test_the_horizon_words_go_to_the_due_date_without_leaving_their_preposition():
    question = build_question("Russia’s diplomacy will gain new impetus in the near future but will end badly",
                              drop=("near future",))
    assert question.text == "Will Russia’s diplomacy gain new impetus but end badly"
    question = build_question("In 2024, the army will double", drop=("2024",))
    assert question.text == "Will the army double"


PRONOUNS = [
    # (claim, context nearest first, expected question, note fragment)
    ("it will still have consequences for the regime", ("But even if the radicals’ rise is part of the plan, ",),
     "Will the radicals’ rise have consequences for the regime", 'read as "the radicals’ rise"'),
    ("they will not affect the combat actions", ("These changes are cosmetic. ",),
     "Will these changes not affect the combat actions", '"they" read as "these changes"'),
    ("it will continue to be used by migrants", ("The route has become a migration route, and ",),
     "Will the route continue to be used by migrants", "pronoun"),
    ("he will run again", ("President Tokayev has consolidated power. ",), "Will President Tokayev run again",
     "pronoun"),
    # Number disagrees: "they" cannot be "the regime"
    ("they will protest", ("The regime is weak. ",), "Will they protest", 'the pronoun "they"'),
    # "this" stands for an event, not the previous subject
    ("this will lead to unrest", ("Prices are rising. ",), "Will this lead to unrest", 'the pronoun "this"'),
    # No text before: kept and flagged
    ("it will grow", (), "Will it grow", 'the pronoun "it"'),
    # The previous sentence's subject is itself a pronoun: no guess
    ("it will fall", ("It rose last year. ",), "Will it fall", 'the pronoun "it"'),
    # A clause without a subject borrows the previous one's
    ("will stick to the demand", ("Moscow wants new institutions. ",), "Will Moscow stick to the demand",
     "no subject of its own"),
]


@pytest.mark.parametrize(("claim", "context", "expected", "note"), PRONOUNS)
def test_a_pronoun_subject_takes_a_plain_antecedent_or_is_flagged(claim, context, expected, note):
    question = build_question(claim, context=context)
    assert question.text == expected
    assert any(note in n for n in question.notes)


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("The government has lost its majority.", "singular", "the government"),
    ("The sanctions are working.", "plural", "the sanctions"),
    ("The sanctions are working.", "singular", None),
    ("In 2022, the Kremlin mobilised reservists.", "singular", "the Kremlin"),
    ("We assess that NATO will expand.", "singular", "NATO"),
])
def test_antecedent_is_the_previous_sentences_subject(text, kind, expected):
    assert antecedent(text, kind) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("China will continue to support Russia", "Resolves YES if China continues to support Russia by 9 March 2025"),
    ("the talks will collapse", "Resolves YES if the talks collapse by 9 March 2025"),
    ("the regime will be weaker", "Resolves YES if the regime is weaker by 9 March 2025"),
    ("there will be further attacks", "Resolves YES if there are further attacks by 9 March 2025"),
    ("there will be a deal", "Resolves YES if there is a deal by 9 March 2025"),
    ("Turkey will not abandon its partners",
     "Resolves YES if Turkey does not abandon its partners at any time up to 9 March 2025"),
    ("the army will have to retreat", "Resolves YES if the army has to retreat by 9 March 2025"),
    ("Moscow will try again", "Resolves YES if Moscow tries again by 9 March 2025"),
    ("Iran will push ahead", "Resolves YES if Iran pushes ahead by 9 March 2025"),
    ("the regime will only be weaker", "Resolves YES if the regime is only weaker by 9 March 2025"),
    ("the regime’s capacity will gradually diminish", "Resolves YES if the regime’s capacity gradually diminishes by "
                                                     "9 March 2025"),
])
def test_criteria_name_the_subject_the_claim_and_the_date(claim, expected):
    text = criteria(build_question(claim), "9 March 2025")
    assert text.startswith(expected + ", as reported by ")


def test_a_draft_resolves_its_pronoun_from_the_previous_sentence_and_says_so():
    text = "The ruling coalition has lost two by-elections. It will likely collapse before the summer recess.\n"
    [draft] = extract_document(text, published=date(2023, 3, 9), scale="plain-reader").drafts
    assert draft.text.startswith("Will the ruling coalition collapse before the summer recess by ")
    assert any('read as "the ruling coalition"' in r for r in draft.review)
    assert draft.criteria.startswith("Resolves YES if the ruling coalition collapses before the summer recess by ")


def test_a_draft_question_starts_with_will_and_its_subject_after_a_lead_in():
    text = "In a situation where the economy stalls, we assess that widespread protests will erupt in 2024.\n"
    [draft] = extract_document(text, published=date(2023, 3, 9), scale="plain-reader").drafts
    assert draft.text == "Will widespread protests erupt by 31 December 2024?"


@pytest.mark.parametrize(("claim", "expected"), [
    # Failure shapes found in the sample of drafts from the development documents
    ("Along the southern periphery, the EU will have to face growing pressures",
     "Will the EU have to face growing pressures"),
    ("Even if efforts to rescue New START are successful, the higher-level problems will remain",
     "Will the higher-level problems remain"),
    ("Health permitting, Xi Jinping will stay in office for a fourth term", "Will Xi Jinping stay in office for a "
                                                                           "fourth term"),
    ("Whoever ends up building 5G will set the global standards , including for the industries of the future",
     "Will whoever ends up building 5G set the global standards, including for the industries of the future"),
    ("alongside the Confucius Institutes, which have begun to lose their importance, the Chinese authorities will, "
     "in the future, want to employ other cultural centres",
     "Will the Chinese authorities want to employ other cultural centres"),
    ("The regime’s ability to adapt will only deteriorate , further complicating the situation",
     "Will the regime’s ability to adapt only deteriorate, further complicating the situation"),
    ("The more Russia gives in to China, the less leeway it will have",
     "Will it turn out that the more Russia gives in to China, the less leeway it will have"),
    ("The exercise cannot be ignored by Estonia and NATO, as Russia will deploy tens of thousands of troops",
     "Will Russia deploy tens of thousands of troops"),
    ("Among the relevant questions will be what form of technology exchange is possible",
     "Will the relevant questions include what form of technology exchange is possible"),
])
def test_sampled_failure_shapes(claim, expected):
    assert build_question(claim).text == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("there will be In a situation where living standards fall, widespread protests",
     "Will there be widespread protests"),
    ("there will be however, a quality leap in war-fighting capability",
     "Will there be a quality leap in war-fighting capability"),
    ("there will be A military attack against Estonia", "Will there be a military attack against Estonia"),
    ("there will be increasing tensions, which both sides fear", "Will there be increasing tensions, which both sides "
                                                                  "fear"),
    ("Any such attacks would will involve little logistical outlay", "Will any such attacks involve little logistical "
                                                                      "outlay"),
])
def test_there_be_and_doubled_modals(claim, expected):
    assert build_question(claim).text == expected


@pytest.mark.parametrize(("claim", "context", "expected"), [
    # An adverb after the antecedent is not part of it
    ("they will continue to show restraint", ("Right-wing extremists currently remain peaceful. ",),
     "Will right-wing extremists continue to show restraint"),
    # "he" is a person: a country's capitulation is no antecedent
    ("he will go as far as he is allowed", ("Ukraine’s capitulation remains Putin’s objective, and ",),
     "Will he go as far as he is allowed"),
    # Brackets in the antecedent's sentence
    ("will affect the officers’ quality", ("Competition for admission to academies (including the best ones) "
                                            "remains low and ",), "Will competition for admission to academies "
                                                                  "affect the officers’ quality"),
])
def test_antecedents_found_in_the_sample(claim, context, expected):
    assert build_question(claim, context=context, lowercase=frozenset({"competition", "right-wing"})).text == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # Failure shapes found in a second sample (seed 2026) of drafts from the development documents
    ("In addition to the traditional problem areas, the competition between the great powers will regain relevance",
     "Will the competition between the great powers regain relevance"),
    ("failures on the battlefield, further mobilisation, and a sharp deterioration of the economy will have an impact",
     "Will failures on the battlefield, further mobilisation, and a sharp deterioration of the economy have an impact"),
    ("While Putin still seems to believe that time will play in Russia’s favour and he will be able to win, reality "
     "will dawn on the Kremlin sooner or later", "Will reality dawn on the Kremlin sooner or later"),
    ("The democratic world should not harbour illusions that post-Putin Russia will embrace democratic values",
     "Will the democratic world not harbour illusions that post-Putin Russia will embrace democratic values"),
])
def test_second_sample_failure_shapes(claim, expected):
    assert build_question(claim).text == expected


def test_a_question_without_a_modal_drops_its_horizon_and_hedge():
    question = build_question("Vladimir Putin very likely intends to start a new term as president in 2024",
                              drop=("2024",))
    assert question.text == "Will it turn out that Vladimir Putin intends to start a new term as president"


def test_in_addition_to_opens_an_adverbial_not_a_subject():
    text = "In addition to the sanctions, the regime will face mass protests in 2024.\n"
    [draft] = extract_document(text, published=date(2023, 3, 9), scale="plain-reader").drafts
    assert draft.text == "Will the regime face mass protests by 31 December 2024?"


@pytest.mark.parametrize(("claim", "drop", "expected"), [
    # Regressions seen while checking changed drafts: a preposition in a coordination stays, a dangling modal goes
    ("2021 will again see operations that deepen divides within and between societies", (),
     "Will 2021 again see operations that deepen divides within and between societies"),
    ("there will be In a situation where living standards fall, widespread protests should", (),
     "Will there be widespread protests"),
    ("the power struggle among the elite will deepen in the near future", ("near future",),
     "Will the power struggle among the elite deepen"),
])
def test_time_words_and_dangling_words_are_cut_cleanly(claim, drop, expected):
    assert build_question(claim, drop=drop).text == expected


def test_a_run_in_head_names_a_quantitys_place_not_a_groups():
    from datetime import date

    from tracker.extract import extract_document

    text = ("# Notes\n\nthe quantities below are growth and output.\n\n**Kenya.** Growth is forecast to reach 5.3 percent "
            "in 2027.\n\n**Technology.** By 2035, most advanced navies will likely field uncrewed escorts.\n")
    texts = [d.text for d in extract_document(text, published=date(2026, 5, 1), scale="plain-reader").drafts]
    assert "Will growth in Kenya reach 5.3 percent by 31 December 2027?" in texts
    assert "Will most advanced navies field uncrewed escorts by 31 December 2035?" in texts
