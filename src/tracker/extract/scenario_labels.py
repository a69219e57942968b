"""Which part of a weighted scenario line is the outcome: the label before the colon, or the story after it.

Outlooks list weighted scenarios as "LABEL (N%): STORY". Where the label only places the scenario in the
set ("Base case (60%): the tariff rate stays between 15% and 18%", "Downside (25%): ..."), the story is what
is forecast. Where the label is itself the outcome ("Lula wins a fourth term (50%): policy continuity, ...",
"Centre-right victory (45%): a market-friendly fiscal turn, ..."), the story lists its consequences and the
label is the claim the weight is for. A story that is a clause of its own ("Soft landing (55%): growth slows
to 1%") says what the outcome means, in terms a reviewer can resolve: it stays the claim unless the label is
a clause too.
"""

from __future__ import annotations

import re

#: Words that name a scenario's place in the set, not what happens in it.
_PLACE_WORDS = frozenset("""base baseline central main core case cases scenario scenarios upside downside bull bear bullish bearish
    optimistic pessimistic alternative alternate risk risks tail best worst middle high low mild severe adverse benign stress
    moderate extreme first second third fourth other path outlook""".split())
#: A scenario's letter or number ("Scenario B", "2"), or a joining word, in a label of place words.
_FILLER = re.compile(r"^(?:[a-d]|\d{1,2}|and|or|the|a|an|of|-|–|/|&)$", re.IGNORECASE)


#: A nickname the label gives its scenario after a dash, in quotation marks: 'Glut — "Slack"', "Upside – ‘Boom’".
_NICKNAME = re.compile(r"[—–-]\s*[“\"‘'][^“”\"‘’]{2,30}[”\"’']$")


def labelled_outcome(label: str, story: str) -> tuple[str, bool] | None:
    """``(claim, whether it is a clause)`` when a scenario line's label is its outcome, else None (the story is)."""
    from tracker.extract.pointed_numbers import listed_claim
    from tracker.extract.tense import as_future, is_noun_phrase

    label = " ".join(label.strip(" *_:-–").split())
    words = [word.strip(",.;").lower() for word in re.split(r"[\s/-]+", label) if word.strip(",.;")]
    if not words or len(words) > 12 or words[-1] in ("case", "scenario") or \
            all(word in _PLACE_WORDS or _FILLER.match(word) for word in words):
        return None  # "Base case", "Downside scenario", "Scenario B": the story is the outcome
    if _NICKNAME.search(label):
        return None  # 'Tight market — "Scramble"': a scenario given a nickname is named, not stated; the story is it
    if not is_noun_phrase(label):
        return label, True  # "Lula wins a fourth term": the label says what happens
    if (listed := listed_claim(label)) is not None:
        return listed, True  # "Democrats take the House": a plural subject and its verb
    if not is_noun_phrase(story) and not as_future(story, True).startswith("it will turn out"):
        return None  # "Soft landing (55%): growth slows to 1%": the story says what the label means
    return label, False  # "Centre-right victory (45%): a market-friendly fiscal turn": the story is its consequences
