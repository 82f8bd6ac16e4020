"""IllustrationWidget: an exercise drawing that moves at the prescribed tempo.

The drawing comes from ``exercises_app.art`` (pure Python); this module only paints its
primitives with QPainter and keeps time. Elapsed time is read from an injectable clock
(``time.monotonic`` by default); the QTimer merely asks the widget to ``tick()``.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from exercises_app.art.motion import MotionPoint, motion_point_at, pose_for_motion_point
from exercises_app.art.pose_data import OwnPoseLibrary
from exercises_app.art.poses import ExerciseIllustration, PoseDataError, PoseLibrary, load_pose_library
from exercises_app.art.primitives import (
    VIEW_HEIGHT,
    VIEW_WIDTH,
    Arrow,
    Circle,
    Line,
    Path,
    Polygon,
    Polyline,
    Primitive,
    Role,
    RoundedRect,
    Scene,
    arrow_geometry,
)
from exercises_app.art.scene import build_scene, scene_at_phase
from exercises_app.art.style import Palette, palette_for

LOG = logging.getLogger(__name__)

FRAME_INTERVAL_MS = 33  # about 30 frames a second
BUTTON_MARGIN = 6


def qt_colours(palette: Palette) -> dict[Role, QColor]:
    """QColor for every role of an illustration palette."""
    return {role: QColor(colour) for role, colour in palette.colours.items()}


def palette_from_qt(palette: QPalette) -> Palette:
    """The illustration palette that suits a widget palette (light, dark or high contrast)."""
    return palette_for(palette.color(QPalette.ColorRole.Base).name(),
                       palette.color(QPalette.ColorRole.WindowText).name())


def fit_rect(area: QRectF, width: float = VIEW_WIDTH, height: float = VIEW_HEIGHT) -> QRectF:
    """The largest rectangle of this aspect ratio centred in ``area``."""
    scale = min(area.width() / width, area.height() / height)
    fitted = QRectF(0.0, 0.0, width * scale, height * scale)
    fitted.moveCenter(area.center())
    return fitted


def painter_path(commands: tuple) -> QPainterPath:
    """A QPainterPath from the art package's path commands."""
    path = QPainterPath()
    for command in commands:
        kind = command[0]
        if kind == "M":
            path.moveTo(command[1], command[2])
        elif kind == "L":
            path.lineTo(command[1], command[2])
        elif kind == "C":
            path.cubicTo(command[1], command[2], command[3], command[4], command[5], command[6])
        elif kind == "Q":
            path.quadTo(command[1], command[2], command[3], command[4])
        elif kind == "Z":
            path.closeSubpath()
    return path


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _set_paint(painter: QPainter, colours: dict[Role, QColor], fill: Role | None, stroke: Role | None,
               width: float) -> None:
    painter.setBrush(QBrush(colours[fill]) if fill else Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colours[stroke], width) if stroke and width > 0 else Qt.PenStyle.NoPen)


def paint_primitive(painter: QPainter, primitive: Primitive, colours: dict[Role, QColor]) -> None:
    """Draw one primitive in view units."""
    if isinstance(primitive, Path):
        _set_paint(painter, colours, primitive.fill, primitive.stroke, primitive.stroke_width)
        painter.drawPath(painter_path(primitive.commands))
    elif isinstance(primitive, Line):
        painter.setPen(_pen(colours[primitive.role], primitive.width))
        painter.drawLine(QPointF(*primitive.start), QPointF(*primitive.end))
    elif isinstance(primitive, Polyline):
        painter.setPen(_pen(colours[primitive.role], primitive.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(*p) for p in primitive.points]))
    elif isinstance(primitive, Circle):
        _set_paint(painter, colours, primitive.fill, primitive.stroke, primitive.stroke_width)
        painter.drawEllipse(QPointF(*primitive.center), primitive.radius, primitive.radius)
    elif isinstance(primitive, Polygon):
        _set_paint(painter, colours, primitive.fill, primitive.stroke, primitive.stroke_width)
        painter.drawPolygon(QPolygonF([QPointF(*p) for p in primitive.points]))
    elif isinstance(primitive, RoundedRect):
        _set_paint(painter, colours, primitive.fill, primitive.stroke, primitive.stroke_width)
        painter.drawRoundedRect(QRectF(primitive.x, primitive.y, primitive.width, primitive.height),
                                primitive.radius, primitive.radius)
    elif isinstance(primitive, Arrow):
        geometry = arrow_geometry(primitive)
        colour = colours[primitive.role]
        shaft = QPainterPath(QPointF(*geometry.shaft_start))
        shaft.quadTo(QPointF(*geometry.shaft_control), QPointF(*geometry.shaft_end))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(colour, primitive.width))
        painter.drawPath(shaft)
        painter.setBrush(QBrush(colour))
        painter.setPen(_pen(colour, 1.0))
        painter.drawPolygon(QPolygonF([QPointF(*p) for p in geometry.head]))


def paint_scene(painter: QPainter, scene: Scene, colours: dict[Role, QColor], area: QRectF) -> None:
    """Paint ``scene`` scaled to fit ``area`` (aspect ratio kept), antialiased and clipped."""
    target = fit_rect(area, scene.width, scene.height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(target.topLeft())
    painter.scale(target.width() / scene.width, target.height() / scene.height)
    painter.setClipRect(QRectF(0.0, 0.0, scene.width, scene.height))
    for primitive in scene.primitives:
        paint_primitive(painter, primitive, colours)
    painter.restore()


class IllustrationWidget(QWidget):
    """Shows an exercise's illustration, animated at its tempo and hold, or at a given phase.

    Space toggles play/pause when the widget has focus; a small button in the corner does the
    same. A missing or unreadable illustration shows a neutral "No illustration" frame.
    """

    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] | None = None,
                 library: PoseLibrary | None = None, show_play_button: bool = True) -> None:
        super().__init__(parent)
        self._clock: Callable[[], float] = clock or time.monotonic
        self._library = library
        self._exercise: ExerciseIllustration | None = None
        self._exercise_id: str | None = None
        self._missing = False
        self._tempo_s: float | None = None
        self._hold_s: float | None = None
        self._playing = True
        self._started_at = self._clock()
        self._elapsed_when_paused = 0.0
        self._phase: float | None = None
        self._motion_point: MotionPoint | None = None
        self._scene: Scene | None = None
        self._picture: QImage | QSvgRenderer | None = None  # an own exercise drawn only with pictures
        self._colours = qt_colours(palette_from_qt(self.palette()))

        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

        self._play_button = QToolButton(self)
        self._play_button.setAutoRaise(True)
        self._play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._play_button.clicked.connect(self._on_play_button_clicked)
        self._play_button.setVisible(False)
        self._show_play_button = show_play_button

        self.setAccessibleName(self.tr("Exercise illustration"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 100)
        self._update_play_button()

    # --- Public API ---------------------------------------------------------------------------

    def set_motion(self, exercise_id: str, tempo_s: float | None, hold_s: float | None) -> None:
        """Show ``exercise_id`` moving at this tempo and hold (animated while playing)."""
        self._exercise_id = exercise_id
        self._tempo_s, self._hold_s = tempo_s, hold_s
        self._phase = None
        self._motion_point = None
        self._exercise = self._load(exercise_id)
        self._picture = self._load_picture(exercise_id) if self._exercise is None else None
        self._missing = self._exercise is None and self._picture is None
        self._started_at = self._clock()
        self._elapsed_when_paused = 0.0
        self.setAccessibleDescription(exercise_id)
        self._refresh_scene()
        self._update_timer()
        self._update_play_button()

    def set_illustration(self, exercise: ExerciseIllustration | None, tempo_s: float | None,
                         hold_s: float | None) -> None:
        """Show an exercise drawn from data the caller holds (the pose editor's preview), moving at
        this tempo and hold; None shows the "No illustration" frame."""
        self._exercise_id = exercise.exercise_id if exercise is not None else None
        self._tempo_s, self._hold_s = tempo_s, hold_s
        self._phase = None
        self._motion_point = None
        self._exercise = exercise
        self._picture = None
        self._missing = exercise is None
        self._started_at = self._clock()
        self._elapsed_when_paused = 0.0
        self._refresh_scene()
        self._update_timer()
        self._update_play_button()

    def set_pose_library(self, library: PoseLibrary) -> None:
        """Draw from ``library`` from now on (the own exercises changed); the exercise shown is drawn again."""
        self._library = library
        if self._exercise_id is not None:
            self._exercise = self._load(self._exercise_id)
            self._picture = self._load_picture(self._exercise_id) if self._exercise is None else None
            self._missing = self._exercise is None and self._picture is None
            self._motion_point = None
            self._refresh_scene()
            self._update_timer()
            self._update_play_button()

    def clear(self) -> None:
        """Show nothing."""
        self._exercise = None
        self._exercise_id = None
        self._missing = False
        self._picture = None
        self._scene = None
        self._phase = None
        self._motion_point = None
        self.setAccessibleDescription("")
        self._update_timer()
        self._update_play_button()
        self.update()

    def set_playing(self, playing: bool) -> None:
        """Start or pause the animation; the movement resumes where it stopped."""
        if playing == self._playing:
            return
        now = self._clock()
        if playing:
            self._started_at = now - self._elapsed_when_paused
            self._phase = None
        else:
            self._elapsed_when_paused = now - self._started_at
        self._playing = playing
        self._update_timer()
        self._update_play_button()
        if playing:
            self.tick()
        self.playingChanged.emit(playing)

    def is_playing(self) -> bool:
        return self._playing

    def set_phase(self, frame_position: float) -> None:
        """Stop the internal animation and show an explicit phase (1.5: halfway from frame 1 to 2)."""
        self.set_playing(False)
        self._phase = frame_position
        self._motion_point = None
        self._refresh_scene()

    def exercise_id(self) -> str | None:
        return self._exercise_id

    def has_illustration(self) -> bool:
        return self._exercise is not None

    def shows_picture(self) -> bool:
        """True when an own exercise drawn only with pictures is shown (still)."""
        return self._picture is not None

    @Slot()
    def tick(self) -> None:
        """Advance the animation from the clock (called by the timer; tests call it directly)."""
        if self._playing and self._exercise is not None and self._phase is None:
            self._refresh_scene()

    # --- Qt overrides -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(int(VIEW_WIDTH), int(VIEW_HEIGHT))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(width * VIEW_HEIGHT / VIEW_WIDTH)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colours[Role.BACKGROUND])
        area = QRectF(self.rect())
        if self._scene is not None:
            paint_scene(painter, self._scene, self._colours, area)
        elif isinstance(self._picture, QImage):
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(fit_rect(area, self._picture.width(), self._picture.height()), self._picture)
        elif isinstance(self._picture, QSvgRenderer):
            view = self._picture.viewBoxF()
            self._picture.render(painter, fit_rect(area, view.width() or 1.0, view.height() or 1.0))
        elif self._missing:
            self._paint_placeholder(painter, area)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self._exercise is not None:
            self.set_playing(not self._playing)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_play_button()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == event.Type.PaletteChange:
            self._colours = qt_colours(palette_from_qt(self.palette()))
            self.update()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._timer.stop()

    # --- Internals ----------------------------------------------------------------------------

    def _load(self, exercise_id: str) -> ExerciseIllustration | None:
        try:
            library = self._library if self._library is not None else load_pose_library()
            return library.exercise(exercise_id)
        except PoseDataError as error:
            LOG.warning("No illustration for exercise %r: %s", exercise_id, error)
            return None

    def _load_picture(self, exercise_id: str) -> QImage | QSvgRenderer | None:
        """The picture of an own exercise drawn only with pictures, shown still (None otherwise)."""
        picture = self._library.first_picture(exercise_id) if isinstance(self._library, OwnPoseLibrary) else None
        if picture is None:
            return None
        if picture.kind == "svg":
            renderer = QSvgRenderer(QByteArray(picture.data))
            return renderer if renderer.isValid() else None
        image = QImage.fromData(picture.data)
        return None if image.isNull() else image

    def _refresh_scene(self) -> None:
        exercise = self._exercise
        if exercise is None:
            self._scene = None
            self.update()
            return
        if self._phase is not None:
            self._scene = scene_at_phase(exercise, self._phase)
        else:
            elapsed = self._clock() - self._started_at if self._playing else self._elapsed_when_paused
            point = motion_point_at(exercise.spec.cycle, elapsed, self._tempo_s, self._hold_s)
            if point == self._motion_point and self._scene is not None:
                return  # still (a hold or a pause): nothing to redraw
            self._motion_point = point
            pose = pose_for_motion_point(exercise, point)
            self._scene = build_scene(exercise, pose, point.nearest_frame)
        self.update()

    def _update_timer(self) -> None:
        if self._playing and self._exercise is not None and self.isVisible():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def _update_play_button(self) -> None:
        button = self._play_button
        if self._playing:
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause))
            button.setToolTip(self.tr("Pause animation (Space)"))
            button.setAccessibleName(self.tr("Pause animation"))
        else:
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            button.setToolTip(self.tr("Play animation (Space)"))
            button.setAccessibleName(self.tr("Play animation"))
        button.setVisible(self._show_play_button and self._exercise is not None)
        self._place_play_button()

    def _place_play_button(self) -> None:
        size = self._play_button.sizeHint()
        self._play_button.move(self.width() - size.width() - BUTTON_MARGIN,
                               self.height() - size.height() - BUTTON_MARGIN)

    @Slot()
    def _on_play_button_clicked(self) -> None:
        self.set_playing(not self._playing)

    def _paint_placeholder(self, painter: QPainter, area: QRectF) -> None:
        frame = fit_rect(area).adjusted(8, 8, -8, -8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._colours[Role.PROP], 1.5))
        painter.setBrush(self._colours[Role.PROP_FILL])
        painter.drawRoundedRect(frame, 12, 12)
        painter.setPen(self._colours[Role.BODY])
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, self.tr("No illustration"))
