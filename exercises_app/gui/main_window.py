"""The main window: a navigation column on the left and one view at a time on the right."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from PySide6.QtCore import QByteArray, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import settings_keys as keys
from .accessibility import describe_from_tooltips
from .context import AppContext

# Views other than the one on screen, dialogs, printing, the sound player and the Qt classes only
# they use (message boxes, processes) are imported when first used, so the window paints sooner
# (benchmarks/startup.py): PySide6 builds a class's Python enums the first time it is imported.
if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ..audio import CuePlayer
    from ..speech import Speaker
    from .history_view import HistoryView
    from .library_view import LibraryView
    from .programme_view import ProgrammeView
    from .reminders import ReminderService
    from .session_view import SessionView
    from .today_view import TodayView


# What the window asks of a view it may have built, without importing the view's module.
@runtime_checkable
class _Refreshable(Protocol):
    def refresh(self) -> None: ...


@runtime_checkable
class _KeepsState(Protocol):
    def save_state(self, settings: QSettings) -> None: ...


@runtime_checkable
class _Discardable(Protocol):
    def confirm_discard(self) -> bool: ...


@runtime_checkable
class _SessionPage(Protocol):
    def prepare(self, slot: int) -> bool: ...
    def sync_sound(self) -> None: ...


class MainWindow(QMainWindow):
    """Hosts the views: Today, Session, History, Programme and Library, always in that order."""

    preferencesChanged = Signal()

    def __init__(self, context: AppContext, cues: CuePlayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._cues = cues
        self._speaker: Speaker | None = None
        self.setWindowTitle(self.tr("Exercises for back and neck"))
        self.setMinimumSize(QSize(900, 560))

        self.notices: list[QLabel] = []
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        nav_font = QFont(self.font())
        nav_font.setPointSizeF(self.font().pointSizeF() * 1.35)
        nav_font.setBold(True)
        self.navigation.setFont(nav_font)
        # a new theme sets the sheet again (theme.apply_appearance): Qt keeps a style-sheeted widget's palette
        self.navigation.setStyleSheet("#navigation::item { padding-left: 12px; }")
        self.stack = QStackedWidget()

        # The order never changes between days: Today, Session, History, Programme, Library.
        # Each view is built the first time it is shown or asked for.
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._add_view("today", self.tr("Today"), self._build_today)
        self._add_view("session", self.tr("Session"), self._build_session)
        self._add_view("history", self.tr("History"), self._build_history)
        self._add_view("programme", self.tr("Programme"), self._build_programme)
        self._add_view("library", self.tr("Library"), self._build_library)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.navigation)
        body_layout.addWidget(self.stack, 1)
        self._fit_navigation()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._on_row_changed)

        self._build_menus()
        self._restore_state()
        describe_from_tooltips(self)
        if context.library_load.problems:
            first = context.library_load.problems[0]
            self._show_notice(self.tr("The exercise library has problems; the Library page lists them. "
                                      "First: {problem}")
                              .format(problem=first))
        lacks_the_guide = (context.programme is None and context.library_load.library is not None
                           and not context.start_pending and context.preferences.start in ("", "example"))
        if lacks_the_guide and context.guide_problem:
            self._show_guide_problem(context.guide_problem)
        elif lacks_the_guide:
            self._show_notice(self.tr("There is no programme yet: the exercise library has none of the clinic "
                                      "guide’s seven. Open a programme file with File › Open programme, or build "
                                      "one on the Programme page."))
        elif context.own_load is not None and context.own_load.problems:
            self._show_notice(self.tr("Your file of own exercises could not be read, so it was set aside as {file}; "
                                      "File › My exercises says more. First problem: {problem}")
                              .format(file=context.own_load.moved_to or context.paths.own_library,
                                      problem=context.own_load.problems[0]))
        elif context.programme_notice:
            self._show_notice(self.tr("The programme in use could not be read, so the clinic guide’s seven exercises "
                                      "are shown. Open the programme file again from File. Problem: {problem}")
                              .format(problem=context.programme_notice))
        self.reminders: ReminderService | None = None  # made by start_reminders(), after the first paint

    @property
    def cues(self) -> CuePlayer:
        """The cue sounds; the sound player is looked for the first time they are needed."""
        if self._cues is None:
            from ..audio import CuePlayer

            self._cues = CuePlayer(self.context.paths.assets_dir / "sounds", volume=self.context.preferences.volume)
        return self._cues

    @property
    def speaker(self) -> Speaker:
        """The voice for spoken cues; the speech engine is looked for the first time it is needed."""
        if self._speaker is None:
            from ..speech import Speaker

            self._speaker = Speaker(self.context.lang)
        return self._speaker

    def _show_guide_problem(self, problem: str) -> None:
        """The clinic guide's template that ships with the app cannot be read: no example to show."""
        self._show_notice(self.tr("There is no programme yet: the clinic guide’s example that comes with the "
                                  "app could not be read, so the installation may be damaged. Open a programme "
                                  "file with File › Open programme, or build one on the Programme page. "
                                  "Problem: {problem}").format(problem=problem))

    def _show_notice(self, text: str) -> None:
        """A start-up problem (a file with its line) stays in the status bar until the app closes."""
        notice = QLabel(text)
        notice.setTextFormat(Qt.TextFormat.PlainText)  # quotes file names and file content
        notice.setObjectName("startupNotice")
        notice.setWordWrap(True)
        notice.setStyleSheet("#startupNotice { background: #fff4d6; color: #3d2b00; padding: 6px; }")
        self.notices.append(notice)
        self.statusBar().addPermanentWidget(notice, 1)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest view name at the current text size (never elided)."""
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.navigation.item(r).text()) for r in range(self.navigation.count()))
        self.navigation.setFixedWidth(max(170, widest + 44))

    def _add_view(self, key: str, title: str, builder: Callable[[], QWidget]) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(160, 56))
        self.navigation.addItem(item)
        self.stack.addWidget(QWidget())  # stands in until the view is first needed
        self._builders[key] = builder

    def view(self, key: str) -> QWidget:
        """The view ``key``, built (and put in its place in the stack) the first time it is asked for."""
        if key not in self._built:
            row = list(self._builders).index(key)
            widget = self._builders[key]()
            self._built[key] = widget
            placeholder = self.stack.widget(row)
            showing = self.stack.currentIndex() == row
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            if showing:
                self.stack.setCurrentIndex(row)
            describe_from_tooltips(widget)
        return self._built[key]

    def built_view(self, key: str) -> QWidget | None:
        """The view ``key`` if it has been built, else None (nothing is built by asking)."""
        return self._built.get(key)

    @property
    def today_view(self) -> TodayView:
        return cast("TodayView", self.view("today"))

    @property
    def session_view(self) -> SessionView:
        return cast("SessionView", self.view("session"))

    @property
    def history_view(self) -> HistoryView:
        return cast("HistoryView", self.view("history"))

    @property
    def programme_view(self) -> ProgrammeView:
        return cast("ProgrammeView", self.view("programme"))

    @property
    def library_view(self) -> LibraryView:
        return cast("LibraryView", self.view("library"))

    def _build_today(self) -> QWidget:
        from .today_view import TodayView

        view = TodayView(self.context)
        view.startSessionRequested.connect(self._on_start_session)
        view.checklistChanged.connect(lambda: self._refresh_if_built("history"))
        return view

    def _build_session(self) -> QWidget:
        from .session_view import SessionView

        view = SessionView(self.context, self.cues, speaker=self.speaker)
        view.illustration.set_pose_library(self.context.pose_library())  # own exercises move too
        view.safetyRequested.connect(self._on_safety)
        view.sessionRecorded.connect(lambda: self._refresh_if_built("today"))
        view.sessionClosed.connect(lambda: self.show_view("today"))
        return view

    def _build_history(self) -> QWidget:
        from .history_view import HistoryView

        return HistoryView(self.context)

    def _build_programme(self) -> QWidget:
        from .programme_view import ProgrammeView

        view = ProgrammeView(self.context)
        view.programmeActivated.connect(self._on_programme_activated)
        view.ownExercisesRequested.connect(self.manage_own_exercises)
        view.printRequested.connect(self._on_print)
        view.pdfRequested.connect(self._on_save_pdf)
        return view

    def _build_library(self) -> QWidget:
        from .library_view import LibraryView

        view = LibraryView(self.context)
        view.safetyRequested.connect(self._on_safety)
        view.restore_state(self.context.settings)
        return view

    def _refresh_if_built(self, key: str) -> None:
        view = self.built_view(key)
        if isinstance(view, _Refreshable):
            view.refresh()

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._builders):
            self.view(list(self._builders)[row])
            self.stack.setCurrentIndex(row)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, slot in (
            (self.tr("&Open programme…"), QKeySequence.StandardKey.Open, self._on_open_programme),
            (self.tr("&Print programme…"), QKeySequence.StandardKey.Print, self._on_print),
            (self.tr("Save programme as P&DF…"), None, self._on_save_pdf),
            (self.tr("&Export record as CSV…"), None, self._on_export_csv),
            (self.tr("Print follow-up &report…"), None, self._on_print_report),
            (self.tr("Save follow-up report as PD&F…"), None, self._on_save_report),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)  # filled each time it opens, not at start
        file_menu.insertMenu(file_menu.actions()[1], self.recent_menu)
        file_menu.addSeparator()
        own_action = QAction(self.tr("&My exercises…"), self)
        own_action.setToolTip(self.tr("Create your own exercises, with drawings made in the pose editor"))
        own_action.triggered.connect(self.manage_own_exercises)
        file_menu.addAction(own_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self._on_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            view_menu.addAction(action)
        find_action = QAction(self.tr("&Find exercise"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._on_find)
        view_menu.addAction(find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Help"), self)
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(self._on_help)
        help_menu.addAction(help_action)
        safety_action = QAction(self.tr("&When to stop and seek care"), self)
        safety_action.setShortcut(QKeySequence("Shift+F1"))
        safety_action.triggered.connect(self._on_safety)
        help_menu.addAction(safety_action)
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self._on_about)
        help_menu.addAction(about_action)

    def current_view_key(self) -> str:
        """The key of the view on screen, such as 'library'."""
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_view(self, key: str) -> bool:
        """Switch to the view ``key``; False if there is no such view."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return True
        return False

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value(keys.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if not self.show_view(str(settings.value(keys.WINDOW_VIEW, "today"))):
            self.navigation.setCurrentRow(0)

    def save_state(self) -> None:
        """Remember geometry, the view on screen and the library selection."""
        settings = self.context.settings
        settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(keys.WINDOW_VIEW, self.current_view_key())
        library = self.built_view("library")
        if isinstance(library, _KeepsState):
            library.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        programme = self.built_view("programme")
        if isinstance(programme, _Discardable) and not programme.confirm_discard():
            event.ignore()
            return
        self.save_state()
        if self.reminders is not None:
            self.reminders.stop()
        super().closeEvent(event)

    def start_reminders(self) -> None:
        """Start the reminder timer; without a tray, say what was missed while the app was closed."""
        from .reminders import MissedRemindersDialog, ReminderService

        if self.reminders is None:
            self.reminders = ReminderService(self.context, self)
            self.reminders.reminderDue.connect(self._on_reminder_due)
            self.reminders.activateRequested.connect(self.bring_forward)
            self.reminders.startSessionRequested.connect(self._on_reminder_start)
            self.reminders.quitRequested.connect(self.close)
            self.preferencesChanged.connect(self.reminders.reload)
        missed = self.reminders.start()
        if missed and not self.reminders.uses_tray:
            MissedRemindersDialog.show_missed(missed, self.context.lang, self, today=self.context.today())

    @Slot()
    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot(int, str)
    def _on_reminder_due(self, _slot: int, message: str) -> None:
        self.statusBar().showMessage(message, 10 * 60 * 1000)
        QApplication.alert(self)

    @Slot(int)
    def _on_reminder_start(self, slot: int) -> None:
        self.bring_forward()
        self._on_start_session(slot)

    @Slot()
    def ask_how_to_start(self) -> None:
        """At a first start, ask how the person starts (``FirstStartDialog``); called once the window shows.

        A file: open it and follow it (cancelling the file dialog asks again). The example: the clinic
        guide's seven, marked as an example on Today and in print. A physiotherapist: the Programme page.
        Closing the question leaves no programme in use; it is asked again at the next start.
        """
        from ..core.first_start import EXAMPLE, PATIENT_FILE
        from .first_start_dialog import FirstStartDialog

        while self.context.start_pending:
            choice, accepted = FirstStartDialog.ask(self)
            if not accepted:
                self._refresh_if_built("today")
                return
            if choice == PATIENT_FILE:
                self.show_view("programme")
                if not self.programme_view.open_file():
                    continue
                self.programme_view.activate()
                if self.context.programme is None:
                    continue
            self.context.choose_start(choice)
            if choice == EXAMPLE and self.context.programme is None and self.context.guide_problem:
                self._show_guide_problem(self.context.guide_problem)
            if choice in (PATIENT_FILE, EXAMPLE):
                self._on_programme_activated()
                self.show_view("today")
            else:
                self.show_view("programme")
            return

    def open_programme(self, path: Path, activate: bool = False) -> bool:
        """Open a programme file in the editor; with ``activate`` make it the one in use."""
        self.show_view("programme")
        if not self.programme_view.open_file(path):
            return False
        if activate:
            self.programme_view.activate()
        return True

    @Slot(int)
    def _on_start_session(self, slot: int) -> None:
        self.show_view("session")
        if self.session_view.prepare(slot):
            self.session_view.start()

    @Slot()
    def manage_own_exercises(self) -> None:
        """My exercises: create and change own exercises; the views then use the library with them."""
        from .my_exercises_dialog import MyExercisesDialog

        changed, _accepted = MyExercisesDialog.manage(self.context, self)
        if changed:
            self._on_library_changed()

    def _on_library_changed(self) -> None:
        """The library in use changed (own exercises, or those a programme carries): every built view uses it."""
        library = self.context.library_load.library
        programme = self.built_view("programme")
        if programme is not None:
            self.programme_view.set_library(library)
        if self.built_view("library") is not None:
            self.library_view.set_library(library)
        if self.built_view("session") is not None:
            self.session_view.illustration.set_pose_library(self.context.pose_library())

    @Slot()
    def _on_programme_activated(self) -> None:
        self._on_library_changed()
        if self.reminders is not None:
            self.reminders.reload()
        self._refresh_if_built("today")
        self._refresh_if_built("history")
        session = self.built_view("session")
        if isinstance(session, _SessionPage):
            session.prepare(1)

    @Slot()
    def _fill_recent_menu(self) -> None:
        """The last programme files opened or saved; one that is gone is shown greyed, saying so."""
        from .file_memory import recent_programmes

        self.recent_menu.clear()
        recent = recent_programmes(self.context.settings)
        for number, path in enumerate(recent, start=1):
            exists = path.is_file()
            text = f"&{number} {path.name}" if exists else self.tr("{name} (not found)").format(name=path.name)
            action = self.recent_menu.addAction(text.replace("&", "&&", text.count("&") - 1) if exists else text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(exists)
            action.triggered.connect(lambda _checked=False, p=path: self._on_open_recent(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent programmes")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), self._on_clear_recent)

    def _on_open_recent(self, path: Path) -> None:
        from .file_memory import forget_programme

        if not path.is_file():
            from PySide6.QtWidgets import QMessageBox

            forget_programme(self.context.settings, path)
            QMessageBox.information(self, self.tr("File not found"),
                                    self.tr("{path} is no longer there; it is taken off the list.").format(path=path))
            return
        if self.open_programme(path):
            self._offer_to_follow_the_opened_file()

    @Slot()
    def _on_clear_recent(self) -> None:
        from .file_memory import forget_programme

        forget_programme(self.context.settings)

    @Slot()
    def _on_open_programme(self) -> None:
        self.show_view("programme")
        if self.programme_view.open_file():
            self._offer_to_follow_the_opened_file()

    def _offer_to_follow_the_opened_file(self) -> None:
        """A patient who follows nothing chosen yet (``offers_to_follow_an_opened_file``) is asked
        whether to follow the file just opened; yes makes it the programme in use and shows Today."""
        from ..core.first_start import offers_to_follow_an_opened_file

        programme = self.context.programme
        if not offers_to_follow_an_opened_file(self.context.preferences.start, programme is not None,
                                               programme is not None and programme.example):
            return
        opened = self.programme_view.save()
        if not self.ask_to_follow(opened.title or opened.programme_id):
            return
        self.programme_view.activate()
        if self.context.programme is not None and not self.context.programme.example:
            self.show_view("today")

    def ask_to_follow(self, title: str) -> bool:
        """'Follow this programme for your sessions?': 'Follow it' is the default."""
        from PySide6.QtWidgets import QMessageBox

        from .dialog_buttons import ask_between

        return ask_between(self, QMessageBox.Icon.Question, self.tr("Follow this programme?"),
                           self.tr("Follow “{title}” for your sessions from today? Today and the guided session "
                                   "will show its exercises and doses; your history is kept.").format(title=title),
                           self.tr("Follow it"), self.tr("Only look at it"), default_yes=True)

    def _paper(self) -> str:
        return self.context.preferences.paper

    def _handout_choice(self, action: str):
        """Ask for the handout's layout, language and paper (the layout is remembered); None if cancelled."""
        from dataclasses import replace

        from .handout_options_dialog import HandoutChoice, HandoutOptionsDialog

        preferences = self.context.preferences
        offered = HandoutChoice(preferences.handout_layout, self.programme_view.save().language, self._paper())
        choice, accepted = HandoutOptionsDialog.choose(offered, action, self)
        if not accepted:
            return None
        if choice.layout != preferences.handout_layout:
            self.context.set_preferences(replace(preferences, handout_layout=choice.layout))
        return choice

    def _programme_document(self, choice=None):
        """The handout of the programme in the editor, as ``choice`` says (default: the settings'
        layout and paper, in the programme's language); None without a library."""
        from .handout_options_dialog import HandoutChoice
        from .print_dialogs import programme_document

        library = self.context.library_load.library
        if library is None:
            return None
        programme = self.programme_view.save()
        if choice is None:
            choice = HandoutChoice(self.context.preferences.handout_layout, programme.language, self._paper())
        logo = self.context.preferences.clinic.logo
        document = programme_document(programme, library, self.context.paths.assets_dir, choice,
                                      Path(logo) if logo else None)
        if document.logo_problem:
            self.statusBar().showMessage(self.tr("The clinic logo is left off the handout: {problem}")
                                         .format(problem=document.logo_problem), 60 * 1000)
        return document

    @Slot()
    def _on_print(self) -> None:
        choice = self._handout_choice(self.tr("Preview"))
        document = self._programme_document(choice) if choice is not None else None
        if document is not None:
            from .print_dialogs import preview

            preview(document, choice.paper, self.programme_view.save().title or "programme", self)

    @Slot()
    def _on_save_pdf(self) -> None:
        choice = self._handout_choice(self.tr("Save PDF…"))
        document = self._programme_document(choice) if choice is not None else None
        if document is not None:
            from .print_dialogs import save_as_pdf

            programme = self.programme_view.save()
            save_as_pdf(document, programme.patient or programme.title or "programme", self, self.context.settings)

    @Slot()
    def _on_print_report(self) -> None:
        from .print_dialogs import preview, report_document

        document = report_document(self.context, self._paper())
        if document is not None:
            preview(document, self._paper(), self.tr("Follow-up report"), self)

    @Slot()
    def _on_save_report(self) -> None:
        from .print_dialogs import report_document, save_as_pdf

        document = report_document(self.context, self._paper())
        if document is not None:
            patient = self.context.programme.patient if self.context.programme else ""
            save_as_pdf(document, f"follow-up-{patient or 'report'}-{self.context.today().isoformat()}", self,
                        self.context.settings)

    @Slot()
    def _on_settings(self) -> None:
        from .settings_dialog import SettingsDialog
        from .theme import apply_appearance

        before = self.context.preferences
        after, accepted = SettingsDialog.edit(before, self.context.paths.data_dir, self, self.cues.available,
                                              self.speaker.available)
        if not accepted or after == before:
            return
        self.context.set_preferences(after)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, after.theme, before.text_scale)
        self.cues.muted, self.cues.volume = not after.sound, after.volume
        session = self.built_view("session")
        if isinstance(session, _SessionPage):
            session.sync_sound()
        self.preferencesChanged.emit()
        if (after.language, after.text_scale) != (before.language, before.text_scale):
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self, self.tr("Restart to apply"),
                self.tr("The new language or text size takes effect when the app restarts. Restart now? "
                        "Your window and records are kept."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.restart()

    def restart(self) -> None:
        """Start a new copy of the app with the same arguments, then close this one."""
        if self.close():
            from PySide6.QtCore import QProcess

            QProcess.startDetached(sys.executable, [*sys.orig_argv[1:]] if hasattr(sys, "orig_argv") else sys.argv)

    @Slot()
    def _on_export_csv(self) -> None:
        from .export_dialog import export_record_csv

        export_record_csv(self.context, self)

    @Slot()
    def _on_find(self) -> None:
        self.show_view("library")
        self.library_view.focus_search()

    @Slot()
    def _on_safety(self) -> None:
        from ..core.programme import programme_regions
        from .safety_dialog import SafetyDialog

        library = self.context.library_load.library
        if library is not None:
            programme = self.context.programme
            regions = programme_regions(programme, library) if programme is not None else ()
            SafetyDialog.show_safety(library.safety, self.context.lang, self, regions)

    @Slot()
    def _on_help(self) -> None:
        from .help_dialog import HelpDialog

        library = self.context.library_load.library
        HelpDialog.show_help(library.safety if library else None, self.context.lang, self)

    @Slot()
    def _on_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog.show_about(self.context, self)
