"""Print and Save as PDF from the app: the same documents as the command line."""
from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import recording
from PySide6.QtPrintSupport import QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from exercises_app.gui.context import AppContext
from exercises_app.gui.main_window import MainWindow


def test_programme_and_report_print_and_save_from_the_menu(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                          tmp_path: Path, monkeypatch) -> None:
    context = make_context()
    recording.result(context, context.today(), 1, "cat-cow")
    window = MainWindow(context)
    qtbot.addWidget(window)
    previews: list[int] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(1) or 0)
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
