"""The pose editor: the drawings of an own exercise, made by dragging the figure's joints.

Each frame starts from any frame of the library's drawings (or a standing figure); its joints are
dragged on the canvas (``widgets/pose_canvas.py``; the limits are the pose model's), the whole
figure turned or set down on the floor; frames are added, removed and put in order; the camera is
chosen for them all; the movement is previewed at the exercise's tempo. A frame may instead be a
picture (PNG, JPEG or SVG) printed as it is. Forms have symmetric ``load()`` and ``save()``.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..art.pose_data import (
    frame_from_solved,
    illustration_of,
    rest_on_floor,
    standing_frame,
    turn,
    with_head_turn,
    with_view,
)
from ..art.poses import PoseDataError, PoseLibrary
from ..core import limits
from ..core.library import Frame, Library
from ..core.pose_frames import Picture, PoseFrame, Prop, picture_kind, picture_problem
from ..core.text import Text
from .widgets.check_indicators import grow_check_indicators
from .widgets.illustration import IllustrationWidget
from .widgets.pose_canvas import PoseCanvas

PICTURE_FILTER = "Pictures (*.png *.jpg *.jpeg *.svg)"
MAX_PHOTO_BYTES = 40 * 1024 * 1024  # a photo larger than this is not read at all
PHOTO_SIDE = 1200  # pixels: a photo too large to keep is made this size (longest side), plenty for print


def smaller_picture(data: bytes) -> bytes | None:
    """A PNG or JPEG photo too large to keep, as a JPEG at most ``PHOTO_SIDE`` pixels on its longest
    side (None when it cannot be read)."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)  # JPEG has no transparency
    result = b""
    for quality in (85, 70, 55):
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
        buffer.close()
        result = bytes(array.data())
        if len(result) <= limits.MAX_PICTURE_BYTES:
            break
    return result or None
DEFAULT_CHAIR = Prop("chair", (("back_x", -26.0), ("seat_height", 48.0), ("depth", 42.0), ("back_height", 46.0)))


class PoseEditor(QWidget):
    """Edit the frames of an own exercise: poses dragged on the canvas, or pictures."""

    framesChanged = Signal()

    def __init__(self, library: Library | None, poses: PoseLibrary, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.poses = poses
        self.lang = lang
        self._frames: list[Frame] = []
        self._row = -1
        self._updating = False
        self._tempo_s: float | None = 4.0
        self._hold_s: float | None = None

        self.frame_list = QListWidget()
        self.frame_list.setAccessibleName(self.tr("Frames"))
        self.frame_list.setMaximumWidth(260)
        self.frame_list.currentRowChanged.connect(self._on_row_changed)
        self.add_button = QPushButton(self.tr("Add frame"))
        self.add_button.setToolTip(self.tr("Add a frame: a copy of the one selected"))
        self.add_button.clicked.connect(self.add_frame)
        self.remove_button = QPushButton(self.tr("Remove frame"))
        self.remove_button.clicked.connect(self.remove_frame)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_frame(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_frame(1))
        self.caption_en = QLineEdit()
        self.caption_fr = QLineEdit()
        for edit, name in ((self.caption_en, self.tr("Caption (English)")),
                           (self.caption_fr, self.tr("Caption (French, optional)"))):
            edit.setMaxLength(limits.CAPTION.chars)
            edit.setAccessibleName(name)
            edit.textEdited.connect(self._on_caption_edited)

        self.canvas = PoseCanvas()
        self.canvas.frameChanged.connect(self._on_canvas_changed)
        self.near_side = QRadioButton(self.tr("Near arm and leg"))
        self.far_side = QRadioButton(self.tr("Far arm and leg"))
        self.near_side.setChecked(True)
        sides = QButtonGroup(self)
        sides.addButton(self.near_side)
        sides.addButton(self.far_side)
        self.near_side.toggled.connect(lambda near: self.canvas.set_side("near" if near else "far"))
        self.trunk_spin = self._spin(-180, 180, self.tr("Body angle"), self.tr("The direction of the pelvis: 90 "
                                                                             "upright, 0 or 180 lying"))
        self.trunk_spin.valueChanged.connect(self._on_trunk_changed)
        self.floor_button = QPushButton(self.tr("Set on the floor"))
        self.floor_button.setToolTip(self.tr("Move the figure down or up until it rests on the floor or the mat"))
        self.floor_button.clicked.connect(self._on_floor)
        self.mat_check = QCheckBox(self.tr("Mat"))
        self.chair_check = QCheckBox(self.tr("Chair"))
        grow_check_indicators(self.mat_check, self.chair_check)
        self.mat_check.toggled.connect(self._on_props_changed)
        self.chair_check.toggled.connect(self._on_props_changed)
        self.head_turn_spin = self._spin(-80, 80, self.tr("Head turn"),
                                         self.tr("Turn the head (degrees): towards the near side when positive"))
        self.head_turn_spin.valueChanged.connect(self._on_head_turn_changed)
        self.yaw_spin = self._spin(-180, 180, self.tr("Camera turn"),
                                   self.tr("Turn the camera towards the feet (degrees); 0 is a side view"))
        self.elevation_spin = self._spin(0, 90, self.tr("Camera height"),
                                         self.tr("Look down on the figure (degrees); 0 is level"))
        self.yaw_spin.valueChanged.connect(self._on_view_changed)
        self.elevation_spin.valueChanged.connect(self._on_view_changed)

        self.source_exercise = QComboBox()
        self.source_exercise.setAccessibleName(self.tr("Start from the drawing of"))
        self.source_frame = QComboBox()
        self.source_frame.setAccessibleName(self.tr("Frame to start from"))
        self.source_exercise.currentIndexChanged.connect(self._fill_source_frames)
        self.use_source_button = QPushButton(self.tr("Start from this frame"))
        self.use_source_button.setToolTip(self.tr("Replace the selected frame with this drawing, to change it"))
        self.use_source_button.clicked.connect(self.use_source_frame)
        self.import_button = QPushButton(self.tr("Import picture…"))
        self.import_button.setToolTip(
            self.tr("Use a PNG, JPEG or SVG picture for the selected frame, printed as it is"))
        self.import_button.clicked.connect(self._on_import)
        self._fill_sources()

        self.preview = IllustrationWidget()
        self.preview.setMinimumSize(220, 138)
        self.preview.setMaximumWidth(260)
        self.preview.setAccessibleName(self.tr("Preview of the movement"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._update_preview)

        self._lay_out()
        self._show_row()

    @staticmethod
    def _spin(low: int, high: int, name: str, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setSingleStep(5)
        spin.setSuffix("°")
        spin.setAccessibleName(name)
        spin.setToolTip(tip)
        return spin

    def _lay_out(self) -> None:
        frames = QVBoxLayout()
        frames.addWidget(QLabel(self.tr("Frames")))
        frames.addWidget(self.frame_list, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            frames.addWidget(button)

        start = QGroupBox(self.tr("Start from an existing drawing"))
        start_layout = QHBoxLayout(start)
        start_layout.addWidget(self.source_exercise, 3)
        start_layout.addWidget(self.source_frame, 2)
        start_layout.addWidget(self.use_source_button)
        start_layout.addWidget(self.import_button)

        captions = QFormLayout()
        captions.addRow(self.tr("Caption (English)"), self.caption_en)
        captions.addRow(self.tr("Caption (French, optional)"), self.caption_fr)

        controls = QGridLayout()
        controls.addWidget(QLabel(self.tr("Handles move the:")), 0, 0)
        controls.addWidget(self.near_side, 0, 1)
        controls.addWidget(self.far_side, 0, 2)
        controls.addWidget(QLabel(self.tr("Body angle")), 1, 0)
        controls.addWidget(self.trunk_spin, 1, 1)
        controls.addWidget(self.floor_button, 1, 2)
        controls.addWidget(self.mat_check, 1, 3)
        controls.addWidget(self.chair_check, 1, 4)
        controls.addWidget(QLabel(self.tr("Camera turn")), 2, 0)
        controls.addWidget(self.yaw_spin, 2, 1)
        controls.addWidget(QLabel(self.tr("Camera height")), 2, 2)
        controls.addWidget(self.elevation_spin, 2, 3)
        controls.addWidget(QLabel(self.tr("Head turn")), 2, 4)
        controls.addWidget(self.head_turn_spin, 2, 5)

        centre = QVBoxLayout()
        centre.addWidget(start)
        centre.addLayout(captions)
        centre.addWidget(self.canvas, 1)
        hint = QLabel(self.tr("Drag a round handle to bend that joint (within what the body allows); drag the "
                              "orange one at the hip to move the whole figure. With the keyboard: Page Up and "
                              "Page Down choose a joint, the arrow keys move it."))
        hint.setWordWrap(True)
        centre.addWidget(hint)
        centre.addLayout(controls)

        preview_label = QLabel(self.tr("Preview at the exercise’s tempo"))
        preview_label.setWordWrap(True)
        frames.addSpacing(8)
        frames.addWidget(preview_label)
        frames.addWidget(self.preview)

        layout = QHBoxLayout(self)
        layout.addLayout(frames)
        layout.addLayout(centre, 1)

    # -- sources: any frame of the library's drawings -----------------------------------------------
    def _fill_sources(self) -> None:
        self.source_exercise.clear()
        self.source_exercise.addItem(self.tr("Standing figure"), "")
        names = {e.id: e.name.get(self.lang) for e in self.library.exercises} if self.library else {}
        for exercise_id in self.poses.exercise_ids:
            if exercise_id in names:
                self.source_exercise.addItem(names[exercise_id], exercise_id)
        self._fill_source_frames()

    @Slot()
    def _fill_source_frames(self) -> None:
        self.source_frame.clear()
        exercise_id = self.source_exercise.currentData()
        exercise = self.library.get(exercise_id) if self.library and exercise_id else None
        if exercise is None:
            self.source_frame.setEnabled(False)
            return
        self.source_frame.setEnabled(True)
        for index, frame in enumerate(exercise.illustration):
            self.source_frame.addItem(f"{index + 1}. {frame.caption.get(self.lang)}", index)

    def source_pose(self) -> PoseFrame | None:
        """The pose chosen under "Start from an existing drawing"."""
        exercise_id = self.source_exercise.currentData()
        if not exercise_id:
            return standing_frame()
        try:
            drawn = self.poses.exercise(exercise_id)
        except (PoseDataError, KeyError):
            return None
        index = self.source_frame.currentData() or 0
        return frame_from_solved(drawn, min(index, len(drawn.frames) - 1))

    # -- form ---------------------------------------------------------------------------------------
    def load(self, frames: tuple[Frame, ...]) -> None:
        """Edit these frames (a new exercise starts with a standing figure)."""
        self._frames = list(frames) or [Frame("", Text("Start", "Départ"), pose=standing_frame())]
        self._fill_list(0)

    def save(self) -> tuple[Frame, ...]:
        return tuple(self._frames)

    def set_timing(self, tempo_s: float | None, hold_s: float | None) -> None:
        """The preview moves at the exercise's tempo and hold."""
        self._tempo_s, self._hold_s = tempo_s, hold_s
        self._schedule_preview()

    def current_row(self) -> int:
        return self._row

    # -- frames -------------------------------------------------------------------------------------
    def _fill_list(self, row: int) -> None:
        self._updating = True
        self.frame_list.clear()
        for index, frame in enumerate(self._frames):
            kind = self.tr("picture") if frame.image is not None else self.tr("pose")
            self.frame_list.addItem(f"{index + 1}. {frame.caption.get(self.lang)} ({kind})")
        row = max(0, min(row, len(self._frames) - 1))
        self.frame_list.setCurrentRow(row)
        self._updating = False
        self._row = row
        self._show_row()
        self._schedule_preview()

    @Slot()
    def add_frame(self) -> None:
        if len(self._frames) >= limits.MAX_FRAMES:
            QMessageBox.information(self, self.tr("Frames"),
                                    self.tr("An exercise has at most %n frames.", "", limits.MAX_FRAMES))
            return
        current = self._frames[self._row] if 0 <= self._row < len(self._frames) else None
        number = len(self._frames) + 1
        caption = Text(f"Frame {number}", f"Image {number}")
        pose = current.pose if current is not None and current.pose is not None else standing_frame()
        self._frames.insert(self._row + 1, Frame("", caption, pose=pose))
        self._fill_list(self._row + 1)
        self.framesChanged.emit()

    @Slot()
    def remove_frame(self) -> None:
        if len(self._frames) <= 1 or not 0 <= self._row < len(self._frames):
            return
        del self._frames[self._row]
        self._fill_list(self._row)
        self.framesChanged.emit()

    def move_frame(self, delta: int) -> None:
        row, target = self._row, self._row + delta
        if not (0 <= row < len(self._frames) and 0 <= target < len(self._frames)):
            return
        self._frames[row], self._frames[target] = self._frames[target], self._frames[row]
        self._fill_list(target)
        self.framesChanged.emit()

    @Slot()
    def use_source_frame(self) -> None:
        pose = self.source_pose()
        if pose is None or not 0 <= self._row < len(self._frames):
            return
        first = self._first_pose()
        if first is not None and first is not self._frames[self._row].pose:
            pose = with_view(pose, first.view)  # one camera for the whole exercise
        self._set_frame(replace(self._frames[self._row], pose=pose, image=None))
        self._show_row()
        self.framesChanged.emit()

    def import_picture(self, path: Path) -> str | None:
        """Make the selected frame the picture at ``path``; what is wrong with it, or None."""
        kind = picture_kind(path.name)
        if kind is None:
            return self.tr("A picture must be a PNG, JPEG or SVG file.")
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_PHOTO_BYTES else None
        except OSError as exc:
            return str(exc.strerror or exc)
        if data is not None and len(data) > limits.MAX_PICTURE_BYTES and kind != "svg":
            data, kind = smaller_picture(data), "jpeg"  # a photo: the same picture, fewer pixels
        if data is None or len(data) > limits.MAX_PICTURE_BYTES:
            return self.tr("The picture is larger than %n kB; make it smaller first.", "",
                           limits.MAX_PICTURE_BYTES // 1024)
        problem = picture_problem(kind, data)
        if problem is not None:
            return problem
        self._set_frame(replace(self._frames[self._row], pose=None, image=Picture(kind, data)))
        self._fill_list(self._row)
        self.framesChanged.emit()
        return None

    @Slot()
    def _on_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import picture"), str(Path.home()), PICTURE_FILTER)
        if chosen:
            problem = self.import_picture(Path(chosen))
            if problem:
                QMessageBox.warning(self, self.tr("This picture cannot be used"), problem)

    # -- the selected frame ---------------------------------------------------------------------------
    def _first_pose(self) -> PoseFrame | None:
        return next((f.pose for f in self._frames if f.pose is not None), None)

    def _pose_frames(self) -> tuple[list[PoseFrame], int]:
        """The pose frames, and where the selected one is among them."""
        poses: list[PoseFrame] = []
        at = 0
        for index, frame in enumerate(self._frames):
            if frame.pose is not None:
                if index == self._row:
                    at = len(poses)
                poses.append(frame.pose)
        return poses, at

    def _set_frame(self, frame: Frame) -> None:
        self._frames[self._row] = frame

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if self._updating:
            return
        self._row = row
        self._show_row()

    def _show_row(self) -> None:
        frame = self._frames[self._row] if 0 <= self._row < len(self._frames) else None
        self._updating = True
        self.caption_en.setText(frame.caption.en if frame else "")
        self.caption_fr.setText(frame.caption.fr if frame and frame.caption.fr != frame.caption.en else "")
        pose = frame.pose if frame else None
        for widget in (self.trunk_spin, self.floor_button, self.mat_check, self.chair_check,
                       self.near_side, self.far_side, self.head_turn_spin):
            widget.setEnabled(pose is not None)
        if pose is not None:
            self.trunk_spin.setValue(pose.trunk)
            self.head_turn_spin.setValue(dict(pose.turns).get("head", 0.0))
            self.mat_check.setChecked(pose.mat)
            self.chair_check.setChecked(any(p.kind == "chair" for p in pose.props))
        first = self._first_pose()
        if first is not None:
            self.yaw_spin.setValue(first.view[0])
            self.elevation_spin.setValue(first.view[1])
        self._updating = False
        if frame is not None and frame.image is not None:
            self.canvas.set_picture(frame.image)
        else:
            poses, at = self._pose_frames()
            self.canvas.set_frames(poses, at)
        for button, enabled in ((self.remove_button, len(self._frames) > 1),
                                (self.up_button, self._row > 0),
                                (self.down_button, 0 <= self._row < len(self._frames) - 1)):
            button.setEnabled(enabled)

    def _change_pose(self, pose: PoseFrame) -> None:
        frame = self._frames[self._row]
        if frame.pose is None or pose == frame.pose:
            return
        self._set_frame(replace(frame, pose=pose))
        poses, at = self._pose_frames()
        self.canvas.set_frames(poses, at)
        self._schedule_preview()
        self.framesChanged.emit()

    @Slot()
    def _on_canvas_changed(self) -> None:
        pose = self.canvas.frame()
        if pose is not None and 0 <= self._row < len(self._frames) and self._frames[self._row].pose is not None:
            self._set_frame(replace(self._frames[self._row], pose=pose))
            self._updating = True
            self.trunk_spin.setValue(pose.trunk)
            self._updating = False
            self._schedule_preview()
            self.framesChanged.emit()

    @Slot()
    def _on_caption_edited(self) -> None:
        if self._updating or not 0 <= self._row < len(self._frames):
            return
        english = self.caption_en.text().strip()
        french = self.caption_fr.text().strip()
        self._set_frame(replace(self._frames[self._row], caption=Text(english or french, french or english)))
        item = self.frame_list.item(self._row)
        if item is not None:
            kind = self.tr("picture") if self._frames[self._row].image is not None else self.tr("pose")
            item.setText(f"{self._row + 1}. {self._frames[self._row].caption.get(self.lang)} ({kind})")
        self.framesChanged.emit()

    @Slot()
    def _on_trunk_changed(self) -> None:
        frame = self._frames[self._row] if not self._updating and 0 <= self._row < len(self._frames) else None
        if frame is not None and frame.pose is not None:
            self._change_pose(turn(frame.pose, self.trunk_spin.value()))

    @Slot()
    def _on_head_turn_changed(self) -> None:
        frame = self._frames[self._row] if not self._updating and 0 <= self._row < len(self._frames) else None
        if frame is not None and frame.pose is not None:
            self._change_pose(with_head_turn(frame.pose, self.head_turn_spin.value()))

    @Slot()
    def _on_floor(self) -> None:
        frame = self._frames[self._row] if 0 <= self._row < len(self._frames) else None
        if frame is not None and frame.pose is not None:
            self._change_pose(rest_on_floor(frame.pose))

    @Slot()
    def _on_props_changed(self) -> None:
        frame = self._frames[self._row] if not self._updating and 0 <= self._row < len(self._frames) else None
        if frame is None or frame.pose is None:
            return
        props = tuple(p for p in frame.pose.props if p.kind != "chair")
        if self.chair_check.isChecked():
            props = (*props, next((p for p in frame.pose.props if p.kind == "chair"), DEFAULT_CHAIR))
        self._change_pose(replace(frame.pose, mat=self.mat_check.isChecked(), props=props))

    @Slot()
    def _on_view_changed(self) -> None:
        if self._updating:
            return
        view = (self.yaw_spin.value(), self.elevation_spin.value())
        self._frames = [replace(f, pose=with_view(f.pose, view)) if f.pose is not None else f for f in self._frames]
        self._show_row()
        self._schedule_preview()
        self.framesChanged.emit()

    # -- preview ------------------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    @Slot()
    def _update_preview(self) -> None:
        poses = [f.pose for f in self._frames if f.pose is not None]
        drawn = illustration_of("preview", poses) if poses else None
        self.preview.set_illustration(drawn, self._tempo_s, self._hold_s)

    def update_preview_now(self) -> None:
        """Draw the preview at once (tests; the editor waits a moment after each change)."""
        self._preview_timer.stop()
        self._update_preview()

