"""Bad input, table-driven: one clear line naming the file, line and field (or flag), a non-zero exit,
no traceback, and the store exactly as it was."""

import textwrap

import pytest

from conftest import store_snapshot

BASE = textwrap.dedent("""\
    questions:
      - id: base
        text: Will the base case hold?
        criteria: It holds.
        due: 2027-01-01
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.6}
      - id: pick
        text: Which one?
        criteria: The one picked.
        kind: choice
        outcomes: [a, b]
        due: 2027-01-01
        predictions:
          - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probabilities: {a: 0.5, b: 0.5}}
    """)


def question(**changes) -> str:
    fields = {"id": "new", "text": "Will it?", "criteria": "It does.", "due": "2027-01-01"}
    fields.update(changes)
    lines = ["questions:", "  - id: " + str(fields.pop("id"))]
    predictions = fields.pop("predictions", "    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5}")
    for key, value in fields.items():
        if value is not None:
            lines.append(f"    {key}: {value}")
    lines.append("    predictions:")
    lines.append(predictions)
    return "\n".join(lines) + "\n"


LOG = ["log", "Will it?", "--due", "2027-01-01", "-c", "It does."]
NO_DUE = ["log", "Will it?", "-c", "It does."]

# (name, command args, files to write {relative path: text or bytes}, expected stderr)
CASES = [
    ("probability above 1", [*LOG, "-p", "1.2"], {}, "error: -p/--probability: 1.2 is not between 0 and 1 (did you mean 1.2%?)\n"),
    ("negative probability", [*LOG, "-p", "-0.1"], {}, "error: -p/--probability: -0.1 is not between 0 and 1\n"),
    ("NaN probability", [*LOG, "-p", "nan"], {}, "error: -p/--probability: 'nan' is not a number between 0 and 1\n"),
    ("percent over 100", [*LOG, "-p", "120%"], {}, "error: -p/--probability: 120% is not between 0 and 1\n"),
    # Odds with a zero side would be read as a certainty (3:0 as 100%, 0:3 as 0%).
    ("odds with a zero side against", [*LOG, "-p", "3:0"], {},
     "error: -p/--probability: odds '3:0' have a zero side: odds are two positive numbers such as 3:1 "
     "(write 100% or 0% for a certainty)\n"),
    ("odds with a zero side in favour", [*LOG, "-p", "0:3"], {},
     "error: -p/--probability: odds '0:3' have a zero side: odds are two positive numbers such as 3:1 "
     "(write 100% or 0% for a certainty)\n"),
    ("words for a probability", [*LOG, "-p", "likely"], {},
     "error: -p/--probability: 'likely' is not a probability (write 0.7, 70% or 3:1; a phrase such as 'likely' goes in --phrase, or phrase: in a file)\n"),
    ("both probability and outcomes", [*LOG, "-p", "0.5", "-o", "a=0.5"], {},
     "error: -p/--probability: give a probability (binary) or outcomes (choice), not both\n"),
    ("choice not summing to 1", [*LOG, "-o", "a=0.5", "-o", "b=0.2"], {},
     "error: --outcome: probabilities sum to 0.7, not 1 (allowed: 1 ± 0.02)\n"),
    ("one outcome only", [*LOG, "-o", "a=1"], {}, "error: a choice question needs at least two outcomes\n"),
    ("outcome without =", [*LOG, "-o", "a"], {}, "error: --outcome: 'a' is not NAME=PROBABILITY\n"),
    ("empty criteria", ["log", "Will it?", "--due", "2027-01-01", "-c", " ", "-p", "0.5"], {},
     "error: --criteria: must not be empty\n"),
    ("unreadable due date", ["log", "Will it?", "--due", "someday maybe", "-c", "c", "-p", "0.5"], {},
     "error: --due: cannot read 'someday maybe' as a date (try 2027-12-31, 'end of 2027' or 'in 6 months')\n"),
    ("id not path-safe", [*LOG, "-p", "0.5", "--id", "../etc"], {},
     "error: --id: '../etc' must be lowercase letters, digits, '.', '_' or '-' (at most 64, starting with a "
     "letter or digit)\n"),
    ("duplicate id", [*LOG, "-p", "0.5", "--id", "base"], {}, "error: --id: 'base' is already a question\n"),
    ("unknown condition", [*LOG, "-p", "0.5", "--condition", "nope=yes"], {},
     "error: --condition: unknown question 'nope'\n"),
    ("update unknown id", ["update", "nope", "-p", "0.5"], {},
     "error: no question with id 'nope' (see `tracker list`)\n"),
    ("resolve unknown id", ["resolve", "nope", "yes"], {}, "error: no question with id 'nope' (see `tracker list`)\n"),
    ("resolve to a non-outcome", ["resolve", "base", "maybe"], {},
     "error: OUTCOME: 'maybe' is not an outcome of base (one of: yes, no, ambiguous, annulled)\n"),
    ("resolve choice to yes", ["resolve", "pick", "yes"], {},
     "error: OUTCOME: 'yes' is not an outcome of pick (one of: a, b, ambiguous, annulled)\n"),
    ("correct an unresolved question", ["resolve", "base", "yes", "--correction"], {},
     "error: --correction: base has no resolution to correct\n"),
    ("resolution in the future", ["resolve", "base", "yes", "--at", "2099-05-01T10:00"], {},
     "error: --at: '2099-05-01T10:00' is in the future\n"),
    ("resolution before the question", ["resolve", "base", "yes", "--at", "2025-05-01T10:00Z"], {},
     "error: --at: '2025-05-01T10:00Z' is before base was asked (2026-01-01 02:00 EET)\n"),
    ("impossible ISO due date", [*NO_DUE, "-p", "0.5", "--due", "2027-13-01"], {},
     "error: --due: '2027-13-01' is not a real date (month must be in 1..12)\n"),
    ("day-or-month-first due date", [*NO_DUE, "-p", "0.5", "--due", "12/01/2027"], {},
     "error: --due: '12/01/2027' could be read day-first or month-first: write it as YYYY-MM-DD\n"),
    ("yes/no outcomes for a choice", [*LOG, "-o", "yes=0.5", "-o", "no=0.5"], {},
     "error: a question with outcomes yes and no is binary: give a probability instead\n"),
    ("bad sort key", ["list", "--sort", "colour"], {}, "error: --sort: 'colour' is not one of due, created, id, status\n"),
    ("file: probability above 1",
     ["apply", "f.yaml"], {"f.yaml": question(predictions="    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 1.2}")},
     "f.yaml:7: probability: 1.2 is not between 0 and 1 (did you mean 1.2%?)\n"),
    ("file: NaN probability",
     ["apply", "f.yaml"], {"f.yaml": question(predictions="    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: .nan}")},
     "f.yaml:7: probability: nan is not a number between 0 and 1\n"),
    ("file: odds with a zero side",
     ["apply", "f.yaml"], {"f.yaml": question(predictions="    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 3:0}")},
     "f.yaml:7: probability: odds '3:0' have a zero side: odds are two positive numbers such as 3:1 "
     "(write 100% or 0% for a certainty)\n"),
    ("file: missing criteria", ["apply", "f.yaml"], {"f.yaml": question(criteria=None)}, "f.yaml:2: criteria: required\n"),
    ("file: empty text", ["apply", "f.yaml"], {"f.yaml": question(text="''")}, "f.yaml:3: text: must not be empty\n"),
    ("file: naive prediction time",
     ["apply", "f.yaml"], {"f.yaml": question(predictions="    - {forecaster: ana, made_at: 2026-01-01 10:00:00, probability: 0.5}")},
     "f.yaml:7: made_at: 2026-01-01 10:00:00 has no time zone; add Z or an offset like +02:00\n"),
    ("file: impossible due date", ["apply", "f.yaml"], {"f.yaml": question(due="2027-13-45")},
     "f.yaml:5: due: '2027-13-45' is not a real date: month must be in 1..12\n"),
    ("file: prediction in the future",
     ["apply", "f.yaml"], {"f.yaml": question(predictions="    - {forecaster: ana, made_at: 2099-01-01T00:00:00Z, probability: 0.5}")},
     "f.yaml:7: made_at: 2099-01-01T00:00:00+00:00 is in the future\n"),
    ("file: unknown field", ["apply", "f.yaml"], {"f.yaml": question(colour="red")}, "f.yaml:6: colour: unknown field\n"),
    ("file: choice not summing to 1",
     ["apply", "f.yaml"], {"f.yaml": question(kind="choice", outcomes="[a, b]", predictions=(
         "    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probabilities: {a: 0.5, b: 0.1}}"))},
     "f.yaml:9: probabilities: probabilities sum to 0.6, not 1 (allowed: 1 ± 0.02)\n"),
    ("file: id missing", ["apply", "f.yaml"], {"f.yaml": "questions:\n  - text: Will it?\n    criteria: c\n    due: 2027-01-01\n"
                                                          "    created_at: 2026-01-01T00:00:00Z\n"},
     "f.yaml:2: id: required in files (so that apply is repeatable)\n"),
    ("file: duplicate ids across files", ["apply", "a.yaml", "b.yaml"],
     {"a.yaml": question(), "b.yaml": question()}, "b.yaml:2: id: duplicate id 'new' (first at a.yaml:2)\n"),
    ("file: alters a recorded prediction", ["apply", "f.yaml"],
     {"f.yaml": BASE.replace("probability: 0.6", "probability: 0.65")},
     "f.yaml:7: predictions: would alter the recorded prediction of ana at 2026-01-01T00:00:00+00:00 on base "
     "(predictions are never edited: add a new one with a later made_at)\n"),
    ("file: changes a question's text", ["apply", "f.yaml"],
     {"f.yaml": BASE.replace("Will the base case hold?", "Will the base case fail?")},
     "f.yaml:3: text: rewording base changes what every forecast on it answered, so it needs a correction with a "
     "reason: add `- {correction: true, reason: ...}` at the end of the question's `revisions:`\n"),
    ("file: resolution of unknown question", ["apply", "r.yaml"],
     {"r.yaml": "resolutions:\n  - {question_id: nope, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}\n"},
     "r.yaml:2: question_id: unknown question 'nope'\n"),
    ("file: resolution outcome not allowed", ["apply", "r.yaml"],
     {"r.yaml": "resolutions:\n  - {question_id: base, outcome: perhaps, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}\n"},
     "r.yaml:2: outcome: 'perhaps' is not an outcome of base (one of: yes, no, ambiguous, annulled)\n"),
    ("file: broken YAML", ["apply", "f.yaml"], {"f.yaml": "questions:\n  - id: x\n   text: [unclosed\n"},
     "f.yaml:3: broken YAML: did not find expected '-' indicator\n"),
    ("file: python tag", ["apply", "f.yaml"], {"f.yaml": "questions:\n  - !!python/object/apply:os.system ['echo pwned']\n"},
     "f.yaml:2: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed (only plain YAML is read)\n"),
    ("file: empty", ["apply", "f.yaml"], {"f.yaml": "\n\n"}, "f.yaml: file is empty: expected questions or resolutions\n"),
    ("file: only a comment", ["apply", "f.yaml"], {"f.yaml": "# nothing yet\n"},
     "f.yaml: file is empty: expected questions or resolutions\n"),
    ("file: plain text", ["apply", "f.yaml"], {"f.yaml": "just some words\n"},
     "f.yaml:1: expected questions or resolutions, found plain text\n"),
    ("file: not UTF-8", ["apply", "f.yaml"], {"f.yaml": b"questions:\n  - id: caf\xe9\n"},
     "f.yaml:2: not UTF-8 text (byte 0xe9)\n"),
    ("file: YAML alias bomb", ["apply", "f.yaml"],
     {"f.yaml": "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n"},
     "f.yaml:1: YAML anchors and aliases are not allowed\n"),
    ("file: broken JSON", ["apply", "f.json"], {"f.json": '{"questions": [}\n'}, "f.json:1: broken JSON: Expecting value\n"),
    ("folder without ledger files", ["apply", "empty"], {"empty/notes.txt": "hello"},
     "empty: no .yaml, .yml or .json files in this folder\n"),
    ("missing path", ["apply", "nowhere.yaml"], {}, "nowhere.yaml: no such file or folder\n"),
    # Issue 12: what gets written is checked, whatever path it comes by, and errors repeat no huge value.
    ("due date past 2999", [*NO_DUE, "-p", "0.5", "--due", "9999-12-31"], {},
     "error: --due: '9999-12-31' is too far ahead: due dates go up to 2999-12-31\n"),
    ("due year past 2999", [*NO_DUE, "-p", "0.5", "--due", "end of 3000"], {},
     "error: --due: 'end of 3000' is too far ahead: due dates go up to 2999-12-31\n"),
    ("file: due date past 2999", ["apply", "f.yaml"], {"f.yaml": question(due="9999-12-31")},
     "f.yaml:5: due: '9999-12-31' is too far ahead: due dates go up to 2999-12-31\n"),
    ("day-first due date", [*NO_DUE, "-p", "0.5", "--due", "31/12/2027"], {},
     "error: --due: write '31/12/2027' as 2027-12-31 (YYYY-MM-DD: slash and dot dates are not read)\n"),
    ("month-first due date", [*NO_DUE, "-p", "0.5", "--due", "12/31/2027"], {},
     "error: --due: write '12/31/2027' as 2027-12-31 (YYYY-MM-DD: slash and dot dates are not read)\n"),
    ("impossible slash date", [*NO_DUE, "-p", "0.5", "--due", "31/13/2027"], {},
     "error: --due: '31/13/2027' is not a date tracker reads: write it as YYYY-MM-DD\n"),
    ("NUL in the question", ["log", "Will\x00it?", "--due", "2027-01-01", "-c", "c", "-p", "0.5"], {},
     "error: TEXT: contains the control character U+0000: remove it\n"),
    ("control character in criteria", [*LOG[:4], "-c", "a\x07b", "-p", "0.5"], {},
     "error: --criteria: contains the control character U+0007: remove it\n"),
    ("zero-width question", ["log", "\u200b\u200b \u2060", "--due", "2027-01-01", "-c", "c", "-p", "0.5"], {},
     "error: TEXT: must not be empty (it holds only invisible characters)\n"),
    ("rationale over 10,000 characters", [*LOG, "-p", "0.5", "-r", "w" * 10_001], {},
     "error: -r/--rationale: is too long (10,001 characters; at most 10,000)\n"),
    ("100,000-character tag", [*LOG, "-p", "0.5", "-t", "a" * 100_000], {},
     "error: --tag: '" + "a" * 58 + "… (100,000 characters) must be lowercase letters, digits, '.', '_' or '-' "
     "(at most 64, starting with a letter or digit)\n"),
    ("5,000-digit probability", [*LOG, "-p", "1" * 5_000], {},
     "error: -p/--probability: '" + "1" * 58 + "… (5,000 characters) is not a number between 0 and 1\n"),
    ("file: NUL in the question", ["apply", "f.yaml"], {"f.yaml": question(text='"Will\\0it?"')},
     "f.yaml:3: text: contains the control character U+0000: remove it\n"),
    ("file: escape in a source", ["apply", "f.yaml"], {"f.yaml": question(source='{publisher: "a\\eb"}')},
     "f.yaml:6: source.publisher: contains the control character U+001B: remove it\n"),
    ("file: line break in a phrase", ["apply", "f.yaml"], {"f.yaml": question(phrase='"very\\nlikely"')},
     "f.yaml:6: phrase: contains the control character U+000A (this field is one line: no tabs or line breaks): "
     "remove it\n"),
    ("file: zero-width question", ["apply", "f.yaml"], {"f.yaml": question(text='"\\u200b\\u200b"')},
     "f.yaml:3: text: must not be empty (it holds only invisible characters)\n"),
    ("file: note over 10,000 characters", ["apply", "r.yaml"],
     {"r.yaml": "resolutions:\n  - {question_id: base, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana,\n"
                "     note: " + "n" * 10_001 + "}\n"},
     "r.yaml:3: note: is too long (10,001 characters; at most 10,000)\n"),
    ("file: evidence over 10,000 characters", ["apply", "r.yaml"],
     {"r.yaml": "resolutions:\n  - {question_id: base, outcome: yes, resolved_at: 2026-06-01T00:00:00Z, resolver: ana,\n"
                "     evidence: [" + "e" * 10_001 + "]}\n"},
     "r.yaml:3: evidence: is too long (10,001 characters; at most 10,000)\n"),
    ("file: 100,000-character tag", ["apply", "f.yaml"], {"f.yaml": question(tags="[" + "t" * 100_000 + "]")},
     "f.yaml:6: tags.0: '" + "t" * 58 + "… (100,000 characters) must be lowercase letters, digits, '.', '_' or '-' "
     "(at most 64, starting with a letter or digit)\n"),
    ("upper-case id", [*LOG, "-p", "0.5", "--id", "BadID"], {},
     "error: --id: 'BadID' must be lowercase letters, digits, '.', '_' or '-' (at most 64, starting with a letter "
     "or digit)\n"),
    ("file: bad tag named at the position written", ["apply", "f.yaml"], {"f.yaml": question(tags='[ok, "bad tag"]')},
     "f.yaml:6: tags.1: 'bad tag' must be lowercase letters, digits, '.', '_' or '-' (at most 64, starting with a "
     "letter or digit)\n"),
    ("file: repeated outcomes", ["apply", "f.yaml"], {"f.yaml": question(kind="choice", outcomes="[a, a]", predictions=
        "    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probabilities: {a: 1}}")},
     "f.yaml:7: outcomes: must be distinct (a given more than once)\n"),
    ("file: duplicate key in JSON", ["apply", "d.json"], {"d.json": '{"questions": [], "x": 1, "x": 2}'},
     "d.json:1: broken JSON: duplicate key 'x'\n"),
    ("file: phrase on an unknown scale", ["apply", "f.yaml"], {"f.yaml": question(predictions=
        "    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5,\n"
        "       phrase: likely, scale: nosuch}")},
     "f.yaml:8: scale: unknown scale 'nosuch' (one of ipcc-ar6, kent-1964, lt-nta, nato-ajp-2.1, plain-reader, uk-phia, "
     "us-icd-203; a workspace adds its own in scales/)\n"),
    ("file: phrase not in its scale", ["apply", "f.yaml"], {"f.yaml": question(predictions=
        "    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 0.5, phrase: perchance}")},
     "f.yaml:7: phrase: 'perchance' is not a phrase of lt-nta (known: unlikely, possible, likely, highly likely, "
     "will, inevitably, cannot be ruled out)\n"),
    ("file: 5,000-digit probability", ["apply", "f.yaml"], {"f.yaml": question(
        predictions="    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: " + "1" * 5_000 + "}")},
     "f.yaml:7: a number of 5,000 digits is too long to read\n"),
    ("file: prediction without made_at", ["apply", "f.yaml"],
     {"f.yaml": question(predictions="    - {forecaster: ana, probability: 0.5}")}, "f.yaml:7: made_at: required\n"),
    ("file: question without created_at or predictions", ["apply", "f.yaml"],
     {"f.yaml": "questions:\n  - {id: new, text: Will it?, criteria: c, due: 2027-01-01}\n"},
     "f.yaml:2: created_at: required for a question without predictions (or add one with made_at)\n"),
    ("file: correction a word not a boolean", ["apply", "r.yaml"],
     {"r.yaml": "resolutions:\n  - {question_id: base, outcome: no, resolved_at: 2026-06-01T00:00:00Z, resolver: ana,\n"
                "     correction: maybe}\n"},
     "r.yaml:3: correction: must be true or false\n"),
    ("file: already resolved without correction", ["apply", "r.yaml"],
     {"r.yaml": "resolutions:\n  - {question_id: base, outcome: no, resolved_at: 2026-06-01T00:00:00Z, resolver: ana}\n"
                "  - {question_id: base, outcome: yes, resolved_at: 2026-06-02T00:00:00Z, resolver: ana}\n"},
     "r.yaml:3: correction: base is already resolved no (at 2026-06-01T00:00:00+00:00); add `correction: true` "
     "to supersede\n"),
]


@pytest.mark.parametrize("name,args,files,expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_and_changes_nothing(cli, workspace, database_url, name, args, files, expected):
    (workspace / "base.yaml").write_text(BASE)
    assert cli("apply", "base.yaml").exit_code == 0
    for relative, content in files.items():
        path = workspace / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content)
    before = store_snapshot(database_url)
    result = cli(*args)
    assert result.exit_code == 1
    if args[0] == "apply":
        expected += "error: 1 problem; nothing was written\n"
    assert result.stderr == expected
    assert result.stdout == ""
    assert "Traceback" not in result.output
    assert store_snapshot(database_url) == before


def test_seventy_space_percent_is_read_as_seventy_percent(cli):
    result = cli(*LOG, "-p", "70 %", "--id", "spaced")
    assert result.output == "Logged spaced: 70% by ana, due 2027-01-01\n"


def test_every_problem_in_a_file_is_reported_at_once(cli, workspace, database_url):
    (workspace / "f.yaml").write_text(question(criteria=None) + question(id="two", due="soon").replace("questions:\n", ""))
    before = store_snapshot(database_url)
    result = cli("apply", "f.yaml")
    assert result.stderr == ("f.yaml:2: criteria: required\n"
                             "f.yaml:10: due: 'soon' is not a date like 2027-12-31\n"
                             "error: 2 problems; nothing was written\n")
    assert store_snapshot(database_url) == before


def test_unquoted_odds_in_a_file_are_odds(cli, workspace):
    # YAML 1.1 would read 5:1 as the base-60 number 301; tracker reads it as odds.
    (workspace / "f.yaml").write_text(question(
        predictions="    - {forecaster: ana, made_at: 2026-01-01T00:00:00Z, probability: 5:1}"))
    assert cli("apply", "f.yaml").exit_code == 0
    shown = cli("show", "new", "--json").output
    assert '"probability": 0.8333333333333334' in shown


@pytest.mark.parametrize("command", [["score"], ["report", "-o", "out"]])
def test_score_and_report_refuse_a_forecaster_with_no_prediction(cli, workspace, command):
    # A typo would score nothing, silently: named in one line with the closest name, as the web's filter does.
    assert cli(*LOG, "-p", "0.7", "-f", "ana", "--id", "it").exit_code == 0
    result = cli(*command, "-f", "anna")
    assert result.exit_code == 1
    assert result.stderr == "error: --forecaster: no prediction is by 'anna' (did you mean ana?)\n"
    assert not (workspace / "out").exists()


@pytest.mark.parametrize("command", [["score"], ["report", "-o", "out"]])
def test_a_since_before_the_first_instant_is_one_line(cli, workspace, command):
    # Midnight of 0001-01-01 in the workspace's zone (Europe/Vilnius, east of UTC) is before the first
    # instant a datetime holds.
    assert cli(*LOG, "-p", "0.7", "-f", "ana", "--id", "it").exit_code == 0
    result = cli(*command, "--since", "0001-01-01")
    assert result.exit_code == 1
    assert result.stderr == "error: --since: '0001-01-01' is too early a date\n"
    assert not (workspace / "out").exists()
