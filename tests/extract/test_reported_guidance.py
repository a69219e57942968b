"""Company and analyst outlooks a news story reports ("X said it expects A to B", ", saying it now expects ...",
"said Y would A next year", "were likely to" in reported speech) kept as the speaker's, and the authors' "does not
exclude that" read as "cannot be ruled out" (reported_guidance.py, estimative_forms.py). Sentences written for these tests."""

from datetime import date

import pytest

from tracker.extract import extract_document

PUBLISHED = date(2026, 5, 4)


def drafts(text: str):
    return extract_document(text + "\n", published=PUBLISHED, scale="plain-reader").drafts


@pytest.mark.parametrize("text, speaker, claim", [
    ("Siemens said it expects 2028 orders to rise about 4% in 2028.", "siemens", "orders rise about 4%"),
    ("Philips, the Dutch health technology group, said it expects 2027 revenue to be at least equal to 2026 levels.",
     "philips", "2027 revenue be at least equal"),
    ("The analyst said he expects memory chip spending to grow about 12% in 2027.", "the analyst",
     "memory chip spending grow about 12%"),
    ("Analysts at Nordea said in a note on Friday that they expect the central bank to keep its rate unchanged in June.",
     "analysts at nordea", "the central bank keep its rate unchanged"),
    ("Renault cut its outlook, saying it now expects operating margin of 3% to 5% this year.", "renault",
     "operating margin be 3% to 5%"),
])
def test_reported_expectation_is_the_speakers_outlook(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker.lower() == speaker and claim in draft.text
    assert 0.6 <= draft.probability <= 0.95  # "expects": a central projection, plain readers' "likely"


@pytest.mark.parametrize("text, speaker, claim", [
    ("Bernstein raised its target, saying it sees deliveries probably reaching a record in 2027.", "bernstein",
     "deliveries reach a record"),
    ("The treasurer said that tax receipts in 2028 were likely to fall short of the budget.", "the treasurer",
     "tax receipts in 2028 fall short"),
])
def test_reported_estimative_keeps_its_word(text, speaker, claim):
    [draft] = drafts(text)
    assert draft.speaker.lower() == speaker and claim in draft.text and 0.55 <= draft.probability <= 0.85


@pytest.mark.parametrize("text, claim", [
    ("Nokia said India would make up about 30% of sales next year.", "India make up about 30% of sales"),
    ("Nokia said India, which bought most of its kit in 2024, would make up about 30% of sales next year.",
     "India make up about 30% of sales"),
])
def test_said_name_would_is_reported_speech(text, claim):
    [draft] = drafts(text)
    assert draft.speaker == "Nokia" and claim in draft.text and draft.due == date(2027, 12, 31)


def test_does_not_expect_is_scored_at_the_complement_and_the_joined_report_cut():
    [draft, *_] = drafts("The finance chief said the group does not expect a meaningful recovery in Brazil before 2028 "
                         "and that margins in 2027 were likely to remain under pressure.")
    assert "recovery in Brazil" in draft.text and "margins" not in draft.text and draft.probability == pytest.approx(0.25)


@pytest.mark.parametrize("text", [
    "The minister said he expects an apology.",                          # a demand, no measure, no time
    "Nokia said it will cut 2,000 jobs by 2027.",                        # a plan (the pledge rule)
    "Allied officials told us they expect the brigade to reach full strength by 2026.",  # the authors' briefing
    "Officials said the bridge was likely to reopen.",                   # no time: a status report
    "Nokia said India would make up most of the orders.",                # no time: not a forecast of a period
])
def test_near_misses_are_not_drafted(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, claim", [
    ("The Agency does not exclude that foreign services could recruit local criminals.",
     "foreign services recruit local criminals"),
    ("We do not rule out that the union will call a strike.", "the union call a strike"),
    ("The NSA does not exclude that hackers will target the grid.", "hackers target the grid"),
])
def test_does_not_exclude_is_cannot_be_ruled_out(text, claim):
    [draft] = drafts(text)
    assert draft.phrase == "cannot be ruled out" and draft.text.startswith(f"Will {claim}")
    assert draft.probability == pytest.approx(0.30)


@pytest.mark.parametrize("head, today, expected", [
    ("ROME/MILAN, Mar 9 (Reuters) - Lenders said on Monday that they expect bad loans to rise in 2026, a year after "
     "margins peaked in 2025.", date(2026, 12, 1), date(2026, 3, 9)),
    ("NAIROBI, 3 June (AFP) — Growers warned that the 2025 harvest had been poor.", date(2026, 12, 1), date(2026, 6, 3)),
    # the dateline's day is after today in the latest year named: the year before
    ("OSLO, Dec 20 (Bloomberg) - Fund managers cut stakes in 2026 and expect more cuts in 2028.", date(2026, 12, 1),
     date(2025, 12, 20)),
])
def test_wire_dateline_without_a_year_takes_the_texts_year(head, today, expected):
    extraction = extract_document(f"Markets brace for a weaker year\n\n{head}\n\nThe index fell 3% in the week.\n",
                                  today=today)
    assert extraction.published == expected


def test_a_place_and_day_without_an_agency_is_no_wire_dateline():
    extraction = extract_document("Notes from the road 2026\n\nLISBON, Oct 4 - We met growers.\n", today=date(2026, 12, 1))
    assert extraction.published == date(2026, 1, 1)  # the title's year, as before: no agency, no wire dateline


@pytest.mark.parametrize("text, claim, left_out", [
    ("Philips said it expects 2027 revenue to be at least equal to 2026 levels, which it put at 18 billion euros, "
     "easing investor concern.", "2027 revenue be at least equal to 2026 levels", "which"),
    ("Analysts at Nordea said they expect the bank to cut rates in June, citing weak wages.", "the bank cut rates",
     "citing"),
])
def test_the_reporters_comment_after_the_guidance_is_no_part_of_it(text, claim, left_out):
    [draft] = drafts(text)
    assert claim in draft.text and left_out not in draft.text


def _html(tmp_path, title: str, body: str):
    page = tmp_path / "digest.html"
    page.write_text(f"<html><head><title>{title}</title></head><body><h1>Quarterly round-up</h1>{body}</body></html>",
                    encoding="utf-8")
    return extract_document(page, today=date(2026, 12, 1))


@pytest.mark.parametrize("question", [
    "Will the European Banking Authority fine at least two lenders before 2028?",
    "Will Tokyo Electric Group restart a reactor before July 2027?",
    "Will the Federal Aviation Agency certify the new jet in 2027?",
])
def test_a_body_a_bold_question_asks_about_is_not_the_publisher(tmp_path, question):
    extraction = _html(tmp_path, "Q4 2026 round-up | Foresight Hub", f"<p><strong>{question}</strong> The crowd is at 40%.</p>")
    assert extraction.publisher == "Foresight Hub"


def test_a_body_named_in_the_masthead_still_publishes(tmp_path):
    extraction = _html(tmp_path, "Notes", "<p>Nordic Risk Group</p><p>We expect rates to fall in 2027.</p>")
    assert extraction.publisher == "Nordic Risk Group"


@pytest.mark.parametrize("masthead, short, sentence", [
    ("FEDERAL OFFICE FOR CIVIL PROTECTION OF THE CONFEDERATION", "The Federal Office for Civil Protection (FOCP) "
     "published this report.", "The FOCP considers it likely that floods will become more frequent by 2030."),
    ("NATIONAL CYBER BUREAU OF THE REPUBLIC OF ARDENIA", "The National Cyber\nBureau (NCB) wrote this review.",
     "The Bureau expects that ransomware groups will target hospitals in 2027."),
])
def test_the_publishers_short_name_is_its_own_voice(masthead, short, sentence):
    extraction = extract_document(f"{masthead}\n\nAnnual review 2026\n\n{short}\n\n{sentence}\n", published=date(2026, 3, 1))
    [draft] = extraction.drafts
    assert draft.speaker is None and ("floods" in draft.text or "ransomware" in draft.text)


def test_the_publishers_own_name_noting_is_left_out_of_the_question():
    extraction = extract_document("NATIONAL CYBER BUREAU OF THE REPUBLIC OF ARDENIA\n\nThe National Cyber Bureau (NCB) "
                                  "wrote this review.\n\nThe Bureau also notes that the 2027 census will be a target "
                                  "for phishing.\n", published=date(2026, 3, 1))
    [draft] = extraction.drafts
    assert draft.speaker is None and draft.text.startswith("Will the 2027 census be a target")


@pytest.mark.parametrize("text, due", [
    ("The union will probably call off the strike by Friday.", date(2026, 5, 8)),           # published Monday 4 May
    ("It is likely that the recount will not be finished until Thursday.", date(2026, 5, 7)),
    ("Shareholders will probably back the merger before Monday.", date(2026, 5, 11)),  # not the same day
])
def test_a_weekday_deadline_is_the_next_such_day(text, due):
    [draft] = drafts(text)
    assert draft.due == due


@pytest.mark.parametrize("text", [
    "The minister said on Tuesday that prices will probably rise in 2027.",   # the day of the report
    "Turnout will probably exceed 80% before Sunday's vote in 2027.",         # the day of an event, named as its
])
def test_a_weekday_that_dates_a_report_or_names_an_event_is_no_deadline(text):
    [draft] = drafts(text)
    assert draft.due == date(2027, 12, 31)


@pytest.mark.parametrize("text, speaker", [
    ('Tomas Ek, columnist at a business daily: "The coalition will probably survive the winter."', "Tomas Ek"),
    ('Professor Anna Berg, economist at the University of Lund: "The central bank will probably cut rates in 2027."',
     "Professor Anna Berg"),
    ('Maja Lind, a former finance minister: "Inflation is likely to stay above 3% in 2027."', "Maja Lind"),
])
def test_a_pundit_introduced_with_a_role_before_a_quotation_is_its_speaker(text, speaker):
    [draft] = drafts(text)
    assert draft.speaker == speaker


def test_a_place_opening_a_report_is_no_pundits_name():
    assert all(draft.speaker != "New York" for draft in drafts(
        'In New York, the minister said: "Prices will probably rise in 2027."'))


@pytest.mark.parametrize("text", [
    "Moscow does not exclude that it will respond with force.",
    "Beijing does not exclude that its navy will patrol the strait in 2027.",
])
def test_another_actors_does_not_exclude_is_their_view_not_a_garbled_question(text):
    assert not any("exclude" in draft.text for draft in drafts(text))


@pytest.mark.parametrize("text, due", [
    ("Philips said it expects 2027 revenue to be at least equal to 2026 levels.", date(2027, 12, 31)),
    ("Its 2028 dividend will probably be cut.", date(2028, 12, 31)),
    ("The group's 2027 operating margin is likely to fall below 4%.", date(2027, 12, 31)),
])
def test_a_figure_for_a_year_is_decided_at_that_years_end(text, due):
    [draft] = drafts(text)
    assert draft.due == due and str(due.year) in draft.text  # the year stays in the question


def test_a_past_years_figure_is_no_horizon():
    [draft] = drafts("Our 2025 sales will probably be restated.")
    assert draft.due != date(2025, 12, 31)


@pytest.mark.parametrize("text", [
    "That is where we will leave our coverage for today.",
    "We will be back with more live coverage after the count.",
    "I'll bring you updates from the summit on the blog.",
])
def test_a_live_blogs_plan_for_its_coverage_is_no_forecast(text):
    assert drafts(text) == []


def test_leaving_something_else_is_still_a_forecast():
    [draft] = drafts("Voters will probably leave the coalition in 2027.")
    assert "leave the coalition" in draft.text
