"""The home page and the question page: what they list, and that stored text is shown as text."""

from __future__ import annotations

import re


def main_of(html: str) -> str:
    return html[html.index("<main"):html.index("</main>")]


def test_home_lists_the_reminder_queue_with_latest_forecast_and_quote(client):
    html = main_of(client.get("/").text)
    queue = html[html.index('id="queue"'):html.index('id="soon"')]
    # bridge fell due on 2026-01-01 and is open; the resolved ones are not waiting.
    assert "Will the bridge open?" in queue
    assert "latest 75% by ana" in queue
    assert "Engineers expect the bridge to open on time" in queue
    assert "tracker resolve bridge yes --evidence URL" in queue
    for resolved in ("Will rates fall?", "Will it rain?", "Will the vote pass?"):
        assert resolved not in queue


def test_home_lists_open_questions_by_due_date_and_recent_activity(client):
    html = main_of(client.get("/").text)
    open_part = html[html.index('id="open"'):html.index('id="recent"')]
    assert open_part.index("Will the bridge open?") < open_part.index("ship by 2030")
    assert "Will rates fall?" not in open_part
    recent = html[html.index('id="recent"'):]
    assert "resolved yes" in recent and "corrected to no" in recent and "predicted 80%" in recent
    assert '<a href="/questions/launch">' in recent


def test_question_page_shows_criteria_provenance_history_resolutions_and_commands(client):
    html = main_of(client.get("/questions/rates").text)
    assert "<h1>Will rates fall?</h1>" in html
    table_of = {name: html[html.index(f"<h3>{name}</h3>"):] for name in ("ana", "bob")}
    assert "30%" in table_of["ana"] and "72%" in table_of["ana"]
    assert "80%" in table_of["bob"].split("</table>")[0]
    assert "<svg" in html and html.count("<polyline") == 2  # one line per forecaster
    # Evidence: a link only for http(s); anything else is plain text.
    assert '<a href="https://example.org/rates" rel="noopener noreferrer">' in html
    assert "javascript:alert(1)" in html and 'href="javascript' not in html
    assert "Announced &lt;b&gt;today&lt;/b&gt;" in html
    assert "tracker resolve rates OUTCOME --correction --evidence URL" in html


def test_question_page_shows_a_correction_and_what_it_replaced(client):
    html = main_of(client.get("/questions/merger").text)
    superseded, in_force = html.split('<li class="item">')[0], html.split('<li class="item">')[1]
    assert "corrected later" in superseded and "<strong>yes</strong>" in superseded
    assert "in force" in in_force and "<strong>no</strong>" in in_force
    assert "a correction of an earlier resolution" in in_force
    assert "Status</dt><dd>resolved: <strong>no</strong>" in html


def test_open_question_offers_update_resolve_and_snooze_commands(client):
    html = main_of(client.get("/questions/xss").text)
    for line in ("tracker update xss -p 0.7", "tracker resolve xss yes --evidence URL --note TEXT",
                 "tracker snooze xss 3d", "tracker show xss"):
        assert f"<code>{line}</code>" in html


def test_question_text_with_script_is_shown_as_text(client):
    html = client.get("/questions/xss").text
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "Will &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ship by 2030?" in html
    assert "Shipped &lt;b&gt;publicly&lt;/b&gt;" in html
    assert "Annual &lt;i&gt;Review&lt;/i&gt;" in html
    assert "<script" not in client.get("/").text.lower()


def test_question_page_shows_the_phrase_and_its_band(client):
    html = main_of(client.get("/questions/xss").text)
    phrase = re.search(r"<dt>Phrase</dt><dd>(.*?)</dd>", html).group(1)
    assert "likely" in phrase and "us-icd-203" in phrase
    from tracker.scales import load_scales

    band = load_scales()["us-icd-203"].lookup("likely").band
    from tracker.probability import format_probability

    assert f"band {format_probability(band[0])}–{format_probability(band[1])}" in phrase


def test_unknown_question_is_a_404_page_naming_it(client):
    response = client.get("/questions/no-such-thing")
    assert response.status_code == 404
    assert "no question with id &#39;no-such-thing&#39;" in response.text


def test_unknown_route_is_a_404(client):
    assert client.get("/nowhere").status_code == 404


def test_stylesheet_is_served_from_the_package(client):
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "text/css" in response.headers["content-type"]
    assert "max-width" in response.text


def test_the_queue_is_paged_most_overdue_first(populated, make_client, monkeypatch):
    from tracker.web import pages

    for n, due in enumerate(["2025-06-01", "2025-09-01", "2025-03-01"]):  # bridge is due 2026-01-01
        populated("log", f"Will tunnel {n} open?", "-p", "0.5", "--due", due, "-c", "c", "--id", f"tunnel{n}")
    monkeypatch.setattr(pages, "QUEUE_PAGE_SIZE", 3)
    client = make_client()

    def queue(path):
        html = main_of(client.get(path).text)
        part = html[html.index('id="queue"'):html.index('id="soon"')]
        return part, re.findall(r'<a class="qtext" href="/questions/([^"]+)">', part)

    first, ids = queue("/")
    assert ids == ["tunnel2", "tunnel0", "tunnel1"] and "Waiting to be resolved (4)" in first
    assert "1–3 of 4, most overdue first · page 1 of 2" in first and 'rel="next" href="/?queue=2#queue"' in first
    second, ids = queue("/?queue=2")
    assert ids == ["bridge"] and 'rel="prev" href="/?queue=1#queue"' in second and 'rel="next"' not in second
    assert queue("/?queue=99")[1] == ["bridge"] and queue("/?queue=x")[1][0] == "tunnel2"  # clamped, not a 500


def test_the_scales_listed_follow_the_workspace_scale_files(client, workspace, monkeypatch):
    """The scales are cached between requests, but a scale file added or changed is read again (the files
    are looked at once a second: here the second has passed)."""
    from pathlib import Path

    import tracker.scales
    from tracker.web import forms

    monkeypatch.setattr(forms, "STAMP_SECONDS", 0.0)

    assert "team-scale" not in client.get("/log").text
    shipped = (Path(tracker.scales.__file__).parent / "us-icd-203.yaml").read_text(encoding="utf-8")
    (workspace / "scales").mkdir(exist_ok=True)
    (workspace / "scales" / "team.yaml").write_text(shipped.replace("name: us-icd-203", "name: team-scale", 1),
                                                     encoding="utf-8")
    assert '<option value="team-scale"' in client.get("/log").text
