"""The main window and the Library view, as a patient or physiotherapist uses them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from windows import open_window

from exercises_app.gui.context import AppContext
from exercises_app.gui.main_window import MainWindow


def list_ids(window: MainWindow) -> list[str]:
    items = window.library_view.exercise_list
    return [items.item(row).data(Qt.ItemDataRole.UserRole) for row in range(items.count())]


def test_library_lists_every_exercise_and_shows_the_first(qtbot: QtBot,
                                                          make_context: Callable[..., AppContext]) -> None:
    window = open_window(qtbot, make_context())
    view = window.library_view
    assert window.current_view_key() == "today"  # a first start opens on today's checklist
    window.show_view("library")
    assert len(list_ids(window)) >= 18
    assert view.title.text() == "Cat–cow"
    assert "Steps" in view.sections.text() and "Precautions" in view.sections.text()
    assert "Repetitions" in view.dose.text()
    assert not view.banner.isVisible()


def test_search_and_filters_narrow_the_list(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    window = open_window(qtbot, make_context())
    view = window.library_view
    qtbot.keyClicks(view.search, "glute")
    assert list_ids(window) == ["glute-bridge"]
    assert view.title.text() == window.context.library_load.library.get("glute-bridge").name.en
    view.search.clear()
    view.region_filter.setCurrentIndex(view.region_filter.findData("neck"))
    neck = list_ids(window)
    assert neck and "chin-tuck" in neck and "cobra" not in neck
    view.position_filter.setCurrentIndex(view.position_filter.findData("standing"))
    assert list_ids(window) == []
    assert view.title.text() == "No exercise matches your search"
    assert not view.illustration.isVisible()


def test_window_geometry_view_and_selection_are_remembered(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    window = open_window(qtbot, make_context())
    window.resize(1024, 640)
    window.show_view("library")
    window.library_view.select_exercise("bird-dog")
    window.close()

    again = open_window(qtbot, make_context())
    assert (again.width(), again.height()) == (1024, 640)
    assert again.library_view.current_exercise_id() == "bird-dog"
    assert again.current_view_key() == "library"


def test_broken_user_library_shows_file_and_line_and_keeps_working(
    qtbot: QtBot, make_context: Callable[..., AppContext], isolated_data_dir: Path
) -> None:
    user_library = isolated_data_dir / "exercises.yaml"
    user_library.write_text("format: exercises-app-library\nversion: 1\nexercises: [\n", encoding="utf-8")
    window = open_window(qtbot, make_context())
    assert f"{user_library}:" in window.notices[0].text()  # said at start, whatever view is on screen
    window.show_view("library")
    banner = window.library_view.banner
    assert banner.isVisible()
    assert f"{user_library}:" in banner.text()
    assert "library that comes with the app" in banner.text()
    assert len(list_ids(window)) >= 18


def test_french_interface_and_content(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    window = open_window(qtbot, make_context("fr"))
    view = window.library_view
    assert [window.navigation.item(r).text() for r in range(window.navigation.count())][-1] == "Bibliothèque"
    assert view.title.text() == "Chat-vache"
    assert "Étapes" in view.sections.text()
    assert view.search.placeholderText() == "Rechercher un exercice"
    assert view.count_label.text().startswith(str(len(list_ids(window))))
    assert "exercices" in view.count_label.text()


def test_safety_is_one_click_away(qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch) -> None:
    from exercises_app.gui.safety_dialog import SafetyDialog

    shown = []
    monkeypatch.setattr(SafetyDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    window = open_window(qtbot, make_context())
    qtbot.mouseClick(window.library_view.safety_button, Qt.MouseButton.LeftButton)
    assert shown and "emergency" in shown[0].lower()


def test_a_damaged_prescription_in_the_record_is_shown_in_the_window_not_a_traceback(
        qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    import sqlite3

    context = make_context()
    path = context.paths.adherence_file
    context.close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO prescription (fingerprint, programme_id, programme_version, snapshot_json) "
               "VALUES ('x', 'broken', 1, 'not json')")
    db.execute("INSERT INTO journal (on_date, kind, prescription_id, recorded_at) SELECT '2026-01-01', "
               "'prescription', id, '2026-01-01T08:00:00+00:00' FROM prescription WHERE fingerprint = 'x'")
    db.commit()
    db.close()
    context = make_context()  # today (5 January 2026) follows the damaged prescription
    window = open_window(qtbot, context)
    today = window.today_view
    assert today.error_banner.isVisible() and str(path) in today.error_banner.text()
    window.show_view("history")
    assert window.history_view.store_banner.isVisible() and str(path) in window.history_view.store_banner.text()


def test_dialogs_opened_from_the_menus_are_freed_after_use(qtbot: QtBot, make_context: Callable[..., AppContext],
                                                          monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    from exercises_app.gui.about_dialog import AboutDialog
    from exercises_app.gui.help_dialog import HelpDialog
    from exercises_app.gui.safety_dialog import SafetyDialog

    window = open_window(qtbot, make_context())
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    library = window.context.library_load.library
    for _ in range(3):
        AboutDialog.show_about(window.context, window)
        HelpDialog.show_help(library.safety, "en", window)
        SafetyDialog.show_safety(library.safety, "en", window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []


def test_the_language_chosen_in_settings_is_read_before_the_window(tmp_path: Path) -> None:
    """The start-up language comes from the same preferences Settings writes; junk means the system's."""
    from PySide6.QtCore import QSettings

    from exercises_app.config import AppPaths
    from exercises_app.gui import settings_keys as keys
    from exercises_app.gui.app import stored_language

    paths = AppPaths(data_dir=tmp_path)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    assert stored_language(paths) is None
    for stored, expected in (("fr", "fr"), ("en", "en"), ("system", None), ("klingon", None)):
        settings.setValue(f"{keys.PREFERENCES}/language", stored)
        settings.sync()
        assert stored_language(paths) == expected
