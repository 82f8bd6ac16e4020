"""The check-in: the Patient-Specific Functional Scale (``core/outcomes.py``).

Up to five activities the patient finds hard, each rated 0 (unable to do it) to 10 (able to do it as
before). The activities of the last answer are filled in, so the patient rates the same ones again.
``PsfsDialog.ask`` returns ``(items, accepted)``; tests patch ``exec``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.outcomes import PSFS_ACTIVITY_CHARS, PSFS_MAX, PSFS_MAX_ACTIVITIES, PSFS_MIN
from .dialog_buttons import accept_cancel_buttons
from .view_fonts import use_large_text


class PsfsDialog(QDialog):
    """Five rows: an activity and how well it can be done now (0-10)."""

    def __init__(self, previous: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in: what you can do"))
        intro = QLabel(self.tr("Name up to five activities that are hard for you because of your back or neck "
                               "(for example sitting at work, lifting a child, gardening), and rate how well you "
                               "can do each today: 0 = unable to do it, 10 = as well as before the problem."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Activity")), 0, 0)
        grid.addWidget(QLabel(self.tr("0 to 10")), 0, 1)
        self.rows: list[tuple[QLineEdit, QSpinBox]] = []
        for index in range(PSFS_MAX_ACTIVITIES):
            activity = QLineEdit(previous[index] if index < len(previous) else "")
            activity.setMaxLength(PSFS_ACTIVITY_CHARS)
            activity.setAccessibleName(self.tr("Activity %1").replace("%1", str(index + 1)))
            score = QSpinBox()
            score.setRange(PSFS_MIN, PSFS_MAX)
            score.setValue(5)
            score.setAccessibleName(self.tr("How well you can do activity %1, 0 to 10").replace("%1", str(index + 1)))
            grid.addWidget(activity, index + 1, 0)
            grid.addWidget(score, index + 1, 1)
            self.rows.append((activity, score))
        grid.setColumnStretch(0, 1)
        buttons = accept_cancel_buttons(self, self.tr("Save"), self.tr("Not now"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        use_large_text(self, 760)
        self.rows[0][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> list[tuple[str, int]]:
        """The rows with an activity named, as (activity, score)."""
        return [(edit.text(), spin.value()) for edit, spin in self.rows if edit.text().strip()]

    @classmethod
    def ask(cls, previous: tuple[str, ...] = (), parent: QWidget | None = None) -> tuple[list[tuple[str, int]], bool]:
        """Show the dialog modally; returns (the answers, accepted with at least one activity named)."""
        dialog = cls(previous, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        items = dialog.value()
        dialog.deleteLater()
        return items, accepted and bool(items)
