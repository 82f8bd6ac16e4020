"""Settings: language, text size, theme, sound, reminders, paper, and where the data lives."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import limits
from ..core.preferences import MAX_REMINDERS, TEXT_SCALE_RANGE, ClinicProfile, Preferences
from ..core.reminders import default_times
from .dialog_buttons import accept_cancel_buttons
from .handout_options_dialog import layout_names
from .sound_status import sound_unavailable_text
from .widgets.check_indicators import grow_check_indicators


class SettingsDialog(QDialog):
    """Edits a Preferences value; ``load()`` and ``save()`` mirror each other."""

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, sound_available: bool = True, speech_available: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.data_dir = data_dir
        self.sound_available = sound_available
        self.speech_available = speech_available
        self._loaded = Preferences()  # what load() was given: keys this form does not show are kept
        self._stored_sound = True  # kept as it is while this computer cannot play sound

        self.language = QComboBox()
        for label, key in ((self.tr("Same as the system"), "system"), ("English", "en"), ("Français", "fr")):
            self.language.addItem(label, key)
        self.text_scale = QSpinBox()
        self.text_scale.setRange(*TEXT_SCALE_RANGE)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.theme = QComboBox()
        for label, key in (
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
            (self.tr("High contrast"), "high-contrast"),
        ):
            self.theme.addItem(label, key)
        self.sound = QCheckBox(self.tr("Play sound cues during a session"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.sound.toggled.connect(self.volume.setEnabled)
        self.voice = QCheckBox(self.tr("Speak the cues: a voice says the exercise, hold, relax, 3, 2, 1"))
        self.voice.setAccessibleName(self.tr("Speak the cues"))
        grow_check_indicators(self.sound, self.voice)
        self.sound.toggled.connect(lambda on: self.voice.setEnabled(on and speech_available))
        sound_note: list[QLabel] = []
        if not sound_available:  # greyed, and the reason under it
            self.sound.setEnabled(False)
            self.volume.setEnabled(False)
            no_sound = QLabel(sound_unavailable_text())
            no_sound.setObjectName("soundUnavailable")
            no_sound.setWordWrap(True)
            sound_note.append(no_sound)
        voice_note: list[QLabel] = []
        if not speech_available:
            self.voice.setEnabled(False)
            no_voice = QLabel(
                self.tr(
                    "No speech engine was found on this computer (spd-say, espeak-ng, or the "
                    "system's own voice): the cues are beeps."
                )
            )
            no_voice.setObjectName("voiceUnavailable")
            no_voice.setWordWrap(True)
            voice_note.append(no_voice)
        self.reminder_boxes: list[tuple[QCheckBox, QTimeEdit]] = []
        reminders = QVBoxLayout()
        for index in range(MAX_REMINDERS):
            enabled = QCheckBox(self.tr("Reminder {number}").format(number=index + 1))
            grow_check_indicators(enabled)
            time_edit = QTimeEdit()
            time_edit.setDisplayFormat("HH:mm")
            time_edit.setAccessibleName(self.tr("Time of reminder {number}").format(number=index + 1))
            enabled.toggled.connect(time_edit.setEnabled)
            row = QHBoxLayout()
            row.addWidget(enabled)
            row.addWidget(time_edit)
            row.addStretch(1)
            reminders.addLayout(row)
            self.reminder_boxes.append((enabled, time_edit))
        reminder_hint = QLabel(
            self.tr("A reminder appears while the app is open or in the system tray, if that session is not done yet.")
        )
        reminder_hint.setWordWrap(True)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter (Canada, United States)"), "letter")
        self.paper.addItem("A4", "a4")
        self.handout_layout = QComboBox()
        for key, label in layout_names().items():
            self.handout_layout.addItem(label, key)
        self.clinic_edits: dict[str, QLineEdit] = {}
        for field, limit in (
            ("name", limits.NAME),
            ("clinician", limits.NAME),
            ("phone", limits.PHONE),
            ("address", limits.ADDRESS),
            ("website", limits.WEBSITE),
            ("logo", limits.ADDRESS),
        ):
            edit = QLineEdit()
            edit.setMaxLength(limit.chars)
            self.clinic_edits[field] = edit
        self.clinic_edits["logo"].setPlaceholderText(self.tr("A PNG or SVG file"))
        self.clinic_edits["logo"].setAccessibleName(self.tr("Clinic logo"))
        choose_logo = QPushButton(self.tr("Choose…"))
        choose_logo.clicked.connect(self._on_choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.clinic_edits["logo"], 1)
        logo_row.addWidget(choose_logo)
        self.logo_problem = QLabel()
        self.logo_problem.setObjectName("logoProblem")
        self.logo_problem.setTextFormat(Qt.TextFormat.PlainText)  # quotes a file name
        self.logo_problem.setWordWrap(True)
        self.logo_problem.hide()
        self.clinic_edits["logo"].textChanged.connect(self._check_logo)
        folder = QLabel(str(data_dir))
        folder.setTextFormat(Qt.TextFormat.PlainText)  # a folder name may hold '<'
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(open_folder)
        folder_row.addStretch(1)

        form = QFormLayout()
        # Text that wraps gets a row of its own, the whole width: a form sizes those rows to show every line.
        rows: list[tuple[str, QWidget | QLayout] | QLabel] = [
            (self.tr("Language"), self.language),
            (self.tr("Text size"), self.text_scale),
            (self.tr("Theme"), self.theme),
            (self.tr("Sound"), self.sound),
            *sound_note,
            (self.tr("Voice"), self.voice),
            *voice_note,
            (self.tr("Volume"), self.volume),
            (self.tr("Daily reminders"), reminders),
            reminder_hint,
            (self.tr("Paper for printing"), self.paper),
            (self.tr("Handout layout"), self.handout_layout),
            (self.tr("Clinic"), self.clinic_edits["name"]),
            (self.tr("Physiotherapist"), self.clinic_edits["clinician"]),
            (self.tr("Clinic phone"), self.clinic_edits["phone"]),
            (self.tr("Clinic address"), self.clinic_edits["address"]),
            (self.tr("Clinic website"), self.clinic_edits["website"]),
            (self.tr("Clinic logo"), logo_row),
            self.logo_problem,
            (self.tr("Data folder"), folder_row),
            folder,
        ]
        for form_row in rows:
            if isinstance(form_row, QLabel):
                form.addRow(form_row)
                continue
            row_label, row_field = form_row
            form.addRow(row_label, row_field)
            if isinstance(row_field, QWidget):
                row_field.setAccessibleName(row_label)
        folder.setAccessibleName(self.tr("Data folder"))
        note = QLabel(self.tr("A new language or text size takes effect when the app restarts."))
        note.setWordWrap(True)
        buttons = accept_cancel_buttons(self, self.tr("OK"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Tall enough for every wrapped line: the first size a window manager gives can be short of it."""
        super().showEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def load(self, preferences: Preferences) -> None:
        """Show ``preferences`` in the form."""
        self._loaded = preferences
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.text_scale.setValue(preferences.text_scale)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self._stored_sound = preferences.sound
        self.sound.setChecked(preferences.sound and self.sound_available)
        self.volume.setValue(preferences.volume)
        self.volume.setEnabled(preferences.sound and self.sound_available)
        self.voice.setChecked(preferences.voice and self.speech_available)
        self.voice.setEnabled(preferences.sound and self.sound_available and self.speech_available)
        defaults = [t.strftime("%H:%M") for t in default_times(MAX_REMINDERS)]
        for index, (enabled, time_edit) in enumerate(self.reminder_boxes):
            chosen = preferences.reminder_times[index] if index < len(preferences.reminder_times) else None
            enabled.setChecked(chosen is not None)
            time_edit.setTime(QTime.fromString(chosen or defaults[index], "HH:mm"))
            time_edit.setEnabled(chosen is not None)
        self.paper.setCurrentIndex(max(0, self.paper.findData(preferences.paper)))
        self.handout_layout.setCurrentIndex(max(0, self.handout_layout.findData(preferences.handout_layout)))
        for field, edit in self.clinic_edits.items():
            edit.setText(getattr(preferences.clinic, field))

    def save(self) -> Preferences:
        """The preferences as the form shows them."""
        times = sorted(
            {time_edit.time().toString("HH:mm") for enabled, time_edit in self.reminder_boxes if enabled.isChecked()}
        )
        return replace(
            self._loaded,
            language=self.language.currentData(),
            text_scale=self.text_scale.value(),
            theme=self.theme.currentData(),
            sound=self.sound.isChecked() if self.sound_available else self._stored_sound,
            volume=self.volume.value(),
            reminder_times=tuple(times),
            paper=self.paper.currentData(),
            voice=self.voice.isChecked() if self.speech_available else self._loaded.voice,
            handout_layout=self.handout_layout.currentData(),
            clinic=ClinicProfile(**{field: " ".join(edit.text().split()) for field, edit in self.clinic_edits.items()}),
        )

    @Slot()
    def _on_choose_logo(self) -> None:
        current = self.clinic_edits["logo"].text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Clinic logo"), start, self.tr("Images (*.png *.svg)"))
        if chosen:
            self.clinic_edits["logo"].setText(chosen)

    @Slot()
    def _check_logo(self) -> None:
        """Say at once when the chosen logo cannot be read (it is then left off the handout)."""
        from ..printing.logo import logo_problem

        path = self.clinic_edits["logo"].text().strip()
        problem = logo_problem(Path(path)) if path else None
        self.logo_problem.setText(
            self.tr("This logo cannot be read, so the handout is printed without it: {problem}").format(problem=problem)
            if problem
            else ""
        )
        self.logo_problem.setVisible(bool(problem))

    @classmethod
    def edit(
        cls,
        preferences: Preferences,
        data_dir: Path,
        parent: QWidget | None = None,
        sound_available: bool = True,
        speech_available: bool = True,
    ) -> tuple[Preferences, bool]:
        """Show the dialog; returns (the edited preferences, accepted)."""
        dialog = cls(data_dir, parent, sound_available, speech_available)
        dialog.load(preferences)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        edited = dialog.save() if accepted else preferences
        dialog.deleteLater()
        return edited, accepted
