"""My exercises: the physiotherapist's own exercises, listed, created, changed and deleted.

Each is saved at once in the data folder's ``my-exercises.yaml`` (``AppContext.save_own_library``);
the library the app uses then has it, so it can be prescribed and printed like any other.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ContentError
from ..core.library import Exercise
from .content_html import plain_as_rich_text
from .context import AppContext
from .own_exercise_dialog import OwnExerciseDialog


class MyExercisesDialog(QDialog):
    """The list of own exercises with New, Change, Delete."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self.changed = False
        self.setWindowTitle(self.tr("My exercises"))
        self.resize(640, 480)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setObjectName("ownNotice")
        self.notice.setStyleSheet("#ownNotice { background: #fff4d6; color: #3d2b00; padding: 6px; }")
        load = context.own_load
        if load is not None and load.problems:
            kept = str(load.moved_to) if load.moved_to else str(context.paths.own_library)
            self.notice.setText(self.tr("Your file of own exercises could not be read, so it was set aside as {file}. "
                                        "First problem: {problem}").format(file=kept, problem=load.problems[0]))
        else:
            self.notice.hide()
        intro = QLabel(self.tr("Your own exercises are kept in this computer’s data folder. A programme that "
                               "prescribes one carries it in its file, drawings included."))
        intro.setWordWrap(True)
        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(self.tr("My exercises"))
        self.exercise_list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.new_button = QPushButton(self.tr("New exercise…"))
        self.new_button.clicked.connect(self.new_exercise)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.exercise_list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self._fill()

    @classmethod
    def manage(cls, context: AppContext, parent: QWidget | None = None) -> tuple[bool, bool]:
        """Show the dialog; whether the own exercises changed, and whether it was closed normally."""
        dialog = cls(context, parent)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed, True

    def _fill(self, select: str | None = None) -> None:
        self.exercise_list.clear()
        for exercise in self.context.own_library.exercises:
            item = QListWidgetItem(exercise.name.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.exercise_list.addItem(item)
            if exercise.id == select:
                self.exercise_list.setCurrentItem(item)
        if self.exercise_list.currentRow() < 0 and self.exercise_list.count():
            self.exercise_list.setCurrentRow(0)
        has = self.exercise_list.count() > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected(self) -> Exercise | None:
        item = self.exercise_list.currentItem()
        return self.context.own_library.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _edit(self, exercise: Exercise | None) -> None:
        library = self.context.library_load.library
        base = (self.context.base_load or self.context.library_load).library
        result, accepted = OwnExerciseDialog.edit(exercise, library, base, self.context.pose_library(),
                                                  self.lang, self)
        if not accepted or result is None:
            return
        own = self.context.own_library.with_exercise(result, replacing=exercise.id if exercise else None)
        if self._save(own):
            self._fill(result.id)

    def _save(self, own) -> bool:
        try:
            self.context.save_own_library(own)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"),
                                plain_as_rich_text(f"{self.context.paths.own_library}: {exc.strerror or exc}"))
            return False
        except ContentError as exc:
            QMessageBox.warning(self, self.tr("Could not save"),
                                plain_as_rich_text("\n".join(str(p) for p in exc.problems[:12])))
            return False
        self.changed = True
        return True

    @Slot()
    def new_exercise(self) -> None:
        self._edit(None)

    @Slot()
    def edit_selected(self) -> None:
        exercise = self.selected()
        if exercise is not None:
            self._edit(exercise)

    @Slot()
    def delete_selected(self) -> None:
        exercise = self.selected()
        if exercise is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete exercise"),
            self.tr("Delete “{name}” from your exercises? Programme files that prescribe it keep their copy.")
            .format(name=exercise.name.get(self.lang)))
        if answer == QMessageBox.StandardButton.Yes and self._save(self.context.own_library.without(exercise.id)):
            self._fill()
