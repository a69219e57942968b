"""Every command: the module and function defining it, and the line `tracker --help` lists for it.

The lines are kept here rather than read from the functions' docstrings, so that listing the commands
imports none of their modules: about 3 ms of CPU with their bytecode cached, 20-25 ms where it is not
(PYTHONDONTWRITEBYTECODE), against a floor of about 150 ms. tests/cli/test_app.py checks that each line
is the first paragraph of its command's help.
"""

#: Every command in the order `tracker --help` lists them: the module in tracker.cli defining it, and
#: the function (or, for a group of subcommands, the typer app) under that name.
COMMANDS = {
    "init": ("workspace", "init"), "log": ("forecast", "log"), "update": ("forecast", "update"),
    "list": ("browse", "list_"), "show": ("show", "show"), "resolve": ("resolve", "resolve"),
    "apply": ("ledger", "apply"), "export": ("interop", "export"), "calendar": ("interop", "calendar"),
    "score": ("report", "score"), "report": ("report", "report"), "remind": ("remind", "remind"),
    "due": ("remind", "due"), "snooze": ("remind", "snooze"), "extract": ("extract", "extract"),
    "verify": ("verify", "verify"), "anchor": ("verify", "anchor"), "import": ("interop", "import_app"),
    "serve": ("serve", "serve"), "edit": ("edit", "edit"), "migrate": ("migrate", "migrate"),
    "team": ("team", "team_app"),
}
#: The commands that are groups of subcommands (a typer app, not a function).
GROUPS = {"import", "team"}

#: The first paragraph of each command's help: all that `tracker --help` shows of it.
SUMMARIES = {
    "init": "Make a workspace: tracker.toml, forecasts/, resolutions/, reports/ and .tracker/ (git-ignored).",
    "log": "Log a new forecast: a question, its resolution criteria, a due date and your probability.",
    "update": "Add a new prediction to a question; earlier predictions are kept as they were.",
    "list": "List questions with their latest prediction, soonest due first.",
    "show": "Show one question with every prediction, resolution and version of its description.",
    "resolve": "Resolve a question. A resolved question changes only by a --correction, which keeps the old record.",
    "apply": "Make the store agree with forecast and resolution files: one transaction, safe to run twice.",
    "export": "Write the store out: files `tracker apply` reads back (yaml, json), CSV tables, or Fatebook's "
              "import CSV.",
    "calendar": "Write the open questions' due dates as an iCalendar feed: all-day events, one per question, "
                "stable UIDs.",
    "score": "Score resolved forecasts: n, Brier, log score, Brier skill and decompositions, overall or per group.",
    "report": "Write the calibration report: index.html (self-contained), report.md, scores.json and PNG plots.",
    "remind": "Run the reminder daemon: prompt for due questions, again every N days until they are resolved.",
    "due": "List open questions that are due or overdue for resolution, most overdue first.",
    "snooze": "Move a question's next resolution prompt later: `tracker snooze ID 3d` or `--until 2027-01-15`.",
    "extract": "Draft forecasts from a document's forward-looking judgements, for review and then `tracker apply`.",
    "verify": "Recompute the hash chain of predictions and resolutions; exit non-zero when it is broken.",
    "anchor": "Write the chain's head to anchors/ (commit that file) and print it as one line to paste anywhere.",
    "import": "Read another tool's file into the store: one transaction, safe to run twice.",
    "serve": "The tracker in a browser at http://127.0.0.1:8765: the due queue, questions, the live report, forms.",
    "edit": "Change a question's wording, criteria, due date or tags, as a new version in its history.",
    "migrate": "Create or upgrade the database schema to this tracker's, in one transaction.",
    "team": "Manage a team on PostgreSQL (run by the database's owner): member roles, the forecasters each may "
            "record as, and sources any member may record.",
}
