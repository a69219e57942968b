"""The live report: the same numbers as `tracker report`, filters, figures, and the drill-down from a
calibration bin or a group to exactly the forecasts in it."""

from __future__ import annotations

import re
from html import unescape

import pytest


def scored_forecasts_independently(workspace, database_url) -> list[tuple[str, str, float, str]]:
    """(question, forecaster, probability, outcome) of every scored binary forecast, worked out from the
    full histories: each forecaster's latest prediction at or before the resolution in force."""
    from tracker import api
    from tracker.domain import current_resolution

    store = api.open_store(workspace, database_url, create=False)
    try:
        histories = api.all_histories(store)
    finally:
        store.close()
    scored = []
    for history in histories:
        resolution = current_resolution(history.resolutions)
        if resolution is None or resolution.outcome not in ("yes", "no") or history.question.kind != "binary":
            continue
        latest = {}
        for p in sorted(history.predictions, key=lambda p: p.made_at):
            if p.made_at <= resolution.resolved_at:
                latest[p.forecaster] = p
        scored += [(history.question.id, f, p.probability, resolution.outcome) for f, p in latest.items()]
    return scored


def listed(html: str) -> list[tuple[str, str]]:
    """(question id, forecaster) of each row of a drill-down page."""
    return [(qid, who) for qid, who in re.findall(
        r'<tr><th scope="row"><a href="/questions/([^"]+)">.*?</a></th><td>([^<]+)</td>', html)]


def test_report_shows_the_report_data(client, workspace, database_url):
    html = client.get("/report").text
    scored = scored_forecasts_independently(workspace, database_url)
    overall = re.search(r'binary forecasts scored</th></tr></thead>\s*<tbody><tr>(?:<td>\d+</td>){4}<td><a [^>]+>(\d+)</a>',
                        html)
    assert int(overall.group(1)) == len(scored) == 5
    for heading in ("Calibration", "By forecaster", "By tag", "Largest misses", "Due soon and overdue"):
        assert heading in html
    assert "tracker report</code>" in html


def test_each_calibration_bin_lists_exactly_its_forecasts(client, workspace, database_url):
    html = client.get("/report").text
    links = re.findall(r'<a class="bin" href="([^"]+)">', html)
    assert links, "no bin links"
    scored = scored_forecasts_independently(workspace, database_url)
    seen = []
    for link in links:
        index = int(re.search(r"bin=(\d+)", link).group(1))
        low, high = index / 10, (index + 1) / 10
        expected = sorted((q, f) for q, f, p, _ in scored if low <= p < high or (index == 9 and p == 1.0))
        page = client.get(unescape(link))
        assert page.status_code == 200
        assert sorted(listed(page.text)) == expected, link
        seen += expected
    assert sorted(seen) == sorted((q, f) for q, f, _, _ in scored)
    # The 70-80% bin: 0.7 on its lower edge, 0.72 (ana's latest, not her 30%), not bob's 0.8 or the
    # ambiguous or open questions' 0.75.
    seventy = client.get("/report/forecasts?bin=7&bins=10").text
    assert sorted(listed(seventy)) == [("merger", "ana"), ("rain", "ana"), ("rates", "ana")]
    assert "3 scored forecasts from 70% to 80%" in seventy


def test_bin_counts_on_the_report_match_its_drill_down(client):
    html = client.get("/report").text
    bins = re.findall(r'<a class="bin" href="([^"]+)">[^<]+</a></th>\s*<td>(\d+)</td>', html)
    assert bins, "no calibration bin links on the report"
    for link, count in bins:
        page = client.get(unescape(link)).text
        assert len(listed(page)) == int(count)


def test_each_group_links_to_its_forecasts(client, workspace, database_url):
    html = client.get("/report").text
    scored = scored_forecasts_independently(workspace, database_url)
    links = re.findall(r'<a class="group" href="([^"]+)">([^<]+)</a>', html)
    forecaster_links = {name: link for link, name in links if "by=forecaster" in link}
    assert set(forecaster_links) == {"ana", "bob"}
    for name, link in forecaster_links.items():
        assert sorted(listed(client.get(unescape(link)).text)) == sorted((q, f) for q, f, _, _ in scored if f == name)
    econ = next(link for link, name in links if "by=tag" in link and name == "econ")
    assert sorted(listed(client.get(unescape(econ)).text)) == [("rain", "ana"), ("rates", "ana"), ("rates", "bob")]
    untagged = next(link for link, name in links if "by=tag" in link and name == "(untagged)")
    assert sorted(listed(client.get(unescape(untagged)).text)) == [("launch", "ana"), ("merger", "ana")]


def test_filters_narrow_the_report_and_its_drill_down(client):
    html = client.get("/report?forecaster=bob").text
    assert 'value="bob"' in html
    link = unescape(re.search(r'<a class="bin" href="([^"]+)">', html).group(1))
    assert "forecaster=bob" in link
    assert listed(client.get(link).text) == [("rates", "bob")]
    tagged = client.get("/report/forecasts?tag=econ&bin=7&bins=10").text
    assert sorted(listed(tagged)) == [("rain", "ana"), ("rates", "ana")]
    assert listed(client.get("/report/forecasts?since=2999-01-01").text) == []


@pytest.mark.parametrize(("query", "field", "message"), [
    ("tag=ecno", "tag", "no question is tagged &#39;ecno&#39; (did you mean econ?)"),
    ("tag=ECON&forecaster=bbo", "forecaster", "no prediction is by &#39;bbo&#39; (did you mean bob?)"),
    ("forecaster=zed", "forecaster", "no prediction is by &#39;zed&#39; (known: ana, bob)"),
])
def test_an_unknown_tag_or_forecaster_is_refused_next_to_its_field(client, query, field, message):
    for path in ("/report", "/report/forecasts"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, response.text[-300:]
        assert message in response.text
    page = client.get(f"/report?{query}").text
    assert re.search(rf'<input name="{field}" value="[^"]*" autocomplete="off" aria-invalid="true" '
                     rf'aria-describedby="{field}-error"></label>\s*<p class="error" id="{field}-error"', page)
    assert "Calibration" not in page.split("</form>", 1)[1]  # nothing is scored on a refused filter


def test_a_known_tag_in_capitals_is_the_stored_tag_and_is_echoed(client):
    page = client.get("/report?tag=ECON").text
    assert 'value="ECON"' in page and "tracker report -t ECON" in page
    assert sorted(listed(client.get("/report/forecasts?tag=ECON&bin=7&bins=10").text)) == [("rain", "ana"),
                                                                                            ("rates", "ana")]


def test_bad_filter_is_shown_next_to_its_field(client):
    response = client.get("/report?since=someday")
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.text
    assert ("since: cannot read &#39;someday&#39; as a date (try 2027-12-31, &#39;end of 2027&#39; or &#39;in 6 months&#39;)"
            in response.text)


@pytest.mark.parametrize("query", ["bin=10&bins=10", "bin=x", "page=0", "by=colour&group=red", "by=tag"])
def test_bad_drill_down_parameters_are_refused_in_one_line(client, query):
    response = client.get(f"/report/forecasts?{query}")
    assert response.status_code == 400
    assert '<p class="error" role="alert">' in response.text


def test_largest_misses_link_to_their_questions(client):
    html = client.get("/report").text
    misses = re.findall(r'<a class="miss" href="/questions/([^"]+)">', html)
    # 10% on what happened, then 79% on what did not: the worst misses, worst first.
    assert misses[:2] == ["launch", "rain"]
    assert client.get(f"/questions/{misses[0]}").status_code == 200


def test_figures_are_the_report_plots_as_png(client):
    html = client.get("/report").text
    images = re.findall(r'<img src="([^"]+)"', html)
    assert [re.search(r"/(\w+)\.png", i).group(1) for i in images] == ["reliability", "corp", "phrases",
                                                                     "over_time", "sharpness"]
    first = client.get(unescape(images[0]))
    assert first.status_code == 200 and first.headers["content-type"] == "image/png"
    assert first.content.startswith(b"\x89PNG")
    # An evicted or unknown digest is redrawn from the filters instead of failing.
    again = client.get(re.sub(r"/plots/\w+/", "/plots/0000/", unescape(images[0])))
    assert again.status_code == 200 and again.content.startswith(b"\x89PNG")
    assert client.get(re.sub(r"/(\w+)\.png", "/nothing.png", unescape(images[0]))).status_code == 404


def test_drill_down_is_paged(client, monkeypatch):
    from tracker.web import report_pages

    monkeypatch.setattr(report_pages, "PAGE_SIZE", 2)
    first = client.get("/report/forecasts").text
    second = client.get("/report/forecasts?page=2").text
    third = client.get("/report/forecasts?page=3").text
    rows = listed(first) + listed(second) + listed(third)
    assert len(listed(first)) == 2 and len(rows) == 5 and len(set(rows)) == 5
    assert "Page 1 of 3" in first and 'rel="next" href="/report/forecasts?page=2"' in first
    assert 'rel="prev"' in second


def test_the_report_of_a_store_with_nothing_resolved_is_a_page_not_an_error(make_client, cli):
    assert cli("log", "Will it rain?", "-c", "c", "-p", "0.3", "--due", "2030-01-01").exit_code == 0
    client = make_client()
    page = client.get("/report")
    assert page.status_code == 200, page.text[-500:]
    assert client.get("/report?tag=nosuchtag").status_code == 400  # no question has it: refused, as -t is


def test_a_since_before_the_first_instant_is_a_field_error(make_client, cli):
    assert cli("log", "Will it rain?", "-c", "c", "-p", "0.3", "--due", "2030-01-01").exit_code == 0
    page = make_client().get("/report?since=0001-01-01")
    assert page.status_code == 400
    assert "too early a date" in page.text


def test_a_bins_list_is_ordered_by_probability_and_paged_without_a_gap(client, monkeypatch):
    """The 70-80% bin holds merger 70%, rates 72% and rain 79% (ana's): listed by probability, the order
    the scoring index keeps, two a page: every forecast once, in order, across the pages."""
    from tracker.web import report_pages

    assert listed(client.get("/report/forecasts?bin=7&bins=10").text) == [("merger", "ana"), ("rates", "ana"),
                                                                          ("rain", "ana")]
    monkeypatch.setattr(report_pages, "PAGE_SIZE", 2)
    first = client.get("/report/forecasts?bin=7&bins=10").text
    second = client.get("/report/forecasts?bin=7&bins=10&page=2").text
    assert listed(first) == [("merger", "ana"), ("rates", "ana")] and listed(second) == [("rain", "ana")]
    assert "3 scored forecasts from 70% to 80%" in second
