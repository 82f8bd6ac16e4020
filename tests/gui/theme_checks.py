"""Checks that what a view paints stays readable in every theme (shared by the view tests)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from exercises_app.gui.colours import contrast_ratio
from exercises_app.gui.theme import apply_appearance


@contextmanager
def app_theme(name: str) -> Iterator[None]:
    """The whole application in theme ``name``, back to the light theme afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, name, 100)
    try:
        QApplication.processEvents()  # the palette change reaches the widgets as posted events
        yield
    finally:
        apply_appearance(app, "light", 100)
        QApplication.processEvents()


def _pixels(image: QImage, rect: QRect) -> list[int]:
    """The 0xRRGGBB values of ``rect`` in ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rect = rect.intersected(image.rect())
    line = image.bytesPerLine() // 4
    words = memoryview(image.constBits()).cast("I")
    values: list[int] = []
    for y in range(rect.top(), rect.bottom() + 1):
        values.extend(words[y * line + rect.left(): y * line + rect.right() + 1])
    return [v & 0xFFFFFF for v in values]


def painted_colours(image: QImage, rect: QRect) -> tuple[QColor, float]:
    """(the background of ``rect``: its most common colour, the best contrast of any pixel against it)."""
    pixels = _pixels(image, rect)
    background = QColor(Counter(pixels).most_common(1)[0][0])
    ink = max(contrast_ratio(QColor(value), background) for value in set(pixels))
    return background, ink


def image_rect(image: QImage, root: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` is in ``image``, a grab of ``root``."""
    ratio = image.devicePixelRatio()
    top_left = widget.mapTo(root, QPoint(0, 0))
    return QRect(round(top_left.x() * ratio), round(top_left.y() * ratio),
                 round(widget.width() * ratio), round(widget.height() * ratio))


def assert_labels_readable(root: QWidget, labels: list[QLabel], minimum: int) -> None:
    """Each label's text colour, and its darkest or lightest pixel, contrast at least 4.5:1 with what is
    painted behind it; so does every colour its rich text sets. ``minimum`` labels must be checked."""
    image = root.grab().toImage()
    checked = []
    for label in labels:
        rect = image_rect(image, root, label)
        if not label.isVisible() or not label.text() or not image.rect().contains(rect):
            continue  # scrolled out of sight
        background, ink = painted_colours(image, rect)
        text = label.palette().color(label.foregroundRole())
        where = f"{label.objectName() or label.text()[:40]!r} on {background.name()}"
        assert contrast_ratio(text, background) >= 4.5, f"{where}: text {text.name()}"
        assert ink >= 4.5, f"{where}: no pixel of the text reads ({ink:.2f}:1)"
        for colour in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", label.text()):
            assert contrast_ratio(QColor(colour), background) >= 4.5, f"{where}: rich text in {colour}"
        checked.append(label)
    assert len(checked) >= minimum, [label.text()[:30] for label in checked]


# -- controls: WCAG 2.1 non-text contrast (1.4.11), 3:1 against what is around them --------------------------

NON_TEXT_MINIMUM = 3.0


def _ring(rect: QRect, outside: int, inside: int) -> list[QRect]:
    """The band from ``outside`` px outside ``rect`` to ``inside`` px inside it, as four rectangles."""
    outer = rect.adjusted(-outside, -outside, outside, outside)
    inner = rect.adjusted(inside, inside, -inside, -inside)
    return [QRect(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
            QRect(outer.left(), inner.bottom() + 1, outer.width(), outer.bottom() - inner.bottom()),
            QRect(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
            QRect(inner.right() + 1, inner.top(), outer.right() - inner.right(), inner.height())]


def _band_pixels(image: QImage, rect: QRect, outside: int, inside: int) -> list[int]:
    return [p for part in _ring(rect, outside, inside) if part.isValid() for p in _pixels(image, part)]


def surrounding_colour(image: QImage, rect: QRect) -> QColor:
    """The most common colour in the 3 px just outside ``rect``: what the control stands on."""
    return QColor(Counter(_band_pixels(image, rect.adjusted(-1, -1, 1, 1), 3, 0)).most_common(1)[0][0])


def outline_share(image: QImage, rect: QRect, background: QColor) -> float:
    """The share of the pixels on the edge of ``rect`` (2 px inwards) that contrast 3:1 with ``background``."""
    pixels = _band_pixels(image, rect, 0, 2)
    strong = sum(1 for p in pixels if contrast_ratio(QColor(p), background) >= NON_TEXT_MINIMUM)
    return strong / max(1, len(pixels))


def strong_share(image: QImage, rect: QRect, background: QColor) -> float:
    """The share of the pixels inside ``rect`` that contrast 3:1 with ``background`` (a round mark's ring)."""
    pixels = _pixels(image, rect)
    return sum(1 for p in pixels if contrast_ratio(QColor(p), background) >= NON_TEXT_MINIMUM) / max(1, len(pixels))


def fill_contrast(image: QImage, rect: QRect, background: QColor) -> float:
    """Contrast of the most common colour inside ``rect`` (its fill) with ``background``."""
    inner = _pixels(image, rect.adjusted(3, 3, -3, -3))
    return contrast_ratio(QColor(Counter(inner).most_common(1)[0][0]), background) if inner else 1.0


def _fully_shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.visibleRegion().boundingRect() == widget.rect() and widget.width() > 4


def control_contrast_problems(root: QWidget) -> tuple[list[str], int]:
    """Check boxes, radio buttons, slider handles, toggled buttons and field outlines in ``root`` that do not stand out
    3:1 from their background, and how many controls were checked."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPushButton,
        QRadioButton,
        QSlider,
        QStyle,
        QStyleOptionButton,
        QStyleOptionSlider,
    )

    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()  # a focused field is drawn in the highlight; check the resting look
    image = root.grab().toImage()
    problems: list[str] = []
    checked = 0

    def report(widget: QWidget, what: str, value: float) -> None:
        name = widget.objectName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
        problems.append(f"{type(root).__name__}: {what} of {name!r} ({type(widget).__name__}): {value:.2f}")

    for widget in root.findChildren(QWidget):
        if not _fully_shown(widget, root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QCheckBox) and type(widget).paintEvent is not QCheckBox.paintEvent:
            continue  # a box that paints itself (Today's) is checked by its own view's tests
        where = image_rect(image, root, widget)
        ratio = image.devicePixelRatio()
        if isinstance(widget, (QCheckBox, QRadioButton)):
            option = QStyleOptionButton()
            option.initFrom(widget)
            option.text = widget.text()
            radio = isinstance(widget, QRadioButton)
            element = QStyle.SubElement.SE_RadioButtonIndicator if radio else QStyle.SubElement.SE_CheckBoxIndicator
            box = widget.style().subElementRect(element, option, widget)
            box = QRect(where.x() + round(box.x() * ratio), where.y() + round(box.y() * ratio),
                        round(box.width() * ratio), round(box.height() * ratio))
            if radio:  # an outlined circle covers about a quarter of its square
                share = strong_share(image, box, surrounding_colour(image, box))
                if share < 0.15:
                    report(widget, "radio button outline", share)
            else:
                share = outline_share(image, box, surrounding_colour(image, box))
                if share < 0.4:
                    report(widget, "check box outline", share)
            checked += 1
        elif isinstance(widget, QSlider) and widget.isEnabled():
            option = QStyleOptionSlider()
            option.initFrom(widget)
            option.orientation = widget.orientation()
            option.minimum, option.maximum = widget.minimum(), widget.maximum()
            option.sliderPosition = option.sliderValue = widget.value()
            option.subControls = QStyle.SubControl.SC_All
            handle = widget.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                                   QStyle.SubControl.SC_SliderHandle, widget)
            handle = QRect(where.x() + round(handle.x() * ratio), where.y() + round(handle.y() * ratio),
                           round(handle.width() * ratio), round(handle.height() * ratio))
            value = fill_contrast(image, handle, surrounding_colour(image, handle))
            if value < NON_TEXT_MINIMUM:
                report(widget, "slider handle", value)
            checked += 1
        elif isinstance(widget, QPushButton) and widget.isCheckable() and widget.isChecked() and widget.isEnabled():
            value = fill_contrast(image, where, surrounding_colour(image, where))
            if value < NON_TEXT_MINIMUM:
                report(widget, "chosen button", value)
            checked += 1
        elif isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox)) and widget.isEnabled():
            if (isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
                    or (isinstance(widget, QLineEdit) and not widget.hasFrame())):
                continue
            share = outline_share(image, where, surrounding_colour(image, where))
            if share < 0.4:
                report(widget, "field outline", share)
            checked += 1
    return problems, checked


# -- text that does not fit its button or its table header --------------------------------------------------

def cut_text_problems(root: QWidget) -> tuple[list[str], int]:
    """Buttons and table headers in ``root`` whose text is wider than the room they give it."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QHeaderView,
        QMainWindow,
        QRadioButton,
        QStyle,
        QTableView,
        QToolButton,
    )

    problems: list[str] = []
    checked = 0
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or "\n" in text or not button.isVisibleTo(root) or button.objectName().startswith("qt_"):
            continue
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        room = button.width() - 2 * margin
        if isinstance(button, (QCheckBox, QRadioButton)):
            indicator = button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
            room = button.width() - indicator - margin
        if isinstance(button, QToolButton) and button.menu() is not None:
            room -= button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        needed = button.fontMetrics().horizontalAdvance(text)
        if needed > room:
            problems.append(f"button {text!r}: {needed} px of text in {room} px")
        right = button.mapTo(root, QPoint(button.width(), 0)).x()
        if isinstance(root, QMainWindow) and right > root.width() + 1:  # a view wider than the window
            problems.append(f"button {text!r}: ends at {right} px in a {root.width()} px window")
        checked += 1
    for table in root.findChildren(QTableView):
        header: QHeaderView = table.horizontalHeader()
        if not header.isVisibleTo(root) or not table.model():
            continue
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(table.model().headerData(section, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
            if text and needed > header.sectionSize(section):
                problems.append(f"header {text!r}: {needed} px in {header.sectionSize(section)} px")
            checked += 1
    return problems, checked
