"""The store: SQLModel tables, the engine, migrations, and the queries the API runs."""

from tracker.store.engine import HEAD_REVISION, Store, connect

__all__ = ["HEAD_REVISION", "Store", "connect"]
