"""``column IN (many values)`` as one bound parameter.

SQLAlchemy expands ``column.in_(values)`` into one parameter per value, and rendering ten thousand
of them costs more than the database's work on them. One parameter holding them all (a JSON array
read by SQLite's json_each, a PostgreSQL array) is one statement, compiled once and cached.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import any_, func, select
from sqlalchemy.sql.elements import ColumnElement


def among(column, values: Sequence, dialect: str) -> ColumnElement:
    """``column IN values`` for ``dialect`` (sqlite or postgresql)."""
    if dialect == "postgresql":
        from sqlalchemy import literal
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(literal(list(values), ARRAY(column.type)))
    listed = func.json_each(json.dumps(list(values))).table_valued("value")
    return column.in_(select(listed.c.value))
