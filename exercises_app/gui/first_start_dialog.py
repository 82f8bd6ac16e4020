"""The question at a first start: how do you want to start?

Three big choices, keyboard first: a programme file from the physiotherapist, the clinic guide's
exercises as an example, or "I'm a physiotherapist". ``FirstStartDialog.ask`` shows it and returns
``(choice, accepted)``, a choice from ``core.first_start.START_CHOICES``; tests patch ``exec``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.first_start import EXAMPLE, PATIENT_FILE, PHYSIOTHERAPIST


class FirstStartDialog(QDialog):
    """Asks once, at the first start, how the person wants to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.choice = ""
        big = QFont(self.font())
        big.setPointSizeF(max(12.0, self.font().pointSizeF() * 1.3))
        title_font = QFont(big)
        title_font.setPointSizeF(big.pointSizeF() * 1.3)
        title_font.setBold(True)

        title = QLabel(self.tr("How do you want to start?"))
        title.setFont(title_font)
        intro = QLabel(self.tr("This app follows a home exercise programme for back or neck pain. Nothing you "
                               "record leaves this computer."))
        intro.setWordWrap(True)
        intro.setFont(big)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        choices = (
            (PATIENT_FILE, self.tr("I have a programme file from my physiotherapist"),
             self.tr("Open the file you were given; the app follows it.")),
            (EXAMPLE, self.tr("Show me the clinic guide's exercises as an example"),
             self.tr("Seven common back exercises, not chosen for you: check with a physiotherapist before "
                     "following them.")),
            (PHYSIOTHERAPIST, self.tr("I'm a physiotherapist"),
             self.tr("Build a programme from a template, print it and save the file for your patient.")),
        )
        for choice, text, detail in choices:
            button = QPushButton(text)
            button.setFont(big)
            button.setMinimumHeight(56)
            button.setAccessibleDescription(detail)
            button.setToolTip(detail)
            button.clicked.connect(lambda _checked=False, chosen=choice: self._choose(chosen))
            explanation = QLabel(detail)
            explanation.setWordWrap(True)
            explanation.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(button)
            layout.addWidget(explanation)
            self.buttons[choice] = button
        self.buttons[PATIENT_FILE].setDefault(True)
        self.buttons[PATIENT_FILE].setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(640, self.sizeHint().height())

    @Slot()
    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, bool]:
        """Show the dialog modally; returns (the choice, accepted). Escape or closing it chooses nothing."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.choice)
        choice = dialog.choice
        dialog.deleteLater()
        return choice, accepted
