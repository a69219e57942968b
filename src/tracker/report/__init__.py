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
                 workspace: Path | None = None, include_time_averaged: bool | None = None) -> dict[str, Path]:
    """Write the report files into ``directory``; return them by name."""
    from tracker.report.data import report_data
    from tracker.report.html import render_html
    from tracker.report.markdown import render_markdown
    from tracker.report.rendering import PlotRenderer
    from tracker.report.tables import sections

    directory.mkdir(parents=True, exist_ok=True)
    with PlotRenderer() as plots:
        data = report_data(store, selection, generated_at=generated_at, workspace=workspace,
                           include_time_averaged=include_time_averaged)
        plots.start(data, directory)
        written = {"scores.json": directory / "scores.json"}
        written["scores.json"].write_text(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n",
                                          encoding="utf-8")
        parts = sections(data)
        written["report.md"] = directory / "report.md"
        written["report.md"].write_text(render_markdown(parts, data["generated_at"]), encoding="utf-8")
        images = plots.finish()
    written["index.html"] = directory / "index.html"
    written["index.html"].write_text(render_html(parts, data["generated_at"], directory), encoding="utf-8")
    return {"scores.json": written["scores.json"], **images, "report.md": written["report.md"],
            "index.html": written["index.html"]}
