"""The programme editor's details from the newcomer test: the Side column, numbers over the limit,
the unsaved mark, file names and folders, and File › Open recent."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QSpinBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from windows import build_window

from exercises_app.core.library import DOSE_LIMITS
from exercises_app.gui.context import AppContext
from exercises_app.gui.file_memory import last_folder, recent_programmes
from exercises_app.gui.programme_table import COLUMNS, DoseDelegate
from exercises_app.gui.programme_view import ProgrammeView


@pytest.fixture
def editor(qtbot: QtBot, make_context: Callable[..., AppContext]) -> ProgrammeView:
    view = ProgrammeView(make_context())
    qtbot.addWidget(view)
    return view


def row_of(view: ProgrammeView, exercise_id: str) -> int:
    return next(r for r, e in enumerate(view.model.entries) if e.exercise_id == exercise_id)


def test_the_side_column_shows_a_side_only_for_per_side_doses(editor: ProgrammeView) -> None:
    side = COLUMNS.index("side")
    cat_cow = editor.model.index(row_of(editor, "cat-cow"), side)
    assert not editor.model.entries[cat_cow.row()].dose.per_side
    assert cat_cow.data() == "—" and "not done per side" in cat_cow.data(3)  # ToolTipRole
    hamstring = editor.model.index(row_of(editor, "hamstring-stretch"), side)
    assert editor.model.entries[hamstring.row()].dose.per_side
    assert hamstring.data() == "Both"
    assert editor.model.setData(hamstring, "left") and hamstring.data() == "Left only"


def test_a_number_over_the_limit_is_set_to_the_limit_and_the_editor_says_so(editor: ProgrammeView) -> None:
    hold = editor.model.index(row_of(editor, "glute-bridge"), COLUMNS.index("hold_s"))
    delegate = DoseDelegate(editor.table)
    spin = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), hold)
    assert isinstance(spin, QSpinBox)
    spin.lineEdit().setText("999")  # typed, not cut to 99 by the editor
    spin.interpretText()
    assert spin.value() == 999
    delegate.setModelData(spin, editor.model, hold)
    limit = DOSE_LIMITS.hold_s[1]
    assert editor.model.entries[hold.row()].dose.hold_s == limit
    status = editor.status.text()
    assert "Hold (s)" in status and "999" in status and str(limit) in status
    assert "unsaved changes" in status


def test_the_unsaved_mark_stays_after_adding_an_exercise(editor: ProgrammeView) -> None:
    index = editor.add_combo.findData("bird-dog")
    editor.add_combo.setCurrentIndex(index)
    editor._on_add()
    assert editor.model.entries[-1].exercise_id == "bird-dog"
    assert editor.dirty and "unsaved changes" in editor.status.text()


def test_save_offers_a_safe_name_in_the_last_folder_and_remembers_the_file(
        editor: ProgrammeView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor.patient_edit.setText('Ann <test> & "Co"?')
    folder = tmp_path / "patients"
    folder.mkdir()
    offered: list[str] = []

    def save_name(_parent, _title, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(folder / "ann.yaml"), ""

    monkeypatch.setattr("exercises_app.gui.programme_view.QFileDialog.getSaveFileName", save_name)
    assert editor.save_file_as()
    assert Path(offered[0]).name == "Ann-test-Co.yaml"
    assert Path(offered[0]).parent == Path.home()  # nothing remembered yet
    settings = editor.context.settings
    assert last_folder(settings) == folder
    assert recent_programmes(settings) == [folder / "ann.yaml"]
    opened: list[str] = []
    monkeypatch.setattr("exercises_app.gui.programme_view.QFileDialog.getOpenFileName",
                        lambda _p, _t, start, _f: opened.append(start) or ("", ""))
    editor.open_file()
    assert opened == [str(folder)]
    monkeypatch.setattr(QMessageBox, "exec", lambda *_args: 0)  # an error would not wait for a click
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *_args, **_kwargs: QMessageBox.StandardButton.Ok)
    editor.open_button.click()  # the button asks for a file too (not for 'False', clicked's argument)
    assert opened == [str(folder), str(folder)]


def test_open_recent_lists_the_last_files_and_greys_the_missing_ones(
        qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = build_window(qtbot, make_context())
    view = window.programme_view
    paths = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.yaml"
        monkeypatch.setattr("exercises_app.gui.programme_view.QFileDialog.getSaveFileName",
                            lambda *a, p=path, **k: (str(p), ""))
        view.patient_edit.setText(name)
        assert view.save_file_as()
        paths.append(path)
    window._fill_recent_menu()
    actions = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    assert [a.toolTip() for a in actions[:2]] == [str(paths[1]), str(paths[0])]  # newest first
    assert all(a.isEnabled() for a in actions[:2])

    paths[1].unlink()
    window._fill_recent_menu()
    gone = window.recent_menu.actions()[0]
    assert not gone.isEnabled() and "not found" in gone.text()
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: messages.append(text))
    window._on_open_recent(paths[1])
    assert messages and str(paths[1]) in messages[0]
    assert recent_programmes(window.context.settings) == [paths[0]]
    monkeypatch.setattr(type(window), "ask_to_follow", lambda *_args: False)  # only look at it
    window._on_open_recent(paths[0])
    assert view.path == paths[0] and view.patient_edit.text() == "one"
    window._on_clear_recent()
    window._fill_recent_menu()
    assert [a.isEnabled() for a in window.recent_menu.actions()] == [False]  # "No recent programmes"


def test_the_record_export_starts_in_the_last_folder_and_remembers_its_own(
        make_context: Callable[..., AppContext], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from exercises_app.gui.export_dialog import export_record_csv
    from exercises_app.gui.file_memory import remember_folder

    context = make_context()
    earlier, chosen = tmp_path / "earlier", tmp_path / "exports"
    earlier.mkdir()
    chosen.mkdir()
    remember_folder(context.settings, earlier / "handout.pdf")
    offered: list[str] = []
    monkeypatch.setattr("exercises_app.gui.export_dialog.QFileDialog.getSaveFileName",
                        lambda _p, _t, start, _f: offered.append(start) or (str(chosen / "record.csv"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    path, accepted = export_record_csv(context)
    assert accepted and path == chosen / "record.csv" and path.is_file()
    assert Path(offered[0]).parent == earlier
    assert last_folder(context.settings) == chosen


def test_the_next_appointment_starts_unset_and_a_day_picked_starts_at_9(editor: ProgrammeView) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    assert editor.save().next_appointment is None
    assert editor.appointment_edit.text() == "not set"
    editor.appointment_edit.setDate(QDate(2026, 12, 4))  # as a click in the calendar does
    assert editor.save().next_appointment == dt.datetime(2026, 12, 4, 9, 0)
    assert editor.dirty
