"""Checks that what a view paints stays readable in every theme (shared by the view tests)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from exercises_app.gui.theme import apply_appearance
from exercises_app.gui.widgets.month_calendar import contrast_ratio


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
