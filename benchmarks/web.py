"""`tracker serve`'s pages at scale, warm, measured in one run against the library calls behind them.

    python benchmarks/web.py [--db PATH] [--rebuild] [--scale 1.0] [--repeat 7] [--report-only --tag TAG]
    python benchmarks/web.py --report-only --url postgresql+psycopg://USER@HOST:PORT/DATABASE [--tag TAG]

One store holds what benchmarks/sweep.py and benchmarks/score.py build, times --scale: 1,000,000 open
questions (10,000 of them due) and 200,000 resolved questions with 1,000,000 predictions. The application
runs in-process as uvicorn runs it (ASGI calls on an event loop, no sockets; the time is the application's,
from its call to its last body byte), logged in,
each page fetched once to warm it, then --repeat times, in turns with its floor. Ratios compare the least
times (on a shared machine the rest is the neighbours'); the absolute limits (100 ms, 200 ms) are judged on
the page's median:

    home page                      vs the api calls the page makes       <= 1.5x and <= 100 ms
    question page                  vs api.question_history               <= 1.5x and <= 100 ms
    log form                       vs loading the scales it lists        <= 100 ms
    live report                    vs report_data alone                  <= 1.2x (no work done twice)
    report filtered by tag         vs api.score with the same tag        <= score + 0.5 s
      the same, shown again        (nothing recorded since: reused)      <= score + 0.5 s
    drill-down, biggest bin        vs 200 ms (its one read printed too)  first page's median <= 200 ms

With --report-only, on --db as it is (benchmarks/score.py's 1,000,000-prediction store, say): the report
filtered by --tag, computed afresh, named by the store's number of predictions, against api.score with
that tag + 0.5 s; report_data alone printed beside it, with and without the time-averaged Brier. --url
reads another store as it is instead (benchmarks/score.py's PostgreSQL store kept with --keep, say).

Output lines are sweep.py's ("WORK  SECONDSs" then "  floor: WHAT  SECONDSs  RATIO <= TARGET  ok|MISSED").
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

OPEN, DUE, RESOLVED, PER_QUESTION = 1_000_000, 10_000, 200_000, 5
TAGS = ["china", "russia", "ukraine", "energy", "elections", "economy", "cyber", "baltic"]
FORECASTERS = ["ana", "bo", "chen", "dara", "eli"]
TOKEN = "bench-token"


def build(db: Path, scale: float) -> None:
    from tracker.domain import Prediction, Question, Resolution
    from tracker.store import connect, queries

    rng = random.Random(7)
    store = connect(f"sqlite:///{db}")
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    resolved, batch = int(RESOLVED * scale), 5_000
    for start in range(0, resolved, batch):
        questions, predictions, resolutions = [], [], []
        for i in range(start, min(start + batch, resolved)):
            created = datetime(2019, 1, 1, tzinfo=timezone.utc) + timedelta(days=rng.randrange(0, 2000))
            due = (created + timedelta(days=rng.randrange(30, 1500))).date()
            truth = rng.random()
            questions.append(Question.model_construct(
                id=f"r{i:06d}", text=f"Will event {i} happen?", criteria="Two sources.", kind="binary", outcomes=(),
                due=due, created_at=created, tags=tuple(sorted(rng.sample(TAGS, 2))), source=None, phrase=None,
                scale=None, condition=None, status="open"))
            for k in range(PER_QUESTION):
                predictions.append(Prediction.model_construct(
                    question_id=f"r{i:06d}", forecaster=FORECASTERS[(i + k) % len(FORECASTERS)],
                    made_at=created + timedelta(days=k * 7, seconds=k), probabilities=None, phrase=None, scale=None,
                    probability=round(min(0.99, max(0.01, truth + rng.gauss(0, 0.15))), 2), rationale=None))
            at = min(datetime.combine(due, datetime.min.time(), tzinfo=timezone.utc) + timedelta(days=2), now)
            resolutions.append(Resolution(question_id=f"r{i:06d}", outcome="yes" if rng.random() < truth else "no",
                                          resolved_at=at, resolver="bench"))
        with store.write() as session:
            queries.insert_questions(session, questions, now)
            queries.insert_predictions(session, predictions, now)
            for resolution in resolutions:
                queries.insert_resolution(session, resolution, now)
        print(f"\r  built {min(start + batch, resolved):,} resolved questions", end="", file=sys.stderr, flush=True)
    created = datetime(2026, 1, 1, tzinfo=timezone.utc)
    opened, due_count = int(OPEN * scale), int(DUE * scale)
    for start in range(0, opened, 20_000):
        # The first ones fell due last month (the queue); the rest fall due over the next years.
        rows = [Question.model_construct(
            id=f"q{i:07d}", text=f"Will event {i} happen?", criteria="Two sources.", kind="binary", outcomes=(),
            created_at=created, tags=(), source=None, phrase=None, scale=None, condition=None, status="open",
            due=(date.today() - timedelta(days=1 + i % 28)) if i < due_count
            else date.today() + timedelta(days=30 + i % 900))
            for i in range(start, min(start + 20_000, opened))]
        with store.write() as session:
            queries.insert_questions(session, rows, now)
        print(f"\r  built {start + len(rows):,} open questions", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    store.close()


class Server:
    """The application driven as uvicorn drives it: ASGI calls on an event loop in this thread, no sockets.
    ``get`` answers (status, body, seconds), the seconds from the application's call to its return after
    the last body byte: the server's time. (Starlette's TestClient runs the application in a thread of its
    own and hands every message across; on a 2-core machine that added about 0.35 ms to each request.)"""

    def __init__(self, app, cookie: str):
        import asyncio

        self.app, self.cookie, self.loop = app, cookie, asyncio.new_event_loop()

    def get(self, path: str) -> tuple[int, bytes, float]:
        target, _, query = path.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": target, "raw_path": target.encode(), "query_string": query.encode(),
                 "root_path": "", "headers": [(b"host", b"127.0.0.1:8765"), (b"cookie", self.cookie.encode())],
                 "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8765)}
        answer = {"status": 0, "body": []}

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"].append(message.get("body", b""))

        async def call():
            start = time.perf_counter()
            await self.app(scope, receive, send)
            return time.perf_counter() - start

        seconds = self.loop.run_until_complete(call())
        return answer["status"], b"".join(answer["body"]), seconds

    def close(self) -> None:
        self.loop.close()


class Timing(float):
    """The least time of several runs (what a ratio compares: on a shared machine the rest is the
    neighbours'), carrying their ``median`` (what a user waits, judged against the absolute limits)."""

    median: float


def timing(call, repeat: int) -> Timing:
    """The times of ``call()``: its own measure when it returns one (a page's server time), else the wall
    time around it; the least of them, with their median."""
    call()  # warm: caches, imports, SQLite pages
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        measured = call()
        times.append(measured if isinstance(measured, float) else time.perf_counter() - start)
    found = Timing(min(times))
    found.median = statistics.median(times)
    return found


def paired(page, floor, repeat: int) -> tuple[Timing, Timing]:
    """timing() of a page and of its floor, their runs taken in turns: a neighbour's burst on the shared
    machine then falls on both alike, where timing one after the other left it to one of them."""
    page(), floor()  # warm
    times: tuple[list, list] = ([], [])
    for _ in range(repeat):
        for call, kept in ((page, times[0]), (floor, times[1])):
            start = time.perf_counter()
            measured = call()
            kept.append(measured if isinstance(measured, float) else time.perf_counter() - start)
    found = []
    for kept in times:
        least = Timing(min(kept))
        least.median = statistics.median(kept)
        found.append(least)
    return found[0], found[1]


def row(work: str, ours: Timing, floor_what: str, floor: float, ratio: float, target: float, ok: bool) -> None:
    print(f"{work}  {ours:.4f}s")
    print(f"  floor: {floor_what}  {floor:.4f}s  {ratio:.2f} <= {target:g}  {'ok' if ok else 'MISSED'}")
    print(f"  median of the page: {ours.median:.4f}s, of the floor: {getattr(floor, 'median', floor):.4f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0, help="store size, times 1,000,000 open questions")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--tag", default="energy", help="the tag the filtered report rows filter by")
    parser.add_argument("--report-only", action="store_true",
                        help="only the report rows, on --db as it is (e.g. benchmarks/score.py's store)")
    parser.add_argument("--url", default=None,
                        help="with --report-only: the store's URL (PostgreSQL, say) instead of --db")
    args = parser.parse_args()
    if args.url and not args.report_only:
        parser.error("--url goes with --report-only (the full run builds its own SQLite store)")
    db = args.db or Path(tempfile.gettempdir()) / f"tracker-bench-web-{args.scale:g}.db"
    if args.rebuild and db.exists():
        db.unlink()
    if not db.exists() and not args.url:
        build(db, args.scale)
    if not args.report_only:
        print(f"store: {int(OPEN * args.scale):,} open questions ({int(DUE * args.scale):,} due), "
              f"{int(RESOLVED * args.scale):,} resolved with {int(RESOLVED * args.scale) * PER_QUESTION:,} "
              f"predictions (--scale {args.scale:g}); least and median of {args.repeat}")

    from tracker import api, dates
    from tracker.evaluation import Selection
    from tracker.report.data import report_data
    from tracker.store import connect
    from tracker.web.app import create_app
    from tracker.web.reads import Drill, due_page, recent_activity, scored_forecasts

    store = connect(args.url or f"sqlite:///{db}")
    server = Server(create_app(store, token=TOKEN), cookie=f"tracker-token-8765={TOKEN}")  # logged in

    def page(path: str):
        def fetch():
            status, body, seconds = server.get(path)
            assert status == 200, (path, status, body[-300:])
            return seconds
        return fetch

    if args.report_only:
        report_rows(store, page, args.tag, args.repeat)
        server.close()
        store.close()
        return

    def home_calls():
        now = datetime.now(timezone.utc)
        today = dates.today_in(dates.zone("UTC"), now)
        due_page(store, "UTC", now, 1, 25)
        api.list_questions(store, status="open", due_after=today - timedelta(days=1),
                           due_before=today + timedelta(days=15), limit=101)
        api.list_questions(store, status="open", sort="due", limit=101)
        recent_activity(store, 15)

    ours, floor = paired(page("/"), home_calls, args.repeat)
    row("home page (and <= 100 ms)", ours, "its api calls alone", floor, ours / floor, 1.5,
        ours <= 1.5 * floor and ours.median <= 0.1)
    ours, floor = paired(page("/questions/r000001"), lambda: api.question_history(store, "r000001"), args.repeat)
    row("question page (and <= 100 ms)", ours, "api.question_history", floor, ours / floor, 1.5,
        ours <= 1.5 * floor and ours.median <= 0.1)
    from tracker.scales import load_scales

    ours, floor = paired(page("/log"), lambda: load_scales(None), args.repeat)
    row("log form (<= 100 ms)", ours, "loading the scales", floor, ours / floor, 100, ours.median <= 0.1)

    from tracker.web import report_pages

    # Computed each time, as after every write: a report shown again on an unchanged store is reused
    # (report_pages.REUSE_SECONDS), and is timed apart below.
    reuse, report_pages.REUSE_SECONDS = report_pages.REUSE_SECONDS, 0.0
    generated = datetime.now(timezone.utc)
    ours, floor = paired(page("/report"), lambda: report_data(store, Selection(), generated_at=generated),
                         args.repeat)
    row("live report", ours, "report_data", floor, ours / floor, 1.2, ours <= 1.2 * floor)
    ours = timing(page("/report?tag=energy"), args.repeat)
    score_floor = timing(lambda: api.score(store, tag="energy"), args.repeat)
    row("report filtered by tag", ours, "api.score -t energy + 0.5 s", score_floor + 0.5,
        ours / (score_floor + 0.5), 1, ours <= score_floor + 0.5)
    report_pages.REUSE_SECONDS = reuse
    ours = timing(page("/report?tag=energy"), args.repeat)
    row("report filtered by tag, shown again (nothing recorded since)", ours, "api.score -t energy + 0.5 s",
        score_floor + 0.5, ours / (score_floor + 0.5), 1, ours <= score_floor + 0.5)
    calibration = report_data(store, Selection(), generated_at=generated)["calibration"]
    biggest = max(range(len(calibration)), key=lambda i: calibration[i]["count"])
    drill = Drill(Selection(), bin_index=biggest, bins=10)
    ours = timing(page(f"/report/forecasts?bins=10&bin={biggest}"), args.repeat)
    floor = timing(lambda: scored_forecasts(store, drill), args.repeat)
    row(f"drill-down, first page of a bin of {calibration[biggest]['count']:,}", ours, "the 200 ms limit", 0.2,
        ours.median / 0.2, 1, ours.median <= 0.2)
    print(f"  its one read, scored_forecasts: least {floor:.4f}s, median {floor.median:.4f}s")
    server.close()
    store.close()


def report_rows(store, page, tag: str, repeat: int) -> None:
    """The report filtered by ``tag``, computed afresh, on a store as it is, named by its size: the page
    against the filtered score + 0.5 s, and report_data alone (without the time-averaged Brier, which the
    page computes beside it) printed too."""
    from sqlalchemy import text

    from tracker import api
    from tracker.evaluation import Selection
    from tracker.report.data import report_data
    from tracker.web import report_pages

    with store.read() as session:
        predictions = session.execute(text("SELECT count(*) FROM prediction")).scalar_one()
    print(f"store: as it is, {predictions:,} predictions; least and median of {repeat}")
    reuse, report_pages.REUSE_SECONDS = report_pages.REUSE_SECONDS, 0.0
    ours, score_floor = paired(page(f"/report?tag={tag}"), lambda: api.score(store, tag=tag), repeat)
    row(f"report filtered by tag, computed afresh, {predictions:,} predictions", ours,
        f"api.score -t {tag} + 0.5 s", score_floor + 0.5, ours / (score_floor + 0.5), 1, ours <= score_floor + 0.5)
    report_pages.REUSE_SECONDS = reuse
    generated = datetime.now(timezone.utc)
    for averaged in (False, True):
        alone = timing(lambda: report_data(store, Selection(tag=tag), generated_at=generated,
                                           include_time_averaged=averaged), repeat)
        print(f"  report_data -t {tag} alone, time-averaged {'included' if averaged else 'left out'}: "
              f"least {alone:.4f}s, median {alone.median:.4f}s")


if __name__ == "__main__":
    main()
