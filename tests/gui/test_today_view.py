"""The Today view: the day's checklist against the real adherence store in the test's data folder."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import recording
from monday import MakeContext, on_monday
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from theme_checks import app_theme, assert_labels_readable, image_rect, painted_colours

from exercises_app.core.clock import FakeClock
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.gui.context import AppContext
from exercises_app.gui.formatting import session_name
from exercises_app.gui.red_flag_dialog import RedFlagDialog
from exercises_app.gui.today_view import TodayView


@pytest.fixture
def make_context(make_context: MakeContext) -> MakeContext:
    """The shared fixture, on Monday 5 January 2026 in any time zone."""
    return on_monday(make_context)


def open_view(qtbot: QtBot, context: AppContext, size: tuple[int, int] = (1110, 780)) -> TodayView:
    view = TodayView(context)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def clock_of(context: AppContext) -> FakeClock:
    assert isinstance(context.clock, FakeClock)
    return context.clock


def first_exercise(context: AppContext, slot: int = 1):
    assert context.prescription is not None
    return context.prescription.exercises_for_session(slot)[0]


def tick_state(view: TodayView, slot: int, exercise_id: str) -> Qt.CheckState:
    return view.columns[slot].ticks[exercise_id].checkState()


def test_columns_follow_the_prescription(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    prescription = context.prescription
    assert prescription is not None and context.library_load.library is not None
    assert list(view.columns) == list(range(1, prescription.sessions_per_day + 1))
    for slot, column in view.columns.items():
        assert list(column.ticks) == [e.exercise_id for e in prescription.exercises_for_session(slot)]
        assert column.heading.text() == session_name(slot, prescription.sessions_per_day)
        assert column.status.text() == f"0 of {len(column.ticks)} done"
    assert view.date_label.text() == "Monday, January 5, 2026"
    cat_cow = context.library_load.library.get("cat-cow")
    box = view.columns[1].ticks["cat-cow"]
    assert cat_cow is not None and cat_cow.name.en in box.accessibleName()


def test_tick_and_untick_are_in_the_store_at_once(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    exercise = first_exercise(context)
    changes = []
    view.checklistChanged.connect(lambda: changes.append(True))
    box = view.columns[1].ticks[exercise.exercise_id]

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert context.record is not None
    tick = context.record.day(context.today()).session(1).tick(exercise.exercise_id)
    assert tick is not None and tick.status == "done" and tick.sets_done == tick.sets_prescribed == exercise.sets
    assert tick_state(view, 1, exercise.exercise_id) == Qt.CheckState.Checked
    assert view.columns[1].status.text().startswith("1 of ")
    assert changes == [True]

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert context.record.day(context.today()).session(1).tick(exercise.exercise_id) is None
    assert tick_state(view, 1, exercise.exercise_id) == Qt.CheckState.Unchecked
    assert view.columns[1].status.text().startswith("0 of ")


def test_keyboard_alone_ticks_an_exercise(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    exercise = first_exercise(context)
    view.activateWindow()
    qtbot.waitActive(view)
    start = view.columns[1].start_button
    start.setFocus()
    assert view.focusWidget() is start
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    box = view.columns[1].ticks[exercise.exercise_id]
    assert view.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert context.record is not None
    assert context.record.day(context.today()).session(1).tick(exercise.exercise_id) is not None


def test_a_tick_survives_closing_and_reopening(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    exercise = first_exercise(context)
    qtbot.mouseClick(view.columns[1].ticks[exercise.exercise_id], Qt.MouseButton.LeftButton)
    view.close()
    context.close()

    reopened = make_context()
    again = open_view(qtbot, reopened)
    assert tick_state(again, 1, exercise.exercise_id) == Qt.CheckState.Checked
    reopened.close()


def test_a_session_finished_elsewhere_shows_after_refresh(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    assert context.record is not None and context.prescription is not None
    slot = 2
    recording.finish(context, context.today(), slot)
    view.refresh()
    column = view.columns[slot]
    assert all(box.checkState() == Qt.CheckState.Checked for box in column.ticks.values())
    assert column.status.text() == "✓ All done"
    assert view.columns[1].start_button.property("primary") is True  # the next session still to do


def test_a_part_done_exercise_shows_as_partly_ticked_and_a_click_completes_it(
    qtbot: QtBot, make_context: MakeContext
) -> None:
    context = make_context()
    assert context.record is not None and context.prescription is not None
    exercise = next(e for e in context.prescription.exercises if e.sets >= 1)
    recording.result(context, context.today(), 1, exercise.exercise_id, "skipped")
    view = open_view(qtbot, context)
    assert tick_state(view, 1, exercise.exercise_id) == Qt.CheckState.Unchecked
    assert "skipped" in view.columns[1].ticks[exercise.exercise_id].toolTip()
    qtbot.mouseClick(view.columns[1].ticks[exercise.exercise_id], Qt.MouseButton.LeftButton)
    assert context.record.day(context.today()).session(1).tick(exercise.exercise_id).status == "done"


def test_start_buttons_ask_for_their_session(qtbot: QtBot, make_context: MakeContext) -> None:
    view = open_view(qtbot, make_context())
    with qtbot.waitSignal(view.startSessionRequested) as blocker:
        qtbot.mouseClick(view.columns[2].start_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]


def test_the_day_rolls_over_at_midnight(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    exercise = first_exercise(context)
    qtbot.mouseClick(view.columns[1].ticks[exercise.exercise_id], Qt.MouseButton.LeftButton)
    first_day = context.today()
    assert view.check_day() is False

    clock = clock_of(context)
    now = clock.now().astimezone()
    midnight = dt.datetime.combine(first_day + dt.timedelta(days=1), dt.time(0, 0, 5), tzinfo=now.tzinfo)
    clock.advance((midnight - now).total_seconds())
    with qtbot.waitSignal(view.dayChanged):
        assert view.check_day() is True
    assert view.day == first_day + dt.timedelta(days=1) == context.today()
    assert view.date_label.text() == "Tuesday, January 6, 2026"
    assert tick_state(view, 1, exercise.exercise_id) == Qt.CheckState.Unchecked
    qtbot.mouseClick(view.columns[1].ticks[exercise.exercise_id], Qt.MouseButton.LeftButton)
    assert context.record is not None
    assert context.record.day(view.day).session(1).tick(exercise.exercise_id) is not None
    assert context.record.day(first_day).session(1).tick(exercise.exercise_id) is not None


def test_a_note_typed_before_midnight_is_kept_on_its_day(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    first_day = context.today()
    view.columns[1].note.setText("Tight hamstrings")  # typed, focus still in the field
    clock_of(context).advance(24 * 3600)
    assert view.check_day()
    assert context.record is not None
    assert context.record.day(first_day).session(1).report.note == "Tight hamstrings"
    assert view.columns[1].note.text() == ""


def test_pain_and_note_are_saved_once_per_action(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    assert context.record is not None
    column = view.columns[1]
    column.pain.setCurrentIndex(column.pain.findData(4))
    column.pain.activated.emit(column.pain.currentIndex())
    report = context.record.day(context.today()).session(1).report
    assert report is not None and report.pain == 4 and report.note == ""
    saved_at = report.at

    clock_of(context).advance(5)
    column.note.setFocus()
    qtbot.keyClicks(column.note, "Stiff this morning")
    assert context.record.day(context.today()).session(1).report.at == saved_at  # nothing written per keystroke
    qtbot.keyClick(column.note, Qt.Key.Key_Return)
    report = context.record.day(context.today()).session(1).report
    assert report.pain == 4 and report.note == "Stiff this morning"

    column.pain.setCurrentIndex(0)
    column.pain.activated.emit(0)
    report = context.record.day(context.today()).session(1).report
    assert report.pain is None and report.note == "Stiff this morning"

    view.close()
    context.close()
    again = open_view(qtbot, make_context())
    assert again.columns[1].note.text() == "Stiff this morning"
    assert again.columns[1].pain.currentData() is None


def test_pain_chosen_with_the_keyboard(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    view = open_view(qtbot, context)
    combo = view.columns[1].pain
    combo.setFocus()
    for _ in range(4):  # Not rated -> 0 -> 1 -> 2 -> 3
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == 3
    assert context.record is not None
    assert context.record.day(context.today()).session(1).report.pain == 3


def test_a_red_flag_is_stored_and_the_advice_shown(
    qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context()
    library = context.library_load.library
    assert library is not None and context.record is not None
    sign = library.safety.emergency[0].en

    def fake_exec(dialog: RedFlagDialog) -> int:
        assert dialog.set_checked(sign)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RedFlagDialog, "exec", fake_exec)
    view = open_view(qtbot, context)
    column = view.columns[1]
    column.pain.setCurrentIndex(column.pain.findData(6))
    column.pain.activated.emit(column.pain.currentIndex())
    with qtbot.waitSignal(view.redFlagReported) as blocker:
        qtbot.mouseClick(view.red_flag_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["emergency"]
    report = context.record.day(context.today()).session(1).report
    assert report.has_red_flag and report.red_flags[0].words == (sign,)
    assert report.red_flags[0].sign_ids == (library.safety.emergency[0].id,)
    assert report.red_flags[0].level == "emergency"
    assert report.pain == 6  # the rest of the report is kept
    assert view.advice_banner.isVisible() and "911" in view.advice_banner.text()

    view.close()
    again = open_view(qtbot, context)  # the advice stays for the day
    assert again.advice_banner.isVisible() and "911" in again.advice_banner.text()


def test_an_urgent_sign_advises_care_the_same_day(
    qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context()
    library = context.library_load.library
    assert library is not None and context.record is not None
    sign = library.safety.urgent[0].en
    monkeypatch.setattr(RedFlagDialog, "exec",
                        lambda dialog: (dialog.set_checked(sign), QDialog.DialogCode.Accepted)[1])
    view = open_view(qtbot, context)
    qtbot.mouseClick(view.red_flag_button, Qt.MouseButton.LeftButton)
    assert "today" in view.advice_banner.text() and "911" not in view.advice_banner.text()
    assert context.record.day(context.today()).session(1).report.red_flags[0].words == (sign,)


def test_cancelling_the_red_flag_dialog_stores_nothing(
    qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context()
    monkeypatch.setattr(RedFlagDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    view = open_view(qtbot, context)
    qtbot.mouseClick(view.red_flag_button, Qt.MouseButton.LeftButton)
    assert context.record is not None
    assert context.record.day(context.today()).session(1).report is None
    assert not view.advice_banner.isVisible()


def test_without_a_store_it_says_nothing_is_saved_and_keeps_working(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    assert context.record is not None
    context.record.store.close()
    context.record, context.store_notice = None, "The adherence record could not be opened (test)."
    view = open_view(qtbot, context)
    assert view.store_box.isVisible()
    assert "Nothing is being saved" in view.store_banner.text()
    assert "(test)" in view.store_banner.text()
    exercise = first_exercise(context)
    qtbot.mouseClick(view.columns[1].ticks[exercise.exercise_id], Qt.MouseButton.LeftButton)
    assert tick_state(view, 1, exercise.exercise_id) == Qt.CheckState.Checked
    assert view.columns[1].status.text().startswith("1 of ")


def test_a_damaged_record_is_told_at_every_start_until_the_patient_acknowledges_it(
        qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    record_file = context.paths.adherence_file
    context.close()
    record_file.write_bytes(b"not a database " * 20)
    for _ in range(2):  # told again at the next start
        context = make_context("fr")
        view = open_view(qtbot, context)
        assert view.store_box.isVisible() and ".damaged-" in view.store_banner.text()
        assert "n’a pas pu être utilisé" in view.store_banner.text()
        view.close()
        context.close()
    context = make_context()
    view = open_view(qtbot, context)
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert not view.store_box.isVisible()
    context.close()
    assert not open_view(qtbot, make_context()).store_box.isVisible()  # acknowledged: not shown again
    assert len(list(record_file.parent.glob("adherence.sqlite3.damaged-*"))) == 1  # moved aside once, kept


def test_french_shows_content_and_date_in_french(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context("fr")
    view = open_view(qtbot, context)
    library = context.library_load.library
    assert library is not None
    assert view.date_label.text() == "Lundi 5 janvier 2026"
    cat_cow = library.get("cat-cow")
    assert cat_cow is not None and cat_cow.name.fr in view.columns[1].ticks["cat-cow"].accessibleName()
    texts = " ".join(label.text() for label in view.grid_host.findChildren(QLabel))
    assert cat_cow.name.fr in texts and "répétitions" in texts


@pytest.mark.parametrize("size", [(1110, 780), (854, 620)])  # the view in 1280×800 and 1024×640 windows
def test_fits_the_width_of_small_windows(qtbot: QtBot, make_context: MakeContext, size: tuple[int, int]) -> None:
    view = open_view(qtbot, make_context(), size)
    image = view.grab()
    assert image.width() == size[0]
    QApplication.processEvents()  # let the layout settle after the resize (no waiting)
    assert view.scroll_area.widget().minimumSizeHint().width() <= view.scroll_area.viewport().width()
    assert not view.scroll_area.horizontalScrollBar().isVisible()


def test_without_a_store_a_red_flag_still_gives_the_advice(
    qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context()
    library = context.library_load.library
    assert library is not None and context.record is not None
    context.record.store.close()
    context.record = None
    sign = library.safety.urgent[0].en
    monkeypatch.setattr(RedFlagDialog, "exec",
                        lambda dialog: (dialog.set_checked(sign), QDialog.DialogCode.Accepted)[1])
    view = open_view(qtbot, context)
    qtbot.mouseClick(view.red_flag_button, Qt.MouseButton.LeftButton)
    view.refresh()
    assert view.advice_banner.isVisible() and "today" in view.advice_banner.text()


def test_a_new_programme_rebuilds_the_checklist_with_its_own_dose(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    library = context.library_load.library
    assert library is not None and context.record is not None
    view = open_view(qtbot, context)
    assert len(view.columns) == 3
    chin_tuck = library.get("chin-tuck")
    assert chin_tuck is not None
    prescribed = replace(chin_tuck.dose, sets=2, reps=12, hold_s=7, times_per_day=1)
    context.use_prescription(Prescription("neck", 1, "Neck", 1, 7, (PrescribedExercise.of("chin-tuck", chin_tuck.name,
                                                                                           prescribed),)))
    view.refresh()
    assert list(view.columns) == [1] and view.columns[1].heading.text() == "Today's session"
    texts = " ".join(label.text() for label in view.grid_host.findChildren(QLabel))
    # the dose prescribed, not the library's (2 × 10, hold 5 s)
    assert chin_tuck.name.en in texts and "2 sets × 12 reps" in texts
    assert "hold 7\xa0s" in texts and "once a day" in texts
    qtbot.mouseClick(view.columns[1].ticks["chin-tuck"], Qt.MouseButton.LeftButton)
    tick = context.record.day(context.today()).session(1).tick("chin-tuck")
    assert tick is not None and tick.sets_done == tick.sets_prescribed == 2


# -- themes: what is painted must stay readable in the dark and high-contrast themes ------------------



@pytest.mark.parametrize("live", [False, True], ids=["opened-in-theme", "theme-changed-while-open"])
@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_the_checklist_is_readable_in_dark_themes(
    qtbot: QtBot, make_context: MakeContext, theme: str, live: bool
) -> None:
    context = make_context()
    context.store_notice = "The record could not be opened (test)."
    opened = open_view(qtbot, context) if live else None  # built in the light theme, then the theme changes
    with app_theme(theme):
        view = opened or open_view(qtbot, context)
        qtbot.mouseClick(view.columns[1].ticks[first_exercise(context).exercise_id], Qt.MouseButton.LeftButton)
        names = [label for label in view.grid_host.findChildren(QLabel) if "font-weight:600" in label.text()]
        main = [view.date_label, view.subtitle, view.store_banner]
        main += [label for column in view.columns.values() for label in (column.heading, column.status)]
        assert_labels_readable(view, main, len(main))
        assert_labels_readable(view, names, 3)  # exercise names and doses, on plain and striped rows
        assert_labels_readable(view, view.content.findChildren(QLabel), 20)

        # the view follows the theme (it does not merely stay light and readable)
        image = view.grab().toImage()
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        assert painted_colours(image, image_rect(image, view, view.date_label))[0] == base
        # the Start buttons and the tick boxes: their text and marks stand out from their own fill
        for column in view.columns.values():
            background, ink = painted_colours(image,
                                              image_rect(image, view, column.start_button).adjusted(4, 4, -4, -4))
            assert ink >= 4.5, f"Start button of {column.title}: {ink:.2f}:1 on {background.name()}"
        box = view.columns[1].ticks[first_exercise(context).exercise_id]
        assert box.isChecked()
        _, mark = painted_colours(image, image_rect(image, view, box))
        assert mark >= 3.0


def test_the_red_flag_dialog_is_readable_in_the_dark_theme(qtbot: QtBot, make_context: MakeContext) -> None:
    context = make_context()
    library = context.library_load.library
    assert library is not None
    with app_theme("dark"):
        dialog = RedFlagDialog(library.safety, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = [label for label in dialog.findChildren(QLabel) if label.text()]
        assert_labels_readable(dialog, labels, len(library.safety.emergency) + len(library.safety.urgent) + 3)


@pytest.mark.parametrize(("lang", "shown"), [("en", "Monday, November 30, 2026"), ("fr", "lundi 30 novembre 2026")])
def test_the_last_day_off_is_shown_as_a_date_in_words(qtbot: QtBot, lang: str, shown: str) -> None:
    """Not the system's short numbers ('30 11 2026'): the patient reads the date in their language."""
    from exercises_app.gui.excuse_dialog import ExcuseDialog

    dialog = ExcuseDialog(dt.date(2026, 11, 30), lang)
    qtbot.addWidget(dialog)
    assert dialog.until.text() == shown
    dialog.until.setDate(dialog.until.date().addDays(3))
    assert dialog.value() == ("ill", dt.date(2026, 12, 3))


def test_a_day_off_is_marked_shown_and_can_be_counted_again(qtbot: QtBot, make_context: MakeContext,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from exercises_app.gui.excuse_dialog import ExcuseDialog

    context = make_context()
    view = open_view(qtbot, context)

    def fake_exec(dialog: ExcuseDialog) -> int:
        dialog.reasons.buttons()[0].setChecked(True)  # ill
        dialog.until.setDate(dialog.until.date().addDays(2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExcuseDialog, "exec", fake_exec)
    qtbot.mouseClick(view.day_off_button, Qt.MouseButton.LeftButton)
    today = context.today()
    days = context.record.records(today, today + dt.timedelta(days=3))
    assert [d.excused for d in days] == ["ill", "ill", "ill", None]
    assert view.day_off_box.isVisible() and "does not count against you" in view.day_off_label.text()
    qtbot.mouseClick(view.count_again_button, Qt.MouseButton.LeftButton)
    assert context.record.day(today).excused is None and not view.day_off_box.isVisible()
    assert context.record.day(today + dt.timedelta(days=1)).excused == "ill"  # only today counts again


def test_the_check_in_asks_then_keeps_the_answers_and_comes_back_in_two_weeks(
        qtbot: QtBot, make_context: MakeContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from exercises_app.gui.psfs_dialog import PsfsDialog

    context = make_context()
    view = open_view(qtbot, context)
    assert view.check_in_box.isVisible()
    qtbot.mouseClick(view.not_now_button, Qt.MouseButton.LeftButton)
    assert not view.check_in_box.isVisible()  # not again today

    def fake_exec(dialog: PsfsDialog) -> int:
        dialog.rows[0][0].setText("Sitting at my desk")
        dialog.rows[0][1].setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PsfsDialog, "exec", fake_exec)
    context.clock.advance(86_400)
    view.check_day()
    assert view.check_in_box.isVisible()
    qtbot.mouseClick(view.check_in_button, Qt.MouseButton.LeftButton)
    assert [a.items for a in context.record.psfs_answers()] == [(("Sitting at my desk", 3),)]
    assert not view.check_in_box.isVisible()
