"""`tracker list` fits an 80-column terminal with the example workspace's long ids (issue 12)."""

import json
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]


@pytest.fixture
def example(cli, workspace):
    result = cli("apply", str(REPO / "forecasts"), str(REPO / "resolutions"))
    assert result.exit_code == 0, result.output
    return json.loads(cli("list", "--json").stdout)


def test_list_fits_80_columns_with_id_prefixes_that_name_the_question(cli, example, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("list").stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert max(len(s["question"]["id"]) for s in example) > 50  # the ids that used to push every row past 80
    header, body = lines[0], lines[1:]
    assert header.startswith("id prefix ")
    column = header.index("question")
    rows: list[tuple[str, list[str]]] = []
    for line in body:
        if line.startswith(" "):
            assert not line[:column].strip()  # a continuation holds question text only
            rows[-1][1].append(line[column:])
        else:
            rows.append((line.split()[0], [line[column:]]))
    assert len(rows) == len(example)
    for (prefix, parts), summary in zip(rows, example):
        question = summary["question"]
        assert question["id"].startswith(prefix) and len(prefix) >= min(8, len(question["id"]))
        assert " ".join(part.strip() for part in parts) == " ".join(question["text"].split())  # wrapped, not cut
    prefixes = [prefix for prefix, _ in rows]
    assert len(set(prefixes)) == len(prefixes)
    for prefix, summary in list(zip(prefixes, example))[:5]:
        shown = cli("show", prefix, "--json")
        assert json.loads(shown.stdout)["question"]["id"] == summary["question"]["id"]


def test_a_wide_terminal_keeps_whole_ids(cli, example, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = cli("list").stdout
    assert out.startswith("id ") and all(s["question"]["id"] in out for s in example)


def test_prefixes_are_the_shortest_unique_starts():
    from tracker.cli.render import id_prefixes

    ids = ["china-russia-alliance", "china-russia-cooperation", "china-taiwan", "rain", "rain-2"]
    assert id_prefixes(ids) == {"china-russia-alliance": "china-russia-a", "china-russia-cooperation": "china-russia-c",
                                "china-taiwan": "china-ta", "rain": "rain", "rain-2": "rain-2"}
