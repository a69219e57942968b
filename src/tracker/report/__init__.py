"""Reports: scores.json (the numbers), PNG plots, report.md and a self-contained index.html.

The report computes no score itself: it asks evaluation (store + scoring) for the data, then renders.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tracker.evaluation import Selection
from tracker.store import Store

FILES = ("index.html", "report.md", "scores.json")


def write_report(store: Store, directory: Path, selection: Selection = Selection(), *, generated_at: datetime,
                 workspace: Path | None = None, include_time_averaged: bool | None = None,
                 timezone_name: str | None = None) -> dict[str, Path]:
    """Write the report files into ``directory``; return them by name. Dates and times are shown in
    ``timezone_name`` (default: the workspace's `timezone` setting, else UTC)."""
    from tracker.report.data import report_data_deferred
    from tracker.report.html import render_html
    from tracker.report.markdown import render_markdown
    from tracker.report.rendering import PlotRenderer
    from tracker.report.tables import generated_line, sections

    if timezone_name is None:
        timezone_name = _workspace_zone(workspace)
    directory.mkdir(parents=True, exist_ok=True)
    with PlotRenderer() as plots:
        try:
            data, complete = report_data_deferred(store, selection, generated_at=generated_at, workspace=workspace,
                                                  include_time_averaged=include_time_averaged,
                                                  timezone_name=timezone_name)
        except ValueError as exc:
            # The same words as `tracker score`: the filters were checked before, so what is left is
            # stored counts that no write of tracker makes.
            from tracker.errors import TrackerError

            raise TrackerError(f"the stored scores cannot be read ({exc}): the score_cell table was changed "
                               "outside tracker") from None
        # The figures do not show the time-averaged Brier: they are drawn while it is still being computed.
        plots.start(data, directory)
        images = plots.finish()
        data = complete()
        written = {"scores.json": directory / "scores.json"}
        written["scores.json"].write_text(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
                                          encoding="utf-8")
        parts = sections(data)
        written["report.md"] = directory / "report.md"
        written["report.md"].write_text(render_markdown(parts, generated_line(data)), encoding="utf-8")
    written["index.html"] = directory / "index.html"
    written["index.html"].write_text(render_html(parts, generated_line(data), directory), encoding="utf-8")
    return {"scores.json": written["scores.json"], **images, "report.md": written["report.md"],
            "index.html": written["index.html"]}


def _workspace_zone(workspace: Path | None) -> str:
    """The workspace's time zone (its tracker.toml is checked when read: a bad one is an error, not
    UTC in silence); UTC without a workspace."""
    if workspace is None:
        return "UTC"
    from tracker.workspace import read_settings

    return read_settings(workspace).timezone
