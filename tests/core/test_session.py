"""The session engine walks a plan on a fake clock: steps, cues, pause, navigation, late ticks, records."""
from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from exercises_app.core.clock import FakeClock
from exercises_app.core.library import Dose
from exercises_app.core.session import (
    Event,
    EventKind,
    ExerciseResult,
    InMemoryRecorder,
    Motion,
    SessionEngine,
    SessionItem,
    SessionState,
    Step,
    StepKind,
    build_plan,
    countdown_text,
    items_left,
    planned_duration,
)
from exercises_app.core.text import Text

T0 = 1000.0  # FakeClock's monotonic start
WALL0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

K = StepKind


def dose(sets: int = 1, reps: int = 1, hold_s: int | None = None, tempo_s: int | None = None,
         rest_s: int = 10, per_side: bool = False) -> Dose:
    return Dose(sets=sets, reps=reps, hold_s=hold_s, tempo_s=tempo_s, rest_s=rest_s, per_side=per_side,
                times_per_day=1)


CAT_COW = SessionItem("cat-cow", Text("Cat–cow", "Chat-vache"), dose(reps=3, tempo_s=2, rest_s=30))
PELVIC_TILT = SessionItem("pelvic-tilt", Text("Pelvic tilt", "Bascule du bassin"),
                          dose(sets=2, reps=2, hold_s=5, rest_s=10))
HAMSTRING = SessionItem("hamstring-stretch", Text("Hamstring stretch", "Étirement des ischios"),
                        dose(reps=2, hold_s=4, rest_s=15, per_side=True))
ITEMS = [CAT_COW, PELVIC_TILT, HAMSTRING]

# (kind, item, set, rep, side, planned start offset) of every step of build_plan(ITEMS), worked out by hand
EXPECTED = [
    (K.GET_READY, 0, 1, 1, None, 0),
    (K.MOVE, 0, 1, 1, None, 5), (K.MOVE, 0, 1, 2, None, 7), (K.MOVE, 0, 1, 3, None, 9),
    (K.TRANSITION, 1, 1, 1, None, 11),
    (K.HOLD, 1, 1, 1, None, 21), (K.RELAX, 1, 1, 2, None, 26), (K.HOLD, 1, 1, 2, None, 29),
    (K.REST, 1, 2, 1, None, 34),
    (K.HOLD, 1, 2, 1, None, 44), (K.RELAX, 1, 2, 2, None, 49), (K.HOLD, 1, 2, 2, None, 52),
    (K.TRANSITION, 2, 1, 1, "right", 57),
    (K.HOLD, 2, 1, 1, "right", 67), (K.RELAX, 2, 1, 2, "right", 71), (K.HOLD, 2, 1, 2, "right", 74),
    (K.SWITCH_SIDES, 2, 1, 1, "left", 78),
    (K.HOLD, 2, 1, 1, "left", 83), (K.RELAX, 2, 1, 2, "left", 87), (K.HOLD, 2, 1, 2, "left", 90),
    (K.FINISHED, 3, 1, 2, None, 94),
]
TOTAL_S = 94.0  # 5 get ready + 3×2 cat-cow + 10 + (5+3+5)×2+10 tilt + 10 + (4+3+4)×2+5 hamstring


def engine_for(
    items: list[SessionItem] | list[Step] = ITEMS,
) -> tuple[SessionEngine, FakeClock, InMemoryRecorder]:
    clock = FakeClock(start=WALL0, monotonic_start=T0)
    recorder = InMemoryRecorder()
    return SessionEngine(items, clock, recorder), clock, recorder


def run_until(engine: SessionEngine, clock: FakeClock, offset: float, per_second: int = 10) -> list[Event]:
    """Tick ``per_second`` times a second until the clock reads T0 + ``offset`` (no real waiting).

    Tick times are exact grid points (T0 + n / per_second), so the test clock itself does not
    accumulate rounding errors.
    """
    events: list[Event] = []
    while clock.monotonic() < T0 + offset:
        grid = math.floor((clock.monotonic() - T0) * per_second + 1e-6) + 1
        target = min(T0 + grid / per_second, T0 + offset)
        clock.advance(target - clock.monotonic())
        events += engine.tick()
    return events


def of_kind(events: list[Event], kind: EventKind) -> list[Event]:
    return [e for e in events if e.kind is kind]


def wall(offset: float) -> dt.datetime:
    return WALL0 + dt.timedelta(seconds=offset)


# -- the plan ----------------------------------------------------------------------------------
def test_plan_has_every_step_in_order_with_its_numbers() -> None:
    plan = build_plan(ITEMS)
    numbers = [(s.kind, s.item_index, s.set_number, s.rep_number, s.side) for s in plan]
    assert numbers == [e[:5] for e in EXPECTED]
    assert plan[1].sets_total == 1 and plan[1].reps_total == 3
    assert plan[5].sets_total == 2 and plan[5].reps_total == 2


def test_planned_duration_is_the_hand_count() -> None:
    plan = build_plan(ITEMS)
    assert planned_duration(plan) == TOTAL_S
    assert [s.duration_s for s in plan[:9]] == [5, 2, 2, 2, 10, 5, 3, 5, 10]


def test_transition_names_the_exercise_about_to_start() -> None:
    plan = build_plan(ITEMS)
    transitions = [s for s in plan if s.kind is K.TRANSITION]
    assert [s.item for s in transitions] == [PELVIC_TILT, HAMSTRING]
    assert transitions[1].item is not None and transitions[1].item.name.get("fr") == "Étirement des ischios"


def test_per_side_sets_alternate_sides_with_a_switch_then_a_rest() -> None:
    item = SessionItem("piriformis", Text("Piriformis", "Piriforme"),
                       dose(sets=2, reps=1, hold_s=20, rest_s=15, per_side=True))
    plan = build_plan([item], get_ready_s=5)
    assert [(s.kind, s.set_number, s.side, s.duration_s) for s in plan] == [
        (K.GET_READY, 1, "right", 5),
        (K.HOLD, 1, "right", 20), (K.SWITCH_SIDES, 1, "left", 5), (K.HOLD, 1, "left", 20),
        (K.REST, 2, "right", 15),
        (K.HOLD, 2, "right", 20), (K.SWITCH_SIDES, 2, "left", 5), (K.HOLD, 2, "left", 20),
        (K.FINISHED, 2, None, 0),
    ]


def test_tempo_and_hold_moves_into_position_then_holds_with_relax_between_reps() -> None:
    item = SessionItem("bridge", Text("Bridge", "Pont"), dose(reps=2, hold_s=5, tempo_s=2))
    plan = build_plan([item], get_ready_s=0, relax_s=3)
    assert [(s.kind, s.rep_number, s.duration_s, s.motion) for s in plan] == [
        (K.MOVE, 1, 2, Motion.INTO), (K.HOLD, 1, 5, Motion.END), (K.RELAX, 2, 3, Motion.START),
        (K.MOVE, 2, 2, Motion.INTO), (K.HOLD, 2, 5, Motion.END), (K.FINISHED, 2, 0, Motion.START),
    ]


def test_zero_length_steps_are_left_out_and_bad_input_is_refused() -> None:
    item = SessionItem("x", Text("X", "X"), dose(sets=2, reps=2, hold_s=5, rest_s=0))
    kinds = [s.kind for s in build_plan([item], get_ready_s=0, relax_s=0)]
    assert kinds == [K.HOLD, K.HOLD, K.HOLD, K.HOLD, K.FINISHED]
    with pytest.raises(ValueError):
        build_plan([])
    with pytest.raises(ValueError):
        build_plan([SessionItem("y", Text("Y", "Y"), dose(reps=2))])


def test_frame_hint_follows_the_movement() -> None:
    move, hold, relax = (Step(k, 0, CAT_COW, 1, 1, 1, 1, None, 4.0, m)
                         for k, m in ((K.MOVE, Motion.CYCLE), (K.HOLD, Motion.END), (K.RELAX, Motion.START)))
    assert [round(move.frame_at(t), 6) for t in (0, 1, 2, 3, 4)] == [0, 0.5, 1, 0.5, 0]
    assert hold.frame_at(1.3) == 1.0 and relax.frame_at(1.3) == 0.0
    into = Step(K.MOVE, 0, CAT_COW, 1, 1, 1, 1, None, 2.0, Motion.INTO)
    assert [round(into.frame_at(t), 6) for t in (0, 1, 2)] == [0, 0.5, 1]


def test_every_shipped_dose_builds_a_plan() -> None:
    data = yaml.safe_load((Path(__file__).parents[2] / "data" / "exercises.yaml").read_text(encoding="utf-8"))
    def dose_of(fields: dict) -> Dose:
        if "minutes" in fields:
            return Dose.for_minutes(fields["minutes"], fields["times_per_day"])
        return Dose(**{"hold_s": None, "tempo_s": None, **fields})

    items = [SessionItem(e["id"], Text(**e["name"]), dose_of(e["dose"])) for e in data["exercises"]]
    plan = build_plan(items)
    assert plan[-1].kind is K.FINISHED and {s.item_index for s in plan} == set(range(len(items) + 1))
    engine = SessionEngine(items, FakeClock())
    assert len(engine.items) == len(items) >= 18


# -- running a whole session -------------------------------------------------------------------
def test_a_whole_session_starts_every_step_on_schedule_and_records_each_exercise() -> None:
    engine, clock, recorder = engine_for()
    assert engine.state is SessionState.NOT_STARTED and engine.remaining_s() == 5.0
    events = engine.start() + run_until(engine, clock, TOTAL_S + 1)
    started = of_kind(events, EventKind.STEP_STARTED)
    assert [(e.step.kind, e.due) for e in started] == [(x[0], T0 + x[5]) for x in EXPECTED]
    assert engine.state is SessionState.FINISHED and engine.progress() == 1.0
    assert [e.due for e in of_kind(events, EventKind.CUE_EXERCISE_DONE)] == [T0 + 11, T0 + 57, T0 + 94]
    assert [e.due for e in of_kind(events, EventKind.SESSION_FINISHED)] == [T0 + 94]
    moves_and_holds = [e.due - T0 for e in of_kind(events, EventKind.CUE_MOVE_OR_HOLD)]
    assert moves_and_holds == [5, 7, 9, 21, 29, 44, 52, 67, 74, 83, 90]
    assert [e.due - T0 for e in of_kind(events, EventKind.CUE_RELAX)] == [26, 34, 49, 71, 87]
    assert [e.due - T0 for e in of_kind(events, EventKind.CUE_SWITCH_SIDES)] == [78]
    assert recorder.results == engine.results == [
        ExerciseResult("cat-cow", "done", 1, 1, wall(5), wall(11), 3),
        ExerciseResult("pelvic-tilt", "done", 2, 2, wall(21), wall(57), 4),
        ExerciseResult("hamstring-stretch", "done", 1, 1, wall(67), wall(94), 4),
    ]
    summary = engine.summary()
    assert (summary.done, summary.partial, summary.skipped) == (3, 0, 0)
    assert summary.active_s == summary.wall_s == TOTAL_S  # scheduled end, not the later tick


def test_results_are_recorded_as_soon_as_an_exercise_ends() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 10.9)
    assert recorder.results == []
    run_until(engine, clock, 11.0)
    assert [r.exercise_id for r in recorder.results] == ["cat-cow"]


def test_next_item_progress_and_remaining_while_running() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    assert engine.current_item() == CAT_COW and engine.next_item() == PELVIC_TILT
    run_until(engine, clock, 47)  # second set of the tilt, first hold, 3 s in
    step = engine.current_step
    assert (step.kind, step.item_index, step.set_number, step.rep_number) == (K.HOLD, 1, 2, 1)
    assert engine.remaining_s() == pytest.approx(2.0)
    assert engine.progress() == pytest.approx(47 / TOTAL_S)
    assert engine.elapsed_s() == pytest.approx(47)
    assert engine.frame_hint() == 1.0
    assert engine.next_item() == HAMSTRING
    run_until(engine, clock, 58)
    assert engine.current_step.kind is K.TRANSITION and engine.current_item() == HAMSTRING
    assert engine.next_item() is None


def test_countdown_cues_in_the_last_three_seconds_of_each_hold() -> None:
    engine, clock, _ = engine_for()
    events = engine.start() + run_until(engine, clock, TOTAL_S)
    countdown = [(e.count, e.due - T0) for e in of_kind(events, EventKind.CUE_COUNTDOWN)]
    # first hold of the tilt: 21..26
    assert countdown[:3] == [(3, 23), (2, 24), (1, 25)]
    assert len(countdown) == 3 * 8  # eight holds of 4 s or more
    assert all(e.step.kind is K.HOLD for e in of_kind(events, EventKind.CUE_COUNTDOWN))


def test_a_short_hold_counts_only_the_seconds_after_its_start() -> None:
    item = SessionItem("cobra", Text("Cobra", "Cobra"), dose(reps=1, hold_s=3))
    engine, clock, _ = engine_for([item])
    events = engine.start() + run_until(engine, clock, 10)
    assert [(e.count, e.due - T0) for e in of_kind(events, EventKind.CUE_COUNTDOWN)] == [(2, 6), (1, 7)]


def test_next_due_points_at_the_next_cue_or_step_end() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    assert engine.next_due() == T0 + 5
    run_until(engine, clock, 21.5)
    assert engine.next_due() == T0 + 23  # countdown 3 of the first tilt hold
    run_until(engine, clock, 25.5)
    assert engine.next_due() == T0 + 26  # end of the hold
    engine.pause()
    assert engine.next_due() is None


# -- late ticks --------------------------------------------------------------------------------
def test_a_late_tick_walks_every_passed_step_on_its_true_schedule() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    clock.advance(50.0)  # the event loop slept through ten steps; lands in the RELAX at 49..52
    events = engine.tick()
    started = of_kind(events, EventKind.STEP_STARTED)
    assert [(e.step.kind, e.due) for e in started] == [(x[0], T0 + x[5]) for x in EXPECTED[1:11]]
    assert engine.current_step.kind is K.RELAX and engine.step_started_at == T0 + 49
    assert engine.remaining_s() == pytest.approx(2.0)
    assert [e.due for e in of_kind(events, EventKind.CUE_EXERCISE_DONE)] == [T0 + 11]
    assert of_kind(events, EventKind.CUE_COUNTDOWN) == []  # holds already over: no stale countdown
    assert recorder.results == [ExerciseResult("cat-cow", "done", 1, 1, wall(5), wall(11), 3)]
    # the following steps are still on the original schedule
    started = of_kind(run_until(engine, clock, TOTAL_S), EventKind.STEP_STARTED)
    assert [(e.step.kind, e.due) for e in started] == [(x[0], T0 + x[5]) for x in EXPECTED[11:]]


def test_a_late_tick_inside_a_hold_reports_only_the_latest_countdown() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    run_until(engine, clock, 67.5)  # first right hamstring hold, 67..71
    clock.advance(2.0)  # marks 3 (68) and 2 (69) pass unseen
    assert [(e.count, e.due) for e in of_kind(engine.tick(), EventKind.CUE_COUNTDOWN)] == [(2, T0 + 69)]
    clock.advance(0.25)
    assert engine.tick() == []
    clock.advance(0.25)
    assert [(e.count, e.due) for e in engine.tick()] == [(1, T0 + 70)]


def test_the_last_step_ending_during_a_sleep_finishes_at_its_scheduled_time() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    clock.advance(500)
    events = engine.tick()
    assert engine.state is SessionState.FINISHED
    assert of_kind(events, EventKind.SESSION_FINISHED)[0].due == T0 + TOTAL_S
    assert engine.elapsed_s() == TOTAL_S and engine.results[-1].ended_at == wall(TOTAL_S)


# -- pause -------------------------------------------------------------------------------------
def test_pause_freezes_the_remaining_time_and_resume_continues_from_it() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    run_until(engine, clock, 22.5)  # first tilt hold, 3.5 s left
    events = engine.pause()
    assert [e.kind for e in events] == [EventKind.PAUSED] and engine.state is SessionState.PAUSED
    clock.advance(120)
    assert engine.tick() == []
    assert engine.remaining_s() == pytest.approx(3.5) and engine.elapsed_s() == pytest.approx(22.5)
    assert engine.progress() == pytest.approx(22.5 / TOTAL_S)
    assert [e.kind for e in engine.resume()] == [EventKind.RESUMED]
    clock.advance(1.0)
    assert engine.remaining_s() == pytest.approx(2.5)
    started = of_kind(run_until(engine, clock, TOTAL_S + 120), EventKind.STEP_STARTED)
    assert [e.due for e in started] == [T0 + 120 + x[5] for x in EXPECTED[6:]]  # shifted by the pause
    summary = engine.summary()
    assert summary.active_s == pytest.approx(TOTAL_S) and summary.wall_s == pytest.approx(TOTAL_S + 120)


def test_pause_first_catches_up_with_steps_that_ended() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    clock.advance(6.0)
    events = engine.pause()
    assert [e.kind for e in events] == [EventKind.STEP_STARTED, EventKind.CUE_MOVE_OR_HOLD, EventKind.PAUSED]
    assert engine.remaining_s() == pytest.approx(1.0)


def test_toggle_pause_starts_pauses_and_resumes() -> None:
    engine, _, _ = engine_for()
    engine.toggle_pause()
    assert engine.state is SessionState.RUNNING
    engine.toggle_pause()
    assert engine.state is SessionState.PAUSED
    engine.toggle_pause()
    assert engine.state is SessionState.RUNNING
    assert engine.start() == []  # only once


# -- navigation --------------------------------------------------------------------------------
def test_skip_in_the_first_set_records_what_was_done_and_goes_to_the_next_lead_in() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 30)  # tilt, set 1, second hold: one repetition finished
    events = engine.skip_exercise()
    assert [e.kind for e in events][:2] == [EventKind.EXERCISE_SKIPPED, EventKind.STEP_STARTED]
    assert engine.current_step.kind is K.TRANSITION and engine.current_item() == HAMSTRING
    assert engine.remaining_s() == 10.0 and engine.step_started_at == T0 + 30
    assert recorder.results[-1] == ExerciseResult("pelvic-tilt", "partial", 0, 2, wall(21), wall(30), 1)
    started = of_kind(run_until(engine, clock, 30 + 37), EventKind.STEP_STARTED)
    assert started[-1].step.kind is K.FINISHED
    assert started[-1].due == T0 + 30 + 37  # the hamstring block lasts 37 s


def test_skip_after_a_finished_set_records_partial() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 45)  # tilt set 2
    engine.skip_exercise()
    assert recorder.results[-1] == ExerciseResult("pelvic-tilt", "partial", 1, 2, wall(21), wall(45), 2)


def test_skip_on_a_transition_skips_the_exercise_it_announces() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 12)  # transition to the tilt
    engine.skip_exercise()
    assert recorder.results[-1] == ExerciseResult("pelvic-tilt", "skipped", 0, 2, None, wall(12))
    assert engine.current_step.kind is K.TRANSITION and engine.current_item() == HAMSTRING


def test_skipping_the_last_exercise_finishes_the_session() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 85)  # hamstring, left side: the right side's set is finished
    events = engine.skip_exercise()
    assert engine.state is SessionState.FINISHED and of_kind(events, EventKind.SESSION_FINISHED)
    assert recorder.results[-1] == ExerciseResult("hamstring-stretch", "partial", 0, 1, wall(67), wall(85), 2)
    assert engine.skip_exercise() == [] and engine.end_early() == []


def test_skip_while_paused_stays_paused_with_the_full_lead_in() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    run_until(engine, clock, 6)
    engine.pause()
    clock.advance(30)
    engine.skip_exercise()
    assert engine.state is SessionState.PAUSED and engine.current_step.kind is K.TRANSITION
    clock.advance(30)
    assert engine.remaining_s() == 10.0
    engine.resume()
    clock.advance(4)
    assert engine.remaining_s() == pytest.approx(6.0) and engine.elapsed_s() == pytest.approx(10)


def test_back_goes_to_the_previous_exercise_and_it_is_recorded_again() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 23)  # first tilt hold
    engine.back_exercise()
    assert engine.current_step.kind is K.GET_READY and engine.current_item() == CAT_COW
    assert engine.remaining_s() == 5.0
    run_until(engine, clock, 23 + 11)
    assert engine.current_step.kind is K.TRANSITION and engine.current_item() == PELVIC_TILT
    assert [(r.exercise_id, r.status, r.started_at, r.ended_at) for r in recorder.results] == [
        ("cat-cow", "done", wall(5), wall(11)), ("cat-cow", "done", wall(28), wall(34)),
    ]
    engine.back_exercise()  # from the tilt's transition: back to cat-cow again
    assert engine.current_item() == CAT_COW
    engine.back_exercise()  # on the first exercise: its start
    assert engine.current_step == engine.plan[0]
    assert [(e.kind, e.due - T0) for e in engine.actions] == [(EventKind.WENT_BACK, t) for t in (23, 34, 34)]


def test_restart_reruns_the_current_exercise_from_its_lead_in() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 50)  # tilt, set 2
    events = engine.restart_exercise()
    assert [(e.kind, e.due - T0) for e in events] == [(EventKind.EXERCISE_RESTARTED, 50),
                                                      (EventKind.STEP_STARTED, 50)]
    assert engine.current_step.kind is K.TRANSITION and engine.current_item() == PELVIC_TILT
    assert len(recorder.results) == 1  # nothing recorded for the abandoned run
    run_until(engine, clock, 50 + 46)
    assert recorder.results[-1] == ExerciseResult("pelvic-tilt", "done", 2, 2, wall(60), wall(96), 4)


# -- ending early ------------------------------------------------------------------------------
def test_end_early_records_the_current_exercise_and_the_ones_not_reached() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 46)  # tilt, set 2
    engine.pause()
    clock.advance(20)
    events = engine.end_early()
    assert [e.kind for e in events] == [EventKind.SESSION_ENDED_EARLY] and events[0].due == T0 + 66
    assert engine.state is SessionState.ENDED_EARLY
    assert recorder.results == [
        ExerciseResult("cat-cow", "done", 1, 1, wall(5), wall(11), 3),
        ExerciseResult("pelvic-tilt", "partial", 1, 2, wall(21), wall(66), 2),
        ExerciseResult("hamstring-stretch", "not_reached", 0, 1, None, wall(66)),
    ]
    summary = engine.summary()
    assert (summary.done, summary.partial, summary.skipped, summary.not_reached) == (1, 1, 0, 1)
    assert summary.active_s == pytest.approx(46) and summary.wall_s == pytest.approx(66)
    clock.advance(100)
    assert engine.tick() == [] and engine.remaining_s() == 0.0 and engine.elapsed_s() == pytest.approx(46)
    assert engine.progress() == pytest.approx(46 / TOTAL_S)
    actions = [(e.kind, e.due - T0) for e in engine.actions]
    assert actions == [(EventKind.PAUSED, 46), (EventKind.SESSION_ENDED_EARLY, 66)]


def test_end_early_before_starting_records_nothing() -> None:
    engine, _, recorder = engine_for()
    assert [e.kind for e in engine.end_early()] == [EventKind.SESSION_ENDED_EARLY]
    assert engine.state is SessionState.ENDED_EARLY and recorder.results == []
    assert engine.start() == []


def test_summary_counts_the_latest_result_of_each_exercise() -> None:
    engine, clock, _ = engine_for()
    engine.start()
    run_until(engine, clock, 45)
    engine.skip_exercise()  # tilt partial, now on the hamstring's transition
    engine.back_exercise()  # tilt again, from its transition
    engine.end_early()
    assert [(r.exercise_id, r.status) for r in engine.results] == [
        ("cat-cow", "done"), ("pelvic-tilt", "partial"),
        ("pelvic-tilt", "not_reached"), ("hamstring-stretch", "not_reached"),
    ]
    summary = engine.summary()
    assert (summary.done, summary.partial, summary.skipped, summary.not_reached) == (1, 0, 0, 2)


def test_ending_early_a_few_reps_into_the_first_exercise_is_partial_not_skipped() -> None:
    engine, clock, recorder = engine_for()
    engine.start()
    run_until(engine, clock, 8)  # cat-cow: one of three reps finished
    engine.end_early()
    assert [(r.exercise_id, r.status, r.reps_done) for r in recorder.results] == [
        ("cat-cow", "partial", 1), ("pelvic-tilt", "not_reached", 0), ("hamstring-stretch", "not_reached", 0),
    ]
    summary = engine.summary()
    assert (summary.done, summary.partial, summary.skipped, summary.not_reached) == (0, 1, 0, 2)


# -- a custom plan -----------------------------------------------------------------------------
def test_the_engine_runs_a_plan_built_with_other_timings() -> None:
    plan = build_plan([PELVIC_TILT], get_ready_s=2, relax_s=1)
    engine, clock, recorder = engine_for(plan)
    assert engine.items == (PELVIC_TILT,)
    engine.start()
    run_until(engine, clock, planned_duration(plan))
    assert planned_duration(plan) == 2 + (5 + 1 + 5) * 2 + 10
    assert engine.state is SessionState.FINISHED and recorder.results[0].status == "done"
    with pytest.raises(ValueError):
        SessionEngine(plan[:-1], FakeClock())


def test_the_engine_imports_no_qt() -> None:
    code = ("import sys, exercises_app.core.session\n"
            "sys.exit(any(m.startswith('PySide') for m in sys.modules))")
    root = Path(__file__).parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


# -- an activity timed in minutes (walking) ------------------------------------------------------
WALKING = SessionItem("walking", Text("Walking", "Marche"), Dose.for_minutes(10, 1))


def test_a_dose_in_minutes_is_one_timed_activity_step() -> None:
    plan = build_plan([CAT_COW, WALKING])
    walking = [s for s in plan if s.item is WALKING]
    assert [(s.kind, s.duration_s) for s in walking] == [(K.TRANSITION, 10.0), (K.ACTIVITY, 600.0)]
    assert planned_duration(plan) == 5 + 6 + 10 + 600


def test_walking_runs_on_the_fake_clock_counts_down_its_last_seconds_and_is_recorded() -> None:
    engine, clock, recorder = engine_for([WALKING])
    events = engine.start() + run_until(engine, clock, 5 + 1)
    assert engine.current_step.kind is K.ACTIVITY
    assert countdown_text(engine.remaining_s()) == "9:59"
    events += run_until(engine, clock, 5 + 600 + 1)
    assert [e.due - T0 for e in of_kind(events, EventKind.CUE_MOVE_OR_HOLD)] == [5]
    assert [e.count for e in of_kind(events, EventKind.CUE_COUNTDOWN)] == [3, 2, 1]
    assert engine.state is SessionState.FINISHED
    assert recorder.results == [ExerciseResult("walking", "done", 1, 1, wall(5), wall(605), 1)]


def test_countdown_text_shows_minutes_from_a_minute_up() -> None:
    assert [countdown_text(s) for s in (0, 0.2, 7, 59, 59.5, 61, 600)] == ["0", "1", "7", "59", "1:00", "1:01", "10:00"]



def test_a_second_go_guides_through_what_is_left_in_order() -> None:
    items = [CAT_COW, PELVIC_TILT, HAMSTRING]
    assert items_left(items, {"pelvic-tilt"}) == [CAT_COW, HAMSTRING]
    assert items_left(items, set()) == items
    assert items_left(items, {"cat-cow", "pelvic-tilt", "hamstring-stretch"}) == items  # all done: all again
    assert items_left(items, {"an-exercise-not-in-this-session"}) == items
