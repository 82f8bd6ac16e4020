"""Helpers for assistive technology: every control gets a description as well as a name."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def describe_from_tooltips(root: QWidget) -> int:
    """Give each widget under ``root`` that has a tooltip but no accessible description the tooltip
    as its description (screen readers read it after the name); returns how many were set."""
    count = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.toolTip() and not widget.accessibleDescription():
            widget.setAccessibleDescription(widget.toolTip())
            count += 1
    return count
