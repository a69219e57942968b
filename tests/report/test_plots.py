"""Tests for tracker.report.plots: every figure is always written, valid and deterministic."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.report.plots import write_plots

NAMES = {"reliability.png", "corp.png", "phrases.png", "over_time.png", "sharpness.png"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def realistic_scores() -> dict:
    """A scores dict shaped like the report's scores.json, with a mix of bin sizes."""
    calibration = []
    raw = [(12, 1), (9, 2), (0, 0), (6, 2), (5, 3), (7, 3), (4, 3), (8, 6), (3, 3), (10, 9)]
    for i, (count, events) in enumerate(raw):
        lo, hi = i / 10, (i + 1) / 10
        if count:
            freq = events / count
            calibration.append({"lower": lo, "upper": hi, "count": count, "events": events,
                                "mean_forecast": lo + 0.05, "observed_frequency": freq,
                                "wilson_low": max(0.0, freq - 0.25), "wilson_high": min(1.0, freq + 0.25)})
        else:
            calibration.append({"lower": lo, "upper": hi, "count": 0, "events": 0, "mean_forecast": None,
                                "observed_frequency": None, "wilson_low": None, "wilson_high": None})
    phrases = [
        {"phrase": "highly likely", "scale": "lt-nta", "band": [0.75, 1.0], "count": 4, "events": 3,
         "observed_frequency": 0.75, "wilson_low": 0.30, "wilson_high": 0.95, "mean_forecast": 0.875},
        {"phrase": "remote chance", "scale": "pherson", "band": [0.0, 0.05], "count": 6, "events": 1,
         "observed_frequency": 1 / 6, "wilson_low": 0.03, "wilson_high": 0.56, "mean_forecast": 0.03},
        {"phrase": "roughly even chance", "scale": "lt-nta", "band": [0.45, 0.55], "count": 10, "events": 4,
         "observed_frequency": 0.4, "wilson_low": 0.17, "wilson_high": 0.69, "mean_forecast": 0.5},
        {"phrase": "unlikely", "scale": "lt-nta", "band": [0.2, 0.45], "count": 0, "events": 0,
         "observed_frequency": None, "wilson_low": None, "wilson_high": None, "mean_forecast": None},
        {"phrase": "a real possibility", "scale": "custom", "band": None, "count": 3, "events": 2,
         "observed_frequency": 2 / 3, "wilson_low": 0.21, "wilson_high": 0.94, "mean_forecast": 0.4},
    ]
    return {
        "calibration": calibration,
        "corp": {"mcb": 0.012, "dsc": 0.051, "unc": 0.246,
                 "curve": [{"value": v, "recalibrated": r, "count": c} for v, r, c in
                           [(0.05, 0.08, 12), (0.15, 0.08, 9), (0.35, 0.33, 6), (0.45, 0.55, 5),
                            (0.55, 0.55, 7), (0.65, 0.75, 4), (0.75, 0.75, 8), (0.85, 0.92, 3),
                            (0.95, 0.92, 10)]]},
        "phrases": phrases,
        "over_time": [{"period": f"2023-{m:02d}", "n": n, "brier": b} for m, n, b in
                      [(1, 5, 0.21), (2, 8, 0.18), (3, 2, 0.30), (4, 0, None), (5, 12, 0.15),
                       (6, 7, 0.22), (7, 10, 0.17), (8, 20, 0.14)]],
        "sharpness": [{"lower": i / 10, "upper": (i + 1) / 10, "count": c}
                      for i, c in enumerate([12, 9, 0, 6, 5, 7, 4, 8, 3, 10])],
        "overall": {"n": 64, "brier": 0.19},
    }


def assert_valid_pngs(paths: dict[str, Path]) -> None:
    import matplotlib.image

    assert set(paths) == NAMES
    for name, path in paths.items():
        assert path.name == name
        assert path.read_bytes()[:8] == PNG_SIGNATURE, name
        image = matplotlib.image.imread(path)
        assert image.shape[0] > 0 and image.shape[1] > 0, name


@pytest.mark.parametrize("scores", [realistic_scores(), {}], ids=["realistic", "empty"])
def test_all_figures_written_as_valid_png(tmp_path, scores):
    assert_valid_pngs(write_plots(scores, tmp_path / "out"))


def test_empty_lists_and_zero_counts(tmp_path):
    scores = {"calibration": [{"lower": 0.0, "upper": 0.1, "count": 0, "events": 0, "mean_forecast": None,
                               "observed_frequency": None, "wilson_low": None, "wilson_high": None}],
              "corp": {"mcb": None, "dsc": None, "unc": None, "curve": []},
              "phrases": [], "over_time": [], "sharpness": [{"lower": 0.0, "upper": 0.1, "count": 0}]}
    assert_valid_pngs(write_plots(scores, tmp_path))


def test_tiny_counts_render(tmp_path):
    scores = realistic_scores()
    scores["calibration"] = [{"lower": 0.6, "upper": 0.7, "count": 3, "events": 2, "mean_forecast": 0.65,
                              "observed_frequency": 2 / 3, "wilson_low": 0.21, "wilson_high": 0.94}]
    scores["corp"]["curve"] = [{"value": 0.65, "recalibrated": 0.67, "count": 3}]
    scores["over_time"] = [{"period": "2024-01", "n": 1, "brier": 0.04}]
    assert_valid_pngs(write_plots(scores, tmp_path))


def test_same_input_gives_identical_bytes(tmp_path):
    first = write_plots(realistic_scores(), tmp_path / "a")
    second = write_plots(realistic_scores(), tmp_path / "b")
    for name in NAMES:
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_user_text_with_dollar_signs_is_not_mathtext(tmp_path):
    scores = realistic_scores()
    scores["phrases"][0]["phrase"] = "$x$ <script>"
    scores["phrases"][1]["scale"] = "$\\frac{1"
    scores["over_time"][0]["period"] = "$2023$"
    assert_valid_pngs(write_plots(scores, tmp_path))


def test_interval_not_containing_its_point_does_not_crash(tmp_path):
    scores = realistic_scores()
    scores["calibration"][0].update(wilson_low=0.2, wilson_high=0.1)  # inconsistent on purpose
    scores["phrases"][0].update(wilson_low=0.9, wilson_high=0.1)
    assert_valid_pngs(write_plots(scores, tmp_path))


def test_callers_matplotlib_settings_are_left_alone(tmp_path):
    import matplotlib

    before = dict(matplotlib.rcParams)
    write_plots(realistic_scores(), tmp_path)
    assert dict(matplotlib.rcParams) == before


def test_import_does_not_load_matplotlib_or_numpy():
    code = textwrap.dedent("""
        import sys
        import tracker.report.plots
        print(sorted(m for m in ("matplotlib", "numpy") if m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
