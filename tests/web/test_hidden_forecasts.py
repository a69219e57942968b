"""team.hide_others_until_predicted on the web pages: the question page and the home page show others'
forecasts only once the viewer (here the workspace's forecaster, ana) has predicted or the question resolved."""

from __future__ import annotations

HIDE = "\n[team]\nhide_others_until_predicted = true\n"


def _setup(cli, workspace, hide=True):
    for args in (("log", "Will a happen?", "-p", "0.91", "--due", "2030-01-01", "-c", "c", "--id", "qa", "-f", "bo"),
                 ("log", "Will c happen?", "-p", "0.67", "--due", "2030-01-01", "-c", "c", "--id", "qc", "-f", "bo"),
                 ("resolve", "qc", "yes")):
        result = cli(*args)
        assert result.exit_code == 0, result.output + result.stderr
    if hide:
        with (workspace / "tracker.toml").open("a", encoding="utf-8") as handle:
            handle.write(HIDE)


def test_off_by_default_the_pages_show_everyone(cli, workspace, make_client):
    _setup(cli, workspace, hide=False)
    client = make_client()
    assert "91%" in client.get("/questions/qa").text
    assert "91%" in client.get("/").text


def test_pages_hide_others_until_predicted_or_resolved(cli, workspace, make_client):
    _setup(cli, workspace)
    client = make_client()
    page = client.get("/questions/qa").text
    assert "91%" not in page and "1 forecast by others hidden until you predict" in page
    home = client.get("/").text
    assert "Will a happen?" in home and "91%" not in home   # nor in the open list, nor in recent activity
    resolved = client.get("/questions/qc").text
    assert "67%" in resolved and "hidden until" not in resolved
    result = cli("update", "qa", "-p", "0.5")
    assert result.exit_code == 0, result.stderr
    page = client.get("/questions/qa").text
    assert "91%" in page and "50%" in page and "hidden until" not in page
    assert "91%" in client.get("/").text
