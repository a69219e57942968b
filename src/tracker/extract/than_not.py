""""More likely than not" and "less likely than not" read as a lean off even, not as "likely".

Writers say "more likely than not" (or "more probable than not") to put a chance just above one half: plain readers
and legends that define it (ICD 203's "probably, more likely than not" aside, the IPCC's "more likely than not" >50%)
take it as a little better than evens, nowhere near the 75% of a plain "likely". "Less likely than not" is the same
lean the other way: below one half, read as the complement of "better than even". Whichever reader found the
judgement ("X is more likely than not to rise", "it is more likely than not that X", a table cell) keeps its claim;
only the reading changes, so one pass over the judgement covers every form.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.records import Judgement

#: The lean and its direction: "(slightly) more likely than not", "less probable than not".
_THAN_NOT = re.compile(r"\b(?P<lean>more|less)\s+(?:likely|probable)\s+than\s+not\b", re.IGNORECASE)
#: The plain reader's term for a lean just above even (plain-reader scale: 60%, band 55-60%).
LEAN_ABOVE_EVEN = "better than even"


def lean_off_even(judgement: Judgement | None) -> Judgement | None:
    """``judgement`` scored as a lean off even when its words are "more / less likely than not"; else unchanged.
    A stated number ("more likely than not, 60%") is the writer's own and stays."""
    if judgement is None or judgement.stated is not None or "than not" not in judgement.written.lower():
        return judgement
    if (lean := _THAN_NOT.search(judgement.written)) is None:
        return judgement
    below = lean.group("lean").lower() == "less"
    note = f'"{lean.group(0)}": read as a lean {"below" if below else "above"} even, not as "likely"'
    return replace(judgement, phrase="likely", reads_as=LEAN_ABOVE_EVEN, complement=judgement.complement != below,
                   notes=(*judgement.notes, note))
