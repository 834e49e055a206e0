"""An imported item keeps where it came from: the file's name and the time of the import.

Revision ID: 0011
Revises: 0010

Before, the import wrote "Imported from NAME on YYYY-MM-DD." as the first line of the
item's internal note. Items whose note begins so get the two columns filled from it
(the day as midnight UTC) and lose that line; downgrading writes the line back. Nothing
else of an item is read or changed, and no application code is imported.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None

_NOTE = re.compile(r"Imported from (?P<name>[^/\\:\n]{1,255}) on "
                   r"(?P<day>\d{4}-\d{2}-\d{2})\.(?:\n|$)")
_BATCH = 500


def _items() -> sa.TableClause:
    return sa.table("press_items", sa.column("id", sa.String()),
                    sa.column("document", sa.JSON()), sa.column("source_name", sa.String()),
                    sa.column("imported_at", sa.DateTime()))


def upgrade() -> None:
    op.add_column("press_items", sa.Column("source_name", sa.String(), server_default="",
                                           nullable=False))
    op.add_column("press_items", sa.Column("imported_at", sa.DateTime(), nullable=True))
    items = _items()
    conn = op.get_bind()
    rows = conn.execute(sa.select(items.c.id, items.c.document)).all()
    for start in range(0, len(rows), _BATCH):
        for item_id, document in rows[start:start + _BATCH]:
            note = document.get("internal_note") if isinstance(document, dict) else None
            found = _NOTE.match(note) if isinstance(note, str) else None
            if found is None or not isinstance(note, str):
                continue
            try:
                day = datetime.strptime(found["day"], "%Y-%m-%d")
            except ValueError:
                continue
            rest = note[found.end():]
            changed = dict(document)
            if rest:
                changed["internal_note"] = rest
            else:
                changed.pop("internal_note", None)
            conn.execute(sa.update(items).where(items.c.id == item_id).values(
                document=changed, source_name=found["name"].strip(), imported_at=day))


def downgrade() -> None:
    items = _items()
    conn = op.get_bind()
    rows = conn.execute(sa.select(items.c.id, items.c.document, items.c.source_name,
                                  items.c.imported_at).where(items.c.source_name != "")).all()
    for item_id, document, name, moment in rows:
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
        day = (moment or datetime.now(UTC)).date().isoformat()
        changed = dict(document) if isinstance(document, dict) else {}
        note = changed.get("internal_note") or ""
        line = f"Imported from {name} on {day}."
        changed["internal_note"] = f"{line}\n{note}" if note else line
        conn.execute(sa.update(items).where(items.c.id == item_id).values(document=changed))
    with op.batch_alter_table("press_items") as batch:
        batch.drop_column("imported_at")
        batch.drop_column("source_name")
