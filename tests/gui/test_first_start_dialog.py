"""A first start asks how the person starts, in their language; each answer leads where it says."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from windows import open_window

from exercises_app.core.first_start import EXAMPLE, PATIENT_FILE, PHYSIOTHERAPIST
from exercises_app.gui.context import AppContext
from exercises_app.gui.first_start_dialog import FirstStartDialog

pytestmark = pytest.mark.first_start
TEMPLATE = Path(__file__).resolve().parents[2] / "data" / "programmes" / "neck-desk-posture.yaml"


def answer(monkeypatch: pytest.MonkeyPatch, *choices: str) -> list[FirstStartDialog]:
    """Answer the question with ``choices`` in turn (an empty choice closes it); the dialogs shown are kept."""
    shown: list[FirstStartDialog] = []
    queue = list(choices)

    def fake_exec(dialog: FirstStartDialog) -> int:
        shown.append(dialog)
        choice = queue.pop(0)
        if not choice:
            return QDialog.DialogCode.Rejected
        dialog.buttons[choice].click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstStartDialog, "exec", fake_exec)
    return shown


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_example_is_the_guides_seven_marked_as_an_example(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                             monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    context = make_context(lang)
    assert context.start_pending and context.programme is None  # nothing in use until the person answers
    shown = answer(monkeypatch, EXAMPLE)
    window = open_window(qtbot, context)
    assert window.notices == []  # no "no programme" notice while the question is pending
    window.ask_how_to_start()
    assert len(shown) == 1
    texts = [b.text() for b in shown[0].buttons.values()]
    if lang == "fr":
        assert "Je suis physiothérapeute" in texts and shown[0].windowTitle() == "Bienvenue"
    else:
        assert "I'm a physiotherapist" in texts
    assert context.programme is not None and context.programme.example and context.programme.language == lang
    assert window.current_view_key() == "today"
    banner = window.today_view.example_banner
    assert banner.isVisible() and ("exemple" if lang == "fr" else "example") in banner.text()
    context.close()
    again = make_context(lang)
    assert not again.start_pending and again.programme is not None and again.programme.example  # asked once


def test_choosing_the_example_with_a_damaged_template_says_so(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from exercises_app.config import AppPaths

    (tmp_path / "guide-seven.yaml").write_text("programme: [\n", encoding="utf-8")
    monkeypatch.setattr(AppPaths, "bundled_templates_dir", property(lambda self: tmp_path))
    context = make_context()
    answer(monkeypatch, EXAMPLE)
    window = open_window(qtbot, context)
    window.ask_how_to_start()
    assert context.programme is None
    assert len(window.notices) == 1 and "could not be read" in window.notices[0].text()
    assert f"{tmp_path / 'guide-seven.yaml'}:" in window.notices[0].text()


def test_a_file_from_the_physiotherapist_is_opened_and_followed(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    context = make_context()
    answer(monkeypatch, PATIENT_FILE, PATIENT_FILE)
    picks = ["", str(TEMPLATE)]  # the first file dialog is cancelled: the question comes back
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (picks.pop(0), ""))
    window = open_window(qtbot, context)
    window.ask_how_to_start()
    assert context.programme is not None and context.programme.programme_id == "neck-desk-posture"
    assert not context.programme.example and window.current_view_key() == "today"
    assert not window.today_view.example_banner.isVisible()


def test_a_physiotherapist_goes_to_the_programme_page_with_nothing_in_use(
        qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch) -> None:
    context = make_context()
    answer(monkeypatch, PHYSIOTHERAPIST)
    window = open_window(qtbot, context)
    window.ask_how_to_start()
    assert window.current_view_key() == "programme" and context.programme is None
    window.show_view("today")
    assert "no programme yet" in window.today_view.empty_label.text()


def test_closing_the_question_asks_again_at_the_next_start(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    context = make_context()
    answer(monkeypatch, "")
    open_window(qtbot, context).ask_how_to_start()
    assert context.programme is None
    context.close()
    assert make_context().start_pending


@pytest.mark.parametrize("follow", [True, False])
def test_file_open_programme_after_closing_the_question_offers_to_follow_the_file(
        qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch, follow: bool) -> None:
    """Today says 'open your file with File › Open programme': doing so asks to follow it."""
    context = make_context()
    answer(monkeypatch, "")
    window = open_window(qtbot, context)
    window.ask_how_to_start()  # closed: nothing in use
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(TEMPLATE), ""))
    asked: list[str] = []
    monkeypatch.setattr(type(window), "ask_to_follow", lambda _window, title: asked.append(title) or follow)
    window._on_open_programme()
    assert len(asked) == 1 and asked[0]
    if follow:
        assert context.programme is not None and context.programme.programme_id == "neck-desk-posture"
        assert window.current_view_key() == "today" and not window.today_view.empty_label.isVisible()
    else:
        assert context.programme is None and window.current_view_key() == "programme"


def test_a_physiotherapist_opening_a_file_is_not_asked_to_follow_it(
        qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch) -> None:
    context = make_context()
    answer(monkeypatch, PHYSIOTHERAPIST)
    window = open_window(qtbot, context)
    window.ask_how_to_start()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(TEMPLATE), ""))
    monkeypatch.setattr(type(window), "ask_to_follow", lambda *_args: pytest.fail("asked"))
    window._on_open_programme()
    assert context.programme is None and window.current_view_key() == "programme"
