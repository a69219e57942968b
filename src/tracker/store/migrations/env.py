"""Alembic environment: tracker runs migrations itself on the connection it opened (see store.engine)."""

from alembic import context

from tracker.store import tables  # noqa: F401  (registers the tables on the metadata)
from sqlmodel import SQLModel

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
