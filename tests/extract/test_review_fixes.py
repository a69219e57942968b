"""Fixes from an analyst's review of drafts: each on a short text of its own."""

from datetime import date

import yaml

from tracker.extract import draft_file, extract_document
from tracker.extract.cleanup import clean_paragraphs
from tracker.extract.forecast_file import forecaster_name
from tracker.extract.records import Extraction

PUBLISHED = date(2023, 3, 9)
NAME = r"^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}$"


def drafts(text: str, **kwargs):
    return extract_document(text, published=PUBLISHED, scale="lt-nta", **kwargs).drafts


def test_the_governing_phrase_carries_over_to_coordinated_clauses():
    found = drafts("It is possible that the navy will blockade the port and will seize the outer islands.")
    assert [d.phrase for d in found] == ["possible", "possible"]
    assert [d.probability for d in found] == [0.375, 0.375]
    found = drafts("The service highly likely will resort to other methods and will search for new sources.")
    assert [d.phrase for d in found] == ["highly likely", "highly likely"]


def test_not_only_but_also_is_no_negation():
    found = drafts("It is likely that, fearing blame, the staff will not only abstain from criticism but will "
                   "also avoid presenting bad news.")
    assert [d.phrase for d in found] == ["likely", "likely"]
    assert [d.text.split(" by ")[0] for d in found] == ["Will the staff abstain from criticism",
                                                        "Will the staff avoid presenting bad news"]
    assert not any(" not " in d.text for d in found)


def test_multi_line_capital_titles_are_chapters_and_captions_labels_are_not_headings():
    text = ("##### ECONOMY\n\nTrade fell sharply last year.\n\n**THE ACTIVITY**\n**OF FOREIGN**\n**SERVICES**\n\n"
            "Spies were busy.\n\nPolice detain protesters in the city\n_The Associated Press / Scanpix_\n\n"
            "March April May June\n\nSIZE COMPARISON BRIGADE DIVISION\n\nThe services will recruit more.\n")
    paragraphs = clean_paragraphs(text)
    assert [p.text for p in paragraphs] == ["Trade fell sharply last year.", "Spies were busy.",
                                            "The services will recruit more."]
    assert [p.heading for p in paragraphs] == ["ECONOMY", "THE ACTIVITY OF FOREIGN SERVICES",
                                               "THE ACTIVITY OF FOREIGN SERVICES"]


def test_long_headings_stay_headings_but_locations_stay_within_120_characters():
    title = "A section title that runs on well past one hundred characters because the authors like to say a lot"
    [paragraph] = clean_paragraphs(f"# {title} in it\n\nThe text.\n")
    assert paragraph.heading.startswith(title[:80]) and paragraph.heading.endswith("…")
    assert len(f"{paragraph.heading}, paragraph {paragraph.number}") <= 120


def test_a_paragraph_interrupted_by_a_sidebar_is_rejoined():
    text = ("The grouping can deny access to the region and disrupt the manoeuvre of opposing forces. Units that "
            "were not sent to the front – short- and long-range\n\n"
            "_The corps lost half its personnel._\n\n_Reservists replaced them._\n\n"
            "missile units – will continue to guard the region.\n")
    paragraphs = clean_paragraphs(text)
    assert paragraphs[0].text.endswith("Units that were not sent to the front – short- and long-range missile units – "
                                  "will continue to guard the region.")
    assert len(paragraphs) == 3


def test_a_horizon_in_a_reason_clause_is_not_the_claims():
    [draft] = drafts("As these changes are envisioned in the long term, they will not affect the current fighting.")
    assert draft.horizon.text is None and draft.horizon.flagged == "horizon defaulted"


def test_a_horizon_the_claim_is_only_reached_at_is_flagged():
    [draft] = drafts("The impact of sanctions will be evident only in the medium and long term.")
    assert draft.horizon.flagged and "lower bound" in draft.horizon.flagged


def test_for_the_next_years_is_a_span_and_a_term_in_office_an_event():
    [draft] = drafts("The loyalists will rule the country for the next five years.")
    assert draft.due == date(2028, 3, 9)
    [draft] = drafts("During the president's third term, the country will increase pressure on its neighbour.")
    assert draft.horizon.flagged and draft.horizon.flagged.startswith("event horizon")


def test_reported_narratives_and_legal_powers_are_not_judgements():
    text = ("Propaganda actors attempt to convince Western societies that sanctions will hurt the West more. "
            "European economies will collapse if they refuse cheap gas.\n\n"
            "The assembly's mandate includes approval of budgets; it will also rule on the validity of elections.\n")
    assert drafts(text) == []


def test_question_grammar():
    found = drafts("As long as resources are directed at the war, escalation of these conflicts is unlikely in "
                   "the short term.")
    assert found[0].text.startswith("Will there be escalation of these conflicts by")
    found = drafts("The route has become a migration route, and it will continue to be used by migrants. "
                   "Negotiations on the treaty will likely start in 2023. The negotiations are slow.")
    assert found[0].text.startswith("Will the route continue to be used")
    assert any("pronoun" in r for r in found[0].review)
    assert found[1].text.startswith("Will negotiations on the treaty start")
    [draft] = drafts("China will increase pressure on its neighbours.")
    assert draft.text.startswith("Will China increase")


def test_near_identical_drafts_are_merged_keeping_the_stated_horizon():
    found = drafts("Russia will highly likely keep its troops in Belarus.\n\nOther things happen.\n\n"
                   "In the near term, Russia will highly likely keep its troops in Belarus.\n")
    [draft] = found
    assert draft.horizon.text == "near term"
    assert "Also stated at: paragraph 1" in draft.rationale
    assert not draft.id.endswith("-2")


def test_default_forecaster_name_is_short_and_valid():
    import re

    extraction = Extraction(document="National Threat Assessment 2023",
                            publisher="State Security Department of Lithuania (VSD) and Defence Intelligence and "
                                      "Security Service (AOTD)", published=PUBLISHED, scale="lt-nta")
    assert forecaster_name(extraction) == "VSD"
    extraction.publisher = "State Security Department of the Republic of Lithuania"
    assert forecaster_name(extraction) == "SSDRL"
    assert re.match(NAME, forecaster_name(extraction, "A very long forecaster name " * 5))
    # a name that opens with the acronym it goes by keeps the acronym, not invented initials
    extraction.publisher = "CPB Netherlands Bureau for Economic Policy Analysis"
    assert forecaster_name(extraction) == "CPB"
    extraction.publisher = "UKHSA Health Security Agency of the United Kingdom"
    assert forecaster_name(extraction) == "UKHSA"
    extraction.publisher = "EU Intelligence and Situation Centre of the European Union"  # "EU" is a modifier
    assert forecaster_name(extraction) == "EUI"
    # no publisher: the title, cut at a word, not the initials of a title
    extraction.publisher = None
    extraction.document = "Halvorsen Shipping ASA Principal Risks and Uncertainties 2026"
    assert forecaster_name(extraction) == "Halvorsen Shipping ASA Principal Risks"


def test_made_at_is_midnight_in_the_publishers_zone(tmp_path):
    extraction = extract_document("Russia will keep its troops in Belarus.", published=PUBLISHED, scale="lt-nta",
                                  timezone_name="Europe/Vilnius")
    record = yaml.safe_load(draft_file(extraction))["questions"][0]
    assert record["predictions"][0]["made_at"] == "2023-03-08T22:00:00Z"
    (tmp_path / "tracker.toml").write_text('[tracker]\ntimezone = "Europe/Vilnius"\n', encoding="utf-8")
    extraction = extract_document("Russia will keep its troops in Belarus.", published=PUBLISHED, scale="lt-nta",
                                  workspace=tmp_path)
    assert extraction.timezone == "Europe/Vilnius"


def test_letter_spacing_garbage_is_cut_and_flagged():
    [draft] = drafts("It is highly likely that the procedure will not be formalized and that the initiative will "
                     "b i l t d th h j i t d.")
    assert draft.text.startswith("Will the procedure not be formalized by")
    assert any("garbled" in r for r in draft.review)
    assert clean_paragraphs("The text goes on.\nb i l t d th h j i t d l ti th t\n")[0].text == "The text goes on."
