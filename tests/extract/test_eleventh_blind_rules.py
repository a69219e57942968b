"""Rules from the eleventh and twelfth blind rounds of issue 13, each on sentences and small documents written for
the purpose (not the blind documents' own): chat messages, numbers said after their claim or after a colon, the
writer's lean in words, expectations in more shapes, footnote marks glued to a full stop, horizons."""

from datetime import date

import pytest
from conftest import extract_text

from tracker.extract.sentences import split_text

PUBLISHED = date(2026, 12, 7)


def extraction(text: str, suffix: str = ".txt"):
    return extract_text(text, PUBLISHED, suffix, stem="note")


def drafts(text: str):
    return extraction(f"Outlook\n\n{text}\n").drafts


# --- chat messages: each time-stamped line is a message, its handle the speaker --------------------------------

CHAT = """Team chat export, 7 December 2026

[10:01] ola.berg: morning. harbour first: what do we log for the toll vote?
[10:02] ola.berg: I'm at 65% the council raises tolls in March
[10:03] kim.j: lower for me. 45% on a March toll rise
    ↳ [10:04] ola.berg: fair
[10:05] kim.j: ferries: I think the strike ends in January, like 80%
[10:06] sam.t: freight rates probably stay in the 20-30 range through Q1, call it 70%
[10:07] ola.berg: nah, no way the port reopens before Easter. 10% at most
[10:08] sam.t: I'm fairly confident the board announces a new fee in February. 75%
"""


def test_a_chat_export_is_read_message_by_message_with_its_speakers():
    found = extraction(CHAT).drafts
    by_text = {d.text: (d.probability, d.speaker) for d in found}
    assert by_text == {
        "Will the council raise tolls by 31 March 2027?": (0.65, "ola.berg"),
        "Will there be a March toll rise by 31 March 2027?": (0.45, "kim.j"),
        "Will the strike end by 31 January 2027?": (0.8, "kim.j"),
        "Will freight rates stay in the 20-30 range through 31 March 2027?": (0.7, "sam.t"),
        "Will the port reopen by 28 March 2027?": (0.1, "ola.berg"),  # Easter Sunday 2027
        "Will the board announce a new fee by 28 February 2027?": (0.75, "sam.t"),
    }
    assert all(not d.location.startswith("[") for d in found)


# --- numbers after their claim, after a colon, or put on an event ----------------------------------------------

@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("The council raises tolls by June 2027, 60%.", "Will the council raise tolls by 30 June 2027?", 0.6),
    ("I think the strike ends in January, like 80%.", "Will the strike end by 31 January 2027?", 0.8),
    ("Ferry fares probably stay flat through 2027 - call it 70%.", "Will ferry fares stay flat through 31 December 2027?",
     0.7),
    ("My number: 55% that the council cuts fees at its March meeting.",
     "Will the council cut fees at its March meeting by 31 March 2027?", 0.55),
    ("I'll log team median 60% on a March toll rise.", "Will there be a March toll rise by 31 March 2027?", 0.6),
    ("Ferry fares above $40 on 31 December 2027: market 20%, me 12%.",
     "Will ferry fares be above $40 by 31 December 2027?", 0.12),
    ("A second port strike starting before 1 March 2027: I'd say about even odds.",
     "Will there be a second port strike starting by 28 February 2027?", 0.5),
    ("A toll truce is a real possibility — call it one in three.", "Will there be a toll truce by 7 December 2028?", 1 / 3),
])
def test_the_writers_number_after_or_around_its_claim(sentence, question, probability):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, pytest.approx(probability))


@pytest.mark.parametrize("sentence", [
    "Markets price about 10% for a March cut.",                   # another's number
    "The ratio on a consolidated basis is higher, at 9.8%.",      # a level, not a chance
    "Margins expand, earnings -10%.",                             # a negative figure, no dash before it
    "8% on a port strike seems high to me.",                      # a comment on a number
    "Where I part ways is December: I'd say 55%.",               # no claim before the colon
])
def test_numbers_that_score_no_claim_of_the_writer(sentence):
    assert [d for d in drafts(sentence) if d.scale == "stated-in-text"] == []


@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("My call is the index ends the year above 5,000.", "Will the index end the year above 5,000", 0.75),
    ("I'm fairly confident the board announces a fee in February.", "Will the board announce a fee", 0.75),
    ("I'm very confident the board announces a fee in February.", "Will the board announce a fee", 0.9),
    ("No way the council passes the budget before Easter.", "Will the council pass the budget", 0.05),
    ("I don't think the council raises tolls before May.", "Will the council raise tolls", 0.25),  # not "likely"
])
def test_the_writers_lean_in_words(sentence, question, probability):
    [draft] = drafts(sentence)
    assert draft.text.startswith(question) and draft.probability == pytest.approx(probability)


def test_a_denied_belief_in_a_double_negative_is_no_lean():
    assert drafts("We do not think a toll rise is impossible.") == []


# --- expectations in more shapes --------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "question"), [
    ("Consumption: We expect ferry traffic to rise by less than 1% in 2027.",
     "Will ferry traffic rise by less than 1% by 31 December 2027?"),
    ("For 2027 we expect revenue to grow 6% to 8%.", "Will revenue grow 6% to 8% by 31 December 2027?"),
    ("For 2027 we now expect total revenue growth of 9% to 11%.",
     "Will there be total revenue growth of 9% to 11% by 31 December 2027?"),
    ("Our model predicts stronger-than-normal winds over the strait in July–September 2027.",
     "Will there be stronger-than-normal winds over the strait by 30 September 2027?"),
])
def test_more_shapes_of_an_expectation(sentence, question):
    [draft] = drafts(sentence)
    assert draft.text == question


@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("Renewal pricing on 1 January will, we believe, be driven by capital.",
     "Will renewal pricing on 1 January be driven by capital by 1 January 2027?", 0.9),
    ("The drug has a strong profile, with a US filing most likely in 2029.",
     "Will there be a US filing by 31 December 2029?", 0.75),
    ("A siege of the town is possible but not yet the most likely outcome.",
     "Will there be a siege of the town by 7 December 2028?", 0.4),
])
def test_a_judgement_interrupted_or_set_in_an_absolute_clause(sentence, question, probability):
    [draft] = drafts(sentence)
    assert (draft.text, draft.probability) == (question, probability)


# --- footnote marks a PDF glued to the full stop --------------------------------------------------------------

def test_a_caret_or_a_glued_number_after_a_full_stop_ends_the_sentence():
    assert split_text("The fleet will grow by the end of 2027.^2 It is necessary to watch. It stays on track.11 "
                      "The next one. Growth was 3.5 The end.") == [
        "The fleet will grow by the end of 2027.^2", "It is necessary to watch.", "It stays on track.11",
        "The next one.", "Growth was 3.5 The end."]
    [draft] = drafts("The fleet will receive two ferries by the end of 2027.^2 It is necessary to watch this.")
    assert draft.text == "Will the fleet receive two ferries by 31 December 2027?"


# --- horizons --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "due"), [
    ("The surplus is projected to narrow from €9.1 billion in 2026 to €5.3 billion in 2027.", date(2027, 12, 31)),
    ("We expect the premium to remain above its average throughout 2026 and 2027.", date(2027, 12, 31)),
    ("Fares are expected to fall in 2Q27, before they stabilise in the second half of the year.", date(2027, 6, 30)),
    ("A ceasefire in the first half of next year looks unlikely.", date(2027, 6, 30)),
    ("Violence will escalate in the next 30 days.", date(2027, 1, 6)),
    ("We put 45% on a March toll rise.", date(2027, 3, 31)),
])
def test_more_horizons_from_the_blind_rounds(sentence, due):
    [draft] = drafts(sentence)
    assert draft.due == due


# --- the document's own likelihood levels, read in rating lines ------------------------------------------------

LEVELS = ("# Ferry outlook 2027\n\nEach call carries a likelihood our analysts assign: **High** (we put it at 70% or "
          "more), **Medium** (40–70%) and **Low** (below 40%; listed for their impact).\n\n")


@pytest.mark.parametrize(("claim", "level", "probability"), [
    ("**By 2028, half of the ferries will run on batteries.**", "Medium", 0.55),
    ("**The strait bridge will open by the end of 2027.**", "Low", 0.2),
    ("**Fares will rise in 2027.**", "High", 0.85),
    ("**We do not expect a new operator to enter before 2029.**", "High", 0.15),  # rates "not X": X at 1 - 0.85
])
def test_a_rating_line_scores_its_claim_on_the_documents_levels(claim, level, probability):
    found = extraction(f"{LEVELS}{claim} Likelihood: {level}.\n", ".md").drafts
    assert [d.probability for d in found] == [pytest.approx(probability)]
    assert "document's own levels" in " ".join(found[0].review)


def test_levels_are_no_estimative_words_outside_a_rating_line():
    found = extraction(f"{LEVELS}Fuel costs are high. **Fares will rise in 2027.**\n", ".md").drafts
    assert [d.probability for d in found] == [0.9]


def test_a_level_legend_needs_a_likelihood_word_and_two_levels():
    from tracker.extract.rating_levels import level_legend

    assert level_legend("Fuel use is **High** (70% or more) in winter and **Low** (below 40%) in summer.") == {}
    assert level_legend(LEVELS) == {"high": (0.7, 1.0), "medium": (0.4, 0.7), "low": (0.0, 0.4)}


# --- several outcomes, several chances; a coordinated bare "may" ----------------------------------------------

def test_each_outcomes_chance_is_its_own_draft():
    found = drafts("For 2027 we assign a 50% chance to a busy season, a 30% chance to a normal season and a 20% "
                   "chance to a quiet season.")
    assert [(d.text, d.probability) for d in found] == [
        ("Will there be a busy season by 31 December 2027?", 0.5),
        ("Will there be a normal season by 31 December 2027?", 0.3),
        ("Will there be a quiet season by 31 December 2027?", 0.2)]


def test_a_coordinated_may_is_no_part_of_the_claim_before_it():
    [draft] = drafts("Joint patrols are expected to continue in 2027 and may become more frequent.")
    assert draft.statement == "Joint patrols will continue in 2027"
    found = drafts("Famine would be possible in the south between February and May 2027.")
    assert "between February and May 2027" in found[0].quote


@pytest.mark.parametrize(("sentence", "question", "probability"), [
    ("Bund yields: my call is the 10y ends Q1 below 2.5%. maybe 65%?", "Will the 10y end below 2.5% by 31 March 2027?",
     0.65),
    ("I'll log 55% for the bank at 1.25% by the end of June 2027.", "Will the bank be at 1.25%", 0.55),
    ("No way the port reopens before Easter. 10% at most", "Will the port reopen by 28 March 2027?", 0.1),
])
def test_chat_numbers_keep_their_decimals_and_bounds(sentence, question, probability):
    [draft] = drafts(sentence)
    assert draft.text.startswith(question) and draft.probability == pytest.approx(probability)


# --- rules and a government's own commitments; clauses of their own --------------------------------------------

def test_shall_states_a_rule_not_a_forecast():
    assert drafts("In the event of any discrepancy, the Norwegian original shall prevail.") == []
    assert drafts("Members shall notify the secretariat in 2027.") == []


def test_a_ministry_speaks_for_its_country():
    head = "# HARBOUR DEFENCE 2027\n\nMinistry of Defence, Norway · Released 1 December 2026\n\n## Outlook\n\n"
    found = extraction(head + "Norway will continue to respond calmly to every incursion. The northern fleet will "
                              "probably grow in 2027.\n", ".md").drafts
    assert [d.text for d in found] == ["Will the northern fleet grow by 31 December 2027?"]


def test_a_second_clause_with_there_is_is_read_whatever_the_first_reports():
    [draft] = drafts("It is deemed that the navy intends to buy a fourth ferry, and there is a strong possibility that "
                     "construction will begin within the next two years.")
    assert draft.text == "Will construction begin by 7 December 2028?" and draft.probability == 0.75


def test_a_revised_figure_is_no_part_of_the_expectation():
    [draft] = drafts("For 2027 we now expect fare growth of 3% to 5%, up from 2% to 4% in February.")
    assert draft.text == "Will there be fare growth of 3% to 5% by 31 December 2027?"


# --- the document's scope note in its footer, and a season it dates -------------------------------------------

def test_a_scope_note_in_the_footer_in_days_sets_the_default():
    text = ("Harbour alert\n\nEscalation at the ferry terminal is likely.\n\n" + "Background text. " * 300 +
            "\n\nHow to read our alerts\n\nUnless stated otherwise, alerts refer to the next 30 days.\n")
    [draft] = extraction(text).drafts
    assert draft.due == date(2027, 1, 6) and draft.horizon.text == "the next 30 days"


def test_the_end_of_a_season_the_document_dates():
    # the season's end is dated in one paragraph; the judgement in another names only the season
    [first, second] = drafts("Strikes are almost certain to continue through the end of the rainy season in April.\n\n"
                             "Talks stalled last week. The union will probably settle before the end of the rainy season.")
    assert first.due == second.due == date(2027, 4, 30)
    assert second.horizon.text == "before the end of the rainy season"


# --- question text: lead-ins, pronouns, whose view, determiners, compounds ----------------------------------

@pytest.mark.parametrize(("text", "question", "probability"), [
    ("We forecast the ferry fare will average $40 in 2027.", "Will the ferry fare average $40 by 31 December 2027?", 0.75),
    ("The toll deficit narrowed in 2026. We project it will widen to 3% in 2027.",
     "Will the toll deficit widen to 3% by 31 December 2027?", 0.75),
    ("There is a one-in-three chance that we could raise tolls in 2027.", "Will we raise tolls by 31 December 2027?", 1 / 3),
    ("The harbour master said there is a 70% chance the board will cut fees in March.",
     "Will the board cut fees by 31 March 2027?", 0.7),
    ("I would say the chance of an approval by the end of 2030 is better than even.",
     "Will there be an approval by 31 December 2030?", 0.6),
    ("A strike in the first half of next year looks unlikely to me.", "Will there be a strike by 30 June 2027?", 0.2),
    ("Sea temperatures rose in 2026. We expect them to remain high through 2027.",
     "Will sea temperatures remain high through 31 December 2027?", 0.75),
    ("Another ferry strike starting before 1 March 2027: I'd say about even odds.",
     "Will there be another ferry strike starting by 28 February 2027?", 0.5),
])
def test_questions_built_past_lead_ins_and_asides(text, question, probability):
    found = drafts(text)
    assert (found[-1].text, found[-1].probability) == (question, pytest.approx(probability))


def test_an_honorific_is_no_run_in_head_and_a_compound_keeps_its_hyphen():
    found = extraction("Outlook\n\nDr. Lena Holm: it is unlikely that the agency will require a new trial in 2027.\n\n"
                       "Ferry traffic fell. Weather-\nrelated delays will increase in 2027.\n").drafts
    assert [d.text for d in found] == ["Will the agency require a new trial by 31 December 2027?",
                                       "Will weather-related delays increase by 31 December 2027?"]


@pytest.mark.parametrize(("sentence", "questions"), [
    ("Ferry traffic is set to plateau at 2 million in 2027 and then decline slightly in 2028.",
     [("Will ferry traffic plateau at 2 million by 31 December 2027?", date(2027, 12, 31)),
      ("Will ferry traffic decline slightly by 31 December 2028?", date(2028, 12, 31))]),
    ("Ferry fares will rise in 2027 and then fall in 2028.",
     [("Will ferry fares rise by 31 December 2027?", date(2027, 12, 31)),
      ("Will ferry fares fall by 31 December 2028?", date(2028, 12, 31))]),
    ("Heating prices are likely to average $4 this winter (November-March), above last winter.",
     [("Will heating prices average $4, above last winter by 31 March 2027?", date(2027, 3, 31))]),
])
def test_verbs_in_sequence_and_a_season_spanned_in_brackets(sentence, questions):
    assert [(d.text, d.due) for d in drafts(sentence)] == questions


@pytest.mark.parametrize(("sentence", "question"), [
    ("Inflation will remain above target in most ports: the median projection is 4 percent, against 2 percent.",
     "Will inflation remain above target in most ports by 7 December 2028?"),
    ("There is a 40% chance of approval for the ferry, which is above the benchmark of 25% for such vessels.",
     "Will there be approval for the ferry by 7 December 2028?"),
    # a relative clause with more after it is part of the claim, kept
    ("The council will stick to its tactic, which has worked for years, of raising tolls slowly.",
     "Will the council stick to its tactic, which has worked for years, of raising tolls slowly by 7 December 2028?"),
])
def test_an_elaboration_after_a_colon_or_a_closing_relative_is_not_asked(sentence, question):
    [draft] = drafts(sentence)
    assert draft.text == question


def test_two_chances_in_three_refine_the_phrase_before():
    [draft] = drafts("It is likely that fares will be lower at the end of 2027; we would put this at about two "
                     "chances in three.")
    assert draft.probability == pytest.approx(2 / 3) and draft.due == date(2027, 12, 31)


def test_markdown_double_spaced_in_places_is_joined_where_a_line_cannot_end():
    # the rest of the document has long unwrapped lines, so the whole is not double-spaced; the wrapped part is
    long = "The ferry operators reported strong demand through the summer, " * 4
    text = (f"# Outlook\n\n## Traffic\n\n{long.strip()}\n\nLooking ahead, ferry traffic is projected to rise to 4.3 million\n\n"
            "in 2027 and 4.5 million in 2028, supported by new routes to the islands\n\nand lower fuel costs.\n\n"
            f"## Fares\n\n{long.strip()}\n")
    # one draft per target and period; (", supported by new routes ..." is a cause given, not asked)
    assert [d.text for d in extraction(text, ".md").drafts] == [
        "Will ferry traffic rise to 4.3 million by 31 December 2027?",
        "Will ferry traffic rise to 4.5 million by 31 December 2028?"]


def test_a_release_date_label_and_a_right_aligned_cover_date_are_the_publication_date():
    from tracker.extract.published import publication_date
    from tracker.extract.records import Document

    released = Document("a.txt", "HARBOUR OUTLOOK\nRelease date: December 1, 2026 | Next release: January 5, 2027\n"
                                 "Forecast completed: November 26, 2026\n\nFares will rise in 2027.\n")
    cover = Document("b.txt", " " * 60 + "S/2026/1\n  Council" + " " * 45 + "Distr.: General\n" + " " * 56 +
                     "24 November 2026\n\nReport of the Secretary-General in November 2026.\n")
    assert publication_date(released, PUBLISHED)[0] == date(2026, 12, 1)
    assert publication_date(cover, PUBLISHED)[:2] == (date(2026, 11, 24), 'publication date from the dateline "24 '
                                                      'November 2026" at the top')


@pytest.mark.parametrize(("line", "question"), [
    ("Evacuations of the island villages likely in 2027", "Will there be evacuations of the island villages by 31 December 2027?"),
    ("Formal talks between the two ports unlikely in 2027", "Will there be formal talks between the two ports by 31 December 2027?"),
])
def test_a_headlines_capitalised_common_noun_is_lowered_after_there_be(line, question):
    found = extraction(f"Outlook\n\nThe board lists its risks:\n\n- {line}\n- The board will meet in January\n").drafts
    assert found[0].text == question
