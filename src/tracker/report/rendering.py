"""Drawing the report's figures in worker processes, started before the figures' data exists.

Importing matplotlib takes about 0.4 s and the five figures about 0.7 s to draw: on a store of a
million forecasts that is most of `tracker report`. So a worker process starts with the report and
imports matplotlib while the main process queries the store. Once the data is there, on Linux the
worker forks a second worker (which starts with matplotlib already imported, instead of paying for
the import again on a core the first one needs), and the figures go to whichever worker is free
while the main process writes scores.json and report.md.

Workers are plain processes talking over pipes, forked from single-threaded processes only. The
bytes are those of drawing in-process (tracker.report.plots.draw_plot in both cases); a figure whose
worker could not start, or died, is drawn in-process; a drawing error is raised here, as it would be
in-process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tracker.report.plots import NAMES, draw_plot

#: Longest first, so that the last figure handed out is a short one.
DRAW_ORDER = ("over_time", "reliability", "phrases", "corp", "sharpness")
FORK = "fork"


def _serve(connection, sibling=None, inherited=()) -> None:
    """A worker: import matplotlib, say so, then draw what it is sent until it is sent None. Sent
    FORK, it forks a copy of itself that serves ``sibling`` (the second worker). ``inherited``: the
    main process's ends of the pipes, which a forked worker closes so that it sees the main process
    go away (end of file) instead of waiting for it forever."""
    for end in inherited:
        end.close()
    import matplotlib.figure  # noqa: F401 - the import is the work done ahead
    from matplotlib.backends import backend_agg  # noqa: F401

    children = []
    _loop(connection, lambda: children.append(_fork_sibling(connection, sibling)))
    for pid in children:
        if pid:
            os.waitpid(pid, 0)


def _fork_sibling(own, sibling) -> int | None:
    if sibling is None:
        return None
    pid = os.fork()
    if pid == 0:  # the second worker: matplotlib already imported, nothing else running
        own.close()
        try:
            _loop(sibling, lambda: None)
        finally:
            os._exit(0)
    sibling.close()
    return pid


def _loop(connection, on_fork) -> None:
    connection.send(("ready", None))
    while (task := connection.recv()) is not None:
        if task == FORK:
            on_fork()
            continue
        name, scores, directory = task
        try:
            connection.send(("drawn", draw_plot(name, scores, directory)))
        except Exception as exc:  # noqa: BLE001 - handed to the main process, which raises it
            connection.send(("failed", exc))


class PlotRenderer:
    """``with PlotRenderer() as plots: ... plots.start(scores, directory) ... paths = plots.finish()``

    Draws with two workers on a machine with two cores or more, else in-process; the environment
    variable TRACKER_PLOT_WORKERS (0, 1 or 2) overrides that."""

    def __init__(self):
        setting = os.environ.get("TRACKER_PLOT_WORKERS", "").strip()
        if setting and setting not in ("0", "1", "2"):
            from tracker.errors import TrackerError

            raise TrackerError(f"TRACKER_PLOT_WORKERS={setting!r}: give 0 (draw in-process), 1 or 2")
        self._allowed = int(setting) if setting else (2 if (os.cpu_count() or 1) >= 2 else 0)
        self._connections: list = []  # to each worker, in the order they were asked for
        self._processes: list = []  # ours: the first worker, and the second one when it is not forked by the first
        self._sibling = None  # our end of the second worker's pipe, when the first one forks it
        self._job: tuple[dict, Path] | None = None
        if self._allowed:
            self._start_first()

    def _context(self):
        import multiprocessing

        forking = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
        return multiprocessing.get_context("fork" if forking else None), forking

    def _start_first(self) -> None:
        context, forking = self._context()
        try:
            mine, theirs = context.Pipe()
            sibling_mine, sibling_theirs = context.Pipe() if forking and self._allowed > 1 else (None, None)
            inherited = (mine, sibling_mine) if forking and sibling_mine else (mine,) if forking else ()
            process = context.Process(target=_serve, args=(theirs, sibling_theirs, inherited), daemon=True,
                                      name="tracker-plots")
            process.start()
        except (OSError, RuntimeError, ValueError):
            return  # draw in-process
        theirs.close()
        if sibling_theirs is not None:
            sibling_theirs.close()
        self._processes.append(process)
        self._connections.append(mine)
        self._sibling = sibling_mine

    def start(self, scores: dict, directory: Path) -> None:
        """The data is ready: bring in the second worker and remember what to draw."""
        directory.mkdir(parents=True, exist_ok=True)
        self._job = (scores, directory)
        if self._allowed < 2 or not self._connections:
            return
        if self._sibling is not None:
            try:
                self._connections[0].send(FORK)
                self._connections.append(self._sibling)
            except OSError:
                pass
            return
        context, _ = self._context()  # no fork here: start the second worker from scratch
        try:
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs,), daemon=True, name="tracker-plots")
            process.start()
            theirs.close()
            self._processes.append(process)
            self._connections.append(mine)
        except (OSError, RuntimeError, ValueError):
            pass

    def finish(self) -> dict[str, Path]:
        """Draw every figure (in the workers when there are any); return ``{file name: path}``."""
        from multiprocessing.connection import wait

        scores, directory = self._job
        pending, drawn, busy = list(DRAW_ORDER), {}, {}
        live = list(self._connections)
        while live and (pending or busy):
            for connection in wait(live):
                try:
                    kind, value = connection.recv()
                except (EOFError, OSError):  # the worker died: its figure is drawn by someone else
                    if connection in busy:
                        pending.append(busy.pop(connection))
                    live.remove(connection)
                    continue
                if kind == "failed":
                    raise value
                if kind == "drawn":
                    drawn[busy.pop(connection)] = value
                if pending:
                    busy[connection] = pending.pop(0)
                    connection.send((busy[connection], scores, directory))
        for name in pending:
            drawn[name] = draw_plot(name, scores, directory)
        return {f"{name}.png": drawn[name] for name in NAMES}

    def close(self) -> None:
        """Stop the workers (each finishes the figure it is drawing first)."""
        connections = self._connections + ([self._sibling] if self._sibling not in self._connections
                                           and self._sibling is not None else [])
        for connection in reversed(connections):  # the second worker first: the first one waits for it
            try:
                connection.send(None)
            except OSError:
                pass
        for process in self._processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
        for connection in connections:
            connection.close()
        self._connections, self._sibling, self._processes = [], None, []

    def __enter__(self) -> PlotRenderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
