"""The library surface, on both backends: records in, records out, history kept."""

from datetime import date, datetime, timedelta, timezone

import pytest

from tracker import api
from tracker.errors import InputError, NotFoundError

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)


def log(store, question_id="q", **changes):
    fields = dict(text="Will it?", criteria="It does.", due=date(2027, 1, 1), forecaster="ana", probability=0.6,
                  question_id=question_id, now=T0)
    fields.update(changes)
    return api.log_forecast(store, **fields)


def test_log_records_question_and_first_prediction(store):
    history = log(store, tags=["Russia", "china"], source={"document": "NTA 2023", "quote": "It is likely."})
    again = api.question_history(store, "q")
    assert again == history
    assert again.question.tags == ("china", "russia")
    assert again.question.created_at == T0
    assert again.question.source.quote == "It is likely."


def test_update_appends_and_never_edits(store):
    log(store)
    api.update_forecast(store, "q", forecaster="ana", probability="80%", now=T0 + timedelta(days=1))
    api.update_forecast(store, "q", forecaster="bo", probability=0.3, now=T0 + timedelta(days=2))
    history = api.question_history(store, "q")
    assert [(p.forecaster, p.probability) for p in history.predictions] == [("ana", 0.6), ("ana", 0.8), ("bo", 0.3)]
    with pytest.raises(InputError, match="already has a prediction"):
        api.update_forecast(store, "q", forecaster="bo", probability=0.4, made_at=T0 + timedelta(days=2))


def test_choice_probabilities_are_normalised_when_close_to_one(store):
    history = log(store, probability=None, outcomes={"a": "33%", "b": "33%", "c": "33%"})
    probabilities = history.predictions[0].probabilities
    assert sum(probabilities.values()) == pytest.approx(1, abs=1e-9)
    assert probabilities["a"] == pytest.approx(1 / 3)


def test_correction_supersedes_and_keeps_the_old_resolution(store):
    log(store)
    first = api.resolve_question(store, "q", "no", resolver="ana", now=T0 + timedelta(days=3))[0]
    with pytest.raises(InputError, match="already resolved no"):
        api.resolve_question(store, "q", "yes", resolver="ana")
    second = api.resolve_question(store, "q", "yes", resolver="bo", correction=True, evidence=["https://x"],
                                  now=T0 + timedelta(days=4))[0]
    history = api.question_history(store, "q")
    assert [r.outcome for r in history.resolutions] == ["no", "yes"]
    assert second.supersedes == first.id
    assert history.resolution == second
    assert history.question.status == "resolved"


def test_ambiguous_and_annulled_set_the_status(store):
    log(store, "a")
    log(store, "b")
    api.resolve_question(store, "a", "ambiguous", resolver="ana")
    api.resolve_question(store, "b", "annulled", resolver="ana")
    assert {s.question.id: s.question.status for s in api.list_questions(store)} == {"a": "ambiguous", "b": "annulled"}


def test_failed_condition_annuls_the_dependent_question(store):
    log(store, "war")
    log(store, "sanctions-if-war", condition=("war", "yes"))
    recorded = api.resolve_question(store, "war", "no", resolver="ana")
    assert [(r.question_id, r.outcome) for r in recorded] == [("war", "no"), ("sanctions-if-war", "annulled")]
    assert api.question_history(store, "sanctions-if-war").question.status == "annulled"


def test_condition_already_failed_annuls_at_once(store):
    log(store, "war")
    api.resolve_question(store, "war", "no", resolver="ana")
    history = log(store, "after", condition=("war", "yes"))
    assert history.question.status == "annulled"


def test_unknown_ids(store):
    with pytest.raises(NotFoundError):
        api.question_history(store, "nope")
    with pytest.raises(NotFoundError):
        api.resolve_question(store, "nope", "yes", resolver="ana")


def test_natural_due_date_is_read_in_the_users_zone(store):
    # 23:30 UTC on 31 Dec is already 1 Jan in Vilnius: "in 1 month" counts from there.
    late = datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)
    history = log(store, due="in 1 month", timezone_name="Europe/Vilnius", now=late)
    assert history.question.due == date(2027, 2, 1)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_export_then_apply_rebuilds_the_same_store(store, database_url, tmp_path, fmt):
    from tracker.store import connect

    log(store, "a", tags=["x"], source={"document": "Doc", "date": date(2023, 3, 9)}, phrase="likely", scale="lt-nta")
    log(store, "b", probability=None, outcomes={"up": 0.7, "down": 0.3})
    log(store, "c", condition=("a", "yes"))
    api.update_forecast(store, "a", forecaster="bo", probability=0.1, rationale="news", now=T0 + timedelta(hours=5))
    api.resolve_question(store, "a", "no", resolver="ana", evidence=["https://e"], note="n", now=T0 + timedelta(days=1))
    api.resolve_question(store, "b", "up", resolver="ana", now=T0 + timedelta(days=1))
    api.resolve_question(store, "b", "down", resolver="ana", correction=True, now=T0 + timedelta(days=2))
    api.export_store(store, tmp_path / "out", fmt)

    other_url = database_url.replace("tracker.db", "other.db") if database_url.startswith("sqlite") else None
    if other_url is None:
        import conftest

        other_url, name = conftest.fresh_postgres_database(database_url.rpartition("/")[0] + "/tracker_test")
    other = connect(other_url)
    result = api.apply_paths(other, [tmp_path / "out"])
    assert (result.questions_added, result.predictions_added, result.resolutions_added) == (3, 4, 4)
    for question_id in ("a", "b", "c"):
        mine, theirs = api.question_history(store, question_id), api.question_history(other, question_id)
        assert theirs.question == mine.question
        assert theirs.predictions == mine.predictions
        assert [r.model_copy(update={"id": None, "supersedes": None}) for r in theirs.resolutions] == \
               [r.model_copy(update={"id": None, "supersedes": None}) for r in mine.resolutions]
        assert (theirs.resolution.outcome if theirs.resolution else None) == \
               (mine.resolution.outcome if mine.resolution else None)
    assert not api.apply_paths(other, [tmp_path / "out"]).changed
    assert not api.apply_paths(store, [tmp_path / "out"]).changed
    other.close()


def test_csv_export_neutralises_formulas(store, tmp_path):
    log(store, "f", text="=HYPERLINK(\"http://evil\")", rationale="+1 cmd")
    api.export_store(store, tmp_path, "csv")
    questions = (tmp_path / "questions.csv").read_text()
    assert "'=HYPERLINK" in questions
    assert "'+1 cmd" in (tmp_path / "predictions.csv").read_text()


def test_a_unique_start_of_an_id_names_the_question(store):
    log(store, "china-invades-taiwan")
    log(store, "china-russia-alliance")
    log(store, "china")
    assert api.question_history(store, "china-inv").question.id == "china-invades-taiwan"
    prediction = api.update_forecast(store, "china-rus", forecaster="ana", probability=0.2, now=T0 + timedelta(days=1))
    assert prediction.question_id == "china-russia-alliance"
    (resolution,) = api.resolve_question(store, "china-inv", "no", resolver="ana", now=T0 + timedelta(days=2))
    assert resolution.question_id == "china-invades-taiwan"
    assert api.question_history(store, "china").question.id == "china"  # an exact id wins over prefixes
    with pytest.raises(NotFoundError, match="'china-' is the start of several ids"):
        api.question_history(store, "china-")
    with pytest.raises(NotFoundError, match="no question with id 'chi'"):
        api.question_history(store, "chi")  # too short to be taken as a prefix
    log(store, "ecb-cut-rates-july-2027")
    with pytest.raises(NotFoundError, match=r"'ecb' \(did you mean ecb-cut-rates-july-2027\? the start of an id is "
                                            r"taken from 4 characters\)"):
        api.question_history(store, "ecb")  # one id starts with it: named, with why it was not taken


def test_an_id_prefix_is_matched_literally(store):
    log(store, "a_bcd")
    with pytest.raises(NotFoundError):
        api.question_history(store, "a%bc")  # LIKE wildcards in a prefix match nothing
    assert api.question_history(store, "a_bc").question.id == "a_bcd"


def test_snoozing_a_question_not_yet_due_is_refused(store):
    log(store, due=date(2027, 1, 1))
    with pytest.raises(InputError, match="not due until the end of 2027-01-01"):
        api.snooze_question(store, "q", datetime(2027, 2, 1, tzinfo=timezone.utc),
                            now=datetime(2026, 12, 31, 12, 0, tzinfo=timezone.utc))
    # Due at midnight in Vilnius (22:00 UTC): due there, not yet in UTC.
    late = datetime(2027, 1, 1, 22, 30, tzinfo=timezone.utc)
    api.snooze_question(store, "q", late + timedelta(days=3), timezone_name="Europe/Vilnius", now=late)
    with pytest.raises(InputError, match="not due until"):
        api.snooze_question(store, "q", late + timedelta(days=3), timezone_name="UTC", now=late)


def test_a_correction_must_change_the_outcome(store):
    log(store)
    api.resolve_question(store, "q", "yes", resolver="ana", now=T0 + timedelta(days=1))
    with pytest.raises(InputError, match="already resolved yes: nothing to correct"):
        api.resolve_question(store, "q", "yes", resolver="ana", correction=True, now=T0 + timedelta(days=2))
    api.resolve_question(store, "q", "no", resolver="ana", correction=True, now=T0 + timedelta(days=2))


def test_scoring_an_unknown_tag_or_grouping_is_refused(store):
    log(store, tags=["weather"])
    with pytest.raises(InputError, match=r"no question is tagged 'weathr' \(did you mean weather\?\)") as raised:
        api.score(store, tag="weathr")
    assert raised.value.field == "tags"
    with pytest.raises(InputError, match="cannot group by 'tags'") as raised:
        api.score(store, by="tags")
    assert raised.value.field == "by"
    assert api.score(store, tag=" Weather ")["questions"]["open"] == 1
    with pytest.raises(InputError, match="0 is not a number of bins") as raised:
        api.score(store, bins=0)
    assert raised.value.field == "bins"


def test_question_ids_reads_every_id(store):
    log(store, "b")
    log(store, "a")
    assert sorted(api.question_ids(store)) == ["a", "b"]


def test_a_long_invalid_id_is_cut_in_the_library_error_too(tmp_path):
    from tracker.errors import InputError

    store = api.open_store(tmp_path, f"sqlite:///{tmp_path / 'cut.db'}")
    with pytest.raises(InputError) as caught:
        api.log_forecast(store, text="Will it?", criteria="c", due="2030-01-01", forecaster="ana",
                         probability=0.5, question_id="x y" * 50_000)
    assert len(caught.value.message) < 200, caught.value.message


def test_a_phrase_problem_counts_the_whole_phrase():
    from tracker.scales import load_scales

    field, message = api.phrase_problem(load_scales(), "r" * 100_000, "lt-nta")
    assert field == "phrase"
    assert message.startswith("'" + "r" * 58 + "… (100,000 characters) is not a phrase of lt-nta (known: ")
    assert api.phrase_problem(load_scales(), "likely", "nosuch")[0] == "scale"
    assert api.phrase_problem(load_scales(), "Likely", "lt-nta") is None
