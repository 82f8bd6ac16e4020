"""Today's large text, and the dialogs opened from Today written at the same size."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from exercises_app.core.record.dose_steps import Basis
from exercises_app.core.record.progression import Proposal
from exercises_app.core.text import Text
from exercises_app.gui.context import AppContext
from exercises_app.gui.dose_step_dialog import DoseStepDialog
from exercises_app.gui.excuse_dialog import ExcuseDialog
from exercises_app.gui.psfs_dialog import PsfsDialog
from exercises_app.gui.red_flag_dialog import RedFlagDialog
from exercises_app.gui.theme import apply_appearance
from exercises_app.gui.today_view import TodayView
from exercises_app.gui.view_fonts import large_text

TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox)


@pytest.mark.parametrize(("points", "expected"), [(10.0, 14.0), (8.0, 12.0), (15.0, 21.0)])
def test_large_text_is_1_4_times_the_text_and_never_under_12_points(qapp: QApplication, points: float,
                                                                      expected: float) -> None:
    base = QFont("DejaVu Sans")
    base.setPointSizeF(points)
    base.setBold(True)
    font = large_text(base)
    assert font.pointSizeF() == pytest.approx(expected)
    assert font.bold() and font.family() == base.family()
    assert base.pointSizeF() == points  # the font given is left as it was


def small_texts(dialog: QDialog, size: float) -> list[str]:
    """The visible text controls of ``dialog`` whose font is smaller than ``size`` points."""
    found = [w for w in dialog.findChildren(QWidget) if isinstance(w, TEXT_WIDGETS) and w.isVisibleTo(dialog)]
    assert len(found) >= 4, found
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}: {w.font().pointSizeF():g} pt"
            for w in found if w.font().pointSizeF() < size - 0.01]


@pytest.mark.parametrize("text_scale", [100, 150])
def test_the_dialogs_opened_from_today_are_written_as_large_as_today(
        qtbot: QtBot, make_context: Callable[..., AppContext], text_scale: int) -> None:
    """Day off, check-in, warning sign and a dose step are read from the mat, like Today: never smaller."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, "light", text_scale)
    try:
        context = make_context()
        today = TodayView(context)
        qtbot.addWidget(today)
        size = today.date_label.parentWidget().font().pointSizeF()
        assert size >= 12.0
        library = context.library_load.library
        assert library is not None
        step = Proposal("glute-bridge", Text("Glute bridge", "Pont fessier"), "p", "reps", 10, 10, 12, 14, "up",
                        Basis(6, 7, 3, 3))
        dialogs: list[QDialog] = [ExcuseDialog(dt.date(2026, 11, 30), context.lang), PsfsDialog(("Sitting at work",)),
                                  RedFlagDialog(library.safety, context.lang), DoseStepDialog([step], context.lang)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            assert not small_texts(dialog, size), (type(dialog).__name__, small_texts(dialog, size))
    finally:
        apply_appearance(app, "light", 100)


def test_the_end_of_a_session_is_answered_in_todays_size(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    """The pain rating's digits, the spreading symptom and the note: answered from the mat too."""
    from exercises_app.audio import CuePlayer
    from exercises_app.gui.session_view import SessionView

    context = make_context()
    today = TodayView(context)
    qtbot.addWidget(today)
    size = today.date_label.parentWidget().font().pointSizeF()
    view = SessionView(context, CuePlayer(context.paths.assets_dir / "sounds", launcher=lambda _command: None))
    qtbot.addWidget(view)
    answers = [*view.pain_scale.group.buttons(), view.spreading, view.note]
    assert all(widget.font().pointSizeF() >= size - 0.01 for widget in answers), [
        (type(w).__name__, w.font().pointSizeF()) for w in answers]

