"""The 'When to stop and seek care' dialog: general stop rules and the warning signs of a programme."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..core.care import care_for, heading_for, signs_by_level
from ..core.library import Safety
from .content_html import bullet_list, heading, paragraph, strong_paragraph


class SafetyDialog(QDialog):
    """Shows the library's safety section in the chosen language.

    ``regions`` limits the warning signs to those of a programme's body regions (see
    ``core.programme.programme_regions``); empty or None shows every sign.
    """

    def __init__(self, safety: Safety, lang: str, parent: QWidget | None = None,
                 regions: Iterable[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When to stop and seek care"))
        self.resize(640, 620)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Safety information"))
        self.browser.setHtml(self.html(safety, lang, tuple(regions or ())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def html(self, safety: Safety, lang: str, regions: tuple[str, ...] = ()) -> str:
        """The dialog's content as HTML: stop rules, then each level's signs with where to get care."""
        parts = [heading(self.tr("While you exercise"), 2), bullet_list(safety.stop_rules, lang)]
        for level, signs in signs_by_level(safety, regions).items():
            if signs:
                parts += [heading(heading_for(level).get(lang), 2), bullet_list((s.text for s in signs), lang),
                          strong_paragraph(care_for(level), lang)]
        parts += ["<hr/>", paragraph(safety.disclaimer, lang)]
        return "".join(parts)

    @classmethod
    def show_safety(cls, safety: Safety, lang: str, parent: QWidget | None = None,
                    regions: Iterable[str] | None = None) -> tuple[None, bool]:
        """Show the dialog modally; returns (None, accepted)."""
        dialog = cls(safety, lang, parent, regions)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return None, accepted
