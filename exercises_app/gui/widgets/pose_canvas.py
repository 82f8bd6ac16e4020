"""PoseCanvas: one frame of an own exercise, drawn by the art package, with handles to drag its joints.

The widget only turns the mouse into a point of the drawing and paints; which joint a handle turns,
and the limits it stays within, are the art package's rules (``art.pose_data.drag``). A picture
frame is shown as it is, with no handles.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from exercises_app.art.geometry import Point
from exercises_app.art.pose_data import (
    HANDLES,
    MOVE_HANDLE,
    camera,
    drag,
    from_view,
    handle_points,
    illustration_of,
)
from exercises_app.art.poses import ExerciseIllustration
from exercises_app.art.primitives import VIEW_HEIGHT, VIEW_WIDTH, Role
from exercises_app.art.scene import ExerciseLayout, exercise_layout, keyframe_scene
from exercises_app.core.pose_frames import Picture, PoseFrame

from .illustration import fit_rect, paint_scene, palette_from_qt, qt_colours

HANDLE_RADIUS = 6.0  # pixels
PICK_RADIUS = 16.0  # pixels: how near a press must be to a handle to take it
SPINE_HANDLES = ("l1", "c7", "skull", "chin")


class PoseCanvas(QWidget):
    """Shows frame ``index`` of a list of pose frames (drawn at the scale of them all) and lets the
    user drag its joints; or shows a picture."""

    frameChanged = Signal()  # the pose was dragged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames: list[PoseFrame] = []
        self._index = 0
        self._side = "near"
        self._picture: QImage | QSvgRenderer | None = None
        self._exercise: ExerciseIllustration | None = None
        self._held_layout: ExerciseLayout | None = None  # the scale stays put while a joint is dragged
        self._dragging: str | None = None
        self._selected = MOVE_HANDLE  # the handle the arrow keys move
        self._colours = qt_colours(palette_from_qt(self.palette()))
        self.setMinimumSize(360, 225)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Pose editor: drag a joint to move it"))
        self.setAccessibleDescription(self.tr("Page Up and Page Down choose a joint; the arrow keys move it."))

    # -- content ------------------------------------------------------------------------------------
    def set_frames(self, frames: list[PoseFrame], index: int) -> None:
        """Edit pose frame ``index`` of ``frames`` (the others set the scale and the animation)."""
        self._frames = list(frames)
        self._index = index
        self._picture = None
        self._rebuild()

    def set_picture(self, picture: Picture) -> None:
        """Show a picture frame as it is (nothing to drag)."""
        self._frames, self._exercise = [], None
        if picture.kind == "svg":
            renderer = QSvgRenderer(QByteArray(picture.data))
            self._picture = renderer if renderer.isValid() else None
        else:
            image = QImage.fromData(picture.data)
            self._picture = None if image.isNull() else image
        self.update()

    def frame(self) -> PoseFrame | None:
        return self._frames[self._index] if self._frames else None

    def frames(self) -> list[PoseFrame]:
        return list(self._frames)

    def set_side(self, side: str) -> None:
        """Whose limbs the handles move: the near ('near') or the far ('far') arm and leg."""
        self._side = side
        self.update()

    def handles(self) -> dict[str, QPointF]:
        """Where each active handle is, in widget pixels."""
        if self._exercise is None:
            return {}
        shown = {MOVE_HANDLE, *SPINE_HANDLES, *(h for h in HANDLES if h.startswith(f"{self._side}_"))}
        return {name: self._to_widget(point) for name, point in handle_points(self._exercise, self._index).items()
                if name in shown}

    # -- geometry -----------------------------------------------------------------------------------
    def _area(self) -> QRectF:
        return fit_rect(QRectF(self.rect()))

    def _to_widget(self, point: Point) -> QPointF:
        area = self._area()
        return QPointF(area.x() + point[0] * area.width() / VIEW_WIDTH,
                       area.y() + point[1] * area.height() / VIEW_HEIGHT)

    def _to_view(self, point: QPointF) -> Point:
        area = self._area()
        return ((point.x() - area.x()) * VIEW_WIDTH / area.width(),
                (point.y() - area.y()) * VIEW_HEIGHT / area.height())

    def _rebuild(self) -> None:
        self._exercise = illustration_of("editing", self._frames) if self._frames else None
        if self._exercise is not None and self._held_layout is not None:
            self._exercise.cache["layout"] = self._held_layout
        self.update()

    # -- Qt -----------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(int(VIEW_WIDTH * 1.5), int(VIEW_HEIGHT * 1.5))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == event.Type.PaletteChange:
            self._colours = qt_colours(palette_from_qt(self.palette()))
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colours[Role.BACKGROUND])
        area = self._area()
        if self._exercise is not None:
            paint_scene(painter, keyframe_scene(self._exercise, self._index), self._colours, QRectF(self.rect()))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for name, point in self.handles().items():
                accent = name == self._dragging or name == MOVE_HANDLE
                chosen = name == self._selected and self.hasFocus()
                painter.setPen(QPen(self._colours[Role.BODY if chosen else Role.BACKGROUND], 3.0 if chosen else 2.0))
                painter.setBrush(QColor(self._colours[Role.ACCENT] if accent else self._colours[Role.HIGHLIGHT]))
                painter.drawEllipse(point, HANDLE_RADIUS, HANDLE_RADIUS)
        elif isinstance(self._picture, QImage):
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(fit_rect(area, self._picture.width(), self._picture.height()), self._picture)
        elif isinstance(self._picture, QSvgRenderer):
            view = self._picture.viewBoxF()
            self._picture.render(painter, fit_rect(area, view.width() or 1, view.height() or 1))
        painter.end()

    def selected_handle(self) -> str:
        return self._selected

    def move_handle(self, name: str, dx: float, dy: float) -> None:
        """Move a handle by (dx, dy) view units, as a drag would (the arrow keys)."""
        if self._exercise is None or not self._frames:
            return
        layout = exercise_layout(self._exercise)
        now = handle_points(self._exercise, self._index).get(name)
        if now is None:
            return
        frame = self._frames[self._index]
        moved = drag(frame, name, from_view(layout, (now[0] + dx, now[1] + dy)), camera(frame))
        if moved != frame:
            self._frames[self._index] = moved
            self._rebuild()
            self.frameChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        names = list(self.handles())
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and names:
            step = 1 if key == Qt.Key.Key_PageDown else -1
            at = names.index(self._selected) if self._selected in names else 0
            self._selected = names[(at + step) % len(names)]
            self.update()
            return
        steps = {Qt.Key.Key_Left: (-4.0, 0.0), Qt.Key.Key_Right: (4.0, 0.0),
                 Qt.Key.Key_Up: (0.0, -4.0), Qt.Key.Key_Down: (0.0, 4.0)}
        if key in steps and self._selected in names:
            self.move_handle(self._selected, *steps[key])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._exercise is None:
            super().mousePressEvent(event)
            return
        position = event.position()
        near = [(QPointF(point - position).manhattanLength(), name) for name, point in self.handles().items()]
        near = [(distance, name) for distance, name in near if distance <= PICK_RADIUS * 1.4]
        if not near:
            return
        self._dragging = min(near)[1]
        self._selected = self._dragging
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._held_layout = exercise_layout(self._exercise)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is None or self._held_layout is None or not self._frames:
            return
        target = from_view(self._held_layout, self._to_view(event.position()))
        frame = self._frames[self._index]
        moved = drag(frame, self._dragging, target, camera(frame))
        if moved != frame:
            self._frames[self._index] = moved
            self._rebuild()
            self.frameChanged.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is not None:
            self.mouseMoveEvent(event)
            self._dragging = None
            self._held_layout = None
            self._rebuild()
        super().mouseReleaseEvent(event)
