"""Publishers from the head and small print of a page (letterhead.py, publisher.py, colophon.py): an email's sender
and signature over its "Cc:" line, a government page's "From" label with the commas in the body's name, the heading
of an EU communication, an all-caps masthead of a bank named in one word, a sponsor's line that is never the
publisher, and a legal form with full stops ("L.P."). Documents written for these tests."""

import pytest

from tracker.extract.publisher import find_publisher, own_names

BODY = ("Demand is likely to soften in 2027. " * 3).strip()


@pytest.mark.parametrize("signature, publisher", [
    ("Ana Ruiz\nHead of Planning\nHalberd Logistics, Inc. | 40 Dock Road, Leith\n", "Halberd Logistics"),
    ("Ana Ruiz\nHead of Planning\n", "Ana Ruiz"),  # no firm signed: the sender
])
def test_an_email_is_its_senders(signature, publisher):
    mail = ("From: Ana Ruiz <ana.ruiz@halberd.example>\nSent: Monday, March 9, 2026 9:10 AM\n"
            "To: Planning Team <planning@halberd.example>\nCc: Freight Council <council@halberd.example>\n"
            f"Subject: Q2 outlook\n\nHi all,\n\n{BODY}\n\n{signature}\n-----Original Message-----\n"
            "From: Tom Berg <tom@other.example>\nSent: Friday\nTo: Ana Ruiz\n\nSee below.\n\nNorthway Shipping, Ltd. | 1 Quay\n")
    assert find_publisher(mail).name == publisher


@pytest.mark.parametrize("label, publisher", [
    ("From Department of Transport, Tourism and Sport", "Department of Transport, Tourism and Sport"),
    ("From: Ministry of Housing and Local Government", "Ministry of Housing and Local Government"),
])
def test_a_government_pages_from_label(label, publisher):
    page = f"Skip to main content\n\n# Road Safety Outlook 2026\n\n{label}\n\nPublished on 2 May 2026\n\n{BODY}\n"
    assert find_publisher(page).name == publisher


def test_a_from_label_that_is_no_name_is_not_read():
    page = f"# Notes\n\nFrom the editor's desk, a word on the year ahead\n\n{BODY}\n"
    found = find_publisher(page)
    assert found is None or "editor" not in found.name


def test_an_eu_communication_is_the_commissions():
    page = ("# 2027 Single Market Report\n\nCOMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL\n\n"
            "Brussels, 3.2.2027\n\n## 1. Introduction\n\nThis report draws on work that involved the Commission's Joint "
            f"Research Centre (JRC) and national statistical offices across the Union and beyond them. {BODY}\n")
    assert find_publisher(page).name == "European Commission"


@pytest.mark.parametrize("masthead, publisher, short", [
    ("FINANCIAL STABILITY REVIEW\nMAY 2026\n\nDANMARKS NATIONALBANK\n", "Danmarks Nationalbank", "Nationalbank"),
    ("ECONOMIC BULLETIN\n\nSVERIGES RIKSBANK\n", "Sveriges Riksbank", "Riksbank"),
])
def test_a_bank_named_in_one_word_on_the_masthead(masthead, publisher, short):
    text = f"{masthead}\n{BODY} The {short} expects rates to fall. The {short} held. The {short} said so.\n"
    assert find_publisher(text).name == publisher
    assert short in own_names(text, publisher)  # "the Riksbank expects": the publisher's own voice


@pytest.mark.parametrize("sponsor", ["PRESENTED BY NORTHERN POWER ALLIANCE", "SPONSORED BY THE CARGO OWNERS ASSOCIATION"])
def test_a_sponsors_line_is_never_the_publisher(sponsor):
    page = f"Log in\n\nMorning Briefing\n\n# Ports and power\n\nBy Jo Hale\n\n{sponsor}\n\n{BODY}\n\n© 2026 Harbour Wire SRL. All rights reserved.\n"
    assert find_publisher(page).name == "Harbour Wire"


def test_a_legal_form_with_full_stops_does_not_cut_the_name():
    page = f"# Markets\n\n{BODY}\n\n©2026 Kestrel News L.P. All Rights Reserved\n"
    assert find_publisher(page).name == "Kestrel News"


def test_the_short_name_the_masthead_brackets_is_kept_with_the_name():
    page = (f"# Coastal Intelligence and Security Service (CISS)\n## Annual Report 2026\n\n## Foreword\n\n{BODY} The "
            "CISS will publish again in 2027, and the CISS board meets in May.\n")  # a name the text goes on using
    assert find_publisher(page).name == "Coastal Intelligence and Security Service (CISS)"
