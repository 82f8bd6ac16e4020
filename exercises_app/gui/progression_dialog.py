"""The physiotherapist's bounds for one exercise's dose steps, in the programme editor.

``ProgressionDialog.ask`` returns ``(progression or None, accepted)``: None when the app must not
step the dose. The bounds and their defaults are core's (``core/dose_progression.py``); this
dialog only edits them. A step field the dose does not have is not offered.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.dose_progression import (
    EVERY_DAYS_LIMITS,
    STEP_FIELDS,
    DoseProgression,
    StepField,
    default_progression,
    value_of,
)
from ..core.library import Dose
from .widgets.check_indicators import grow_check_indicators


class ProgressionDialog(QDialog):
    """Which part grows, by how much, how often, between which values, on what condition."""

    def __init__(self, name: str, dose: Dose, current: DoseProgression | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dose = dose
        self.setWindowTitle(self.tr("Progression of {name}").format(name=name))
        rule = current or default_progression(dose)
        intro = QLabel(self.tr(
            "At the start of a session, the app proposes a step in the dose when the patient did at least the "
            "share of last week's sessions below and their pain stayed within the rise below; it proposes a "
            "step down when pain is 2 or more points above its first rating or a symptom spreads, and tells "
            "them to contact you. The patient accepts or declines each step; the dose never leaves these bounds."))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Let the app propose steps in this dose"))
        grow_check_indicators(self.enabled)
        self.enabled.setChecked(current is not None)
        self.field = QComboBox()
        labels = {"reps": self.tr("Repetitions"), "hold_s": self.tr("Seconds held"), "minutes": self.tr("Minutes")}
        for field in STEP_FIELDS:
            if value_of(dose, field) is not None:
                self.field.addItem(labels[field], field)
        self.field.setCurrentIndex(max(0, self.field.findData(rule.field)))
        self.by = self._spin(1, 300, rule.by)
        self.every = self._spin(*EVERY_DAYS_LIMITS, rule.every_days)
        self.up_to = self._spin(1, 300, rule.up_to)
        self.down_to = self._spin(0, 300, rule.down_to or 0)
        self.down_to.setSpecialValueText(self.tr("half the dose"))
        self.done_percent = self._spin(0, 100, rule.done_percent)
        self.done_percent.setSuffix(" %")
        self.pain = self._spin(0, 10, rule.pain_rise)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Step:"), self.field)
        form.addRow(self.tr("By:"), self.by)
        form.addRow(self.tr("At most every (days):"), self.every)
        form.addRow(self.tr("Up to:"), self.up_to)
        form.addRow(self.tr("Down to:"), self.down_to)
        form.addRow(self.tr("Sessions done last week, at least:"), self.done_percent)
        form.addRow(self.tr("Pain above its first rating, at most:"), self.pain)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.field.currentIndexChanged.connect(self._on_field)
        for widget in (self.by, self.every, self.up_to, self.down_to, self.done_percent, self.pain):
            widget.valueChanged.connect(self._check)
        self.enabled.toggled.connect(self._check)
        self._check()

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _on_field(self) -> None:
        """A new step field starts from its defaults (another unit: the numbers would not fit)."""
        rule = default_progression(self.dose, self.chosen_field())
        self.by.setValue(rule.by)
        self.up_to.setValue(rule.up_to)
        self.down_to.setValue(0)
        self._check()

    def chosen_field(self) -> StepField:
        field = self.field.currentData()
        return field if field in STEP_FIELDS else "reps"

    def value(self) -> DoseProgression | None:
        """The bounds set, or None when steps are off. Raises ValueError when they do not fit the dose."""
        if not self.enabled.isChecked():
            return None
        rule = DoseProgression(self.chosen_field(), by=self.by.value(), up_to=self.up_to.value(),
                               every_days=self.every.value(), down_to=self.down_to.value() or None,
                               done_percent=self.done_percent.value(), pain_rise=self.pain.value())
        if problem := rule.problem(self.dose):
            raise ValueError(problem)
        return rule

    def _check(self) -> None:
        for widget in (self.field, self.by, self.every, self.up_to, self.down_to, self.done_percent, self.pain):
            widget.setEnabled(self.enabled.isChecked())
        try:
            self.value()
        except ValueError as error:
            self.problem.setText(str(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self.problem.clear()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    @classmethod
    def ask(cls, name: str, dose: Dose, current: DoseProgression | None,
            parent: QWidget | None = None) -> tuple[DoseProgression | None, bool]:
        """Show the dialog modally; returns (the bounds or None, accepted)."""
        dialog = cls(name, dose, current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
