"""The report's content as sections of text and tables (strings only), shared by the Markdown and
HTML writers so that both say exactly the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field

GROUP_TITLES = {"forecaster": "By forecaster", "tag": "By tag", "source": "By source", "horizon": "By horizon",
                "month": "By month of resolution"}


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: Table | None = None
    image: tuple[str, str] | None = None  # (file name, alt text)
    warning: str | None = None  # said first and loudly (a sample too small to judge)
    notes: list[str] = field(default_factory=list)  # said after the table


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


def sections(data: dict) -> list[Section]:
    """Every section of the report, in order."""
    result = [_scope(data), _overall(data), _calibration(data), _phrases(data)]
    for by, title in GROUP_TITLES.items():
        result.append(_group_table(title, data["by"].get(by, []), with_relative=by == "forecaster"))
    result.append(_over_time(data))
    result.append(_misses(data))
    result.append(Section("Sharpness", ["How spread out the forecasts are: a forecaster who always says 50% "
                                        "is calibrated and useless."], image=("sharpness.png", "Histogram of forecasts")))
    result.append(Section("Conventions", [f"**{key.replace('_', ' ')}**: {text}"
                                          for key, text in data["conventions"].items()]))
    return result


def _scope(data: dict) -> Section:
    q = data["questions"]
    n = data["overall"].get("n", 0)
    section = Section("What was scored", [f"Scored prediction: {data['conventions']['scored_prediction']}."],
                      Table(["questions", "open", "resolved", "ambiguous", "annulled", "binary forecasts scored",
                             "choice forecasts scored"],
                            [[str(sum(q.values())), str(q["open"]), str(q["resolved"]), str(q["ambiguous"]),
                              str(q["annulled"]), str(n), str((data.get("choice") or {}).get("n", 0))]]))
    if data["small_sample"]:
        section.warning = (f"Only {n} resolved forecast{'s' if n != 1 else ''} scored: too few to conclude "
                             "anything about calibration. The figures below describe these forecasts only.")
    filters = {k: v for k, v in data["filters"].items() if v is not None}
    if filters:
        section.paragraphs.append("Filters: " + ", ".join(f"{k} = {v}" for k, v in filters.items()) + ".")
    return section


def _overall(data: dict) -> Section:
    o = data["overall"]
    section = Section("Overall", table=Table(
        ["n", "Brier", "log score", "Brier skill", "AUC", "base rate", "mean forecast", "Spiegelhalter z (p)"],
        [[str(o.get("n", 0)), number(o.get("brier")), number(o.get("log_score")), number(o.get("brier_skill_score")),
          number(o.get("auc")), percent(o.get("base_rate")), percent(o.get("mean_forecast")),
          f"{number(o.get('spiegelhalter_z'), 3)} ({number(o.get('spiegelhalter_p'), 3)})"]]),
        image=("reliability.png", "Reliability diagram with 95% Wilson intervals and counts per bin"))
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
        section.paragraphs.append(f"Choice questions: {c['n']} forecast{'s' if c['n'] != 1 else ''}, multi-category Brier "
                                  f"{number(c['brier'])} (range 0–2), log score {number(c['log_score'])}.")
    return section


def _calibration(data: dict) -> Section:
    rows = [[f"{r['lower'] * 100:.0f}–{r['upper'] * 100:.0f}%", str(r["count"]), str(r["events"]),
             percent(r["mean_forecast"]), percent(r["observed_frequency"]), interval(r["wilson_low"], r["wilson_high"])]
            for r in data["calibration"] if r["count"]]
    return Section("Calibration", ["Of everything forecast in each band, how much happened."],
                   Table(["forecast", "n", "came true", "mean forecast", "observed", "95% interval"], rows),
                   image=("corp.png", "CORP reliability diagram"))


def _phrases(data: dict) -> Section:
    rows = [[p["phrase"], p["scale"] or "–", interval(*p["band"]) if p["band"] else "–", str(p["count"]),
             str(p["events"]), percent(p["observed_frequency"]), interval(p["wilson_low"], p["wilson_high"]),
             p["verdict"]] for p in data["phrases"]]
    return Section("Estimative phrases", ["Did each phrase come true as often as its scale's band promises?"],
                   Table(["phrase", "scale", "band", "n", "came true", "observed", "95% interval", "verdict"], rows),
                   image=("phrases.png", "Observed frequency of each estimative phrase against its band"))


def _group_table(title: str, rows: list[dict], with_relative: bool) -> Section:
    headers = ["group", "n", "Brier", "log score", "Brier skill", "REL", "RES", "MCB", "DSC"]
    if with_relative:
        headers += ["relative Brier", "time-averaged Brier"]
    body = []
    for r in rows:
        murphy, corp = r.get("murphy") or {}, r.get("corp") or {}
        line = [str(r["group"]), str(r["n"]), number(r.get("brier")), number(r.get("log_score")),
                number(r.get("brier_skill_score")), number(murphy.get("rel")), number(murphy.get("res")),
                number(corp.get("mcb")), number(corp.get("dsc"))]
        if with_relative:
            line += [number(r.get("relative_brier")), number(r.get("time_averaged_brier"))]
        body.append(line)
    section = Section(title, table=Table(headers, body))
    small = [str(r["group"]) for r in rows if r["n"] < 20]
    if small:
        section.notes.append(f"Too few forecasts (under 20) to judge calibration in: {', '.join(small)}.")
    if with_relative and not all(r.get("time_averaged_brier") is not None for r in rows):
        section.notes.append("Time-averaged Brier: " + "shown where computed; see scores.json `time_averaged`.")
    if with_relative:
        section.notes.append("Relative Brier: the forecaster's Brier minus the median Brier of everyone on the same "
                             "question, averaged over questions (negative is better than the crowd).")
    return section


def _over_time(data: dict) -> Section:
    rows = [[r["period"], str(r["n"]), number(r["brier"])] for r in data["over_time"]]
    return Section("Scores over time", [], Table(["month resolved", "n", "Brier"], rows),
                   image=("over_time.png", "Brier score by month of resolution"))


def _misses(data: dict) -> Section:
    rows = [[m["question_id"], m["text"], m["forecaster"], percent(m["probability"]), m["outcome"], number(m["brier"])]
            for m in data.get("largest_misses", [])]
    return Section("Largest misses", ["The scored forecasts furthest from what happened: worth a second look."],
                   Table(["question", "text", "forecaster", "forecast (yes)", "outcome", "Brier"], rows))
