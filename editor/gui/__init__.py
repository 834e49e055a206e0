"""The desktop application: the only package that imports PySide6."""

from editor.gui.none_guard import keep_none_alive

keep_none_alive()
