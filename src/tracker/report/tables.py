"""The report's content as sections of text and tables (strings only), shared by the Markdown and
HTML writers so that both say exactly the same thing.

Prose is tracker's own text, which may use **bold** and `code`; any text that came from a user (a tag,
a source, a forecaster's name) is wrapped by ``user()`` so that the writers escape it whole. Table
cells are always escaped whole.
"""

from __future__ import annotations

import re
from datetime import datetime

from tracker.report import readings
from tracker.report.changed import section as changed_section
from tracker.report.layout import Section, Table  # noqa: F401 (re-exported for the writers)
from tracker.report.text import plural, user

GROUP_TITLES = {"forecaster": "By forecaster", "tag": "By tag", "source": "By source", "horizon": "By horizon",
                "month": "By month of resolution"}


def number(value, digits: int = 4) -> str:
    """A score for people: fixed decimals, a dash when there is none (and no "-0.0000")."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def percent(value) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def interval(low, high) -> str:
    return "–" if low is None or high is None else f"{low * 100:.1f}–{high * 100:.1f}%"


def generated_line(data: dict) -> str:
    """When the report was made, to the minute, in the workspace's zone."""
    from tracker.dates import zone

    at = datetime.fromisoformat(data["generated_at"].replace("Z", "+00:00")).astimezone(zone(data["timezone"]))
    name = "" if at.tzname() == data["timezone"] else f" ({data['timezone']})"
    return f"Generated {at.day} {at:%B %Y, %H:%M} {at.tzname()}{name}."


def anchor(title: str) -> str:
    """The id GitHub gives a Markdown heading, used by both writers so that the contents links agree."""
    return re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")


def sections(data: dict) -> list[Section]:
    """Every section of the report, in order."""
    changed = changed_section(data)
    result = [_scope(data), _due(data), *([changed] if changed else []), _reading_guide(), _overall(data),
              _calibration(data), _phrases(data)]
    for by, title in GROUP_TITLES.items():
        result.append(_group_table(title, data["by"].get(by, []), with_relative=by == "forecaster"))
    result.append(_over_time(data))
    result.append(_misses(data))
    result.append(_figure(Section("Sharpness", ["How spread out the forecasts are: a forecaster who always says 50% "
                                                "is calibrated and useless."]),
                          ("sharpness.png", "Histogram of forecasts"), readings.sharpness(data), "No forecasts scored yet."))
    result.append(Section("Conventions", [f"**{key.replace('_', ' ')}**: {text}"
                                          for key, text in data["conventions"].items()]))
    return result


def _figure(section: Section, image: tuple[str, str], reading: str | None, nothing: str) -> Section:
    """A figure with its one-line reading, or, when there is nothing to draw, a sentence saying so
    instead of an empty picture."""
    if reading is None:
        section.notes.append(nothing)
    else:
        section.image, section.reading = image, reading
    return section


GLOSSARY = [
    ("Brier", "mean squared gap between the forecast and what happened (1 or 0): 0 is perfect, 0.25 is always "
              "saying 50%; lower is better"),
    ("log score", "mean surprise, −ln of the probability given to what happened; lower is better"),
    ("Brier skill (BSS)", "how much better than always forecasting the base rate: 1 is perfect, 0 no better, "
                          "below 0 worse"),
    ("AUC", "how often a question that happened got a higher forecast than one that did not: 0.5 is chance, "
            "1 perfect"),
    ("REL", "reliability: how far forecasts in each band were from how often they came true; lower is better"),
    ("RES", "resolution: how much the bands' outcomes differ from the base rate; higher is better"),
    ("UNC", "uncertainty: base rate × (1 − base rate), how hard the questions were; no forecaster changes it"),
    ("MCB", "miscalibration (CORP): the Brier that recalibrating the forecasts would remove; lower is better"),
    ("DSC", "discrimination (CORP): how well the forecasts tell what happens from what does not; higher is better"),
]


def _reading_guide() -> Section:
    return Section("How to read the scores", ["Every score column below, explained once."],
                   Table(["score", "what it says"], [list(row) for row in GLOSSARY]))


def _due(data: dict) -> Section:
    due = data.get("due") or {"questions": [], "more": 0, "window_days": 30}
    rows = [[q["due"], _when(q["days_left"]), q["question_id"], q["text"]] for q in due["questions"]]
    section = Section("Due soon and overdue",
                      [f"Open questions past their due date or due within {plural(due['window_days'], 'day')}: "
                       "resolve them with `tracker resolve --due`."],
                      Table(["due", "when", "question", "text"], rows,
                            empty="Nothing is overdue or due soon."))
    if due["more"]:
        section.notes.append(f"And {plural(due['more'], 'more question')} (`tracker due` lists them all).")
    return section


def _when(days_left: int) -> str:
    if days_left < 0:
        # As `tracker due` and the web's home page count it: the due instant is the midnight after the due
        # date, so a question due yesterday is "now due", not a day overdue.
        from tracker.remind.channels.base import overdue_words

        return overdue_words(-days_left - 1)
    return "due today" if days_left == 0 else f"in {plural(days_left, 'day')}"


def _scope(data: dict) -> Section:
    q = data["questions"]
    n = data["overall"].get("n", 0)
    section = Section("What was scored", [f"Scored prediction: {data['conventions']['scored_prediction']}."],
                      Table(["questions", "open", "resolved", "ambiguous", "annulled", "binary forecasts scored",
                             "choice forecasts scored"],
                            [[str(sum(q.values())), str(q["open"]), str(q["resolved"]), str(q["ambiguous"]),
                              str(q["annulled"]), str(n), str((data.get("choice") or {}).get("n", 0))]]))
    if not n:
        section.warning = "No resolved forecasts scored yet: the sections below fill in as questions resolve."
    elif data["small_sample"]:
        section.warning = (f"Only {plural(n, 'resolved forecast')} scored: too few to conclude "
                             "anything about calibration. The figures below describe these forecasts only.")
    filters = {k: v for k, v in data["filters"].items() if v is not None}
    if "since" in filters:  # the date the user typed, in their zone: the time of day is always midnight
        filters["since"] = filters["since"][:10]
    if filters:
        section.paragraphs.append("Filters: " + ", ".join(f"{k} = {user(v)}" for k, v in filters.items()) + ".")
    section.notes += [f"Could not use every stored row: {user(line)}." for line in data.get("skipped", [])]
    return section


def _overall(data: dict) -> Section:
    o = data["overall"]
    section = Section("Overall", table=Table(
        ["n", "Brier", "log score", "Brier skill", "AUC", "base rate", "mean forecast", "Spiegelhalter z (p)"],
        [[str(o.get("n", 0)), number(o.get("brier")), number(o.get("log_score")), number(o.get("brier_skill_score")),
          number(o.get("auc")), percent(o.get("base_rate")), percent(o.get("mean_forecast")),
          f"{number(o.get('spiegelhalter_z'), 3)} ({number(o.get('spiegelhalter_p'), 3)})"]]))
    _figure(section, ("reliability.png", "Reliability diagram with 95% Wilson intervals and counts per bin"),
            readings.reliability(data), "No resolved binary forecasts yet, so no reliability diagram.")
    murphy, corp = o.get("murphy") or {}, data.get("corp") or {}
    if murphy:
        section.paragraphs.append(
            f"Murphy decomposition: REL {number(murphy.get('rel'))} − RES {number(murphy.get('res'))} + UNC "
            f"{number(murphy.get('unc'))} + WBV {number(murphy.get('wbv'))} − WBC {number(murphy.get('wbc'))} = "
            f"Brier {number(o.get('brier'))}.")
    if corp:
        section.paragraphs.append(
            f"CORP decomposition: MCB {number(corp.get('mcb'))} − DSC {number(corp.get('dsc'))} + UNC "
            f"{number(corp.get('unc'))} = Brier {number(o.get('brier'))} (miscalibration, discrimination, uncertainty).")
    if data.get("choice"):
        c = data["choice"]
        section.paragraphs.append(f"Choice questions: {plural(c['n'], 'forecast')}, multi-category Brier "
                                  f"{number(c['brier'])} (range 0–2), log score {number(c['log_score'])}.")
    return section


def _calibration(data: dict) -> Section:
    rows = [[f"{r['lower'] * 100:.0f}–{r['upper'] * 100:.0f}%", str(r["count"]), str(r["events"]),
             percent(r["mean_forecast"]), percent(r["observed_frequency"]), interval(r["wilson_low"], r["wilson_high"])]
            for r in data["calibration"] if r["count"]]
    return _figure(Section("Calibration", ["Of everything forecast in each band, how much happened."],
                           Table(["forecast", "n", "came true", "mean forecast", "observed", "95% interval"], rows)),
                   ("corp.png", "CORP reliability diagram"), readings.corp(data), "Nothing resolved to draw yet.")


def _phrases(data: dict) -> Section:
    rows = [[p["phrase"], p["scale"] or "–", interval(*p["band"]) if p["band"] else "–", str(p["count"]),
             str(p["events"]), percent(p["observed_frequency"]), interval(p["wilson_low"], p["wilson_high"]),
             p["verdict"]] for p in data["phrases"]]
    return _figure(Section("Estimative phrases", ["Did each phrase come true as often as its scale's band promises?"],
                           Table(["phrase", "scale", "band", "n", "came true", "observed", "95% interval", "verdict"],
                                 rows, empty="No resolved forecast used an estimative phrase yet.")),
                   ("phrases.png", "Observed frequency of each estimative phrase against its band"),
                   readings.phrases(data), "Nothing to draw yet.")


def _group_table(title: str, rows: list[dict], with_relative: bool) -> Section:
    headers = ["group", "n", "Brier", "log score", "Brier skill", "REL", "RES", "MCB", "DSC"]
    if with_relative:
        headers += ["relative Brier", "time-averaged Brier"]
    body = []
    for r in rows:
        murphy, corp = r.get("murphy") or {}, r.get("corp") or {}
        # A phrase is grouped per scale ("unlikely" on two scales is two rows): the scale tells them apart.
        group = f"{r['group']} ({r['scale']})" if r.get("scale") else str(r["group"])
        line = [group, str(r["n"]), number(r.get("brier")), number(r.get("log_score")),
                number(r.get("brier_skill_score")), number(murphy.get("rel")), number(murphy.get("res")),
                number(corp.get("mcb")), number(corp.get("dsc"))]
        if with_relative:
            line += [number(r.get("relative_brier")), number(r.get("time_averaged_brier"))]
        body.append(line)
    section = Section(title, table=Table(headers, body))
    small = [str(r["group"]) for r in rows if r["n"] < 20]
    if small:
        section.notes.append(f"Too few forecasts (under 20) to judge calibration in: {', '.join(map(user, small))}.")
    if with_relative and not all(r.get("time_averaged_brier") is not None for r in rows):
        section.notes.append("Time-averaged Brier: " + "shown where computed; see scores.json `time_averaged`.")
    if with_relative:
        section.notes.append("Relative Brier: the forecaster's Brier minus the median Brier of everyone on the same "
                             "question, averaged over questions (negative is better than the crowd).")
    return section


def _over_time(data: dict) -> Section:
    rows = [[r["period"], str(r["n"]), number(r["brier"])] for r in data["over_time"]]
    return _figure(Section("Scores over time", [], Table(["month resolved", "n", "Brier"], rows)),
                   ("over_time.png", "Brier score by month of resolution"), readings.over_time(data),
                   "Nothing to draw yet.")


def _misses(data: dict) -> Section:
    rows = [[m["question_id"], m["text"], m["forecaster"], percent(m["probability"]), m["outcome"], number(m["brier"])]
            for m in data.get("largest_misses", [])]
    return Section("Largest misses", ["The scored forecasts furthest from what happened: worth a second look."],
                   Table(["question", "text", "forecaster", "forecast (yes)", "outcome", "Brier"], rows))
