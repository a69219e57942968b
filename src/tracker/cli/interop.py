"""`tracker import`, `tracker export fatebook` and `tracker calendar`: other tools' files in and out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from tracker.cli.state import CliState

import_app = typer.Typer(
    name="import", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    help="Read another tool's file into the store: one transaction, safe to run twice.\n\nRows that cannot be "
         "imported are listed as FILE:LINE: COLUMN: MESSAGE and left out (with --strict: nothing is written).")

_STRICT = typer.Option("--strict", help="Write nothing (and exit 1) when any row has a problem.")
_JSON = typer.Option("--json", help="Print a summary of what was read and imported as JSON.")
_FORECASTER = typer.Option("--forecaster", "-f",
                           help="Who forecasts and resolutions are from when the file does not say "
                                "(default: the forecaster in tracker.toml).")


def _run(ctx: typer.Context, importer, as_json: bool) -> None:
    """Run an import; print its notes and left-out rows on stderr and its summary on stdout."""
    from tracker.interop import ImportErrors

    try:
        result = importer(ctx.obj)
    except ImportErrors as exc:
        for note in exc.notes:
            typer.echo(f"note: {note}", err=True)
        raise
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    for problem in result.problems:
        typer.echo(str(problem), err=True)
    if as_json:
        from tracker.cli.state import print_json

        print_json(result.to_json())
        return
    files = ", ".join(result.files)
    skipped = result.rows - result.rows_imported
    if not result.changed:
        typer.echo(f"Nothing to change: the store already holds the {result.rows_imported} importable row"
                   f"{'s' if result.rows_imported != 1 else ''} of {files}.")
    else:
        from tracker.cli.render import plural

        typer.echo(f"Imported {result.rows_imported} of {plural(result.rows, 'row')} from {files}: "
                   f"{plural(result.questions_added, 'question')} added, {result.questions_updated} updated, "
                   f"{plural(result.predictions_added, 'prediction')}, "
                   f"{plural(result.resolutions_added, 'resolution')}.")
    for question_id in result.annulled:
        typer.echo(f"Annulled {question_id}: its condition failed.")
    if skipped:
        typer.echo(f"{skipped} row{'s were' if skipped != 1 else ' was'} left out (listed above); "
                   "--strict writes nothing when any row has a problem.", err=True)


def _run_file(ctx, importer, file: Path, forecaster: str | None, strict: bool, as_json: bool) -> None:
    """Import one file of another tool, forecasts without a forecaster going to ``forecaster`` (or tracker.toml's)."""
    _run(ctx, lambda state: importer(state.store, file, forecaster=forecaster or state.settings.forecaster,
                                     strict=strict), as_json)


@import_app.command("fatebook")
def import_fatebook(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A Fatebook export (.csv), or a file in Fatebook's import format.")],
    forecaster: Annotated[Optional[str], _FORECASTER] = None,
    strict: Annotated[bool, _STRICT] = False,
    as_json: Annotated[bool, _JSON] = False,
) -> None:
    """Import a Fatebook CSV: questions get ids from their titles, multiple-choice rows become choice questions."""
    from tracker.interop import import_fatebook

    _run_file(ctx, import_fatebook, file, forecaster, strict, as_json)


@import_app.command("predictionbook")
def import_predictionbook(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="PredictionBook's my_predictions.csv, or a table with one row per response (wager).")],
    forecaster: Annotated[Optional[str], _FORECASTER] = None,
    strict: Annotated[bool, _STRICT] = False,
    as_json: Annotated[bool, _JSON] = False,
) -> None:
    """Import PredictionBook's own export or a table of its wagers (docs/interop.md); ids are pb-<id>."""
    from tracker.interop import import_predictionbook

    _run_file(ctx, import_predictionbook, file, forecaster, strict, as_json)


@import_app.command("csv")
def import_csv(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(
        metavar="DIRECTORY", help="The folder `tracker export --format csv` wrote (questions.csv, predictions.csv, resolutions.csv).")],
    strict: Annotated[bool, _STRICT] = False,
    as_json: Annotated[bool, _JSON] = False,
) -> None:
    """Read back the CSV tables of `tracker export --format csv` (formula apostrophes undone)."""
    from tracker.interop import import_tables

    _run(ctx, lambda state: import_tables(state.store, directory, strict=strict), as_json)


def export(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(
        metavar="DIRECTORY|fatebook", help="Folder to write to, or `fatebook` followed by the CSV file to write.")] = "export",
    file: Annotated[Optional[Path], typer.Argument(metavar="FILE", help="With `fatebook`: the CSV file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="yaml or json (both re-applyable), csv, or fatebook "
                                                      "(then DIRECTORY is the CSV file).")] = "yaml",
    as_json: Annotated[bool, typer.Option("--json", help="Print the written paths as JSON.")] = False,
) -> None:
    """Write the store out: files `tracker apply` reads back (yaml, json), CSV tables, or Fatebook's import CSV.

    `tracker export fatebook FILE.csv` (or `--format fatebook FILE.csv`) writes one row per forecast in
    Fatebook's import format, headed by the labels its import page maps by itself; a choice question
    becomes one yes/no question per outcome, which `tracker import fatebook` joins again.
    """
    from tracker.errors import InputError
    from tracker.export import FORMATS

    from tracker.cli.state import did_you_mean

    state: CliState = ctx.obj
    if fmt not in (*FORMATS, "fatebook"):
        raise InputError("--format", f"{fmt!r} is not one of {', '.join((*FORMATS, 'fatebook'))}"
                                     f"{did_you_mean(fmt, (*FORMATS, 'fatebook'))}")
    # `export fatebok` would otherwise write YAML into a new folder named after the typo.
    if (target != "fatebook" and "/" not in target and did_you_mean(target, ["fatebook"])
            and not Path(target).exists()):
        raise InputError("DIRECTORY|fatebook", f"{target!r} is not a format{did_you_mean(target, ['fatebook'])}; "
                                               f"to write a folder of that name, give ./{target}")
    if target == "fatebook" or fmt == "fatebook":
        if target == "fatebook" and file is None:
            raise InputError("FILE", "give the CSV file to write: tracker export fatebook FILE.csv")
        if target != "fatebook" and file is not None:
            raise InputError("FILE", "give one file: tracker export fatebook FILE.csv")
        from tracker.interop import export_fatebook

        written = export_fatebook(state.existing_store, file if target == "fatebook" else Path(target))
        if as_json:
            from tracker.cli.state import print_json

            print_json({"files": [written["file"]], **written})
            return
        from tracker.cli.render import plural

        typer.echo(f"Wrote {written['file']}: {plural(written['rows'], 'forecast')} of "
                   f"{plural(written['questions'], 'question')}")
        if written["choice_questions_split"]:
            split = written["choice_questions_split"]
            typer.echo(f"  {split} choice question{'s were' if split != 1 else ' was'} written as one yes/no question "
                       "per outcome, titled 'TEXT [OUTCOME]' (Fatebook's import has no multiple choice; "
                       "`tracker import fatebook` joins them again)")
        if written["annulled_questions"]:
            annulled = written["annulled_questions"]
            typer.echo(f"  {annulled} annulled question{'s were' if annulled != 1 else ' was'} written ANNULLED: "
                       "Fatebook reads it as AMBIGUOUS, `tracker import fatebook` as annulled")
        if written["questions_without_forecasts"]:
            left = written["questions_without_forecasts"]
            typer.echo(f"  {left} question{'s' if left != 1 else ''} without forecasts left out (Fatebook's import "
                       "needs a forecast per row)")
        typer.echo(f"  Not in the file (Fatebook's import cannot hold them): {written['not_carried']}")
        return
    if file is not None:
        raise InputError("FILE", f"only `tracker export fatebook FILE` takes a file; {target} is the folder")
    from tracker.cli.ledger import export as export_files

    export_files(ctx, directory=Path(target), fmt=fmt, as_json=as_json)


def calendar(
    ctx: typer.Context,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The .ics file to write (default: stdout).")] = None,
    include_resolved: Annotated[bool, typer.Option("--all", help="Include resolved, ambiguous and annulled questions.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the file and its events as JSON (needs -o).")] = False,
) -> None:
    """Write the open questions' due dates as an iCalendar feed: all-day events, one per question, stable UIDs."""
    from tracker.errors import InputError
    from tracker.interop import write_calendar

    state: CliState = ctx.obj
    if as_json and output is None:
        raise InputError("--json", "needs -o FILE: the calendar itself goes to stdout otherwise")
    skipped: list[str] = []
    data, summaries = write_calendar(state.existing_store, output, include_resolved=include_resolved,
                                     skipped=skipped)
    for line in skipped:
        typer.echo(f"skipped {line}", err=True)
    if as_json:
        from tracker.cli.state import print_json
        from tracker.interop.calendar import question_uid

        print_json({"file": str(output), "events": len(summaries),
                    "questions": [{"id": s.question.id, "uid": question_uid(s.question.id), "due": s.question.due,
                                   "status": s.question.status} for s in summaries]})
        return
    if output is None:
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from tracker.cli.render import plural

    what = "question" if include_resolved else "open question"
    typer.echo(f"Wrote {output}: {plural(len(summaries), what)} by due date")
