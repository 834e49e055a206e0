"""A form whose fields can each show a problem in red text right under them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

PROBLEM_STYLE = "color: #b91c1c;"


class FieldForm(QFormLayout):
    """Rows named by the service's field names ("family_name", "valid_until" …);
    :meth:`show_problem` puts a message under the named field and the cursor in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general = QLabel()
        self.general.setObjectName("problem_general")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(PROBLEM_STYLE)
        self.general.hide()

    def add_field(self, label: str, name: str, widget: QWidget) -> QWidget:
        """Add ``widget`` under ``label``; problems for ``name`` show beneath it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problem = QLabel()
        problem.setObjectName(f"problem_{name}")
        problem.setWordWrap(True)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.hide()
        column.addWidget(problem)
        self.addRow(label, holder)
        self._fields[name] = (widget, problem)
        return holder

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def problem(self, name: str) -> str:
        """The problem shown at ``name`` ("" when none is shown)."""
        entry = self._fields.get(name)
        label = entry[1] if entry else self.general
        return label.text() if not label.isHidden() else ""

    def show_problem(self, name: str, message: str) -> None:
        """Show ``message`` at the field ``name`` (or above the buttons when not a field of
        this form) and move the cursor there."""
        self.clear_problems()
        entry = self._fields.get(name)
        if entry is None:
            self.general.setText(message)
            self.general.show()
            return
        widget, label = entry
        label.setText(message)
        label.show()
        widget.setFocus()
        select_all = getattr(widget, "selectAll", None)
        if callable(select_all):
            select_all()

    def clear_problems(self) -> None:
        self.general.hide()
        for _, label in self._fields.values():
            label.hide()
