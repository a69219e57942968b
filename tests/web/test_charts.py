"""The question page's prediction history chart: step lines per forecaster at hand-computed points, a
time axis labelled with the first and last prediction's dates in the workspace's zone, and labels that
stay readable when the drawing shrinks to a phone's width."""

from datetime import datetime, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from tracker.web.charts import FONT, HEIGHT, PAD, WIDTH, history_chart


def prediction(forecaster: str, day: int, hour: int, p: float):
    return SimpleNamespace(forecaster=forecaster, made_at=datetime(2026, 1, day, hour, 30, tzinfo=timezone.utc),
                           probability=p)


def test_steps_dates_and_label_size():
    chart = history_chart([prediction("ana", 1, 23, 0.5), prediction("ana", 11, 23, 0.75),
                           prediction("bo", 6, 11, 0.25)], ZoneInfo("Europe/Vilnius"))
    # x: PAD + share of the 10-day span across WIDTH - 2 * PAD; y: HEIGHT - PAD - p * (HEIGHT - 2 * PAD).
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    ana = [(PAD, HEIGHT - PAD - 0.5 * inner_h), (PAD + inner_w, HEIGHT - PAD - 0.5 * inner_h),
           (PAD + inner_w, HEIGHT - PAD - 0.75 * inner_h)]  # a step: 50% stood until the 75%
    assert chart["lines"][0]["forecaster"] == "ana"
    assert [tuple(map(float, pair.split(","))) for pair in chart["lines"][0]["points"].split()] == ana
    bo_x = round(PAD + (4.5 / 10) * inner_w, 1)  # 6 Jan 11:30 is 4.5 days after 1 Jan 23:30
    assert chart["lines"][1]["dots"] == [(bo_x, round(HEIGHT - PAD - 0.25 * inner_h, 1))]
    # 23:30 UTC is already the next day in Vilnius (UTC+2).
    assert [(d["label"], d["anchor"]) for d in chart["dates"]] == [("2026-01-02", "start"), ("2026-01-12", "end")]
    assert [g["label"] for g in chart["grid"]] == ["0%", "50%", "100%"]
    # Shrunk from WIDTH to 350 units wide (a 390 px screen), labels are at least 10 px.
    assert FONT * 350 / WIDTH >= 10


def test_one_day_of_predictions_has_one_centred_date():
    chart = history_chart([prediction("ana", 3, 10, 0.6), prediction("ana", 3, 12, 0.7)], ZoneInfo("UTC"))
    assert [(d["label"], d["anchor"]) for d in chart["dates"]] == [("2026-01-03", "start")]
    single = history_chart([prediction("ana", 3, 10, 0.6)], ZoneInfo("UTC"))
    assert [(d["label"], d["anchor"]) for d in single["dates"]] == [("2026-01-03", "middle")]
