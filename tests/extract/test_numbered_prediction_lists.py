"""A numbered prediction list's long items: "8. X rules that ..., or has already done so, and Y ...: 55%".

Annual prediction posts number their claims and put the probability after a colon. An item may be long (a
claim with its resolution details) or hold commas (an inserted "or has already done so", a second clause
joined by ", and"): the number after the colon still scores the whole item. Sentences written for these tests.
"""

from datetime import date

import pytest

from tracker.extract import extract_document

INTRO = "# Twenty calls for 2027\n\nEach call is scored on 31 December 2027.\n\n## Politics\n\n"


def drafts(items: str):
    return extract_document(INTRO + items + "\n", published=date(2026, 12, 28), scale="plain-reader").drafts


@pytest.mark.parametrize("item, start", [
    ("3. The Constitutional Court strikes down at least part of the pension reform, or has already done so, and the "
     "government does not pass a replacement law before the summer recess: 45%", "Will the Constitutional Court strike"),
    ("4. The city council approves the northern tram extension, and construction starts: 45%", "Will the city council approve"),
    ("5. A fusion start-up is credited with sustaining a plasma that releases more energy than the lasers or magnets put "
     "into it, confirmed by an independent laboratory and published in a peer-reviewed journal: 45%", "Will a fusion start-up be credited"),
    ("6. A commercial airline operates a scheduled passenger flight powered entirely by hydrogen fuel cells on a route of "
     "more than three hundred kilometres between two European capitals with paying passengers on board: 45%",
     "Will a commercial airline operate"),
])
def test_a_long_or_comma_holding_list_item_is_scored_by_its_number(item, start):
    [draft] = drafts(f"2. Voter turnout in the spring referendum is above 60%: 30%\n{item}\n")[1:]
    assert draft.probability == 0.45 and draft.text.startswith(start)


@pytest.mark.parametrize("item", [
    "7. Inflation, core: 3%",                              # a quantity, no claim
    "8. Turnout in the spring referendum, by region: 45%",  # a figure's label, no verb
])
def test_labels_with_a_number_are_still_no_claims(item):
    assert drafts(item) == []
