"""My exercises end to end: an exercise drawn in the pose editor, prescribed, saved in a programme
file, and opened again on another computer (a new data folder) with its drawings."""
from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.core.own_exercises import load_own_library
from exercises_app.core.pose_frames import joint_limits
from exercises_app.gui.context import AppContext
from exercises_app.gui.my_exercises_dialog import MyExercisesDialog
from exercises_app.gui.own_exercise_dialog import OwnExerciseDialog
from tests.gui.windows import open_window, silent_cues
from tests.own_samples import OWN_FILE, PNG

WORDS = {
    "name": ("Wall lean", "Appui au mur"),
    "summary": ("A gentle stretch of the chest against a wall.", ""),
    "start": ("Stand an arm's length from a wall.", ""),
    "steps": ("Lean towards the wall.\nCome back.", ""),
    "cues": ("Breathe out as you lean.", ""),
    "mistakes": ("Arching the low back.", ""),
    "precautions": ("Take care with a sore shoulder.", ""),
    "stop_if": ("Pain spreads down the arm.", ""),
}


def _type(dialog: OwnExerciseDialog) -> None:
    for key, (english, french) in WORDS.items():
        for edit, words in zip(dialog.fields[key], (english, french)):
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(words)
            elif isinstance(edit, QLineEdit):
                edit.setText(words)
    dialog.position_combo.setCurrentIndex(dialog.position_combo.findData("standing"))


def _drag(qtbot: QtBot, dialog: OwnExerciseDialog, handle: str, by: QPoint) -> None:
    """Drag a handle of the pose canvas with the mouse."""
    canvas = dialog.pose_editor.canvas
    start = canvas.handles()[handle].toPoint()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(canvas, start + by * step / 4)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + by)
    qtbot.wait(1)


def test_an_exercise_made_in_the_pose_editor_travels_in_the_programme_file(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, make_context("en"))
    drawn: dict[str, float] = {}

    def fill_in(dialog: OwnExerciseDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        _type(dialog)
        dialog.tabs.setCurrentIndex(2)
        editor = dialog.pose_editor
        # start from a frame of the library's drawings, then bend the near elbow with the mouse
        editor.source_exercise.setCurrentIndex(editor.source_exercise.findData("doorway-pec-stretch"))
        editor.source_frame.setCurrentIndex(0)
        editor.use_source_frame()
        editor.add_frame()
        before = editor.save()[1].pose
        assert before is not None
        _drag(qtbot, dialog, "near_wrist", QPoint(-30, 40))
        after = editor.save()[1].pose
        assert after is not None and after != before
        assert after.joint("near_elbow") != before.joint("near_elbow")
        low, high = joint_limits("near_elbow")
        assert low <= after.joint("near_elbow") <= high
        drawn["near_elbow"] = after.joint("near_elbow")
        editor.update_preview_now()
        assert editor.preview.has_illustration()
        dialog.grab().save(str(tmp_path / "pose-editor.png"))
        dialog._on_save()
        return int(dialog.result())

    def create_one(dialog: MyExercisesDialog) -> int:
        dialog.new_exercise()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OwnExerciseDialog, "exec", fill_in)
    monkeypatch.setattr(MyExercisesDialog, "exec", create_one)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2]}"))
    window.show_view("programme")
    window.programme_view.own_button.click()

    # saved in the data folder's own library, and the library in use has it
    own = window.context.own_library
    (exercise,) = own.exercises
    assert exercise.id == "my-wall-lean" and exercise.name.fr == "Appui au mur" and exercise.summary.fr.startswith("A")
    assert load_own_library(window.context.paths.own_library, window.context.paths.assets_dir).exercises[0].id \
        == exercise.id
    assert window.context.library_load.library is not None
    assert window.context.library_load.library.get("my-wall-lean") is not None

    # prescribe it and save the programme file
    editor = window.programme_view
    editor.new_programme(None)
    editor.title_edit.setText("Shoulders")
    editor.add_combo.setCurrentIndex(editor.add_combo.findData("my-wall-lean"))
    editor._on_add()
    assert [e.exercise_id for e in editor.model.entries] == ["my-wall-lean"]
    path = tmp_path / "patient.yaml"
    monkeypatch.setattr("exercises_app.gui.programme_view.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(path), ""))
    assert editor.save_file()
    assert "\nlibrary:\n" in path.read_text(encoding="utf-8")

    # another computer: a new data folder, with no own exercises
    other = tmp_path / "other-data"
    other.mkdir()
    (other / "settings.ini").write_text("[preferences]\nstart=patient\n", encoding="utf-8")
    context = AppContext.create(AppPaths(data_dir=other), "en", FakeClock())
    assert context.own_library.exercises == ()
    second = open_window(qtbot, context, silent_cues(context))
    assert second.open_programme(path, activate=True)
    opened = second.programme_view.save()
    assert [e.exercise_id for e in opened.exercises] == ["my-wall-lean"]
    carried = second.programme_view.library.get("my-wall-lean") if second.programme_view.library else None
    assert carried is not None and len(carried.illustration) == 2
    pose = carried.illustration[1].pose
    assert pose is not None and pose.joint("near_elbow") == drawn["near_elbow"]
    # the patient's app knows it too: Today, the session and the library view draw it
    assert context.library_load.library is not None and context.library_load.library.get("my-wall-lean")
    assert context.pose_library().exercise("my-wall-lean").frames
    assert [item.exercise_id for item in context.session_items(1)] == ["my-wall-lean"]
    # and still has it at the next start: the copy of the programme in use carries it
    again = AppContext.create(AppPaths(data_dir=other), "en", FakeClock())
    assert again.library_load.library is not None and again.library_load.library.get("my-wall-lean") is not None
    again.close()
    second.show_view("library")
    assert second.library_view.select_exercise("my-wall-lean")
    assert second.library_view.illustration.has_illustration()
    assert second.library_view.exercise_list.currentItem().text() == "Wall lean (my exercise)"
    second.show_view("session")
    assert second.session_view.prepare(1)
    second.session_view.start()
    assert second.session_view.illustration.exercise_id() == "my-wall-lean"
    assert second.session_view.illustration.has_illustration()  # it moves in the guided session


def _picture_only(text: str) -> str:
    """The sample own exercise with its drawings replaced by one picture."""
    head = text[: text.index("    illustration:\n")]
    return head + ("    illustration:\n      - caption: {en: Start}\n"
                   f"        image: {{png: {base64.b64encode(PNG).decode()}}}\n")


def test_a_picture_only_exercise_is_shown_still_in_the_library(
    qtbot: QtBot, make_context: Callable[..., AppContext], isolated_data_dir: Path
) -> None:
    (isolated_data_dir / "my-exercises.yaml").write_text(_picture_only(OWN_FILE), encoding="utf-8")
    window = open_window(qtbot, make_context("en"))
    window.show_view("library")
    assert window.library_view.select_exercise("my-wall-push")
    assert window.library_view.illustration.shows_picture()
    assert not window.library_view.illustration.has_illustration()


def test_a_damaged_file_of_own_exercises_is_set_aside_and_the_window_says_so(
    qtbot: QtBot, make_context: Callable[..., AppContext], isolated_data_dir: Path
) -> None:
    (isolated_data_dir / "my-exercises.yaml").write_text(OWN_FILE.replace("trunk: 90", "trunk: ninety"),
                                                         encoding="utf-8")
    window = open_window(qtbot, make_context("en"))
    notices = [notice.text() for notice in window.notices]
    assert any("set aside as" in text and "my-exercises.yaml.damaged-" in text and "trunk must be a number" in text
               for text in notices), notices
    assert not (isolated_data_dir / "my-exercises.yaml").exists()
    assert window.context.own_library.exercises == ()


def test_a_picture_is_imported_for_a_frame_and_deleting_keeps_the_programme_whole(
    qtbot: QtBot, make_context: Callable[..., AppContext], isolated_data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    (isolated_data_dir / "my-exercises.yaml").write_text(OWN_FILE, encoding="utf-8")
    context = make_context("en")
    dialog = OwnExerciseDialog(context.library_load.library, context.base_load.library if context.base_load else None,
                               context.pose_library(), "en")
    qtbot.addWidget(dialog)
    exercise = context.own_library.exercises[0]
    dialog.load(exercise)
    editor = dialog.pose_editor
    editor.frame_list.setCurrentRow(1)
    picture = tmp_path / "push.png"
    picture.write_bytes(PNG)
    assert editor.import_picture(picture) is None
    (tmp_path / "broken.png").write_bytes(bytes(600 * 1024))  # too large, and no picture to make smaller
    assert "larger than" in (editor.import_picture(tmp_path / "broken.png") or "")
    assert editor.import_picture(tmp_path / "notes.txt") == "A picture must be a PNG, JPEG or SVG file."
    saved, problems = dialog.save()
    assert problems == [] and saved is not None
    assert saved.illustration[1].image is not None and saved.illustration[1].image.data == PNG
    assert saved.illustration[0].pose == exercise.illustration[0].pose

    # prescribed in the editor, then deleted from My exercises: the programme still carries it
    window = open_window(qtbot, context)
    editor_view = window.programme_view
    editor_view.new_programme(None)
    editor_view.title_edit.setText("Shoulders")
    editor_view.add_combo.setCurrentIndex(editor_view.add_combo.findData("my-wall-push"))
    editor_view._on_add()
    context.save_own_library(context.own_library.without("my-wall-push"))
    window._on_library_changed()
    assert [e.id for e in editor_view.save().own_exercises] == ["my-wall-push"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)  # on closing


def test_the_keyboard_moves_a_joint_too(qtbot: QtBot) -> None:
    from exercises_app.art.pose_data import standing_frame
    from exercises_app.gui.widgets.pose_canvas import PoseCanvas

    canvas = PoseCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 380)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_frames([standing_frame()], 0)
    canvas.setFocus()
    while canvas.selected_handle() != "near_knee":
        QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    for _ in range(10):
        QTest.keyClick(canvas, Qt.Key.Key_Right)
    frame = canvas.frame()
    assert frame is not None and frame.joint("near_hip") > 20  # the knee came forward: the hip bent


def test_frames_are_added_ordered_and_removed_and_share_one_camera(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    from exercises_app.gui.pose_editor import PoseEditor

    context = make_context("en")
    editor = PoseEditor(context.library_load.library, context.pose_library(), "en")
    qtbot.addWidget(editor)
    editor.load(())
    assert len(editor.save()) == 1 and editor.save()[0].pose is not None  # a standing figure to start
    editor.source_exercise.setCurrentIndex(editor.source_exercise.findData("cat-cow"))
    editor.source_frame.setCurrentIndex(1)
    editor.use_source_frame()
    cat = editor.save()[0].pose
    assert cat is not None and cat.mat and cat.trunk != 90
    editor.add_frame()
    editor.caption_en.setText("Second")
    editor.caption_en.textEdited.emit("Second")
    assert [f.caption.en for f in editor.save()] == ["Start", "Second"]
    editor.move_frame(-1)
    assert [f.caption.en for f in editor.save()] == ["Second", "Start"]
    editor.yaw_spin.setValue(30)
    editor.elevation_spin.setValue(20)
    assert {f.pose.view for f in editor.save() if f.pose} == {(30.0, 20.0, 0.0, 0.0)}
    editor.head_turn_spin.setValue(45)
    assert dict(editor.save()[editor.current_row()].pose.turns) == {"head": 45}  # type: ignore[union-attr]
    editor.trunk_spin.setValue(120)
    assert editor.save()[editor.current_row()].pose.trunk == 120  # type: ignore[union-attr]
    editor.remove_frame()
    assert len(editor.save()) == 1
    editor.remove_button.click()  # the last frame stays
    assert len(editor.save()) == 1
    editor.set_timing(None, 5)
    editor.update_preview_now()
    assert editor.preview.has_illustration()


def test_a_large_photo_is_made_smaller_to_fit(qtbot: QtBot, make_context: Callable[..., AppContext],
                                              tmp_path: Path) -> None:
    import random

    from PySide6.QtGui import QColor, QImage

    from exercises_app.core import limits
    from exercises_app.gui.pose_editor import PoseEditor

    context = make_context("en")
    editor = PoseEditor(context.library_load.library, context.pose_library(), "en")
    qtbot.addWidget(editor)
    editor.load(())
    photo = QImage(2400, 1600, QImage.Format.Format_RGB32)
    noise = random.Random(4)
    for y in range(0, 1600, 4):  # a noisy picture that PNG cannot make small
        for x in range(0, 2400, 4):
            photo.setPixelColor(x, y, QColor(noise.randrange(256), noise.randrange(256), noise.randrange(256)))
    path = tmp_path / "photo.png"
    assert photo.save(str(path), "PNG") and path.stat().st_size > limits.MAX_PICTURE_BYTES
    assert editor.import_picture(path) is None
    picture = editor.save()[0].image
    assert picture is not None and picture.kind == "jpeg" and len(picture.data) <= limits.MAX_PICTURE_BYTES
    assert max(QImage.fromData(picture.data).width(), QImage.fromData(picture.data).height()) == 1200
