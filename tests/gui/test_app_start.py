"""Start-up work the first screen does not need waits for the window's first paint."""
from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exercises_app.cli import _collector_paused
from exercises_app.gui.app import AfterFirstPaint
from exercises_app.gui.context import AppContext


def test_the_work_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    done: list[bool] = []
    AfterFirstPaint(window, lambda: done.append(True))
    assert not done  # nothing before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: bool(done))
    window.repaint()
    QCoreApplication.processEvents()  # a later paint does not run it again
    assert done == [True]


def test_a_window_never_painted_does_not_hold_the_work_up(qtbot: QtBot) -> None:
    window = QWidget()  # never shown
    qtbot.addWidget(window)
    done: list[bool] = []
    AfterFirstPaint(window, lambda: done.append(True), latest_ms=0)
    assert not done
    QCoreApplication.processEvents()
    assert done == [True]


def test_the_collector_runs_again_after_a_start_that_fails() -> None:
    assert gc.isenabled()
    try:
        with _collector_paused():
            assert not gc.isenabled()
            raise KeyError("settings")
    except KeyError:
        pass
    assert gc.isenabled()


def test_a_record_the_app_closed_is_opened_without_checking_every_row_again(
    make_context: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    from exercises_app.core.record import store

    asked: list[bool] = []
    opening = store.RecordStore.open.__func__  # type: ignore[attr-defined]

    def open_and_note(cls: type[store.RecordStore], *args: Any, **kwargs: Any) -> store.OpenResult:
        asked.append(kwargs["check_rows"])
        return opening(cls, *args, **kwargs)

    monkeypatch.setattr(store.RecordStore, "open", classmethod(open_and_note))
    make_context().close()  # a new record: checked whole, then noted at the close
    make_context().close()
    assert asked == [True, False]
