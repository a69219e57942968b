"""How records look to people: one place that formats probabilities, tables and histories."""

from __future__ import annotations

from tracker.domain import Prediction, QuestionHistory, QuestionSummary, Resolution, prediction_text
from tracker.probability import format_probability


def plural(count: int, noun: str) -> str:
    """``1 day``, ``2 days``: the count with its noun in the number it takes."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def short_prediction_text(prediction: Prediction) -> str:
    """The most likely outcome of a choice (``calm 60% +2``), or the probability of a binary."""
    if prediction.probabilities:
        name, p = max(prediction.probabilities.items(), key=lambda item: item[1])
        return f"{name} {format_probability(p)} +{len(prediction.probabilities) - 1}"
    return format_probability(prediction.probability)


def resolution_text(resolution: Resolution | None) -> str:
    return resolution.outcome if resolution else ""


#: Below this many columns for the question, `tracker list` shows ids by their shortest unique prefix.
QUESTION_ROOM = 30
#: The shortest id prefix `tracker list` shows (the library accepts any unique prefix of 4 or more).
SHOWN_PREFIX = 8
#: How much of a forecaster's name a narrow `tracker list` keeps (the question needs the room more).
SHOWN_BY = 12


def id_prefixes(ids, minimum: int = SHOWN_PREFIX) -> dict[str, str]:
    """Each id's shortest prefix (at least ``minimum`` characters) that no other id starts with.

    An id that is itself the start of a longer one keeps its whole self: an exact id always wins.
    """
    ordered = sorted(set(ids))
    prefixes = {}
    for index, name in enumerate(ordered):
        shared = 0
        for neighbour in ordered[max(index - 1, 0):index] + ordered[index + 1:index + 2]:
            # Sorted order puts the id sharing the longest start with this one right beside it.
            common = next((i for i, (a, b) in enumerate(zip(name, neighbour)) if a != b), min(len(name), len(neighbour)))
            shared = max(shared, common)
        prefixes[name] = name[:max(minimum, shared + 1)]
    return prefixes


def summaries_table(summaries: list[QuestionSummary], width: int = 100, bold: bool = False,
                    all_ids=None) -> str:
    """The aligned table of `tracker list`, fitted to ``width``: the question wraps in the space the
    other columns leave, and when ids would leave it less than QUESTION_ROOM, ids are shown by their
    shortest unique prefix among ``all_ids`` (a callable returning every id in the store, called only
    then), which `show`, `update` and `resolve` accept.

    Formatted here rather than by Rich: Rich's table layout took 0.6 s for 1,000 rows, longer than
    the whole command should.
    """
    rows = []
    for summary in summaries:
        question, latest = summary.question, summary.latest
        status = question.status
        if summary.resolution and question.status == "resolved":
            status = summary.resolution.outcome
        rows.append([question.id, question.due.isoformat(), status,
                     short_prediction_text(latest) if latest else "-", latest.forecaster if latest else "-",
                     " ".join(question.text.split())])
    names = ["id", "due", "status", "latest", "by"]

    def widths_of() -> list[int]:
        return [max(len(name), *(len(row[index]) for row in rows)) for index, name in enumerate(names)]

    widths = widths_of()
    if all_ids is not None and width - sum(widths) - 2 * len(widths) < QUESTION_ROOM:
        prefixes = id_prefixes(all_ids())
        for row in rows:
            row[0] = prefixes.get(row[0], row[0])
        names[0] = "id prefix"
        widths = widths_of()
    if width - sum(widths) - 2 * len(widths) < QUESTION_ROOM and widths[4] > SHOWN_BY:
        for row in rows:
            row[4] = row[4] if len(row[4]) <= SHOWN_BY else row[4][:SHOWN_BY - 1] + "…"
        widths = widths_of()
    indent = sum(widths) + 2 * len(widths)
    room = max(12, width - indent)
    header = "  ".join(name.ljust(w) for name, w in zip(names, widths)) + "  question"
    lines = [f"\033[1m{header}\033[0m" if bold else header.rstrip()]
    for row in rows:
        text = row[-1]
        parts = [text] if len(text) <= room else _wrap(text, room)
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + parts[0])
        lines.extend(" " * indent + part for part in parts[1:])
    return "\n".join(lines)


def _wrap(text: str, room: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=room, break_on_hyphens=False) or [""]


def _wrapped(label: str, text: str, width: int, indent: int = 2) -> str:
    """``label: text`` wrapped to ``width`` with continuation lines under the text."""
    import textwrap

    head = " " * indent + f"{label}:".ljust(11)
    return textwrap.fill(text, width=max(width, 40), initial_indent=head, subsequent_indent=" " * len(head),
                         break_on_hyphens=False)


def history_lines(history: QuestionHistory, tz, width: int = 100) -> list[str]:
    """The full history of one question as lines for `tracker show`."""
    from tracker.dates import format_timestamp

    q = history.question
    lines = [f"{q.id}: {q.text}", _wrapped("criteria", q.criteria, width),
             f"  kind:      {q.kind}" + (f" ({', '.join(q.outcomes)})" if q.outcomes else ""),
             f"  due:       {q.due.isoformat()}", f"  created:   {format_timestamp(q.created_at, tz)}",
             f"  status:    {q.status}"]
    if q.tags:
        lines.append(f"  tags:      {', '.join(q.tags)}")
    if q.phrase:
        lines.append(f"  phrase:    {q.phrase}" + (f" ({q.scale})" if q.scale else ""))
    if q.condition:
        lines.append(f"  condition: {q.condition.question} = {q.condition.outcome}")
    if q.source:
        s = q.source
        described = ", ".join(x for x in (s.document, s.publisher, s.date.isoformat() if s.date else None,
                                          s.location) if x)
        if described:
            lines.append(_wrapped("source", described, width))
        if s.url:
            lines.append(f"  url:       {s.url}")
        if s.quote:
            lines.append(_wrapped("quote", f"\"{s.quote}\"", width))
    lines.append(f"predictions ({len(history.predictions)}):")
    for p in history.predictions:
        extra = f" [{p.phrase}]" if p.phrase else ""
        lines.append(f"  {format_timestamp(p.made_at, tz)}  {p.forecaster}: {prediction_text(p)}{extra}")
        if p.rationale:
            lines.append(_wrapped("why", p.rationale, width, indent=6))
    if history.resolutions:
        current = history.resolution
        lines.append(f"resolutions ({len(history.resolutions)}):")
        for r in history.resolutions:
            mark = "" if r is current else "  (superseded)"
            corrects = f" correcting #{r.supersedes}" if r.supersedes else ""
            lines.append(f"  #{r.id} {format_timestamp(r.resolved_at, tz)}  {r.outcome} by {r.resolver}"
                         f"{corrects}{mark}")
            for item in r.evidence:
                lines.append(_wrapped("evidence", item, width, indent=6))
            if r.note:
                lines.append(_wrapped("note", r.note, width, indent=6))
    return lines


def score_lines(table: dict, scored: int | None = None) -> list[str]:
    """The table of `tracker score`: one line per group, with what was not scored said plainly.
    ``scored``: how many forecasts were scored, when the groups overlap (a forecast is in each of its
    tags' groups, so their n add up to more)."""
    q = table["questions"]
    as_of_days = table.get("as_of_days")
    convention = table["conventions"]["scored_prediction"]
    lines = [f"Scored: {convention}.",
             f"Questions: {q['resolved']} resolved, {q['open']} open, {q['ambiguous']} ambiguous and "
             f"{q['annulled']} annulled (ambiguous and annulled score nothing)."]
    rows = table["groups"]
    total = sum(r["n"] for r in rows) if scored is None else scored
    if not rows and as_of_days is not None and q["resolved"]:
        # Resolved questions exist; what is missing is a forecast that old, so say that.
        standing = f"a forecast standing {plural(as_of_days, 'day')} before its due date"
        which = (f"The 1 resolved question had no {standing.removeprefix('a ')}" if q["resolved"] == 1
                 else f"None of the {q['resolved']} resolved questions had {standing}")
        lines.append(f"{which} (--as-of counts back from each due date, not from today).")
    elif not rows:
        lines.append("No resolved binary forecasts to score yet.")
    else:
        from tracker.evaluation import SMALL_SAMPLE

        if total < SMALL_SAMPLE:
            lines.append(f"Only {plural(total, 'forecast')}: too few to conclude anything about calibration.")
        header = ("group", "n", "Brier", "log", "BSS", "AUC", "REL", "RES", "UNC", "MCB", "DSC")
        body = []
        for r in rows:
            m, c = r.get("murphy") or {}, r.get("corp") or {}
            group = r["group"] if "scale" not in r or not r["scale"] else f"{r['group']} ({r['scale']})"
            body.append((str(group), str(r["n"]), *(_fixed(r.get(k)) for k in ("brier", "log_score",
                                                                                 "brier_skill_score", "auc")),
                         *(_fixed(m.get(k)) for k in ("rel", "res", "unc")), _fixed(c.get("mcb")), _fixed(c.get("dsc"))))
        widths = [max(len(h), *(len(row[i]) for row in body)) for i, h in enumerate(header)]
        lines.append("  ".join(h.ljust(widths[0]) if i == 0 else h.rjust(widths[i]) for i, h in enumerate(header)))
        for row in body:
            lines.append("  ".join(v.ljust(widths[0]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(row)))
    for choice in table.get("choice", []):
        lines.append(f"Choice questions ({choice['group']}): n {choice['n']}, multi-category Brier "
                     f"{_fixed(choice['brier'])} (0-2), log {_fixed(choice['log_score'])}.")
    if "choice_as_of" in table.get("conventions", {}):
        lines.append("Choice questions: not scored with --as-of (binary questions only).")
    for name, extra in table.get("forecasters", {}).items():
        parts = [f"{k.replace('_', ' ')} {_fixed(v)}" for k, v in extra.items()]
        lines.append(f"{name}: {', '.join(parts)}")
    peers = table.get("peer", {}).get("forecasters", [])
    if peers:
        lines.append("Against peers and the crowd (Metaculus Peer and Baseline, time-averaged; docs/crowd-and-peer.md):")
    for r in peers:
        lines.append(f"{r['forecaster']}: peer {_signed(r['peer'])}, baseline {_signed(r['baseline'])}, coverage "
                     f"{_fixed(r['coverage'])} on {r['questions']} questions; Brier {_fixed(r['brier'])}, "
                     f"relative Brier {_fixed(r['relative_brier'])}")
    return lines


def _signed(value) -> str:
    return "-" if value is None else f"{value:+.1f}"


def _fixed(value) -> str:
    return "-" if value is None else f"{value:.4f}"
