"""PredictionBook: its own `my_predictions.csv`, and tables of wagers made from its API.

`my_predictions.csv` is built as Ruby's CSV writes it (cells quoted only when they must be, booleans
true/false, nil empty, times as ActiveSupport writes them: `2023-01-05 10:00:00 UTC`). The column order
is assumed (PredictionSerializer's attributes without the responses, then `description_with_group` and
`last_judgement_at`): PredictionsController#mine could not be read.
"""

import csv
import io
import json
from datetime import date, datetime, timezone

COLUMNS = ["id", "description", "deadline", "created_at", "updated_at", "creator_id", "uuid", "withdrawn", "version",
           "visibility", "group_id", "prediction_group_id", "outcome", "mean_confidence", "description_with_group",
           "last_judgement_at"]


def ruby_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else str(row[c]).lower() if isinstance(row.get(c), bool)
                         else row[c] for c in COLUMNS])
    return out.getvalue()


def prediction(pb_id, text, *, outcome=None, mean=None, judged=None, group=None, updated="2024-01-01 00:00:00 UTC"):
    return {"id": pb_id, "description": text, "deadline": "2023-06-01 00:00:00 UTC",
            "created_at": "2023-01-05 10:00:00 UTC", "updated_at": updated, "creator_id": 7,
            "uuid": f"c0ffee-{pb_id}", "withdrawn": False, "version": 2, "visibility": "visible_to_everyone",
            "group_id": None, "prediction_group_id": None, "outcome": outcome, "mean_confidence": mean,
            "description_with_group": f"[{group}] {text}" if group else text, "last_judgement_at": judged}


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def test_my_predictions_csv(cli, workspace):
    (workspace / "my_predictions.csv").write_text(ruby_csv([
        prediction(101, "The bill passes, in some form", outcome=True, mean=70, judged="2023-06-02 08:00:00 UTC",
                   updated="2023-01-06 00:00:00 UTC"),
        prediction(102, "Turnout above 60%", outcome=False, mean=35, judged="2023-06-03 09:30:00 UTC",
                   group="Election"),
        prediction(103, "Nobody wagered on this", mean=None),
    ]))
    result = cli("import", "predictionbook", "my_predictions.csv", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["questions_added"], summary["predictions_added"], summary["resolutions_added"],
            summary["problems"]) == (3, 2, 2, [])
    assert summary["notes"] == [
        "my_predictions.csv: PredictionBook's own export holds no wagers, only each prediction's mean confidence: "
        "imported as one forecast per question by 'predictionbook-group', dated when the prediction was created",
        "my_predictions.csv: 1 prediction has no mean confidence (nobody wagered): imported without a forecast"]
    from tracker import api

    store = api.open_store(workspace)
    bill = api.question_history(store, "pb-101")
    assert (bill.question.text, bill.question.due, bill.question.created_at) == (
        "The bill passes, in some form", date(2023, 6, 1), utc(2023, 1, 5, 10))
    assert [(p.forecaster, p.probability, p.made_at) for p in bill.predictions] == [
        ("predictionbook-group", 0.7, utc(2023, 1, 5, 10))]
    # Judged after the deadline, at last_judgement_at; updated_at (before the deadline) is not a judgement.
    assert [(r.outcome, r.resolved_at) for r in bill.resolutions] == [("yes", utc(2023, 6, 2, 8))]
    turnout = api.question_history(store, "pb-102")
    assert turnout.question.text == "[Election] Turnout above 60%"
    assert (turnout.resolution.outcome, turnout.resolution.resolved_at) == ("no", utc(2023, 6, 3, 9, 30))
    nobody = api.question_history(store, "pb-103")
    assert (nobody.predictions, nobody.question.status) == ((), "open")
    again = cli("import", "predictionbook", "my_predictions.csv", "--json")
    assert json.loads(again.stdout)["changed"] is False


def test_a_judgement_needs_its_time_not_updated_at(cli, workspace):
    (workspace / "my_predictions.csv").write_text(ruby_csv([prediction(104, "Judged, time lost", outcome=True,
                                                                       mean=60)]))
    result = cli("import", "predictionbook", "my_predictions.csv", "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        "my_predictions.csv:2: last_judgement_at: required when the outcome is known (updated_at is when the row "
        "last changed, not when it was judged)",
        "error: 1 problem; nothing was written"]


def test_wager_table(cli, workspace):
    (workspace / "wagers.csv").write_text(
        "id,description,created_at,deadline,outcome,judged_at,user_label,confidence,response_created_at,comment\n"
        "5,Rain on Friday,2023-01-05 10:00:00 UTC,2023-01-13 00:00:00 UTC,right,2023-01-14 09:00:00 UTC,ana,70,"
        "2023-01-05 10:00:00 UTC,\n"
        "5,Rain on Friday,2023-01-05 10:00:00 UTC,2023-01-13 00:00:00 UTC,right,2023-01-14 09:00:00 UTC,bo,40,"
        "2023-01-06 11:00:00 UTC,\"looks dry, to me\"\n")
    result = cli("import", "predictionbook", "wagers.csv", "--json")
    assert result.exit_code == 0, result.stderr
    from tracker import api

    rain = api.question_history(api.open_store(workspace), "pb-5")
    assert [(p.forecaster, p.probability, p.rationale) for p in rain.predictions] == [
        ("ana", 0.7, None), ("bo", 0.4, "looks dry, to me")]
    assert rain.resolution.resolved_at == utc(2023, 1, 14, 9)
