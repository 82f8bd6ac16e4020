"""The patient's record: an append-only journal on SQLite, in one file the caller names.

Every action is a journal entry with its time (see ``days.py`` for the kinds and how a day is
derived from them, and docs/record.md). Entries are only ever added: the database refuses to
update or delete one (triggers), and the store has no call that would. Prescription snapshots are
kept once each (by fingerprint) and referred to by 'prescription' entries.

Durability: WAL journal with ``synchronous=FULL``, one short transaction per user action, so an
action is on disk when the call returns (and when the UI shows it). Two copies of the app may have
the file open at once: writes take the lock up front (``BEGIN IMMEDIATE``) and wait up to
``BUSY_TIMEOUT_S`` for the other copy.

Opening for the app (``RecordStore.open``) never crashes on, nor overwrites, a file it cannot use:
a damaged or foreign file is moved aside (``<name>.damaged-YYYYMMDD-HHMMSS`` with its
``-wal``/``-shm``/``-journal`` files), a new record is started, and the new record remembers the
notice until the patient acknowledges it (``acknowledge_notice``). Before any schema upgrade the
file is copied beside itself byte for byte (``<name>.before-vN-YYYYMMDD-HHMMSS``) and the copy is
kept. A file from a newer version of the app is refused (``NewerSchemaError``) and left untouched;
a folder where nothing can be written gives ``StoreUnavailableError``. A write that fails raises
``StoreWriteError`` and is rolled back as a whole. Invalid arguments raise ``ValueError``.

Opening for reading (``RecordStore.open_read_only``, used by every command that only reads) uses
SQLite's read-only mode and never moves, creates, upgrades or writes anything: an older schema is
upgraded in a copy in memory; a missing, damaged or foreign file raises ``RecordUnreadableError``.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import quote

from ..clock import Clock, SystemClock
from ..file_names import unused_name_beside
from ..prescription import Prescription
from .days import PAIN_MAX, PAIN_MIN, STATUSES, Activation, DayRecord, derive_days
from .dose_steps import dose_steps
from .errors import (
    NewerSchemaError,
    RecordError,
    RecordUnreadableError,
    StoreReadError,
    StoreUnavailableError,
    StoreWriteError,
)
from .journal import DOSE_STEP, ENTRY_COLUMNS, KINDS, PRESCRIPTION, Entry
from .schema import APPLICATION_ID, UPGRADES, FileState, Upgrade, inspect, latest_version, upgrade

RECORD_FILENAME = "adherence.sqlite3"
BUSY_TIMEOUT_S = 5.0
SIDE_FILES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
SQLITE_MAGIC = b"SQLite format 3\x00"
_MOVED_ASIDE = "moved_aside"
_MOVED_ASIDE_REASON = "moved_aside_reason"
_ACKNOWLEDGED = "moved_aside_acknowledged"


@dataclass(frozen=True)
class NewEntry:
    """A journal entry to append (``RecordStore.append`` checks it); see ``days.Entry`` for the columns."""

    on: dt.date
    kind: str
    at: dt.datetime
    slot: int | None = None
    exercise_id: str | None = None
    attempt: int | None = None
    status: str | None = None
    sets_done: int | None = None
    sets_prescribed: int | None = None
    reps_done: int | None = None
    pain: int | None = None
    text: str | None = None
    refers: int | None = None
    prescription: Prescription | None = None
    data: str | None = None


@dataclass(frozen=True)
class MovedAside:
    """A record that could not be used was moved aside and a new one started (the UI words it)."""

    path: Path
    moved_to: Path
    reason: str


@dataclass(frozen=True)
class OpenResult:
    """An open store; what to tell the user while a moved-aside file is not acknowledged; the
    copy made before a schema upgrade, if one was made now."""

    store: RecordStore
    notice: MovedAside | None = None
    moved_to: Path | None = None
    backup: Path | None = None


class RecordStore:
    """Appends to and reads the journal. Create with ``RecordStore.open(path)`` (the app) or
    ``RecordStore.open_read_only(path)`` (commands that read). Use it from the thread that opened it.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self._db: sqlite3.Connection | None = db
        self.path = path
        self.read_only = read_only
        self._snapshots: dict[int, Prescription] = {}

    # -- opening and closing ------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path | str, *, clock: Clock | None = None, upgrades: Mapping[int, Upgrade] = UPGRADES,
        check_rows: bool = True,
    ) -> OpenResult:
        """Open (or create) the record at ``path`` for the app; see the module docstring.

        ``check_rows`` False: the file is known unchanged since it was last checked (``verified.py``),
        so only its structure is checked, not every row's constraints again.
        """
        path = Path(path)
        clock = clock or SystemClock()
        supported = latest_version(upgrades)
        _ensure_folder(path)
        state = _inspect_file(path, check_rows)
        if state.kind == "ours" and state.version > supported:
            raise NewerSchemaError(path, state.version, supported)
        moved_to, backup = None, None
        if state.kind in ("foreign", "damaged"):
            moved_to = _move_aside(path, clock.now())
        elif state.kind == "ours" and state.version < supported:
            backup = _copy_before_upgrade(path, supported, clock.now())
        db = _connect(path)
        try:
            # 256 KiB of pages kept rather than SQLite's 2 MiB: reads pass over the journal once (the
            # check-in's question reads every entry of its kinds at start), so a larger cache mostly
            # keeps pages read once: about 0.5 MiB of a start; the History view on 10 years is as quick.
            db.execute("PRAGMA cache_size = -256")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            db.execute("PRAGMA synchronous = FULL")
            upgrade(db, path, upgrades)
            # A real write on every open: a read-only file or a full disk shows up now, not at the first tick.
            db.execute("BEGIN IMMEDIATE")
            meta = {"last_opened_at": clock.now().isoformat(), "journal_mode": mode}
            if moved_to is not None:
                meta |= {_MOVED_ASIDE: str(moved_to), _MOVED_ASIDE_REASON: state.reason}
                db.execute("DELETE FROM store_meta WHERE key = ?", (_ACKNOWLEDGED,))
            for key, value in meta.items():
                db.execute("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
            db.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback_quietly(db)
            db.close()
            raise StoreUnavailableError(path, error) from error
        except UnicodeDecodeError as error:  # SQLite's own message quotes damaged bytes
            _rollback_quietly(db)
            db.close()
            raise StoreUnavailableError(path, "it is damaged") from error
        except BaseException:  # NewerSchemaError from a race with a newer copy, or a bug in an upgrade step
            _rollback_quietly(db)
            db.close()
            raise
        store = cls(db, path)
        return OpenResult(store, store.pending_notice(), moved_to, backup)

    @classmethod
    def open_read_only(cls, path: Path | str, *, upgrades: Mapping[int, Upgrade] = UPGRADES) -> RecordStore:
        """Open the record at ``path`` to read it, changing nothing on disk (see the module docstring)."""
        path = Path(path)
        supported = latest_version(upgrades)
        if not path.exists():
            raise RecordUnreadableError(path, "there is no record there yet")
        if not path.is_file():
            raise RecordUnreadableError(path, "it is not a file")
        try:
            with path.open("rb") as file:
                header = file.read(100)
        except OSError as error:
            raise RecordUnreadableError(path, error.strerror or str(error)) from error
        if not header.startswith(SQLITE_MAGIC):
            raise RecordUnreadableError(path, "it is damaged or not a record of this app (not an SQLite database)")
        db = _connect_read_only(path)
        try:
            state = inspect(db)
            if state.kind in ("damaged", "foreign"):
                raise RecordUnreadableError(path, f"it is damaged or not a record of this app ({state.reason})")
            if state.kind == "empty":
                raise RecordUnreadableError(path, "it holds no record yet")
            if state.version > supported:
                raise NewerSchemaError(path, state.version, supported)
            if state.version < supported:  # upgrade a copy in memory; the file stays as it is
                memory = sqlite3.connect(":memory:", isolation_level=None)
                memory.text_factory = _text_of
                db.backup(memory)
                db.close()
                db = memory
                upgrade(db, path, upgrades)
        except sqlite3.Error as error:
            db.close()
            code = getattr(error, "sqlite_errorname", "")
            reason = "it is damaged" if code in _DAMAGE_CODES else "it cannot be read"
            raise RecordUnreadableError(path, f"{reason} ({error})") from error
        except UnicodeDecodeError as error:  # SQLite's own message quotes damaged bytes
            db.close()
            raise RecordUnreadableError(path, "it is damaged") from error
        except BaseException:
            db.close()
            raise
        return cls(db, path, read_only=True)

    def close(self) -> None:
        """Close the file (SQLite then folds the WAL back into it). Safe to call twice."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the notice about a moved-aside file --------------------------------------------------
    def pending_notice(self) -> MovedAside | None:
        """What to tell the patient while a damaged file moved aside has not been acknowledged."""
        with self._read() as db:
            meta = dict(db.execute("SELECT key, value FROM store_meta WHERE key IN (?, ?, ?)",
                                   (_MOVED_ASIDE, _MOVED_ASIDE_REASON, _ACKNOWLEDGED)).fetchall())
        if _MOVED_ASIDE not in meta or _ACKNOWLEDGED in meta:
            return None
        return MovedAside(self.path, Path(meta[_MOVED_ASIDE]), meta.get(_MOVED_ASIDE_REASON, ""))

    def acknowledge_notice(self, at: dt.datetime) -> None:
        """The patient has read the notice: stop showing it at start."""
        at_text = _check_time(at)
        with self._write("acknowledge the notice") as db:
            db.execute("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (_ACKNOWLEDGED, at_text))

    # -- appending ----------------------------------------------------------------------------
    def append(self, entries: Sequence[NewEntry], action: str = "save") -> list[int]:
        """Add ``entries`` to the journal in one transaction; return their ids, in order."""
        rows = [_row(entry) for entry in entries]
        ids = []
        with self._write(action) as db:
            for entry, row in zip(entries, rows, strict=True):
                if entry.prescription is not None:
                    row["prescription_id"] = self._keep_prescription(db, entry.prescription)
                columns = ", ".join(row)
                cursor = db.execute(f"INSERT INTO journal ({columns}) VALUES ({', '.join('?' * len(row))})",
                                    tuple(row.values()))
                ids.append(int(cursor.lastrowid or 0))
        return ids

    @staticmethod
    def _keep_prescription(db: sqlite3.Connection, prescription: Prescription) -> int:
        fingerprint = prescription.fingerprint()
        db.execute(
            "INSERT INTO prescription (fingerprint, programme_id, programme_version, snapshot_json) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
            (fingerprint, prescription.programme_id, prescription.programme_version, prescription.to_json()),
        )
        return int(db.execute("SELECT id FROM prescription WHERE fingerprint = ?", (fingerprint,)).fetchone()[0])

    # -- reading ------------------------------------------------------------------------------
    def activations(self, until: dt.date) -> list[Activation]:
        """Every 'prescription' entry dated up to ``until``, by (date, entry id)."""
        _check_date(until)
        with self._read() as db:
            return self._activations(db, until.isoformat())

    def entries(self, start: dt.date, end: dt.date) -> list[Entry]:
        """The other entries dated ``start``..``end``, in journal order."""
        _check_range(start, end)
        with self._read() as db:
            return self._entries(db, start.isoformat(), end.isoformat())

    def entries_of_kind(self, *kinds: str, since: dt.date | None = None) -> list[Entry]:
        """Every entry of these kinds, in journal order: whatever its date, or dated ``since`` or later
        (read through the index on the date, not the whole journal)."""
        marks = ", ".join("?" * len(kinds))
        dated, parameters = "", list(kinds)
        if since is not None:
            _check_date(since)
            # A few days of a journal that spans years: said so (likelihood), or SQLite, which keeps no
            # statistics here, scans the whole table to keep the journal order (5 ms on ten years, 0.01).
            dated = " AND likelihood(on_date >= ?, 0.01)"
            parameters.append(since.isoformat())
        with self._read() as db:
            rows = db.execute(f"SELECT {ENTRY_COLUMNS} FROM journal WHERE kind IN ({marks}){dated} ORDER BY id",
                              parameters).fetchall()
        return list(map(Entry._make, rows))

    def journal(self) -> Iterator[Entry]:
        """Every entry, in journal order (for ``export --events``)."""
        with self._read() as db:
            rows = db.execute(f"SELECT {ENTRY_COLUMNS} FROM journal ORDER BY id").fetchall()
        return (Entry(*row) for row in rows)

    def prescription_snapshot(self, prescription_id: int) -> Prescription | None:
        """The snapshot a 'prescription' entry refers to."""
        with self._read() as db:
            row = db.execute("SELECT snapshot_json FROM prescription WHERE id = ?", (prescription_id,)).fetchone()
        return self._snapshot(prescription_id, row[0]) if row else None

    def day(self, on: dt.date) -> DayRecord:
        """One day, derived from the journal."""
        return self.records(on, on)[0]

    def records(self, start: dt.date, end: dt.date) -> tuple[DayRecord, ...]:
        """Every date from ``start`` to ``end`` inclusive, in order, recorded or not."""
        _check_range(start, end)
        first, last = start.isoformat(), end.isoformat()
        with self._read() as db:
            activations = self._activations(db, last)
            entries = self._entries(db, first, last)
            steps = self._steps(db, last)
        try:
            return derive_days(start, end, activations, entries, dose_steps(steps))
        except (ValueError, TypeError, KeyError, AttributeError) as error:  # a row changed by damage to the file
            raise StoreReadError(f"The record {self.path} is damaged: an entry cannot be read ({error})") from error

    def first_day(self) -> dt.date | None:
        """The earliest date in the journal: where history starts."""
        with self._read() as db:
            row = db.execute("SELECT min(on_date) FROM journal").fetchone()
        return _date_or_none(row[0]) if row else None

    def last_day(self) -> dt.date | None:
        """The latest date in the journal."""
        with self._read() as db:
            row = db.execute("SELECT max(on_date) FROM journal").fetchone()
        return _date_or_none(row[0]) if row else None

    def impossible_dates(self) -> list[str]:
        """Dates in the journal that are not real calendar dates (e.g. 2026-13-45): left out of every range."""
        with self._read() as db:
            dates = [row[0] for row in db.execute("SELECT DISTINCT on_date FROM journal")]
        return sorted(d for d in dates if _date_or_none(d) is None)

    # -- internals ----------------------------------------------------------------------------
    def _activations(self, db: sqlite3.Connection, until: str) -> list[Activation]:
        rows = db.execute(
            "SELECT j.on_date, j.id, p.id, p.snapshot_json "
            "FROM journal j JOIN prescription p ON p.id = j.prescription_id "
            "WHERE j.kind = ? AND j.on_date <= ? ORDER BY j.on_date, j.id", (PRESCRIPTION, until),
        ).fetchall()
        return [Activation(on, entry_id, self._snapshot(pid, snapshot)) for on, entry_id, pid, snapshot in rows
                if _date_or_none(on) is not None]

    @staticmethod
    def _steps(db: sqlite3.Connection, last: str) -> list[Entry]:
        rows = db.execute(f"SELECT {ENTRY_COLUMNS} FROM journal WHERE kind = ? AND on_date <= ? ORDER BY id",
                          (DOSE_STEP, last)).fetchall()
        return list(map(Entry._make, rows))

    @staticmethod
    def _entries(db: sqlite3.Connection, first: str, last: str) -> list[Entry]:
        rows = db.execute(
            f"SELECT {ENTRY_COLUMNS} FROM journal WHERE on_date BETWEEN ? AND ? AND kind != ? ORDER BY id",
            (first, last, PRESCRIPTION),
        ).fetchall()
        return list(map(Entry._make, rows))

    def _live(self) -> sqlite3.Connection:
        if self._db is None:
            raise RecordError("the record is closed")
        return self._db

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction, taken with the write lock up front."""
        db = self._live()
        if self.read_only:
            raise StoreUnavailableError(self.path, "it was opened for reading only")
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback_quietly(db)
            raise StoreWriteError(action, error) from error
        except UnicodeDecodeError as error:  # SQLite's own message quotes damaged bytes
            _rollback_quietly(db)
            raise StoreWriteError(action, sqlite3.DatabaseError("the record is damaged")) from error
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
            raise StoreReadError(f"Could not read the record {self.path}: {error}") from error
        except UnicodeDecodeError as error:  # SQLite's own message quotes damaged bytes
            _rollback_quietly(db)
            raise StoreReadError(f"Could not read the record {self.path}: it is damaged") from error
        except BaseException:
            _rollback_quietly(db)
            raise

    def _snapshot(self, prescription_id: int, snapshot_json: str) -> Prescription:
        if prescription_id not in self._snapshots:
            try:
                self._snapshots[prescription_id] = Prescription.from_json(snapshot_json)
            except ValueError as error:
                raise StoreReadError(f"The record {self.path} is damaged: {error}") from error
        return self._snapshots[prescription_id]


# -- opening helpers --------------------------------------------------------------------------
def _connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT ourselves) with a busy timeout."""
    try:
        db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db.text_factory = _text_of
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


def _inspect_file(path: Path, check_rows: bool = True) -> FileState:
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
        return inspect(db, check_rows)
    except UnicodeDecodeError:  # SQLite's own message quotes damaged bytes
        return FileState("damaged", reason="the database is malformed")
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
    target = unused_name_beside(path, "damaged", now, SIDE_FILES)
    try:
        for suffix in SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(f"{target}{suffix}")
        path.rename(target)
    except OSError as error:
        raise StoreUnavailableError(path, f"it cannot be used and cannot be moved aside: {error}") from error
    return target


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves nothing behind.

    When the app has the record open (or was stopped), a ``-wal`` file holds its latest entries:
    SQLite then reads through it (``mode=ro``). Otherwise everything is in the file itself, which is
    opened as immutable, so that SQLite makes no ``-wal``/``-shm`` files beside it (and works in a
    read-only folder)."""
    uri = f"file:{quote(str(path.resolve()))}"
    queries = ("?mode=ro", "?mode=ro&immutable=1") if Path(f"{path}-wal").exists() else ("?mode=ro&immutable=1",)
    last: Exception | None = None
    for query in queries:
        try:
            db = sqlite3.connect(uri + query, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            db.text_factory = _text_of
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as error:
            last = error
            if getattr(error, "sqlite_errorname", "") in _DAMAGE_CODES:
                break
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # SQLite's message may quote damaged bytes
            raise RecordUnreadableError(path, "it is damaged") from error
    raise RecordUnreadableError(path, f"it cannot be read ({last})")


def _copy_before_upgrade(path: Path, version: int, now: dt.datetime) -> Path:
    """Copy the file (and a -wal beside it) byte for byte before upgrading it to ``version``; never overwrite."""
    target = unused_name_beside(path, f"before-v{version}", now, ("-wal",))
    try:
        shutil.copyfile(path, target)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, f"{target}-wal")
    except OSError as error:
        raise StoreUnavailableError(path, f"it needs an upgrade and no copy could be kept first: {error}") from error
    return target


def _text_of(raw: bytes) -> str:
    """Text from the file; bytes that a damaged file holds where text belongs are shown replaced, so the
    rest of the record can still be read."""
    return raw.decode("utf-8", "replace")


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


def _check_range(start: dt.date, end: dt.date) -> None:
    _check_date(start)
    _check_date(end)
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")


def _check_time(at: object) -> str:
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"the time of a record must be an aware datetime, not {at!r}")
    return at.isoformat()


def _date_or_none(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _row(entry: NewEntry) -> dict[str, object]:
    """The columns of a new entry, checked (``ValueError`` names what is wrong)."""
    _check_date(entry.on)
    if entry.kind not in KINDS:
        raise ValueError(f"unknown journal entry kind {entry.kind!r}")
    if entry.slot is not None and (not _whole(entry.slot) or entry.slot < 1):
        raise ValueError(f"the session slot must be a whole number from 1, not {entry.slot!r}")
    if entry.status is not None and entry.status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {entry.status!r}")
    if entry.pain is not None and (not _whole(entry.pain) or not PAIN_MIN <= entry.pain <= PAIN_MAX):
        raise ValueError(f"pain must be a whole number from {PAIN_MIN} to {PAIN_MAX}, not {entry.pain!r}")
    for name in ("sets_done", "sets_prescribed", "reps_done", "attempt", "refers"):
        value = getattr(entry, name)
        if value is not None and (not _whole(value) or value < 0):
            raise ValueError(f"{name} must be a whole number, not {value!r}")
    if entry.sets_prescribed is not None and entry.sets_prescribed < 1:
        raise ValueError("sets_prescribed must be at least 1")
    if entry.sets_done is not None and entry.sets_prescribed is not None and entry.sets_done > entry.sets_prescribed:
        raise ValueError(f"sets_done must be from 0 to {entry.sets_prescribed}, not {entry.sets_done}")
    for name in ("exercise_id", "text", "data"):
        value = getattr(entry, name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name} must be text, not {value!r}")
    if entry.kind == PRESCRIPTION and entry.prescription is None:
        raise ValueError("a 'prescription' entry needs the prescription")
    row: dict[str, object] = {"on_date": entry.on.isoformat(), "kind": entry.kind}
    for name in ("slot", "exercise_id", "attempt", "status", "sets_done", "sets_prescribed", "reps_done", "pain",
                 "text", "refers", "data"):
        value = getattr(entry, name)
        if value is not None:
            row[name] = value
    row["recorded_at"] = _check_time(entry.at)
    return row
