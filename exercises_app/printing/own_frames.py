"""The drawings of own exercises on paper: a pose drawn by the art package's SVG writer (the same
code as the bundled drawings' files), or a picture printed as it is."""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from ..art.pose_data import frame_svg, illustration_for, pose_index
from ..art.poses import PoseDataError
from ..core.library import Exercise

log = logging.getLogger(__name__)

Picture = QSvgRenderer | QImage


def _svg(data: bytes) -> QSvgRenderer | None:
    renderer = QSvgRenderer(QByteArray(data))
    return renderer if renderer.isValid() and not renderer.viewBoxF().isEmpty() else None


def own_frame_pictures(exercise: Exercise) -> list[Picture | None]:
    """A picture for each frame of an own exercise (None for one that cannot be drawn)."""
    drawn = None
    if any(frame.pose is not None for frame in exercise.illustration):
        try:
            drawn = illustration_for(exercise)
        except (PoseDataError, KeyError, ValueError) as exc:
            log.warning("the poses of %s cannot be drawn: %s", exercise.id, exc)
    pictures: list[Picture | None] = []
    for index, frame in enumerate(exercise.illustration):
        at = pose_index(exercise, index)
        if at is not None and drawn is not None:
            pictures.append(_svg(frame_svg(drawn, at).encode("utf-8")))
        elif frame.image is not None and frame.image.kind == "svg":
            pictures.append(_svg(frame.image.data))
        elif frame.image is not None:
            image = QImage.fromData(frame.image.data)
            pictures.append(None if image.isNull() else image)
        else:
            pictures.append(None)
    return pictures
