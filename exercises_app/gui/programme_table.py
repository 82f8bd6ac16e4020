"""The programme's ordered exercise list as a Qt table model: inline dose editing, drag-and-drop order."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from ..core.dose_progression import DoseProgression
from ..core.dose_text import describe_progression, describe_progression_short
from ..core.library import DOSE_LIMITS, Library
from ..core.prescription import SIDES
from ..core.programme import ProgrammeExercise, limit_dose_value
from .content_html import plain_as_rich_text

ROW_MIME = "application/x-exercises-app-programme-row"
# (column key, Dose field or entry attribute)
COLUMNS = ("name", "sets", "reps", "hold_s", "tempo_s", "minutes", "rest_s", "times_per_day", "side", "progression",
           "note")
NUMBER_COLUMNS = {"sets", "reps", "hold_s", "tempo_s", "minutes", "rest_s", "times_per_day"}
# A dose in minutes (walking) uses only these number columns; a dose in repetitions all but "minutes".
MINUTES_COLUMNS = {"minutes", "times_per_day"}
OPTIONAL_NUMBERS = {"hold_s", "tempo_s"}  # 0 in the editor means "none"
TYPING_MAX = 9999  # what a number's editor lets one type; the dose's own limits are applied after

Index = QModelIndex | QPersistentModelIndex


class ProgrammeTableModel(QAbstractTableModel):
    """Rows are ProgrammeExercise entries; numbers are edited within the library's plausible bounds."""

    entriesChanged = Signal()
    doseLimited = Signal(str, int, int)  # column header, the number typed, the number kept

    def __init__(self, library: Library | None, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.entries: list[ProgrammeExercise] = []
        self.cautions: dict[int, str] = {}  # row -> reason shown in the name cell
        self.headers = {
            "name": self.tr("Exercise"), "sets": self.tr("Sets"), "reps": self.tr("Reps"),
            "hold_s": self.tr("Hold (s)"), "tempo_s": self.tr("Tempo (s)"),
            "minutes": self.tr("Minutes"), "rest_s": self.tr("Rest (s)"),
            "times_per_day": self.tr("Times a day"), "side": self.tr("Side"), "progression": self.tr("Progression"),
            "note": self.tr("Note"),
        }
        self.side_labels = {"both": self.tr("Both"), "left": self.tr("Left only"), "right": self.tr("Right only")}

    # -- content ---------------------------------------------------------------------------
    def set_entries(self, entries: list[ProgrammeExercise]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def set_cautions(self, cautions: dict[int, str]) -> None:
        self.cautions = cautions
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, 0))

    def add(self, entry: ProgrammeExercise) -> None:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()
        self.entriesChanged.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()
            self.entriesChanged.emit()

    def move(self, source: int, target: int) -> bool:
        """Move row ``source`` so that it ends up at position ``target``."""
        if source == target or not (0 <= source < len(self.entries)) or not (0 <= target < len(self.entries)):
            return False
        destination = target + 1 if target > source else target
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination):
            return False
        entry = self.entries.pop(source)
        self.entries.insert(target, entry)
        self.endMoveRows()
        self.entriesChanged.emit()
        return True

    def set_progression(self, row: int, progression: DoseProgression | None) -> None:
        """Set (or with None, remove) the progression of row ``row``."""
        if not 0 <= row < len(self.entries):
            return
        self.entries[row] = replace(self.entries[row], progression=progression)
        column = COLUMNS.index("progression")
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.entriesChanged.emit()

    def name(self, entry: ProgrammeExercise) -> str:
        exercise = self.library.get(entry.exercise_id) if self.library else None
        return exercise.name.get(self.lang) if exercise else entry.exercise_id

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[COLUMNS[section]]
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "name":
                warning = "⚠ " if index.row() in self.cautions and role == Qt.ItemDataRole.DisplayRole else ""
                return warning + self.name(entry)
            if column == "side":
                if role == Qt.ItemDataRole.EditRole:
                    return entry.side
                return self.side_labels[entry.side] if entry.dose.per_side else "—"  # no sides to choose
            if column == "note":
                return entry.note
            if column == "progression":
                rule = entry.progression
                return "—" if rule is None else describe_progression_short(rule.field, rule.by, rule.every_days,
                                                                           rule.up_to, self.lang)
            if not _uses(entry, column):
                return 0 if role == Qt.ItemDataRole.EditRole else "—"
            value = getattr(entry.dose, column)
            if role == Qt.ItemDataRole.EditRole:
                return value or 0
            return "—" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            caution = self.cautions.get(index.row())
            return plain_as_rich_text(caution) if caution else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "progression":
            rule = entry.progression
            hint = self.tr("Double-click to set how the app may step this dose up or down")
            if rule is None:
                return hint
            return describe_progression(rule.field, rule.by, rule.every_days, rule.up_to, self.lang) + "\n" + hint
        if role == Qt.ItemDataRole.ToolTipRole and column == "side" and not entry.dose.per_side:
            return self.tr("This dose is not done per side")
        if role == Qt.ItemDataRole.TextAlignmentRole and (column in NUMBER_COLUMNS or column == "side"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        column = COLUMNS[index.column()]
        if column == "side" and not self.entries[index.row()].dose.per_side:
            return base
        if column in NUMBER_COLUMNS and not _uses(self.entries[index.row()], column):
            return base
        return base if column in ("name", "progression") else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), COLUMNS[index.column()]
        entry = self.entries[row]
        if column == "note":
            entry = replace(entry, note=str(value).strip())
        elif column == "side":
            if value not in SIDES:
                return False
            entry = replace(entry, side=value)
        elif column in NUMBER_COLUMNS:
            if not _uses(entry, column):
                return False
            number = int(value)
            if column in OPTIONAL_NUMBERS and number == 0:
                other = "tempo_s" if column == "hold_s" else "hold_s"
                if getattr(entry.dose, other) is None:
                    return False  # an exercise needs a hold or a tempo
                cleared: dict[str, Any] = {column: None}
                entry = replace(entry, dose=replace(entry.dose, **cleared))
            else:
                low, high = getattr(DOSE_LIMITS, column)
                if not low <= number <= high:
                    return False
                changed: dict[str, Any] = {column: number}
                entry = replace(entry, dose=replace(entry.dose, **changed))
        else:
            return False
        if entry.progression is not None:  # the bounds follow a changed dose
            entry = replace(entry, progression=entry.progression.fitted(entry.dose))
        self.entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.entriesChanged.emit()
        return True

    # -- drag and drop (rows move within the table) ----------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.entries)
        target = row - 1 if row > source else row
        self.move(source, max(0, min(target, len(self.entries) - 1)))
        return False  # we moved the row ourselves; the view must not delete the source


def _uses(entry: ProgrammeExercise, column: str) -> bool:
    """True when the entry's kind of dose (in minutes or in repetitions) has this number column."""
    return (column in MINUTES_COLUMNS) == (entry.dose.minutes is not None) or column == "times_per_day"


class DoseDelegate(QStyledItemDelegate):
    """Spin boxes with the plausible bounds for numbers, a list for the side."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        column = COLUMNS[index.column()]
        model = cast(ProgrammeTableModel, index.model())  # this delegate serves only that model
        if column in NUMBER_COLUMNS:
            spin = QSpinBox(parent)
            low, _high = getattr(DOSE_LIMITS, column)
            # Room for any number typed: one over the limit is brought back to it, and said (doseLimited).
            spin.setRange(0 if column in OPTIONAL_NUMBERS else low, TYPING_MAX)
            if column in OPTIONAL_NUMBERS:
                spin.setSpecialValueText("—")
            return spin
        if column == "side":
            combo = QComboBox(parent)
            for key in SIDES:
                combo.addItem(model.side_labels[key], key)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            column = COLUMNS[index.column()]
            typed = editor.value()
            kept = typed if column in OPTIONAL_NUMBERS and typed == 0 else limit_dose_value(column, typed)
            if model.setData(index, kept) and kept != typed:
                model.doseLimited.emit(model.headers[column], typed, kept)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
