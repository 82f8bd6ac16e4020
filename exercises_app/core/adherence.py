"""The adherence store: what was done, day by day, on SQLite in one file the caller names.

Durability: WAL journal with ``synchronous=FULL``, one short transaction per user action, so a
tick is on disk when the call returns (and when the UI shows it). Two copies of the app may
have the file open at once: writes take the lock up front (``BEGIN IMMEDIATE``) and wait up to
``BUSY_TIMEOUT_S`` for the other copy.

Opening never crashes on, nor overwrites, a file it cannot use: a damaged or foreign file is
moved aside (``<name>.damaged-YYYYMMDD-HHMMSS`` with its ``-wal``/``-shm``/``-journal`` files)
and a new record is started; a file from a newer version of the app is refused
(``NewerSchemaError``) and left untouched; a folder where nothing can be written gives
``StoreUnavailableError``. A write that fails raises ``StoreWriteError`` and is rolled back
as a whole; earlier records are kept. Invalid arguments raise ``ValueError``.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from .adherence_errors import (
    AdherenceStoreError,
    NewerSchemaError,
    StoreReadError,
    StoreUnavailableError,
    StoreWriteError,
)
from .adherence_records import (
    PAIN_MAX,
    PAIN_MIN,
    STATUSES,
    DayRecord,
    ExerciseRecord,
    SessionRecord,
    SessionReport,
    Status,
)
from .adherence_schema import APPLICATION_ID, UPGRADES, FileState, Upgrade, inspect, latest_version, upgrade
from .clock import Clock, SystemClock
from .prescription import PrescribedExercise, Prescription

__all__ = [
    "ADHERENCE_FILENAME",
    "AdherenceStore",
    "AdherenceStoreError",
    "NewerSchemaError",
    "OpenResult",
    "StoreReadError",
    "StoreUnavailableError",
    "StoreWriteError",
]

ADHERENCE_FILENAME = "adherence.sqlite3"
BUSY_TIMEOUT_S = 5.0
SIDE_FILES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class OpenResult:
    """An open store, and a notice for the user when an unusable file was moved aside."""

    store: AdherenceStore
    notice: str | None = None
    moved_to: Path | None = None


class AdherenceStore:
    """Reads and writes the adherence record. Create with ``AdherenceStore.open(path)``.

    Use it from the thread that opened it (the GUI thread); each call is short.
    """

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db: sqlite3.Connection | None = db
        self.path = path
        self._snapshots: dict[str, Prescription] = {}

    # -- opening and closing ------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path | str, *, clock: Clock | None = None, upgrades: Mapping[int, Upgrade] = UPGRADES,
    ) -> OpenResult:
        """Open (or create) the record at ``path``; see the module docstring for what can happen.

        ``clock`` names a moved-aside file and stamps the open; ``upgrades`` is the schema
        registry (tests register extra steps).
        """
        path = Path(path)
        clock = clock or SystemClock()
        supported = latest_version(upgrades)
        _ensure_folder(path)
        state = _inspect_file(path)
        if state.kind == "ours" and state.version > supported:
            raise NewerSchemaError(path, state.version, supported)
        notice, moved_to = None, None
        if state.kind in ("foreign", "damaged"):
            moved_to = _move_aside(path, clock.now())
            notice = (f"The adherence record {path} could not be used ({state.reason}). It was moved to "
                      f"{moved_to} and a new, empty record was started.")
        db = _connect(path)
        try:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            db.execute("PRAGMA synchronous = FULL")
            upgrade(db, path, upgrades)
            # A real write on every open: a read-only file or a full disk shows up now, not at the first tick.
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO store_meta (key, value) VALUES ('last_opened_at', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (clock.now().isoformat(),))
            db.execute("INSERT INTO store_meta (key, value) VALUES ('journal_mode', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (mode,))
            db.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback_quietly(db)
            db.close()
            raise StoreUnavailableError(path, error) from error
        except BaseException:  # NewerSchemaError from a race with a newer copy, or a bug in an upgrade step
            _rollback_quietly(db)
            db.close()
            raise
        return OpenResult(cls(db, path), notice, moved_to)

    def close(self) -> None:
        """Close the file (SQLite then folds the WAL back into it). Safe to call twice."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> AdherenceStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- prescriptions ------------------------------------------------------------------------
    def activate(self, prescription: Prescription, on: dt.date) -> bool:
        """Make ``prescription`` the one in force from date ``on`` (until a later activation).

        Returns False, writing nothing, when the same content is already in force on ``on``;
        so the app may call it at every start. Activating twice on one date keeps the last.
        """
        _check_date(on)
        fingerprint = prescription.fingerprint()
        with self._write("activate a prescription") as db:
            current = db.execute(
                "SELECT p.fingerprint FROM activation a JOIN prescription p ON p.id = a.prescription_id "
                "WHERE a.active_from <= ? ORDER BY a.active_from DESC LIMIT 1", (on.isoformat(),)
            ).fetchone()
            if current is not None and current[0] == fingerprint:
                return False
            db.execute(
                "INSERT INTO prescription (fingerprint, programme_id, programme_version, snapshot_json) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
                (fingerprint, prescription.programme_id, prescription.programme_version,
                 prescription.to_json()),
            )
            db.execute(
                "INSERT INTO activation (active_from, prescription_id) "
                "SELECT ?, id FROM prescription WHERE fingerprint = ? "
                "ON CONFLICT (active_from) DO UPDATE SET prescription_id = excluded.prescription_id",
                (on.isoformat(), fingerprint),
            )
        return True

    def active_prescription(self, on: dt.date) -> Prescription | None:
        """The prescription in force on ``on``, or None before the first activation."""
        _check_date(on)
        with self._read() as db:
            row = db.execute(
                "SELECT p.fingerprint, p.snapshot_json FROM activation a "
                "JOIN prescription p ON p.id = a.prescription_id "
                "WHERE a.active_from <= ? ORDER BY a.active_from DESC LIMIT 1", (on.isoformat(),)
            ).fetchone()
        return self._snapshot(row[0], row[1]) if row else None

    # -- recording ----------------------------------------------------------------------------
    def record_exercise(
        self, on: dt.date, slot: int, exercise_id: str, status: Status,
        sets_done: int, sets_prescribed: int, at: dt.datetime,
    ) -> None:
        """Tick one exercise of session ``slot`` on date ``on``; the latest call for it wins.

        'done' needs sets_done == sets_prescribed, 'skipped' needs sets_done == 0, 'partial'
        needs sets_done < sets_prescribed.
        """
        _check_date(on)
        _check_slot(slot)
        _check_tick(exercise_id, status, sets_done, sets_prescribed)
        at_text = _check_time(at)
        with self._write(f"tick {exercise_id}") as db:
            db.execute(
                "INSERT INTO exercise_record "
                "(on_date, slot, exercise_id, status, sets_done, sets_prescribed, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (on_date, slot, exercise_id) DO UPDATE SET "
                "status = excluded.status, sets_done = excluded.sets_done, "
                "sets_prescribed = excluded.sets_prescribed, recorded_at = excluded.recorded_at",
                (on.isoformat(), slot, exercise_id, status, sets_done, sets_prescribed, at_text),
            )

    def untick(self, on: dt.date, slot: int, exercise_id: str) -> bool:
        """Remove the record of one exercise in one session; False when there was none."""
        _check_date(on)
        _check_slot(slot)
        with self._write(f"untick {exercise_id}") as db:
            cursor = db.execute(
                "DELETE FROM exercise_record WHERE on_date = ? AND slot = ? AND exercise_id = ?",
                (on.isoformat(), slot, exercise_id),
            )
            return cursor.rowcount > 0

    def set_session_report(
        self, on: dt.date, slot: int, pain: int | None, note: str, red_flag: str | None, at: dt.datetime,
    ) -> None:
        """Save the pain rating (0-10 or None), note and red flag (None, or which one) of a session.

        Replaces the whole report of that session.
        """
        _check_date(on)
        _check_slot(slot)
        valid_pain = isinstance(pain, int) and not isinstance(pain, bool) and PAIN_MIN <= pain <= PAIN_MAX
        if pain is not None and not valid_pain:
            raise ValueError(f"pain must be a whole number from {PAIN_MIN} to {PAIN_MAX}, not {pain!r}")
        if not isinstance(note, str) or (red_flag is not None and not isinstance(red_flag, str)):
            raise ValueError("note and red_flag must be text")
        at_text = _check_time(at)
        with self._write("save the session report") as db:
            db.execute(
                "INSERT INTO session_report "
                "(on_date, slot, pain, note, red_flag, red_flag_detail, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (on_date, slot) DO UPDATE SET "
                "pain = excluded.pain, note = excluded.note, red_flag = excluded.red_flag, "
                "red_flag_detail = excluded.red_flag_detail, recorded_at = excluded.recorded_at",
                (on.isoformat(), slot, pain, note, int(red_flag is not None), red_flag or "", at_text),
            )

    # -- reading ------------------------------------------------------------------------------
    def day(self, on: dt.date) -> DayRecord:
        """One day: the prescription in force and each session's ticks, pain and note."""
        return self.records(on, on)[0]

    def records(self, start: dt.date, end: dt.date) -> tuple[DayRecord, ...]:
        """Every date from ``start`` to ``end`` inclusive, in order, recorded or not."""
        _check_date(start)
        _check_date(end)
        if end < start:
            raise ValueError(f"the range ends ({end}) before it starts ({start})")
        first, last = start.isoformat(), end.isoformat()
        with self._read() as db:
            activations = db.execute(
                "SELECT a.active_from, p.fingerprint, p.snapshot_json FROM activation a "
                "JOIN prescription p ON p.id = a.prescription_id "
                "WHERE a.active_from <= ? ORDER BY a.active_from",
                (last,),
            ).fetchall()
            ticks = db.execute(
                "SELECT on_date, slot, exercise_id, status, sets_done, sets_prescribed, recorded_at "
                "FROM exercise_record WHERE on_date BETWEEN ? AND ?", (first, last),
            ).fetchall()
            reports = db.execute(
                "SELECT on_date, slot, pain, note, red_flag, red_flag_detail, recorded_at "
                "FROM session_report WHERE on_date BETWEEN ? AND ?", (first, last),
            ).fetchall()
        return _assemble_days(
            start, end,
            [(dt.date.fromisoformat(a), self._snapshot(f, j)) for a, f, j in activations],
            ticks, reports,
        )

    def first_day(self) -> dt.date | None:
        """The earliest date with an activation or a record: where history starts."""
        with self._read() as db:
            row = db.execute(
                "SELECT min(d) FROM (SELECT min(active_from) AS d FROM activation "
                "UNION ALL SELECT min(on_date) FROM exercise_record "
                "UNION ALL SELECT min(on_date) FROM session_report)"
            ).fetchone()
        return dt.date.fromisoformat(row[0]) if row and row[0] else None

    # -- internals ----------------------------------------------------------------------------
    def _live(self) -> sqlite3.Connection:
        if self._db is None:
            raise AdherenceStoreError("the adherence store is closed")
        return self._db

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction, taken with the write lock up front."""
        db = self._live()
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback_quietly(db)
            raise StoreWriteError(action, error) from error
        except BaseException:
            _rollback_quietly(db)
            raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so several queries see one consistent state."""
        db = self._live()
        try:
            db.execute("BEGIN")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback_quietly(db)
            raise StoreReadError(f"Could not read the adherence record: {error}") from error
        except BaseException:
            _rollback_quietly(db)
            raise

    def _snapshot(self, fingerprint: str, snapshot_json: str) -> Prescription:
        if fingerprint not in self._snapshots:
            self._snapshots[fingerprint] = Prescription.from_json(snapshot_json)
        return self._snapshots[fingerprint]


# -- opening helpers --------------------------------------------------------------------------
def _connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT ourselves) with a busy timeout."""
    try:
        db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise StoreUnavailableError(path, error) from error
    return db


def _ensure_folder(path: Path) -> None:
    if path.is_dir():
        raise StoreUnavailableError(path, "a folder is in the way")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreUnavailableError(path, error) from error


def _inspect_file(path: Path) -> FileState:
    """Classify an existing file by reading it only (no pragma that writes, no transaction).

    The 100-byte header is read first: a file that is not SQLite, or is another program's,
    is classified without opening it in SQLite, so its -wal/-shm files are moved aside as they
    are. Otherwise an ordinary connection reads it, with SQLite's locking (another copy of the
    app may be writing) and its normal recovery; on close it removes the -wal/-shm it made.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileState("empty")
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        raise StoreUnavailableError(path, error) from error
    if not header.startswith(SQLITE_MAGIC):
        return FileState("damaged", reason="not an SQLite database")
    application_id = int.from_bytes(header[68:72], "big") if len(header) == 100 else 0
    if application_id not in (0, APPLICATION_ID):
        return FileState("foreign", reason=f"another program's database (application id {application_id:#x})")
    db = _connect(path)
    try:
        return inspect(db)
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorname", "") in _DAMAGE_CODES:
            return FileState("damaged", reason=str(error))
        raise StoreUnavailableError(path, error) from error
    finally:
        db.close()


def _move_aside(path: Path, now: dt.datetime) -> Path:
    """Rename the file and its side files to ``<name>.damaged-<stamp>``; never overwrite anything.

    Side files go first: a stale -wal left beside a new database would be replayed into it.
    """
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 2
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    try:
        for suffix in SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(f"{target}{suffix}")
        path.rename(target)
    except OSError as error:
        raise StoreUnavailableError(path, f"it cannot be used and cannot be moved aside: {error}") from error
    return target


def _rollback_quietly(db: sqlite3.Connection) -> None:
    try:
        if db.in_transaction:
            db.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # SQLite has already rolled back (e.g. after an I/O error); nothing more to undo


# -- argument checks --------------------------------------------------------------------------
def _check_date(on: object) -> None:
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValueError(f"expected a date (use local_date() for a time), not {on!r}")


def _check_slot(slot: object) -> None:
    if isinstance(slot, bool) or not isinstance(slot, int) or slot < 1:
        raise ValueError(f"the session slot must be a whole number from 1, not {slot!r}")


def _check_time(at: dt.datetime) -> str:
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"the time of a record must be an aware datetime, not {at!r}")
    return at.isoformat()


def _check_tick(exercise_id: str, status: str, sets_done: int, sets_prescribed: int) -> None:
    if not isinstance(exercise_id, str) or not exercise_id:
        raise ValueError("a tick needs an exercise id")
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    if not isinstance(sets_prescribed, int) or sets_prescribed < 1:
        raise ValueError(f"sets_prescribed must be at least 1, not {sets_prescribed!r}")
    if not isinstance(sets_done, int) or not 0 <= sets_done <= sets_prescribed:
        raise ValueError(f"sets_done must be from 0 to {sets_prescribed}, not {sets_done!r}")
    if status == "done" and sets_done != sets_prescribed:
        raise ValueError("'done' means every prescribed set was done")
    if status == "skipped" and sets_done != 0:
        raise ValueError("'skipped' means no set was done")
    if status == "partial" and sets_done >= sets_prescribed:
        raise ValueError("'partial' means fewer sets than prescribed were done")


# -- assembling days --------------------------------------------------------------------------
def _assemble_days(
    start: dt.date, end: dt.date, activations: list[tuple[dt.date, Prescription]],
    tick_rows: list[tuple], report_rows: list[tuple],
) -> tuple[DayRecord, ...]:
    ticks: dict[tuple[str, int], list[ExerciseRecord]] = {}
    for on_text, slot, exercise_id, status, sets_done, sets_prescribed, at_text in tick_rows:
        on = dt.date.fromisoformat(on_text)
        ticks.setdefault((on_text, slot), []).append(ExerciseRecord(
            on, slot, exercise_id, status, sets_done, sets_prescribed, dt.datetime.fromisoformat(at_text)))
    reports: dict[tuple[str, int], SessionReport] = {}
    for on_text, slot, pain, note, red_flag, detail, at_text in report_rows:
        reports[(on_text, slot)] = SessionReport(
            dt.date.fromisoformat(on_text), slot, pain, note, detail if red_flag else None,
            dt.datetime.fromisoformat(at_text))
    recorded_slots: dict[str, set[int]] = {}
    for on_text, slot in (*ticks, *reports):
        recorded_slots.setdefault(on_text, set()).add(slot)

    days = []
    plans: dict[tuple[int, int], tuple[PrescribedExercise, ...]] = {}
    index, prescription = 0, None
    on = start
    while on <= end:
        while index < len(activations) and activations[index][0] <= on:
            prescription = activations[index][1]
            index += 1
        on_text = on.isoformat()
        planned = prescription.sessions_per_day if prescription else 0
        slots = [*range(1, planned + 1), *sorted(s for s in recorded_slots.get(on_text, ()) if s > planned)]
        sessions = []
        for slot in slots:
            key = (id(prescription), slot)  # one object per snapshot: computed once per range
            if key not in plans:
                plans[key] = prescription.exercises_for_session(slot) if prescription else ()
            prescribed = plans[key]
            recorded = _ordered(ticks.get((on_text, slot), []), prescribed)
            sessions.append(SessionRecord(slot, prescribed, recorded, reports.get((on_text, slot))))
        days.append(DayRecord(on, prescription, tuple(sessions)))
        on += dt.timedelta(days=1)
    return tuple(days)


def _ordered(
    ticks: list[ExerciseRecord], prescribed: tuple[PrescribedExercise, ...],
) -> tuple[ExerciseRecord, ...]:
    """Ticks in the order of the prescription, then any others by exercise id."""
    if not ticks:
        return ()
    order = {e.exercise_id: i for i, e in enumerate(prescribed)}
    return tuple(sorted(ticks, key=lambda t: (order.get(t.exercise_id, len(order)), t.exercise_id)))
