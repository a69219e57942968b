"""What the domain models let through to the store, whichever path a value takes (files, command
line, the library called with Python values)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from pydantic import ValidationError

from tracker.domain import MAX_PROSE_CHARS, Prediction, Question, Resolution

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def question(**changes) -> dict:
    return {"id": "q", "text": "Will it?", "criteria": "It does.", "due": date(2027, 1, 1), "created_at": NOW,
            **changes}


def refusal(model, values) -> tuple[str, str]:
    with pytest.raises(ValidationError) as refused:
        model.model_validate(values)
    error = refused.value.errors()[0]
    return ".".join(map(str, error["loc"])), error["msg"].removeprefix("Value error, ")


def test_a_due_date_object_after_2999_is_refused():
    assert refusal(Question, question(due=date(9999, 12, 31))) == (
        "due", "'9999-12-31' is too far ahead: due dates go up to 2999-12-31")
    assert Question.model_validate(question(due=date(2999, 12, 31))).due == date(2999, 12, 31)


@pytest.mark.parametrize("field,value,code", [("text", "Will\x00it?", "0000"), ("criteria", "a\x00b", "0000"),
                                              ("phrase", "a\x1bb", "001B"), ("scale", "x\x7f", "007F")])
def test_control_characters_are_refused_naming_the_field(field, value, code):
    assert refusal(Question, question(**{field: value})) == (
        field, f"contains the control character U+{code}: remove it")


def test_a_control_character_in_a_tag_is_refused_at_its_position():
    # Tags have a pattern of their own (lowercase letters, digits, . _ -), which refuses it first.
    where, message = refusal(Question, question(tags=("ok", "b\x00")))
    assert where == "tags.1" and "pattern" in message


def test_prose_may_hold_tabs_and_line_breaks_but_one_line_fields_may_not():
    assert Question.model_validate(question(criteria="one\n\ttwo\r\n")).criteria == "one\n\ttwo"
    assert refusal(Question, question(source={"publisher": "a\nb"})) == (
        "source.publisher", "contains the control character U+000A (this field is one line: no tabs or line "
        "breaks): remove it")


def test_prose_is_bounded_in_every_record():
    long = "x" * (MAX_PROSE_CHARS + 1)
    too_long = f"is too long ({MAX_PROSE_CHARS + 1:,} characters; at most {MAX_PROSE_CHARS:,})"
    assert refusal(Question, question(criteria=long)) == ("criteria", too_long)
    assert refusal(Prediction, {"question_id": "q", "forecaster": "ana", "made_at": NOW, "probability": 0.5,
                                "rationale": long}) == ("rationale", too_long)
    resolution = {"question_id": "q", "outcome": "yes", "resolved_at": NOW, "resolver": "ana"}
    assert refusal(Resolution, {**resolution, "note": long}) == ("note", too_long)
    assert refusal(Resolution, {**resolution, "evidence": ("ok", long)}) == ("evidence", too_long)


@pytest.mark.parametrize("text", ["\u200b\u200b\u200b", " \u2060 \ufeff ", "\u200b \u200d"])
def test_a_question_of_invisible_characters_is_empty(text):
    assert refusal(Question, question(text=text)) == ("text", "must not be empty (it holds only invisible characters)")


def test_a_condition_outcome_is_read_as_a_resolution_outcome_is():
    assert Question.model_validate(question(condition={"question": "p", "outcome": " Yes "})).condition.outcome == "yes"


def test_the_library_refuses_a_far_due_date_given_as_a_date(store):
    from tracker import api
    from tracker.errors import InputError

    with pytest.raises(InputError) as refused:
        api.log_forecast(store, text="Will it?", criteria="It does.", due=date(9999, 12, 31), forecaster="ana",
                         probability=0.5)
    assert (refused.value.field, refused.value.message) == (
        "due", "'9999-12-31' is too far ahead: due dates go up to 2999-12-31")
