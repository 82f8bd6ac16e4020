"""A dose step in the real window: after three days done with steady pain, starting the session
from Today asks about the step the programme allows; the answer is kept and the session, Today and
the record run the new dose. A spreading symptom ticked at the end is kept too."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from windows import open_window

from exercises_app.core.dose_progression import DoseProgression
from exercises_app.core.record.dose_steps import Basis
from exercises_app.core.record.journal import DOSE_STEP, SYMPTOM
from exercises_app.core.record.progression import Proposal
from exercises_app.core.session import SessionState
from exercises_app.core.text import Text
from exercises_app.gui.context import AppContext
from exercises_app.gui.dose_step_dialog import DoseStepDialog


def programme_with_a_progression(context: AppContext) -> str:
    """Give the first exercise of the programme in use a progression of 2 repetitions every 3 days."""
    assert context.programme is not None
    first, *rest = context.programme.exercises
    rule = DoseProgression("reps", by=2, up_to=first.dose.reps + 4, every_days=3)
    context.use_programme(replace(context.programme, version=context.programme.version + 1,
                                  exercises=(replace(first, progression=rule), *rest)))
    return first.exercise_id


def test_a_step_is_proposed_at_the_start_and_the_session_runs_the_new_dose(
    qtbot: QtBot, make_context: Callable[..., AppContext],
) -> None:
    context = make_context()
    exercise_id = programme_with_a_progression(context)
    record = context.record
    assert record is not None
    for _ in range(3):  # three days of every session done, pain 3
        today = context.today()
        for slot, exercises in ((s.slot, s.prescribed) for s in record.day(today).sessions if s.prescribed):
            for exercise in exercises:
                record.tick(today, slot, exercise.exercise_id)
            record.rate_pain(today, slot, 3)
        context.clock.advance(24 * 3600)  # type: ignore[attr-defined]
    today = context.today()
    before = next(e for e in record.session(today, 1).prescribed if e.exercise_id == exercise_id).dose
    assert before is not None

    window = open_window(qtbot, context)
    asked: list[Sequence[Proposal]] = []

    def accept(proposals: Sequence[Proposal]) -> list[tuple[Proposal, bool]]:
        asked.append(proposals)
        return [(p, True) for p in proposals]

    window.session_view.ask_dose_steps = accept
    window.show_view("today")
    window.today_view.columns[1].start_button.click()
    assert [(p.exercise_id, p.current, p.proposed) for p in asked[0]] == [(exercise_id, before.reps, before.reps + 2)]
    session = window.session_view
    assert session.engine is not None and session.engine.state is SessionState.RUNNING
    item = next(i for i in session.engine.items if i.exercise_id == exercise_id)
    assert item.dose.reps == before.reps + 2
    steps = record.entries_of_kind(DOSE_STEP)
    assert [(e.exercise_id, e.text) for e in steps] == [(exercise_id, "accepted")]
    row = next(r for r in window.today_view._rows if r.exercise_id == exercise_id)
    assert f"× {before.reps + 2} reps" in row.dose and f"adjusted from {before.reps} reps" in row.dose

    session.confirm_end = lambda: None  # type: ignore[method-assign]
    session.engine.end_early()
    session._show_summary()
    session.spreading.setChecked(True)
    session.save_button.click()
    assert [e.text for e in record.entries_of_kind(SYMPTOM)] == ["spreading"]
    window.today_view.columns[1].start_button.click()  # a second go the same day asks nothing more
    assert len(asked) == 1


def test_the_question_says_why_and_closing_it_starts_nothing(
    qtbot: QtBot, make_context: Callable[..., AppContext],
) -> None:
    context = make_context()
    exercise_id = programme_with_a_progression(context)
    up = Proposal(exercise_id, Text("Glute bridge", "Pont fessier"), "p", "reps", 10, 10, 12, 14, "up",
                  Basis(6, 7, 3, 3))
    down = Proposal("cobra", Text("Cobra", "Cobra"), "p", "hold_s", 10, 10, 5, 5, "down", Basis(7, 7, 3, 6))
    dialog = DoseStepDialog([up, down], "en", easier={"cobra": Text("Prone on elbows", "Sur les coudes")})
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("6 of your 7 sessions" in t and "up to 14 reps" in t for t in labels)
    assert any("Your pain is up (3 at the start of your programme, 6 lately)" in t
               and "contact your physiotherapist" in t and "An easier exercise may suit you better for now: "
               "Prone on elbows" in t for t in labels)
    assert dialog.answers() == [(up, False), (down, True)]  # keep the dose up; take the smaller one down
    dialog.groups[0].button(1).setChecked(True)
    assert dialog.answers()[0] == (up, True)

    window = open_window(qtbot, context)
    names = window.session_view._easier_names([up, down])  # the library links the cobra's easier variation
    assert list(names) == ["cobra"] and names["cobra"].en == "Lying on your elbows (sphinx)"
    window.session_view.ask_dose_steps = lambda proposals: None  # closed: nothing recorded, nothing started
    window.session_view.context.record.dose_proposals = lambda on, slot: [up]  # type: ignore[union-attr]
    window.show_view("today")
    window.today_view.columns[1].start_button.click()
    assert window.session_view.engine is None
    assert context.record is not None and context.record.entries_of_kind(DOSE_STEP) == []
