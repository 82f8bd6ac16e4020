"""The programme editor for physiotherapists: patient and clinic, ordered exercises with their dose."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QModelIndex, QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import limits
from ..core.dose_progression import DoseProgression
from ..core.errors import ContentError
from ..core.file_names import safe_file_name
from ..core.library import Dose, Exercise, Library
from ..core.own_exercises import merged_library, with_own_definitions
from ..core.programme import Clinic, Programme, ProgrammeExercise, cautions, in_language
from ..core.programme_file import list_templates, load_programme, new_programme_id, save_programme
from ..core.text import LANGUAGES
from ..core.vocabulary import CONDITIONS
from .content_html import escape, plain_as_rich_text
from .context import AppContext
from .file_memory import last_folder, remember_programme
from .programme_table import COLUMNS, DoseDelegate, ProgrammeTableModel
from .progression_dialog import ProgressionDialog
from .widgets.check_indicators import grow_check_indicators
from .widgets.flow_layout import FlowLayout

FILE_FILTER = "Programme (*.yaml *.yml)"


class ProgrammeView(QWidget):
    """Build or edit a programme, open and save its file, print it, and make it the active one."""

    programmeActivated = Signal()  # the programme in use for Today and the session changed
    ownExercisesRequested = Signal()  # the physiotherapist asks for "My exercises"
    printRequested = Signal()  # print preview of the programme in the editor
    pdfRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self.library = context.library_load.library
        self._carried: tuple[Exercise, ...] = ()  # own exercises carried by the programme opened
        self.path: Path | None = None
        self.dirty = False
        self._loading = False
        self._identity = (new_programme_id(), 0)
        # asks for an exercise's progression bounds; tests replace it
        self.ask_progression: Callable[[str, Dose, DoseProgression | None], tuple[DoseProgression | None, bool]] = (
            lambda name, dose, current: ProgressionDialog.ask(name, dose, current, self))

        self.model = ProgrammeTableModel(self.library, self.lang, self)
        self.model.entriesChanged.connect(self._on_changed)
        self.model.doseLimited.connect(self._on_dose_limited)

        toolbar = self._build_toolbar()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_exercises(), self.tr("Exercises and doses"))
        self.tabs.addTab(self._build_details(), self.tr("Patient, clinic and notes"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # quotes exercise names and the title
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(toolbar)
        layout.addLayout(self._build_heading())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        active = context.programme
        if active is not None:
            self.load(active)
            self.path = None
        self._set_dirty(False)

    # -- building --------------------------------------------------------------------------
    def _build_toolbar(self) -> FlowLayout:
        self.new_button = QPushButton(self.tr("New"))  # a push button's menu arrow has room of its own
        self.new_button.setToolTip(self.tr("New programme, blank or from a template"))
        self.template_menu = QMenu(self)
        self.new_button.setMenu(self.template_menu)
        self._fill_template_menu()
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a programme file (Ctrl+O)"))
        self.open_button.clicked.connect(lambda: self.open_file())  # not clicked's 'checked' as the path
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the programme file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_file)
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.save_as_button.clicked.connect(self.save_file_as)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print preview and print (Ctrl+P)"))
        self.print_button.clicked.connect(self.printRequested)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.use_button = QPushButton(self.tr("Use for my sessions"))
        self.use_button.setToolTip(self.tr("Make this the programme that Today and the guided session follow"))
        self.use_button.clicked.connect(self.activate)
        row = FlowLayout()  # wraps onto a second row rather than cutting labels (large text, French)
        for widget in (self.new_button, self.open_button, self.save_button, self.save_as_button,
                       self.print_button, self.pdf_button):
            row.addWidget(widget)
        row.add_stretch()
        row.addWidget(self.use_button)
        for key, slot in ((QKeySequence.StandardKey.Save, self.save_file),
                          (QKeySequence.StandardKey.Open, self.open_file)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return row

    def _build_heading(self) -> QHBoxLayout:
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Programme title"))
        self.patient_edit = QLineEdit()
        self.patient_edit.setAccessibleName(self.tr("Patient"))
        self.patient_edit.setPlaceholderText(self.tr("Patient’s name"))
        for edit in (self.title_edit, self.patient_edit):
            edit.setMaxLength(limits.NAME.chars)  # the file's limits: what is typed can always be saved
            edit.textEdited.connect(self._on_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Title")))
        row.addWidget(self.title_edit, 3)
        row.addWidget(QLabel(self.tr("Patient")))
        row.addWidget(self.patient_edit, 2)
        return row

    def _fill_template_menu(self) -> None:
        self.template_menu.clear()
        blank = self.template_menu.addAction(self.tr("Blank programme"))
        blank.triggered.connect(lambda: self.new_programme(None))
        self.template_menu.addSeparator()
        self.templates: list[tuple[Path, Programme]] = []
        if self.library is not None:
            self.templates = list(list_templates(self.context.paths.bundled_templates_dir, self.library).templates)
        for _path, template in self.templates:
            action = self.template_menu.addAction(
                self.tr("From template: {title}").format(title=in_language(template, self.lang).title))
            action.triggered.connect(lambda _checked=False, t=template: self.new_programme(t))
        other = next((lang for lang in LANGUAGES if lang != self.lang), None)
        offered = [(path, t) for path, t in self.templates if other in t.languages]
        if other is not None and offered:
            self.template_menu.addSeparator()
            submenu = self.template_menu.addMenu(self.tr("Handout in English") if other == "en"
                                                 else self.tr("Handout in French"))
            for _path, template in offered:
                action = submenu.addAction(in_language(template, other).title)
                action.triggered.connect(lambda _checked=False, t=template, o=other: self.new_programme(t, o))

    def _build_details(self) -> QWidget:
        self.clinician_edit = QLineEdit()
        self.clinic_name_edit = QLineEdit()
        self.clinic_phone_edit = QLineEdit()
        self.clinic_address_edit = QLineEdit()
        self.clinic_website_edit = QLineEdit()
        edit_limits = ((self.clinician_edit, limits.NAME), (self.clinic_name_edit, limits.NAME),
                       (self.clinic_phone_edit, limits.PHONE), (self.clinic_address_edit, limits.ADDRESS),
                       (self.clinic_website_edit, limits.WEBSITE))
        for edit, limit in edit_limits:
            edit.setMaxLength(limit.chars)
        self.language_combo = QComboBox()
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Français", "fr")
        self.start_date = self._date_edit()
        self.review_date = self._date_edit()
        self.appointment_edit = QDateTimeEdit()
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # "not set" is the minimum; its 9:00 is the time a day picked in the calendar starts with, not midnight
        self.appointment_edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(9, 0)))
        self.appointment_edit.setSpecialValueText(self.tr("not set"))
        self.appointment_edit.setDateTime(self.appointment_edit.minimumDateTime())
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(1, 5)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 7)
        self.advice_edit = QPlainTextEdit()
        self.advice_edit.setMinimumHeight(120)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setMinimumHeight(120)
        self.conditions = QListWidget()
        self.conditions.setMinimumHeight(180)
        self.conditions.setFlow(QListWidget.Flow.LeftToRight)
        self.conditions.setWrapping(True)
        self.conditions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.conditions.setGridSize(QSize(260, 28))
        for key, label in CONDITIONS.items():
            item = QListWidgetItem(label.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.conditions.addItem(item)
        grow_check_indicators(self.conditions)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("Physiotherapist"), self.clinician_edit), (self.tr("Clinic"), self.clinic_name_edit),
            (self.tr("Clinic phone"), self.clinic_phone_edit), (self.tr("Clinic address"), self.clinic_address_edit),
            (self.tr("Clinic website"), self.clinic_website_edit),
            (self.tr("Handout language"), self.language_combo), (self.tr("Start date"), self.start_date),
            (self.tr("Review date"), self.review_date), (self.tr("Next appointment"), self.appointment_edit),
            (self.tr("Sessions a day"), self.sessions_spin),
            (self.tr("Days a week"), self.days_spin), (self.tr("Conditions"), self.conditions),
            (self.tr("Advice for the patient (printed)"), self.advice_edit),
            (self.tr("Rationale for the physiotherapist (not printed)"), self.rationale_edit),
        ]
        for caption, widget in rows:
            form.addRow(caption, widget)
            widget.setAccessibleName(caption)
        for edit in (self.clinician_edit, self.clinic_name_edit,
                     self.clinic_phone_edit, self.clinic_address_edit, self.clinic_website_edit):
            edit.textEdited.connect(self._on_changed)
        self.appointment_edit.dateTimeChanged.connect(self._on_changed)
        self.advice_edit.textChanged.connect(self._on_changed)
        self.rationale_edit.textChanged.connect(self._on_changed)
        self.language_combo.currentIndexChanged.connect(self._on_changed)
        for spin in (self.sessions_spin, self.days_spin):
            spin.valueChanged.connect(self._on_changed)
        for date_edit in (self.start_date, self.review_date):
            date_edit.dateChanged.connect(self._on_changed)
        self.conditions.itemChanged.connect(self._on_changed)

        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("not set"))
        edit.setDate(edit.minimumDate())
        return edit

    def _build_exercises(self) -> QWidget:
        self.add_combo = QComboBox()
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.add_combo.lineEdit()  # an editable combo box always has one
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Type to find an exercise"))
        self.add_combo.setAccessibleName(self.tr("Exercise to add"))
        self._fill_add_combo()
        completer = self.add_combo.completer()  # an editable combo box always has one
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        self.add_combo.setCurrentIndex(-1)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._on_add)
        self.own_button = QPushButton(self.tr("My exercises…"))
        self.own_button.setToolTip(self.tr("Create your own exercises, with drawings made in the pose editor"))
        self.own_button.clicked.connect(self.ownExercisesRequested)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(DoseDelegate(self.table))
        self.table.setAccessibleName(self.tr("Exercises of the programme"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The note gets a fixed share, so the exercise's name has the room; both wrap onto more lines.
        note = len(self.model.headers) - 1
        header.setSectionResizeMode(note, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(note, self.fontMetrics().averageCharWidth() * 18)
        # Rows follow the names' wrapping whenever the columns change width (growing the window too).
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        header.setStretchLastSection(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(34)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the selected exercise up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the selected exercise down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected exercise (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.progression_button = QPushButton(self.tr("Progression…"))
        self.progression_button.setToolTip(self.tr("How the app may step the selected exercise's dose up or down"))
        self.progression_button.clicked.connect(self.edit_progression)
        self.table.doubleClicked.connect(self._on_double_click)
        for key, slot in (("Alt+Up", lambda: self.move_selected(-1)), ("Alt+Down", lambda: self.move_selected(1)),
                          (QKeySequence.StandardKey.Delete, self.remove_selected)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.caution_label = QLabel()
        self.caution_label.setObjectName("cautionBox")
        self.caution_label.setWordWrap(True)
        self.caution_label.setStyleSheet(
            "#cautionBox { background: #fff4d6; color: #3d2b00; border: 1px solid #b07d00; padding: 6px; }")
        self.caution_label.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.own_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.progression_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Double-click a number to change it. "
                              "Drag rows, or use Alt+Up and Alt+Down, to change the order."))
        hint.setWordWrap(True)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.caution_label)
        return panel

    def _fill_add_combo(self) -> None:
        self.add_combo.clear()
        if self.library:
            for exercise in self.library.exercises:
                name = exercise.name.get(self.lang)
                self.add_combo.addItem(self.tr("{name} (my exercise)").format(name=name) if exercise.own else name,
                                       exercise.id)
        self.add_combo.setCurrentIndex(-1)

    def set_library(self, library: Library | None) -> None:
        """Use ``library`` (the own exercises changed), with those the programme opened carries, and
        those it prescribes that ``library`` no longer has (an own exercise just deleted): the file
        must still carry their definition."""
        if self.library is not None and library is not None:
            gone = [exercise for entry in self.model.entries
                    if (exercise := self.library.get(entry.exercise_id)) is not None and exercise.own
                    and library.get(exercise.id) is None]
            self._carried = (*self._carried, *(e for e in gone if e not in self._carried))
        self.library = merged_library(library, self._carried) if library is not None else None
        self.model.library = self.library
        self._fill_add_combo()
        self.model.set_entries(self.model.entries)  # names shown again
        self._update_cautions()

    # -- form: symmetric load() / save() ---------------------------------------------------
    def load(self, programme: Programme) -> None:
        """Show ``programme`` in the editor."""
        if programme.own_exercises != self._carried:
            self._carried = programme.own_exercises
            self.set_library(self.context.library_load.library)
        self._loading = True
        self._identity = (programme.programme_id, programme.version)
        self.title_edit.setText(programme.title)
        self.patient_edit.setText(programme.patient)
        self.clinician_edit.setText(programme.clinician)
        self.clinic_name_edit.setText(programme.clinic.name)
        self.clinic_phone_edit.setText(programme.clinic.phone)
        self.clinic_address_edit.setText(programme.clinic.address)
        self.clinic_website_edit.setText(programme.clinic.website)
        moment = programme.next_appointment
        self.appointment_edit.setDateTime(
            QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
            if moment else self.appointment_edit.minimumDateTime())
        shown = moment.date() if moment else self.context.today()  # the popup opens on this month, not on 2000
        self.appointment_edit.calendarWidget().setCurrentPage(shown.year, shown.month)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(programme.language)))
        self._set_date(self.start_date, programme.start_date)
        self._set_date(self.review_date, programme.review_date)
        self.sessions_spin.setValue(programme.sessions_per_day)
        self.days_spin.setValue(programme.days_per_week)
        self.advice_edit.setPlainText(programme.advice)
        self.rationale_edit.setPlainText(programme.rationale)
        for row in range(self.conditions.count()):
            item = self.conditions.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in programme.conditions
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.model.set_entries(list(programme.exercises))
        self._show_used_columns()
        self._loading = False
        self._update_cautions()

    def save(self) -> Programme:
        """The programme as the editor shows it (same id and version as loaded)."""
        programme_id, version = self._identity
        conditions = tuple(
            self.conditions.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.conditions.count())
            if self.conditions.item(row).checkState() == Qt.CheckState.Checked
        )
        sessions = self.sessions_spin.value()
        entries = tuple(
            replace(e, dose=replace(e.dose, times_per_day=min(e.dose.times_per_day, sessions)))
            for e in self.model.entries
        )
        programme = Programme(
            programme_id=programme_id, version=version, title=self.title_edit.text().strip(),
            language=self.language_combo.currentData(), patient=self.patient_edit.text().strip(),
            conditions=conditions, clinician=self.clinician_edit.text().strip(),
            clinic=Clinic(self.clinic_name_edit.text().strip(), self.clinic_phone_edit.text().strip(),
                          self.clinic_address_edit.text().strip(), self.clinic_website_edit.text().strip()),
            start_date=self._get_date(self.start_date), review_date=self._get_date(self.review_date),
            next_appointment=self._get_appointment(),
            advice=self.advice_edit.toPlainText().strip(), rationale=self.rationale_edit.toPlainText().strip(),
            sessions_per_day=sessions,
            days_per_week=self.days_spin.value(), exercises=entries,
        )
        # the file carries the definition of each own exercise it prescribes
        return with_own_definitions(programme, self.library) if self.library is not None else programme

    @staticmethod
    def _set_date(edit: QDateEdit, value: dt.date | None) -> None:
        edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())

    def _get_appointment(self) -> dt.datetime | None:
        edit = self.appointment_edit
        if edit.dateTime() <= edit.minimumDateTime():
            return None
        day, time = edit.date(), edit.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    @staticmethod
    def _get_date(edit: QDateEdit) -> dt.date | None:
        if edit.date() == edit.minimumDate():
            return None
        return dt.date(edit.date().year(), edit.date().month(), edit.date().day())

    # -- editing ---------------------------------------------------------------------------
    @Slot()
    def _on_add(self) -> None:
        exercise_id = self.add_combo.currentData()
        text = self.add_combo.currentText().strip()
        if exercise_id is None and text:
            index = self.add_combo.findText(text, Qt.MatchFlag.MatchContains)
            exercise_id = self.add_combo.itemData(index) if index >= 0 else None
        exercise = self.library.get(exercise_id) if self.library and exercise_id else None
        if exercise is None:
            self.status.setText(self.tr("Choose an exercise from the list to add it."))
            return
        if any(e.exercise_id == exercise.id for e in self.model.entries):
            self.status.setText(self.tr("{name} is already in the programme.")
                                .format(name=exercise.name.get(self.lang)))
            return
        dose = replace(exercise.dose, times_per_day=min(exercise.dose.times_per_day, self.sessions_spin.value()))
        self.model.add(ProgrammeExercise(exercise.id, dose))
        self.table.selectRow(len(self.model.entries) - 1)
        self.add_combo.setCurrentIndex(-1)
        self.add_combo.clearEditText()

    @Slot(str, int, int)
    def _on_dose_limited(self, column: str, typed: int, kept: int) -> None:
        limited = self.tr("{column}: {typed} is more than a programme allows, so it was set to {kept}.").format(
            column=column, typed=typed, kept=kept) if typed > kept else self.tr(
            "{column}: {typed} is less than a programme allows, so it was set to {kept}.").format(
            column=column, typed=typed, kept=kept)
        self.status.setText(f"{limited}\n{self.status.text()}")  # the unsaved mark stays in view

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    @Slot()
    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove(row)
            if self.model.entries:
                self.table.selectRow(min(row, len(self.model.entries) - 1))

    @Slot()
    def edit_progression(self) -> None:
        """Set the progression of the selected exercise (the dialog edits core's bounds)."""
        row = self.selected_row()
        if row < 0:
            return
        entry = self.model.entries[row]
        rule, accepted = self.ask_progression(self.model.name(entry), entry.dose, entry.progression)
        if accepted:
            self.model.set_progression(row, rule)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and COLUMNS[index.column()] == "progression":
            self.table.selectRow(index.row())
            self.edit_progression()

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.move(row, row + delta):
            self.table.selectRow(row + delta)

    def _show_used_columns(self) -> None:
        """Minutes and Progression take room only in a programme that uses them (a walk in minutes, a
        progression set with *Progression…*): most programmes have neither."""
        entries = self.model.entries
        self.table.setColumnHidden(COLUMNS.index("minutes"), not any(e.dose.minutes is not None for e in entries))
        self.table.setColumnHidden(COLUMNS.index("progression"), not any(e.progression is not None for e in entries))

    @Slot()
    def _on_changed(self, *_args) -> None:
        self._show_used_columns()
        if self._loading:
            return
        self._set_dirty(True)
        self._update_cautions()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        if self.path:
            name = self.path.name
        elif self.context.programme and self._identity[0] == self.context.programme.programme_id:
            name = self.tr("The programme in use")
        else:
            name = self.tr("New programme")
        self.status.setText(self.tr("{name} — unsaved changes").format(name=name) if dirty else name)

    def _update_cautions(self) -> None:
        if self.library is None:
            return
        found = cautions(self.save(), self.library)
        reasons: dict[int, list[str]] = {}
        for caution in found:
            reasons.setdefault(caution.index, []).append(
                self.tr("{exercise}: take care with {condition} (see its precautions)").format(
                    exercise=caution.exercise.name.get(self.lang),
                    condition=CONDITIONS[caution.condition].get(self.lang)))
        self.model.set_cautions({row: "\n".join(text) for row, text in reasons.items()})
        if found:
            lines = "<br/>".join(escape(line) for texts in reasons.values() for line in texts)
            heading = self.tr("Caution with this patient’s conditions")
            self.caution_label.setText(f"<b>⚠ {escape(heading)}</b><br/>{lines}")
        self.caution_label.setVisible(bool(found))

    # -- files -----------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes; False means cancel."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The programme has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_file()
        return answer == QMessageBox.StandardButton.Discard

    def new_programme(self, template: Programme | None, language: str | None = None) -> None:
        """Start a new programme, blank or as a copy of ``template`` with its own identity, in
        ``language`` (default: the interface's), with the template's words in that language."""
        if not self.confirm_discard():
            return
        language = language or self.lang
        if template is None:
            template = Programme(programme_id="", version=0, title="", language=language)
        profile = self.context.preferences.clinic  # the clinic profile of Settings fills in who and where
        clinic = Clinic(profile.name, profile.phone, profile.address, profile.website)
        self.load(replace(in_language(template, language), programme_id=new_programme_id(), version=0, patient="",
                          start_date=self.context.today(), review_date=None, next_appointment=None, wordings=(),
                          clinician=profile.clinician or template.clinician,
                          clinic=clinic if clinic != Clinic() else template.clinic))
        self.path = None
        self._set_dirty(True)

    @Slot()
    def open_file(self, path: Path | None = None) -> bool:
        """Open a programme file (asks for one when ``path`` is None)."""
        if not self.confirm_discard():
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open programme"),
                                                    str(last_folder(self.context.settings)), FILE_FILTER)
            if not chosen:
                return False
            path = Path(chosen)
        if self.library is None:
            return False
        try:
            programme = load_programme(path, self.library)
        except ContentError as exc:
            QMessageBox.warning(self, self.tr("This programme file cannot be opened"),
                                plain_as_rich_text("\n".join(str(p) for p in exc.problems[:12])))
            return False
        self.load(programme)
        self.path = path
        self._set_dirty(False)
        remember_programme(self.context.settings, path)
        return True

    @Slot()
    def save_file(self) -> bool:
        if self.path is None:
            return self.save_file_as()
        return self._write(self.path)

    @Slot()
    def save_file_as(self) -> bool:
        suggested = safe_file_name(self.patient_edit.text().strip() or self.title_edit.text().strip())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save programme"),
                                                str(last_folder(self.context.settings) / f"{suggested}.yaml"),
                                                FILE_FILTER)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        programme = self.save()
        if not programme.exercises:
            QMessageBox.warning(self, self.tr("Nothing to save"), self.tr("Add at least one exercise first."))
            return False
        programme = replace(programme, version=programme.version + 1)
        try:
            save_programme(programme, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"),
                                plain_as_rich_text(f"{path}: {exc.strerror or exc}"))
            return False
        except ContentError as exc:  # e.g. notes over their limit, a control character pasted in
            QMessageBox.warning(self, self.tr("Could not save"),
                                plain_as_rich_text("\n".join(str(p) for p in exc.problems[:12])))
            return False
        self._identity = (programme.programme_id, programme.version)
        self.path = path
        self._set_dirty(False)
        remember_programme(self.context.settings, path)
        return True

    @Slot()
    def activate(self) -> None:
        """Make the edited programme the one Today and the session follow (history is kept)."""
        programme = self.save()
        if not programme.exercises:
            QMessageBox.warning(self, self.tr("Nothing to use"), self.tr("Add at least one exercise first."))
            return
        if self.dirty:
            programme = replace(programme, version=programme.version + 1)
            self._identity = (programme.programme_id, programme.version)
        self.context.use_programme(programme)
        self.status.setText(self.tr("Today and the guided session now follow “{title}”.")
                            .format(title=programme.title or programme.programme_id))
        self.programmeActivated.emit()
