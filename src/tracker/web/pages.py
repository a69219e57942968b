"""The home page (the reminder queue, questions due soon, open questions, recent activity) and the
question page."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta, timezone

from starlette.requests import Request

from tracker import api, dates
from tracker.errors import NotFoundError

#: Questions due within this many days are "due soon" on the home page.
DUE_SOON_DAYS = 14
#: The home page lists at most this many open questions (the rest are counted).
OPEN_LIMIT = 100
RECENT_LIMIT = 15
#: Queue items per page: each carries a resolve and a snooze form, and 10,000 of them would be a 20 MB page.
QUEUE_PAGE_SIZE = 25


def home(site, request: Request):
    from tracker.team import visible_summaries
    from tracker.web.reads import due_page, recent_activity

    now = datetime.now(timezone.utc)
    today = dates.today_in(dates.zone(site.timezone_name), now)
    try:
        asked = int(request.query_params.get("queue", "1"))
    except ValueError:
        asked = 1
    shown, waiting, queue_page = due_page(site.store, site.timezone_name, now, asked, QUEUE_PAGE_SIZE)
    soon = api.list_questions(site.store, status="open", due_after=today - timedelta(days=1),
                              due_before=today + timedelta(days=DUE_SOON_DAYS + 1), limit=OPEN_LIMIT + 1)
    open_questions = api.list_questions(site.store, status="open", sort="due", limit=OPEN_LIMIT + 1)
    activity = recent_activity(site.store, RECENT_LIMIT)
    seen = None
    if site.hide_others:
        # Asked about the shown questions only: a store's settled ones number in the hundred thousands.
        seen = site.seen(request, {row["id"] for row in shown} | {s.question.id for s in soon + open_questions}
                         | {a.question_id for a in activity})
    if seen is not None:
        soon, open_questions = visible_summaries(soon, seen)[0], visible_summaries(open_questions, seen)[0]
        # Fewer than RECENT_LIMIT then, rather than a query per hidden one.
        activity = [a for a in activity if not a.predicted or seen.shows(a.question_id, a.who)]
    reminders = [{**row, "latest": row["latest"] if seen is None or row["id"] in seen.revealed else None,
                  "snoozed": bool(row["snoozed_until"] and row["snoozed_until"] > now)} for row in shown]
    return site.page("home.html", request, title="Tracker", zone=site.timezone_name, today=today,
                     reminders=reminders, waiting=waiting, queue_page=queue_page,
                     queue_pages=max(1, -(-waiting // QUEUE_PAGE_SIZE)),
                     first_shown=(queue_page - 1) * QUEUE_PAGE_SIZE + 1, soon=soon[:OPEN_LIMIT],
                     more_soon=len(soon) > OPEN_LIMIT, soon_days=DUE_SOON_DAYS,
                     open_questions=open_questions[:OPEN_LIMIT], more_open=len(open_questions) > OPEN_LIMIT,
                     activity=activity)


def question(site, request: Request):
    from tracker.domain import current_resolution, prediction_text
    from tracker.team import visible_predictions
    from tracker.web.charts import history_chart
    from tracker.web.forms import form_scales, scales_of

    question_id = request.path_params["question_id"]
    try:
        history = api.question_history(site.store, question_id)
    except NotFoundError as exc:
        return site.page("error.html", request, status=404, title="Not found", message=str(exc))
    shown = visible_predictions(history, site.seen(request, [history.question.id]))
    hidden = len(history.predictions) - len(shown.predictions)
    history = shown
    q = history.question
    per_forecaster = defaultdict(list)
    for p in history.predictions:
        per_forecaster[p.forecaster].append({"made_at": p.made_at, "text": prediction_text(p),
                                             "probability": p.probability, "phrase": p.phrase,
                                             "scale": p.scale, "rationale": p.rationale})
    in_force = current_resolution(history.resolutions)
    replaced_by = {r.supersedes: r.id for r in history.resolutions if r.supersedes}
    resolutions = [{"r": r, "in_force": in_force is not None and r.id == in_force.id,
                    "replaced_by": replaced_by.get(r.id)} for r in history.resolutions]
    today = dates.today_in(dates.zone(site.timezone_name))
    known = scales_of(site)
    return site.page("question.html", request, title=q.text, q=q, zone=site.timezone_name, today=today,
                     scales=form_scales(site, known), outcomes=[(o, "") for o in q.outcomes],
                     band=_band(known, q.phrase, q.scale), forecasters=dict(per_forecaster),
                     chart=history_chart(history.predictions, dates.zone(site.timezone_name))
                     if q.kind == "binary" else None,
                     resolutions=resolutions, in_force=in_force, commands=commands(q, in_force), hidden=hidden)


def _band(known: dict, phrase: str | None, scale: str | None):
    """The probability band the question's phrase stands for on its scale (``known``: the workspace's
    scales), when both are known."""
    if not phrase or not scale:
        return None
    entry = known.get(scale)
    found = entry.lookup(phrase) if entry else None
    return found.band if found else None


def commands(q, in_force) -> list[tuple[str, str]]:
    """(what it does, the `tracker` command line doing it) for the actions on this question."""
    outcomes = " ".join(f"-o {o}=P" for o in q.outcomes) if q.kind == "choice" else "-p 0.7"
    example = q.outcomes[0] if q.kind == "choice" and q.outcomes else "yes"
    rows = [("Show it in the terminal", f"tracker show {q.id}")]
    if q.status == "open":
        rows += [("Update your forecast", f"tracker update {q.id} {outcomes}"),
                 ("Resolve it", f"tracker resolve {q.id} {example} --evidence URL --note TEXT"),
                 ("Snooze its reminder", f"tracker snooze {q.id} 3d")]
    elif in_force is not None:
        rows += [("Correct the resolution", f"tracker resolve {q.id} OUTCOME --correction --evidence URL")]
    return rows
