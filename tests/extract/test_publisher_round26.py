"""Round 26 publishers: an author meta tag naming a public body wins over the portal a page title names ("... -
Canada.ca"), with the short name the page goes on using ("OAG" of "Office of the Auditor General of Canada"); a
newsletter e-mail with "From:", "Subject:" and "Date:" but no "To:" line is its sender's; a masthead line naming its
writer over a linked newsletter is the newsletter's. Documents written for these tests."""

import pytest

from tracker.extract.letterhead import letterhead
from tracker.extract.publisher import find_publisher

BODY = ("Demand is likely to soften in 2027. " * 3).strip()


@pytest.mark.parametrize("author, title, publisher", [
    ("Public Health Agency of Canada", "Respiratory outlook 2026 - Canada.ca", "Public Health Agency of Canada"),
    ("Ministry of Finance", "Budget outlook | GOV.EXAMPLE", "Ministry of Finance"),
    ("Office for Budget Responsibility", "Fiscal risks report - Portal", "Office for Budget Responsibility"),
])
def test_a_body_named_by_the_author_tag_beats_the_portal(author, title, publisher):
    assert find_publisher(f"{title}\n\n{BODY}\n", author, title).name == publisher


def test_a_writer_named_by_the_author_tag_still_gives_way_to_the_site():
    found = find_publisher(f"Markets wrap\n\n{BODY}\n", "Dana Whitfield", "Markets wrap | The Harbour Times")
    assert found.name == "The Harbour Times"


@pytest.mark.parametrize("text, publisher", [
    ("The OAG examined the programme. The OAG found gaps. The OAG recommends action.",
     "Office of the Auditor General of Canada (OAG)"),
    ("The office examined the programme and found gaps.", "Office of the Auditor General of Canada"),
])
def test_the_short_name_the_page_uses(text, publisher):
    assert find_publisher(f"Report 3\n\n{text} {BODY}\n", "Office of the Auditor General of Canada",
                          "Report 3").name == publisher


@pytest.mark.parametrize("headers, sender", [
    ("From: Quayside Odds <news@quayside.example>\nSubject: Weekly odds #40\nDate: Fri, 6 Nov 2026 09:00:00 +0000\n",
     "Quayside Odds"),
    ("From: Quayside Odds <news@quayside.example>\nSubject: Weekly odds #40: rates, elections\n and the weather\n"
     "Date: Fri, 6 Nov 2026 09:00:00 +0000\n", "Quayside Odds"),
    ("From: Ana Ruiz <ana@x.example>\nDate: Fri, 6 Nov 2026\nTo: Team <team@x.example>\n", "Ana Ruiz"),
    ("From: Ana Ruiz <ana@x.example>\nTo: Team <team@x.example>\nSubject: Q2\n", "Ana Ruiz"),
])
def test_a_newsletter_email_is_its_senders(headers, sender):
    assert letterhead(f"{headers}\nHi all,\n\n{BODY}\n", 1500)[0] == sender


@pytest.mark.parametrize("headers", [
    "From: Ana Ruiz <ana@x.example>\n\nHi all,\n",  # no other header: a quoted line, not an e-mail
    "From: Ana Ruiz\nDate: Fri, 6 Nov 2026\n\nHi all,\n",  # one header line after it
])
def test_a_from_line_alone_is_no_email(headers):
    found = letterhead(f"{headers}\n{BODY}\n", 1500)
    assert found is None or "From:\" line" not in found[1]


@pytest.mark.parametrize("line, publisher", [
    ("**Dana Whitfield** · [Calibrated Takes](https://x.example) · Jul 2, 2026 · 9 min read", "Calibrated Takes"),
    ("**Omar Haddad** · [The Long View](#) · Mar 3, 2026", "The Long View"),
    ("**Northbridge Forecasting Group** · Quarterly outlook · Jul 2, 2026", "Northbridge Forecasting Group"),
])
def test_a_writer_over_a_linked_newsletter(line, publisher):
    text = f"# My numbers for 2026\n\n{line}\n\n---\n\n{BODY}\n"
    assert find_publisher(text).name == publisher
