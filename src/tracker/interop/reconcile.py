"""Imported records that the store already holds in another form are left out before applying.

A Fatebook file names no forecaster in its import format and no phrase, scale, source or resolver in
either format, so reading back ``tracker export fatebook`` into the workspace that wrote it would
otherwise add every forecast again under ``--forecaster`` and refuse every resolution as altered. For a
question matched to a recorded one (same text, same creation time):

- the question keeps everything the file cannot say (source, phrase, scale, condition, reminders); its
  criteria, due date and tags follow the file, as ``tracker apply`` does (criteria only when the file
  has some: Fatebook has no criteria, only notes);
- a forecast made at the same instant with the same probabilities as a recorded one, by whoever, is that
  recorded forecast;
- a resolution to the outcome already in force is that resolution.
"""

from __future__ import annotations

import math

from tracker.interop.common import Batch


def reconcile(store, batch: Batch, matched: set[str], *, placeholder: str) -> None:
    if not matched:
        return
    from tracker.api import question_history

    histories = {question_id: question_history(store, question_id) for question_id in matched}
    for entry in batch.questions:
        history = histories.get(entry.question.id)
        if history is None:
            continue
        recorded, read = history.question, entry.question
        if (recorded.kind, recorded.outcomes) != (read.kind, read.outcomes):
            continue  # apply refuses it, naming the field that differs
        update = {"due": read.due, "tags": read.tags}
        if read.criteria != placeholder:
            update["criteria"] = read.criteria
        entry.question = recorded.model_copy(update=update)
        entry.predictions = [(p, key) for p, key in entry.predictions
                             if not any(_same_forecast(p, r) for r in history.predictions)]
    in_force = {question_id: h.resolution.outcome for question_id, h in histories.items() if h.resolution}
    batch.resolutions = [e for e in batch.resolutions
                         if in_force.get(e.resolution.question_id) != e.resolution.outcome]


def _same_forecast(read, recorded) -> bool:
    if read.made_at != recorded.made_at:
        return False
    if read.probabilities is None or recorded.probabilities is None:
        return read.probabilities is recorded.probabilities and math.isclose(read.probability, recorded.probability,
                                                                            abs_tol=1e-9)
    return set(read.probabilities) == set(recorded.probabilities) and all(
        math.isclose(read.probabilities[k], recorded.probabilities[k], abs_tol=1e-9) for k in read.probabilities)
