"""Bad input typed into or opened by the programme editor: refused with a message, never a traceback."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from exercises_app.core import limits
from exercises_app.gui.context import AppContext
from exercises_app.gui.programme_view import ProgrammeView


@pytest.fixture
def editor(qtbot: QtBot, make_context: Callable[..., AppContext]) -> ProgrammeView:
    view = ProgrammeView(make_context())
    qtbot.addWidget(view)
    view.show()
    return view


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def test_the_one_line_fields_take_no_more_than_the_file_allows(editor: ProgrammeView) -> None:
    editor.title_edit.setText("T" * 500)
    editor.clinic_phone_edit.setText("5" * 500)
    assert len(editor.title_edit.text()) == limits.NAME.chars
    assert len(editor.clinic_phone_edit.text()) == limits.PHONE.chars


def test_notes_over_their_limit_are_refused_when_saving_with_a_message(editor: ProgrammeView, tmp_path: Path,
                                                                       warnings: list[str]) -> None:
    """Saving used to raise ContentError out of the slot; now the problem is shown and nothing is written."""
    editor.advice_edit.setPlainText("n" * (limits.NOTES.chars + 1))
    target = tmp_path / "too-long.yaml"
    assert not editor._write(target)
    assert not target.exists()
    assert len(warnings) == 1 and "advice is too long" in warnings[0]


def test_a_broken_file_is_reported_with_its_markup_shown_as_written(editor: ProgrammeView, tmp_path: Path,
                                                                    warnings: list[str]) -> None:
    broken = tmp_path / "markup.yaml"
    guide = editor.context.paths.bundled_templates_dir / "guide-seven.yaml"
    broken.write_text(guide.read_text(encoding="utf-8").replace("  - id: cobra", "  - id: <b>cobra</b>"),
                      encoding="utf-8")
    assert not editor.open_file(broken)
    assert len(warnings) == 1 and "unknown exercise '&lt;b&gt;cobra&lt;/b&gt;'" in warnings[0]
