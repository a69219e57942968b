"""tracker.report.rendering: figures drawn by worker processes are the figures drawn in-process."""

from __future__ import annotations

import os
import signal

import pytest

from tracker.report.plots import write_plots
from tracker.report.rendering import PlotRenderer


def _realistic_scores():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("report_test_plots", Path(__file__).with_name("test_plots.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.realistic_scores


realistic_scores = _realistic_scores()


def drawn_bytes(paths: dict) -> dict:
    return {name: path.read_bytes() for name, path in paths.items()}


@pytest.mark.parametrize("workers", ["2", "1", "0"])
def test_workers_draw_the_bytes_drawn_in_process(tmp_path, monkeypatch, workers):
    monkeypatch.setenv("TRACKER_PLOT_WORKERS", workers)
    scores = realistic_scores()
    expected = drawn_bytes(write_plots(scores, tmp_path / "here"))
    with PlotRenderer() as plots:
        assert len(plots._connections) == (1 if workers != "0" else 0)
        plots.start(scores, tmp_path / "there")
        assert len(plots._connections) == int(workers)
        paths = plots.finish()
    assert list(paths) == list(expected)  # the report's order
    assert drawn_bytes(paths) == expected


def test_a_dead_worker_leaves_its_figures_to_the_others(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_PLOT_WORKERS", "2")
    scores = realistic_scores()
    expected = drawn_bytes(write_plots(scores, tmp_path / "here"))
    with PlotRenderer() as plots:
        os.kill(plots._processes[0].pid, signal.SIGKILL)
        plots._processes[0].join()
        plots.start(scores, tmp_path / "there")
        paths = plots.finish()
    assert drawn_bytes(paths) == expected


def test_a_drawing_error_is_raised_in_the_caller(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_PLOT_WORKERS", "2")
    with PlotRenderer() as plots:
        plots.start(realistic_scores(), tmp_path / "there")
        (tmp_path / "there").rmdir()
        (tmp_path / "there").write_text("a file where the figures should go")
        with pytest.raises(NotADirectoryError):
            plots.finish()
