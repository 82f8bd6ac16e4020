"""The programme editor as a physiotherapist uses it: template, edit, cautions, save, hand over."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from exercises_app.core.programme_file import load_programme
from exercises_app.gui.context import AppContext
from exercises_app.gui.programme_table import COLUMNS
from exercises_app.gui.programme_view import ProgrammeView


@pytest.fixture
def editor(qtbot: QtBot, make_context: Callable[..., AppContext]) -> ProgrammeView:
    view = ProgrammeView(make_context())
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def ids(view: ProgrammeView) -> list[str]:
    return [entry.exercise_id for entry in view.model.entries]


def template(view: ProgrammeView, stem: str):
    return next(p for path, p in view.templates if path.stem == stem)


def test_starts_with_the_programme_in_use_and_offers_templates(editor: ProgrammeView) -> None:
    assert ids(editor)[:2] == ["cat-cow", "pelvic-tilt"]
    stems = {path.stem for path, _ in editor.templates}
    assert {"guide-seven", "lumbar-extension-bias", "stenosis-flexion-bias", "neck-desk-posture"} <= stems
    assert not editor.dirty


def test_new_from_template_gets_its_own_identity(editor: ProgrammeView) -> None:
    chosen = template(editor, "neck-desk-posture")
    editor.new_programme(chosen)
    assert ids(editor) == [e.exercise_id for e in chosen.exercises]
    assert editor.save().programme_id != chosen.programme_id
    assert editor.dirty


def test_add_remove_and_reorder_by_keyboard_and_drag(editor: ProgrammeView, qtbot: QtBot) -> None:
    editor.new_programme(None)
    for name in ("Chin tuck", "Bird dog", "Cobra"):
        editor.add_combo.setEditText(name)
        editor.add_button.click()
    assert ids(editor) == ["chin-tuck", "bird-dog", "cobra"]
    editor.add_combo.setEditText("Chin tuck")
    editor.add_button.click()
    assert ids(editor).count("chin-tuck") == 1 and "already" in editor.status.text()

    editor.table.selectRow(2)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(editor) == ["chin-tuck", "cobra", "bird-dog"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert ids(editor) == ["chin-tuck", "bird-dog"]

    mime = editor.model.mimeData([editor.model.index(0, 0)])
    editor.model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())  # drop below the last row
    assert ids(editor) == ["bird-dog", "chin-tuck"]


def test_dose_edits_stay_within_plausible_bounds(editor: ProgrammeView) -> None:
    reps = editor.model.index(0, COLUMNS.index("reps"))
    assert editor.model.setData(reps, 12)
    assert editor.model.entries[0].dose.reps == 12
    assert not editor.model.setData(reps, 500)
    assert not editor.model.setData(reps, 0)
    hold = editor.model.index(0, COLUMNS.index("hold_s"))
    assert editor.model.entries[0].dose.hold_s is None  # cat-cow moves, no hold
    assert editor.model.setData(hold, 3)
    tempo = editor.model.index(0, COLUMNS.index("tempo_s"))
    assert editor.model.setData(tempo, 0)  # "—": no tempo, the hold remains
    assert not editor.model.setData(hold, 0)  # a dose needs a hold or a tempo
    assert editor.dirty


def test_caution_appears_for_an_extension_exercise_in_a_stenosis_programme(editor: ProgrammeView) -> None:
    editor.new_programme(template(editor, "lumbar-extension-bias"))
    assert editor.caution_label.isHidden()
    row = next(r for r in range(editor.conditions.count())
               if editor.conditions.item(r).data(Qt.ItemDataRole.UserRole) == "spinal-stenosis")
    editor.conditions.item(row).setCheckState(Qt.CheckState.Checked)
    assert not editor.caution_label.isHidden()
    assert "Cobra" in editor.caution_label.text() and "Spinal stenosis" in editor.caution_label.text()
    cobra_row = ids(editor).index("cobra")
    name = editor.model.index(cobra_row, 0)
    assert name.data().startswith("⚠")
    assert "Spinal stenosis" in name.data(Qt.ItemDataRole.ToolTipRole)


def test_save_and_reopen_keeps_everything(editor: ProgrammeView, tmp_path: Path, monkeypatch) -> None:
    editor.new_programme(template(editor, "lumbar-extension-bias"))
    editor.patient_edit.setText("Marie Tremblay")
    editor.clinician_edit.setText("Luc Gagnon, pht")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("fr"))
    editor.model.setData(editor.model.index(0, COLUMNS.index("note")), "Garder le dos à plat")
    path = tmp_path / "marie.yaml"
    monkeypatch.setattr("exercises_app.gui.programme_view.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    assert editor.save_file()
    assert not editor.dirty
    saved = load_programme(path, editor.library)
    assert saved == editor.save()
    assert saved.version == 1 and saved.patient == "Marie Tremblay" and saved.language == "fr"
    assert saved.exercises[0].note == "Garder le dos à plat"

    editor.patient_edit.setText("Other")
    editor.patient_edit.textEdited.emit("Other")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not editor.open_file(path)  # the unsaved-changes guard stopped it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert editor.open_file(path)
    assert editor.patient_edit.text() == "Marie Tremblay" and not editor.dirty


def test_a_broken_programme_file_names_file_and_line(editor: ProgrammeView, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: exercises-app-programme\nversion: 1\nprogramme: [\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert not editor.open_file(broken)
    assert shown and f"{broken}:" in shown[0]


def test_use_for_my_sessions_drives_today_and_the_session(editor: ProgrammeView,
                                                         make_context: Callable[..., AppContext]) -> None:
    editor.new_programme(template(editor, "neck-desk-posture"))
    editor.activate()
    context = editor.context
    assert next(item.exercise_id for item in context.session_items(1)) == "chin-tuck"
    assert context.record.prescription_on(context.today()).programme_id == editor.save().programme_id
    context.close()
    again = make_context()  # the next start keeps the programme in use
    assert again.programme.programme_id == editor.save().programme_id


def test_a_dose_in_minutes_is_edited_in_the_minutes_column_only(qtbot: QtBot) -> None:
    from exercises_app.core.library import Dose
    from exercises_app.core.programme import ProgrammeExercise
    from exercises_app.gui.programme_table import ProgrammeTableModel

    model = ProgrammeTableModel(None, "en")
    model.set_entries([ProgrammeExercise("walking", Dose.for_minutes(10, 1)),
                       ProgrammeExercise("cobra", Dose(1, 10, 2, None, 30, False, 2))])
    minutes, reps = COLUMNS.index("minutes"), COLUMNS.index("reps")
    assert model.data(model.index(0, minutes)) == "10" and model.data(model.index(0, reps)) == "—"
    assert model.data(model.index(1, minutes)) == "—" and model.data(model.index(1, reps)) == "10"
    assert not model.flags(model.index(0, reps)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, minutes)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, minutes), 20) and model.entries[0].dose.minutes == 20
    assert not model.setData(model.index(0, minutes), 500)  # beyond the plausible bounds
    assert not model.setData(model.index(0, reps), 5) and model.entries[0].dose.reps == 1
