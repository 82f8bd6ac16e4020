"""The guided-session engine: a plan of timed steps and a clock-driven state machine that walks it.

Pure Python, no Qt. A view calls :meth:`SessionEngine.tick` from a timer and turns the returned
events into screen updates and sounds; tests drive it with a ``FakeClock`` and never sleep.

How a routine becomes steps (:func:`build_plan`):

* Every exercise starts with a lead-in that belongs to it: GET_READY for the first exercise,
  TRANSITION for the others (it shows the name of the exercise about to start). "Skip" on a
  transition therefore skips the exercise it announces, and "back"/"restart" return to a lead-in
  so the patient has time to get into position.
* One rep is: MOVE (tempo only: one full movement cycle in ``tempo_s``); HOLD (hold only);
  MOVE then HOLD (tempo and hold: move into the end position over ``tempo_s``, then hold).
  Reps with a hold are separated by RELAX (``relax_s``); tempo-only reps follow each other
  without a pause, as in a continuous cat-cow. REST (``rest_s``) separates sets.
* A dose in minutes (an activity such as walking) is one ACTIVITY step of that many minutes.
* Per-side doses alternate by set: set 1 on the right, SWITCH_SIDES, set 1 on the left, REST,
  set 2 on the right, ... A set counts as done once both sides are done.
* Pauses (GET_READY, TRANSITION, RELAX, REST, SWITCH_SIDES) carry the set, rep and side that come
  *next*, so the screen can say what is coming ("now the left side").
* Zero-length steps are left out; the plan always ends with one FINISHED step.

Timing never drifts: the engine keeps one *anchor* (the monotonic time at which the plan would
have started) and every step starts at ``anchor + planned offset``. A late ``tick()`` walks
through every step whose end has passed, each new step starting at the previous one's scheduled
end, and reports their events with their true ``due`` times. Only pause/resume and the patient's
own actions (skip, back, restart) move the anchor.

Patient actions: pause freezes the remaining time, resume continues from it. Skip, back and
restart act at once (after catching up with the clock) and keep a pause in force: a paused skip
shows the next lead-in, full length, still paused. Back goes to the previous exercise's lead-in
(the first exercise's own when already there); restart to the current one's. ``toggle_pause``
also starts a session that has not started (one key for Start/Pause). Every action is returned
as an event and kept in ``actions``.

Countdown cues: during a HOLD, CUE_COUNTDOWN is due at 3, 2 and 1 whole seconds before its end
(marks that would coincide with the start of the hold are left out: the hold cue covers them).
When a late tick has passed several marks of the current hold, only the latest is reported;
steps that ended entirely before a tick report no countdown (the moment has gone).

Recording: the recorder is called as things happen. An exercise whose last step ends is 'done'.
A skipped exercise is 'partial' if at least one repetition was finished, otherwise 'skipped' (the
patient's choice). When the session is ended early, the exercise in progress is 'partial' with what
was done if at least one repetition was finished, otherwise 'not_reached', and every later one is
'not_reached': ending early is not a choice to skip them. So every exercise of a started session has
a result. Each result carries the sets finished (on every side) and the repetitions finished in all
(over every set and side: a whole 2 × 10 each side is 40). Back and restart record nothing: the
exercise is recorded when it is run again.
"""
from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, cast

from .clock import Clock
from .library import Dose, Exercise
from .session_results import ExerciseResult, ResultStatus
from .text import Text

Side = Literal["right", "left"]


@dataclass(frozen=True)
class SessionItem:
    """One exercise of a routine, with the dose to do today."""

    exercise_id: str
    name: Text
    dose: Dose

    @classmethod
    def from_exercise(cls, exercise: Exercise, dose: Dose | None = None) -> SessionItem:
        """An item for a library exercise, at its default dose unless ``dose`` is given."""
        return cls(exercise.id, exercise.name, dose or exercise.dose)


class StepKind(enum.Enum):
    """What the patient does during a step."""

    GET_READY = "get_ready"
    MOVE = "move"
    HOLD = "hold"
    ACTIVITY = "activity"  # a timed activity such as walking (a dose in minutes)
    RELAX = "relax"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"
    TRANSITION = "transition"
    FINISHED = "finished"


class Motion(enum.Enum):
    """How the illustration moves during a step (0 = start position, 1 = end position)."""

    START = "start"  # still, in the start position
    END = "end"  # still, in the end position
    CYCLE = "cycle"  # start -> end -> start over the step
    INTO = "into"  # start -> end over the step


@dataclass(frozen=True)
class Step:
    """One timed step of a session plan."""

    kind: StepKind
    item_index: int  # len(items) for FINISHED
    item: SessionItem | None  # None only for FINISHED
    set_number: int  # 1-based; for pauses, the set that comes next
    sets_total: int
    rep_number: int  # 1-based; for pauses, the rep that comes next
    reps_total: int
    side: Side | None  # for per-side doses; for pauses, the side that comes next
    duration_s: float
    motion: Motion

    def frame_at(self, elapsed_s: float) -> float:
        """The illustration phase (0.0 start position .. 1.0 end position) ``elapsed_s`` into the step."""
        if self.motion is Motion.START:
            return 0.0
        if self.motion is Motion.END:
            return 1.0
        fraction = min(max(elapsed_s / self.duration_s, 0.0), 1.0) if self.duration_s > 0 else 1.0
        turns = 2.0 if self.motion is Motion.CYCLE else 1.0
        return (1.0 - math.cos(math.pi * turns * fraction)) / 2.0


_WORK_KINDS = frozenset({StepKind.MOVE, StepKind.HOLD, StepKind.ACTIVITY})


def items_left(items: Sequence[SessionItem], done_ids: Collection[str]) -> list[SessionItem]:
    """The items of a session not done yet today, in order: what a second go guides through by
    default (every item when all are done: the patient asked for the session again)."""
    left = [item for item in items if item.exercise_id not in done_ids]
    return left or list(items)


def build_plan(
    items: Sequence[SessionItem],
    *,
    get_ready_s: float = 5.0,
    transition_s: float = 10.0,
    relax_s: float = 3.0,
    switch_sides_s: float = 5.0,
) -> list[Step]:
    """The ordered steps of a session for ``items`` (see the module docstring for the rules)."""
    if not items:
        raise ValueError("a session needs at least one exercise")
    plan: list[Step] = []
    for index, item in enumerate(items):
        lead_in = (StepKind.GET_READY, get_ready_s) if index == 0 else (StepKind.TRANSITION, transition_s)
        plan += _exercise_steps(index, item, lead_in, relax_s, switch_sides_s)
    last = items[-1].dose
    plan.append(Step(StepKind.FINISHED, len(items), None, last.sets, last.sets, last.reps, last.reps,
                     None, 0.0, Motion.START))
    return plan


def _exercise_steps(
    index: int, item: SessionItem, lead_in: tuple[StepKind, float], relax_s: float, switch_sides_s: float
) -> list[Step]:
    """The lead-in and the work of one exercise."""
    dose = item.dose
    if dose.minutes is not None:
        lead = [Step(lead_in[0], index, item, 1, 1, 1, 1, None, float(lead_in[1]), Motion.START)] if lead_in[1] else []
        return lead + [Step(StepKind.ACTIVITY, index, item, 1, 1, 1, 1, None, float(dose.minutes * 60), Motion.START)]
    if dose.hold_s is None and dose.tempo_s is None:
        raise ValueError(f"dose of '{item.exercise_id}' has neither hold_s nor tempo_s")
    if dose.sets < 1 or dose.reps < 1:
        raise ValueError(f"dose of '{item.exercise_id}' needs at least one set and one rep")
    sides: tuple[Side | None, ...] = ("right", "left") if dose.per_side else (None,)
    move_motion = Motion.INTO if dose.hold_s else Motion.CYCLE
    steps: list[Step] = []

    def add(kind: StepKind, duration: float | None, motion: Motion, set_number: int, rep: int,
            side: Side | None) -> None:
        if duration:
            steps.append(Step(kind, index, item, set_number, dose.sets, rep, dose.reps, side,
                              float(duration), motion))

    add(lead_in[0], lead_in[1], Motion.START, 1, 1, sides[0])
    for set_number in range(1, dose.sets + 1):
        if set_number > 1:
            add(StepKind.REST, dose.rest_s, Motion.START, set_number, 1, sides[0])
        for side_number, side in enumerate(sides):
            if side_number > 0:
                add(StepKind.SWITCH_SIDES, switch_sides_s, Motion.START, set_number, 1, side)
            for rep in range(1, dose.reps + 1):
                if rep > 1 and dose.hold_s:
                    add(StepKind.RELAX, relax_s, Motion.START, set_number, rep, side)
                add(StepKind.MOVE, dose.tempo_s, move_motion, set_number, rep, side)
                add(StepKind.HOLD, dose.hold_s, Motion.END, set_number, rep, side)
    return steps


def countdown_text(remaining_s: float) -> str:
    """The time left as shown on the countdown: whole seconds ('7'), or minutes and seconds from a
    minute up ('9:58'), rounded up as the session view always has."""
    seconds = max(0, int(remaining_s + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else str(seconds)


def planned_duration(plan: Sequence[Step]) -> float:
    """Total planned seconds of a plan, without pauses."""
    return sum(step.duration_s for step in plan)


class EventKind(enum.Enum):
    """Something the view may show or sound."""

    STEP_STARTED = "step_started"
    CUE_MOVE_OR_HOLD = "cue_move_or_hold"  # a movement or a hold starts
    CUE_RELAX = "cue_relax"  # a relax or a rest starts
    CUE_SWITCH_SIDES = "cue_switch_sides"
    CUE_COUNTDOWN = "cue_countdown"  # ``count`` whole seconds left in a hold
    CUE_EXERCISE_DONE = "cue_exercise_done"
    EXERCISE_SKIPPED = "exercise_skipped"
    WENT_BACK = "went_back"
    EXERCISE_RESTARTED = "exercise_restarted"
    PAUSED = "paused"
    RESUMED = "resumed"
    SESSION_FINISHED = "session_finished"
    SESSION_ENDED_EARLY = "session_ended_early"


@dataclass(frozen=True)
class Event:
    """An event of the session; ``due`` is its true (scheduled) monotonic time, however late reported."""

    kind: EventKind
    step: Step
    due: float
    count: int | None = None  # for CUE_COUNTDOWN


_START_CUES = {
    StepKind.MOVE: EventKind.CUE_MOVE_OR_HOLD,
    StepKind.HOLD: EventKind.CUE_MOVE_OR_HOLD,
    StepKind.ACTIVITY: EventKind.CUE_MOVE_OR_HOLD,
    StepKind.RELAX: EventKind.CUE_RELAX,
    StepKind.REST: EventKind.CUE_RELAX,
    StepKind.SWITCH_SIDES: EventKind.CUE_SWITCH_SIDES,
}
_COUNTDOWN_MARKS = (3, 2, 1)
_COUNTED_KINDS = frozenset({StepKind.HOLD, StepKind.ACTIVITY})  # steps whose last seconds are counted down


class SessionRecorder(Protocol):
    """Receives each exercise result as soon as it is known."""

    def record_exercise(self, result: ExerciseResult) -> None: ...


@dataclass
class InMemoryRecorder:
    """A recorder that keeps the results in a list (tests, previews)."""

    results: list[ExerciseResult] = field(default_factory=list)

    def record_exercise(self, result: ExerciseResult) -> None:
        self.results.append(result)


@dataclass(frozen=True)
class SessionSummary:
    """Counts over the latest result of each exercise, and the time taken."""

    done: int
    partial: int
    skipped: int
    active_s: float  # session time excluding pauses
    wall_s: float  # from start to end on the wall clock, pauses included
    not_reached: int = 0  # exercises the session ended before (ending early is not skipping)


class SessionState(enum.Enum):
    """Where the session is; FINISHED and ENDED_EARLY are final."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"


_LIVE = (SessionState.RUNNING, SessionState.PAUSED)


class SessionEngine:
    """Walks a plan on an injectable monotonic clock; see the module docstring for the rules."""

    def __init__(
        self,
        plan_or_items: Sequence[SessionItem] | Sequence[Step],
        clock: Clock,
        recorder: SessionRecorder | None = None,
    ) -> None:
        if plan_or_items and all(isinstance(x, Step) for x in plan_or_items):
            plan = [x for x in plan_or_items if isinstance(x, Step)]
            if plan[-1].kind is not StepKind.FINISHED:
                raise ValueError("a plan must end with a FINISHED step")
        else:
            plan = build_plan(cast(Sequence[SessionItem], plan_or_items))  # items, or empty
        self._plan: tuple[Step, ...] = tuple(plan)
        by_index = {s.item_index: s.item for s in plan if s.item is not None}
        self._items: tuple[SessionItem, ...] = tuple(by_index[i] for i in sorted(by_index))
        self._clock = clock
        self._recorder = recorder
        self._offsets = [0.0]
        for step in self._plan:
            self._offsets.append(self._offsets[-1] + step.duration_s)
        self._block_start: dict[int, int] = {}  # item index -> index of its lead-in (first step)
        self._last_step: dict[int, int] = {}  # item index -> index of its last step
        last_of_set_side: dict[tuple[int, int, Side | None], int] = {}
        for j, step in enumerate(self._plan):
            if step.item is None:
                continue
            self._block_start.setdefault(step.item_index, j)
            self._last_step[step.item_index] = j
            if step.kind in _WORK_KINDS:
                last_of_set_side[(step.item_index, step.set_number, step.side)] = j
        # the steps whose end finishes a set on one side, and those that finish a repetition
        self._closes_set_side = frozenset(last_of_set_side.values())
        last_of_rep: dict[tuple[int, int, Side | None, int], int] = {}
        for j, step in enumerate(self._plan):
            if step.item is not None and step.kind in _WORK_KINDS:
                last_of_rep[(step.item_index, step.set_number, step.side, step.rep_number)] = j
        self._closes_rep = frozenset(last_of_rep.values())
        self._state = SessionState.NOT_STARTED
        self._index = 0
        self._anchor = 0.0  # monotonic time at which the plan's offset 0 is (or would have been)
        self._started_mono: float | None = None
        self._started_wall: dt.datetime | None = None
        self._ended_mono: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._last_countdown: int | None = None
        self._item_started_at: dt.datetime | None = None
        self._latest: dict[int, ExerciseResult] = {}
        self.results: list[ExerciseResult] = []
        self.actions: list[Event] = []  # the patient's pauses, resumes, skips, backs, restarts and end

    # -- reading ---------------------------------------------------------------------------
    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def plan(self) -> tuple[Step, ...]:
        return self._plan

    @property
    def items(self) -> tuple[SessionItem, ...]:
        return self._items

    @property
    def current_index(self) -> int:
        """Index of the current step in :attr:`plan`."""
        return self._index

    @property
    def current_step(self) -> Step:
        return self._plan[self._index]

    @property
    def step_started_at(self) -> float | None:
        """Scheduled monotonic start of the current step (None before the session starts)."""
        return None if self._started_mono is None else self._step_start()

    def current_item(self) -> SessionItem | None:
        """The exercise the current step belongs to (None once finished)."""
        return self.current_step.item

    def next_item(self) -> SessionItem | None:
        """The exercise after the current one, or None."""
        following = self.current_step.item_index + 1
        return self._items[following] if following < len(self._items) else None

    def remaining_s(self) -> float:
        """Seconds left in the current step, from the clock (frozen while paused; 0 once over)."""
        if self._state is SessionState.NOT_STARTED:
            return self.current_step.duration_s
        if self._state not in _LIVE:
            return 0.0
        return max(0.0, self._step_end() - self._reference())

    def elapsed_s(self) -> float:
        """Active seconds since start, excluding pauses."""
        if self._started_mono is None:
            return 0.0
        return self._reference() - self._started_mono - self._paused_total

    def progress(self) -> float:
        """Share of the plan's planned time behind the patient, 0..1."""
        if self._state is SessionState.FINISHED:
            return 1.0
        total = self._offsets[-1]
        if self._started_mono is None or total <= 0:
            return 0.0
        into_step = min(max(self._reference() - self._step_start(), 0.0), self.current_step.duration_s)
        return min((self._offsets[self._index] + into_step) / total, 1.0)

    def frame_hint(self) -> float:
        """Illustration phase now (0.0 start position .. 1.0 end position)."""
        if self._started_mono is None:
            return 0.0
        return self.current_step.frame_at(self._reference() - self._step_start())

    def next_due(self) -> float | None:
        """Monotonic time of the next thing :meth:`tick` will report, so a view can aim its timer."""
        if self._state is not SessionState.RUNNING:
            return None
        pending = [self._step_end() - n for n in self._pending_countdown_marks()]
        return min([self._step_end(), *pending])

    def summary(self) -> SessionSummary:
        """Counts of the latest result per exercise, and the active and wall time so far."""
        statuses = [r.status for r in self._latest.values()]
        wall = 0.0
        if self._started_wall is not None:
            end = self._wall(self._ended_mono) if self._ended_mono is not None else self._clock.now()
            wall = (end - self._started_wall).total_seconds()
        return SessionSummary(statuses.count("done"), statuses.count("partial"), statuses.count("skipped"),
                              self.elapsed_s(), wall, statuses.count("not_reached"))

    # -- commands --------------------------------------------------------------------------
    def start(self) -> list[Event]:
        """Begin the first step now."""
        if self._state is not SessionState.NOT_STARTED:
            return []
        now = self._clock.monotonic()
        self._started_mono = now
        self._started_wall = self._clock.now()
        self._state = SessionState.RUNNING
        return self._jump(0, now)

    def tick(self) -> list[Event]:
        """Catch up with the clock: report every step end, start and cue that is due."""
        if self._state is not SessionState.RUNNING:
            return []
        return self._catch_up(self._clock.monotonic())

    def pause(self) -> list[Event]:
        """Stop time; the remaining time of the step is kept."""
        if self._state is not SessionState.RUNNING:
            return []
        now = self._clock.monotonic()
        events = self._catch_up(now)
        if self._state is SessionState.RUNNING:
            self._state = SessionState.PAUSED
            self._paused_at = now
            events.append(self._action(EventKind.PAUSED, now))
        return events

    def resume(self) -> list[Event]:
        """Let time run again from where it stopped."""
        if self._state is not SessionState.PAUSED or self._paused_at is None:
            return []
        now = self._clock.monotonic()
        self._anchor += now - self._paused_at
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self._state = SessionState.RUNNING
        return [self._action(EventKind.RESUMED, now)]

    def toggle_pause(self) -> list[Event]:
        """Start, pause or resume, whichever fits (one key for all three)."""
        if self._state is SessionState.NOT_STARTED:
            return self.start()
        return self.pause() if self._state is SessionState.RUNNING else self.resume()

    def skip_exercise(self) -> list[Event]:
        """Record the current exercise as partial or skipped and go to the next one's lead-in."""
        if self._state not in _LIVE:
            return []
        now, events = self._settle()
        if self._state not in _LIVE:
            return events
        item_index = self.current_step.item_index
        self._record(item_index, self._unfinished_status(item_index), now)
        events.append(self._action(EventKind.EXERCISE_SKIPPED, now))
        following = item_index + 1
        target = self._block_start[following] if following < len(self._items) else len(self._plan) - 1
        return events + self._jump(target, now)

    def back_exercise(self) -> list[Event]:
        """Go to the lead-in of the previous exercise (of the first one when already there)."""
        if self._state not in _LIVE:
            return []
        now, events = self._settle()
        if self._state not in _LIVE:
            return events
        events.append(self._action(EventKind.WENT_BACK, now))
        return events + self._jump(self._block_start[max(self.current_step.item_index - 1, 0)], now)

    def restart_exercise(self) -> list[Event]:
        """Go back to the lead-in of the current exercise."""
        if self._state not in _LIVE:
            return []
        now, events = self._settle()
        if self._state not in _LIVE:
            return events
        events.append(self._action(EventKind.EXERCISE_RESTARTED, now))
        return events + self._jump(self._block_start[self.current_step.item_index], now)

    def end_early(self) -> list[Event]:
        """Stop the session; record the current exercise and those not reached."""
        now = self._clock.monotonic()
        if self._state is SessionState.NOT_STARTED:
            self._state = SessionState.ENDED_EARLY
            return [self._action(EventKind.SESSION_ENDED_EARLY, now)]
        if self._state not in _LIVE:
            return []
        now, events = self._settle()
        if self._state not in _LIVE:
            return events
        current = self.current_step.item_index
        self._record(current, "partial" if self._reps_done(current) else "not_reached", now)
        for later in range(current + 1, len(self._items)):
            item = self._items[later]
            result = ExerciseResult(item.exercise_id, "not_reached", 0, item.dose.sets, None, self._wall(now))
            self._store(later, result)
        self._state = SessionState.ENDED_EARLY
        self._ended_mono = now
        return events + [self._action(EventKind.SESSION_ENDED_EARLY, now)]

    # -- internals -------------------------------------------------------------------------
    def _action(self, kind: EventKind, at: float) -> Event:
        """An event for something the patient did, kept in :attr:`actions`."""
        event = Event(kind, self.current_step, at)
        self.actions.append(event)
        return event

    def _step_start(self) -> float:
        return self._anchor + self._offsets[self._index]

    def _step_end(self) -> float:
        return self._anchor + self._offsets[self._index + 1]

    def _reference(self) -> float:
        """The engine's 'now': frozen while paused and once the session is over."""
        if self._ended_mono is not None:
            return self._ended_mono
        if self._paused_at is not None:
            return self._paused_at
        return self._clock.monotonic()

    def _wall(self, mono: float) -> dt.datetime:
        """The wall time of a monotonic instant."""
        return self._clock.now() - dt.timedelta(seconds=self._clock.monotonic() - mono)

    def _settle(self) -> tuple[float, list[Event]]:
        """Before a patient action: catch up if running; if paused, book the pause so far, restart it now."""
        now = self._clock.monotonic()
        if self._state is SessionState.RUNNING:
            return now, self._catch_up(now)
        if self._paused_at is not None:
            self._anchor += now - self._paused_at
            self._paused_total += now - self._paused_at
            self._paused_at = now
        return now, []

    def _catch_up(self, now: float) -> list[Event]:
        events: list[Event] = []
        while self._state is SessionState.RUNNING and now >= self._step_end():
            end = self._step_end()
            ended = self.current_step
            if ended.item is not None and self._index == self._last_step[ended.item_index]:
                item = ended.item
                self._record(ended.item_index, "done", end, sets_done=item.dose.sets)
                events.append(Event(EventKind.CUE_EXERCISE_DONE, ended, end))
            self._index += 1
            events += self._entered(end)
        if self._state is SessionState.RUNNING and self.current_step.kind in _COUNTED_KINDS:
            passed = [n for n in self._pending_countdown_marks() if self._step_end() - n <= now]
            if passed:
                self._last_countdown = min(passed)
                events.append(Event(EventKind.CUE_COUNTDOWN, self.current_step,
                                    self._step_end() - self._last_countdown, self._last_countdown))
        return events

    def _pending_countdown_marks(self) -> list[int]:
        step = self.current_step
        if step.kind not in _COUNTED_KINDS:
            return []
        return [n for n in _COUNTDOWN_MARKS
                if n < step.duration_s and (self._last_countdown is None or n < self._last_countdown)]

    def _jump(self, index: int, at: float) -> list[Event]:
        """Make ``index`` the current step, starting at ``at`` (re-anchors the schedule)."""
        self._index = index
        self._anchor = at - self._offsets[index]
        return self._entered(at)

    def _entered(self, at: float) -> list[Event]:
        """Bookkeeping and events for the step just made current, which started at ``at``."""
        step = self.current_step
        self._last_countdown = None
        if step.item is not None and self._index == self._block_start[step.item_index]:
            self._item_started_at = None
        if step.kind in _WORK_KINDS and self._item_started_at is None:
            self._item_started_at = self._wall(at)
        events = [Event(EventKind.STEP_STARTED, step, at)]
        if step.kind in _START_CUES:
            events.append(Event(_START_CUES[step.kind], step, at))
        if step.kind is StepKind.FINISHED:
            self._state = SessionState.FINISHED
            self._ended_mono = at
            self._paused_at = None
            events.append(Event(EventKind.SESSION_FINISHED, step, at))
        return events

    def _sets_done(self, item_index: int) -> tuple[int, bool]:
        """(sets finished on every side, whether any set was finished on any side) in the current run."""
        closed = [self._plan[j] for j in self._closes_set_side
                  if self._plan[j].item_index == item_index and j < self._index]
        item = self._items[item_index]
        sides_needed = 2 if item.dose.per_side else 1
        per_set: dict[int, int] = {}
        for step in closed:
            per_set[step.set_number] = per_set.get(step.set_number, 0) + 1
        return sum(1 for n in per_set.values() if n == sides_needed), bool(closed)

    def _reps_done(self, item_index: int) -> int:
        """Repetitions finished (over every set and side) in the current run of an exercise."""
        return sum(1 for j in self._closes_rep if self._plan[j].item_index == item_index and j < self._index)

    def _unfinished_status(self, item_index: int) -> ResultStatus:
        return "partial" if self._reps_done(item_index) else "skipped"

    def _record(self, item_index: int, status: ResultStatus, at: float, sets_done: int | None = None) -> None:
        item = self._items[item_index]
        done = self._sets_done(item_index)[0] if sets_done is None else sets_done
        if status == "done":
            reps = item.dose.sets * item.dose.reps * (2 if item.dose.per_side else 1)
        else:
            reps = self._reps_done(item_index)
        started = self._item_started_at if self.current_step.item_index == item_index else None
        result = ExerciseResult(item.exercise_id, status, done, item.dose.sets, started, self._wall(at), reps)
        self._store(item_index, result)

    def _store(self, item_index: int, result: ExerciseResult) -> None:
        self.results.append(result)
        self._latest[item_index] = result
        if self._recorder is not None:
            self._recorder.record_exercise(result)
