"""The explicit application context handed to every view: no module-level singletons."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from ..config import AppPaths
from ..core.clock import Clock, SystemClock, local_date
from ..core.errors import ContentError
from ..core.first_start import asks_how_to_start, programme_for_sessions
from ..core.library import Library
from ..core.library_source import LibraryLoad, load_active_library
from ..core.own_exercises import OwnLibrary, OwnLibraryLoad, merged_library, open_own_library, save_own_library
from ..core.preferences import Preferences
from ..core.prescription import PrescribedExercise, Prescription, session_items
from ..core.programme import Programme, programme_regions
from ..core.programme_cache import load_programme_cached
from ..core.record.days import RedFlag, SessionRecord
from ..core.record.errors import RecordError
from ..core.record.service import RecordService
from ..core.record.store import MovedAside, RecordStore
from ..core.record.verified import remember_verified, unchanged_since_verified
from ..core.red_flags import level_in_force, more_urgent
from . import settings_keys as keys

if TYPE_CHECKING:
    from ..art.pose_data import OwnPoseLibrary
    from ..core.session import SessionItem

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Paths, language, the library in use, the patient's record, persistent settings and the clock.

    ``record`` is the one service through which views read and write the record; it is None when
    the record cannot be opened (read-only or full folder, a file from a newer version), and
    ``store_notice`` then says why. ``moved_aside`` says that a damaged record was moved aside; it is
    shown at every start until the patient acknowledges it.
    """

    paths: AppPaths
    lang: str
    library_load: LibraryLoad
    settings: QSettings
    clock: Clock
    record: RecordService | None = None
    store_notice: str | None = None
    moved_aside: MovedAside | None = None
    programme: Programme | None = None
    prescription: Prescription | None = None
    programme_notice: str | None = None
    guide_problem: str | None = None  # why the clinic guide's template could not be used, if it could not
    preferences: Preferences = Preferences()  # noqa: RUF009 - frozen, so one shared default is safe
    # The app's library as loaded, and the physiotherapist's own exercises: ``library_load`` holds
    # both, with the own exercises the programme in use carries (``refresh_library``).
    base_load: LibraryLoad | None = None
    own_load: OwnLibraryLoad | None = None
    _poses: OwnPoseLibrary | None = field(default=None, repr=False)
    # the most urgent warning sign reported each day in this sitting, also when the record could not save it
    _warning_signs_reported: dict[dt.date, str] = field(default_factory=dict, repr=False)

    @classmethod
    def create(cls, paths: AppPaths, lang: str, clock: Clock | None = None) -> AppContext:
        """Load the library, open the settings and the record in the data folder."""
        clock = clock or SystemClock()
        paths.ensure_data_dir()
        settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        library_load = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir,
                                           cache_dir=paths.cache_dir)
        context = cls(paths, lang, library_load, settings, clock, preferences=read_preferences(settings),
                      base_load=library_load)
        if library_load.library is not None:
            context.own_load = open_own_library(paths.own_library, paths.assets_dir, library_load.library,
                                                clock.now(), cache_dir=paths.cache_dir)
            context.refresh_library()
        log.info("data folder %s; library %s", paths.data_dir,
                 library_load.library.source if library_load.library is not None else "not loaded")
        context._open_store()
        if context._asks_how_to_start():
            return context  # the window asks first (first_start_dialog); no programme is in use until then
        programme = context._saved_programme() if library_load.library is not None else None
        if programme is not None:
            context.use_programme(programme, keep_copy=False)
        return context

    def _asks_how_to_start(self) -> bool:
        """A first start: nothing chosen yet, no programme in use, nothing recorded."""
        record_started = False
        if self.record is not None:
            try:
                record_started = self.record.first_day() is not None
            except RecordError as exc:
                log.error("could not read the record: %s", exc)
                record_started = True  # a record is there: not a first start
        return self.library_load.library is not None and asks_how_to_start(
            self.preferences.start, self.paths.active_programme_file.exists(), record_started)

    @property
    def start_pending(self) -> bool:
        """The user has not yet said how they start (the window asks)."""
        return not self.preferences.start and self.programme is None and self._asks_how_to_start()

    def choose_start(self, choice: str) -> None:
        """Remember how the user starts; the example makes the clinic guide's seven the programme in use,
        marked as an example."""
        self.set_preferences(replace(self.preferences, start=choice))
        library = self.library_load.library
        if programme_for_sessions(choice) and library is not None:
            example = self._example_programme(library)
            if example is not None:
                self.use_programme(example)

    def _example_programme(self, library: Library) -> Programme | None:
        """The clinic guide's seven from the installed template; None (and ``guide_problem`` says
        why) when the template cannot be read."""
        from ..core.programme_file import default_programme  # PyYAML: not needed by a start with a programme

        try:
            return default_programme(library, self.paths.bundled_templates_dir, language=self.lang)
        except ContentError as exc:
            log.error("the clinic guide's template cannot be used:\n%s", exc)
            self.guide_problem = str(exc.problems[0])
            return None

    def _saved_programme(self) -> Programme | None:
        """The programme in use when the app last closed, else the clinic guide's seven (those of
        them the library has; None when it has none). The saved copy is read from the programme
        cache when it has not changed since it was last read (``core/programme_cache.py``)."""
        library = self.library_load.library
        assert library is not None
        saved = self.paths.active_programme_file
        if saved.exists():
            try:
                return load_programme_cached(saved, library, self.paths.cache_dir)
            except ContentError as exc:
                log.error("the programme in use cannot be read; using the default one:\n%s", exc)
                self.programme_notice = str(exc.problems[0])
        return self._example_programme(library)

    def _open_store(self) -> None:
        # A record as this app left it at its last close needs no check of every row (verified.py).
        check_rows = not unchanged_since_verified(self.paths.adherence_file, self.paths.cache_dir)
        try:
            opened = RecordStore.open(self.paths.adherence_file, clock=self.clock, check_rows=check_rows)
        except RecordError as exc:
            log.error("record unavailable: %s", exc)
            self.record, self.store_notice = None, str(exc)
            return
        log.info("record %s opened", self.paths.adherence_file)
        if opened.backup is not None:
            log.info("the record was upgraded; the earlier file is kept at %s", opened.backup)
        self.record, self.moved_aside = RecordService(opened.store, self.clock), opened.notice

    def acknowledge_store_notice(self) -> None:
        """The patient has read the notice about a moved-aside record: stop showing it at start."""
        if self.record is not None and self.moved_aside is not None:
            try:
                self.record.store.acknowledge_notice(self.clock.now())
            except RecordError as exc:
                log.error("could not save that the notice was read: %s", exc)
                return
            self.moved_aside = None

    def set_preferences(self, preferences: Preferences) -> None:
        """Keep ``preferences`` and write them to the settings file."""
        self.preferences = preferences
        for key, value in preferences.to_mapping().items():
            self.settings.setValue(f"{keys.PREFERENCES}/{key}", value)
        self.settings.sync()

    def today(self) -> dt.date:
        """The local date now, from the context's clock."""
        return local_date(self.clock.now())

    def note_warning_sign(self, on: dt.date, level: str) -> None:
        """Remember that a warning sign of ``level`` was reported ``on`` in this sitting."""
        self._warning_signs_reported[on] = more_urgent(self._warning_signs_reported.get(on), level) or level

    def warning_sign_level(self, on: dt.date, recorded: Iterable[RedFlag]) -> str | None:
        """The most urgent warning sign of ``on``: those ``recorded`` and any reported in this sitting."""
        library = self.library_load.library
        return level_in_force(recorded, self._warning_signs_reported.get(on), library.safety if library else None)

    def use_programme(self, programme: Programme, keep_copy: bool = True) -> None:
        """Make ``programme`` the one Today and the session follow, from today on.

        Its prescription is recorded in the store (history before today keeps the earlier one),
        and with ``keep_copy`` a copy is saved in the data folder for the next start.
        """
        library = self.library_load.library
        if library is None:
            return
        self.programme = programme
        self.refresh_library()
        library = self.library_load.library
        assert library is not None
        if keep_copy:
            from ..core.programme_file import save_programme

            try:
                save_programme(programme, self.paths.active_programme_file)
            except (OSError, ContentError) as exc:
                log.error("could not keep a copy of the programme in use: %s", exc)
                self.programme_notice = str(exc)
        self.use_prescription(programme.to_prescription(library))

    # -- own exercises ------------------------------------------------------------------------
    @property
    def own_library(self) -> OwnLibrary:
        """The physiotherapist's own exercises (none when the app's library could not be loaded)."""
        return self.own_load.library if self.own_load is not None else OwnLibrary(self.paths.own_library)

    def refresh_library(self) -> None:
        """The library in use: the app's, then the own exercises, then those the programme in use carries."""
        base = self.base_load or self.library_load
        if base.library is None:
            return
        library = merged_library(base.library, self.own_library.exercises)
        if self.programme is not None:
            library = merged_library(library, self.programme.own_exercises)
        self.library_load = replace(base, library=library)
        self._poses = None

    def save_own_library(self, own: OwnLibrary) -> None:
        """Write the own exercises to the data folder and use them; raises OSError or ContentError
        (nothing is changed then)."""
        save_own_library(own, self.paths.assets_dir)
        problems = self.own_load.problems if self.own_load is not None else ()
        moved = self.own_load.moved_to if self.own_load is not None else None
        self.own_load = OwnLibraryLoad(own, problems, moved)
        self.refresh_library()

    def pose_library(self) -> OwnPoseLibrary:
        """What the illustration widgets draw: the bundled poses and the own exercises' poses."""
        if self._poses is None:
            from ..art.pose_data import OwnPoseLibrary

            library = self.library_load.library
            self._poses = OwnPoseLibrary(None, library.exercises if library else ())  # the pose file: when drawn
        assert self._poses is not None
        return self._poses

    def use_prescription(self, prescription: Prescription) -> None:
        """Make ``prescription`` the one in force from now on (recorded when it differs)."""
        self.prescription = prescription
        if self.record is not None:
            try:
                self.record.use_prescription(prescription, self.today())
            except RecordError as exc:
                log.error("could not record the programme change: %s", exc)
                self.store_notice = str(exc)

    def _recorded_session(self, on: dt.date, slot: int) -> SessionRecord | None:
        """Session ``slot`` of ``on`` as the record has it, when it follows a prescription (None when
        there is no record, it cannot be read, or the session follows none)."""
        if self.record is None:
            return None
        try:
            session = self.record.session(on, slot)
        except RecordError as exc:
            log.error("could not read the record: %s", exc)
            return None
        return session if session is not None and session.prescription is not None else None

    def prescription_for(self, on: dt.date, slot: int) -> Prescription | None:
        """The prescription session ``slot`` of ``on`` follows, as the record has it (or the one in use)."""
        session = self._recorded_session(on, slot)
        return session.prescription if session is not None else self.prescription

    def programme_regions(self) -> tuple[str, ...]:
        """The body regions of the exercises in use (the warning signs shown are those regions')."""
        library = self.library_load.library
        if library is None or self.programme is None:
            return ()
        return programme_regions(self.programme, library)

    def prescribed_for(self, on: dt.date, slot: int) -> tuple[PrescribedExercise, ...]:
        """The exercises of session ``slot`` of ``on`` at the dose in force, steps within the
        programme's progression included, as the record has them (or from the one in use)."""
        session = self._recorded_session(on, slot)
        if session is not None:
            return session.prescribed
        return self.prescription.exercises_for_session(slot) if self.prescription is not None else ()

    def session_items(self, slot: int) -> list[SessionItem]:
        """The exercises of session ``slot`` today at the dose in force, ready for the session engine."""
        library = self.library_load.library
        if library is None:
            return []
        return session_items(self.prescribed_for(self.today(), slot), library)

    def close(self) -> None:
        """Close the record, and note it as checked for the next start (``core/record/verified.py``)."""
        if self.record is not None:
            self.record.store.close()
            self.record = None
            remember_verified(self.paths.adherence_file, self.paths.cache_dir)


def read_preferences(settings: QSettings) -> Preferences:
    """The preferences stored under 'preferences/' (defaults for anything missing or wrong)."""
    settings.beginGroup(keys.PREFERENCES)
    try:
        values = {key: settings.value(key) for key in settings.childKeys()}
    finally:
        settings.endGroup()
    return Preferences.from_mapping(values)
