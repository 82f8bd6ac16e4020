"""A short help page: following a session, what the sounds mean, the keys, and when to stop."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..core.library import Safety
from .content_html import bullet_list, escape


class HelpDialog(QDialog):
    """How to use the app, in the interface language."""

    def __init__(self, safety: Safety | None, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.resize(680, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Help"))
        self.browser.setHtml(self.html(safety, lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def html(self, safety: Safety | None, lang: str) -> str:
        def section(title: str, items: list[str]) -> str:
            return f"<h3>{escape(title)}</h3><ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"

        parts = [
            section(self.tr("Following a session"), [
                self.tr("On the Today page, press Start for the session you want, "
                        "or open the Session page and press Start."),
                self.tr("The large number counts down the seconds of the current step. "
                        "The drawing moves at the pace to follow."),
                self.tr("You do not need to touch the keyboard: "
                        "the screen and the sounds tell you when to move, hold and relax."),
                self.tr("At the end, rate your pain from 0 to 10 and add a note if you wish. "
                        "Everything is saved at once."),
            ]),
            section(self.tr("What the sounds mean"), [
                self.tr("Two rising notes: start moving, or hold the position."),
                self.tr("Two falling notes: relax, rest, or change sides."),
                self.tr("A short high tick: each of the last three seconds of a hold."),
                self.tr("Three rising notes: the exercise is done."),
                self.tr("Each sound also flashes the countdown panel, so nothing is missed with the sound off."),
            ]),
            section(self.tr("Keys during a session"), [
                self.tr("Space: pause or resume."),
                self.tr("Right arrow: skip to the next exercise. Left arrow: go back one exercise."),
                self.tr("Escape: end the session (you are asked first; what you did is kept)."),
                self.tr("Ctrl+1 to Ctrl+5 switch between Today, Session, History, Programme and Library."),
            ]),
        ]
        if safety is not None:
            title = self.tr("When to stop")
            pointer = self.tr("Help > When to stop and seek care lists the warning signs that need a doctor.")
            parts.append(f"<h3>{escape(title)}</h3>" + bullet_list(safety.stop_rules, lang)
                         + f"<p>{escape(pointer)}</p>")
        return "".join(parts)

    @classmethod
    def show_help(cls, safety: Safety | None, lang: str, parent: QWidget | None = None) -> tuple[None, bool]:
        dialog = cls(safety, lang, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # each opening builds a new one: free it
        return None, accepted
