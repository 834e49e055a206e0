"""The hostile-text tests reuse the press items built for the export tests."""

from __future__ import annotations

import sys
from pathlib import Path

RENDER_TESTS = Path(__file__).resolve().parents[1] / "render"
if str(RENDER_TESTS) not in sys.path:
    sys.path.insert(0, str(RENDER_TESTS))
