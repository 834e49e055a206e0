"""Render the application icon (resources/icons/pressestelle.svg) as the PNG sizes of the
freedesktop hicolor theme, into resources/desktop/hicolor/<N>x<N>/apps/.

Run after changing the SVG, then commit the PNGs (a test compares them with the SVG):

    .venv/bin/python scripts/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.gui.icon_render import write_hicolor_pngs  # noqa: E402


def main() -> int:
    svg = ROOT / "resources" / "icons" / "pressestelle.svg"
    for path in write_hicolor_pngs(svg, ROOT / "resources" / "desktop" / "hicolor"):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
