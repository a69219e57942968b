"""`tracker log` and `tracker update`: record a forecast, add a prediction."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from tracker.cli.complete import ID_HELP, complete_question_id
from tracker.cli.state import CliState, given_name

PROBABILITY_HELP = "Probability of yes: 0.7, 70% or 3:1 odds."
OUTCOME_HELP = "For a choice question, an outcome and its probability, e.g. --outcome calm=0.6 (repeat it)."


def _say_rescaled(typed: dict[str, str] | None, notes: list[str]) -> None:
    """A note when the outcomes' probabilities as typed do not sum to 1: what was stored is rescaled
    (the library rescales a sum near 1), and the user should know the numbers shown are not the typed ones."""
    import math

    from tracker.probability import parse_probability

    if not typed:
        return
    total = math.fsum(parse_probability(p) for p in typed.values())
    if total != 1.0:
        notes.append(f"rescaled to sum to 1 from a sum of {total:.6g} (typed "
                     + ", ".join(f"{name} {p.strip()}" for name, p in typed.items()) + ")")


def _outcomes(pairs: list[str] | None) -> dict[str, str] | None:
    from tracker.errors import InputError

    if not pairs:
        return None
    parsed: dict[str, str] = {}
    for pair in pairs:
        name, sep, probability = pair.partition("=")
        if not sep or not name.strip():
            raise InputError("--outcome", f"{pair!r} is not NAME=PROBABILITY")
        if name.strip() in parsed:
            raise InputError("--outcome", f"outcome {name.strip()!r} given twice")
        parsed[name.strip()] = probability
    return parsed


def _check_phrase(state: CliState, phrase: str | None, scale: str | None, probability: str | None,
                  has_outcomes: bool, notes: list[str]) -> str | None:
    """The probability to record: the one given, or the scale's for ``phrase``. An unknown scale is an
    error; a phrase not in its scale, or a probability outside the phrase's band, is a note."""
    if not phrase or not scale:
        return probability
    from tracker.errors import InputError, shown
    from tracker.probability import format_probability, parse_probability
    from tracker.scales import load_scales

    scales = load_scales(state.open()[0].root)
    if scale not in scales:
        raise InputError("--scale", f"unknown scale {scale!r} (one of {', '.join(sorted(scales))}; "
                                    "a workspace adds its own in scales/)")
    entry = scales[scale].lookup(phrase)
    if entry is None and probability is None and not has_outcomes:
        # Nothing to take the probability from: say why, not merely that a probability is missing.
        known = ", ".join(p.phrase for p in scales[scale].phrases)
        elsewhere = [name for name, other in sorted(scales.items()) if other.lookup(phrase)]
        hint = f"; it is a phrase of {', '.join(elsewhere)}: add --scale {elsewhere[0]}" if elsewhere else ""
        raise InputError("--phrase", f"{shown(phrase.strip())} is not a phrase of {scale} (known: {known}){hint}; "
                                     "or give -p")
    if entry is None:
        notes.append(f"{phrase!r} is not a phrase of {scale}: the report will show it without a band")
        return probability
    low, high = entry.band
    if probability is None and not has_outcomes:
        notes.append(f"probability {format_probability(entry.probability)}: what {scale} scores {phrase!r} at")
        return str(entry.probability)
    try:
        given = parse_probability(probability) if probability is not None else None
    except ValueError:
        return probability  # the library says what is wrong with it
    if given is not None and not low <= given <= high:
        notes.append(f"{format_probability(given)} is outside {scale}'s band for {phrase!r} "
                     f"({format_probability(low)}-{format_probability(high)})")
    return probability


#: The fields of a forecast's source as the `log` flags that fill them.
SOURCE_FLAGS = {"source.document": "--source", "source.url": "--source-url", "source.quote": "--quote"}


def log(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The question or claim, e.g. \"Will X happen by 2027?\"")],
    criteria: Annotated[str, typer.Option("--criteria", "-c", help="How a stranger would decide the outcome.")],
    due: Annotated[str, typer.Option("--due", "-d", help="Due date: 2027-12-31, 'end of 2027', 'in 6 months'.")],
    probability: Annotated[Optional[str], typer.Option("--probability", "-p", help=PROBABILITY_HELP)] = None,
    outcome: Annotated[Optional[list[str]], typer.Option("--outcome", "-o", help=OUTCOME_HELP)] = None,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", "-t", help="A tag (repeat for more).")] = None,
    forecaster: Annotated[Optional[str], typer.Option("--forecaster", "-f",
                                                      help="Who forecasts (default from tracker.toml).")] = None,
    question_id: Annotated[Optional[str], typer.Option("--id", help="Question id (default: made from the text).")] = None,
    phrase: Annotated[Optional[str], typer.Option(help="Estimative phrase the probability came from.")] = None,
    scale: Annotated[Optional[str], typer.Option(help="Estimative scale of the phrase.")] = None,
    rationale: Annotated[Optional[str], typer.Option("--rationale", "-r", help="Why you think so.")] = None,
    source_document: Annotated[Optional[str], typer.Option("--source", help="Document the judgement is from.")] = None,
    source_url: Annotated[Optional[str], typer.Option("--source-url", help="Where the document is.")] = None,
    quote: Annotated[Optional[str], typer.Option(help="The one sentence the judgement is quoted from.")] = None,
    condition: Annotated[Optional[str], typer.Option(
        help="QUESTION=OUTCOME this question depends on; annulled if that resolves otherwise.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the recorded question as JSON.")] = False,
) -> None:
    """Log a new forecast: a question, its resolution criteria, a due date and your probability."""
    from tracker import api
    from tracker.errors import InputError

    state: CliState = ctx.obj
    settings = state.settings
    parsed_condition = None
    if condition:
        name, sep, value = condition.partition("=")
        if not sep:
            raise InputError("--condition", f"{condition!r} is not QUESTION=OUTCOME")
        parsed_condition = (name.strip(), value.strip())
    source = ({"document": source_document, "url": source_url, "quote": quote}
              if source_document or source_url or quote else None)
    notes: list[str] = []
    scale = scale or (settings.scale if phrase else None)
    probability = _check_phrase(state, phrase, scale, probability, bool(outcome), notes)
    try:
        history = api.log_forecast(
            state.store, text=text, criteria=criteria, due=due, probability=probability, outcomes=_outcomes(outcome),
            forecaster=given_name(forecaster, "--forecaster") or settings.forecaster, question_id=question_id,
            tags=tag or (), phrase=phrase, scale=scale, source=source, condition=parsed_condition,
            rationale=rationale, timezone_name=settings.timezone, warnings=notes)
    except InputError as exc:
        # The library names the source's fields (source.url); the user typed the flags that fill them.
        if exc.field in SOURCE_FLAGS:
            raise InputError(SOURCE_FLAGS[exc.field], exc.message) from None
        raise
    _say_rescaled(_outcomes(outcome), notes)
    for note in notes:
        typer.echo(f"note: {note}", err=True)
    if as_json:
        from tracker.cli.state import print_json

        print_json(history)
        return
    from tracker.cli.render import prediction_text

    question = history.question
    echoed = "" if due.strip() == question.due.isoformat() else f" (from {due.strip()!r})"
    typer.echo(f"Logged {question.id}: {prediction_text(history.predictions[0])} by "
               f"{history.predictions[0].forecaster}, due {question.due.isoformat()}{echoed}")
    if question.status == "annulled":
        typer.echo(f"Annulled at once: {history.resolutions[0].note}")


def update(
    ctx: typer.Context,
    question_id: Annotated[str, typer.Argument(metavar="ID", help=ID_HELP, autocompletion=complete_question_id)],
    probability: Annotated[Optional[str], typer.Option("--probability", "-p", help=PROBABILITY_HELP)] = None,
    outcome: Annotated[Optional[list[str]], typer.Option("--outcome", "-o", help=OUTCOME_HELP)] = None,
    forecaster: Annotated[Optional[str], typer.Option("--forecaster", "-f",
                                                      help="Who forecasts (default from tracker.toml).")] = None,
    phrase: Annotated[Optional[str], typer.Option(help="Estimative phrase the probability came from.")] = None,
    scale: Annotated[Optional[str], typer.Option(help="Estimative scale of the phrase.")] = None,
    rationale: Annotated[Optional[str], typer.Option("--rationale", "-r", help="Why it changed.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the new prediction as JSON.")] = False,
) -> None:
    """Add a new prediction to a question; earlier predictions are kept as they were."""
    from tracker import api

    from tracker.errors import InputError

    state: CliState = ctx.obj
    notes: list[str] = []
    scale = scale or (state.settings.scale if phrase else None)
    probability = _check_phrase(state, phrase, scale, probability, bool(outcome), notes)
    if probability is None and not outcome:
        raise InputError("probability", "give the new probability (or --outcome NAME=P, repeated, for a choice "
                                        "question)")
    try:
        prediction = api.update_forecast(
            state.store, question_id, forecaster=given_name(forecaster, "--forecaster") or state.settings.forecaster,
            probability=probability, outcomes=_outcomes(outcome), phrase=phrase, scale=scale, rationale=rationale)
    except InputError as exc:
        # The library's "id" is the question named by the ID argument: update has no --id flag.
        raise InputError("ID", exc.message) if exc.field == "id" else exc from None
    _say_rescaled(_outcomes(outcome), notes)
    for note in notes:
        typer.echo(f"note: {note}", err=True)
    if as_json:
        from tracker.cli.state import print_json

        print_json(prediction)
        return
    from tracker.cli.render import prediction_text

    typer.echo(f"Updated {prediction.question_id}: {prediction_text(prediction)} by {prediction.forecaster}")
