"""The 'I have a warning sign' dialog: the library's red flags, ticked by the patient.

``RedFlagDialog.ask`` shows it and returns ``(RedFlagChoice | None, accepted)``; tests patch
``exec``. The choice holds the signs ticked (with their ids, which the record keeps) and how urgent
the most urgent one is: 'emergency' (seek care now) or 'urgent' (the same day). Given the regions
of the programme, it lists the signs of those regions (every sign otherwise). Its colours follow
the palette (the light theme keeps its reviewed ones), see ``style_sheet``.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from ..core.care import care_for, heading_for, signs_by_level
from ..core.library import EMERGENCY, URGENT, RedFlagSign, Safety
from .colours import palette_is_light, readable
from .dialog_buttons import accept_cancel_buttons
from .view_fonts import large_text, use_font_throughout
from .widgets.check_label import CheckLabel

STYLE_TEMPLATE = """
#signs { background: %(background)s; border: 1px solid %(border)s; border-radius: 4px; }
#signs QLabel { color: %(text)s; }
#signs QLabel#emergencyTitle { color: %(emergency)s; }
QCheckBox::indicator { width: 24px; height: 24px; }
QCheckBox:focus { border: 2px solid #e66100; border-radius: 4px; }
"""


def style_sheet(palette: QPalette) -> str:
    """The dialog's style sheet: the signs on the base colour, the emergency title in a red readable on it."""
    if palette_is_light(palette):
        colours = {"emergency": "#8b0000", "background": "#ffffff", "border": "#9aa5b1", "text": "#111111"}
    else:
        base = palette.color(QPalette.ColorRole.Base)
        colours = {
            "emergency": readable(QColor("#ff8a8a"), base).name(), "background": base.name(),
            "border": readable(palette.color(QPalette.ColorRole.Mid), base, 3.0).name(),
            "text": readable(palette.color(QPalette.ColorRole.Text), base).name(),
        }
    return STYLE_TEMPLATE % colours


STYLE = style_sheet(QPalette(QColor("#efefef")))  # the light theme's


@dataclass(frozen=True)
class RedFlagChoice:
    """The warning signs ticked, most urgent first, each group in the library's order."""

    signs: tuple[RedFlagSign, ...]

    @property
    def level(self) -> str | None:
        """'emergency', 'urgent', or None when nothing was ticked."""
        levels = {sign.level for sign in self.signs}
        return EMERGENCY if EMERGENCY in levels else URGENT if levels else None


class _SignBox(QCheckBox):
    """A sign's tick box. On a dark palette it outlines its box itself: Fusion draws the outline a
    little darker than the window colour, which cannot be seen on a dark background."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        palette = self.palette()
        if palette_is_light(palette):
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        painter = QPainter(self)
        colour = readable(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 3.0)
        painter.setPen(QPen(colour, 2))
        painter.drawRect(box.adjusted(1, 1, -1, -1))
        painter.end()


class RedFlagDialog(QDialog):
    """Two groups of signs to tick: 'now' (emergency) and 'the same day' (urgent).

    ``regions`` limits the signs to those of a programme's body regions (see
    ``core.programme.programme_regions``); empty or None shows every sign.
    """

    def __init__(self, safety: Safety, lang: str, parent: QWidget | None = None,
                 regions: Iterable[str] | None = None) -> None:
        super().__init__(parent)
        self._signs: dict[str, RedFlagSign] = {}
        self.setWindowTitle(self.tr("Report a warning sign"))
        big = large_text(self.font())
        bold = QFont(big)
        bold.setBold(True)

        intro = QLabel(self.tr(
            "These signs are rare, but they need a doctor quickly. Tick each one you have now. "
            "Stop your exercises until you have been seen."))
        intro.setWordWrap(True)

        signs_of = signs_by_level(safety, regions or ())
        emergency_title = QLabel(heading_for(EMERGENCY).get(lang))
        emergency_title.setObjectName("emergencyTitle")
        emergency_title.setWordWrap(True)
        emergency_title.setFont(bold)
        urgent_title = QLabel(heading_for(URGENT).get(lang))
        urgent_title.setWordWrap(True)
        urgent_title.setFont(bold)

        self.emergency_boxes = self._boxes(signs_of[EMERGENCY], lang, care_for(EMERGENCY).get(lang))
        self.urgent_boxes = self._boxes(signs_of[URGENT], lang, care_for(URGENT).get(lang))
        self.care_labels: list[QLabel] = []
        for level in (EMERGENCY, URGENT):
            care = QLabel(care_for(level).get(lang))
            care.setWordWrap(True)
            care.setTextFormat(Qt.TextFormat.PlainText)
            self.care_labels.append(care)

        signs = QWidget()
        signs.setObjectName("signs")
        signs.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        grid = QGridLayout(signs)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        row = 0
        groups = ((emergency_title, self.emergency_boxes, self.care_labels[0]),
                  (urgent_title, self.urgent_boxes, self.care_labels[1]))
        for title, boxes, care in groups:
            if not boxes:
                title.hide()
                care.hide()
                continue
            if row:
                grid.setRowMinimumHeight(row, 8)
                row += 1
            grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for box, label in boxes:
                grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, 1)
                row += 1
            grid.addWidget(care, row, 0, 1, 2)
            row += 1

        self.buttons = accept_cancel_buttons(self, self.tr("Report"), self.tr("Cancel"))
        self.report_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.report_button.setEnabled(False)

        # Many signs (every region's) are taller than a small screen: they scroll, the buttons stay in view.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(signs)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.setStyleSheet(style_sheet(self.palette()))
        use_font_throughout(self, big)  # explicit: a style sheet would drop an inherited font
        self.resize(760, self._fitting_height(layout, 760, intro, signs))
        checkboxes = [box for box, _ in (*self.emergency_boxes, *self.urgent_boxes)]
        if checkboxes:
            checkboxes[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fitting_height(self, layout: QVBoxLayout, width: float, intro: QLabel, signs: QWidget) -> int:
        """The height that shows every sign without scrolling, at most what the screen can show."""
        margins = layout.contentsMargins()
        inner = int(width) - margins.left() - margins.right()
        signs_height = signs.heightForWidth(inner) if signs.hasHeightForWidth() else signs.sizeHint().height()
        wanted = (margins.top() + intro.heightForWidth(inner) + signs_height + self.buttons.sizeHint().height()
                  + 2 * layout.spacing() + margins.bottom() + 4)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 60 if screen is not None else wanted
        return max(200, min(wanted, room))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """Follow a new theme (the style sheet carries colours of its own)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            sheet = style_sheet(self.palette())
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)

    def _boxes(self, signs: tuple[RedFlagSign, ...], lang: str, urgency: str) -> list[tuple[QCheckBox, CheckLabel]]:
        rows: list[tuple[QCheckBox, CheckLabel]] = []
        for sign in signs:
            text = sign.get(lang)
            box = _SignBox()
            box.setProperty("signId", sign.id)
            self._signs[sign.id] = sign
            box.setAccessibleName(text)
            box.setAccessibleDescription(urgency)
            box.toggled.connect(self._on_toggled)
            rows.append((box, CheckLabel(text, box)))
        return rows

    def value(self) -> RedFlagChoice:
        """The signs ticked so far."""
        return RedFlagChoice(tuple(self._signs[box.property("signId")]
                                   for box, _ in (*self.emergency_boxes, *self.urgent_boxes) if box.isChecked()))

    def set_checked(self, text: str, checked: bool = True) -> bool:
        """Tick (or untick) the sign whose text is ``text``; False when there is none."""
        for box, label in (*self.emergency_boxes, *self.urgent_boxes):
            if label.text() == text:
                box.setChecked(checked)
                return True
        return False

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self.report_button.setEnabled(self.value().level is not None)

    @classmethod
    def ask(cls, safety: Safety, lang: str, parent: QWidget | None = None,
            regions: Iterable[str] | None = None) -> tuple[RedFlagChoice | None, bool]:
        """Show the dialog modally (the signs of ``regions``, or all); returns (the signs ticked, accepted)."""
        dialog = cls(safety, lang, parent, regions)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.value()
        dialog.deleteLater()
        return (choice if accepted and choice.level else None), accepted and choice.level is not None
