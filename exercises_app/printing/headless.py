"""Printing without a window: the application that fonts and text layout need (CLI, scripts)."""
from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QGuiApplication:
    """Fonts and text layout need a QGuiApplication; make one for headless use (CLI, scripts).

    It is a QApplication, so that widgets can still be made later in the same process.
    """
    from PySide6.QtWidgets import QApplication

    global _HEADLESS_APPLICATION  # the process's one application must outlive this call
    instance = QGuiApplication.instance()
    if instance is None:
        _HEADLESS_APPLICATION = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "exercises-app"])
        return _HEADLESS_APPLICATION
    if not isinstance(instance, QGuiApplication):
        raise RuntimeError("printing needs a QGuiApplication, not a QCoreApplication")
    return instance


_HEADLESS_APPLICATION: QGuiApplication | None = None
