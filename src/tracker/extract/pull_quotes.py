"""Pull quotes of an HTML page: read when they say something the body does not, with their speaker.

A pull quote (``<aside class="pull-quote"><blockquote><p>"..."</p><footer>Name, role</footer></blockquote>``)
usually repeats a sentence of the article in large type, and reading it would draft that judgement twice.
Some pages, though, quote a person only there: an official's expectation set beside the text. So the page
reader keeps each pull quote apart while it parses (``PullQuote``), and ``settle`` decides at the end:

- a quote whose words run on for ``_RUN`` words somewhere in the body repeats it: dropped;
- a quote naming no speaker is dropped too: it is the page's own emphasis, often a paraphrase of the body;
- any other is kept where it stood, as ``Name, role: “quote”`` (the footer, ``<cite>`` or ``<figcaption>``
  names the speaker), the shape the attribution reader credits to the person named before the colon.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from tracker.extract.structure.spans import Spanned

#: Class names of a pull quote (also "pullquote", "pull_quote", "article__pull-quote").
PULL_QUOTE_CLASS = re.compile(r"(?<![a-z0-9])pull[-_]?quote(?![a-z0-9])", re.IGNORECASE)
#: Elements inside a pull quote that name its speaker.
SPEAKER_TAGS = ("footer", "cite", "figcaption")
#: Words in a row shared with the body that make a quote a repeat (a pull quote is often cut or re-punctuated,
#: so a whole sentence need not match; six words in a row are not shared by chance).
_RUN = 6
_WORD = re.compile(r"[a-z0-9]+")
_QUOTE_MARKS = "\"“”'‘’«» "
_DASHES = "—–-―~ \n"


@dataclass
class PullQuote:
    """Where a pull quote's parts start in the page's parts, and where its speaker's element starts."""

    start: int
    tag: str  # the pull quote's element, closed when as many of its tag close as opened
    speaker_start: int | None = None
    end: int = 0
    depth: int = 1


def settle(parts: list[Spanned], quotes: list[PullQuote]) -> list[Spanned]:
    """The page's parts with each pull quote dropped (a repeat of the body) or rewritten as "Speaker: “quote”"."""
    if not quotes:
        return parts
    inside = set()
    for quote in quotes:
        inside.update(range(quote.start, quote.end))
    body = " ".join(_WORD.findall(" ".join(part.text for index, part in enumerate(parts)
                                             if index not in inside).lower()))
    rewritten: list[Spanned] = []
    position = 0
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.start < position or quote.end > len(parts):
            continue  # nested in another, or cut away by the reader (a list item of links only)
        rewritten.extend(parts[position:quote.start])
        position = quote.end
        said, speaker = _split(parts[quote.start:quote.end], quote)
        if said and speaker.text.strip(_DASHES) and not _repeats(said.text, body):
            rewritten.extend(_as_quoted(said, speaker))
    rewritten.extend(parts[position:])
    return rewritten


def _split(parts: list[Spanned], quote: PullQuote) -> tuple[Spanned, Spanned]:
    cut = len(parts) if quote.speaker_start is None else quote.speaker_start - quote.start
    said = Spanned.concat(parts[:cut]).squeeze()
    speaker = Spanned.concat(parts[cut:]).squeeze()
    return said, speaker


def _repeats(said: str, body: str) -> bool:
    words = _WORD.findall(said.lower())
    if len(words) < _RUN:
        return " ".join(words) in body
    return any(" ".join(words[i:i + _RUN]) in body for i in range(len(words) - _RUN + 1))


def _as_quoted(said: Spanned, speaker: Spanned) -> list[Spanned]:
    """``Speaker: “said”`` as a paragraph of its own; the marks stand where the quote begins."""
    at = said.original(0)
    start = len(said.text) - len(said.text.lstrip(_QUOTE_MARKS))
    end = len(said.text.rstrip(_QUOTE_MARKS))
    core = said.slice(start, end)
    if not core:
        return []
    name = speaker.text
    name_start = len(name) - len(name.lstrip(_DASHES))
    speaker = speaker.slice(name_start, len(name.rstrip(" .,;")))
    pieces = [Spanned("\n\n", ((0, at),))]
    if speaker:
        pieces += [speaker, Spanned(": ", ((0, at),))]
    return pieces + [Spanned("“", ((0, at),)), core, Spanned("”", ((0, at),)), Spanned("\n\n", ((0, at),))]
