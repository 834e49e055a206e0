"""The committed hicolor PNGs are the SVG icon as Qt draws it now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from editor.core.paths import resources_dir
from editor.gui.icon_render import hicolor_png, render_svg, write_hicolor_pngs
from editor.io.desktop_entry import ICON_SIZES

SVG = resources_dir() / "icons" / "pressestelle.svg"
SHIPPED = resources_dir() / "desktop" / "hicolor"


def _difference(a: QImage, b: QImage) -> float:
    """Mean difference per channel (0–255) of two images of one size."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert (a.width(), a.height()) == (b.width(), b.height())
    left, right = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(left, right, strict=True)) / len(left)


def test_the_shipped_pngs_match_the_svg() -> None:
    """Anti-aliasing may differ between Qt versions; a changed drawing may not.
    After changing the SVG run scripts/render_icons.py."""
    for size in ICON_SIZES:
        shipped = QImage(str(hicolor_png(SHIPPED, size)))
        assert not shipped.isNull()
        assert _difference(shipped, render_svg(SVG, size)) < 2.0, size


def test_a_drawing_that_differs_is_noticed(tmp_path: Path) -> None:
    other = tmp_path / "other.svg"
    other.write_text(SVG.read_text().replace("#e07b00", "#00a0e0"))
    (png,) = [p for p in write_hicolor_pngs(other, tmp_path) if p.parent.parent.name == "48x48"]
    assert _difference(QImage(str(png)), render_svg(SVG, 48)) >= 2.0
