"""The buttons at the foot of a dialog: one that accepts and one that cancels, each with its own words;
and a question answered by one of two named buttons."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from .view_fonts import use_font_throughout


def accept_cancel_buttons(dialog: QDialog, accept_text: str, cancel_text: str) -> QDialogButtonBox:
    """Ok and Cancel named ``accept_text`` and ``cancel_text`` (already translated by the dialog),
    wired to the dialog's accept and reject; the caller places the box."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_between(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, yes_text: str, no_text: str,
                default_yes: bool, font: QFont | None = None) -> bool:
    """Ask ``text`` (plain text: it may quote a file) with two buttons named ``yes_text`` and
    ``no_text``; True when the first was chosen. Escape and closing the window answer no; Enter
    answers yes when ``default_yes``, else no. With ``font``, the words are written in it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    if font is not None:
        use_font_throughout(box, font)
    box.exec()
    chosen = box.clickedButton() is yes
    box.deleteLater()
    return chosen
