"""One plain-language sentence per figure, computed from the report's data: what a reader should take
from the picture without knowing how to read a reliability diagram."""

from __future__ import annotations

from tracker.report.text import plural, user


def _pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def reliability(data: dict) -> str | None:
    """The bin that says most about calibration: the largest gap between what was said and what
    happened, weighted by how many forecasts it holds (its share of the reliability term)."""
    bins = [b for b in data["calibration"] if b["count"] and b["mean_forecast"] is not None]
    if not bins:
        return None
    worst = max(bins, key=lambda b: (b["count"] * (b["observed_frequency"] - b["mean_forecast"]) ** 2, b["count"]))
    said, happened, n = worst["mean_forecast"], worst["observed_frequency"], worst["count"]
    if abs(happened - said) < 0.05:
        return (f"Where you said ~{_pct(said)} most often, it happened {_pct(happened)} of the time (n={n}): "
                "close to what you said.")
    direction = "more" if happened > said else "less"
    return (f"Most telling bin: you said ~{_pct(said)}; it happened {_pct(happened)} of the time, n={n} "
            f"({direction} often than you said).")


def corp(data: dict) -> str | None:
    brier, decomposition = data["overall"].get("brier"), data.get("corp")
    if brier is None or not decomposition:
        return None
    recalibrated = brier - decomposition["mcb"]
    share = decomposition["mcb"] / brier if brier else 0.0
    return (f"Recalibrated (each forecast replaced by how often forecasts like it came true), these forecasts "
            f"would score Brier {recalibrated:.3f} instead of {brier:.3f}: miscalibration is {_pct(share)} "
            "of the score.")


def phrases(data: dict) -> str | None:
    """The phrase furthest outside the band its scale promises (weighted by its count)."""
    rows = [p for p in data["phrases"] if p["band"] and p["count"] and p["observed_frequency"] is not None]
    if not rows:
        return None

    def outside(p) -> float:
        low, high = p["band"]
        observed = p["observed_frequency"]
        return max(low - observed, observed - high, 0.0) * p["count"]

    worst = max(rows, key=lambda p: (outside(p), p["count"]))
    low, high = worst["band"]
    said = f"“{user(worst['phrase'])}” ({user(worst['scale'])}: {_pct(low)}–{_pct(high)})"
    came = f"came true {_pct(worst['observed_frequency'])} of the time ({worst['events']} of {worst['count']})"
    if outside(worst) == 0:
        return f"Every phrase came true within its band; the most used, {said}, {came}."
    return f"Furthest from its promise: {said} {came}."


def over_time(data: dict) -> str | None:
    months = [m for m in data["over_time"] if m["brier"] is not None]
    if not months:
        return None
    if len(months) == 1:
        m = months[0]
        return f"Only one month resolved so far: {user(m['period'])}, Brier {m['brier']:.3f} ({plural(m['n'], 'forecast')})."
    best = min(months, key=lambda m: (m["brier"], m["period"]))
    worst = max(months, key=lambda m: (m["brier"], m["period"]))
    return (f"Best month {user(best['period'])} (Brier {best['brier']:.3f}, {plural(best['n'], 'forecast')}); worst "
            f"{user(worst['period'])} (Brier {worst['brier']:.3f}, {plural(worst['n'], 'forecast')}).")


def sharpness(data: dict) -> str | None:
    total = sum(b["count"] for b in data["sharpness"])
    if not total:
        return None
    confident = sum(b["count"] for b in data["sharpness"] if b["upper"] <= 0.1 + 1e-9 or b["lower"] >= 0.9 - 1e-9)
    hedged = sum(b["count"] for b in data["sharpness"] if b["lower"] >= 0.4 - 1e-9 and b["upper"] <= 0.6 + 1e-9)
    return (f"{_pct(confident / total)} of the {plural(total, 'forecast')} said below 10% or at least 90%; "
            f"{_pct(hedged / total)} stayed between 40% and 60%.")
