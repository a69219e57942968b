"""Shell completion of question ids, read straight from the database as the user types.

Completion runs `tracker` once per Tab press, so it reads the ids with one plain SQL statement (the
sqlite3 module for SQLite files) instead of opening the store: no table models, no migrations.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import typer

ID_HELP = "Question id, or a unique start of one (as `tracker list` shows it when narrow)."
#: At most this many ids offered at once: a shell lists them all, and a long list helps nobody.
MOST_OFFERED = 200
_QUERY = "SELECT id FROM question WHERE substr(id, 1, {n}) = {p} ORDER BY id LIMIT {limit}"


def complete_question_id(ctx: typer.Context, incomplete: str) -> list[str]:
    """The question ids starting with ``incomplete``, in the workspace the command line names."""
    try:
        return ids_starting(ctx.find_root().params, incomplete)
    except Exception:  # noqa: BLE001 - a broken workspace offers nothing rather than a traceback in the shell
        return []


def ids_starting(root_params: dict, incomplete: str) -> list[str]:
    from tracker.workspace import resolve_workspace

    url = resolve_workspace(root_params.get("workspace"), root_params.get("db")).database_url
    if url.startswith("sqlite:///"):
        import sqlite3

        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            return []  # completing never creates a database
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            rows = connection.execute(_QUERY.format(n="?", p="?", limit=MOST_OFFERED), (len(incomplete), incomplete))
            return [row[0] for row in rows]
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(_QUERY.format(n=":n", p=":p", limit=MOST_OFFERED)),
                                      {"n": len(incomplete), "p": incomplete})
            return [row[0] for row in rows]
    finally:
        engine.dispose()
