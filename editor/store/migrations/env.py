"""Alembic environment: migrates the connection handed over by :mod:`editor.store.migrate`.

To write a new revision, describe the change in ``editor/store/schema.py`` and then run
``python -m editor.store.migrations revision "what changes"`` and edit the generated file.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from editor.store.schema import metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if context.is_offline_mode() or _connection is None:
    raise RuntimeError("Archive migrations run on a connection given by editor.store.migrate.")
run_migrations(_connection)
