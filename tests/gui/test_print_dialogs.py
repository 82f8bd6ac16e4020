"""Print and Save as PDF from the app: the same documents as the command line."""
from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import recording
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from windows import build_window

from exercises_app.gui.context import AppContext
from exercises_app.gui.file_memory import last_folder
from exercises_app.gui.handout_options_dialog import HandoutChoice, HandoutOptionsDialog


def answer_handout_dialog(monkeypatch, layout: str | None = None, language: str | None = None,
                          seen: list[HandoutChoice] | None = None) -> None:
    """The handout dialog accepts at once, after choosing ``layout`` and ``language`` when given;
    ``seen`` gets what it offered."""
    def accept(dialog: HandoutOptionsDialog) -> int:
        if seen is not None:
            seen.append(dialog.save())
        if layout:
            dialog.select_layout(layout)
        if language:
            assert dialog.save().language == language  # the programme's language: set in the editor
        return 1

    monkeypatch.setattr(HandoutOptionsDialog, "exec", accept)


def test_programme_and_report_print_and_save_from_the_menu(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                          tmp_path: Path, monkeypatch) -> None:
    context = make_context()
    recording.result(context, context.today(), 1, "cat-cow")
    window = build_window(qtbot, context)
    previews: list[int] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(1) or 0)
    answer_handout_dialog(monkeypatch)
    notices: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: notices.append(self.text()) or 0)
    window._on_print()
    window._on_print_report()
    assert previews == [1, 1]

    targets = iter([tmp_path / "handout.pdf", tmp_path / "report.pdf"])
    monkeypatch.setattr("exercises_app.gui.print_dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(next(targets)), ""))
    window._on_save_pdf()
    window._on_save_report()
    handout = subprocess.run(["pdftotext", str(tmp_path / "handout.pdf"), "-"], capture_output=True, text=True).stdout
    report = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Cat–cow" in handout and "Page 1 of" in handout
    assert "Follow-up report" in report
    assert [str(tmp_path / "handout.pdf") in n for n in notices] == [True, False]  # each save says where
    assert str(tmp_path / "report.pdf") in notices[1]


def test_a_compact_french_handout_is_saved_where_the_last_one_was_and_opens(
        qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path, monkeypatch) -> None:
    context = make_context()
    window = build_window(qtbot, context)
    view = window.programme_view
    view.new_programme(next(p for path, p in view.templates if path.stem == "guide-seven"), "fr")
    view.patient_edit.setText("<Ann> & Co: test")
    view._set_dirty(False)
    dialogs: list[HandoutChoice] = []
    answer_handout_dialog(monkeypatch, "compact", "fr", dialogs)
    suggested: list[str] = []
    folder = tmp_path / "handouts"
    folder.mkdir()

    def save_name(_parent, _title, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(folder / "ann.pdf"), ""

    monkeypatch.setattr("exercises_app.gui.print_dialogs.QFileDialog.getSaveFileName", save_name)
    opened: list[QUrl] = []
    monkeypatch.setattr("exercises_app.gui.print_dialogs.QDesktopServices.openUrl", lambda url: opened.append(url))

    def click_open(box: QMessageBox) -> int:
        open_button = next(b for b in box.buttons() if b.text() == "Open")
        open_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    window._on_save_pdf()
    assert Path(suggested[0]).name == "Ann-Co-test.pdf"  # no '<', '>', '&' or ':' in the name offered
    text = subprocess.run(["pdftotext", str(folder / "ann.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Page 1 de" in text and "Chat-vache" in text.replace("–", "-")
    assert "Les sept exercices du guide" in text and "guide's seven" not in text  # one language throughout
    assert text.count("\f") <= 5  # compact: the guide's seven on five pages at most
    assert opened == [QUrl.fromLocalFile(str(folder / "ann.pdf"))]
    assert context.preferences.handout_layout == "compact"  # offered first next time
    assert last_folder(context.settings) == folder
    window._on_save_pdf()
    assert Path(suggested[1]).parent == folder  # the next save starts in the same folder
    assert dialogs[0] == HandoutChoice("standard", "fr", "letter")
    assert dialogs[1].layout == "compact"


def test_the_report_is_in_the_interfaces_language_whatever_the_programmes(
        qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    """A French interface gives a French report, also for a programme written in English."""
    from exercises_app.gui.print_dialogs import report_document

    context = make_context("fr")
    assert context.programme is not None
    context.programme = replace(context.programme, language="en")
    recording.result(context, context.today(), 1, "cat-cow")
    document = report_document(context, "letter")
    assert document is not None and document.lang == "fr"
