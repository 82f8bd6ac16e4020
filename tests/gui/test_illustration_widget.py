"""IllustrationWidget: animation from an injected clock, play/pause, phases and the placeholder."""
from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from exercises_app.art.motion import MOVE_S
from exercises_app.art.poses import PoseLibrary, default_poses_path
from exercises_app.gui.widgets.illustration import IllustrationWidget


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return PoseLibrary.from_file(default_poses_path())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def widget(qtbot, clock: FakeClock, library: PoseLibrary) -> IllustrationWidget:
    shown = IllustrationWidget(clock=clock, library=library, show_play_button=False)  # compare the drawing only
    qtbot.addWidget(shown)
    shown.resize(400, 250)
    return shown


def image_at(widget: IllustrationWidget, clock: FakeClock, seconds: float) -> QImage:
    """What the widget shows ``seconds`` after the motion was set."""
    clock.now = 100.0 + seconds
    widget.tick()
    return widget.grab().toImage()


def test_moving_exercise_changes_between_two_times(widget: IllustrationWidget, clock: FakeClock) -> None:
    widget.set_motion("cat-cow", tempo_s=4.0, hold_s=None)
    first = image_at(widget, clock, 0.0)
    assert image_at(widget, clock, 1.0) != first
    assert image_at(widget, clock, 4.0) == first  # one full cycle later


def test_hold_stays_still_then_returns(widget: IllustrationWidget, clock: FakeClock) -> None:
    widget.set_motion("glute-bridge", tempo_s=None, hold_s=10.0)
    start = image_at(widget, clock, 0.0)
    early_hold = image_at(widget, clock, MOVE_S + 0.5)
    late_hold = image_at(widget, clock, MOVE_S + 9.0)
    assert early_hold == late_hold
    assert early_hold != start
    assert image_at(widget, clock, 2 * MOVE_S + 10.0 + 0.2) == start  # back down and pausing


def test_missing_exercise_draws_placeholder_and_logs_once(widget: IllustrationWidget, clock: FakeClock,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    blank = widget.grab().toImage()
    with caplog.at_level(logging.WARNING, logger="exercises_app.gui.widgets.illustration"):
        widget.set_motion("no-such-exercise", tempo_s=4.0, hold_s=None)
        placeholder = image_at(widget, clock, 1.0)
        image_at(widget, clock, 2.0)
    assert not widget.has_illustration()
    assert placeholder != blank
    assert len(caplog.records) == 1
    assert "no-such-exercise" in caplog.records[0].getMessage()


def test_unreadable_pose_data_shows_placeholder_without_raising(qtbot, clock: FakeClock) -> None:
    broken = PoseLibrary({"cat-cow": {"frames": "not a list"}})
    shown = IllustrationWidget(clock=clock, library=broken)
    qtbot.addWidget(shown)
    shown.resize(300, 200)
    shown.set_motion("cat-cow", 4.0, None)
    shown.tick()
    assert not shown.has_illustration()
    assert not shown.grab().isNull()


def test_pause_freezes_the_picture_and_play_resumes(widget: IllustrationWidget, clock: FakeClock, qtbot) -> None:
    widget.set_motion("cat-cow", tempo_s=4.0, hold_s=None)
    paused_at = image_at(widget, clock, 0.5)
    with qtbot.waitSignal(widget.playingChanged, timeout=1000) as signal:
        widget.set_playing(False)
    assert signal.args == [False]
    assert not widget.is_playing()
    assert image_at(widget, clock, 3.0) == paused_at
    with qtbot.waitSignal(widget.playingChanged, timeout=1000) as signal:
        widget.set_playing(True)
    assert signal.args == [True]
    assert widget.is_playing()
    assert widget.grab().toImage() == paused_at  # resumes where it stopped
    assert image_at(widget, clock, 3.6) != paused_at


def test_space_key_and_button_toggle_playing(qtbot, clock: FakeClock, library: PoseLibrary) -> None:
    widget = IllustrationWidget(clock=clock, library=library)
    qtbot.addWidget(widget)
    widget.set_motion("bird-dog", tempo_s=None, hold_s=5.0)
    widget.show()
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert not widget.is_playing()
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert widget.is_playing()
    button = widget._play_button
    assert button.isVisible()
    assert button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not widget.is_playing()


def test_set_phase_stops_animation_and_shows_that_phase(widget: IllustrationWidget, clock: FakeClock) -> None:
    widget.set_motion("hamstring-stretch", tempo_s=None, hold_s=30.0)
    widget.set_phase(0.0)
    assert not widget.is_playing()
    start = widget.grab().toImage()
    widget.set_phase(1.0)
    end = widget.grab().toImage()
    widget.set_phase(0.5)
    middle = widget.grab().toImage()
    assert len({start.cacheKey(), end.cacheKey(), middle.cacheKey()}) == 3
    assert start != end and middle not in (start, end)
    assert image_at(widget, clock, 5.0) == middle  # the clock no longer moves it


def test_clear_shows_nothing(widget: IllustrationWidget, clock: FakeClock) -> None:
    blank = widget.grab().toImage()
    widget.set_motion("cobra", 3.0, None)
    assert widget.grab().toImage() != blank
    widget.clear()
    assert widget.grab().toImage() == blank
    assert widget.exercise_id() is None


def test_follows_a_dark_palette(widget: IllustrationWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#FFFFFF"))
    widget.setPalette(palette)
    widget.set_motion("chin-tuck", None, 5.0)
    image = widget.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#101010")


def test_accessible_name_and_size(widget: IllustrationWidget) -> None:
    assert widget.accessibleName() == "Exercise illustration"
    assert widget.heightForWidth(800) == 500
    widget.resize(1000, 300)
    widget.set_motion("doorway-pec-stretch", None, 30.0)
    assert not widget.grab().isNull()
