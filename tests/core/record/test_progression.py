"""Progression within the physiotherapist's bounds, driven by the journal, over four weeks.

A patient follows a programme whose glute bridge may grow by 2 repetitions every 3 days up to 14;
the rule (``core/record/progression.py``) proposes steps at the start of the day's session, the
patient accepts or declines, the dose in force follows the accepted ones; a pain rise and a
spreading symptom propose a smaller dose; three days away leave the streak whole; the report of
the four weeks carries the dose over time.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.dose_progression import DoseProgression, default_progression
from exercises_app.core.library import Dose, RedFlagSign
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record.dose_steps import DoseStep, dose_steps
from exercises_app.core.record.export import csv_rows
from exercises_app.core.record.figures import dose_lines, streaks
from exercises_app.core.record.journal import DOSE_STEP
from exercises_app.core.record.progression import Proposal
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.text import Text

START = dt.date(2026, 3, 2)  # a Monday
UTC = dt.UTC
BRIDGE = PrescribedExercise.of("glute-bridge", Text("Glute bridge", "Pont fessier"),
                               Dose(1, 10, 5, None, 30, False, 1),
                               progression=DoseProgression("reps", by=2, up_to=14, every_days=3))
TILT = PrescribedExercise.of("pelvic-tilt", Text("Pelvic tilt", "Bascule du bassin"),
                             Dose(1, 10, 5, None, 30, False, 1))
PROGRAMME = Prescription("low-back", 1, "Low back", 1, 7, (BRIDGE, TILT))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(START + dt.timedelta(days=day), dt.time(hour, minute), tzinfo=UTC)


def date_of(day: int) -> dt.date:
    return START + dt.timedelta(days=day)


def move(clock: FakeClock, to: dt.datetime) -> None:
    clock.advance((to - clock.now()).total_seconds())


@pytest.fixture
def patient(tmp_path: Path) -> tuple[RecordService, FakeClock]:
    clock = FakeClock(start=at(0, 7))
    service = RecordService(RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store, clock)
    service.use_prescription(PROGRAMME, START)
    return service, clock


def tick_all(service: RecordService, on: dt.date) -> None:
    """Every exercise of the day's session ticked by hand."""
    for exercise in service.session(on, 1).prescribed:
        service.tick(on, 1, exercise.exercise_id)


def bridge_reps(service: RecordService, day: int) -> int:
    exercise = service.session(START + dt.timedelta(days=day), 1).prescribed[0]
    assert exercise.exercise_id == "glute-bridge" and exercise.dose is not None
    return exercise.dose.reps


def test_four_weeks_of_progression_regression_and_days_off(patient: tuple[RecordService, FakeClock]) -> None:
    service, clock = patient
    # day -> the answer to that day's proposal; every other day there must be none
    answers = {3: True, 6: False, 9: True, 17: True, 20: False, 21: True, 24: True, 27: True}
    away = {13, 14, 15}
    pains = dict.fromkeys(range(28), 3) | {16: 6}
    seen: list[tuple[int, str, int, int]] = []
    for day in range(28):
        on = START + dt.timedelta(days=day)
        if day in away:
            if day == 13:
                service.excuse(on, on + dt.timedelta(days=2), "away")
            continue
        move(clock, at(day, 8))
        offered = service.dose_proposals(on, 1)
        for proposal in offered:
            seen.append((day, proposal.direction, proposal.current, proposal.proposed))
            service.answer(on, 1, proposal, answers[day])
        assert bool(offered) == (day in answers), f"day {day}: {offered}"
        move(clock, at(day, 8, 20))
        tick_all(service, on)
        service.report_session(on, 1, None, pains[day], "", ("spreading",) if day == 20 else ())

    assert seen == [
        (3, "up", 10, 12),  # three days of everything done, pain steady at 3
        (6, "up", 12, 14),  # declined
        (9, "up", 12, 14),  # asked again three days after the refusal; accepted: the limit
        (17, "down", 14, 12),  # pain 6 the day before, 3 points above the start
        (20, "up", 12, 14),  # pain settled; declined
        (21, "down", 12, 10),  # leg symptoms spread after the session of day 20
        (24, "up", 10, 12),
        (27, "up", 12, 14),  # never past the physiotherapist's 14
    ]
    in_force = {day: bridge_reps(service, day) for day in range(28) if day not in away}
    assert [in_force[d] for d in (0, 2, 3, 8, 9, 16, 17, 20, 21, 23, 24, 26, 27)] == [
        10, 10, 12, 12, 14, 14, 12, 12, 10, 10, 12, 12, 14]
    assert all(service.session(START + dt.timedelta(days=d), 1).prescribed[1].dose.reps == 10
               for d in in_force)  # the pelvic tilt has no progression: it stays

    days = service.records(START, START + dt.timedelta(days=27))
    assert streaks(days, START + dt.timedelta(days=27)).current == 25  # the days away leave it whole

    bridge_rows = [row for row in csv_rows(days, date_of(28), "en", None) if row[2] == "glute-bridge"]
    assert [row[-1] for row in bridge_rows[2:4]] == ["", "reps 10 -> 12"]  # the export says from what

    lines = dose_lines(days, _steps(service))
    assert [line.exercise_id for line in lines] == ["glute-bridge"]
    line = lines[0]
    assert line.limit == 14 and len(line.points) == 28
    assert [(p.prescribed, p.in_force) for p in line.points[:4]] == [(10, 10)] * 3 + [(10, 12)]
    assert [(s.on.day - START.day, s.accepted) for s in line.steps] == [
        (3, True), (6, False), (9, True), (17, True), (20, False), (21, True), (24, True), (27, True)]


def _steps(service: RecordService) -> tuple[DoseStep, ...]:
    return dose_steps(service.entries_of_kind(DOSE_STEP))


def test_nothing_is_proposed_without_enough_done_or_with_a_warning_sign(
    patient: tuple[RecordService, FakeClock],
) -> None:
    service, clock = patient
    for day in range(4):
        on = START + dt.timedelta(days=day)
        move(clock, at(day, 8))
        if day % 2 == 0:  # half the sessions done: under 80 %
            tick_all(service, on)
        service.rate_pain(on, 1, 3)
    assert service.dose_proposals(START + dt.timedelta(days=4), 1) == []
    for day in (4, 5, 6, 7, 8):
        on = START + dt.timedelta(days=day)
        move(clock, at(day, 8))
        tick_all(service, on)
    assert len(service.dose_proposals(START + dt.timedelta(days=9), 1)) == 1  # 6 of 7 done
    fever = RedFlagSign("fever", Text("Fever", "Fièvre"), ("low-back",), "urgent")
    service.report_red_flag(date_of(8), [fever], "en")
    assert service.dose_proposals(START + dt.timedelta(days=9), 1) == []  # a warning sign that week: no step up


def test_an_answer_is_kept_in_the_journal_and_a_new_revision_with_another_dose_starts_again(
    patient: tuple[RecordService, FakeClock],
) -> None:
    service, clock = patient
    for day in range(3):
        on = START + dt.timedelta(days=day)
        move(clock, at(day, 8))
        tick_all(service, on)
        service.rate_pain(on, 1, 2)
    day3 = START + dt.timedelta(days=3)
    move(clock, at(3, 8))
    [proposal] = service.dose_proposals(day3, 1)
    assert isinstance(proposal, Proposal) and (proposal.basis.done, proposal.basis.expected) == (3, 3)
    service.answer(day3, 1, proposal, True)
    assert service.dose_proposals(day3, 1) == []  # once a day
    assert bridge_reps(service, 3) == 12 and service.session(day3, 1).prescribed[0].stepped
    # the physiotherapist sends revision 2 with 11 repetitions: their dose is the one in force
    revised = PrescribedExercise.of("glute-bridge", BRIDGE.name, Dose(1, 11, 5, None, 30, False, 1),
                                    progression=BRIDGE.progression)
    service.use_prescription(Prescription("low-back", 2, "Low back", 1, 7, (revised, TILT)), date_of(4))
    assert bridge_reps(service, 4) == 11
    # revision 3 keeps 10 repetitions and narrows the limit to 11: the accepted 12 is brought within it
    narrowed = PrescribedExercise.of("glute-bridge", BRIDGE.name, Dose(1, 10, 5, None, 30, False, 1),
                                     progression=DoseProgression("reps", by=2, up_to=11, every_days=3))
    service.use_prescription(Prescription("low-back", 3, "Low back", 1, 7, (narrowed, TILT)), date_of(5))
    assert bridge_reps(service, 5) == 11


def test_the_bounds_are_checked_and_their_defaults_follow_the_clinical_facts() -> None:
    rule = default_progression(Dose(1, 10, 5, None, 30, False, 1))
    assert (rule.field, rule.by, rule.every_days, rule.up_to, rule.done_percent, rule.pain_rise) == (
        "reps", 2, 3, 15, 80, 1)
    assert rule.step_up(14) == 15 and rule.step_up(15) is None
    assert rule.floor(10) == 5 and rule.step_down(6, 10) == 5 and rule.step_down(5, 10) is None
    assert default_progression(Dose.for_minutes(20, 1)).field == "minutes"
    with pytest.raises(ValueError, match="up_to"):
        DoseProgression("reps", by=2, up_to=60)
    assert "below the prescribed" in DoseProgression("reps", by=2, up_to=8).problem(Dose(1, 10, 5, None, 30, False, 1))
    assert "no hold_s" in DoseProgression("hold_s", by=5, up_to=30).problem(Dose(1, 10, None, 3, 30, False, 1))
