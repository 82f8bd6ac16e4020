"""The form of one own exercise: every field of the library's format, its dose and its drawings.

Words are typed in English, French or both (a language left empty takes the other's words);
lists one item a line. The drawings are made in the pose editor (``pose_editor.py``). Saving checks
the exercise with the library's own checks (``own_exercises.own_exercise_problems``).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..art.poses import PoseLibrary
from ..core import limits
from ..core.library import DOSE_LIMITS, Dose, Exercise, Library, Progression, Variations
from ..core.own_exercises import new_own_id, one_text, own_exercise_problems, paired_texts
from ..core.text import Text
from ..core.vocabulary import CONDITIONS, EQUIPMENT, POSITIONS, REGIONS
from .content_html import plain_as_rich_text
from .pose_editor import PoseEditor
from .widgets.check_indicators import grow_check_indicators

#: The lists of texts of an exercise, with their heading in the form.
_LISTS = ("steps", "cues", "mistakes", "precautions", "stop_if", "adjust_if")


class OwnExerciseDialog(QDialog):
    """Create or edit one own exercise."""

    def __init__(self, library: Library | None, base: Library | None, poses: PoseLibrary, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.base = base
        self.lang = lang
        self.exercise_id = ""
        self.setWindowTitle(self.tr("My exercise"))
        self.resize(1100, 760)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_words(), self.tr("Words"))
        self.tabs.addTab(self._build_tags(), self.tr("Tags and dose"))
        self.pose_editor = PoseEditor(library, poses, lang)
        drawings = QScrollArea()  # as the other tabs: the window's background behind the controls
        drawings.setWidgetResizable(True)
        drawings.setWidget(self.pose_editor)
        self.tabs.addTab(drawings, self.tr("Drawings"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        for spin in (self.tempo_spin, self.hold_spin):
            spin.valueChanged.connect(self._on_timing_changed)
        self.load(None)

    @classmethod
    def edit(cls, exercise: Exercise | None, library: Library | None, base: Library | None, poses: PoseLibrary,
             lang: str, parent: QWidget | None = None) -> tuple[Exercise | None, bool]:
        """Show the form for ``exercise`` (None: a new one); the exercise saved and whether it was."""
        dialog = cls(library, base, poses, lang, parent)
        dialog.load(exercise)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.result_exercise if accepted else None
        dialog.deleteLater()
        return result, accepted

    # -- building -----------------------------------------------------------------------------------
    def _pair(self, multiline: bool, name: str, limit: limits.TextLimit | None = None) -> tuple[QWidget, QWidget]:
        widgets: list[QWidget] = []
        for language in (self.tr("in English"), self.tr("in French")):
            if multiline:
                edit: QWidget = QPlainTextEdit()
                edit.setMinimumHeight(58)
                edit.setMaximumHeight(96)
                edit.setTabChangesFocus(True)  # type: ignore[attr-defined]
            else:
                line = QLineEdit()
                if limit is not None:
                    line.setMaxLength(limit.chars)
                edit = line
            edit.setAccessibleName(f"{name}, {language}")
            widgets.append(edit)
        return widgets[0], widgets[1]

    def _build_words(self) -> QWidget:
        grid = QGridLayout()
        both = QLabel(self.tr("Write in English, in French, or in both: a language left empty takes the other's "
                              "words on screen and on paper."))
        both.setWordWrap(True)
        grid.addWidget(both, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("<b>English</b>")), 1, 1)
        grid.addWidget(QLabel(self.tr("<b>French</b>")), 1, 2)
        self.fields: dict[str, tuple[QWidget, QWidget]] = {}
        rows = [
            ("name", self.tr("Name"), False, limits.NAME),
            ("summary", self.tr("Purpose, in one sentence"), False, limits.SUMMARY),
            ("start", self.tr("Starting position"), True, None),
            ("steps", self.tr("Steps, one a line"), True, None),
            ("cues", self.tr("Breathing and what to feel, one a line"), True, None),
            ("mistakes", self.tr("Common mistakes, one a line"), True, None),
            ("precautions", self.tr("Precautions, one a line"), True, None),
            ("stop_if", self.tr("Stop and tell your physiotherapist if, one a line"), True, None),
            ("adjust_if", self.tr("Stop and change position if (optional), one a line"), True, None),
            ("easier", self.tr("How to make it easier (optional)"), False, limits.ITEM),
            ("harder", self.tr("How to make it harder (optional)"), False, limits.ITEM),
        ]
        for row, (key, caption, multiline, limit) in enumerate(rows, start=2):
            label = QLabel(caption)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            english, french = self._pair(multiline, caption, limit)
            grid.addWidget(english, row, 1)
            grid.addWidget(french, row, 2)
            self.fields[key] = (english, french)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return _scrolled(grid)

    def _tag_list(self, vocabulary: dict[str, Text], name: str) -> QListWidget:
        tags = QListWidget()
        tags.setAccessibleName(name)
        tags.setFlow(QListWidget.Flow.LeftToRight)  # as the programme editor's conditions: several a row
        tags.setWrapping(True)
        tags.setResizeMode(QListWidget.ResizeMode.Adjust)
        tags.setGridSize(QSize(240, 26))
        tags.setMinimumHeight(64)
        for key, label in vocabulary.items():
            item = QListWidgetItem(label.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            tags.addItem(item)
        grow_check_indicators(tags)
        return tags

    def _spin(self, bounds: tuple[int, int], name: str, none: bool = False) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0 if none else bounds[0], bounds[1])
        if none:
            spin.setSpecialValueText(self.tr("none"))
        spin.setAccessibleName(name)
        spin.setMaximumWidth(140)
        return spin

    def _variation_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(self.tr("none"), "")
        for exercise in self.library.exercises if self.library else ():
            combo.addItem(exercise.name.get(self.lang), exercise.id)
        return combo

    def _build_tags(self) -> QWidget:
        self.region_combo = QComboBox()
        for key, label in REGIONS.items():
            self.region_combo.addItem(label.get(self.lang), key)
        self.position_combo = QComboBox()
        for key, label in POSITIONS.items():
            self.position_combo.addItem(label.get(self.lang), key)
        self.equipment_list = self._tag_list(EQUIPMENT, self.tr("Equipment"))
        self.suits_list = self._tag_list(CONDITIONS, self.tr("Commonly suits"))
        self.caution_list = self._tag_list(CONDITIONS, self.tr("Calls for caution with"))
        self.sets_spin = self._spin(DOSE_LIMITS.sets, self.tr("Sets"))
        self.reps_spin = self._spin(DOSE_LIMITS.reps, self.tr("Repetitions"))
        self.hold_spin = self._spin(DOSE_LIMITS.hold_s, self.tr("Hold (s)"), none=True)
        self.tempo_spin = self._spin(DOSE_LIMITS.tempo_s, self.tr("Tempo (s per movement)"), none=True)
        self.rest_spin = self._spin(DOSE_LIMITS.rest_s, self.tr("Rest (s)"))
        self.times_spin = self._spin(DOSE_LIMITS.times_per_day, self.tr("Times a day"))
        self.per_side_check = QCheckBox(self.tr("Done on each side"))
        grow_check_indicators(self.per_side_check)
        self.easier_combo = self._variation_combo(self.tr("Easier version"))
        self.harder_combo = self._variation_combo(self.tr("Harder version"))
        form = QFormLayout()
        for caption, widget in (
            (self.tr("Body region"), self.region_combo), (self.tr("Position"), self.position_combo),
            (self.tr("Equipment"), self.equipment_list), (self.tr("Commonly suits"), self.suits_list),
            (self.tr("Calls for caution with"), self.caution_list),
            (self.tr("Sets"), self.sets_spin), (self.tr("Repetitions"), self.reps_spin),
            (self.tr("Hold (s)"), self.hold_spin), (self.tr("Tempo (s per movement)"), self.tempo_spin),
            (self.tr("Rest (s)"), self.rest_spin), (self.tr("Times a day"), self.times_spin),
            ("", self.per_side_check),
            (self.tr("Easier version"), self.easier_combo), (self.tr("Harder version"), self.harder_combo),
        ):
            form.addRow(caption, widget)
            if caption:
                widget.setAccessibleName(caption)
        return _scrolled(form)

    # -- form: load() / save() ------------------------------------------------------------------------
    def _set_words(self, key: str, texts: tuple[Text, ...] | Text | None) -> None:
        english, french = self.fields[key]
        items = () if texts is None else (texts,) if isinstance(texts, Text) else texts
        en = "\n".join(t.en for t in items)
        fr = "\n".join(t.fr for t in items)
        for edit, words in ((english, en), (french, "" if fr == en else fr)):
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(words)
            elif isinstance(edit, QLineEdit):
                edit.setText(words)

    def _words(self, key: str) -> tuple[str, str]:
        def read(edit: QWidget) -> str:
            return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text() \
                if isinstance(edit, QLineEdit) else ""

        english, french = self.fields[key]
        return read(english), read(french)

    @staticmethod
    def _set_tags(tags: QListWidget, chosen: tuple[str, ...]) -> None:
        for row in range(tags.count()):
            item = tags.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)

    @staticmethod
    def _tags(tags: QListWidget) -> tuple[str, ...]:
        return tuple(tags.item(row).data(Qt.ItemDataRole.UserRole) for row in range(tags.count())
                     if tags.item(row).checkState() == Qt.CheckState.Checked)

    def load(self, exercise: Exercise | None) -> None:
        """Show ``exercise`` (None: an empty form with a usual dose and a standing figure)."""
        self.exercise_id = exercise.id if exercise is not None else ""
        for key in ("name", "summary", "start"):
            self._set_words(key, getattr(exercise, key) if exercise else None)
        for key in _LISTS:
            self._set_words(key, getattr(exercise, key) if exercise else ())
        progression = exercise.progression if exercise else None
        self._set_words("easier", progression.easier if progression else None)
        self._set_words("harder", progression.harder if progression else None)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(exercise.region if exercise else "")))
        self.position_combo.setCurrentIndex(
            max(0, self.position_combo.findData(exercise.position if exercise else "")))
        self._set_tags(self.equipment_list, exercise.equipment if exercise else ())
        self._set_tags(self.suits_list, exercise.suits if exercise else ())
        self._set_tags(self.caution_list, exercise.caution if exercise else ())
        dose = exercise.dose if exercise else Dose(sets=1, reps=10, hold_s=None, tempo_s=4, rest_s=30,
                                                  per_side=False, times_per_day=1)
        self.sets_spin.setValue(dose.sets)
        self.reps_spin.setValue(dose.reps)
        self.hold_spin.setValue(dose.hold_s or 0)
        self.tempo_spin.setValue(dose.tempo_s or 0)
        self.rest_spin.setValue(dose.rest_s)
        self.times_spin.setValue(dose.times_per_day)
        self.per_side_check.setChecked(dose.per_side)
        variations = exercise.variations if exercise else Variations()
        for combo, target in ((self.easier_combo, variations.easier), (self.harder_combo, variations.harder)):
            combo.setCurrentIndex(max(0, combo.findData(target or "")))
        self.pose_editor.load(exercise.illustration if exercise else ())
        self._on_timing_changed()
        self.result_exercise: Exercise | None = None

    def save(self) -> tuple[Exercise | None, list[str]]:
        """The exercise as the form shows it, and what is wrong with it (nothing when it can be saved)."""
        problems: list[str] = []
        texts = {key: one_text(*self._words(key)) for key in ("name", "summary", "start", "easier", "harder")}
        lists: dict[str, tuple[Text, ...]] = {}
        for key in _LISTS:
            english, french = self._words(key)
            items, problem = paired_texts(english.splitlines(), french.splitlines())
            if problem:
                problems.append(f"{key}: {problem}")
            lists[key] = items
        easier, harder = texts["easier"], texts["harder"]
        if bool(easier.en) != bool(harder.en):
            problems.append(self.tr("Give both how to make it easier and how to make it harder, or neither."))
        taken = [e.id for e in self.library.exercises] if self.library else []
        exercise_id = self.exercise_id or new_own_id(texts["name"].en, taken)
        dose = Dose(sets=self.sets_spin.value(), reps=self.reps_spin.value(), hold_s=self.hold_spin.value() or None,
                    tempo_s=self.tempo_spin.value() or None, rest_s=self.rest_spin.value(),
                    per_side=self.per_side_check.isChecked(), times_per_day=self.times_spin.value())
        exercise = Exercise(
            id=exercise_id, name=texts["name"], summary=texts["summary"], region=self.region_combo.currentData(),
            position=self.position_combo.currentData(), equipment=self._tags(self.equipment_list),
            suits=self._tags(self.suits_list), caution=self._tags(self.caution_list), start=texts["start"],
            steps=lists["steps"], cues=lists["cues"], mistakes=lists["mistakes"],
            precautions=lists["precautions"], stop_if=lists["stop_if"], dose=dose,
            illustration=self.pose_editor.save(), line=0, adjust_if=lists["adjust_if"],
            progression=Progression(easier, harder) if easier.en and harder.en else None, own=True,
            variations=Variations(self.easier_combo.currentData() or None, self.harder_combo.currentData() or None),
        )
        if problems:
            return None, problems
        problems = own_exercise_problems(exercise, self.library or self.base)  # own ids are no clash
        return (None, problems) if problems else (replace(exercise, own=True), [])

    # -- slots ----------------------------------------------------------------------------------------
    @Slot()
    def _on_timing_changed(self) -> None:
        self.pose_editor.set_timing(self.tempo_spin.value() or None, self.hold_spin.value() or None)

    @Slot()
    def _on_save(self) -> None:
        exercise, problems = self.save()
        if exercise is None:
            QMessageBox.warning(self, self.tr("The exercise cannot be saved yet"),
                                plain_as_rich_text("\n".join(problems[:12])))
            return
        self.result_exercise = exercise
        self.accept()


def _scrolled(layout: QLayout) -> QScrollArea:
    """A tab's fields in a scroll area: the form stays usable in a small window or with large text."""
    content = QWidget()
    content.setLayout(layout)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    return scroll
