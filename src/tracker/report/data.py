"""Everything the report shows, as one plain dict (written as scores.json; the HTML and Markdown
render it and compute nothing). Shape documented in docs/scores-json.md."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from tracker.evaluation import SMALL_SAMPLE, Selection, conventions, grouped_forecasts, score_table
from tracker.scales import load_scales
from tracker.store import Store

SCHEMA_VERSION = 1
REPORT_GROUPINGS = ("forecaster", "phrase", "tag", "source", "horizon", "month")


def _none_if_nan(value):
    return None if value is None or value != value else float(value)


def report_data(store: Store, selection: Selection, *, generated_at: datetime, workspace=None,
                include_time_averaged: bool | None = None, timezone_name: str = "UTC") -> dict:
    """Scores, calibration, decompositions and breakdowns of the resolved forecasts in ``store``, and the
    open questions due soon or overdue (dates in ``timezone_name``)."""
    _, complete = report_data_deferred(store, selection, generated_at=generated_at, workspace=workspace,
                                       include_time_averaged=include_time_averaged, timezone_name=timezone_name)
    return complete()


def report_data_deferred(store: Store, selection: Selection, *, generated_at: datetime, workspace=None,
                         include_time_averaged: bool | None = None, timezone_name: str = "UTC",
                         ) -> tuple[dict, Callable[[], dict]]:
    """(the report's data but for the relative and time-averaged Brier, a function that adds them and
    returns the data). Those two are read beside the rest (a thread, started first, on a connection of its
    own) so that the report's other reads and the drawing of its figures, which do not use them, go on
    meanwhile."""
    from tracker import scoring
    from tracker.dates import zone
    from tracker.report.changed import changed_after
    from tracker.report.due import due_soon, unusable_due_dates

    tz = zone(timezone_name)
    include_time_averaged = include_time_averaged is not False
    scores_later = _pair_scores_beside(store, selection, include_time_averaged)
    counts_later = _beside(store, lambda: _question_counts(store, selection))
    unusable = unusable_due_dates(store, tz)

    overall_selection = Selection(**{**selection.__dict__, "by": None})
    every, misses = _grouped_once_if_filtered(store, selection) or (None, None)
    groups = every[None] if every else grouped_forecasts(store, overall_selection)
    overall_table = score_table(store, overall_selection, groups, counts=counts_later())
    values, events, counts = groups.get(("all",), ([], [], []))
    grouped = scoring.GroupedForecasts(values, events, counts)
    overall = overall_table["groups"][0] if overall_table["groups"] else {"n": 0}
    data = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at.isoformat().replace("+00:00", "Z"),
        "timezone": timezone_name,
        "conventions": conventions(selection),
        "filters": {"forecaster": selection.forecaster, "tag": selection.tag,
                    "since": selection.since.isoformat() if selection.since else None,
                    "as_of_days": selection.as_of.days if selection.as_of else None,
                    "source": selection.source, "phrase": selection.phrase, "horizon": selection.horizon},
        "questions": overall_table["questions"],
        "overall": overall,
        "choice": overall_table["choice"][0] if overall_table["choice"] else None,
        "small_sample": overall.get("n", 0) < SMALL_SAMPLE,
        "calibration": _calibration(grouped, selection.bins) if grouped.n else [],
        "corp": _corp(grouped) if grouped.n else None,
        "sharpness": [{"lower": lo, "upper": hi, "count": int(n)}
                      for lo, hi, n in scoring.sharpness_histogram_grouped(grouped, n_bins=selection.bins)]
        if grouped.n else [],
        "by": {},
    }
    data["by"] = _by_grouping(store, selection, every, overall_table["questions"])
    # Whatever the history's size (None: included). A question whose due date has no due instant is left
    # out of it and named below.
    data["time_averaged"] = "included" if include_time_averaged else "omitted (--no-time-averaged)"
    for row in data["by"]["forecaster"]:
        row["relative_brier"] = row["time_averaged_brier"] = None  # set by complete(), in this place among the keys
    data["phrases"] = _phrases(data["by"]["phrase"], load_scales(workspace))
    data["largest_misses"] = [] if selection.as_of is not None else \
        _largest_misses(store, selection, (values, events, counts), misses)
    data["over_time"] = [{"period": r["group"], "n": r["n"], "brier": r["brier"]} for r in data["by"]["month"]]
    data["due"], unreadable = due_soon(store, selection.filters, tz, generated_at)
    data["changed_after_forecast"] = changed_after(store, selection.filters)
    data["skipped"] = out_of_range_lines(unusable, include_time_averaged) + unreadable

    def complete() -> dict:
        relative, averaged = scores_later()
        for row in data["by"]["forecaster"]:
            row["relative_brier"] = relative.get(row["group"])
            row["time_averaged_brier"] = averaged.get(row["group"], {}).get("time_averaged_brier")
        return data

    return data, complete


def _grouped_once_if_filtered(store: Store, selection: Selection) -> tuple[dict, list] | None:
    """(every grouping, the largest misses) from one read of the filtered forecasts
    (tracker.report.groupings), or None where each grouping is better read on its own: unfiltered (the
    score cells hold every grouping) and as of a horizon (tracker.store.as_of chooses other predictions)."""
    from tracker.store.scored import ScoreFilter

    if selection.as_of is not None or selection.filters == ScoreFilter():
        return None
    from tracker.report.groupings import grouped_once

    return grouped_once(store, selection)


def _by_grouping(store: Store, selection: Selection, every: dict | None, counts: dict) -> dict[str, list]:
    """The score table of each of REPORT_GROUPINGS. On PostgreSQL they are read three at a time, each on a
    connection of its own: the server does the work there, and read one after the other the client mostly
    waited (a third of `tracker report` on 1,000,000 predictions). SQLite's reads run in this process,
    so there they are read in turn."""
    def table(by: str) -> list:
        return score_table(store, Selection(**{**selection.__dict__, "by": by}), every[by] if every else None,
                           counts=counts, choice=False)["groups"]

    if store.dialect != "postgresql":
        return {by: table(by) for by in REPORT_GROUPINGS}
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="tracker-report") as pool:
        return dict(zip(REPORT_GROUPINGS, pool.map(table, REPORT_GROUPINGS)))


def out_of_range_lines(unusable: list[tuple[str, str]], time_averaged: bool) -> list[str]:
    """One line per question whose due date has no due instant, as the report and `tracker score
    --time-averaged` both say it."""
    left_out = "; left out of the time-averaged Brier" if time_averaged else ""
    return [f"question {qid}: due date {due} is out of range{left_out}" for qid, due in unusable]


def _pair_scores_beside(store: Store, selection: Selection, time_averaged: bool):
    """A function returning (relative Brier, time-averaged Brier) per forecaster, read meanwhile (_beside):
    each is an aggregate over an index of the standing forecasts."""
    from tracker.evaluation import relative_briers

    return _beside(store, lambda: (relative_briers(store, selection) if selection.as_of is None else {},
                                   _time_averaged(store, selection) if time_averaged else {}))


def _question_counts(store: Store, selection: Selection) -> dict:
    from tracker.store.question_counts import question_counts

    with store.read() as session:
        return question_counts(session, selection.filters)


def _beside(store: Store, read: Callable):
    """A function returning what ``read`` returns, read meanwhile by a thread on a connection of its own
    (SQLite and psycopg release the GIL while the database works), so that the report's other reads go
    on. The report's workers are forked before it starts and never after on Linux
    (tracker.report.rendering), so no process is forked while it runs. A database in memory has no second
    connection: read on call."""
    if store.engine.url.database in (None, "", ":memory:") and store.dialect == "sqlite":
        return read
    import threading

    found: dict = {}

    def run() -> None:
        try:
            found["value"] = read()
        except BaseException as exc:  # noqa: BLE001 - raised in the report's own thread below
            found["error"] = exc

    thread = threading.Thread(target=run, name="tracker-report-beside", daemon=True)
    thread.start()

    def result():
        thread.join()
        if "error" in found:
            raise found["error"]
        return found["value"]

    return result


def _time_averaged(store: Store, selection: Selection) -> dict[str, dict]:
    from tracker.store.time_averaged import time_averaged

    if selection.filters.narrowed:  # the history read cannot narrow by source, phrase or horizon yet
        return {}
    with store.read() as session:
        return time_averaged(session, selection.filters)


def _largest_misses(store: Store, selection: Selection, grouped: tuple, found: list | None = None) -> list[dict]:
    """``found``: the misses the filtered report's one read already ranked (tracker.report.groupings)."""
    from tracker.store.scored_lists import largest_misses

    if found is None:
        with store.read() as session:
            found = largest_misses(session, selection.filters, grouped=grouped)
    return [{"question_id": r.question_id, "text": r.text, "forecaster": r.forecaster,
             "probability": r.probability, "outcome": r.outcome, "brier": float(r.squared_error)}
            for r in found]


def _calibration(grouped, bins: int) -> list[dict]:
    from tracker import scoring

    return [{"lower": float(r.lower), "upper": float(r.upper), "count": int(r.count), "events": int(r.events),
             "mean_forecast": _none_if_nan(r.mean_forecast), "observed_frequency": _none_if_nan(r.observed_frequency),
             "wilson_low": _none_if_nan(r.wilson_low), "wilson_high": _none_if_nan(r.wilson_high)}
            for r in scoring.calibration_table_grouped(grouped, bins="uniform", n_bins=bins)]


def _corp(grouped) -> dict:
    from tracker import scoring

    corp = scoring.corp_decomposition_grouped(grouped)
    return {"mcb": float(corp.mcb), "dsc": float(corp.dsc), "unc": float(corp.unc),
            "curve": [{"value": float(v), "recalibrated": float(r), "count": int(n)}
                      for v, r, n in zip(corp.values, corp.recalibrated, corp.counts)]}


def _phrases(rows: list[dict], scales: dict) -> list[dict]:
    """Each estimative phrase: how often it came true against the band its scale promises."""
    from tracker.scoring import wilson_interval

    phrases = []
    for row in rows:
        if row["group"] == "(no phrase)":
            continue
        scale = scales.get(row.get("scale") or "")
        entry = scale.lookup(row["group"]) if scale else None
        low, high = wilson_interval(row["events"], row["n"])
        observed = row["events"] / row["n"] if row["n"] else None
        band = list(entry.band) if entry else None
        phrases.append({"phrase": row["group"], "scale": row.get("scale"), "band": band,
                        "scored_probability": entry.probability if entry else None, "count": row["n"],
                        "events": row["events"], "observed_frequency": observed,
                        "wilson_low": _none_if_nan(low), "wilson_high": _none_if_nan(high),
                        "mean_forecast": row["mean_forecast"], "verdict": _verdict(band, low, high, row["n"])})
    return sorted(phrases, key=lambda p: (sum(p["band"]) / 2 if p["band"] else 2, p["phrase"]))


def _verdict(band, low, high, n) -> str:
    if band is None:
        return "no band: the phrase is not in its scale"
    if n < 5:
        return f"too few to judge (n = {n})"
    if low > band[1]:
        return "came true more often than the band allows"
    if high < band[0]:
        return "came true less often than the band allows"
    return "consistent with the band"
