"""The buttons at the foot of a dialog: one that accepts and one that cancels, each with its own words."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def accept_cancel_buttons(dialog: QDialog, accept_text: str, cancel_text: str) -> QDialogButtonBox:
    """Ok and Cancel named ``accept_text`` and ``cancel_text`` (already translated by the dialog),
    wired to the dialog's accept and reject; the caller places the box."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
