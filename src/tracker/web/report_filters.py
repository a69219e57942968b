"""The live report's filters read from a query string as `tracker report` reads its flags: the same
parsing functions, the same refusals in the same words, each error addressed to its field.

Three things a query string can do that a command line cannot are settled here too. A field the form
submitted empty means "no filter" (the page then says that none is applied). A parameter given twice
is refused, as the command line refuses a flag given twice: the library's filter takes one tag, one
forecaster..., and a second value silently winning (or silently narrowing) would score something else
than the user asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tracker.evaluation import NARROWING, Selection

FILTERS = ("forecaster", "tag", "source", "phrase", "horizon", "since", "as_of")
#: How `tracker report` spells each filter, for the page's command-line equivalent.
FLAGS = {"forecaster": "-f", "tag": "-t", "source": "--source", "phrase": "--phrase", "horizon": "--horizon",
         "since": "--since", "as_of": "--as-of"}
#: How the page names each filter in its "filters applied" line.
LABELS = {"forecaster": "forecaster", "tag": "tag", "source": "source", "phrase": "phrase", "horizon": "horizon",
          "since": "resolved since", "as_of": "as of"}


class FilterError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


@dataclass(frozen=True)
class Filters:
    """The selection a query asks for, and how to show it: ``given`` as typed (echoed in the form and the
    command line), ``applied`` as (label, value) pairs of the filters in force, relative dates resolved."""

    selection: Selection
    given: dict
    applied: tuple[tuple[str, str], ...]

    def command_line(self) -> str:
        import shlex

        return " ".join(["tracker report", *(f"{FLAGS[name]} {shlex.quote(value)}"
                                             for name, value in self.given.items() if value)])


def single(params, name: str) -> str | None:
    """Parameter ``name``'s one value (None when absent); given more than once, refused in the words the
    command line uses for a flag given twice."""
    values = params.getlist(name)
    if len(values) > 1:
        from tracker.errors import shown

        raise FilterError(name, f"given twice ({shown(values[0])}, then {shown(values[1])}): give it once")
    return values[0] if values else None


def typed(params) -> dict:
    """Each filter as the query gives it, stripped ("" when absent or empty), for the form to echo; a
    repeated one is kept as its first value so that the form still shows what was asked."""
    return {name: (params.getlist(name) or [""])[0].strip() for name in FILTERS}


def read(site, params, also: tuple[str, ...] = ()) -> Filters:
    """The report's filters from the query ``params``, which may hold the parameters ``also`` besides them
    (a drill-down's own); FilterError on the first bad one."""
    _known(params, FILTERS + also)
    given = {name: (single(params, name) or "").strip() for name in FILTERS}
    since, since_day = _since(site, given["since"])
    selection = Selection(forecaster=_forecaster(site, given["forecaster"]), tag=_tag(site, given["tag"]),
                          since=since, as_of=_as_of(given["as_of"]),
                          **{name: _narrowing(site, name, given[name]) for name in NARROWING})
    from tracker.errors import InputError
    from tracker.evaluation import check_combination

    try:
        check_combination(selection)
    except InputError as exc:
        raise FilterError(exc.field, exc.message) from None
    applied = []
    for name in FILTERS:
        if not given[name]:
            continue
        value = given[name]
        if name == "since" and since_day.isoformat() != value:  # "3 months ago": say which day it was
            value = f"{since_day.isoformat()} ({value})"
        applied.append((LABELS[name], value))
    return Filters(selection, given, tuple(applied))


def _known(params, names: tuple[str, ...]) -> None:
    """A parameter the page does not take is refused, as the command line refuses an unknown option: a
    misspelt filter (tags=econ) would otherwise score everything while the user thinks it narrowed."""
    for name in params.keys():
        if name not in names:
            import difflib

            from tracker.errors import shown

            close = difflib.get_close_matches(name, names, n=1)
            hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(names)}"
            raise FilterError(shown(name, quote=False), f"{shown(name)} is not a parameter this page takes ({hint})")


def _since(site, typed: str) -> tuple[datetime | None, date | None]:
    """The start of the day ``typed`` names in the workspace's zone, read by tracker.dates.parse_since as
    `tracker report --since` reads it: 2026-01-31, 2026 (its first day), "3 months ago", "last year"..."""
    if not typed:
        return None, None
    from tracker import dates

    tz = dates.zone(site.timezone_name)
    try:
        day = dates.parse_since(typed, dates.today_in(tz))
        return dates.start_of_day(day, tz), day
    except ValueError as exc:
        raise FilterError("since", str(exc)) from None


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
    from tracker.errors import InputError
    from tracker.evaluation import checked_filter

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


@dataclass(frozen=True)
class DrillParams:
    """The drill-down's own parameters, beside the report's filters."""

    bins: int = 10
    bin_index: int | None = None
    page: int = 1
    by: str | None = None
    group: str | None = None
    scale: str | None = None

    def kept(self) -> dict:
        """The parameters a link to another page of the same list carries."""
        return {"bins": self.bins if self.bin_index is not None else None, "bin": self.bin_index, "by": self.by,
                "group": self.group, "scale": self.scale}


#: The drill-down's own parameters.
DRILL = ("bins", "bin", "page", "by", "group", "scale")


def drill_params(params) -> DrillParams:
    """bins, bin, page, by, group and scale of a drill-down query; FilterError on the first bad one. Empty
    means absent (the whole list, page 1), except a group, which a grouping needs."""
    from tracker.report.data import REPORT_GROUPINGS

    bins = _integer(single(params, "bins"), "bins", 10, 1, 100)
    bin_index = _integer(single(params, "bin"), "bin", None, 0, bins - 1)
    page = _integer(single(params, "page"), "page", 1, 1, 10**9)
    by, group, scale = (single(params, name) for name in ("by", "group", "scale"))
    by = by or None
    if by is not None and by not in tuple(REPORT_GROUPINGS):
        raise FilterError("by", f"{by!r} is not one of {', '.join(REPORT_GROUPINGS)}")
    if by is not None and not group:
        raise FilterError("group", "give the group to list (group=...)")
    if by is None and group:
        raise FilterError("group", f"give the grouping {group!r} is a group of (by=...)")
    if scale and by != "phrase":
        raise FilterError("scale", "a scale narrows a phrase's group only (by=phrase)")
    return DrillParams(bins, bin_index, page, by, group or None, scale)


def _integer(value, field: str, default, low: int, high: int):
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError:
        from tracker.errors import shown

        raise FilterError(field, f"{shown(value)} is not a whole number") from None
    if not low <= number <= high:
        raise FilterError(field, f"{number} is not between {low} and {high}")
    return number
