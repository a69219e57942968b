"""A claimless number taking over an earlier draft: "X will fall. ... We put the chance at 12%".

number_targets says which of the paragraph's drafts such a number scores; this module takes that draft back
(from ``made``, the drafts and the ids used) and returns what to draft instead: the draft's claim, its quote run
on to the number's sentence, the number as its probability (the phrase it replaces kept in the notes). The
pipeline then drafts it again where the number stands, since the number is the authors' last word on the claim.
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.number_targets import scored_by_number
from tracker.extract.records import Draft, Horizon, Judgement, Sentence


def rescore_earlier(judgement: Judgement, sentence: Sentence, previous: Sentence | None,
                    made: list[tuple[Sentence, Judgement, Horizon]], drafts: list[Draft],
                    used_ids: set[str]) -> tuple[Sentence, Judgement, Horizon] | None:
    """``(quote, judgement, horizon)`` of the earlier draft ``judgement`` (a number with no claim) scores, that
    draft removed from ``made``, ``drafts`` and ``used_ids``; None when the paragraph has drafted nothing yet."""
    # "X will fall; we put the chance at 12%": the number scores the last judgement of the paragraph.
    if not made or made[-1][0].paragraph is not sentence.paragraph:
        return None
    back = scored_by_number(made, sentence.paragraph, sentence)  # counted from the end: drafts and made end alike
    quoted, scored, earlier = made.pop(len(made) - 1 - back)
    used_ids.discard(drafts.pop(len(drafts) - 1 - back).id)
    if quoted is not sentence and quoted.start is not None and sentence.end is not None:
        # the quote holds the number's sentence too: "X will fall. I'm a bit lower, at 60%."
        # with an ellipsis for the sentences left out between them
        gap = " " if previous is not None and (quoted is previous or quoted.text.endswith(previous.text)) else " … "
        quoted = replace(quoted, text=f"{quoted.text}{gap}{sentence.text}", end=sentence.end)
    # a number correcting another's number ("markets price 70%. I'm lower, at 60%") is judged in its
    # own clause; one refining a phrase ("very likely ...; we put 85% on it") in the phrase's
    # a level rates the prediction as worded: "We do not expect X. Likelihood: High" rates "not X"
    rated = scored.complement and any(note.startswith("rated") for note in judgement.notes)
    judgement = replace(scored, clause=judgement.clause if scored.stated is not None else scored.clause,
                        speaker=judgement.speaker or scored.speaker,  # "The crowd is at 40%": the crowd's
                        phrase="stated", stated=round(1 - judgement.stated, 4) if rated else judgement.stated,
                        complement=False, written=judgement.written, notes=(*scored.notes, *judgement.notes,
                                                                            "probability stated after the "
                                                          f'claim, replacing "{scored.written}"'))
    return quoted, judgement, earlier
