"""One writer of the concurrency test, run as its own process.

    python writer_driver.py URL WRITER SECONDS OUT.json

Saves, for SECONDS, alternately its own item and one of the shared items, each time
loading the stored copy and changing its headline. Writes to OUT.json every save that
succeeded (item, version it made, headline), every conflict reported, and the longest
time one save took.
"""

from __future__ import annotations

import json
import random
import sys
import time

from editor.core.errors import ConflictError, StoreError
from editor.store import Archive

SHARED = ["shared-1", "shared-2"]


def main() -> None:
    url, writer, seconds, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    saved: list[tuple[str, int, str]] = []
    conflicts: list[str] = []
    busy: list[str] = []
    longest = 0.0
    rng = random.Random(writer)
    count = 0
    with Archive.open(url) as archive:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            item_id = f"own-{writer}" if count % 2 == 0 else rng.choice(SHARED)
            count += 1
            item = archive.load_item(item_id)
            headline = f"{writer} #{count}"
            item.headline.text["de"] = headline
            time.sleep(rng.random() * 0.05)  # a colleague may save meanwhile
            started = time.monotonic()
            try:
                archive.save_item(item)
            except ConflictError:
                conflicts.append(item_id)
                continue
            except StoreError as exc:  # busy: told, not lost
                busy.append(f"{item_id}: {exc}")
                continue
            finally:
                longest = max(longest, time.monotonic() - started)
            saved.append((item_id, item.version, headline))
    with open(out, "w", encoding="utf-8") as file:
        json.dump({"saved": saved, "conflicts": conflicts, "busy": busy,
                   "longest": longest}, file)


if __name__ == "__main__":
    main()
