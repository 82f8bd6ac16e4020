"""The About box: version, licence, data folder and the 'not a medical device' statement."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import __version__
from .content_html import escape
from .context import AppContext


class AboutDialog(QDialog):
    """Who made the app, under which licence, where its data lives, and what it is not."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Exercises"))
        label = QLabel(self.html(context))
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        label.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def html(self, context: AppContext) -> str:
        """The About text: each paragraph translated, then escaped."""
        title = self.tr("Exercises for back and neck")
        paragraphs = [
            self.tr("Version {version}").format(version=__version__),
            self.tr("Home exercise programmes for back and neck pain, kept on this computer. "
                    "Nothing is sent anywhere."),
            self.tr("Not a medical device. This app helps you follow exercises a health professional has prescribed. "
                    "It does not diagnose or treat, and it does not replace their advice."),
            self.tr("Licence: GNU General Public License, version 3 or later."),
            self.tr("Data folder: {folder}").format(folder=context.paths.data_dir),
        ]
        return f"<h2>{escape(title)}</h2>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)

    @classmethod
    def show_about(cls, context: AppContext, parent: QWidget | None = None) -> tuple[None, bool]:
        dialog = cls(context, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # each opening builds a new one: free it
        return None, accepted
