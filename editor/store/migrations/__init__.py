"""Alembic migrations of the archive; run by :mod:`editor.store.migrate`, not by hand."""
