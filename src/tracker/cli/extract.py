"""`tracker extract`: draft forecasts from an assessment's estimative language (never writes to the store)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState

#: Documents longer than this (characters of prose) get a progress bar on a terminal.
PROGRESS_FROM = 50_000


def extract(
    ctx: typer.Context,
    documents: Annotated[list[Path], typer.Argument(metavar="DOC...", help="Documents: .txt, .md, .html or .pdf.")],
    published: Annotated[Optional[str], typer.Option(
        "--published", help="Publication date, YYYY-MM-DD (found in the document otherwise).")] = None,
    scale: Annotated[Optional[str], typer.Option(
        "--scale", help="Scale to read phrases with (default: the document's own legend, else the standard "
                                  "its publisher writes to, else the workspace's extract_scale setting, else the standard "
                                  "whose hallmark term the text uses, plain-reader).")] = None,
    source: Annotated[Optional[str], typer.Option(
        "--source", help='Who published it and its title: "publisher, title".')] = None,
    forecaster: Annotated[Optional[str], typer.Option(
        "--forecaster", "-f", help="Forecaster of the drafts (default: the source forecaster: a quoted "
                                   "speaker, else the publisher).")] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write the forecast file here (default: print it).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the drafts as JSON.")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite the --output file if it exists (a reviewed draft file would be lost).")] = False,
) -> None:
    """Draft forecasts from a document's forward-looking judgements, for review and then `tracker apply`."""
    from datetime import date

    from tracker.errors import InputError, TrackerError
    from tracker.extract import draft_file, extract_document

    state: CliState = ctx.obj
    try:
        when = date.fromisoformat(published.strip()) if published else None
    except ValueError:
        raise InputError("--published", f"{published!r} is not a date (YYYY-MM-DD)") from None
    # Checked before reading: the file may hold drafts already reviewed by hand.
    if output is not None and not as_json and not force and output.exists():
        raise InputError("--output", f"{output} already exists; give --force to overwrite it")
    workspace = _workspace(state)
    extractions = []
    for document in documents:
        with _progress(document) as progress:
            extractions.append(extract_document(document, published=when, scale=scale, source=source,
                                                workspace=workspace, progress=progress,
                                                default_scale=_default_scale(workspace)))
    for extraction in extractions:
        for note in extraction.notes:
            typer.echo(f"note: {extraction.document}: {note}", err=True)
    if as_json:
        from tracker.cli.state import print_json

        print_json([_json(extraction, forecaster) for extraction in extractions])
        return
    text = draft_file(extractions, forecaster)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise TrackerError(f"{output}: {exc.strerror or exc}") from None
    drafts = [d for e in extractions for d in e.drafts]
    low = sum(1 for d in drafts if d.confidence == "low")
    typer.echo(f"Wrote {len(drafts)} draft forecast{'s' if len(drafts) != 1 else ''} to {output} "
               f"({low} with low confidence); review them, then `tracker apply {output}`")


def _json(extraction, forecaster: str | None) -> dict:
    from tracker.extract import question_record
    from tracker.extract.forecast_file import source_forecaster

    drafts = []
    for draft in extraction.drafts:
        record = question_record(draft, extraction, forecaster)
        record["band"] = list(draft.band)
        record["horizon"] = draft.horizon.text
        record["confidence"] = draft.confidence
        record["review"] = list(draft.review)
        # Character offsets of the quoted sentence in the original file, for highlighting it there.
        record["span"] = list(draft.span) if draft.span else None
        # Whose judgement it is (a quoted speaker or the publisher), as distinct from who records it.
        record["source_forecaster"] = source_forecaster(draft, extraction)
        drafts.append(record)
    return {"document": extraction.document, "publisher": extraction.publisher,
            "published": extraction.published, "scale": extraction.scale, "notes": extraction.notes,
            "drafts": drafts}


def _default_scale(workspace: Path | None) -> str | None:
    """The workspace's ``extract_scale`` setting, for a document with neither a legend nor a known publisher."""
    if workspace is None or not (workspace / "tracker.toml").is_file():
        return None
    from tracker.workspace import read_settings

    return read_settings(workspace).extract_scale


def _workspace(state: CliState) -> Path | None:
    """The workspace whose scales/ folder may add scales; extraction needs no store."""
    from tracker.workspace import find_root

    if state is not None and state.workspace:
        return Path(state.workspace)
    return find_root(Path.cwd())


class _progress:
    """A progress bar on stderr for long documents, when stderr is a terminal; otherwise nothing."""

    def __init__(self, document: Path):
        self.document = document
        self.bar = None

    def __enter__(self):
        import sys

        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = None
        return self.update

    def update(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM:
            return
        if self.task is None:
            self.task = self.bar.add_task(f"Reading {self.document.name}", total=total)
        self.bar.update(self.task, completed=done)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
