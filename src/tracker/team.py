"""Forecasts of others hidden until you have predicted: a courtesy against anchoring, for teams.

A viewer (the forecaster names a person records as) sees others' predictions on a question only once one of
its own names has predicted on it, or the question is no longer open. This is **not** a security boundary:
every member can read every table (`tracker verify` and `tracker export` need to), so anyone determined can
look. It keeps the honest from being anchored by a number they glimpsed in `tracker show`.

The rule lives here once; `list`, `show`, the report and the exports call :func:`visible_predictions` (or
:meth:`Visibility.shows` per row) with a :class:`Visibility` read by :func:`visibility`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tracker.domain import QuestionHistory


@dataclass(frozen=True)
class Visibility:
    """Whose forecasts a viewer sees: always its own; others' on the ``revealed`` questions only."""

    viewer: frozenset[str]
    revealed: frozenset[str]

    def shows(self, question_id: str, forecaster: str) -> bool:
        return forecaster in self.viewer or question_id in self.revealed

    def hidden(self, question_id: str, forecasters: Iterable[str]) -> int:
        """How many of ``forecasters`` (others' predictions on the question) are hidden, for a line such as
        "2 forecasts hidden until you predict"."""
        return sum(1 for name in forecasters if not self.shows(question_id, name))


def visible_predictions(history: QuestionHistory, seen: Visibility | None) -> QuestionHistory:
    """``history`` as the viewer may see it (``seen`` None: the workspace does not hide, all is shown)."""
    if seen is None or history.question.id in seen.revealed:
        return history
    kept = tuple(p for p in history.predictions if seen.shows(p.question_id, p.forecaster))
    if len(kept) == len(history.predictions):
        return history
    return history.model_copy(update={"predictions": kept})


def visible_summaries(summaries: list, seen: Visibility | None) -> tuple[list, int]:
    """``tracker list``'s rows as the viewer may see them, and how many questions had forecasts hidden. On a
    question not revealed the viewer has no prediction of its own, so nothing of it shows: no latest, no count."""
    if seen is None:
        return summaries, 0
    shown, hidden = [], 0
    for summary in summaries:
        if summary.question.id in seen.revealed or not summary.predictions:
            shown.append(summary)
        else:
            hidden += 1
            shown.append(summary.model_copy(update={"latest": None, "predictions": 0}))
    return shown, hidden


def seen_by(store, hide: bool, configured: str | None,
            question_ids: Iterable[str] | None = None) -> Visibility | None:
    """The Visibility of the person connected to ``store`` when the workspace hides (``hide``: the setting
    team.hide_others_until_predicted), else None. The viewer is ``configured`` (the workspace's forecaster, or
    the web's proxy user) and, on PostgreSQL, the forecasters mapped to the connected role. ``question_ids``:
    as :func:`visibility`'s (a page passes the questions it shows)."""
    if not hide:
        return None
    from tracker.store.team import own_forecasters

    return visibility(store, own_forecasters(store, configured), question_ids)


def hidden_note(count: int) -> str:
    """The one line saying forecasts were held back (list, show, export)."""
    what = "1 question" if count == 1 else f"{count} questions"
    return (f"Others' forecasts on {what} are hidden until you predict on it or it resolves "
            "(team.hide_others_until_predicted).")


def hides_any(store, seen: Visibility | None) -> bool:
    """Whether ``seen`` hides any stored prediction (for `tracker export`'s line on stderr): one query."""
    if seen is None:
        return False
    from sqlalchemy import bindparam, text

    with store.read() as session:
        return session.execute(text(
            "SELECT 1 FROM prediction p JOIN question q ON q.id = p.question_id WHERE q.status = 'open' "
            "AND p.question_id NOT IN (SELECT question_id FROM prediction WHERE forecaster IN :names) LIMIT 1")
            .bindparams(bindparam("names", expanding=True)), {"names": sorted(seen.viewer) or [""]}).first() is not None


def visibility(store, viewer: Iterable[str], question_ids: Iterable[str] | None = None) -> Visibility:
    """The questions where ``viewer`` (forecaster names) sees everyone's forecasts: those it predicted on and
    those no longer open. One query over the prediction index, whatever the number of questions.

    ``question_ids``: only these are asked about (a page showing a hundred questions), and ``revealed``
    answers for them alone; without it, the id of every settled question of the store is read."""
    from sqlalchemy import bindparam, text

    names = sorted(set(viewer))
    among = sorted(set(question_ids)) if question_ids is not None else None
    if among == []:
        return Visibility(frozenset(names), frozenset())
    only = " AND {} IN :ids" if among is not None else ""
    statement = text(
        "SELECT DISTINCT question_id FROM prediction WHERE forecaster IN :names" + only.format("question_id")
        + " UNION SELECT id FROM question WHERE status <> 'open'" + only.format("id"))
    parameters = [bindparam("names", expanding=True)] + ([bindparam("ids", expanding=True)] if among else [])
    with store.read() as session:
        rows = session.execute(statement.bindparams(*parameters),
                               {"names": names or [""], **({"ids": among} if among else {})})
        return Visibility(frozenset(names), frozenset(row[0] for row in rows))
