"""The home page's reads stay small on a large store: the queue reads only the page it shows, and recent
activity is what was recorded last (read from the primary keys, not by sorting every prediction)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from tracker import api

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _queue_ids(client, path: str) -> list[str]:
    html = client.get(path).text
    part = html[html.index('id="queue"'):html.index('id="soon"')]
    return re.findall(r'<a class="qtext" href="/questions/([^"]+)">', part)


def test_the_queue_reads_only_the_questions_of_its_page(workspace, database_url, make_client, monkeypatch):
    from tracker.store import listing
    from tracker.web import pages

    store = api.open_store(workspace, database_url, create=False)
    try:
        for n in range(7):  # due on days 1..7 of 2025: most overdue first is d0 .. d6
            api.log_forecast(store, text=f"Will dam {n} hold?", criteria="c", due=f"2025-01-0{n + 1}",
                             forecaster="ana", probability=0.1 * (n + 1), question_id=f"d{n}", now=T0)
    finally:
        store.close()
    asked = []
    real = listing.latest_predictions
    monkeypatch.setattr(listing, "latest_predictions",
                        lambda session, ids: asked.append(len(ids)) or real(session, ids))
    monkeypatch.setattr(pages, "QUEUE_PAGE_SIZE", 2)
    client = make_client()
    assert _queue_ids(client, "/?queue=2") == ["d2", "d3"]
    assert asked and max(asked) <= 2  # not the latest forecast of all seven waiting
    html = client.get("/?queue=2").text
    assert "Waiting to be resolved (7)" in html and "3–4 of 7, most overdue first · page 2 of 4" in html
    assert "latest 30% by ana" in html and "latest 40% by ana" in html
    assert _queue_ids(client, "/?queue=99") == ["d6"]  # clamped to the last page


def test_recent_activity_is_what_was_recorded_last(workspace, database_url, make_client, monkeypatch):
    from tracker.web import pages

    store = api.open_store(workspace, database_url, create=False)
    try:
        api.log_forecast(store, text="Will a happen?", criteria="c", due="2030-01-01", forecaster="ana",
                         probability=0.2, question_id="a", now=T0 + timedelta(hours=1))
        api.log_forecast(store, text="Will b happen?", criteria="c", due="2030-01-01", forecaster="ana",
                         probability=0.3, question_id="b", now=T0 + timedelta(hours=2))
        # Recorded last, though made before b's: an analyst entering yesterday's forecast today.
        api.update_forecast(store, "a", forecaster="bo", probability=0.9, made_at=T0 + timedelta(hours=1, minutes=30),
                            now=T0 + timedelta(hours=3))
    finally:
        store.close()
    monkeypatch.setattr(pages, "RECENT_LIMIT", 2)
    html = make_client().get("/").text
    recent = re.findall(r"</span> (\w+) (predicted \d+%) on <a", html[html.index('id="recent"'):])
    assert recent == [("bo", "predicted 90%"), ("ana", "predicted 30%")]
