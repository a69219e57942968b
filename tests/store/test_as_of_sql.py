"""Issue 15: scores as of a horizon before the due date come from SQL (tracker.store.as_of), and agree with
the definition: a hand-computed case, and the Python walk over the whole history on a random store."""

import random
from datetime import datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.domain import current_resolution
from tracker.store.as_of import grouped_as_of
from tracker.store.scored import ScoreFilter
from tracker.store.dimensions import GROUPINGS, horizon_band

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def sql(store, by=None, filters=ScoreFilter(), days=30):
    with store.read() as session:
        return grouped_as_of(session, by, filters, timedelta(days=days))


def test_the_prediction_standing_thirty_days_before_the_due_date(store):
    # Due 2026-03-01 (its end: Mar 2 00:00 UTC); 30 days before: Jan 31 00:00. ana said 0.2 on Jan 1 and
    # 0.9 on Feb 20 (too late): 0.2 counts. bo said 0.7 exactly at Jan 31 00:00: it counts.
    api.log_forecast(store, text="Will A?", criteria="c", due="2026-03-01", forecaster="ana", probability=0.2,
                     question_id="a", now=T0)
    api.update_forecast(store, "a", forecaster="bo", probability=0.7, now=datetime(2026, 1, 31, tzinfo=timezone.utc))
    api.update_forecast(store, "a", forecaster="ana", probability=0.9, now=datetime(2026, 2, 20, tzinfo=timezone.utc))
    api.resolve_question(store, "a", "yes", resolver="ana", now=datetime(2026, 3, 5, tzinfo=timezone.utc))
    assert normalised(sql(store)) == {("all",): [(0.2, 1, 1), (0.7, 1, 1)]}
    assert sql(store, "forecaster") == {("ana",): ([0.2], [1], [1]), ("bo",): ([0.7], [1], [1])}


def walk(histories, by, filters, days) -> dict:
    """The definition, record by record: each forecaster's last prediction made at or before the earlier
    of the resolution and the due date's end (UTC) minus ``days``."""
    cells: dict = {}
    for history in histories:
        question, resolution = history.question, current_resolution(history.resolutions)
        if resolution is None or resolution.outcome not in ("yes", "no"):
            continue
        if filters.tag and filters.tag not in question.tags:
            continue
        due_end = datetime.combine(question.due + timedelta(days=1), datetime.min.time(), tzinfo=timezone.utc)
        cutoff = min(resolution.resolved_at, due_end - timedelta(days=days))
        chosen = {}
        for p in history.predictions:  # oldest first
            if p.made_at <= cutoff and (not filters.forecaster or p.forecaster == filters.forecaster):
                chosen[p.forecaster] = p
        for forecaster, p in chosen.items():
            keys = {None: [("all",)], "forecaster": [(forecaster,)],
                    "month": [(resolution.resolved_at.strftime("%Y-%m"),)],
                    "source": [(question.source.document if question.source and question.source.document
                                else "(no source)",)],
                    "phrase": [(p.phrase or "(no phrase)", p.scale or "")],
                    "horizon": [(horizon_band(p.made_at, question.due),)],
                    "tag": [(t,) for t in question.tags] or [("(untagged)",)]}[by]
            for key in keys:
                cell = cells.setdefault(key, {}).setdefault(p.probability, [0, 0])
                cell[0] += resolution.outcome == "yes"
                cell[1] += 1
    return {key: sorted((p, e, n) for p, (e, n) in by_p.items()) for key, by_p in cells.items()}


def normalised(groups: dict) -> dict:
    return {key: sorted(zip(*value)) for key, value in groups.items()}


def test_every_grouping_agrees_with_the_walk_over_the_history(store, tmp_path):
    rng = random.Random(30)
    lines = ["questions:"]
    for i in range(40):
        created = T0 + timedelta(days=rng.randrange(0, 60), hours=rng.randrange(24))
        due = (created + timedelta(days=rng.randrange(1, 90))).date()
        lines += [f"  - id: q{i}", "    text: t", "    criteria: c", f"    due: {due.isoformat()}",
                  f"    created_at: {created.isoformat()}",
                  f"    tags: {rng.sample(['a', 'b', 'c'], rng.randrange(0, 3))}"]
        if rng.random() < 0.5:
            lines.append(f"    source: {{document: Doc {i % 3}}}")
        lines.append("    predictions:")
        for forecaster in rng.sample(["ana", "bo", "chen"], rng.randrange(1, 4)):
            for moment in sorted({created + timedelta(days=rng.randrange(0, 100)) for _ in range(rng.randrange(1, 4))}):
                phrase = rng.choice([None, "likely", "unlikely"])
                extra = f", phrase: {phrase}, scale: lt-nta" if phrase else ""
                lines.append(f"      - {{forecaster: {forecaster}, made_at: {moment.isoformat()}, "
                             f"probability: {rng.choice([0.1, 0.3, 0.6, 0.9])}{extra}}}")
    lines.append("resolutions:")
    for i in range(40):
        lines.append(f"  - {{question_id: q{i}, outcome: {rng.choice(['yes', 'no'])}, "
                     f"resolved_at: {(T0 + timedelta(days=200)).isoformat()}, resolver: ana}}")
    path = tmp_path / "f.yaml"
    path.write_text("\n".join(lines) + "\n")
    api.apply_paths(store, [path], now=T0 + timedelta(days=210))
    histories = [api.question_history(store, f"q{i}") for i in range(40)]
    for by in (None, *GROUPINGS):
        for filters in (ScoreFilter(), ScoreFilter(tag="a"), ScoreFilter(forecaster="bo")):
            for days in (0, 10, 45):
                assert normalised(sql(store, by, filters, days)) == walk(histories, by, filters, days), \
                    (by, filters, days)
