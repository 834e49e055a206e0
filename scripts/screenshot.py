"""Take screenshots of the running desktop app with the sample release open.

    python scripts/screenshot.py                      # docs/screenshot.png (German UI)
    python scripts/screenshot.py --xvfb               # the same under a virtual X screen
    python scripts/screenshot.py --lang en --view all --out-dir out/shots

Views: main (list, editor, preview), details (metadata tab), quote (a quote block
selected), quotes (the quote archive with a search), speaker (one speaker's quotes by
role), export (export dialog), settings (settings dialog), all.
The archive and the preferences live in a temporary folder; nothing of the user's is used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ("main", "details", "quote", "quotes", "speaker", "export", "settings")


def _start_xvfb(display: str) -> subprocess.Popen[bytes]:
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is not installed (apt-get install xvfb).")
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return server


def targets(view: str, out: Path | None, out_dir: Path | None) -> tuple[Path, Path | None]:
    """The folder for the views and, for one view written to a named file, that file.

    A folder given on its own takes every view, a single one too: nothing is written
    outside it.
    """
    if out is not None:
        if view == "all":
            sys.exit("--out names one file: use --out-dir for --view all")
        return (out_dir or out.parent), out
    if out_dir is not None:
        return out_dir, None
    if view == "all":
        return ROOT / "docs", None
    return ROOT / "docs", ROOT / "docs" / "screenshot.png"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de", help="UI language")
    parser.add_argument("--view", choices=(*VIEWS, "all"), default="main")
    parser.add_argument("--out", type=Path,
                        help="file for a single view (default: docs/screenshot.png)")
    parser.add_argument("--out-dir", type=Path,
                        help="folder for the views, each named VIEW_LANG.png")
    parser.add_argument("--xvfb", action="store_true", help="start a virtual X screen")
    parser.add_argument("--display", default=":99")
    args = parser.parse_args()

    server = _start_xvfb(args.display) if args.xvfb else None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in os.environ
                          else "xcb")
    temp = Path(tempfile.mkdtemp(prefix="pressestelle-shot-"))
    os.environ["PRESSESTELLE_DATA_DIR"] = str(temp / "data")
    sys.path.insert(0, str(ROOT))
    try:
        from editor.gui.screenshots import shoot

        views = VIEWS if args.view == "all" else (args.view,)
        out_dir, single = targets(args.view, args.out, args.out_dir)
        return shoot(temp, args.lang, views, out_dir, single)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        if server is not None:
            server.terminate()


if __name__ == "__main__":
    sys.exit(main())
