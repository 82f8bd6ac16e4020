"""End to end as a patient: first start, a programme file from the physiotherapist, a complete
guided session on a fake clock, the pain rating, the checklist and the history; then the app is
closed and reopened and everything is still there."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from windows import open_window, silent_cues

from exercises_app.core.session import SessionState
from exercises_app.gui.context import AppContext
from exercises_app.gui.main_window import MainWindow

TEMPLATE = Path(__file__).resolve().parents[2] / "data" / "programmes" / "neck-desk-posture.yaml"


def open_app(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = open_window(qtbot, context, silent_cues(context), (1280, 800))
    return window


def test_from_first_start_to_a_reopened_app(qtbot: QtBot, make_context: Callable[..., AppContext],
                                            tmp_path: Path) -> None:
    context = make_context()
    window = open_app(qtbot, context)
    assert window.current_view_key() == "today"  # first start: today's checklist
    assert context.programme.programme_id == "guide-seven"

    # The physiotherapist's file, opened as with `exercises-app --programme FILE`.
    handed_over = tmp_path / "from-my-physio.yaml"
    handed_over.write_bytes(TEMPLATE.read_bytes())
    assert window.open_programme(handed_over, activate=True)
    assert context.programme.programme_id == "neck-desk-posture"
    today_view = window.today_view
    assert set(today_view.columns[1].ticks) == {"chin-tuck", "scapular-squeeze", "seated-thoracic-extension",
                                                 "doorway-pec-stretch"}

    # A complete guided session for the morning, driven by the fake clock.
    window.show_view("today")
    today_view.columns[1].start_button.click()
    session = window.session_view
    assert window.current_view_key() == "session" and session.engine.state is SessionState.RUNNING
    for _ in range(20000):
        if session.engine.state is SessionState.FINISHED:
            break
        context.clock.advance(0.5)
        session.tick()
    assert session.pages.currentIndex() == 2  # the summary
    assert "Done: 4" in session.summary_text.text()
    session.pain_scale.group.button(3).click()
    session.note.setText("Neck easier after the stretches")
    session.save_button.click()
    assert window.current_view_key() == "today"

    # The checklist ticked itself; the history counts the session.
    assert all(box.isChecked() for box in today_view.columns[1].ticks.values())
    assert today_view.columns[1].pain.currentData() == 3
    assert context.record.day(context.today()).session(1).is_done
    window.show_view("history")
    history = window.history_view
    qtbot.waitUntil(lambda: not history.is_loading(), timeout=5000)
    assert history.calendar.day_text(context.today()).startswith("1/")

    # Close and reopen: everything is still there.
    window.close()
    context.close()
    reopened_context = make_context()
    reopened = open_app(qtbot, reopened_context)
    assert reopened_context.programme.programme_id == "neck-desk-posture"
    assert reopened.current_view_key() == "history"  # the last view is remembered
    reopened.show_view("today")
    columns = reopened.today_view.columns
    assert all(box.isChecked() for box in columns[1].ticks.values())
    assert columns[1].pain.currentData() == 3
    assert columns[1].note.text() == ""  # the box is for a note typed on Today; the session's note shows below it
    assert columns[1].other_notes.text() == "“Neck easier after the stretches”"
    record = reopened_context.record.day(reopened_context.today()).session(1)
    assert record.is_done and record.report.pain == 3
