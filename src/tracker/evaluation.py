"""Which forecasts are scored, and the scores and calibration of them: the numbers behind
`tracker score` and `tracker report`.

The store hands over grouped forecasts (store.scored); the arithmetic is tracker.scoring's; this
module decides what is scored and states it, so that every output carries its conventions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.store import Store
from tracker.store.scored import GROUPINGS, MISSING, ScoreFilter
from tracker.store.dimensions import HORIZON_ORDER, horizon_band

SMALL_SAMPLE = 20
LATEST_BEFORE_RESOLUTION = "each forecaster's latest prediction made at or before the question's resolution"


@dataclass(frozen=True)
class Selection:
    """What to score: filters, a grouping, and which prediction counts."""

    by: str | None = None
    forecaster: str | None = None
    tag: str | None = None
    since: datetime | None = None
    as_of: timedelta | None = None
    bins: int = 10
    source: str | None = None
    phrase: str | None = None
    horizon: str | None = None

    @property
    def filters(self) -> ScoreFilter:
        return ScoreFilter(forecaster=self.forecaster, tag=self.tag, since=self.since, source=self.source,
                           phrase=self.phrase, horizon=self.horizon)

    def scored_prediction(self) -> str:
        if self.as_of is None:
            return LATEST_BEFORE_RESOLUTION
        days = self.as_of.days
        return (f"each forecaster's latest prediction made at least {days} day{'s' if days != 1 else ''} before the "
                "due date "
                "(and before the resolution)")


def conventions(selection: Selection) -> dict:
    """The conventions every score depends on, stated beside it."""
    from tracker.scoring import LOG_SCORE_EPSILON

    return {
        "scored_prediction": selection.scored_prediction(),
        "brier": "binary Brier score, mean of (p - outcome)^2, in [0, 1]; lower is better",
        "choice_brier": "multi-category Brier score for choice questions, sum over outcomes, in [0, 2]",
        "log_score": f"mean negative log-likelihood in nats, probabilities clipped to [{LOG_SCORE_EPSILON:g}, "
                     f"1 - {LOG_SCORE_EPSILON:g}]; lower is better",
        "brier_skill_score": "1 - Brier / (base rate x (1 - base rate)) of the same sample; higher is better",
        "murphy": f"Murphy decomposition over {selection.bins} equal-width bins with within-bin terms: "
                  "Brier = REL - RES + UNC + WBV - WBC",
        "corp": "CORP decomposition (Dimitriadis, Gneiting & Jordan 2021), isotonic recalibration with ties pooled: "
                "Brier = MCB - DSC + UNC",
        "calibration_interval": "Wilson score interval, 95%",
        "not_scored": "ambiguous and annulled questions score nothing; they are counted, not scored",
        **({"choice_as_of": "choice questions are not scored as of a span before the due date (binary only)"}
           if selection.as_of is not None else {}),
    }


#: The filters on a standing forecast's own columns, and the stored column each reads.
NARROWING = {"source": "source_document", "phrase": "phrase", "horizon": "horizon"}


def checked_filter(store: Store, name: str, value: str | None) -> str | None:
    """``value`` of the source, phrase or horizon filter, as stored; a value no scored-to-be forecast has is
    refused (naming the closest), since a typo would otherwise score nothing, silently."""
    from tracker.errors import InputError

    if value is None:
        return None
    value = value.strip()
    if name == "horizon":
        known = list(HORIZON_ORDER)
    else:
        from sqlalchemy import select

        from tracker.store.tables import ScoreCellRow, StandingForecastRow

        with store.read() as session:
            # The score cells' keys first (a small table): the values of the scored forecasts; only a value
            # not among them costs a pass over the standing forecasts (it may be on open questions alone).
            stored = set(session.scalars(select(ScoreCellRow.key).where(ScoreCellRow.dimension == name).distinct()))
            if value not in stored and not (value == MISSING[name] and "" in stored):
                stored |= set(session.scalars(select(getattr(StandingForecastRow, NARROWING[name])).distinct()))
        known = sorted(v for v in stored if v) + ([MISSING[name]] if None in stored or "" in stored else [])
    if value in known:
        return value
    import difflib

    near = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]}?" if near else (f"known: {', '.join(known[:10])}" + (", ..." if len(known) > 10
                                                                                       else "") if known
                                                     else "none stored yet")
    raise InputError(name, f"no forecast has the {name} {value!r} ({hint})")


def check_combination(selection: Selection) -> None:
    """Scores as of a horizon choose another prediction than the standing one, whose source, phrase and
    horizon columns the narrowing filters read: refused together rather than scored unfiltered."""
    from tracker.errors import InputError

    if selection.as_of is not None and selection.filters.narrowed:
        given = next(name for name in NARROWING if getattr(selection, name))
        raise InputError("as_of", f"scores as of a horizon do not take the {given} filter yet: give one or the other")


def _summary(values, events, counts, bins: int) -> dict:
    from tracker import scoring

    grouped = scoring.GroupedForecasts(values, events, counts)
    return scoring.summary_grouped(grouped, bins=bins)


def _choice_summary(rows: list) -> dict | None:
    if not rows:
        return None
    from tracker import scoring

    probabilities = [[p[o] for o in outcomes] for _, outcomes, p, _ in rows]
    observed = [outcomes.index(outcome) for _, outcomes, _, outcome in rows]
    # Questions may differ in their number of outcomes: score each size separately, then pool by count.
    by_size: dict[int, tuple[list, list]] = defaultdict(lambda: ([], []))
    for row, index in zip(probabilities, observed):
        by_size[len(row)][0].append(row)
        by_size[len(row)][1].append(index)
    n = len(rows)
    brier = sum(scoring.multi_brier_score(P, Y) * len(Y) for P, Y in by_size.values()) / n
    log = sum(scoring.multi_log_score(P, Y) * len(Y) for P, Y in by_size.values()) / n
    return {"n": n, "brier": brier, "log_score": log}


def grouped_forecasts(store: Store, selection: Selection) -> dict[tuple, tuple[list, list, list]]:
    """{group key: (distinct probabilities, events, counts)} of the scored binary forecasts."""
    if selection.by is not None and selection.by not in GROUPINGS:
        raise ValueError(f"cannot group by {selection.by!r} (one of {', '.join(GROUPINGS)})")
    if selection.as_of is not None:
        return _grouped_as_of(store, selection)
    from tracker.store.scored import grouped_binary

    with store.read() as session:
        return grouped_binary(session, selection.by, selection.filters)


def _grouped_as_of(store: Store, selection: Selection) -> dict[tuple, tuple[list, list, list]]:
    """The forecast standing a horizon before the due date, chosen in SQL (tracker.store.as_of)."""
    from tracker.store.as_of import grouped_as_of

    with store.read() as session:
        return grouped_as_of(session, selection.by, selection.filters, selection.as_of)


def _python_keys(by: str | None, row, forecaster: str, tags: list[str]) -> list[tuple]:
    if by is None:
        return [("all",)]
    if by == "forecaster":
        return [(forecaster,)]
    if by == "tag":
        from tracker.store.scored import UNTAGGED

        return [(tag,) for tag in tags] or [(UNTAGGED,)]
    if by == "month":
        return [(row.resolved_at.strftime("%Y-%m"),)]
    if by == "horizon":
        return [(horizon_band(row.made_at, row.due),)]
    if by == "source":
        return [(row.source_document or "(no source)",)]
    if by == "phrase":
        return [(row.phrase or "(no phrase)", row.scale or "")]
    raise ValueError(f"cannot group by {by!r} (one of {', '.join(GROUPINGS)})")


def score_table(store: Store, selection: Selection, groups: dict | None = None, counts: dict | None = None,
                choice: bool = True) -> dict:
    """Scores per group (or overall), with the counts of what was and was not scored. ``groups`` and
    ``counts``: the grouped forecasts and question counts, when the caller already has them;
    ``choice``: False leaves out the choice questions' scores (an empty list)."""
    from tracker.store.question_counts import question_counts
    from tracker.store.scored import choice_forecasts

    groups = grouped_forecasts(store, selection) if groups is None else groups
    with store.read() as session:
        counts = question_counts(session, selection.filters) if counts is None else counts
        choices = choice_forecasts(session, selection.by, selection.filters) \
            if choice and selection.as_of is None else []
    rows = []
    order = {label: i for i, label in enumerate(HORIZON_ORDER)}
    for key in sorted(groups, key=lambda k: (order.get(k[0], 0), *(str(part) for part in k))):
        summary = _summary(*groups[key], bins=selection.bins)
        rows.append({"group": key[0], **({"scale": key[1] or None} if selection.by == "phrase" else {}), **summary})
    choice_by_key: dict[tuple, list] = defaultdict(list)
    for row in choices:
        choice_by_key[row[0]].append(row)
    return {
        "by": selection.by,
        "conventions": conventions(selection),
        "questions": counts,
        "groups": rows,
        "choice": [{"group": key[0], **_choice_summary(rows_)} for key, rows_ in sorted(choice_by_key.items())],
        "small_sample": sum(r["n"] for r in rows) < SMALL_SAMPLE,
    }


def relative_briers(store: Store, selection: Selection) -> dict[str, float | None]:
    """Each forecaster's mean of (their Brier minus the median Brier of everyone on the same question),
    over questions with at least two scored forecasters (Fatebook's convention: the median includes
    them). The medians always include every forecaster on the question, whatever the filters. Under a
    source, phrase or horizon filter: none (that read does not apply them; an unfiltered figure would
    be wrong)."""
    from tracker.store.relative import relative_by_forecaster

    if selection.filters.narrowed:
        return {}
    with store.read() as session:
        return relative_by_forecaster(session, selection.filters)


def time_averaged_briers(store: Store, selection: Selection) -> dict[str, dict]:
    """Good Judgment time-averaged Brier per forecaster: the standing forecast carried forward day by day
    over each question's open period (creation to the earlier of resolution and the end of the due date,
    UTC), averaged over questions; each (question, forecaster) pair's value is stored as it changes
    (tracker.store.time_averaged), so this is one indexed aggregate.
    Under a source, phrase or horizon filter: none (the history read does not apply them)."""
    if selection.filters.narrowed:
        return {}
    from tracker.store.time_averaged import time_averaged

    with store.read() as session:
        return time_averaged(session, selection.filters)


