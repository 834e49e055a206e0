"""The desktop application: the only package that imports PySide6."""

from editor.gui.singletons import pin_singletons

pin_singletons()  # before any PySide6 call: see editor.gui.singletons
