"""The live report's and the drill-down's query parameters read as `tracker report` reads its flags: the
same date phrases for `since` (refused in the CLI's words, beside the field, with nothing computed), an
empty field meaning "no filter" and saying so, and a repeated parameter refused as a repeated flag is."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from html import unescape

import pytest
from dateutil.relativedelta import relativedelta
from markupsafe import escape

from tracker import api

#: The report's filters, in the form's order: each a field of the form and a query parameter.
FILTERS = ("forecaster", "tag", "source", "phrase", "horizon", "since", "as_of")

ZONE = "Europe/Vilnius"  # the zone the make_client fixture serves in, and the workspace's


@pytest.fixture
def dated(workspace, database_url):
    """Three questions resolved 400, 100 and 10 days ago (one forecast each, by ana): yes at 80%, no at
    30%, yes at 60%."""
    store = api.open_store(workspace, database_url, create=False)
    now = datetime.now(timezone.utc)
    try:
        for qid, p, outcome, asked, resolved in [("old", 0.8, "yes", 500, 400), ("mid", 0.3, "no", 200, 100),
                                                 ("new", 0.6, "yes", 50, 10)]:
            made = now - timedelta(days=asked)
            api.log_forecast(store, text=f"Question {qid}?", criteria="c", due=(made + timedelta(days=30)).date(),
                             forecaster="ana", probability=p, question_id=qid, tags=["econ"], now=made)
            api.resolve_question(store, qid, outcome, resolver="ana", now=now - timedelta(days=resolved))
    finally:
        store.close()


def scored(html: str) -> int:
    """The report's count of binary forecasts scored ("What was scored")."""
    return int(re.search(r'<td><a href="/report/forecasts\?[^"]*">(\d+)</a></td></tr></tbody>', html).group(1))


def brier_shown(html: str) -> str:
    return re.search(r'<th scope="col">mean forecast</th></tr></thead>\s*<tbody><tr><td>\d+</td><td>([^<]+)</td>',
                     html).group(1)


def listed(html: str) -> list[str]:
    return re.findall(r'<tr><th scope="row"><a href="/questions/([^"]+)">', html)


@pytest.fixture
def computed(monkeypatch):
    """How many times the report's data was computed."""
    from tracker.report import data

    calls = []
    original = data.report_data
    monkeypatch.setattr(data, "report_data", lambda *a, **k: calls.append(1) or original(*a, **k))
    return calls


def today() -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(ZONE)).date()


@pytest.mark.parametrize("since,questions,brier", [
    # Hand-worked: (0.6 - 1)^2; ((0.3 - 0)^2 + (0.6 - 1)^2) / 2; (0.04 + 0.09 + 0.16) / 3.
    ("3 months ago", ["new"], 0.16), ("1 year ago", ["mid", "new"], 0.125),
    ("end of 2020", ["mid", "new", "old"], 0.0967)])
def test_since_takes_the_phrases_the_command_line_takes(dated, make_client, since, questions, brier):
    client = make_client()
    page = client.get("/report", params={"since": since})
    assert page.status_code == 200, page.text[-400:]
    assert scored(page.text) == len(questions)
    assert float(brier_shown(page.text)) == pytest.approx(brier, abs=5e-4)
    assert f"--since '{since}'" in unescape(page.text)  # shell-quoted: the command line runs as shown
    drilled = client.get("/report/forecasts", params={"since": since})
    assert sorted(listed(drilled.text)) == questions


def test_a_relative_since_shows_the_day_it_means(dated, make_client):
    html = make_client().get("/report", params={"since": "3 months ago"}).text
    day = today() - relativedelta(months=3)
    assert f"resolved since <strong>{day.isoformat()} (3 months ago)</strong>" in html


@pytest.mark.parametrize("since", ["3 months ago", "2026-01", "last year", "end of 2025", "2026-01-31", "someday",
                                   "2026-02-30", "31/01/2026", "3000-01-01"])
def test_since_is_accepted_and_refused_as_the_command_line_does(dated, make_client, cli, computed, since):
    """The same value, through `tracker score --since` and the page: both take it and count the same
    forecasts, or both refuse it in the same words (the page's beside its field, nothing computed)."""
    run = cli("score", "--since", since, "--json")
    page = make_client().get("/report", params={"since": since})
    if run.exit_code == 0:
        assert page.status_code == 200, page.text[-400:]
        groups = json.loads(run.stdout)["groups"]
        assert scored(page.text) == sum(g["n"] for g in groups)
        return
    assert page.status_code == 400
    said = run.stderr.strip().removeprefix("error: --since: ")
    assert f'<p class="error" id="since-error" role="alert">since: {escape(said)}</p>' in page.text
    assert 'name="since" value="{}"'.format(escape(since)) in page.text
    assert computed == []  # refused before anything is computed


def test_a_bad_since_is_refused_beside_its_field_in_the_drill_down_too(dated, make_client):
    page = make_client().get("/report/forecasts", params={"since": "someday", "bin": 3, "bins": 10})
    assert page.status_code == 400
    assert 'aria-describedby="since-error"' in page.text and 'id="since-error"' in page.text
    assert "cannot read &#39;someday&#39; as a date" in page.text
    # Fixed in this form, the same list comes back: its own parameters ride along.
    assert 'action="/report/forecasts"' in page.text
    assert '<input type="hidden" name="bin" value="3">' in page.text
    assert '<input type="hidden" name="bins" value="10">' in page.text


def test_the_form_submits_every_filter_and_empty_ones_mean_no_filter(client):
    html = client.get("/report").text
    form = html.split('<form class="filters"', 1)[1].split("</form>", 1)[0]
    assert re.findall(r'<input name="(\w+)"', form) == list(FILTERS)
    everything = scored(html)
    assert "No filter applied" in html
    submitted = client.get("/report?" + "&".join(f"{name}=" for name in FILTERS))  # the form, all left empty
    assert submitted.status_code == 200
    assert scored(submitted.text) == everything
    assert "No filter applied: every scored forecast." in submitted.text
    assert "The same numbers as <code>tracker report</code>." in submitted.text
    assert "aria-invalid" not in submitted.text and ">Clear</a>" not in submitted.text


@pytest.mark.parametrize("query", ["tag=", "tag=%20%20", "tag=&forecaster=", "since=&as_of="])
def test_an_empty_or_blank_filter_says_no_filter_is_applied(client, query):
    page = client.get(f"/report?{query}")
    assert page.status_code == 200
    assert "No filter applied" in page.text and "Filters applied" not in page.text
    assert 'name="tag" value=""' in page.text
    drilled = client.get(f"/report/forecasts?{query}")
    assert drilled.status_code == 200 and "No filter applied." in drilled.text
    assert len(listed(drilled.text)) == 5  # every scored forecast of the populated workspace


def test_a_filter_in_force_is_named(client):
    page = client.get("/report?tag=econ&forecaster=")
    assert "Filters applied: tag <strong>econ</strong>." in page.text and "No filter applied" not in page.text
    assert "Filters: tag econ" in client.get("/report/forecasts?tag=econ").text


REPEATS = {"forecaster": ("ana", "bob"), "tag": ("econ", "infra"), "source": ("(no source)", "(no source)"),
           "phrase": ("likely", "(no phrase)"), "horizon": ("0-3 months", "3-12 months"),
           "since": ("2026-01-01", "3 months ago"), "as_of": ("30d", "60d")}


@pytest.mark.parametrize("name", FILTERS)
def test_a_repeated_filter_is_refused_beside_its_field(client, computed, name):
    first, second = REPEATS[name]
    query = [(name, first), (name, second)]
    page = client.get("/report", params=query)
    assert page.status_code == 400
    said = f"{name}: given twice ({first!r}, then {second!r}): give it once"
    assert f'<p class="error" id="{name}-error" role="alert">{escape(said)}</p>' in page.text
    assert f'aria-describedby="{name}-error"' in page.text
    assert 'name="{}" value="{}"'.format(name, escape(first)) in page.text  # the form shows what was asked
    drilled = client.get("/report/forecasts", params=query + [("bin", "7"), ("bins", "10")])
    assert drilled.status_code == 400 and f'id="{name}-error"' in drilled.text and escape(said) in drilled.text
    assert client.get("/report/plots/0000/reliability.png", params=query).status_code == 400
    assert computed == []


@pytest.mark.parametrize("query,said", [
    ("bin=7&bin=8&bins=10", "bin: given twice (&#39;7&#39;, then &#39;8&#39;): give it once"),
    ("bin=7&bins=10&bins=20", "bins: given twice (&#39;10&#39;, then &#39;20&#39;): give it once"),
    ("page=1&page=2", "page: given twice (&#39;1&#39;, then &#39;2&#39;): give it once"),
    ("by=tag&by=forecaster&group=econ", "by: given twice (&#39;tag&#39;, then &#39;forecaster&#39;): give it once"),
    ("by=tag&group=econ&group=infra", "group: given twice (&#39;econ&#39;, then &#39;infra&#39;): give it once"),
    ("by=phrase&group=likely&scale=a&scale=b", "scale: given twice (&#39;a&#39;, then &#39;b&#39;): give it once"),
    ("by=tag&group=", "group: give the group to list (group=...)"),
    ("group=econ", "group: give the grouping &#39;econ&#39; is a group of (by=...)"),
    ("by=tag&group=econ&scale=us-icd-203", "scale: a scale narrows a phrase&#39;s group only (by=phrase)"),
])
def test_the_drill_downs_own_parameters_are_refused_in_one_line(client, query, said):
    page = client.get(f"/report/forecasts?{query}")
    assert page.status_code == 400
    assert f'<p class="error" role="alert">{said}</p>' in page.text
    assert "<table" not in page.text


def test_the_drill_downs_empty_parameters_mean_the_whole_list(client):
    page = client.get("/report/forecasts?bin=&bins=&page=&by=&scale=")
    assert page.status_code == 200 and len(listed(page.text)) == 5


@pytest.mark.parametrize("path", ["/report", "/report/forecasts"])
def test_a_misspelt_parameter_is_refused_not_ignored(client, computed, path):
    """`tags=econ` scored everything while the page looked filtered; the CLI refuses `--tags` too."""
    page = client.get(path, params={"tags": "econ"})
    assert page.status_code == 400
    assert ('<p class="error" role="alert">tags: &#39;tags&#39; is not a parameter this page takes '
            "(did you mean tag?)</p>") in page.text
    assert "<table" not in page.text and computed == []


def test_the_report_takes_no_drill_down_parameter(client):
    page = client.get("/report", params={"bin": "7"})
    assert page.status_code == 400 and "&#39;bin&#39; is not a parameter this page takes" in page.text
