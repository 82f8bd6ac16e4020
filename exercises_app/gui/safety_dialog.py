"""The 'When to stop and seek care' dialog: general stop rules and red flags."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..core.library import Safety
from .content_html import bullet_list, heading, paragraph


class SafetyDialog(QDialog):
    """Shows the library's safety section in the chosen language."""

    def __init__(self, safety: Safety, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When to stop and seek care"))
        self.resize(640, 620)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Safety information"))
        self.browser.setHtml(self.html(safety, lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def html(self, safety: Safety, lang: str) -> str:
        """The dialog's content as HTML."""
        return "".join([
            heading(self.tr("Stop the exercise if"), 2),
            bullet_list(safety.stop_rules, lang),
            heading(self.tr("Call emergency services or go to emergency now if you have"), 2),
            bullet_list(safety.emergency, lang),
            heading(self.tr("Contact a doctor the same day if you have"), 2),
            bullet_list(safety.urgent, lang),
            "<hr/>",
            paragraph(safety.disclaimer, lang),
        ])

    @classmethod
    def show_safety(cls, safety: Safety, lang: str, parent: QWidget | None = None) -> tuple[None, bool]:
        """Show the dialog modally; returns (None, accepted)."""
        dialog = cls(safety, lang, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return None, accepted
