"""Desktop expectations: every string translated in French, names for assistive technology,
themes with enough contrast, settings that load and save symmetrically."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from windows import build_window

from exercises_app.core.contrast import contrast_ratio
from exercises_app.core.preferences import Preferences
from exercises_app.gui.about_dialog import AboutDialog
from exercises_app.gui.context import AppContext
from exercises_app.gui.help_dialog import HelpDialog
from exercises_app.gui.my_exercises_dialog import MyExercisesDialog
from exercises_app.gui.own_exercise_dialog import OwnExerciseDialog
from exercises_app.gui.safety_dialog import SafetyDialog
from exercises_app.gui.settings_dialog import SettingsDialog
from exercises_app.gui.theme import THEMES

TS_FILE = Path(__file__).resolve().parents[2] / "exercises_app" / "i18n" / "exercises_app_fr.ts"


def english_sources() -> set[str]:
    """UI strings whose French translation differs from the English (so English on screen is a miss)."""
    sources = set()
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None and not list(translation) else \
            [f.text or "" for f in translation] if translation is not None else []
        if source and all(form and form != source for form in forms) and len(source) > 2:
            sources.add(source)
    return sources


def visible_strings(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()):
            if text:
                yield widget, text
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget, widget.text()
        if isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield widget, widget.itemText(i)
        for action in widget.actions():
            yield widget, action.text().replace("&", "")
            yield widget, action.toolTip()


def open_everything(qtbot: QtBot, context: AppContext) -> list[QWidget]:
    window = build_window(qtbot, context)
    window.show()
    for key in ("today", "session", "history", "programme", "library"):
        window.show_view(key)
    library = context.library_load.library
    dialogs = [
        SettingsDialog(context.paths.data_dir), AboutDialog(context),
        HelpDialog(library.safety, context.lang), SafetyDialog(library.safety, context.lang),
    ]
    base = context.base_load.library if context.base_load else library
    for tab in range(3):  # own exercises: each tab of the form (a hidden tab's controls are not checked)
        form = OwnExerciseDialog(library, base, context.pose_library(), context.lang)
        form.tabs.setCurrentIndex(tab)
        dialogs.append(form)
    dialogs.append(MyExercisesDialog(context))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return [window, *dialogs, *[a.menu() for a in window.menuBar().actions() if a.menu()]]


def test_no_visible_string_is_left_in_english_in_french(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    english = english_sources()
    roots = open_everything(qtbot, make_context("fr"))
    leftovers = sorted({f"{type(w).__name__}: {text!r}" for root in roots for w, text in visible_strings(root)
                        if text.strip() in english})
    assert not leftovers, leftovers


def test_every_control_has_an_accessible_name_or_visible_text(qtbot: QtBot,
                                                              make_context: Callable[..., AppContext]) -> None:
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListView, QTableView, QTextEdit,
                QPlainTextEdit)
    missing = []
    for root in open_everything(qtbot, make_context()):
        for widget in root.findChildren(QWidget):
            internal = (widget.objectName().startswith("qt_")
                        or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)))
            if not isinstance(widget, controls) or internal or not widget.isVisibleTo(root):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text.strip()):
                missing.append(f"{type(widget).__name__} in {type(widget.window()).__name__} ({widget.objectName()})")
    assert not missing, missing


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_meets_wcag_aa_for_text(theme: str) -> None:
    for name, (foreground, background) in THEMES[theme].text_pairs().items():
        assert contrast_ratio(foreground, background) >= 4.5, (theme, name)


def test_settings_dialog_loads_and_saves_symmetrically(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(tmp_path)
    qtbot.addWidget(dialog)
    chosen = Preferences(language="fr", text_scale=160, theme="dark", sound=False, volume=40,
                         reminder_times=("07:45", "20:00"), paper="a4")
    dialog.load(chosen)
    assert dialog.save() == chosen
    dialog.load(Preferences())
    assert dialog.save() == Preferences()


def test_settings_are_applied_and_remembered(qtbot: QtBot, make_context: Callable[..., AppContext],
                                             monkeypatch) -> None:
    from PySide6.QtGui import QPalette

    context = make_context()
    window = build_window(qtbot, context)
    chosen = Preferences(theme="high-contrast", sound=False, paper="a4")
    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, *a, **k: (chosen, True)))
    window._on_settings()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == THEMES["high-contrast"].window
    assert window.session_view.cues.muted
    context.close()
    assert make_context().preferences == chosen
    from exercises_app.gui.theme import apply_appearance

    apply_appearance(QApplication.instance(), "light", 100)  # leave the shared application as other tests expect


def test_controls_with_a_tooltip_also_have_an_accessible_description(qtbot: QtBot,
                                                                     make_context: Callable[..., AppContext]) -> None:
    window = build_window(qtbot, make_context())
    described = [w for w in window.findChildren(QWidget) if w.toolTip()]
    assert described and all(w.accessibleDescription() for w in described)


def test_the_app_icon_and_launcher_are_shipped() -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    root = Path(__file__).resolve().parents[2]
    icon = QIcon(str(root / "assets" / "icons" / "exercises-app.svg"))
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    window_icon = QIcon(str(root / "assets" / "icons" / "exercises-app.png"))
    assert not window_icon.isNull() and window_icon.availableSizes() == [QSize(256, 256)]
    desktop = (root / "assets" / "exercises-app.desktop").read_text(encoding="utf-8")
    assert "Exec=exercises-app" in desktop and "Icon=exercises-app" in desktop and "Name[fr]=" in desktop


def test_the_window_icon_is_the_rendering_of_the_svg_icon(qapp: QApplication) -> None:
    """The window icon is a PNG (no QtSvg at start): tools/make_icon_png.py writes it from the SVG."""
    import importlib.util

    from PySide6.QtGui import QImage

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("make_icon_png", root / "tools" / "make_icon_png.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    expected = tool.render().convertToFormat(QImage.Format.Format_ARGB32)
    shipped = QImage(str(root / "assets" / "icons" / "exercises-app.png")).convertToFormat(QImage.Format.Format_ARGB32)
    assert shipped.size() == expected.size()
    far = sum(
        1
        for y in range(0, expected.height(), 2)
        for x in range(0, expected.width(), 2)
        if max(abs(a - b) for a, b in zip(expected.pixelColor(x, y).getRgb(), shipped.pixelColor(x, y).getRgb(),
                                           strict=True)) > 8
    )
    assert far < 0.01 * (expected.width() // 2) * (expected.height() // 2), "run python tools/make_icon_png.py"


def test_a_reminder_reaches_the_main_window_when_the_session_is_not_done(
        qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch) -> None:
    from exercises_app.gui.reminders import MissedRemindersDialog

    context = make_context()
    context.set_preferences(Preferences(reminder_times=("09:30",)))
    window = build_window(qtbot, context)
    monkeypatch.setattr(MissedRemindersDialog, "exec", lambda self: 0)
    window.start_reminders()  # the app calls it once the window is on screen
    assert window.reminders is not None and window.reminders.enabled
    context.clock.advance(45 * 60)  # 09:00 → 09:45
    window.reminders.check()
    assert window.statusBar().currentMessage()  # the reminder is on screen
    window.close()


def test_a_damaged_guide_template_is_said_in_the_window_with_its_file(
        qtbot: QtBot, make_context: Callable[..., AppContext], isolated_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The example comes from the installed template alone: when it cannot be read, the window says why."""
    from exercises_app.config import AppPaths

    templates = isolated_data_dir / "installed-templates"
    templates.mkdir()
    (templates / "guide-seven.yaml").write_text("format: exercises-app-programme\nprogramme: [\n", encoding="utf-8")
    monkeypatch.setattr(AppPaths, "bundled_templates_dir", property(lambda self: templates))
    context = make_context()
    assert context.programme is None and context.guide_problem is not None
    window = build_window(qtbot, context)
    window.show()
    assert len(window.notices) == 1 and window.notices[0].isVisible()
    assert "could not be read" in window.notices[0].text()
    assert f"{templates / 'guide-seven.yaml'}:" in window.notices[0].text()


def test_a_broken_programme_in_use_is_shown_with_its_file_and_line(
        qtbot: QtBot, make_context: Callable[..., AppContext], isolated_data_dir: Path) -> None:
    saved = isolated_data_dir / "programme.yaml"
    saved.write_text("format: exercises-app-programme\nversion: 1\nprogramme: [\n", encoding="utf-8")
    window = build_window(qtbot, make_context())
    window.show()
    assert len(window.notices) == 1 and window.notices[0].isVisible()
    assert f"{saved}:" in window.notices[0].text()
    assert saved.read_text(encoding="utf-8").startswith("format:")  # kept as it was
