"""Outcome categories standing as a subject: "above normal is likely (45%)", "below average is unlikely".

Seasonal outlooks and economic notes judge which category a quantity will fall in ("above normal", "below
average", "near normal", "wetter than normal"), and once the quantity has been named they name only the
category. The grammar reads such a clause as an event ("there will be above normal"), which is no question;
the quantity is the one the paragraph already measured against a category ("mean winter temperature will be
in the above-normal category"), else the section's heading when it is a short name ("Temperature"), else the
question keeps "it" and says that the quantity must be named.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.VERBOSE
_CATEGORY = r"""(?: (?: well | slightly | much | far ) \s+ )?
    (?: (?: above | below | near | close \s+ to | around ) [\s-]+ (?: normal | average | median | trend | the \s+ norm )
      | normal | (?: wetter | drier | warmer | colder | milder | cooler | snowier | windier | higher | lower )
        \s+ than \s+ (?: normal | average | usual ) )"""
#: "there will be above normal in the north": a category read as an event.
_THERE_CATEGORY = re.compile(rf"""^there\s+will\s+(?P<neg> not\s+ )?be\s+(?P<category> {_CATEGORY} )(?![\w-])
    (?P<rest> (?: \s+ (?: in | across | over | for | during | by | at | on | throughout | until | through | before | this
                      | next | from | with | if | unless | particularly | especially ) \b .* | \s* [,;(:.–—] .* )? ) $""", _FLAGS)
#: "mean winter temperature will be in the above-normal category", "that rainfall will be below average": the
#: quantity a paragraph measures against a category, after the "that" or the start of its clause.
_MEASURED = re.compile(rf"""(?: ^ | \bthat\s+ | [.;:]\s+ ) (?P<quantity> (?: [a-z][\w-]* \s+ ){{0,4}} [a-z][\w-]* ) \s+
    (?: will | is\s+(?: likely | expected )\s+to ) \s+ (?: not \s+ )? be \s+ (?: in \s+ the \s+ )? {_CATEGORY}""", _FLAGS)
_PRONOUN = re.compile(r"^(?:it|they|this|that|these|those|there)$", re.IGNORECASE)
#: A heading segment that names a quantity: a word or three, no digits ("Temperature", "Sea ice and snow").
_SHORT_NAME = re.compile(r"^[A-Za-z][A-Za-z -]{1,40}$")


def category_claim(claim: str, context: tuple[str, ...], heading: str | None) -> tuple[str, str | None]:
    """``(claim, note)``: a category read as an event put as the quantity it is a category of; the note says
    where the quantity came from (None when the claim is not a category's)."""
    match = _THERE_CATEGORY.match(claim)
    if match is None:
        return claim, None
    category, rest = match.group("category").strip().lower(), match.group("rest")
    verb = "will not be" if match.group("neg") else "will be"
    for text in context:
        found = [m.group("quantity") for m in _MEASURED.finditer(text) if not _PRONOUN.match(m.group("quantity"))]
        if found:
            quantity = found[-1]
            return f"{quantity} {verb} {category}{rest}", f'the category "{category}" read as of "{quantity}", ' \
                                                           "which the text before measures: check it"
    section = (heading or "").split(": ")[-1].strip()
    if _SHORT_NAME.match(section) and len(section.split()) <= 3:
        quantity = section.lower()
        return f"{quantity} {verb} {category}{rest}", f'the category "{category}" read as of "{quantity}", ' \
                                                       "the section's heading: check it"
    return f"it {verb} {category}{rest}", f'the category "{category}" is of a quantity the text does not name ' \
                                          "here: name it in the question"
