"""The records extraction passes between its steps: a document's text, its sentences, and the drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.structure.spans import Spanned


@dataclass(frozen=True)
class Document:
    """A document read into plain text, with what the reader could learn about it on the way."""

    name: str
    text: str
    title: str | None = None
    #: Dates the file format itself states (HTML meta tags, PDF metadata), with where each came from.
    stated_dates: tuple[tuple[date, str], ...] = ()
    #: How to read the text's structure: "markdown", "text" (plain or PDF-to-text); None: look at it.
    kind: str | None = None
    #: Where each character of ``text`` stands in the original file, when they differ (HTML markup).
    origin: Spanned | None = None
    #: The author the file format names (an HTML author meta tag): the document's publisher when given.
    author: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of cleaned text: its 1-based number and the heading path of the section it is in."""

    number: int
    text: str
    heading: str | None = None
    #: ``text`` with the original file position of each character (None for text made up in code).
    spanned: Spanned | None = field(default=None, compare=False, repr=False)
    #: The nearest heading above, whole ("2. Will X happen before July 2027?"): what a number under it may answer.
    title: str | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Sentence:
    """One sentence, with the paragraph it came from (its location in the document)."""

    text: str
    paragraph: Paragraph
    index: int  # position in the paragraph, from 0
    #: Where the sentence starts and ends in the original file (``original[start:end]`` is the sentence
    #: as written there: line breaks, hyphens and markup included); None when unknown.
    start: int | None = None
    end: int | None = None

    @property
    def location(self) -> str:
        """Where the sentence is, as a reader would look for it."""
        where = f"paragraph {self.paragraph.number}"
        return f"{self.paragraph.heading}, {where}" if self.paragraph.heading else where


@dataclass(frozen=True)
class Judgement:
    """An estimative judgement about the future found in one clause of a sentence."""

    clause: str            # the clause as written
    statement: str         # the claim itself, the estimative words removed ("China will continue to ...")
    phrase: str            # the phrase as the scale names it ("highly likely", "will")
    written: str           # the words as the document wrote them ("highly likely", "will not")
    negated: bool          # the claim is that something will NOT happen
    notes: tuple[str, ...] = ()  # hedges and conditions a reviewer should see
    #: A probability the text states as a number ("a 12% chance"): it is the draft's probability, no scale.
    stated: float | None = None
    #: Under a negative lead-in ("it is not anticipated that X will ..."): the claim X is kept and scored
    #: at the complement of the phrase's probability.
    complement: bool = False
    #: Someone the document quotes as making the judgement ("the foreign minister said ..."): its source
    #: forecaster, instead of the publisher.
    speaker: str | None = None
    #: The plain-reader phrase the judgement is scored as when that differs from ``phrase``: "is expected /
    #: projected / forecast to" keeps the phrase "will" (the rules about plain futures apply to it) but is
    #: scored as "likely", the reading of a central projection (``expectation.py``).
    reads_as: str | None = None


@dataclass(frozen=True)
class Horizon:
    """When a judgement is to be decided: the words that said so, the due date, and how it was found."""

    text: str | None       # "medium term", "by the end of 2025", "the Winter Olympics"; None when defaulted
    due: date
    reasoning: str
    flagged: str | None = None  # why a reviewer must check it ("horizon defaulted", "event: ...")


@dataclass(frozen=True)
class Draft:
    """A draft forecast: everything a forecast file needs, plus why a reviewer should look at it."""

    id: str
    text: str
    criteria: str
    due: date
    phrase: str
    scale: str
    band: tuple[float, float]
    probability: float
    horizon: Horizon
    quote: str
    location: str
    statement: str
    clause: str
    rationale: str
    review: tuple[str, ...] = ()
    #: Other places that state the same judgement, merged into this draft: (location, quote) pairs.
    also: tuple[tuple[str, str], ...] = ()
    #: The quoted sentence's (start, end) character offsets in the original file, for highlighting it there.
    span: tuple[int, int] | None = None
    #: The person the document quotes as making this judgement; None when it is the publisher's own.
    speaker: str | None = None

    @property
    def confidence(self) -> str:
        """``high`` when nothing needs checking beyond the usual review, else ``low``."""
        return "low" if self.review else "high"


@dataclass
class Extraction:
    """What ``extract_document`` found: the drafts, the document's facts, and notes for the reader."""

    document: str
    publisher: str | None
    published: date
    scale: str
    drafts: list[Draft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    #: IANA zone the publication date is read in (made_at is that date's midnight there); None: UTC.
    timezone: str | None = None


@dataclass(frozen=True)
class HorizonContext:
    """What horizons are read against: the publication date, the scale's time words, the document's dates."""

    published: date
    terms: dict[str, tuple[int, int, str]]  # "near term" -> (from months, to months, scale name)
    event_dates: dict[str, date]            # event keyword -> a date the document gives for it
    #: The time frame the document's scope note gives judgements that state none (None: the scale's near term).
    default: Horizon | None = None
    fiscal: str | None = None  # the country whose fiscal years the document counts in (horizon_fiscal)
    period_end: date | None = None  # the end of the period the document's projections cover (horizon_period)
    #: Time words the document defines by a year ("short-term": up to 2030), each due at that year's end.
    term_dates: dict[str, date] = field(default_factory=dict)
