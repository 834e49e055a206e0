"""Draws a search hit's snippet in one line with the matching words in bold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
Span = tuple[str, bool]

SPANS_ROLE = Qt.ItemDataRole.UserRole + 20
"""The item data role under which a model gives the snippet as ``(text, is_hit)`` spans."""


def first_hit_in_view(spans: Sequence[Span], width: int, plain: QFontMetrics,
                      bold: QFontMetrics) -> list[Span]:
    """``spans`` with the text before the first hit cut from the left ("…allen ") when
    the hit would otherwise lie beyond ``width`` pixels: a cell shows what was found."""
    first = next((i for i, (_text, hit) in enumerate(spans) if hit), None)
    if first is None or first == 0:
        return list(spans)
    before = "".join(text for text, _hit in spans[:first])
    hit_width = bold.horizontalAdvance(spans[first][0])
    if plain.horizontalAdvance(before) + hit_width <= width:
        return list(spans)
    room = width - hit_width - 2 * plain.horizontalAdvance("…")  # "…" after the hit too
    lead = plain.elidedText(before, Qt.TextElideMode.ElideLeft, room) if room > 0 else ""
    return [(lead, False), *spans[first:]] if lead else list(spans[first:])


def fit_spans(spans: Sequence[Span], width: int, plain: QFontMetrics,
              bold: QFontMetrics) -> list[tuple[str, bool, int]]:
    """The spans that fit into ``width`` pixels, the last one elided: ``(text, hit, x)``.
    The first hit is brought into view (see :func:`first_hit_in_view`)."""
    spans = first_hit_in_view(spans, width, plain, bold)
    placed: list[tuple[str, bool, int]] = []
    x = 0
    for text, hit in spans:
        metrics = bold if hit else plain
        needed = metrics.horizontalAdvance(text)
        if x + needed <= width:
            placed.append((text, hit, x))
            x += needed
            continue
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - x)
        if elided:  # empty when not even "…" fits: the line then just ends
            placed.append((elided, hit, x))
        break
    return placed


class HitDelegate(QStyledItemDelegate):
    """Paints cells that have :data:`SPANS_ROLE` data as a snippet with bold hits."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = index.data(SPANS_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # background, focus and selection only: the text is drawn below
        style = item.widget.style() if item.widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                   item.widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        plain_font = QFont(item.font)
        bold_font = QFont(item.font)
        bold_font.setBold(True)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(area)
        painter.setPen(item.palette.color(role))
        plain, bold = QFontMetrics(plain_font), QFontMetrics(bold_font)
        for text, hit, x in fit_spans(spans, area.width(), plain, bold):
            painter.setFont(bold_font if hit else plain_font)
            rect = area.adjusted(x, 0, 0, 0)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             text)
        painter.restore()
