"""The live report (what `tracker report` computes, filtered by query parameters), its figures, and
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
from datetime import date, datetime, time, timezone

from starlette.requests import Request
from starlette.responses import Response

from tracker.evaluation import NARROWING, Selection
from tracker.report.data import REPORT_GROUPINGS as REPORT_GROUPS
from tracker.report.plots import NAMES, TITLES
from tracker.web.reads import PAGE_SIZE, Drill, scored_forecasts

#: How many computed reports (and their drawn figures) are kept.
CACHED_REPORTS = 8
#: A report asked for again with the same filters is shown from memory while nothing was recorded since
#: (every question, prediction, resolution and question edit moves the chain's head, read in one row)
#: and the scale files are the same, for at most this long: what only the clock changes (the questions due
#: soon, what counts as today) is then at most this old.
REUSE_SECONDS = 60.0
FILTERS = ("forecaster", "tag", "source", "phrase", "horizon", "since", "as_of")


class FilterError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


def selection_of(site, request: Request) -> tuple[Selection, dict]:
    """The report's selection from the query (forecaster, tag, since), and the filters as given."""
    given = {name: (request.query_params.get(name) or "").strip() for name in FILTERS}
    since = None
    if given["since"]:
        try:
            day = date.fromisoformat(given["since"])
        except ValueError:
            raise FilterError("since", f"{given['since']!r} is not a date like 2026-01-31") from None
        from tracker.dates import zone

        try:
            since = datetime.combine(day, time.min, tzinfo=zone(site.timezone_name)).astimezone(timezone.utc)
        except OverflowError:  # 0001-01-01 east of UTC: before the first instant there is
            raise FilterError("since", f"{given['since']!r} is too early a date") from None
    selection = Selection(forecaster=_forecaster(site, given["forecaster"]), tag=_tag(site, given["tag"]),
                          since=since, as_of=_as_of(given["as_of"]),
                          **{name: _narrowing(site, name, given[name]) for name in NARROWING})
    from tracker.evaluation import check_combination
    from tracker.errors import InputError

    try:
        check_combination(selection)
    except InputError as exc:
        raise FilterError(exc.field, exc.message) from None
    return selection, given


def _as_of(typed: str):
    """A horizon before the due date (30d, 12w, 6m, 1y), as `tracker report --as-of` takes it."""
    if not typed:
        return None
    from tracker.dates import parse_span

    try:
        return parse_span(typed)
    except ValueError as exc:
        raise FilterError("as_of", str(exc)) from None


def _narrowing(site, name: str, typed: str) -> str | None:
    """A source, phrase or horizon band no forecast has is refused (naming the closest), as the CLI does."""
    from tracker.evaluation import checked_filter
    from tracker.errors import InputError

    try:
        return checked_filter(site.store, name, typed) if typed else None
    except InputError as exc:
        raise FilterError(name, exc.message) from None


def _tag(site, typed: str) -> str | None:
    """The tag as stored; one no question has is refused (naming the closest), as `tracker report -t` does."""
    from tracker import api
    from tracker.errors import InputError

    try:
        return api._check_tag(site.store, typed) if typed else None
    except InputError as exc:
        raise FilterError("tag", exc.message) from None


def _forecaster(site, typed: str) -> str | None:
    """A forecaster with no prediction stored is refused (naming the closest), as `tracker report -f` does."""
    from tracker import api
    from tracker.errors import InputError

    try:
        return api.check_forecaster(site.store, typed) if typed else None
    except InputError as exc:
        raise FilterError("forecaster", exc.message) from None


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
        selection, given = selection_of(site, request)
    except FilterError as exc:
        return site.page("report.html", request, status=400, title="Report", given=_given(request),
                         error=exc, data=None)
    digest, data = site.reports.compute(selection)
    from tracker.report.tables import generated_line

    bins = selection.bins
    calibration = [{**row, "index": i} for i, row in enumerate(data["calibration"])]
    return site.page("report.html", request, title="Report", given=given, error=None, data=data, digest=digest,
                     figures=[(n, TITLES[n]) for n in NAMES], calibration=calibration, bins=bins,
                     generated=generated_line(data), groupings=list(data["by"].items()))


def _given(request: Request) -> dict:
    return {name: request.query_params.get(name, "") for name in FILTERS}


def forecasts(site, request: Request):
    """One page of the scored forecasts in a calibration bin and/or a group, under the report's filters."""
    params = request.query_params
    try:
        selection, given = selection_of(site, request)
        bins = _integer(params.get("bins"), "bins", 10, 1, 100)
        bin_index = _integer(params.get("bin"), "bin", None, 0, bins - 1)
        page = _integer(params.get("page"), "page", 1, 1, 10**9)
        by = params.get("by") or None
        if by is not None and by not in tuple(REPORT_GROUPS):
            raise FilterError("by", f"{by!r} is not one of {', '.join(REPORT_GROUPS)}")
        if by is not None and params.get("group") is None:
            raise FilterError("group", "give the group to list (group=...)")
    except FilterError as exc:
        return site.page("error.html", request, status=400, title="Bad request", message=f"{exc.field}: {exc}")
    drill = Drill(Selection(**{**selection.__dict__, "bins": bins}), bin_index=bin_index, bins=bins, by=by,
                  group=params.get("group"), scale=params.get("scale"))
    if selection.as_of is None:
        rows, total = scored_forecasts(site.store, drill, page=page, page_size=PAGE_SIZE)
    else:  # the prediction standing that long before the due date, as the report's counts chose it
        from tracker.web.as_of_drill import as_of_forecasts

        rows, total = as_of_forecasts(site.store, drill, page=page, page_size=PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    keep = {**given, "bins": bins if bin_index is not None else None, "bin": bin_index, "by": by,
            "group": params.get("group"), "scale": params.get("scale")}
    return site.page("forecasts.html", request, title="Forecasts", rows=rows, total=total, page=page, pages=pages,
                     bounds=drill.bounds(), drill=drill, keep=keep, given=given, zone=site.timezone_name,
                     first=(page - 1) * PAGE_SIZE + 1)


def _integer(value, field: str, default, low: int, high: int):
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError:
        raise FilterError(field, f"{value!r} is not a whole number") from None
    if not low <= number <= high:
        raise FilterError(field, f"{number} is not between {low} and {high}")
    return number


def plot(site, request: Request):
    name = request.path_params["name"]
    if name not in NAMES:
        return site.page("error.html", request, status=404, title="Not found", message="No such figure.")
    try:
        selection, _ = selection_of(site, request)
    except FilterError as exc:
        return site.page("error.html", request, status=400, title="Bad request", message=str(exc))
    png = site.reports.image(request.path_params["digest"], name, selection)
    return Response(png, media_type="image/png", headers={"cache-control": "private, max-age=3600"})
