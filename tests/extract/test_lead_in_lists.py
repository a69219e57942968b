"""Noun-phrase list items under an expecting lead-in (lead_in_lists.py); my own lists, not a document's."""

from datetime import date

import pytest

from tracker.extract.lead_in_lists import lead_in_items


def _drafts(text):
    from tracker.extract import extract_document

    return [d for d in extract_document(text, published=date(2026, 3, 1)).drafts if "list item" in str(d.location)]


@pytest.mark.parametrize("lead, due", [
    ("For 2027 and 2028 the Service expects in particular:", "2028-12-31"),
    ("Over the next two years we anticipate:", None),
    ("In 2027, the Ministry foresees above all:", "2027-12-31"),
    ("The Office expects:", None),
    ("For the coming year the Commission predicts:", None),
])
@pytest.mark.parametrize("bullet", ["•", "-", "*", "1."])
def test_items_under_a_lead_in(lead, due, bullet):
    text = (f"Some context about the threat.\n\n{lead}\n\n"
            f"{bullet} a sharp rise in ransomware attacks on hospitals\n   and care homes;\n"
            f"{bullet} continued attempts by criminal groups to recruit teenagers;\n"
            f"{bullet} more disinformation aimed at the regional elections.\n\nThe next section covers fraud.\n")
    drafts = _drafts(text)
    assert len(drafts) == 3
    assert any("ransomware" in d.text and "care homes" in d.text for d in drafts)
    assert all(0.55 <= d.probability <= 0.9 for d in drafts)
    if due:
        assert all(str(d.due) == due for d in drafts)


def test_wrapped_items_with_blank_lines_as_pdf_text_writes_them():
    text = ("the budget was raised. For 2027 the agency\n\nexpects in particular:\n\n  •  an increase in attacks\n\n"
            "     on rail signalling systems;\n\n  •  growing use of drones for smuggling.\n\nNew paragraph here.\n")
    found = lead_in_items(text)
    assert [row for row, _, _ in found] == ["an increase in attacks on rail signalling systems;",
                                            "growing use of drones for smuggling."]
    assert all("by the end of 2027" in dated for _, _, dated in found)


@pytest.mark.parametrize("text", [
    # items with verbs of their own: sentences the prose reader reads
    "We expect:\n\n- prices will rise in 2027;\n- wages could lag behind.\n",
    # a lead-in that expects nothing: a list of facts or of measures
    "The report covers:\n\n- an increase in attacks on hospitals;\n- a fall in fraud cases.\n",
    "In 2025 the agency recorded in particular:\n\n- a rise in attacks on rail systems;\n- more drone smuggling.\n",
    # items too short to be claims
    "We expect:\n\n- growth;\n- inflation.\n",
])
def test_lists_not_drafted(text):
    assert lead_in_items(text) == []
