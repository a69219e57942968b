"""The live report's source, phrase, horizon and as-of filters: echoed, refused next to their field, kept
by every drill-down link, and each bin's list holding exactly the forecasts its count counted."""

from __future__ import annotations

import re
import shlex
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from test_evaluation_filters import brier, build

from tracker import api


@pytest.fixture
def expected(workspace, database_url):
    """The scored forecasts of the evaluation tests' store, built in the workspace (one dict each)."""
    store = api.open_store(workspace, database_url, create=False)
    try:
        return build(store)
    finally:
        store.close()


def bins_of(html: str) -> list[tuple[str, int]]:
    return [(unescape(link), int(n)) for link, n in
            re.findall(r'<a class="bin" href="([^"]+)">[^<]+</a></th>\s*<td>(\d+)</td>', html)]


def listed(html: str) -> list[tuple[str, str, str]]:
    """(question id, forecaster, probability shown) of each row of a drill-down page."""
    return re.findall(r'<tr><th scope="row"><a href="/questions/([^"]+)">.*?</a></th><td>([^<]+)</td><td>([^<]+)</td>',
                      html)


FILTERS = [{"source": "Annual Review"}, {"source": "(no source)"}, {"phrase": "unlikely"},
           {"phrase": "(no phrase)"}, {"horizon": "3-12 months"}, {"horizon": "1-2 years", "forecaster": "bo"},
           {"phrase": "likely", "source": "Risk Outlook"}]


@pytest.mark.parametrize("given", FILTERS, ids=lambda g: ",".join(f"{k}={v}" for k, v in g.items()))
def test_each_bin_lists_exactly_its_forecasts_under_the_filters(expected, make_client, given):
    client = make_client()
    matching = [r for r in expected if all(r[k] == v for k, v in given.items())]
    page = client.get("/report", params=given)
    assert page.status_code == 200
    html = page.text
    for name, value in given.items():  # echoed in the form and in the command line
        assert f'name="{name}" value="{value}"' in unescape(html)
        assert f"{'-f' if name == 'forecaster' else '--' + name} {shlex.quote(value)}" in unescape(html)
    overall = re.search(r'<td><a href="/report/forecasts\?[^"]*">(\d+)</a></td></tr></tbody>', html)
    assert int(overall.group(1)) == len(matching)
    bins = bins_of(html)
    assert sum(n for _, n in bins) == len(matching)
    for link, count in bins:
        assert {k: [v] for k, v in given.items()}.items() <= parse_qs(urlsplit(link).query).items(), link
        drilled = client.get(link)
        assert drilled.status_code == 200
        assert len(listed(drilled.text)) == count, link
        for name, value in given.items():
            assert value in unescape(drilled.text.split("</h1>")[1].split("</p>")[0])  # the filters line
    # The Brier shown is scikit-learn's over the matching forecasts.
    brier_shown = re.search(r"<th scope=\"col\">mean forecast</th></tr></thead>\s*<tbody><tr><td>\d+</td><td>([^<]+)</td>",
                            html).group(1)
    assert float(brier_shown) == pytest.approx(brier(matching), abs=1e-3)


def test_as_of_bins_list_exactly_their_forecasts(expected, make_client):
    """As of 60 days before the due date: no prediction stood on the questions due 30 days after they
    were asked; on the others, the latest predictions (all made within two hours of asking)."""
    client = make_client()
    matching = [r for r in expected if r["horizon"] != "0-3 months"]
    html = client.get("/report", params={"as_of": "60d"}).text
    bins = bins_of(html)
    assert sum(n for _, n in bins) == len(matching) == 22
    for link, count in bins:
        assert "as_of=60d" in link
        index = int(parse_qs(urlsplit(link).query)["bin"][0])
        low, high = index / 10, (index + 1) / 10
        inside = sorted((r["question"], r["forecaster"]) for r in matching
                        if low <= r["p"] < high or (index == 9 and r["p"] == 1.0))
        rows = listed(client.get(link).text)
        assert len(rows) == count == len(inside), link
        assert sorted((q, f) for q, f, _ in rows) == inside


@pytest.mark.parametrize("query,field", [({"source": "Anual Review"}, "source"), ({"phrase": "unlikley"}, "phrase"),
                                         ({"horizon": "3-12 month"}, "horizon"), ({"as_of": "soon"}, "as_of"),
                                         ({"as_of": "30d", "source": "Annual Review"}, "as_of")])
def test_a_bad_filter_is_shown_next_to_its_field(expected, make_client, query, field):
    client = make_client()
    page = client.get("/report", params=query)
    assert page.status_code == 400
    assert f'id="{field}-error"' in page.text and f'aria-describedby="{field}-error"' in page.text
    drilled = client.get("/report/forecasts", params={**query, "bin": 5, "bins": 10})
    assert drilled.status_code == 400 and f"{field}:" in drilled.text
    # The list's own page shows the report's form, the error beside the field, the bin kept for the retry.
    assert f'id="{field}-error"' in drilled.text and f'aria-describedby="{field}-error"' in drilled.text
    assert '<input type="hidden" name="bin" value="5">' in drilled.text


def test_drill_down_pages_keep_the_filters(expected, make_client):
    client = make_client()
    html = client.get("/report/forecasts", params={"phrase": "likely", "page": 1}).text
    assert 'href="/report?phrase=likely"' in html
    assert len(listed(html)) == len([r for r in expected if r["phrase"] == "likely"])


@pytest.mark.parametrize("by", ["forecaster", "source", "phrase", "horizon"])
def test_as_of_groups_list_exactly_their_forecasts(expected, make_client, by):
    """Each group of the as-of report lists the forecasts standing 60 days before the due date that belong
    to it: the same narrowing the on-time lists use, over the chosen prediction's phrase and horizon."""
    client = make_client()
    matching = [r for r in expected if r["horizon"] != "0-3 months"]
    html = client.get("/report", params={"as_of": "60d"}).text
    links = [(unescape(link), name) for link, name in re.findall(r'<a class="group" href="([^"]+)">([^<]+)</a>', html)
             if f"by={by}&" in unescape(link)]
    wanted = {r[by] for r in matching}
    assert {unescape(name) for _, name in links} == wanted
    for link, name in links:
        assert "as_of=60d" in link
        rows = listed(client.get(link).text)
        assert sorted((q, f) for q, f, _ in rows) == sorted(
            (r["question"], r["forecaster"]) for r in matching if r[by] == unescape(name)), link
