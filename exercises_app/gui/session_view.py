"""The guided session: follow today's exercises hands-free, with a large countdown and cues."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..audio import CuePlayer
from ..core.dose_text import describe_dose
from ..core.record.days import RedFlag
from ..core.record.errors import RecordError
from ..core.record.journal import SPREADING
from ..core.record.progression import Proposal
from ..core.record.recorder import SessionRecorder
from ..core.red_flags import EMERGENCY
from ..core.session import (
    Event,
    EventKind,
    SessionEngine,
    SessionState,
    Step,
    StepKind,
    build_plan,
    countdown_text,
    items_left,
    planned_duration,
)
from ..core.spoken_cues import Phrase, phrase_for
from ..core.text import Text
from ..speech import Speaker
from .content_html import bullet_list, escape, heading
from .context import AppContext
from .dialog_buttons import ask_between
from .dose_step_dialog import DoseStepDialog
from .sound_status import sound_unavailable_text
from .view_fonts import large_text
from .widgets.check_indicators import grow_check_indicators
from .widgets.check_label import CheckLabel
from .widgets.illustration import IllustrationWidget
from .widgets.pain_scale import PainScale

log = logging.getLogger(__name__)
TICK_MS = 50
CUE_SOUNDS = {
    EventKind.CUE_MOVE_OR_HOLD: "move",
    EventKind.CUE_RELAX: "relax",
    EventKind.CUE_SWITCH_SIDES: "relax",
    EventKind.CUE_COUNTDOWN: "countdown",
    EventKind.CUE_EXERCISE_DONE: "done",
    EventKind.SESSION_FINISHED: "done",
}
FLASH_MS = 350


def _font(base: QFont, scale: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


class SessionView(QWidget):
    """Ready page → running page (countdown, instruction, moving drawing) → summary with pain rating."""

    sessionRecorded = Signal()  # an exercise or the session report reached the store
    sessionClosed = Signal()  # the patient left the summary
    safetyRequested = Signal()

    def __init__(self, context: AppContext, cues: CuePlayer, parent: QWidget | None = None,
                 speaker: Speaker | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cues = cues
        self.speaker = speaker  # the voice (None: no voice); used when the preference asks for it
        self.lang = context.lang
        self.slot = 1
        # asks the patient about the dose steps proposed before a go; tests replace it
        self.ask_dose_steps: Callable[[Sequence[Proposal]], list[tuple[Proposal, bool]] | None] = (
            lambda proposals: DoseStepDialog.ask(proposals, self.lang, self, self._easier_names(proposals)))
        self.engine: SessionEngine | None = None
        self.recorder: SessionRecorder | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.aim_timer = QTimer(self)  # fires exactly when the next step ends, between regular ticks
        self.aim_timer.setSingleShot(True)
        self.aim_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.aim_timer.timeout.connect(self.tick)
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.timeout.connect(self._on_flash_over)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_ready_page())
        self.pages.addWidget(self._build_run_page())
        self.pages.addWidget(self._build_summary_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)
        self._install_shortcuts()
        self.prepare(1)

    # -- pages -----------------------------------------------------------------------------
    def _build_ready_page(self) -> QWidget:
        page = QWidget()
        self.ready_title = QLabel()
        self.ready_title.setFont(_font(self.font(), 2.0, bold=True))
        self.ready_title.setWordWrap(True)
        self.ready_list = QLabel()
        self.ready_list.setWordWrap(True)
        self.ready_list.setFont(_font(self.font(), 1.25))
        self.ready_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("bigButton")
        self.start_button.setFont(_font(self.font(), 2.2, bold=True))
        self.start_button.setMinimumHeight(96)
        self.start_button.setToolTip(self.tr("Start the session (Space)"))
        self.start_button.clicked.connect(lambda: self.start())
        self.from_beginning_button = QPushButton(self.tr("Start from the beginning"))
        self.from_beginning_button.setFont(_font(self.font(), 1.3))
        self.from_beginning_button.setMinimumHeight(56)
        self.from_beginning_button.setToolTip(self.tr("Be guided through every exercise of the session again"))
        self.from_beginning_button.clicked.connect(lambda: self.start(from_beginning=True))
        self.from_beginning_button.hide()
        hint = QLabel(self.tr("Space: pause or resume · Right arrow: skip exercise · Left arrow: back · Escape: end"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        # A long session at a large text size is taller than a small window: the list scrolls, Start stays.
        self.ready_scroll = QScrollArea()
        self.ready_scroll.setWidgetResizable(True)
        self.ready_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.ready_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ready_scroll.setWidget(self.ready_list)
        layout.addWidget(self.ready_title)
        layout.addWidget(self.ready_scroll, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.from_beginning_button)
        layout.addWidget(hint)
        return page

    def _build_run_page(self) -> QWidget:
        page = QWidget()
        self.exercise_name = QLabel()
        self.exercise_name.setFont(_font(self.font(), 2.3, bold=True))
        self.exercise_name.setWordWrap(True)
        self.exercise_name.setTextFormat(Qt.TextFormat.PlainText)  # names come from files
        self.next_label = QLabel()
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setFont(_font(self.font(), 1.2))
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_label.setWordWrap(True)

        self.illustration = IllustrationWidget(show_play_button=False)
        self.illustration.setMinimumSize(320, 220)
        self.illustration.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.countdown_panel = QFrame()
        self.countdown_panel.setObjectName("countdownPanel")
        self.countdown = QLabel("0")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setFont(_font(self.font(), 13.0, bold=True))
        self.countdown.setAccessibleName(self.tr("Seconds left"))
        self.instruction = QLabel()
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setFont(_font(self.font(), 3.2, bold=True))
        self.instruction.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setFont(_font(self.font(), 1.6))
        self.detail.setWordWrap(True)
        panel_layout = QVBoxLayout(self.countdown_panel)
        panel_layout.addWidget(self.countdown, 3)
        panel_layout.addWidget(self.instruction, 1)
        panel_layout.addWidget(self.detail, 1)
        self._set_flash(False)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress through the session"))
        self.progress.setMinimumHeight(18)

        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Go back one exercise (Left arrow)"))
        self.back_button.clicked.connect(self.back)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setFont(_font(self.font(), 1.6, bold=True))
        self.pause_button.setMinimumSize(220, 64)
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = QPushButton(self.tr("Skip ▶"))
        self.skip_button.setToolTip(self.tr("Skip this exercise (Right arrow)"))
        self.skip_button.clicked.connect(self.skip)
        self.restart_button = QPushButton(self.tr("Restart exercise"))
        self.restart_button.clicked.connect(self.restart)
        self.end_button = QPushButton(self.tr("End"))
        self.end_button.setToolTip(self.tr("End the session now (Escape)"))
        self.end_button.clicked.connect(self.confirm_end)
        self.stop_if_button = QPushButton(self.tr("Stop if…"))
        self.stop_if_button.setToolTip(self.tr("When to stop this exercise"))
        self.stop_if_button.clicked.connect(self.show_stop_if)
        self.red_flags_button = QPushButton(self.tr("Warning signs"))
        self.red_flags_button.setToolTip(self.tr("When to stop and seek care"))
        self.red_flags_button.clicked.connect(self.show_warning_signs)
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.mute_button.setChecked(self._stored_mute())
        self._on_mute_toggled(self.mute_button.isChecked())
        for button in (self.back_button, self.skip_button, self.restart_button, self.end_button,
                       self.stop_if_button, self.red_flags_button, self.mute_button):
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keep Space/arrows for the session keys
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.save_warning = QLabel()
        self.save_warning.setWordWrap(True)
        self.save_warning.setStyleSheet("background: #fff4d6; color: #3d2b00; border: 1px solid #b07d00; padding: 6px;")
        self.save_warning.hide()

        header = QHBoxLayout()
        header.addWidget(self.exercise_name, 3)
        header.addWidget(self.next_label, 2)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 5)
        middle.addWidget(self.countdown_panel, 4)
        # Two rows, so that large text never squeezes a button: moving through the session first,
        # then safety, sound and ending.
        controls = QVBoxLayout()
        moving = QHBoxLayout()
        for widget in (self.back_button, self.pause_button, self.skip_button, self.restart_button):
            moving.addWidget(widget)
        moving.addStretch(1)
        other = QHBoxLayout()
        for widget in (self.stop_if_button, self.red_flags_button, self.mute_button):
            other.addWidget(widget)
        other.addStretch(1)
        other.addWidget(self.end_button)
        controls.addLayout(moving)
        controls.addLayout(other)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addLayout(middle, 1)
        layout.addWidget(self.progress)
        layout.addLayout(controls)
        layout.addWidget(self.save_warning)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_title = QLabel()
        self.summary_title.setFont(_font(self.font(), 2.2, bold=True))
        self.summary_text = QLabel()
        self.summary_text.setFont(_font(self.font(), 1.3))
        self.summary_text.setWordWrap(True)
        question = QLabel(self.tr("How much pain do you have now?"))
        question.setFont(_font(self.font(), 1.4, bold=True))
        # The answers are read and given from the mat: at least Today's size (``view_fonts.large_text``).
        answers = large_text(self.font())
        self.pain_scale = PainScale()
        self.pain_scale.setFont(answers)
        self.spreading = QCheckBox()
        spreading_label = CheckLabel(self.tr("Pain, numbness or tingling spread down my leg or into my arm"),
                                     self.spreading)
        spreading_label.setFont(answers)
        self.spreading_hint = QLabel(self.tr("If it did, stop the exercise that caused it and tell your "
                                             "physiotherapist. Next time the app proposes doing less."))
        self.spreading_hint.setWordWrap(True)
        self.spreading.setFont(answers)
        grow_check_indicators(self.spreading)
        self.spreading_hint.setFont(_font(self.font(), 1.2))
        self.note = QLineEdit()
        self.note.setFont(answers)
        self.note.setPlaceholderText(self.tr("A note for your physiotherapist (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save_button = QPushButton(self.tr("Save and finish"))
        self.save_button.setFont(_font(self.font(), 1.5, bold=True))
        self.save_button.setMinimumHeight(64)
        self.save_button.clicked.connect(self.save_report)
        self.summary_status = QLabel()
        self.summary_status.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addSpacing(16)
        layout.addWidget(question)
        layout.addWidget(self.pain_scale)
        spreading_row = QHBoxLayout()
        spreading_row.addWidget(self.spreading, 0, Qt.AlignmentFlag.AlignTop)
        spreading_row.addWidget(spreading_label, 1)
        layout.addLayout(spreading_row)
        layout.addWidget(self.spreading_hint)
        layout.addWidget(self.note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.summary_status)
        layout.addStretch(1)
        return page

    def _install_shortcuts(self) -> None:
        for key, slot in ((Qt.Key.Key_Space, self.toggle_pause), (Qt.Key.Key_Right, self.skip),
                          (Qt.Key.Key_Left, self.back), (Qt.Key.Key_Escape, self.confirm_end)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- preparing -------------------------------------------------------------------------
    def prepare(self, slot: int) -> bool:
        """Show the ready page for session ``slot`` of today; False when it has no exercises."""
        if self.engine is not None and self.engine.state in (SessionState.RUNNING, SessionState.PAUSED):
            return False  # never replace a session in progress
        self.slot = slot
        items = self.context.session_items(slot)
        self.engine = None
        self.pages.setCurrentIndex(0)
        prescription = self.context.prescription_for(self.context.today(), slot)
        count = prescription.sessions_per_day if prescription else 1
        self.ready_title.setText(self.tr("Today's session {slot} of {count}").format(slot=slot, count=count))
        if not items:
            self.ready_list.setText(self.tr("There are no exercises for this session."))
            self.start_button.setEnabled(False)
            return False
        done = self._done_today(slot)
        left = items_left(items, done)
        again = len(left) < len(items)  # a second go: what is left, or everything from the beginning
        minutes = max(1, round(planned_duration(build_plan(left)) / 60))
        rows = "".join(
            f"<li>{'✓ ' if again and item.exercise_id in done else ''}<b>{escape(item.name.get(self.lang))}</b>"
            f" — {escape(describe_dose(item.dose, self.lang))}</li>"
            for item in items
        )
        about = self.tr("About {minutes} minutes. "
                        "The screen and sounds guide you; you need not touch the keyboard.").format(minutes=minutes)
        if again:
            about = self.tr("{done} of {total} are done already today (✓): Start guides you through the {left} "
                            "left.").format(done=len(items) - len(left), total=len(items), left=len(left)) + " " + about
        self.ready_list.setText(f"<p>{escape(about)}</p><ol>{rows}</ol>")
        self.start_button.setEnabled(True)
        self.from_beginning_button.setVisible(again)
        self._all_items, self._left_items = items, left
        self._items = left
        return True

    def _done_today(self, slot: int) -> frozenset[str]:
        """The exercises of session ``slot`` already done today (nothing when the record cannot be read)."""
        if self.context.record is None:
            return frozenset()
        try:
            session = self.context.record.day(self.context.today()).session(slot)
        except RecordError as exc:
            log.error("could not read what is done today: %s", exc)
            return frozenset()
        return session.done_ids if session is not None else frozenset()

    # -- running ---------------------------------------------------------------------------
    def start(self, from_beginning: bool = False) -> None:
        """Start the prepared session, once any dose step proposed for it has its answer: the
        exercises not done yet today, or with ``from_beginning`` every one of them."""
        if (not self.start_button.isEnabled() or not self._start_despite_warning_sign()
                or not self._settle_dose_steps()):
            return
        self._items = self._all_items if from_beginning else self._left_items
        self.recorder = SessionRecorder(self.context.record, self.context.today(), self.slot)
        self.recorder.start()
        self.engine = SessionEngine(self._items, self.context.clock, self.recorder)
        self.pages.setCurrentIndex(1)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._handle(self.engine.start())
        self.timer.start()

    def _easier_names(self, proposals: Sequence[Proposal]) -> dict[str, Text]:
        """For each step down, the name of the exercise's easier variation, when the library links one."""
        library = self.context.library_load.library
        names: dict[str, Text] = {}
        for proposal in proposals:
            exercise = library.get(proposal.exercise_id) if library is not None else None
            easier_id = exercise.variations.easier if exercise is not None else None
            easier = library.get(easier_id) if library is not None and easier_id else None
            if proposal.direction == "down" and easier is not None:
                names[proposal.exercise_id] = easier.name
        return names

    def _start_despite_warning_sign(self) -> bool:
        """True when no warning sign was reported today, or the patient chose to start anyway."""
        today = self.context.today()
        recorded: tuple[RedFlag, ...] = ()
        if self.context.record is not None:
            try:
                recorded = self.context.record.day(today).red_flags
            except RecordError as exc:
                log.error("could not read today's warning signs: %s", exc)
        level = self.context.warning_sign_level(today, recorded)
        return level is None or self.ask_start_despite_warning_sign(level)

    def ask_start_despite_warning_sign(self, level: str) -> bool:
        """Ask before a session on a day with a warning sign: 'Do not start' is the default and Escape."""
        if level == EMERGENCY:
            text = self.tr("You reported a warning sign today that needs care right away: call 911 or go to the "
                           "nearest emergency department now. Do not continue your exercises.")
        else:
            text = self.tr("You reported a warning sign today that needs care the same day. Stop your exercises "
                           "until you have been seen. If a doctor has seen you and said you may go on, you can "
                           "start.")
        return ask_between(self, QMessageBox.Icon.Warning, self.tr("A warning sign today"), text,
                           self.tr("Start anyway"), self.tr("Do not start"), default_yes=False,
                           font=large_text(self.font()))

    def _settle_dose_steps(self) -> bool:
        """Ask about the dose steps the record proposes for this go and keep the answers (the items
        are then prepared again at the dose in force). False when the patient closed the question."""
        service = self.context.record
        if service is None:
            return True
        today = self.context.today()
        try:
            proposals = service.dose_proposals(today, self.slot)
        except RecordError as exc:
            log.error("could not read the record for dose steps: %s", exc)
            return True
        if not proposals:
            return True
        answers = self.ask_dose_steps(proposals)
        if answers is None:
            return False
        try:
            for proposal, accepted in answers:
                service.answer(today, self.slot, proposal, accepted)
        except RecordError as exc:
            log.error("could not keep the answer about the dose: %s", exc)
        self.sessionRecorded.emit()  # Today shows the dose in force
        return self.prepare(self.slot)

    @Slot()
    def tick(self) -> None:
        """Advance from the clock (the timers call this; tests call it after moving a fake clock)."""
        if self.engine is not None and self.engine.state is SessionState.RUNNING:
            self._handle(self.engine.tick())

    @Slot()
    def toggle_pause(self) -> None:
        if self.pages.currentIndex() == 0:
            self.start()
        elif (engine := self._running_engine()) is not None:
            self._handle(engine.toggle_pause())

    @Slot()
    def skip(self) -> None:
        if (engine := self._running_engine()) is not None:
            self._handle(engine.skip_exercise())

    @Slot()
    def back(self) -> None:
        if (engine := self._running_engine()) is not None:
            self._handle(engine.back_exercise())

    @Slot()
    def restart(self) -> None:
        if (engine := self._running_engine()) is not None:
            self._handle(engine.restart_exercise())

    @Slot()
    def confirm_end(self) -> None:
        """Ask before ending the session early (Escape)."""
        engine = self._running_engine()
        if engine is None:
            return
        with self._paused_while_reading():
            answer = QMessageBox.question(
                self, self.tr("End the session?"),
                self.tr("End the session now? What you have done so far is kept."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._handle(engine.end_early())

    @contextmanager
    def _paused_while_reading(self) -> Iterator[None]:
        """Pause a running session while the patient reads a window over it, and let it run again
        after, if it was running and is still live: no rep is counted while they read."""
        engine = self._running_engine()
        was_running = engine is not None and engine.state is SessionState.RUNNING
        if engine is not None and was_running:
            self._handle(engine.pause())
        try:
            yield
        finally:
            if engine is not None and was_running and engine.state is SessionState.PAUSED:
                self._handle(engine.resume())

    def _running(self) -> bool:
        return (self.engine is not None and self.pages.currentIndex() == 1
                and self.engine.state in (SessionState.RUNNING, SessionState.PAUSED))

    def _running_engine(self) -> SessionEngine | None:
        """The engine while a session runs or is paused on screen, else None."""
        return self.engine if self._running() else None

    def _handle(self, events: list[Event]) -> None:
        """Turn engine events into sounds, flashes and screen updates."""
        assert self.engine is not None
        recorded = False
        speaking = self._voice_on()
        for event in events:
            sound = CUE_SOUNDS.get(event.kind)
            phrase = phrase_for(event) if speaking else None
            if phrase is not None and self.speaker is not None:
                self.speaker.say(self._words(phrase))  # started in the background: the timer never waits
            elif sound and not speaking:
                self.cues.play(sound)
            if sound:
                self._flash()
            if event.kind in (EventKind.CUE_EXERCISE_DONE, EventKind.EXERCISE_SKIPPED, EventKind.SESSION_ENDED_EARLY):
                recorded = True
        if recorded or self.engine.state in (SessionState.FINISHED, SessionState.ENDED_EARLY):
            self.sessionRecorded.emit()
        self._show_state()
        if self.engine.state in (SessionState.FINISHED, SessionState.ENDED_EARLY):
            self.timer.stop()
            self.aim_timer.stop()
            if self.recorder is not None:
                self.recorder.end("finished" if self.engine.state is SessionState.FINISHED else "ended_early")
            self._show_summary()
            return
        due = self.engine.next_due()
        if due is not None and self.engine.state is SessionState.RUNNING:
            wait_ms = max(0, int((due - self.context.clock.monotonic()) * 1000) + 1)
            if wait_ms < TICK_MS * 4:
                self.aim_timer.start(wait_ms)

    def _show_state(self) -> None:
        engine = self.engine
        assert engine is not None
        step = engine.current_step
        item = step.item
        paused = engine.state is SessionState.PAUSED
        self.exercise_name.setText(item.name.get(self.lang) if item else self.tr("Well done"))
        upcoming = engine.next_item()
        self.next_label.setText(self.tr("Next: {name}").format(name=upcoming.name.get(self.lang))
                                if upcoming else self.tr("Last exercise"))
        remaining = engine.remaining_s()
        self.countdown.setText(countdown_text(remaining))
        self.instruction.setText(self.tr("Paused") if paused else self._instruction(step))
        self.detail.setText(self._detail(step))
        self.progress.setValue(int(engine.progress() * 1000))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if item is not None:
            exercise = (self.context.library_load.library.get(item.exercise_id)
                        if self.context.library_load.library else None)
            frames = len(exercise.illustration) if exercise else 2
            if self.illustration_exercise != item.exercise_id:
                self.illustration.set_motion(item.exercise_id, item.dose.tempo_s, item.dose.hold_s)
                self.illustration_exercise = item.exercise_id
            elapsed = step.duration_s - remaining
            self.illustration.set_phase(step.frame_at(elapsed) * max(1, frames - 1))
        if self.recorder is not None and self.recorder.failures:
            self.save_warning.setText(self.tr("This session could not be saved: {reason}").format(
                reason=self.context.store_notice or self.tr("the record is not available")))
            self.save_warning.show()

    illustration_exercise: str | None = None

    def _instruction(self, step: Step) -> str:
        return {
            StepKind.GET_READY: self.tr("Get ready"),
            StepKind.TRANSITION: self.tr("Get into position"),
            StepKind.MOVE: self.tr("Move slowly"),
            StepKind.HOLD: self.tr("Hold"),
            StepKind.ACTIVITY: self.tr("Keep going at a comfortable pace"),
            StepKind.RELAX: self.tr("Relax"),
            StepKind.REST: self.tr("Rest"),
            StepKind.SWITCH_SIDES: self.tr("Switch sides"),
            StepKind.FINISHED: self.tr("Well done"),
        }[step.kind]

    def _detail(self, step: Step) -> str:
        if step.kind is StepKind.FINISHED:
            return ""
        if step.kind is StepKind.ACTIVITY and step.item is not None and step.item.dose.minutes is not None:
            minutes = step.item.dose.minutes  # English has no catalogue: its singular is a string of its own
            return self.tr("1 minute") if minutes == 1 else self.tr("%n minutes", "", minutes)
        parts = [self.tr("Rep {rep} of {reps}").format(rep=step.rep_number, reps=step.reps_total)]
        if step.sets_total > 1:
            parts.append(self.tr("Set {set} of {sets}").format(set=step.set_number, sets=step.sets_total))
        if step.side == "right":
            parts.append(self.tr("Right side"))
        elif step.side == "left":
            parts.append(self.tr("Left side"))
        if step.kind is StepKind.SWITCH_SIDES:
            return self.tr("Now the left side") if step.side == "left" else self.tr("Now the right side")
        if step.kind in (StepKind.GET_READY, StepKind.TRANSITION, StepKind.REST, StepKind.RELAX):
            return self.tr("Next: {what}").format(what=" · ".join(parts))
        return " · ".join(parts)

    def _flash(self) -> None:
        self._set_flash(True)
        self.flash_timer.start(FLASH_MS)

    @Slot()
    def _on_flash_over(self) -> None:
        self._set_flash(False)

    def _set_flash(self, on: bool) -> None:
        """A visual cue for every sound, so nothing is lost with the sound off."""
        self.flashing = on
        colours = "background: #ffb74d; color: #000000;" if on else "background: palette(base); color: palette(text);"
        self.countdown_panel.setStyleSheet(
            f"#countdownPanel {{ {colours} border: 3px solid palette(mid); border-radius: 12px; }}"
            f"#countdownPanel QLabel {{ {colours.split(';')[1]}; background: transparent; }}"
        )

    # -- safety and sound ------------------------------------------------------------------
    @Slot()
    def show_stop_if(self) -> None:
        """Show when to stop the current exercise, with the general stop rules."""
        library = self.context.library_load.library
        item = self.engine.current_item() if self.engine else None
        exercise = library.get(item.exercise_id) if library and item else None
        if library is None:
            return
        html = ""
        if exercise is not None:
            html += heading(exercise.name.get(self.lang))
            if exercise.adjust_if:
                html += heading(self.tr("Stop and change position if"), 4) + bullet_list(exercise.adjust_if, self.lang)
            html += (heading(self.tr("Stop and tell your physiotherapist if"), 4)
                     + bullet_list(exercise.stop_if, self.lang))
        html += heading(self.tr("For every exercise")) + bullet_list(library.safety.stop_rules, self.lang)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Stop if…"), html, QMessageBox.StandardButton.Close,
                          self)
        box.setTextFormat(Qt.TextFormat.RichText)
        with self._paused_while_reading():
            box.exec()
        box.deleteLater()

    @Slot()
    def show_warning_signs(self) -> None:
        """The warning signs and where to get care (the main window shows them), the session paused."""
        with self._paused_while_reading():
            self.safetyRequested.emit()

    def _voice_on(self) -> bool:
        """Spoken cues instead of beeps: asked for in Settings, sound on, and a speech engine here."""
        preferences = self.context.preferences
        return (preferences.voice and preferences.sound and not self.cues.muted
                and self.speaker is not None and self.speaker.available)

    def _words(self, phrase: Phrase) -> str:
        """A phrase in the interface's language."""
        if phrase.key in ("first", "next"):
            item = next((i for i in getattr(self, "_items", []) if i.exercise_id == phrase.exercise_id), None)
            name = item.name.get(self.lang) if item else ""
            return name if phrase.key == "first" else self.tr("Next: %1").replace("%1", name)
        if phrase.key == "count":
            return str(phrase.count)
        words = {"go": self.tr("Go"), "hold": self.tr("Hold"), "relax": self.tr("Relax"), "rest": self.tr("Rest"),
                 "switch": self.tr("Switch sides"), "done": self.tr("Well done")}
        return words.get(phrase.key, "")

    def _stored_mute(self) -> bool:
        return not self.context.preferences.sound

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self.cues.muted = muted
        if self.cues.available:
            self.mute_button.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
            self.mute_button.setToolTip(self.tr("Turn the sound cues on or off"))
        else:  # greyed, and says why: nothing on this computer can play the cues
            self.mute_button.setEnabled(False)
            self.mute_button.setText(self.tr("No sound"))
            self.mute_button.setToolTip(sound_unavailable_text())
            self.mute_button.setAccessibleDescription(sound_unavailable_text())
        if self.context.preferences.sound == muted:  # remembered between runs, shared with Settings
            self.context.set_preferences(replace(self.context.preferences, sound=not muted))

    def sync_sound(self) -> None:
        """Follow a change of the sound preference made in Settings."""
        self.mute_button.setChecked(not self.context.preferences.sound)
        self.cues.volume = self.context.preferences.volume

    # -- summary ---------------------------------------------------------------------------
    def _show_summary(self) -> None:
        assert self.engine is not None
        summary = self.engine.summary()
        finished = self.engine.state is SessionState.FINISHED
        self.summary_title.setText(self.tr("Session complete") if finished else self.tr("Session ended"))
        minutes, seconds = divmod(int(summary.active_s), 60)
        self.summary_text.setText(
            self.tr("Done: {done} · Partly done: {partial} · Skipped: {skipped} · Not reached: {not_reached} · "
                    "Time: {minutes} min {seconds} s").format(
                done=summary.done, partial=summary.partial, skipped=summary.skipped, not_reached=summary.not_reached,
                minutes=minutes, seconds=seconds)
        )
        self.pain_scale.set_value(None)
        self.spreading.setChecked(False)
        self.note.clear()
        self.summary_status.clear()
        self.pages.setCurrentIndex(2)

    @Slot()
    def save_report(self) -> None:
        """Add this go's pain rating and note to the session's record, then return to the ready page.

        Earlier ticks, ratings, notes and warning signs of the session stay as they are."""
        service = self.context.record
        if service is None:
            self.summary_status.setText(self.tr("Nothing could be saved: {reason}")
                                        .format(reason=self.context.store_notice or ""))
            return
        recorder = self.recorder
        try:
            service.report_session(recorder.on if recorder else self.context.today(), self.slot,
                                   recorder.attempt if recorder else None, self.pain_scale.value(), self.note.text(),
                                   (SPREADING,) if self.spreading.isChecked() else ())
        except RecordError as exc:
            self.summary_status.setText(self.tr("Could not save: {reason}").format(reason=str(exc)))
            return
        self.sessionRecorded.emit()
        self.engine = None
        self.prepare(self.slot)
        self.sessionClosed.emit()
