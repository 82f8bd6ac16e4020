"""The record's rules, through the one service the app writes with (no QApplication).

Each test is a patient's story: what they did, in order, and what the day shows afterwards. The
journal itself is checked too: nothing recorded is ever replaced or removed.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.library import EMERGENCY, URGENT, Dose, RedFlagSign
from exercises_app.core.prescription import PrescribedExercise, Prescription, session_items
from exercises_app.core.record.days import checklist
from exercises_app.core.record.recorder import SessionRecorder
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session import SessionEngine
from exercises_app.core.session_results import ExerciseResult
from exercises_app.core.text import Text

MONDAY = dt.date(2026, 1, 5)
ZONE = dt.timezone(dt.timedelta(hours=-5))
MORNING = dt.datetime(2026, 1, 5, 8, 0, tzinfo=ZONE)
FEVER = RedFlagSign("fever", Text("Fever together with back pain.", "Fièvre accompagnée de mal de dos."),
                    ("low-back",), URGENT)
SADDLE = RedFlagSign("saddle-numbness", Text("Numbness around the genitals.", "Engourdissement du siège."),
                     ("low-back",), EMERGENCY)


def dose(sets: int = 2, reps: int = 12, hold_s: int | None = 7, times: int = 2) -> Dose:
    return Dose(sets=sets, reps=reps, hold_s=hold_s, tempo_s=None if hold_s else 2, rest_s=30, per_side=False,
                times_per_day=times)


def neck_programme(version: int = 1, reps: int = 12) -> Prescription:
    """Chin tuck 2 × 12, hold 7 s, twice a day; scapular squeeze once a day."""
    return Prescription("neck", version, "Neck", 2, 7, (
        PrescribedExercise.of("chin-tuck", Text("Chin tuck", "Rentrée du menton"), dose(reps=reps)),
        PrescribedExercise.of("scapular-squeeze", Text("Shoulder blade squeeze", "Serrement des omoplates"),
                              dose(sets=1, reps=10, hold_s=5, times=1)),
    ), notes="Keep your chin level.")


def back_programme() -> Prescription:
    return Prescription("back", 1, "Back", 1, 7, (
        PrescribedExercise.of("pelvic-tilt", Text("Pelvic tilt", "Bascule du bassin"), dose(times=1)),
    ))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=MORNING)


@pytest.fixture
def service(tmp_path: Path, clock: FakeClock) -> Iterator[RecordService]:
    store = RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store
    service = RecordService(store, clock)
    service.use_prescription(neck_programme(), MONDAY)
    yield service
    store.close()


def journal_rows(service: RecordService) -> list[tuple]:
    return [tuple(e) for e in service.store.journal()]


def guided_go(service: RecordService, clock: FakeClock, slot: int, seconds: float, end_early: bool) -> SessionRecorder:
    """A guided session of ``slot`` run for ``seconds`` on the fake clock, then ended (or finished)."""
    prescription = service.session(MONDAY, slot).prescription
    items = list(session_items_without_library(prescription, slot))
    recorder = SessionRecorder(service, MONDAY, slot)
    recorder.start()
    engine = SessionEngine(items, clock, recorder)
    engine.start()
    step = 0.25
    for _ in range(int(seconds / step)):
        clock.advance(step)
        engine.tick()
    if end_early:
        engine.end_early()
    recorder.end("ended_early" if end_early else "finished")
    return recorder


def session_items_without_library(prescription, slot):
    from exercises_app.core.session import SessionItem

    return [SessionItem(e.exercise_id, e.name, e.session_dose) for e in prescription.exercises_for_session(slot)]


# -- the dose is the one prescribed ------------------------------------------------------------------
def test_the_day_holds_the_whole_dose_prescribed(service: RecordService) -> None:
    day = service.day(MONDAY)
    chin = day.session(1).prescribed[0]
    assert (chin.dose.sets, chin.dose.reps, chin.dose.hold_s) == (2, 12, 7)
    assert [(slot, [e.exercise_id for e in exercises]) for slot, exercises in checklist(day, None)] == [
        (1, ["chin-tuck", "scapular-squeeze"]), (2, ["chin-tuck"])]
    assert day.prescription.notes == "Keep your chin level."


def test_the_session_runs_the_prescribed_dose_not_the_librarys(service: RecordService) -> None:
    class Library:  # only what session_items asks of a library
        def get(self, exercise_id: str):
            from types import SimpleNamespace
            return SimpleNamespace(id=exercise_id, dose=dose(sets=1, reps=10, hold_s=5))

    items = session_items(service.prescription_on(MONDAY).exercises_for_session(1), Library())  # type: ignore[arg-type]
    assert (items[0].dose.reps, items[0].dose.hold_s) == (12, 7)


# -- a second go adds, never subtracts ----------------------------------------------------------------
def test_a_tick_by_hand_stays_done_after_a_second_go_that_ends_early(service: RecordService, clock: FakeClock) -> None:
    service.tick(MONDAY, 1, "chin-tuck")
    service.rate_pain(MONDAY, 1, 3)
    service.set_today_note(MONDAY, 1, "Did it before breakfast")
    clock.advance(600)
    recorder = guided_go(service, clock, 1, 4, end_early=True)
    service.report_session(MONDAY, 1, recorder.attempt, None, "")
    session = service.session(MONDAY, 1)
    assert session.tick("chin-tuck").status == "done" and session.tick("chin-tuck").by_hand
    assert session.tick("scapular-squeeze").status == "not_reached"
    assert session.report.pain == 3 and [n.text for n in session.report.notes] == ["Did it before breakfast"]
    assert session.report.attempts == 1 and session.report.endings == ("ended_early",)


def test_every_pain_and_note_of_every_go_is_kept_and_the_latest_pain_is_the_figure(
        service: RecordService, clock: FakeClock) -> None:
    first = guided_go(service, clock, 1, 4000, end_early=False)
    service.report_session(MONDAY, 1, first.attempt, 5, "Stiff")
    clock.advance(3600)
    second = guided_go(service, clock, 1, 4000, end_early=False)
    service.report_session(MONDAY, 1, second.attempt, 3, "Easier the second time")
    report = service.session(MONDAY, 1).report
    assert report.pains == (5, 3) and report.pain == 3 and report.attempts == 2
    assert [n.text for n in report.notes] == ["Stiff", "Easier the second time"]
    assert service.day(MONDAY).pains == (3,)


def test_a_note_edited_on_today_is_a_new_version_and_session_notes_stay(service: RecordService) -> None:
    service.report_session(MONDAY, 1, None, None, "From the session")
    assert service.set_today_note(MONDAY, 1, "Sore neck")
    assert not service.set_today_note(MONDAY, 1, "Sore neck ")  # unchanged: nothing written
    assert service.set_today_note(MONDAY, 1, "Sore neck in the evening")
    report = service.session(MONDAY, 1).report
    assert [n.text for n in report.notes] == ["From the session", "Sore neck in the evening"]
    assert service.today_note(MONDAY, 1) == "Sore neck in the evening"
    notes = [row[11] for row in journal_rows(service) if row[3] == "note"]
    assert notes == ["From the session", "Sore neck", "Sore neck in the evening"]  # every version kept


def test_untick_keeps_the_tick_in_the_journal_and_a_later_tick_counts_again(service: RecordService) -> None:
    service.tick(MONDAY, 1, "chin-tuck")
    assert service.untick(MONDAY, 1, "chin-tuck")
    assert service.session(MONDAY, 1).tick("chin-tuck") is None
    assert not service.untick(MONDAY, 1, "chin-tuck")  # nothing stands: nothing written
    service.tick(MONDAY, 1, "chin-tuck")
    assert service.session(MONDAY, 1).tick("chin-tuck").status == "done"
    assert [row[3] for row in journal_rows(service)] == ["prescription", "tick", "untick", "tick"]


# -- warning signs --------------------------------------------------------------------------------------
def test_a_warning_sign_reported_on_today_survives_the_session_report(service: RecordService, clock: FakeClock) -> None:
    service.tick(MONDAY, 1, "chin-tuck")
    flag = service.report_red_flag(MONDAY, [FEVER], "fr")
    assert flag.slot == 1 and flag.level == URGENT and flag.sign_ids == ("fever",)
    recorder = guided_go(service, clock, 1, 4000, end_early=False)
    service.report_session(MONDAY, 1, recorder.attempt, 4, "")
    report = service.session(MONDAY, 1).report
    assert [(f.sign_ids, f.level, f.words, f.lang) for f in report.red_flags] == [
        (("fever",), URGENT, ("Fièvre accompagnée de mal de dos.",), "fr")]
    assert report.pain == 4


def test_the_level_is_the_one_recorded_whatever_the_wording_is_later(service: RecordService) -> None:
    service.report_red_flag(MONDAY, [FEVER, SADDLE], "en")
    flag = service.day(MONDAY).red_flags[0]
    assert flag.level == EMERGENCY and flag.sign_ids == ("fever", "saddle-numbness")


def test_a_warning_sign_withdrawn_as_a_mistake_is_kept_but_no_longer_warns(service: RecordService) -> None:
    flag = service.report_red_flag(MONDAY, [SADDLE], "en")
    service.withdraw_red_flag(flag)
    report = service.session(MONDAY, 1).report
    assert report.red_flags == () and [f.entry_id for f in report.withdrawn] == [flag.entry_id]
    assert any(row[3] == "red_flag" for row in journal_rows(service))


def test_a_warning_sign_goes_to_the_latest_session_with_a_record(service: RecordService) -> None:
    service.tick(MONDAY, 2, "chin-tuck")
    assert service.report_red_flag(MONDAY, [FEVER], "en").slot == 2


# -- ending early ---------------------------------------------------------------------------------------
def test_ending_early_records_partial_work_and_not_reached_not_skipped(service: RecordService,
                                                                       clock: FakeClock) -> None:
    guided_go(service, clock, 1, 5 + 7 * 4 + 3 * 3 + 1, end_early=True)  # get ready, then four holds of 7 s
    session = service.session(MONDAY, 1)
    chin = session.tick("chin-tuck")
    assert (chin.status, chin.sets_done, chin.reps_done) == ("partial", 0, 4)
    assert session.tick("scapular-squeeze").status == "not_reached"


# -- programme changes ----------------------------------------------------------------------------------
def test_a_programme_change_during_the_day_keeps_started_sessions(service: RecordService, clock: FakeClock) -> None:
    service.tick(MONDAY, 1, "chin-tuck")
    clock.advance(3600)
    assert service.use_prescription(back_programme(), MONDAY)
    assert not service.use_prescription(back_programme(), MONDAY)  # the same content: nothing written
    day = service.day(MONDAY)
    assert day.prescription.programme_id == "back"
    assert [(s.slot, [e.exercise_id for e in s.prescribed]) for s in day.sessions] == [
        (1, ["chin-tuck", "scapular-squeeze"])]  # started under the neck programme: kept
    assert day.sessions_prescribed == 1
    tuesday = service.day(MONDAY + dt.timedelta(days=1))
    assert [(s.slot, [e.exercise_id for e in s.prescribed]) for s in tuesday.sessions] == [(1, ["pelvic-tilt"])]


def test_a_programme_change_before_any_entry_of_the_day_applies_to_the_whole_day(service: RecordService) -> None:
    service.use_prescription(back_programme(), MONDAY)
    day = service.day(MONDAY)
    assert [(s.slot, [e.exercise_id for e in s.prescribed]) for s in day.sessions] == [(1, ["pelvic-tilt"])]


# -- the journal only grows ------------------------------------------------------------------------------
def test_the_database_refuses_to_change_or_delete_an_entry(service: RecordService) -> None:
    service.tick(MONDAY, 1, "chin-tuck")
    db = sqlite3.connect(service.store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE journal SET status = 'skipped'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM journal")
    db.close()


def test_every_action_adds_entries_and_none_is_ever_rewritten(service: RecordService, clock: FakeClock) -> None:
    before = journal_rows(service)
    service.tick(MONDAY, 1, "chin-tuck")
    service.rate_pain(MONDAY, 1, 4)
    service.report_red_flag(MONDAY, [FEVER], "en")
    recorder = guided_go(service, clock, 1, 100, end_early=True)
    service.report_session(MONDAY, 1, recorder.attempt, 6, "ouch")
    after = journal_rows(service)
    assert after[:len(before)] == before
    middle = journal_rows(service)
    service.untick(MONDAY, 1, "chin-tuck")
    assert journal_rows(service)[:len(middle)] == middle


def test_results_are_written_as_they_happen(service: RecordService, clock: FakeClock) -> None:
    recorder = SessionRecorder(service, MONDAY, 2)
    recorder.start()
    recorder.record_exercise(ExerciseResult("chin-tuck", "done", 2, 2, MORNING, MORNING, 24))
    assert service.session(MONDAY, 2).tick("chin-tuck").reps_done == 24 and recorder.failures == []


def test_a_damaged_prescription_snapshot_is_a_record_error_naming_the_file(service: RecordService) -> None:
    from exercises_app.core.record.errors import StoreReadError

    db = sqlite3.connect(service.store.path)
    db.execute("INSERT INTO prescription (fingerprint, programme_id, programme_version, snapshot_json) "
               "VALUES ('x', 'broken', 1, '{\"programme_id\": 3')")
    db.execute("INSERT INTO journal (on_date, kind, prescription_id, recorded_at) VALUES "
               "('2026-01-06', 'prescription', (SELECT id FROM prescription WHERE fingerprint = 'x'), "
               "'2026-01-06T08:00:00+00:00')")
    db.commit()
    db.close()
    reopened = RecordStore.open(service.store.path, clock=FakeClock(start=MORNING)).store
    with pytest.raises(StoreReadError, match=str(service.store.path)):
        reopened.day(MONDAY + dt.timedelta(days=1))
    assert reopened.day(MONDAY).prescription is not None  # days before it still read
    reopened.close()


# -- days that do not count against the patient ----------------------------------------------------------
def test_excused_days_leave_the_week_and_keep_the_streak_whole(service: RecordService, clock: FakeClock) -> None:
    from exercises_app.core.record.figures import streaks, weekly_adherence

    def finish(on: dt.date) -> None:
        for slot in (1, 2):
            for exercise in service.session(on, slot).prescribed:
                service.tick(on, slot, exercise.exercise_id)

    days = [MONDAY + dt.timedelta(days=i) for i in range(7)]
    for on in days[:3]:
        finish(on)
    assert service.excuse(days[3], days[4], "ill") == 2  # Thursday and Friday: ill
    for on in days[5:]:
        finish(on)
    week = service.records(days[0], days[6])
    assert [d.excused for d in week] == [None, None, None, "ill", "ill", None, None]
    figure = weekly_adherence(week)[0]
    assert (figure.done, figure.prescribed) == (10, 10)  # 5 days of 2 sessions; the ill days prescribe nothing
    assert streaks(week, days[6]) == streaks(week, days[6]).__class__(5, 5)  # the two ill days do not break it
    assert service.withdraw_excuse(days[4]) and not service.withdraw_excuse(days[4])
    week = service.records(days[0], days[6])
    assert week[4].excused is None and weekly_adherence(week)[0].prescribed == 12
    assert streaks(week, days[6]).current == 2  # Friday counts again, and nothing was done on it
    assert [row[3] for row in journal_rows(service)].count("excused") == 2  # the excuse is kept, withdrawn


def test_an_excuse_needs_a_known_reason_and_a_sensible_length(service: RecordService) -> None:
    with pytest.raises(ValueError, match="reason"):
        service.excuse(MONDAY, MONDAY, "bored")
    with pytest.raises(ValueError, match="1 to 60 days"):
        service.excuse(MONDAY, MONDAY + dt.timedelta(days=90), "away")
