"""Check boxes grow with the text, keep following the theme, and cost the first paint nothing."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from exercises_app.gui.theme import THEMES, ThemedStyle, apply_appearance
from exercises_app.gui.widgets.check_indicators import FUSION_INDICATOR_PX, grow_check_indicators, indicator_side


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_appearance(app, "light", 100)
    QApplication.processEvents()


def indicator_height(box: QCheckBox) -> int:
    option = QStyleOptionButton()
    option.initFrom(box)
    option.text = box.text()
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).height()


def sized(points: float) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    return font


def test_a_check_box_is_as_tall_as_most_of_a_line_of_its_text(qtbot: QtBot, app: QApplication) -> None:
    box = QCheckBox("Play sound cues during a session")
    qtbot.addWidget(box)
    grow_check_indicators(box)
    box.setFont(sized(24))  # set after: the box follows its font
    box.show()
    assert indicator_height(box) == indicator_side(box.font()) > 2 * FUSION_INDICATOR_PX
    box.setFont(sized(6))
    assert indicator_height(box) == FUSION_INDICATOR_PX  # never smaller than Fusion's own


def test_a_radio_button_grows_as_a_check_box_does(qtbot: QtBot, app: QApplication) -> None:
    radio = QRadioButton("My physiotherapist advised a rest day")
    qtbot.addWidget(radio)
    grow_check_indicators(radio)
    radio.setFont(sized(24))
    radio.show()
    option = QStyleOptionButton()
    option.initFrom(radio)
    option.text = radio.text()
    side = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio).height()
    assert side == indicator_side(radio.font()) > 2 * FUSION_INDICATOR_PX


def test_the_checkable_rows_of_a_list_grow_too(qtbot: QtBot, app: QApplication) -> None:
    view = QListWidget()
    qtbot.addWidget(view)
    view.setFont(sized(24))
    item = QListWidgetItem("Osteoporosis")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.addItem(item)
    grow_check_indicators(view)
    view.resize(300, 120)
    view.show()
    QApplication.processEvents()
    image: QImage = view.viewport().grab().toImage()
    rect = view.visualItemRect(item)
    outline = QColor(THEMES["light"].control_border)
    rows = [y for y in range(rect.top(), rect.bottom()) if any(
        QColor(image.pixel(x, y)).name() == outline.name() for x in range(rect.left(), rect.left() + 60))]
    assert rows and rows[-1] - rows[0] + 1 >= indicator_side(view.font()) - 2  # the drawn box, not Fusion's 13 px


@pytest.mark.parametrize(("first", "then"), [("light", "dark"), ("dark", "light")])
def test_a_check_box_in_a_window_takes_a_new_theme_s_colours(first: str, then: str, qtbot: QtBot,
                                                              app: QApplication) -> None:
    """A widget with a style sheet keeps the palette it had when the sheet was set: the library's
    filter box built in the dark theme kept white text on the light theme's grey."""
    apply_appearance(app, first, 100)
    host = QWidget()
    qtbot.addWidget(host)
    box = QCheckBox("Can be done without getting down to the floor")
    dose_box = QLabel("Usual starting dose")
    dose_box.setStyleSheet("QLabel { border: 1px solid palette(mid); }")  # as the library's dose box
    layout = QVBoxLayout(host)
    layout.addWidget(box)
    layout.addWidget(dose_box)
    grow_check_indicators(box)
    host.show()
    QApplication.processEvents()
    apply_appearance(app, then, 100)
    QApplication.processEvents()
    for widget in (box, dose_box):
        assert widget.palette().color(QPalette.ColorRole.WindowText).name() == THEMES[then].window_text


def test_the_style_asks_python_for_no_size() -> None:
    """A ``pixelMetric`` in Python would run for every size Qt asks of the style (hundreds before
    the first paint) and make PySide6 build all 26 style option types: the sizes stay Qt's."""
    assert "pixelMetric" not in vars(ThemedStyle)
