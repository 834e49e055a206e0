"""Alembic environment: migrates the connection handed over by :mod:`editor.store.migrate`.

To write a new revision, describe the change in ``editor/store/schema.py`` and then run
``python -m editor.store.migrations revision "what changes"`` and edit the generated file.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from editor.store.schema import metadata
from editor.store.search import is_search_table


def _include_name(name: str | None, type_: str, _parents: object) -> bool:
    """The full-text index is managed by ``editor.store.search``, not by autogenerate."""
    return not (type_ == "table" and name is not None and is_search_table(name))


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if context.is_offline_mode() or _connection is None:
    raise RuntimeError("Archive migrations run on a connection given by editor.store.migrate.")
run_migrations(_connection)
