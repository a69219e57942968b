"""Round 25: the publisher a cover names beside the bodies it reports on, an email whose headers follow a rule or run
"To:" before "Date:", a collective's name on a Markdown title, a wire's initials spelled out by its copyright line, and
a short name the text defines as the publisher. Texts written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.publisher import find_publisher, own_names, spelled_out

BODY = ("\n\n## Summary\n\n1. The programme has connected 4 GW so far, and it is likely that the queue will shrink "
        "further in 2027 as weaker projects withdraw.\n")


@pytest.mark.parametrize("cover, publisher", [
    ("# Upgrading the rail signalling network\n\n**Department for Transport, Network Rail**\n\n"
     "REPORT by the Comptroller and Auditor General\n", "Comptroller and Auditor General"),
    ("# Managing flood defences\n\n**Environment Agency, Department for Environment, Food & Rural Affairs**\n\n"
     "A review by the Independent Audit Office\n", "Independent Audit Office"),
    ("# School building condition\n\nDepartment for Education\n\nStudy by the National Audit Commission\n",
     "National Audit Commission"),
])
def test_a_report_by_line_names_the_publisher_not_the_bodies_reported_on(cover, publisher):
    assert find_publisher(cover + BODY).name == publisher


@pytest.mark.parametrize("cover", [
    "# Review of the Energy Market Authority\n\nPrepared for the Minister\n",  # the body reviewed, no "by" line
    "# Reporting by region\n\nNorthfield Analytics Group\n",
])
def test_no_report_by_line_leaves_the_masthead_reading(cover):
    found = find_publisher(cover + BODY)
    assert found is None or found.name != "Energy Market Authority" or "by" in found.evidence


@pytest.mark.parametrize("head, sender", [
    ("---\nFrom: Harrowgate Commodity Research <notes@harrowgate.example>\nTo: subscribers\n"
     "Date: Mon, 7 Sep 2026 07:00:00 +0100\nSubject: Grain outlook\n", "Harrowgate Commodity Research"),
    ("=====\nFrom: Pellmoor Rates Desk <desk@pellmoor.example>\nDate: Tue, 1 Dec 2026\nTo: clients\n"
     "Subject: Rates\n", "Pellmoor Rates Desk"),
    ("From: Ostwind Power Analytics <a@ostwind.example>\nTo: list\nSent: Friday\nSubject: Winter\n",
     "Ostwind Power Analytics"),
])
def test_an_email_header_block_after_a_rule_or_in_another_order_names_its_sender(head, sender):
    assert find_publisher(head + BODY).name == sender


@pytest.mark.parametrize("title, name", [
    ("# Lakeside Forecasting Collective\n\n## Quarterly write-up\n", "Lakeside Forecasting Collective"),
    ("# Moorfield Climate Lab\n\n## Seasonal outlook\n", "Moorfield Climate Lab"),
    ("# Tidewater Energy Consortium\n\n## Winter note\n", "Tidewater Energy Consortium"),
])
def test_a_collective_named_on_the_title_is_the_publisher(title, name):
    assert find_publisher(title + BODY).name == name


@pytest.mark.parametrize("text, short, name", [
    ("TOKYO (NPW) - ...\nCopyright 2026 Nippon Press Wire. All rights reserved.", "NPW", "Nippon Press Wire"),
    ("... © 2026 Baltic News Service Ltd", "BNS", "Baltic News Service"),
    ("... (c) 2025-26 the Andean Wire Agency", "AWA", "Andean Wire Agency"),
    ("... Copyright 2026 Japan Press Network", "AP", None),   # other initials
    ("... no copyright line here", "NPW", None),
    ("... Copyright 2026 Reuters", "Reuters", None),          # a name, not initials
])
def test_a_wire_s_initials_spelled_out_by_its_copyright_line(text, short, name):
    assert spelled_out(text, short) == name


def test_a_wire_dateline_with_a_copyright_line_names_the_agency_in_full():
    text = ("SEOUL, Nov. 3 (KEW) - The central bank is likely to hold rates, economists said.\n\n"
            "Copyright 2026 Korea Economic Wire. All rights reserved.\n")
    assert find_publisher(text).name == "Korea Economic Wire (KEW)"


@pytest.mark.parametrize("text, publisher, short, own", [
    ("SIA assessments use a scale. SIA expects X.\n[^1]: SIA is Latvia's civilian security and intelligence service.",
     "Security and Intelligence Agency", "SIA", True),
    ("DGI expects X. DGI is the national internal intelligence directorate.", "Internal Intelligence Directorate",
     "DGI", True),
    # another body defined, sharing too few of the publisher's words
    ("NGA expects X. NGA is the US geospatial intelligence agency.", "Security and Intelligence Agency", "NGA", False),
    # defined once, never used again
    ("[^1]: SIA is Latvia's civilian security and intelligence service.", "Security and Intelligence Agency", "SIA",
     False),
])
def test_a_short_name_defined_as_the_publisher_is_its_own(text, publisher, short, own):
    assert (short in own_names(text, publisher)) is own


@pytest.mark.parametrize("head, foot, publisher", [
    # a writer's name or the firm's short name on the "From:" line, the firm in full in the small print
    ("---\nFrom: Marta Kowalczyk <marta@lowtide.example>\nTo: subscribers\nDate: Mon, 7 Sep 2026\nSubject: Rates\n",
     "\n\nLowtide Research, 12 Harbour Street, Bristol BS1 4QA\n", "Lowtide Research"),
    ("From: Cinder Notes <hello@cinder.example>\nTo: readers\nDate: Tue, 1 Dec 2026\nSubject: Issue 40\n",
     "\n\n(c) 2026 Cinder Notes Media Ltd\n", "Cinder Notes Media"),
])
def test_a_person_or_short_name_on_the_from_line_yields_to_the_firm_in_the_small_print(head, foot, publisher):
    assert find_publisher(head + BODY + foot).name == publisher


def test_a_short_name_defined_as_a_body_s_document_is_not_the_body():
    text = "FOKAL is the Northern Intelligence Service's yearly assessment. FOKAL 2026 expects X."
    assert "FOKAL" not in own_names(text, "Northern Intelligence Service")
