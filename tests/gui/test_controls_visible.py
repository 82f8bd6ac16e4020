"""Every control visible in the dark and high-contrast themes, and every label whole at 150 % in French.

Walks every view and dialog (the same set as the translation checks), grabs it, and measures the pixels:
check box outlines, slider handles, the chosen toggle button and field outlines must stand out 3:1 from
what is around them (WCAG 2.1 non-text contrast); at 150 % text in French no button or table header
text may be wider than the room it has.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from test_desktop import open_everything
from theme_checks import control_contrast_problems, cut_text_problems
from windows import build_window, silent_cues

from exercises_app.core.contrast import contrast_ratio
from exercises_app.core.record.dose_steps import Basis
from exercises_app.core.record.progression import Proposal
from exercises_app.core.text import Text
from exercises_app.gui.context import AppContext
from exercises_app.gui.dose_step_dialog import DoseStepDialog
from exercises_app.gui.excuse_dialog import ExcuseDialog
from exercises_app.gui.main_window import MainWindow
from exercises_app.gui.psfs_dialog import PsfsDialog
from exercises_app.gui.red_flag_dialog import RedFlagDialog
from exercises_app.gui.settings_dialog import SettingsDialog
from exercises_app.gui.theme import THEMES, apply_appearance

VIEWS = ("today", "session", "history", "programme", "library")


@contextmanager
def appearance(theme: str, text_scale: int) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, theme, text_scale)
    try:
        QApplication.processEvents()
        yield
    finally:
        apply_appearance(app, "light", 100)
        QApplication.processEvents()


def every_screen(qtbot: QtBot, context: AppContext,
                 size: tuple[int, int] = (1280, 800)) -> Iterator[tuple[str, QWidget]]:
    """Each view of the main window in turn (the session's ready and end pages, a pain rating chosen),
    then each dialog, every one shown and laid out."""
    roots = open_everything(qtbot, context)
    window = roots[0]
    assert isinstance(window, MainWindow)
    window.resize(*size)
    library = context.library_load.library
    steps = [Proposal("glute-bridge", Text("Glute bridge", "Pont fessier"), "p", "reps", 10, 10, 12, 14, "up",
                      Basis(6, 7, 3, 3)),
             Proposal("cobra", Text("Cobra", "Cobra"), "p", "hold_s", 10, 10, 5, 5, "down", Basis(7, 7, 3, 6, True))]
    dialogs = [*roots[1:], RedFlagDialog(library.safety, context.lang), ExcuseDialog(context.today(), context.lang),
               PsfsDialog(("Sitting at work for an hour",)), DoseStepDialog(steps, context.lang)]
    for key in VIEWS:
        window.show_view(key)
        QApplication.processEvents()
        yield key, window
    session = window.session_view
    session.pages.setCurrentIndex(2)  # "Session ended": the pain rating and the note
    session.pain_scale.set_value(4)
    QApplication.processEvents()
    yield "session ended", window
    session.pages.setCurrentIndex(0)
    for dialog in dialogs:
        if (not isinstance(dialog, QWidget) or isinstance(dialog, QMainWindow)
                or dialog.metaObject().className() == "QMenu"):
            continue
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        yield type(dialog).__name__, dialog
        dialog.hide()


@pytest.mark.parametrize("theme", ["high-contrast", "dark"])
def test_every_control_stands_out_3_to_1(theme: str, qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    problems: list[str] = []
    counted = 0
    with appearance(theme, 100):
        for name, root in every_screen(qtbot, make_context()):
            found, checked = control_contrast_problems(root)
            problems += [f"{name}: {p}" for p in found]
            counted += checked
    assert not problems, "\n".join(problems)
    assert counted >= 20, counted


def test_the_settings_sound_controls_stand_out_ticked_and_unticked(qtbot: QtBot, tmp_path) -> None:
    from exercises_app.core.preferences import Preferences

    with appearance("high-contrast", 100):
        for sound in (True, False):
            dialog = SettingsDialog(tmp_path)
            qtbot.addWidget(dialog)
            dialog.load(Preferences(sound=sound, reminder_times=("08:00",)))
            dialog.show()
            QApplication.processEvents()
            problems, checked = control_contrast_problems(dialog)
            assert not problems and checked >= 8, problems


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_outlines_controls_3_to_1(theme: str) -> None:
    for name, (control, background) in THEMES[theme].control_pairs().items():
        assert contrast_ratio(control, background) >= 3.0, (theme, name)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_no_button_or_header_text_is_cut_at_150_percent_in_french(size: tuple[int, int], qtbot: QtBot,
                                                                   make_context: Callable[..., AppContext]) -> None:
    problems: list[str] = []
    counted = 0
    with appearance("high-contrast", 150):
        for name, root in every_screen(qtbot, make_context("fr"), size):
            found, checked = cut_text_problems(root)
            problems += [f"{name}: {p}" for p in found]
            counted += checked
    assert not problems, "\n".join(sorted(set(problems)))
    assert counted >= 40, counted


def test_without_a_sound_player_sound_is_greyed_and_explained(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                              tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    from exercises_app.core.preferences import Preferences

    context = make_context()
    window = build_window(qtbot, context, silent_cues(context))
    window.show_view("session")
    mute = window.session_view.mute_button
    assert not mute.isEnabled() and mute.text() == "No sound" and "no sound player" in mute.toolTip()
    dialog = SettingsDialog(tmp_path, sound_available=False)
    qtbot.addWidget(dialog)
    dialog.load(Preferences(sound=True))
    assert not dialog.sound.isEnabled() and not dialog.sound.isChecked() and not dialog.volume.isEnabled()
    assert "no sound player" in dialog.findChild(QLabel, "soundUnavailable").text()
    assert dialog.save().sound  # the preference is kept for a computer that can play sound


@pytest.mark.parametrize("sound_available", [True, False])
def test_every_wrapped_line_of_the_settings_shows_at_150_percent_in_french(
        sound_available: bool, qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    make_context("fr")
    with appearance("high-contrast", 150):
        dialog = SettingsDialog(tmp_path / "a folder with a rather long name" / "inside another one", None,
                                sound_available)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
        assert len(wrapped) == (3 if sound_available else 4)  # reminders, folder, restart note (+ no sound)
        for label in wrapped:
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_today_scrolls_no_sideways_in_the_smallest_window(lang: str, qtbot: QtBot,
                                                          make_context: Callable[..., AppContext]) -> None:
    """At the window's smallest width a long date wraps rather than push a programme of two
    sessions a day sideways (Monday, November 30, 2026 did, in English)."""
    from dataclasses import replace

    context = make_context(lang)
    assert context.programme is not None
    context.use_programme(replace(context.programme, sessions_per_day=2))
    window = build_window(qtbot, context)
    window.show()
    window.resize(window.minimumSize())
    window.show_view("today")
    today = window.today_view
    today.date_label.setText("Wednesday, September 30, 2026" if lang == "en" else "Mercredi 30 septembre 2026")
    QApplication.processEvents()
    assert window.width() == 900 and len(today.columns) == 2
    assert not today.scroll_area.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_library_names_wrap_whole_without_a_sideways_scrollbar(size: tuple[int, int], qtbot: QtBot,
                                                              make_context: Callable[..., AppContext]) -> None:
    from PySide6.QtCore import QRect, Qt

    with appearance("light", 150):
        window = build_window(qtbot, make_context("fr"))
        window.resize(*size)
        window.show()
        window.show_view("library")
        QApplication.processEvents()
        names = window.library_view.exercise_list
        assert not names.horizontalScrollBar().isVisible()
        wrapped = 0
        for row in range(names.count()):
            item = names.item(row)
            painted = names.visualItemRect(item)
            room = painted.width() - 8  # the text margins either side
            needed = names.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text())
            assert painted.height() >= needed.height(), item.text()
            assert painted.right() <= names.viewport().width(), item.text()
            wrapped += needed.height() > names.fontMetrics().height() * 1.5
        assert wrapped >= 3  # long French names take two lines rather than being cut
