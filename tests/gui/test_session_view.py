"""The guided session screen, driven by a fake clock: what the patient sees, hears and keeps."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from exercises_app.audio import CuePlayer
from exercises_app.core.session import SessionState, StepKind
from exercises_app.gui.context import AppContext
from exercises_app.gui.session_view import SessionView


class RecordingLauncher:
    """Stands in for the sound player process: remembers which cue files were played."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def __call__(self, command) -> None:
        self.played.append(command[-1].rsplit("/", 1)[-1])


@pytest.fixture
def launcher() -> RecordingLauncher:
    return RecordingLauncher()


@pytest.fixture
def session(qtbot: QtBot, make_context: Callable[..., AppContext], launcher: RecordingLauncher) -> SessionView:
    context = make_context()
    cues = CuePlayer(context.paths.assets_dir / "sounds", launcher=launcher, which=lambda name: f"/usr/bin/{name}")
    view = SessionView(context, cues)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    return view


def run_until(view: SessionView, condition: Callable[[], bool], step_s: float = 0.25, limit: int = 20000) -> None:
    for _ in range(limit):
        if condition():
            return
        view.context.clock.advance(step_s)
        view.tick()
    raise AssertionError("condition never met")


def test_ready_page_lists_the_sessions_exercises(session: SessionView) -> None:
    assert session.pages.currentIndex() == 0
    assert "Cat–cow" in session.ready_list.text()
    assert session.start_button.isEnabled()


def test_a_whole_session_records_every_exercise_and_the_pain(session: SessionView, launcher: RecordingLauncher) -> None:
    context = session.context
    session.start()
    assert session.pages.currentIndex() == 1
    assert session.instruction.text() == "Get ready"
    assert int(session.countdown.text()) == 5
    run_until(session, lambda: session.engine.state is SessionState.FINISHED)
    assert session.pages.currentIndex() == 2
    day = context.record.day(context.today())
    ticks = day.session(1).ticks
    expected = [item.exercise_id for item in context.session_items(1)]
    assert sorted(t.exercise_id for t in ticks) == sorted(expected)
    assert all(tick.status == "done" for tick in ticks)
    assert day.session(1).is_done
    assert {"move.wav", "relax.wav", "countdown.wav", "done.wav"} <= set(launcher.played)

    session.pain_scale.group.button(3).click()
    session.note.setText("Felt easier today")
    session.save_button.click()
    report = context.record.day(context.today()).session(1).report
    assert report.pain == 3 and report.note == "Felt easier today"
    assert session.pages.currentIndex() == 0


def test_keyboard_pause_skip_back_and_countdown_freeze(session: SessionView, qtbot: QtBot) -> None:
    session.start()
    run_until(session, lambda: session.engine.current_step.kind is StepKind.MOVE)
    qtbot.keyClick(session, Qt.Key.Key_Space)
    assert session.engine.state is SessionState.PAUSED
    assert session.instruction.text() == "Paused"
    frozen = session.countdown.text()
    session.context.clock.advance(30)
    session.tick()
    assert session.countdown.text() == frozen
    qtbot.keyClick(session, Qt.Key.Key_Space)
    assert session.engine.state is SessionState.RUNNING

    first = session.engine.current_item().exercise_id
    qtbot.keyClick(session, Qt.Key.Key_Right)
    assert session.engine.current_item().exercise_id != first
    qtbot.keyClick(session, Qt.Key.Key_Left)
    assert session.engine.current_item().exercise_id == first
    record = session.context.record.day(session.context.today()).session(1)
    assert record.tick(first).status == "skipped"  # the skip was recorded as it happened


def test_escape_asks_before_ending_and_keeps_what_was_done(session: SessionView, qtbot: QtBot, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    session.start()
    run_until(session, lambda: session.engine.current_item().exercise_id != "cat-cow")
    qtbot.keyClick(session, Qt.Key.Key_Escape)
    assert session.engine.state is SessionState.RUNNING  # "No" resumes
    qtbot.keyClick(session, Qt.Key.Key_Escape)
    assert session.engine.state is SessionState.ENDED_EARLY
    assert session.pages.currentIndex() == 2
    record = session.context.record.day(session.context.today()).session(1)
    assert record.tick("cat-cow").status == "done"
    assert record.tick("lumbar-extension").status == "not_reached"  # ending early is not skipping
    assert record.report is not None and record.report.endings == ("ended_early",)
    assert "Not reached: " in session.summary_text.text() and "Skipped: 0" in session.summary_text.text()


def test_mute_is_remembered_and_silences_cues(session: SessionView, launcher: RecordingLauncher,
                                              make_context: Callable[..., AppContext], qtbot: QtBot) -> None:
    session.mute_button.click()
    assert session.cues.muted
    session.start()
    run_until(session, lambda: session.engine.current_step.kind is StepKind.MOVE)
    assert launcher.played == []
    assert session.flashing  # the visual cue still fires
    again = SessionView(make_context(), CuePlayer(session.context.paths.assets_dir / "sounds", launcher=launcher))
    qtbot.addWidget(again)
    assert again.mute_button.isChecked()


def test_stop_if_shows_the_current_exercises_stop_rules(session: SessionView, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    session.start()
    session.show_stop_if()
    exercise = session.context.library_load.library.get("cat-cow")
    assert exercise.stop_if[0].en.split()[0] in shown[0]
    assert "For every exercise" in shown[0]


def test_the_session_waits_while_the_patient_reads_a_safety_window(session: SessionView, monkeypatch) -> None:
    """'Stop if…' and 'Warning signs' pause the timer: no rep is counted while the patient reads."""
    session.start()
    run_until(session, lambda: session.engine.current_step.kind is StepKind.MOVE)
    before = (session.engine.current_step, session.countdown.text())
    states: list[SessionState] = []

    def read_for_8_seconds(*_args: object) -> int:
        states.append(session.engine.state)
        for _ in range(32):
            session.context.clock.advance(0.25)
            session.tick()  # the view's timer keeps firing behind the window
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read_for_8_seconds)
    session.show_stop_if()
    session.safetyRequested.connect(read_for_8_seconds)  # the main window shows the warning signs
    session.red_flags_button.click()
    assert states == [SessionState.PAUSED, SessionState.PAUSED]
    assert session.engine.state is SessionState.RUNNING
    assert (session.engine.current_step, session.countdown.text()) == before


def test_a_paused_session_stays_paused_after_a_safety_window(session: SessionView, monkeypatch) -> None:
    session.start()
    session.toggle_pause()
    monkeypatch.setattr(QMessageBox, "exec", lambda *_args: 0)
    session.show_stop_if()
    assert session.engine.state is SessionState.PAUSED


@pytest.mark.parametrize("level", ["urgent", "emergency"])
def test_on_a_day_with_a_warning_sign_a_session_asks_first_and_does_not_start_by_default(
        session: SessionView, monkeypatch, level: str) -> None:
    context = session.context
    library = context.library_load.library
    sign = (library.safety.urgent if level == "urgent" else library.safety.emergency)[0]
    context.record.report_red_flag(context.today(), [sign], "en")
    asked: list[tuple[str, str, str]] = []

    def close_it(box: QMessageBox) -> int:  # Escape, or the window closed
        asked.append((box.text(), box.defaultButton().text(), box.escapeButton().text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", close_it)
    session.start()
    assert session.engine is None and session.pages.currentIndex() == 0  # not started
    text, default, escape = asked[0]
    assert default == escape == "Do not start"
    assert ("911" in text) == (level == "emergency") and "warning sign today" in text
    monkeypatch.setattr(SessionView, "ask_start_despite_warning_sign", lambda self, lvl: lvl == level)
    session.start()
    assert session.engine is not None and session.engine.state is SessionState.RUNNING


def test_a_warning_sign_reported_in_this_sitting_asks_first_even_when_it_could_not_be_saved(
        session: SessionView, monkeypatch) -> None:
    session.context.note_warning_sign(session.context.today(), "urgent")  # as Today does when the save fails
    asked: list[str] = []
    monkeypatch.setattr(SessionView, "ask_start_despite_warning_sign", lambda self, lvl: asked.append(lvl) or False)
    session.start()
    assert asked == ["urgent"] and session.engine is None


def test_a_warning_sign_of_yesterday_does_not_hold_up_todays_session(session: SessionView, monkeypatch) -> None:
    context = session.context
    yesterday = context.today() - dt.timedelta(days=1)
    context.record.report_red_flag(yesterday, [context.library_load.library.safety.urgent[0]], "en")
    monkeypatch.setattr(SessionView, "ask_start_despite_warning_sign", lambda self, lvl: pytest.fail("asked"))
    session.start()
    assert session.engine is not None


def test_countdown_is_the_largest_text_on_screen(session: SessionView) -> None:
    session.start()
    others = [session.exercise_name, session.instruction, session.detail, session.next_label]
    assert all(session.countdown.font().pointSizeF() > label.font().pointSizeF() for label in others)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_with_voice_on_the_session_is_spoken_in_the_interfaces_language_and_beeps_stop(
        qtbot: QtBot, make_context: Callable[..., AppContext], launcher: RecordingLauncher, lang: str) -> None:
    from dataclasses import replace

    from exercises_app.speech import Speaker

    context = make_context(lang)
    context.set_preferences(replace(context.preferences, voice=True))
    said: list[list[str]] = []
    speaker = Speaker(lang, launcher=lambda command: said.append(list(command)),
                      which=lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None, platform="linux")
    cues = CuePlayer(context.paths.assets_dir / "sounds", launcher=launcher, which=lambda name: f"/usr/bin/{name}")
    view = SessionView(context, cues, speaker=speaker)
    qtbot.addWidget(view)
    view.show()
    assert view.prepare(3)  # the evening: one exercise
    view.start()
    run_until(view, lambda: view.engine.state is SessionState.FINISHED)
    words = [command[-1] for command in said]
    assert all(command[:3] == ["espeak-ng", "-v", lang] for command in said)
    first = view._items[0].name.get(lang)
    assert words[0] == first and words[-1] == ("Bravo" if lang == "fr" else "Well done")
    hold, relax = ("Tenez", "Relâchez") if lang == "fr" else ("Hold", "Relax")
    assert words[1:4] == [hold, "1", relax]  # a 2 s hold: only its last second is counted
    assert launcher.played == []  # the voice replaces the beeps


def test_espeak_ng_says_a_cue_into_a_wav_file(tmp_path) -> None:
    import shutil
    import subprocess

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    out = tmp_path / "tenez.wav"
    done = subprocess.run(["espeak-ng", "-v", "fr", "-w", str(out), "--", "Tenez"], capture_output=True, timeout=30,
                          check=False)
    assert done.returncode == 0 and out.read_bytes()[:4] == b"RIFF" and out.stat().st_size > 4000


def test_the_spreading_symptom_wraps_and_a_click_on_its_words_ticks_it(session: SessionView, qtbot: QtBot) -> None:
    from exercises_app.gui.widgets.check_label import CheckLabel

    label = next(w for w in session.findChildren(CheckLabel) if w.box is session.spreading)
    assert label.wordWrap() and session.spreading.text() == ""
    assert session.spreading.accessibleName() == label.text()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert session.spreading.isChecked()



def test_a_second_go_guides_through_what_is_left_unless_asked_to_start_from_the_beginning(
        session: SessionView) -> None:
    context = session.context
    items = context.session_items(1)
    first, second = items[0].exercise_id, items[1].exercise_id
    assert not session.from_beginning_button.isVisibleTo(session)  # nothing done yet: one Start
    context.record.tick(context.today(), 1, first)
    context.record.tick(context.today(), 1, second)
    session.prepare(1)
    assert session.from_beginning_button.isVisibleTo(session)
    assert f"2 of {len(items)} are done already today" in session.ready_list.text()
    session.start()
    assert [i.exercise_id for i in session.engine.items] == [i.exercise_id for i in items[2:]]
    session.engine = None
    session.prepare(1)
    session.from_beginning_button.click()
    assert [i.exercise_id for i in session.engine.items] == [i.exercise_id for i in items]


def test_a_long_session_at_a_large_text_size_scrolls_and_keeps_start_in_view(
        qtbot: QtBot, make_context: Callable[..., AppContext], launcher: RecordingLauncher) -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea

    from exercises_app.gui.theme import apply_appearance

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, "light", 200)
    try:
        context = make_context("fr")
        view = SessionView(context, CuePlayer(context.paths.assets_dir / "sounds", launcher=launcher))
        qtbot.addWidget(view)
        view.resize(760, 480)
        view.show()
        QApplication.processEvents()
        start = view.start_button.mapTo(view, view.start_button.rect().bottomRight())
        assert start.y() <= view.height()  # Start is whole on screen
        label = view.ready_list
        needed = label.heightForWidth(label.width())
        shown = label.visibleRegion().boundingRect().height()
        area = label.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        # every exercise of the list can be seen: it fits, or it scrolls far enough (never cut off)
        assert needed <= shown or (area is not None and
                                   area.verticalScrollBar().maximum() >= needed - area.viewport().height() - 2)
    finally:
        apply_appearance(app, "light", 100)
