"""`tracker extract` through a tiny typer app that registers the command as app.py would."""

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from tracker.cli import extract
from tracker.cli.app import TrackerGroup
from tracker.cli.state import CliState

app = typer.Typer(cls=TrackerGroup, add_completion=False)


@app.callback()
def root(ctx: typer.Context) -> None:
    ctx.obj = CliState(workspace=None)


TEXT = "Outlook\n\n2 February 2022\n\nIt is unlikely that the talks will resume in 2022. The economy shrank.\n"


def run(*args: str, cwd: Path):
    (cwd / "doc.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", *args])
    out = cwd / "out" / "drafts.yaml"
    return result, out.read_text(encoding="utf-8") if out.exists() else None


def test_writes_the_draft_file_and_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result, written = run("doc.txt", "-o", "out/drafts.yaml", "--source", "NV, Talks", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == ("Wrote 1 draft forecast to out/drafts.yaml (1 with low confidence); review them, "
                             "then `tracker apply out/drafts.yaml`\n")
    assert result.stderr == ("note: Talks: scale plain-reader: no legend found in the document (phrases read as "
                             "plain readers do)\n"
                             'note: Talks: publication date from the dateline "2 February 2022" at the top\n')
    assert "  - id: talks-resume-2022\n" in written


def test_json_prints_the_drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result, _ = run("doc.txt", "--json", "--published", "2022-02-02", "--scale", "lt-nta", cwd=tmp_path)
    [document] = json.loads(result.stdout)
    [draft] = document["drafts"]
    assert (document["published"], document["scale"]) == ("2022-02-02", "lt-nta")
    assert (draft["text"], draft["predictions"][0]["probability"], draft["band"], draft["due"], draft["horizon"], draft["confidence"]) \
        == ("Will the talks resume by 31 December 2022?", 0.125, [0.0, 0.25], "2022-12-31", "in 2022", "high")
    start, end = draft["span"]  # where the browser review highlights the quote in the file
    assert TEXT[start:end] == draft["source"]["quote"] == "It is unlikely that the talks will resume in 2022."


def test_bad_input_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result, _ = run("doc.txt", "--published", "yesterday", cwd=tmp_path)
    assert (result.exit_code, result.stderr) == (1, "error: --published: 'yesterday' is not a date (YYYY-MM-DD)\n")
    result, _ = run("doc.txt", "--scale", "nope", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: --scale: unknown scale 'nope' (known: ipcc-ar6, kent-1964, lt-nta,")
    result, _ = run("missing.txt", cwd=tmp_path)
    assert result.stderr == "error: DOC: missing.txt: no such file\n"


def test_an_existing_output_file_is_kept_unless_forced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "drafts.yaml").write_text("# reviewed by hand\n", encoding="utf-8")
    result, written = run("doc.txt", "-o", "out/drafts.yaml", cwd=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "error: --output: out/drafts.yaml already exists; give --force to overwrite it\n")
    assert written == "# reviewed by hand\n"
    result, written = run("doc.txt", "-o", "out/drafts.yaml", "--force", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "  - id: talks-resume-2022\n" in written


def test_an_unknown_publication_date_is_advised_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.md").write_text("Nothing to see.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "empty.md"])
    assert result.exit_code == 0, result.output
    assert "note: empty: publication date unknown: used today's date; give --published\n" in result.stderr
    assert result.stderr.count("--published") == 1


def test_extract_scale_setting_reads_a_document_with_no_legend_and_no_known_publisher(tmp_path, monkeypatch):
    # tracker.scale (what `log` reads a phrase on) is not the scale of an unknown publisher's documents.
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["init", "."]).exit_code == 0
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    plain = CliRunner().invoke(app, ["extract", "doc.txt", "--json"])
    assert json.loads(plain.stdout)[0]["scale"] == "plain-reader"
    text = (tmp_path / "tracker.toml").read_text(encoding="utf-8")
    text = text.replace("[tracker]\n", '[tracker]\nextract_scale = "kent-1964"\n')
    (tmp_path / "tracker.toml").write_text(text, encoding="utf-8")
    kent = CliRunner().invoke(app, ["extract", "doc.txt", "--json"])
    assert kent.exit_code == 0, kent.output
    assert json.loads(kent.stdout)[0]["scale"] == "kent-1964"
    assert "the workspace's extract_scale setting" in kent.stderr


def test_a_stated_probability_draft_applies(tmp_path, monkeypatch):
    # A number the document states needs no scale file: `apply` takes the draft as extract wrote it.
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["init", "."]).exit_code == 0
    (tmp_path / "doc.txt").write_text("Outlook\n\n2 February 2025\n\nThere is a 12% chance of a recession by the end "
                                      "of 2025.\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["extract", "doc.txt", "-o", "forecasts/d.yaml"]).exit_code == 0
    applied = CliRunner().invoke(app, ["apply"])
    assert applied.exit_code == 0, applied.output
    listed = json.loads(CliRunner().invoke(app, ["list", "--json"]).stdout)
    assert [(r["latest"]["probability"], r["latest"]["scale"]) for r in listed] == [(0.12, "stated-in-text")]
