"""The live report (what `tracker report` computes, filtered by query parameters read in
tracker.web.report_filters as the command line reads its flags), its figures, and
the drill-down from a calibration bin or a group to the forecasts in it.

The report's data comes from tracker.report.data.report_data and its figures from
tracker.report.plots.draw_plot: the same code as `tracker report`. A page's figures are addressed by a
digest of the data they show, so an image always matches the page that links it; the data and the
drawn images are kept in a small cache, so the figures do not recompute the report.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time as time_module
from collections import OrderedDict
from datetime import datetime, timezone

from starlette.requests import Request
from starlette.responses import Response

from tracker.evaluation import Selection
from tracker.report.plots import NAMES, TITLES
from tracker.web.reads import PAGE_SIZE, Drill, scored_forecasts
from tracker.web.report_filters import DRILL, FILTERS, FilterError, drill_params, read, typed

#: How many computed reports (and their drawn figures) are kept.
CACHED_REPORTS = 8
#: A report asked for again with the same filters is shown from memory while nothing was recorded since
#: (every question, prediction, resolution and question edit moves the chain's head, read in one row)
#: and the scale files are the same, for at most this long: what only the clock changes (the questions due
#: soon, what counts as today) is then at most this old.
REUSE_SECONDS = 60.0
class ReportCache:
    """Report data by digest, and drawn figures by (digest, name). matplotlib's settings are
    process-global, so figures are drawn one at a time."""

    def __init__(self, site, clock=time_module.monotonic):
        self.site, self.clock = site, clock
        self.reports: OrderedDict[str, dict] = OrderedDict()
        self.images: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        # (selection, store stamp) -> (digest, when computed): the reports that may be shown again.
        self.computed: OrderedDict[tuple, tuple[str, float]] = OrderedDict()
        self.lock, self.drawing = threading.Lock(), threading.Lock()

    def _stamp(self) -> tuple:
        """What the report depends on besides its filters and the clock: the chain's head and the scales."""
        from sqlalchemy import text

        from tracker.web.forms import scales_stamp

        with self.site.store.read() as session:
            head = session.execute(text("SELECT seq, hash FROM chain_head")).first()
        return tuple(head or ()), scales_stamp(self.site)

    def compute(self, selection: Selection) -> tuple[str, dict]:
        from tracker.report.data import report_data

        key = (selection, self._stamp())
        with self.lock:
            found = self.computed.get(key)
            if found is not None and self.clock() - found[1] < REUSE_SECONDS and found[0] in self.reports:
                return found[0], self.reports[found[0]]
        computed_at = self.clock()
        data = report_data(self.site.store, selection, generated_at=datetime.now(timezone.utc),
                           workspace=self.site.workspace_root, timezone_name=self.site.timezone_name)
        shown = {k: v for k, v in data.items() if k != "generated_at"}
        digest = hashlib.sha256(json.dumps(shown, sort_keys=True, default=str).encode()).hexdigest()[:32]
        with self.lock:
            self.reports[digest] = data
            self.reports.move_to_end(digest)
            while len(self.reports) > CACHED_REPORTS:
                self.reports.popitem(last=False)
            self.computed[key] = (digest, computed_at)
            self.computed.move_to_end(key)
            while len(self.computed) > CACHED_REPORTS:
                self.computed.popitem(last=False)
        return digest, data

    def image(self, digest: str, name: str, selection: Selection) -> bytes:
        with self.lock:
            cached = self.images.get((digest, name))
            data = self.reports.get(digest)
        if cached is not None:
            return cached
        if data is None:  # evicted, or a server restarted since the page: draw the store as it is now
            digest, data = self.compute(selection)
        import tempfile
        from pathlib import Path

        from tracker.report.plots import draw_plot

        with self.drawing, tempfile.TemporaryDirectory(prefix="tracker-web-") as folder:
            png = draw_plot(name, data, Path(folder)).read_bytes()
        with self.lock:
            self.images[(digest, name)] = png
            while len(self.images) > CACHED_REPORTS * len(NAMES):
                self.images.popitem(last=False)
        return png


def report(site, request: Request):
    try:
        filters = read(site, request.query_params)
    except FilterError as exc:  # refused before anything is computed
        return site.page("report.html", request, status=400, title="Report", given=typed(request.query_params),
                         error=exc, data=None)
    digest, data = site.reports.compute(filters.selection)
    from tracker.report.tables import generated_line

    calibration = [{**row, "index": i} for i, row in enumerate(data["calibration"])]
    return site.page("report.html", request, title="Report", given=filters.given, applied=filters.applied,
                     command=filters.command_line(), error=None, data=data, digest=digest,
                     figures=[(n, TITLES[n]) for n in NAMES], calibration=calibration, bins=filters.selection.bins,
                     generated=generated_line(data), groupings=list(data["by"].items()))


def forecasts(site, request: Request):
    """One page of the scored forecasts in a calibration bin and/or a group, under the report's filters."""
    params = request.query_params
    try:
        filters = read(site, params, also=DRILL)
        drilled = drill_params(params)
    except FilterError as exc:
        # A report filter is shown in the report's form, beside its field, with this list's own parameters
        # kept; the list's own parameters have no field: their error stands alone, in one line.
        kept = {name: (params.getlist(name) or [""])[0] for name in DRILL if name != "page"}
        return site.page("forecasts.html", request, status=400, title="Forecasts", error=exc,
                         in_form=exc.field in FILTERS, given=typed(params), kept={k: v for k, v in kept.items() if v})
    selection = filters.selection
    drill = Drill(Selection(**{**selection.__dict__, "bins": drilled.bins}), bin_index=drilled.bin_index,
                  bins=drilled.bins, by=drilled.by, group=drilled.group, scale=drilled.scale)
    page = drilled.page
    if selection.as_of is None:
        rows, total = scored_forecasts(site.store, drill, page=page, page_size=PAGE_SIZE)
    else:  # the prediction standing that long before the due date, as the report's counts chose it
        from tracker.web.as_of_drill import as_of_forecasts

        rows, total = as_of_forecasts(site.store, drill, page=page, page_size=PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    return site.page("forecasts.html", request, title="Forecasts", error=None, rows=rows, total=total, page=page,
                     pages=pages, bounds=drill.bounds(), drill=drill, keep={**filters.given, **drilled.kept()},
                     given=filters.given, applied=filters.applied, zone=site.timezone_name,
                     first=(page - 1) * PAGE_SIZE + 1)


def plot(site, request: Request):
    name = request.path_params["name"]
    if name not in NAMES:
        return site.page("error.html", request, status=404, title="Not found", message="No such figure.")
    try:
        selection = read(site, request.query_params).selection
    except FilterError as exc:
        return site.page("error.html", request, status=400, title="Bad request", message=f"{exc.field}: {exc}")
    png = site.reports.image(request.path_params["digest"], name, selection)
    return Response(png, media_type="image/png", headers={"cache-control": "private, max-age=3600"})
