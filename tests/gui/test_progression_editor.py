"""The physiotherapist sets a progression in the programme editor: the dialog edits core's bounds,
the table shows them, a dose changed later keeps them consistent, and the saved file (version 3)
opens again with them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from exercises_app.core.dose_progression import DoseProgression
from exercises_app.core.library import Dose
from exercises_app.core.programme_file import load_programme
from exercises_app.gui.context import AppContext
from exercises_app.gui.programme_table import COLUMNS
from exercises_app.gui.programme_view import ProgrammeView
from exercises_app.gui.progression_dialog import ProgressionDialog


@pytest.fixture
def editor(qtbot: QtBot, make_context: Callable[..., AppContext]) -> ProgrammeView:
    view = ProgrammeView(make_context())
    qtbot.addWidget(view)
    return view


def test_a_progression_set_in_the_editor_is_shown_kept_in_bounds_and_saved(
    editor: ProgrammeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = next(r for r, e in enumerate(editor.model.entries) if e.exercise_id == "glute-bridge")
    reps = editor.model.entries[row].dose.reps
    asked: list[tuple[str, Dose, DoseProgression | None]] = []

    def answer(name: str, dose: Dose, current: DoseProgression | None) -> tuple[DoseProgression | None, bool]:
        asked.append((name, dose, current))
        return DoseProgression("reps", by=2, up_to=reps + 4, every_days=3), True

    editor.ask_progression = answer
    assert editor.table.isColumnHidden(COLUMNS.index("progression"))  # no row has one yet
    editor.table.selectRow(row)
    editor.progression_button.click()
    assert asked and asked[0][0] == "Glute bridge" and asked[0][2] is None
    cell = editor.model.index(row, COLUMNS.index("progression"))
    assert cell.data() == f"+2 / 3 d → {reps + 4}"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(f"+2 reps every 3 days, up to {reps + 4} reps")
    assert not editor.table.isColumnHidden(COLUMNS.index("progression"))  # shown once a row has one
    assert "unsaved changes" in editor.status.text()

    # the physiotherapist raises the dose above the limit: the limit follows it
    assert editor.model.setData(editor.model.index(row, COLUMNS.index("reps")), reps + 6)
    assert editor.model.entries[row].progression == DoseProgression("reps", by=2, up_to=reps + 6, every_days=3)

    target = tmp_path / "bridge.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert editor.save_file_as()
    text = target.read_text(encoding="utf-8")
    assert "version: 3\n" in text and "progression: {add: reps, by: 2, every_days: 3, up_to:" in text
    library = editor.context.library_load.library
    assert library is not None
    again = load_programme(target, library)
    entry = next(e for e in again.exercises if e.exercise_id == "glute-bridge")
    assert entry.progression == DoseProgression("reps", by=2, up_to=reps + 6, every_days=3)


def test_the_dialog_offers_the_dose_s_own_parts_and_refuses_bounds_that_do_not_fit(qtbot: QtBot) -> None:
    dose = Dose(1, 10, 5, None, 30, False, 1)
    dialog = ProgressionDialog("Glute bridge", dose, None)
    qtbot.addWidget(dialog)
    assert not dialog.enabled.isChecked() and dialog.value() is None
    assert [dialog.field.itemData(i) for i in range(dialog.field.count())] == ["reps", "hold_s"]
    dialog.enabled.setChecked(True)
    assert dialog.value() == DoseProgression("reps", by=2, up_to=15)  # the defaults: CLINICAL-FACTS
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.up_to.setValue(8)  # below the prescribed 10
    assert not ok.isEnabled() and "below the prescribed 10" in dialog.problem.text()
    dialog.field.setCurrentIndex(dialog.field.findData("hold_s"))
    assert ok.isEnabled() and dialog.value() == DoseProgression("hold_s", by=5, up_to=10)
    walking = ProgressionDialog("Walking", Dose.for_minutes(20, 1), DoseProgression("minutes", by=5, up_to=40))
    qtbot.addWidget(walking)
    assert walking.enabled.isChecked() and walking.field.count() == 1 and walking.value().up_to == 40
