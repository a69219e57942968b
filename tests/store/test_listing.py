"""tracker.store.listing reads rows without the ORM: it must give the very records the ORM path gives."""

import textwrap
from datetime import timezone

FILE = textwrap.dedent("""\
    questions:
      - id: parent
        text: Will the treaty be signed in 2027?
        criteria: Signed by both heads of state.
        due: 2027-12-31
        tags: [treaty, europe]
        source: {document: Outlook 2026, publisher: Ministry, date: 2026-02-01, quote: It is likely., location: p. 3}
        phrase: likely
        scale: lt-nta
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T10:00:00Z, probability: 0.7, phrase: likely, rationale: Talks.}
          - {forecaster: bo, made_at: 2026-01-01T10:00:00Z, probability: 0.6}
          - {forecaster: ana, made_at: 2026-03-01T10:00:00+02:00, probability: 0.75}
      - id: child
        text: Will the treaty be ratified by June 2028?
        criteria: Ratified by the parliament.
        due: 2028-06-30
        condition: {question: parent, outcome: "yes"}
        remind_every_days: 14
        predictions:
          - {forecaster: bo, made_at: 2026-02-01T10:00:00Z, probability: 0.5}
      - id: vote
        text: Which party will win?
        criteria: Official results.
        kind: choice
        outcomes: [left, right]
        due: 2026-10-01
        predictions:
          - {forecaster: bo, made_at: 2026-01-03T10:00:00Z, probabilities: {left: 0.45, right: 0.55}}
      - id: bare
        text: Will nothing be predicted here?
        criteria: Never.
        due: 2030-01-01
        created_at: 2026-01-05T00:00:00Z
    resolutions:
      - {question_id: vote, outcome: left, resolved_at: 2026-10-02T09:00:00Z, resolver: ana, evidence: [results.example]}
      - {question_id: vote, outcome: right, resolved_at: 2026-10-03T09:00:00Z, resolver: bo, correction: true,
         note: Recount., evidence: [recount.example, commission]}
    """)


def test_listing_gives_the_records_the_orm_reads(store, tmp_path):
    from tracker import api

    (tmp_path / "f.yaml").write_text(FILE)
    api.apply_paths(store, [tmp_path / "f.yaml"])
    summaries = api.list_questions(store)
    assert [s.question.id for s in summaries] == ["vote", "parent", "child", "bare"]
    for summary in summaries:
        history = api.question_history(store, summary.question.id)
        assert summary.question.model_dump() == history.question.model_dump()
        assert summary.predictions == len(history.predictions)
        latest = history.predictions[-1].model_dump() if history.predictions else None
        assert (summary.latest.model_dump() if summary.latest else None) == latest
        resolution = history.resolution.model_dump() if history.resolution else None
        assert (summary.resolution.model_dump() if summary.resolution else None) == resolution
        for moment in (summary.question.created_at, summary.latest and summary.latest.made_at,
                       summary.resolution and summary.resolution.resolved_at):
            assert moment is None or moment.tzinfo is timezone.utc
    by_id = {s.question.id: s for s in summaries}
    assert by_id["parent"].latest.probability == 0.75 and by_id["parent"].question.source.date.isoformat() == "2026-02-01"
    assert by_id["vote"].resolution.outcome == "right" and by_id["vote"].resolution.evidence == ("recount.example",
                                                                                                   "commission")
    assert by_id["child"].question.condition.outcome == "yes" and by_id["bare"].latest is None


def test_listing_filters_apply_before_the_limit(store, tmp_path):
    from tracker import api

    (tmp_path / "f.yaml").write_text(FILE)
    api.apply_paths(store, [tmp_path / "f.yaml"])
    only_ana = api.list_questions(store, forecaster="ana")
    assert [(s.question.id, s.predictions, s.latest.probability) for s in only_ana] == [("parent", 2, 0.75)]
    assert [s.question.id for s in api.list_questions(store, tag="europe", limit=1)] == ["parent"]
    assert [s.question.id for s in api.list_questions(store, sort="created", descending=True, limit=2)] == \
        [s.question.id for s in sorted(api.list_questions(store), key=lambda s: (s.question.created_at,
                                                                                 s.question.id))][::-1][:2]


def test_latest_predictions(store, tmp_path):
    from tracker import api
    from tracker.store import listing

    (tmp_path / "f.yaml").write_text(FILE)
    api.apply_paths(store, [tmp_path / "f.yaml"])
    with store.read() as session:
        latest = listing.latest_predictions(session, ["parent", "child", "bare", "unknown"])
    assert {k: (p.forecaster, p.probability) for k, p in latest.items()} == {"parent": ("ana", 0.75),
                                                                             "child": ("bo", 0.5)}
