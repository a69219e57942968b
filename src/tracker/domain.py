"""The domain records: validated, immutable pydantic models.

Input from the CLI and from files is validated by these models before anything reaches the store;
the store hands the same records back. A prediction or a resolution is never edited: an update is a
new prediction, a correction is a new resolution that supersedes the old one.
"""

from __future__ import annotations

import math
import re
import datetime as dt
from datetime import date, datetime, timezone
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from tracker.dates import check_due
from tracker.errors import shown
from tracker.text_rules import MAX_PROSE_CHARS, MAX_TEXT_CHARS, check_strings, one_line, stripped_text
from tracker.probability import normalise_choice, parse_probability

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"
NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}$"
#: Outcomes that every question may resolve to besides its own; they score nothing.
VOID_OUTCOMES = ("ambiguous", "annulled")
BINARY_OUTCOMES = ("yes", "no")
Status = Literal["open", "resolved", "ambiguous", "annulled"]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


UTCDatetime = Annotated[AwareDatetime, AfterValidator(_utc)]


def _due_date(value: date) -> date:
    return check_due(value)


Text = Annotated[str, AfterValidator(stripped_text)]


def _visible(value: str) -> str:
    stripped_text(value)  # refuses blank and invisible-only text
    return value  # kept as written: a stored record's hash covers its exact text


#: Free prose that, when given, must show something (a blank note or evidence would be kept forever).
Visible = Annotated[str, AfterValidator(_visible)]
#: A question's text is one line: it is listed in tables and used as a title.
OneLine = Annotated[str, AfterValidator(one_line)]
Identifier = Annotated[str, Field(pattern=ID_PATTERN)]
Name = Annotated[str, Field(pattern=NAME_PATTERN)]


class Record(BaseModel):
    # defer_build: listings never validate (rows were validated on the way in), so they skip schema building.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    def _plain_strings(cls, value: object, info) -> object:
        return check_strings(value, info.field_name)


class Source(Record):
    """Where a judgement was published: the document, who published it, when, and the sentence itself."""

    document: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    quote: str | None = None
    location: str | None = None
    url: str | None = None


class Condition(Record):
    """This question only counts if ``question`` resolves to ``outcome``; otherwise it is annulled."""

    question: Identifier
    outcome: str

    @field_validator("outcome", mode="before")
    @classmethod
    def _outcome_word(cls, value: object) -> object:
        # Resolutions are read the same way: ``Yes`` and ``yes`` are one outcome.
        return value.strip().lower() if isinstance(value, str) else value


class Question(Record):
    """A question or claim about the future, with the criteria a stranger could resolve it by."""

    id: Identifier
    text: OneLine
    criteria: Text
    kind: Literal["binary", "choice"] = "binary"
    outcomes: tuple[str, ...] = ()
    due: Annotated[date, AfterValidator(_due_date)]
    created_at: UTCDatetime
    tags: tuple[Annotated[str, Field(pattern=ID_PATTERN)], ...] = ()
    source: Source | None = None
    phrase: str | None = None
    scale: str | None = None
    condition: Condition | None = None
    remind_every_days: Annotated[int, Field(ge=1, le=365)] | None = None
    status: Status = "open"

    @field_validator("tags", mode="before")
    @classmethod
    def _lowercase_tags(cls, tags: object) -> object:
        # Order kept here so that an error names the position the user wrote; sorted once valid.
        if isinstance(tags, (list, tuple)):
            return tuple(t.strip().lower() if isinstance(t, str) else t for t in tags)
        return tags

    @field_validator("tags", mode="after")
    @classmethod
    def _sorted_tags(cls, tags: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(set(tags)))

    @field_validator("outcomes", mode="after")
    @classmethod
    def _outcome_names(cls, outcomes: tuple[str, ...]) -> tuple[str, ...]:
        # Checked per field, not per record: reported with the other field errors, at the outcomes line.
        if len(set(outcomes)) != len(outcomes):
            twice = sorted({name for name in outcomes if outcomes.count(name) > 1})
            raise ValueError(f"must be distinct ({', '.join(twice)} given more than once)")
        for name in outcomes:
            if name in (*VOID_OUTCOMES, "open") or not re.match(ID_PATTERN, name):
                raise ValueError(f"outcome {shown(name)} must be a short lowercase name (letters, digits, . _ -) "
                                 "other than ambiguous, annulled or open")
        return outcomes

    @model_validator(mode="after")
    def _outcomes_fit_kind(self) -> Question:
        if self.kind == "binary" and self.outcomes:
            raise ValueError("a binary question has no outcomes (its outcomes are yes and no)")
        if self.kind == "choice":
            if len(self.outcomes) < 2:
                raise ValueError("a choice question needs at least two outcomes")
            if set(self.outcomes) <= set(BINARY_OUTCOMES):
                raise ValueError("a question with outcomes yes and no is binary: give a probability instead")
        return self

    def possible_outcomes(self) -> tuple[str, ...]:
        """The outcomes this question may resolve to, besides ambiguous and annulled."""
        return BINARY_OUTCOMES if self.kind == "binary" else self.outcomes


class Prediction(Record):
    """One forecaster's probability at one moment. Immutable; an update is a new prediction.

    Binary questions carry ``probability`` (of yes); choice questions carry ``probabilities``, one per
    outcome, rescaled to sum to 1 when their sum is within ``CHOICE_SUM_TOLERANCE`` of 1.
    """

    question_id: Identifier
    forecaster: Name
    made_at: UTCDatetime
    probability: float | None = None
    probabilities: dict[str, float] | None = None
    phrase: str | None = None
    scale: str | None = None
    rationale: Visible | None = None
    # Set by the store: the record's place in the tamper-evident chain and its hash (store.chain).
    seq: int | None = None
    hash: str | None = None

    @field_validator("probability", mode="before")
    @classmethod
    def _read_probability(cls, value: object) -> object:
        return None if value is None else parse_probability(value)

    @field_validator("probabilities", mode="before")
    @classmethod
    def _read_probabilities(cls, value: object) -> object:
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError("give one probability per outcome, as a mapping of outcome to probability")
        parsed = {str(name): parse_probability(p) for name, p in value.items()}
        return normalise_choice(parsed)

    @model_validator(mode="after")
    def _one_form(self) -> Prediction:
        if (self.probability is None) == (self.probabilities is None):
            raise ValueError("give either probability (binary) or probabilities (choice)")
        return self

    def check_against(self, question: Question) -> None:
        """Raise ValueError when this prediction does not fit ``question``'s kind and outcomes."""
        if question.kind == "binary" and self.probability is None:
            raise ValueError(f"question {question.id} is binary: give probability, not probabilities")
        if question.kind == "choice":
            if self.probabilities is None:
                raise ValueError(f"question {question.id} is a choice: give a probability per outcome")
            missing = set(question.outcomes) - set(self.probabilities)
            extra = set(self.probabilities) - set(question.outcomes)
            if missing or extra:
                raise ValueError(
                    f"outcomes must be exactly {', '.join(question.outcomes)}"
                    + (f" (missing {', '.join(sorted(missing))})" if missing else "")
                    + (f" (unknown {', '.join(sorted(extra))})" if extra else "")
                )

    def same_as(self, other: Prediction) -> bool:
        """Whether two records state the same prediction (float noise from a round trip ignored)."""
        def close(a: float | None, b: float | None) -> bool:
            return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, abs_tol=1e-9))

        if not close(self.probability, other.probability):
            return False
        if (self.probabilities is None) != (other.probabilities is None):
            return False
        if self.probabilities and other.probabilities:
            if set(self.probabilities) != set(other.probabilities):
                return False
            if not all(close(self.probabilities[k], other.probabilities[k]) for k in self.probabilities):
                return False
        # seq and hash say where a record sits in a store's chain, not what it states.
        return (self.phrase, self.scale, self.rationale) == (other.phrase, other.scale, other.rationale)


class Resolution(Record):
    """How a question came out, with evidence. A correction supersedes an earlier resolution and keeps it."""

    id: int | None = None
    question_id: Identifier
    outcome: str
    resolved_at: UTCDatetime
    resolver: Name
    evidence: tuple[Visible, ...] = ()
    note: Visible | None = None
    supersedes: int | None = None
    seq: int | None = None
    hash: str | None = None

    @field_validator("outcome", mode="before")
    @classmethod
    def _outcome_words(cls, value: object) -> object:
        # YAML reads a bare yes/no as a boolean.
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def scores(self) -> bool:
        """Ambiguous and annulled questions score nothing (nor does a reopening)."""
        return self.outcome not in (*VOID_OUTCOMES, "open")


def pattern_rule(error: dict) -> str:
    """What a value refused by one of the patterns above must be, for a pydantic pattern error."""
    if error.get("ctx", {}).get("pattern") == NAME_PATTERN:
        return "must be letters, digits, spaces, '.', '_', '@' or '-' (at most 64, starting with a letter or digit)"
    return "must be lowercase letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit)"


def status_for(outcome: str) -> Status:
    """The question status a resolution to ``outcome`` gives (``open``: a correction that reopens it)."""
    return outcome if outcome in (*VOID_OUTCOMES, "open") else "resolved"  # type: ignore[return-value]


def current_resolution(resolutions) -> Resolution | None:
    """The resolution in force among a question's resolutions: the last that no other supersedes."""
    replaced = {r.supersedes for r in resolutions}
    current = [r for r in resolutions if r.id not in replaced]
    return current[-1] if current else None


def prediction_text(prediction: Prediction) -> str:
    """``70%`` for a binary prediction; ``calm 60%, war 40%`` for a choice."""
    from tracker.probability import format_probability

    if prediction.probabilities:
        return ", ".join(f"{name} {format_probability(p)}" for name, p in prediction.probabilities.items())
    return format_probability(prediction.probability)


class QuestionSummary(Record):
    """A question with what a listing shows: its latest prediction and its current resolution."""

    question: Question
    latest: Prediction | None = None
    predictions: int = 0
    resolution: Resolution | None = None


class QuestionHistory(Record):
    """A question with every prediction, resolution and version of its description ever recorded, oldest
    first (``versions``: tracker.question_versions.QuestionVersion)."""

    question: Question
    predictions: tuple[Prediction, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    versions: tuple = ()

    @property
    def resolution(self) -> Resolution | None:
        """The resolution in force: the one no later resolution supersedes."""
        return current_resolution(self.resolutions)
