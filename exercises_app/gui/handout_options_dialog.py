"""Before printing or saving a handout: which layout, in which language, on which paper."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.preferences import HANDOUT_LAYOUTS
from .dialog_buttons import accept_cancel_buttons


@dataclass(frozen=True)
class HandoutChoice:
    """What the dialog edits: a layout of HANDOUT_LAYOUTS and the paper; the language is the programme's."""

    layout: str
    language: str
    paper: str


def layout_names() -> dict[str, str]:
    """Each layout's name on screen, in HANDOUT_LAYOUTS order (also for the Settings dialog)."""
    names = {
        "standard": QCoreApplication.translate("HandoutOptions", "Standard"),
        "compact": QCoreApplication.translate("HandoutOptions", "Compact"),
        "large": QCoreApplication.translate("HandoutOptions", "Large print"),
    }
    return {key: names[key] for key in HANDOUT_LAYOUTS}


class HandoutOptionsDialog(QDialog):
    """Edits a HandoutChoice; ``load()`` and ``save()`` mirror each other."""

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the handout"))
        descriptions = {
            "standard": self.tr("One exercise a page, with every instruction, precaution and tip."),
            "compact": self.tr("Up to three exercises a page: the drawings, the dose, the steps and when to stop."),
            "large": self.tr("Large print for low vision: text at 14 points or more, large drawings, one column."),
        }
        self.layout_group = QButtonGroup(self)
        choices = QVBoxLayout()
        for key, name in layout_names().items():
            button = QRadioButton(name)
            button.setProperty("layout", key)
            button.setAccessibleDescription(descriptions[key])
            self.layout_group.addButton(button)
            note = QLabel(descriptions[key])
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 6)
            choices.addWidget(button)
            choices.addWidget(note)
        # The handout is in the programme's language (its own words are written in it): shown, not chosen here.
        self._language = "en"
        self.language = QLabel()
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter (Canada, United States)"), "letter")
        self.paper.addItem("A4", "a4")
        form = QFormLayout()
        form.addRow(self.tr("Layout"), choices)
        form.addRow(self.tr("Language of the handout"), self.language)
        language_hint = QLabel(self.tr("Set on the “Patient, clinic and notes” tab."))
        language_hint.setWordWrap(True)
        form.addRow("", language_hint)
        form.addRow(self.tr("Paper"), self.paper)
        self.paper.setAccessibleName(self.tr("Paper"))
        buttons = accept_cancel_buttons(self, action, self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def select_layout(self, key: str) -> None:
        for button in self.layout_group.buttons():
            button.setChecked(button.property("layout") == key)

    def load(self, choice: HandoutChoice) -> None:
        self.select_layout(choice.layout)
        self._language = choice.language
        self.language.setText("Français" if choice.language == "fr" else "English")
        self.paper.setCurrentIndex(max(0, self.paper.findData(choice.paper)))

    def save(self) -> HandoutChoice:
        checked = self.layout_group.checkedButton()
        layout = str(checked.property("layout")) if checked is not None else HANDOUT_LAYOUTS[0]
        return HandoutChoice(layout, self._language, self.paper.currentData())

    @classmethod
    def choose(cls, choice: HandoutChoice, action: str, parent: QWidget | None = None) -> tuple[HandoutChoice, bool]:
        """Show the dialog with ``action`` on its OK button; returns (the choice, accepted)."""
        dialog = cls(action, parent)
        dialog.load(choice)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.save() if accepted else choice
        dialog.deleteLater()
        return result, accepted
