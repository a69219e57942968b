"""The ASGI application of `tracker serve`: routes, templates and the guard around them.

Handlers parse the request, call tracker.api (or tracker.web.reads, for reads the api lacks yet) and
render a template; they hold no logic of their own. Templates autoescape everything. Forms are POSTed
(the guard has checked their CSRF token before a handler runs), and a handler reading one gets its
fields as a plain dict.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from tracker.store import Store
from tracker.web.security import CSRF_SCOPE_KEY, LARGE_FORM_BYTES, Guard
from tracker.web.team import USER_SCOPE_KEY

HERE = Path(__file__).parent


@dataclass
class Site:
    """What every handler reads: the store, the workspace's folder and zone, and the templates."""

    store: Store
    workspace_root: Path | None
    timezone_name: str
    templates: Environment
    reports: object = None  # tracker.web.report_pages.ReportCache, set by create_app
    forecaster: str = "me"  # who the forms record as: tracker.toml's forecaster (one analyst per server)
    scale: str = "us-icd-203"  # the scale a phrase is read on when the form names none
    uploads: object = None  # tracker.web.uploads.Uploads: documents the extract review was given
    hide_others: bool = False  # team.hide_others_until_predicted: others' forecasts hidden until you predict
    submitted: object = None  # tracker.web.once.Submitted: the one-time tokens forms were written with
    apply_drafts_in_team_mode: bool = False  # [web]: team mode's extract review may apply what it writes

    def who(self, request: Request) -> str:
        """Whom the request's forms record as: the proxy's user in team mode, else the workspace's forecaster."""
        return request.scope.get(USER_SCOPE_KEY) or self.forecaster

    def seen(self, request: Request, question_ids=None):
        """What the request's person may see of others' forecasts (tracker.team.Visibility), or None: all.
        ``question_ids``: the questions the page shows, the only ones it answers for then."""
        if not self.hide_others:
            return None
        from tracker.team import seen_by

        return seen_by(self.store, self.hide_others, self.who(request), question_ids)

    def page(self, name: str, request: Request, status: int = 200, **values) -> HTMLResponse:
        html = self.templates.get_template(name).render(request=request, csrf=request.scope.get(CSRF_SCOPE_KEY, ""),
                                                        site=self, who=self.who(request), **values)
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})


def templates() -> Environment:
    from tracker.web import filters

    # auto_reload off: the templates ship with the package and change only with it (a restart); on, every
    # page stat-ed each template it uses (the page, base.html, _forms.html) to see whether it changed.
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    filters.install(env)
    from tracker.web.once import new_token

    env.globals["once"] = new_token  # a global, so the forms' macros reach it without the page's context
    return env


def create_app(store: Store, *, token: str, workspace_root: Path | None = None, timezone_name: str = "UTC",
               allowed_hosts: set[str] = frozenset({"127.0.0.1", "localhost"}), port: int = 8765,
               proxy_header: str | None = None, proxy_secret: str | None = None, role_of=None):
    """The application, behind its guard. ``token``: this launch's login token. Team mode: the user from the
    ``proxy_header`` of requests carrying ``proxy_secret``; ``role_of(user)``: their database role, which each
    of the request's transactions runs as (PostgreSQL)."""
    from tracker.web import extract_review, forecast_forms, forms, pages, report_pages
    from tracker.workspace import read_settings

    root = Path(workspace_root) if workspace_root else None
    settings = read_settings(root) if root else None
    site = Site(store, root, timezone_name, templates())
    if settings:
        site.forecaster, site.scale = settings.forecaster, settings.scale
        site.hide_others = settings.hide_others_until_predicted
    site.reports = report_pages.ReportCache(site)
    from tracker.web import extract_write

    site.apply_drafts_in_team_mode = extract_write.apply_setting(root)
    site.templates.globals["extract_actions"] = extract_write.actions
    from tracker.web.uploads import Uploads

    site.uploads = Uploads()
    from tracker.web.once import Submitted

    site.submitted = Submitted()

    def bound(handler):
        """A page whose reads may take long (the report, its drill-downs, the extract review): run off the
        event loop, in Starlette's thread pool, so that other requests are answered meanwhile."""
        def endpoint(request: Request):
            return handler(site, request)
        return endpoint

    def bounded(handler):
        """A page whose reads are bounded (a few indexed queries with limits: home, question, log form, a
        few ms even on a store of a million questions): run on the event loop. Handing it to a worker thread
        and back cost about 0.4 ms a request, a fifth of the question page; the price is that a request
        arriving meanwhile waits those few ms."""
        async def endpoint(request: Request):
            return handler(site, request)
        return endpoint

    def posted(handler, field_bytes: int = 1024 * 1024):
        """A form handler: the fields read here (async), the handler run off the event loop (it writes).
        ``field_bytes``: the longest field taken (Starlette's own limit, 1 MB, would refuse a document)."""
        async def endpoint(request: Request):
            form = await request.form(max_part_size=field_bytes)
            fields = {key: value.strip() if isinstance(value, str) else value for key, value in form.multi_items()}
            return await run_in_threadpool(handler, site, request, fields)
        return endpoint

    routes = [
        Route("/", bounded(pages.home), name="home"),
        Route("/log", bounded(forecast_forms.log_page), name="log"),
        Route("/log", posted(forecast_forms.log), methods=["POST"]),
        Route("/questions/{question_id:path}/update", posted(forecast_forms.update), methods=["POST"]),
        Route("/questions/{question_id:path}/resolve", posted(forms.resolve), methods=["POST"]),
        Route("/questions/{question_id:path}/snooze", posted(forms.snooze), methods=["POST"]),
        Route("/questions/{question_id:path}", bounded(pages.question), name="question"),
        Route("/extract", bound(extract_review.extract_page), name="extract"),
        Route("/extract", posted(extract_write.extract, LARGE_FORM_BYTES["/extract"]), methods=["POST"]),
        Route("/extract/upload", posted(extract_review.upload, LARGE_FORM_BYTES["/extract/upload"]),
              methods=["POST"]),
        Route("/extract/written", bound(extract_review.written), name="extract_written"),
        Route("/extract/unapplied", bound(extract_write.unapplied), name="extract_unapplied"),
        Route("/report", bound(report_pages.report), name="report"),
        Route("/report/forecasts", bound(report_pages.forecasts), name="forecasts"),
        Route("/report/plots/{digest}/{name}.png", bound(report_pages.plot), name="plot"),
        # Browsers ask for it on every site: nothing to show, and no 404 in the log for it.
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    inner = Starlette(routes=routes, exception_handlers={404: _not_found(site)})
    if role_of is not None:
        from tracker.web.team import run_transactions_as_roles

        run_transactions_as_roles(store.engine)
    return Guard(inner, token=token, allowed_hosts=set(allowed_hosts), cookie_name=f"tracker-token-{port}",
                 proxy_header=proxy_header, proxy_secret=proxy_secret, role_of=role_of)


def _not_found(site: Site):
    def handler(request: Request, exc):
        detail = getattr(exc, "detail", None) or "No such page."
        return site.page("error.html", request, status=404, title="Not found", message=detail)
    return handler
