"""A 0–10 pain rating as a row of eleven large buttons (Numeric Pain Rating Scale)."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PainScale(QWidget):
    """Pick one of 0 (no pain) to 10 (worst pain imaginable), or none; keyboard and mouse."""

    painChanged = Signal(object)  # int 0..10, or None when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pain from 0 to 10"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout()
        row.setSpacing(4)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(48, 52)
            button.setAccessibleName(self.tr("Pain {value} of 10").format(value=value))
            self.group.addButton(button, value)
            row.addWidget(button)
        self.group.idClicked.connect(self._on_clicked)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("0 = no pain")))
        ends.addStretch(1)
        ends.addWidget(QLabel(self.tr("10 = worst pain imaginable")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(ends)
        self._value: int | None = None

    def value(self) -> int | None:
        """The chosen rating, or None."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen without emitting painChanged."""
        self._value = value
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)

    @Slot(int)
    def _on_clicked(self, value: int) -> None:
        new = None if value == self._value else value  # a second click clears the rating
        self.set_value(new)
        self.painChanged.emit(new)
