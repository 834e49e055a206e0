"""The application icon drawn as PNGs of the freedesktop hicolor sizes (with QtSvg)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from editor.core.errors import PressestelleError
from editor.io.desktop_entry import APP_ID, ICON_SIZES


def render_svg(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def hicolor_png(root: Path, size: int) -> Path:
    """Where the PNG of ``size`` lives below an icon theme folder ``root``."""
    return root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def write_hicolor_pngs(svg: Path, root: Path) -> list[Path]:
    """Every hicolor size of ``svg`` written below ``root``; the files written."""
    written = []
    for size in ICON_SIZES:
        target = hicolor_png(root, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render_svg(svg, size).save(str(target)):
            raise PressestelleError(f"{target}: cannot write the icon")
        written.append(target)
    return written
