"""Which claim a number with no claim of its own scores.

"X will fall. ... I'd put their chances at 40 per cent" scores X; "said the probability of a recession in the next
12 months was low. The median probability was 25%" scores the recession the sentence before names. A number
that finds neither is no draft (see the pipeline).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.called_numbers import called_number
from tracker.extract.records import Horizon, Judgement, Paragraph, Sentence
from tracker.extract.stated_forms import probability_claim


def scored_by_number(made: list[tuple[Sentence, Judgement, Horizon]], paragraph: Paragraph,
                     number_in: Sentence | None = None) -> int:
    """Which of the paragraph's drafts a later claimless number scores: the last unhedged one ("Arsenal will win
    the league. ... a defence that should concede fewer than 30. I'd put their chances at 40 per cent"), since a
    hedged claim has a probability already; the last draft when all are hedged. Counted back from the last.
    A number in the same sentence as a claim (``number_in``) scores that claim, hedged or not: "X is more likely
    than not to fall short; we put that at 60%" puts the number on X, the words only its band."""
    if number_in is not None:
        for back, (sentence, _, _) in enumerate(reversed(made)):
            if sentence is number_in or (sentence.start is not None and number_in.start is not None and sentence.end is not None
                                         and number_in.end is not None and sentence.start <= number_in.start
                                         and sentence.end >= number_in.end):
                return back  # the number's own sentence, or a quote holding it ("Will X? Roughly even; call it ...")
            if sentence.paragraph is not paragraph:
                break
    for back, (sentence, judgement, _) in enumerate(reversed(made)):
        if sentence.paragraph is not paragraph:
            break
        if judgement.phrase == "will" and judgement.stated is None:
            return back
    return 0


def named_before(judgement: Judgement, sentence: Sentence, previous: Sentence | None) -> tuple[Judgement, Sentence] | None:
    """``(judgement with its claim, quote of both sentences)`` when the sentence before, in the same paragraph,
    names the probability the claimless number gives ("the probability of X ... The median probability was 25%")."""
    if previous is None or previous.paragraph is not sentence.paragraph or (named := probability_claim(previous.text)) is None:
        return called_number(judgement, sentence, previous)  # "X survives 2027. 80%.": a list's bare call, then its number
    judgement = replace(judgement, statement=named, notes=(*judgement.notes,
                                                           "the claim is the probability the sentence before names: check it"))
    return judgement, replace(previous, text=f"{previous.text} {sentence.text}", end=sentence.end)


def asked_after(asked_in: Sentence | None, last_made: Sentence) -> bool:
    """Whether the question was asked after the paragraph's last draft: "We expect X. Will Y? Roughly even." answers
    Y, not X (a number after a draft and no later question scores the draft)."""
    return (asked_in is not None and asked_in.paragraph is last_made.paragraph and asked_in.start is not None
            and last_made.start is not None and asked_in.start > last_made.start)
