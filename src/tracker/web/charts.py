"""A question's prediction history as a small SVG (one step line per forecaster), drawn as markup the
template embeds: no script and no style attribute, so the page's strict CSP holds."""

from __future__ import annotations

from collections import defaultdict

WIDTH, HEIGHT, PAD = 600, 240, 52
#: Label size in the drawing's units: the drawing shrinks to the screen's width (600 to about 350 units
#: on a 390 px phone), and 18 units stay above 10 px there.
FONT = 18
#: Okabe-Ito colours, as the report's plots use (distinguishable under colour-vision deficiencies).
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


def history_chart(predictions, zone=None) -> dict | None:
    """{width, height, lines: [{forecaster, colour, points, dots}], grid: [...], dates: [...]} for the
    template, or None when there is nothing to draw; the dates in ``zone`` (the workspace's)."""
    binary = [p for p in predictions if p.probability is not None]
    if not binary:
        return None
    times = [p.made_at.timestamp() for p in binary]
    start, end = min(times), max(times)
    span = (end - start) or 1.0

    def x(moment) -> float:
        return round(PAD + (moment.timestamp() - start) / span * (WIDTH - 2 * PAD), 1) if end > start \
            else WIDTH / 2

    def y(p: float) -> float:
        return round(HEIGHT - PAD - p * (HEIGHT - 2 * PAD), 1)

    by_forecaster = defaultdict(list)
    for p in sorted(binary, key=lambda p: p.made_at):
        by_forecaster[p.forecaster].append(p)
    lines = []
    for index, (forecaster, rows) in enumerate(sorted(by_forecaster.items())):
        points, previous = [], None
        for p in rows:
            if previous is not None:
                points.append((x(p.made_at), y(previous)))  # a step: the forecast stood until changed
            points.append((x(p.made_at), y(p.probability)))
            previous = p.probability
        lines.append({"forecaster": forecaster, "colour": COLOURS[index % len(COLOURS)],
                      "points": " ".join(f"{a},{b}" for a, b in points),
                      "dots": [(x(p.made_at), y(p.probability)) for p in rows]})
    grid = [{"y": y(v), "label": f"{int(v * 100)}%"} for v in (0, 0.5, 1)]
    # The time axis: the first and the last prediction's dates, under the ends of the lines.
    first, last = (moment.astimezone(zone) if zone else moment
                   for moment in (min(p.made_at for p in binary), max(p.made_at for p in binary)))
    dates = [{"x": x(first), "label": f"{first:%Y-%m-%d}", "anchor": "start" if end > start else "middle"}]
    if f"{last:%Y-%m-%d}" != dates[0]["label"]:
        dates.append({"x": x(last), "label": f"{last:%Y-%m-%d}", "anchor": "end"})
    return {"width": WIDTH, "height": HEIGHT, "pad": PAD, "font": FONT, "lines": lines, "grid": grid,
            "dates": dates, "date_y": HEIGHT - PAD + FONT + 6,
            "first": first, "last": last}
