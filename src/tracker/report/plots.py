"""PNG figures for the calibration report, drawn from the report's ``scores`` dict.

:func:`write_plots` writes five images (reliability, CORP, phrases, over time,
sharpness). Every image is always written, even when there is nothing to plot,
so the report never links to a missing file.

matplotlib is imported inside the functions: this module is importable by code
that must stay light (no matplotlib or numpy at import time). Drawing uses the
object-oriented API (``Figure`` + ``FigureCanvasAgg``) rather than pyplot, so no
global figure state or GUI backend is involved. Output is deterministic: fixed
sizes, dpi, font and style, and no version/date metadata in the PNG.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

DPI = 110
MIN_N_CALIBRATION = 20  # below this a reliability diagram is mostly noise

# Okabe-Ito palette: distinguishable under the common colour-vision deficiencies.
BLACK, ORANGE, SKY, GREEN, BLUE, VERMILLION, PURPLE = (
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7")
GREY = "#777777"

# Applied on top of matplotlib's defaults so a user's matplotlibrc or style
# cannot change the images (and their bytes).
_RC = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "figure.titlesize": 12,
    "text.usetex": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    # A little more breathing room than the default at the figure's edges.
    "figure.constrained_layout.w_pad": 0.1,
    "figure.constrained_layout.h_pad": 0.1,
}

TITLES = {
    "reliability": "Reliability diagram",
    "corp": "CORP reliability diagram",
    "phrases": "Estimative phrases",
    "over_time": "Brier score over time",
    "sharpness": "Sharpness",
}
EMPTY_MESSAGES = {
    "reliability": "No resolved binary forecasts yet",
    "corp": "No resolved binary forecasts yet",
    "phrases": "No resolved forecasts with an estimative phrase yet",
    "over_time": "No resolved forecasts yet",
    "sharpness": "No forecasts yet",
}


#: The figures, in the order the report shows them.
NAMES = ("reliability", "corp", "phrases", "over_time", "sharpness")


def write_plots(scores: dict, directory: Path) -> dict[str, Path]:
    """Write the report's figures into *directory* and return ``{file name: path}``.

    Keys are the file names, as for the report's other files: ``reliability.png``,
    ``corp.png``, ``phrases.png``, ``over_time.png`` and ``sharpness.png``.
    Missing or empty keys in *scores* give a small placeholder image saying
    there is nothing to show yet. (tracker.report.rendering draws them in
    worker processes instead, with the same bytes.)
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    return {f"{name}.png": draw_plot(name, scores, directory) for name in NAMES}


def draw_plot(name: str, scores: dict, directory: Path) -> Path:
    """Draw one figure (one of NAMES) into ``directory/name.png``."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    drawers = {"reliability": _reliability, "corp": _corp, "phrases": _phrases, "over_time": _over_time,
               "sharpness": _sharpness}
    # rc_context restores the caller's rcParams afterwards; rcdefaults inside it
    # gives every figure the same starting style (rcParams are process-global, so
    # do not draw reports from several threads at once).
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(_RC)
        fig = drawers[name](Figure, scores or {})
        if fig is None:
            fig = _placeholder(Figure, name)
        FigureCanvasAgg(fig)
        path = Path(directory) / f"{name}.png"
        # Software=None drops the "matplotlib version X" tag, so bytes are stable.
        fig.savefig(path, dpi=DPI, format="png", metadata={"Software": None})
    return path


def _num(x) -> float | None:
    """*x* as a finite float, or None (scores use None for 'not defined')."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return float(x) if math.isfinite(x) else None


def _count(x) -> int:
    v = _num(x)
    return int(v) if v is not None and v > 0 else 0


def _placeholder(Figure, name: str):
    fig = Figure(figsize=(6, 1.6))
    fig.text(0.5, 0.62, TITLES[name], ha="center", va="center",
             fontsize=12, weight="bold")
    fig.text(0.5, 0.35, EMPTY_MESSAGES[name], ha="center", va="center", color=GREY)
    return fig


def _interval(centre: float, lo, hi):
    """Error-bar half-widths for [lo, hi] around *centre*, or None if unknown.

    Clamped at 0 because matplotlib rejects negative error lengths, and a
    rounding slip in the scores should not stop the report."""
    lo, hi = _num(lo), _num(hi)
    if lo is None or hi is None:
        return None
    return [[max(0.0, centre - lo)], [max(0.0, hi - centre)]]


def _plain(text) -> str:
    """User text for labels matplotlib may parse as mathtext (tick labels):
    escaped dollars render literally and can never start a formula."""
    return str(text).replace("$", r"\$")


def _diagonal(ax) -> None:
    ax.plot([0, 1], [0, 1], color=GREY, linestyle="--", linewidth=1, label="perfect calibration")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_aspect("equal")


def _reliability(Figure, scores):
    bins = [b for b in scores.get("calibration") or [] if isinstance(b, dict)]
    n = sum(_count(b.get("count")) for b in bins)
    if n == 0:
        return None
    # Fixed geometry in inches instead of a layout engine: layout engines do not
    # handle an equal-aspect panel stacked on a second panel well, and a fixed
    # grid keeps the count panel exactly as wide as the square diagram.
    w, h, left, side, gap, hist_h, bottom = 6.0, 8.0, 0.8, 4.95, 0.25, 1.35, 0.65
    fig = Figure(figsize=(w, h))
    hist = fig.add_axes((left / w, bottom / h, side / w, hist_h / h))
    ax = fig.add_axes((left / w, (bottom + hist_h + gap) / h, side / w, side / h), sharex=hist)
    fig.text(0.5, 1 - 0.18 / h, f"Reliability diagram (n = {n} binary forecasts)", ha="center",
             va="top", fontsize=12)
    if n < MIN_N_CALIBRATION:
        fig.text(0.5, 1 - 0.46 / h, f"n = {n}: too few to judge calibration", ha="center",
                 va="top", color=VERMILLION)
    _diagonal(ax)
    for b in bins:
        x, y = _num(b.get("mean_forecast")), _num(b.get("observed_frequency"))
        if not _count(b.get("count")) or x is None or y is None:
            continue  # empty bins have no frequency; their zero still shows below
        yerr = _interval(y, b.get("wilson_low"), b.get("wilson_high"))
        # clip_on=False: a point at exactly 0 or 1 should not be cut in half.
        ax.errorbar([x], [y], yerr=yerr, fmt="o", color=BLUE, ecolor=SKY, elinewidth=2, capsize=3,
                    markersize=6, zorder=3, clip_on=False)
    # Proxy artist so the legend has one entry, not one per bin.
    ax.errorbar([], [], yerr=[], fmt="o", color=BLUE, ecolor=SKY, elinewidth=2, capsize=3,
                label="observed frequency (95% Wilson interval)")
    ax.legend(loc="upper left", fontsize=8.5, framealpha=0.9)
    ax.set_ylabel("observed frequency")
    ax.tick_params(labelbottom=False)
    edges = [(_num(b.get("lower")), _num(b.get("upper")), _count(b.get("count"))) for b in bins]
    edges = [e for e in edges if e[0] is not None and e[1] is not None]
    bars = hist.bar([e[0] for e in edges], [e[2] for e in edges], width=[e[1] - e[0] for e in edges],
                    align="edge", color=SKY, edgecolor=BLUE, linewidth=0.8)
    hist.bar_label(bars, fontsize=8, padding=1)  # counts always visible, even zero
    hist.set_ylim(0, max([e[2] for e in edges] + [1]) * 1.3 + 1)
    hist.set_xlabel("forecast probability (bin)")
    hist.set_ylabel("forecasts")
    return fig


def _corp(Figure, scores):
    corp = scores.get("corp") or {}
    curve = [c for c in corp.get("curve") or [] if isinstance(c, dict)
             and _num(c.get("value")) is not None and _num(c.get("recalibrated")) is not None]
    if not curve:
        return None
    curve.sort(key=lambda c: _num(c["value"]))
    n = sum(_count(c.get("count")) for c in curve)
    # Fixed geometry in inches, as for the reliability diagram: one square panel with known labels.
    w, h, left, side, bottom = 6.0, 6.2, 0.8, 4.95, 0.6
    fig = Figure(figsize=(w, h))
    ax = fig.add_axes((left / w, bottom / h, side / w, side / h))
    fig.suptitle(f"CORP reliability diagram (n = {n})", y=1 - 0.12 / h, va="top")
    _diagonal(ax)
    xs = [_num(c["value"]) for c in curve]
    ys = [_num(c["recalibrated"]) for c in curve]
    ax.step(xs, ys, where="post", color=VERMILLION, linewidth=2, label="PAV-recalibrated (CORP)")
    ax.plot(xs, ys, "o", color=VERMILLION, markersize=3.5)
    ax.set_xlabel("forecast probability")
    ax.set_ylabel("recalibrated probability (observed frequency)")
    ax.legend(loc="upper left", fontsize=8.5, framealpha=0.9)

    def fmt(key):
        v = _num(corp.get(key))
        return "n/a" if v is None else f"{v:.3f}"
    rows = [("MCB (miscalibration)", "mcb"), ("DSC (discrimination)", "dsc"), ("UNC (uncertainty)", "unc")]
    box = "\n".join(f"{label:<21}{fmt(key):>6}" for label, key in rows) + "\nBrier = MCB − DSC + UNC"
    ax.text(0.97, 0.03, box, transform=ax.transAxes, ha="right", va="bottom", fontsize=8.5,
            family="DejaVu Sans Mono", multialignment="left", bbox={"boxstyle": "round", "facecolor": "white",
                                             "edgecolor": GREY, "alpha": 0.95})
    if n < MIN_N_CALIBRATION:
        ax.set_title(f"n = {n}: too few to judge calibration", color=VERMILLION, fontsize=10)
    return fig


def _phrase_key(p):
    band = p.get("band")
    if isinstance(band, (list, tuple)) and len(band) == 2 and None not in map(_num, band):
        return (0, (_num(band[0]) + _num(band[1])) / 2, str(p.get("phrase")), str(p.get("scale")))
    # Phrases without a band go last, ordered by what was actually forecast.
    return (1, _num(p.get("mean_forecast")) or 0.0, str(p.get("phrase")), str(p.get("scale")))


def _phrases(Figure, scores):
    rows = sorted((p for p in scores.get("phrases") or [] if isinstance(p, dict)), key=_phrase_key)
    if not rows:
        return None
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.transforms import blended_transform_factory

    fig = Figure(figsize=(8.5, 1.9 + 0.42 * len(rows)), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title("Estimative phrases: stated band vs. how often they came true")
    left = blended_transform_factory(ax.transAxes, ax.transData)
    for y, p in enumerate(rows):
        band = p.get("band")
        if _phrase_key(p)[0] == 0:
            lo, hi = _num(band[0]), _num(band[1])
            ax.barh(y, hi - lo, left=lo, height=0.6, color=SKY, alpha=0.45, edgecolor=BLUE, linewidth=0.6)
        obs, m = _num(p.get("observed_frequency")), _num(p.get("mean_forecast"))
        if obs is not None:
            xerr = _interval(obs, p.get("wilson_low"), p.get("wilson_high"))
            ax.errorbar([obs], [y], xerr=xerr, fmt="o", color=VERMILLION, elinewidth=1.6,
                        capsize=3, markersize=6, zorder=3, clip_on=False)
        if m is not None:
            ax.plot([m], [y], marker="D", color=BLACK, markersize=5, linestyle="none", zorder=4)
        # Phrase and scale names are user text: parse_math=False so "$" is literal.
        extra = [str(p["scale"])] if p.get("scale") else []
        extra += [] if _phrase_key(p)[0] == 0 else ["no band"]
        label = str(p.get("phrase", "?")) + (f"  ({', '.join(extra)})" if extra else "")
        # Wrap long phrases so one verbose label cannot squeeze the plot away.
        label = "\n".join(textwrap.wrap(label, 40, max_lines=2, placeholder="…")) or "?"
        ax.text(-0.015, y, label, transform=left, ha="right", va="center", parse_math=False)
        ax.text(1.025, y, f"n = {_count(p.get('count'))}", transform=left, ha="left", va="center",
                fontsize=9, color=GREY)
    ax.set_yticks(range(len(rows)))
    ax.tick_params(axis="y", labelleft=False, length=0)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first (lowest band) row at the top
    ax.set_xlim(0, 1)
    ax.set_xlabel("probability")
    handles = [Patch(facecolor=SKY, alpha=0.45, edgecolor=BLUE, label="scale's band"),
               Line2D([], [], marker="o", color=VERMILLION, label="observed frequency (95% Wilson)"),
               Line2D([], [], marker="D", color=BLACK, linestyle="none", label="mean forecast")]
    fig.legend(handles=handles, loc="outside lower center", ncol=3, fontsize=8.5, frameon=False)
    return fig


def _over_time(Figure, scores):
    periods = [p for p in scores.get("over_time") or [] if isinstance(p, dict)]
    if not periods:
        return None
    counts = [_count(p.get("n")) for p in periods]
    # Fixed margins instead of constrained layout (which costs as much as drawing this figure): the
    # labels are known in advance (months, counts written short, fixed titles), and the margins hold
    # them at this size.
    fig = Figure(figsize=(8, 5.6))
    slanted = len(periods[::max(1, math.ceil(len(periods) / 16))]) > 8
    fig.subplots_adjust(left=0.1, right=0.98, top=0.89 if sum(counts) < MIN_N_CALIBRATION else 0.93,
                        bottom=0.17 if slanted else 0.1, hspace=0.08)
    ax, nax = fig.subplots(2, 1, sharex=True, height_ratios=[3, 1])
    ax.set_title("Brier score by month of resolution (lower is better)")
    xs = list(range(len(periods)))
    briers = [_num(p.get("brier")) for p in periods]
    # NaN breaks the line: a month with no Brier score must not look interpolated.
    many = len(periods) > 18
    ax.plot(xs, [math.nan if b is None else b for b in briers], "-o", color=BLUE, markersize=3 if many else 5,
            label="Brier score")
    # 0.25 is what always saying 50% would score: a useful reference for "skill".
    ax.axhline(0.25, color=GREY, linestyle="--", linewidth=1, label="always 50% (0.25)")
    top = max([b for b in briers if b is not None] + [0.25])
    ax.set_ylim(0, min(1.0, top * 1.2 + 0.02))
    ax.set_ylabel("mean Brier score")
    ax.legend(loc="upper right", fontsize=8.5, framealpha=0.9)
    bars = nax.bar(xs, counts, color=SKY, edgecolor=BLUE, linewidth=0.8 if len(periods) <= 36 else 0, width=0.7)
    # Past three years of months the labels would be an unreadable smear (and the slowest thing drawn);
    # every count is in the report's table of scores over time.
    if len(periods) <= 36:
        nax.bar_label(bars, fontsize=7 if many else 8, padding=1, rotation=90 if many else 0)
    nax.set_ylim(0, max(counts) * (1.6 if many else 1.35) + 1)
    nax.set_ylabel("n resolved")
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    nax.yaxis.set_major_locator(MaxNLocator(3, integer=True))
    nax.yaxis.set_major_formatter(FuncFormatter(_short_count))
    step = max(1, math.ceil(len(periods) / 16))  # thin labels so they never collide
    nax.set_xticks(xs[::step], [_plain(p.get("period", "")) for p in periods][::step],
                   rotation=45 if slanted else 0, ha="right" if slanted else "center")
    nax.set_xlabel("month of resolution")
    if sum(counts) < MIN_N_CALIBRATION:
        fig.suptitle(f"n = {sum(counts)}: too few to judge a trend", color=VERMILLION, fontsize=10)
    return fig


def _short_count(value, _position=None) -> str:
    """A count as an axis label of at most five characters: 950, 12k, 3.4M."""
    for limit, suffix in ((1e6, "M"), (1e4, "k")):
        if abs(value) >= limit:
            return f"{value / (limit if suffix == 'M' else 1e3):.3g}{suffix}"
    return f"{value:.0f}"


def _sharpness(Figure, scores):
    bins = [b for b in scores.get("sharpness") or [] if isinstance(b, dict)
            and _num(b.get("lower")) is not None and _num(b.get("upper")) is not None]
    n = sum(_count(b.get("count")) for b in bins)
    if n == 0:
        return None
    fig = Figure(figsize=(7, 4.6))
    fig.subplots_adjust(left=0.1, right=0.97, top=0.92, bottom=0.11)  # fixed: see _over_time
    ax = fig.add_subplot()
    ax.set_title(f"Sharpness: distribution of forecast probabilities (n = {n})")
    lows = [_num(b["lower"]) for b in bins]
    widths = [_num(b["upper"]) - _num(b["lower"]) for b in bins]
    counts = [_count(b.get("count")) for b in bins]
    bars = ax.bar(lows, counts, width=widths, align="edge", color=GREEN, alpha=0.8,
                  edgecolor=BLACK, linewidth=0.6)
    ax.bar_label(bars, fontsize=8, padding=1)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, max(counts) * 1.15 + 1)
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 ticks labelled "0" and "1"
    ax.yaxis.set_major_formatter(FuncFormatter(_short_count))
    ax.set_xlabel("forecast probability")
    ax.set_ylabel("number of forecasts")
    return fig
