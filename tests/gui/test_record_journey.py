"""End to end as a patient, in the real window on a fake clock: a tick by hand, then a guided go at
the same session that ends early, a warning sign reported on Today, a second guided go saved with a
pain rating and a note. Everything from every go is kept, and Today, History, the CSV export and
the follow-up report agree."""
from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from test_patient_journey import open_app

from exercises_app.core.record.export import export_csv
from exercises_app.core.session import SessionState
from exercises_app.gui.context import AppContext
from exercises_app.gui.red_flag_dialog import RedFlagDialog
from exercises_app.gui.session_view import SessionView
from exercises_app.printing import build_report


def run_session(window, qtbot: QtBot, slot: int, seconds: float | None) -> None:
    """Start session ``slot`` from Today and run it on the fake clock (to the end, or ``seconds`` then End)."""
    window.show_view("today")
    window.today_view.columns[slot].start_button.click()
    session = window.session_view
    assert session.engine.state is SessionState.RUNNING
    elapsed = 0.0
    while session.engine.state is SessionState.RUNNING and (seconds is None or elapsed < seconds):
        window.context.clock.advance(0.5)
        elapsed += 0.5
        session.tick()
    if seconds is not None:
        qtbot.mouseClick(session.end_button, Qt.MouseButton.LeftButton)  # asks first: answered Yes
    assert session.pages.currentIndex() == 2


def test_two_goes_a_tick_and_a_warning_sign_are_all_kept_and_every_view_agrees(
        qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    context = make_context()
    library = context.library_load.library
    assert library is not None and context.record is not None
    window = open_app(qtbot, context)
    today = window.today_view
    day = context.today()
    first = next(iter(today.columns[1].ticks))

    # 1. A tick by hand, a pain of 3 and a note, on Today.
    qtbot.mouseClick(today.columns[1].ticks[first], Qt.MouseButton.LeftButton)
    today.columns[1].pain.setCurrentIndex(today.columns[1].pain.findData(3))
    today.columns[1].pain.activated.emit(today.columns[1].pain.currentIndex())
    today.columns[1].note.setText("Stiff this morning")
    today.columns[1].note.editingFinished.emit()

    # 2. A guided go at the same session, ended after a few seconds, saved without a rating.
    run_session(window, qtbot, 1, 12)
    window.session_view.save_button.click()

    # 3. A warning sign on Today: fever with back pain.
    fever = library.safety.sign("fever")
    assert fever is not None
    monkeypatch.setattr(RedFlagDialog, "exec",
                        lambda dialog: (dialog.set_checked(fever.en), QDialog.DialogCode.Accepted)[1])
    window.show_view("today")
    qtbot.mouseClick(today.red_flag_button, Qt.MouseButton.LeftButton)

    # 4. A second go, to the end, saved with a pain of 5 and a note: asked first because of the
    #    warning sign, the patient (seen by a doctor since) starts anyway.
    asked: list[str] = []
    monkeypatch.setattr(SessionView, "ask_start_despite_warning_sign", lambda _view, level: asked.append(level) or True)
    run_session(window, qtbot, 1, None)
    assert asked == ["urgent"]
    window.session_view.pain_scale.group.button(5).click()
    window.session_view.note.setText("Better after the second go")
    window.session_view.save_button.click()

    session = context.record.day(day).session(1)
    assert session.is_done and session.tick(first).status == "done"
    report = session.report
    assert report.pains == (3, 5) and report.pain == 5 and report.attempts == 2
    assert report.endings == ("ended_early", "finished")
    assert [n.text for n in report.notes] == ["Stiff this morning", "Better after the second go"]
    assert [f.sign_ids for f in report.red_flags] == [("fever",)]

    # Today: done, the latest pain, its own note and the other note, the advice for the warning sign.
    window.show_view("today")
    column = today.columns[1]
    assert all(box.isChecked() for box in column.ticks.values())
    assert column.pain.currentData() == 5 and column.note.text() == "Stiff this morning"
    assert "Better after the second go" in column.other_notes.text()
    assert today.advice_banner.isVisible() and "doctor today" in today.advice_banner.text()

    # History: the day counts one session done, shows every note, the pain and the warning sign.
    window.show_view("history")
    history = window.history_view
    qtbot.waitUntil(lambda: not history.is_loading(), timeout=5000)
    history.calendar.set_selected_date(day)
    history._on_date_selected(day)
    details = history.day_details.text()
    assert "pain 5/10" in details and "Stiff this morning" in details and "Better after the second go" in details
    assert "warning sign reported" in details
    assert history.warning_banner.isVisible() and "Fever" in history.warning_banner.text()

    # The CSV export and the report say the same.
    target = tmp_path / "record.csv"
    export_csv(context.record.store, target, day, day, day, "en", library.safety)
    rows = [r for r in csv.DictReader(target.open(encoding="utf-8-sig")) if r["session"] == "1"]
    assert rows and all(r["status"] == "done" and r["pain"] == "5" for r in rows)
    assert all(r["note"] == "Stiff this morning\nBetter after the second go" for r in rows)
    assert all(r["red_flag"] == fever.en for r in rows)
    data = build_report(context.record, day, day, day, programme=context.programme)
    assert data.sessions_done == 1 and [f.flag.sign_ids for f in data.red_flags] == [("fever",)]
    assert sorted(n.note for n in data.notes) == ["Better after the second go", "Stiff this morning"]
    assert data.recent_ratings[-1] == 5
