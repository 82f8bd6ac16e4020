"""The record's database schema: one upgrade function per version step, applied in order.

Version 1 kept one row per exercise and per session report, replaced in place. Version 2 is the
append-only journal (docs/record.md): ``_upgrade_to_2`` turns every version-1 row into journal
entries and drops the old tables (the store copies the file aside, byte for byte, before any
upgrade). Version 3 accepts 'dose_step' and 'symptom' entries. To add version 4: write ``def _upgrade_to_4(db)``
and register it in ``UPGRADES``. Each
step runs in its own transaction with the new version number, so a crash leaves the file at the
last finished version.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import NewerSchemaError

Upgrade = Callable[[sqlite3.Connection], None]

# Written to the file header (PRAGMA application_id) so that `file` and we can tell our files apart.
APPLICATION_ID = 0x45584144  # "EXAD": exercises_app adherence


def _create_v1(db: sqlite3.Connection) -> None:
    """Version 1: prescriptions and their activation dates, exercise ticks, session reports."""
    statements = [
        """CREATE TABLE store_meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) WITHOUT ROWID""",
        """CREATE TABLE prescription (
               id INTEGER PRIMARY KEY,
               fingerprint TEXT NOT NULL UNIQUE,
               programme_id TEXT NOT NULL,
               programme_version INTEGER NOT NULL,
               snapshot_json TEXT NOT NULL
           )""",
        """CREATE TABLE activation (
               active_from TEXT PRIMARY KEY
                   CHECK (active_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
               prescription_id INTEGER NOT NULL REFERENCES prescription(id)
           ) WITHOUT ROWID""",
        """CREATE TABLE exercise_record (
               on_date TEXT NOT NULL,
               slot INTEGER NOT NULL CHECK (slot >= 1),
               exercise_id TEXT NOT NULL,
               status TEXT NOT NULL CHECK (status IN ('done', 'partial', 'skipped')),
               sets_done INTEGER NOT NULL CHECK (sets_done >= 0),
               sets_prescribed INTEGER NOT NULL CHECK (sets_prescribed >= 1 AND sets_done <= sets_prescribed),
               recorded_at TEXT NOT NULL,
               PRIMARY KEY (on_date, slot, exercise_id)
           ) WITHOUT ROWID""",
        """CREATE TABLE session_report (
               on_date TEXT NOT NULL,
               slot INTEGER NOT NULL CHECK (slot >= 1),
               pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
               note TEXT NOT NULL DEFAULT '',
               red_flag INTEGER NOT NULL DEFAULT 0 CHECK (red_flag IN (0, 1)),
               red_flag_detail TEXT NOT NULL DEFAULT '',
               recorded_at TEXT NOT NULL,
               PRIMARY KEY (on_date, slot)
           ) WITHOUT ROWID""",
    ]
    for statement in statements:
        db.execute(statement)


_KINDS_V2 = ("prescription", "tick", "untick", "session_started", "result", "session_ended", "pain", "note",
             "red_flag", "red_flag_withdrawn", "excused", "excuse_withdrawn", "outcome", "outcome_dismissed")
# a step in a dose within the programme's progression, accepted or declined; a symptom reported (spreading)
_KINDS_V3 = (*_KINDS_V2, "dose_step", "symptom")


def _journal_table(name: str, kinds: tuple[str, ...]) -> str:
    """The journal's CREATE TABLE statement under ``name``, accepting entries of ``kinds``."""
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    return f"""CREATE TABLE {name} (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           on_date TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
           slot INTEGER CHECK (slot IS NULL OR slot >= 1),
           kind TEXT NOT NULL CHECK (kind IN ({listed})),
           exercise_id TEXT,
           attempt INTEGER REFERENCES {name}(id),
           status TEXT CHECK (status IS NULL OR status IN ('done', 'partial', 'skipped', 'not_reached')),
           sets_done INTEGER CHECK (sets_done IS NULL OR sets_done >= 0),
           sets_prescribed INTEGER CHECK (sets_prescribed IS NULL OR sets_prescribed >= 1),
           reps_done INTEGER CHECK (reps_done IS NULL OR reps_done >= 0),
           pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
           text TEXT,
           refers INTEGER REFERENCES {name}(id),
           prescription_id INTEGER REFERENCES prescription(id),
           data TEXT,
           recorded_at TEXT NOT NULL
       )"""


_JOURNAL_INDEXES_AND_TRIGGERS = [
    "CREATE INDEX journal_by_date ON journal (on_date, id)",
    "CREATE INDEX journal_prescriptions ON journal (kind, on_date) WHERE kind = 'prescription'",
    """CREATE TRIGGER journal_is_append_only_update BEFORE UPDATE ON journal
       BEGIN SELECT RAISE(ABORT, 'the journal is append-only: entries are never changed'); END""",
    """CREATE TRIGGER journal_is_append_only_delete BEFORE DELETE ON journal
       BEGIN SELECT RAISE(ABORT, 'the journal is append-only: entries are never deleted'); END""",
]
_JOURNAL = [_journal_table("journal", _KINDS_V2), *_JOURNAL_INDEXES_AND_TRIGGERS]


def _upgrade_to_2(db: sqlite3.Connection) -> None:
    """Version 2: the append-only journal. Every version-1 row becomes entries, in date order:

    an activation becomes a 'prescription' entry at the start of its date; a tick, a 'result'
    with its status and sets; a session report, a 'pain' entry, a 'note' entry and a 'red_flag'
    entry (its words as recorded; version 1 kept no sign ids or level, so it is marked legacy).
    """
    for statement in _JOURNAL:
        db.execute(statement)
    rows: list[tuple[tuple[str, str, int], dict[str, object]]] = []
    for active_from, prescription_id in db.execute("SELECT active_from, prescription_id FROM activation"):
        rows.append(((active_from, "", 0), {"on_date": active_from, "kind": "prescription",
                                           "prescription_id": prescription_id,
                                           "recorded_at": f"{active_from}T00:00:00+00:00"}))
    for on, slot, exercise_id, status, sets_done, sets_prescribed, at in db.execute(
            "SELECT on_date, slot, exercise_id, status, sets_done, sets_prescribed, recorded_at FROM exercise_record"):
        rows.append(((on, at, 1), {"on_date": on, "slot": slot, "kind": "result", "exercise_id": exercise_id,
                                   "status": status, "sets_done": sets_done, "sets_prescribed": sets_prescribed,
                                   "recorded_at": at}))
    for on, slot, pain, note, red_flag, detail, at in db.execute(
            "SELECT on_date, slot, pain, note, red_flag, red_flag_detail, recorded_at FROM session_report"):
        if pain is not None:
            rows.append(((on, at, 2), {"on_date": on, "slot": slot, "kind": "pain", "pain": pain, "recorded_at": at}))
        if note:
            rows.append(((on, at, 3), {"on_date": on, "slot": slot, "kind": "note", "text": note, "recorded_at": at}))
        if red_flag:
            words = [w.strip() for w in str(detail).split("; ") if w.strip()]
            data = json.dumps({"ids": [], "level": None, "words": words, "lang": ""}, ensure_ascii=False)
            rows.append(((on, at, 4), {"on_date": on, "slot": slot, "kind": "red_flag", "data": data,
                                       "recorded_at": at}))
    for _, row in sorted(rows, key=lambda r: r[0]):
        columns = ", ".join(row)
        db.execute(f"INSERT INTO journal ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    for table in ("activation", "exercise_record", "session_report"):
        db.execute(f"DROP TABLE {table}")


def _upgrade_to_3(db: sqlite3.Connection) -> None:
    """Version 3: the journal also takes 'dose_step' and 'symptom' entries, with an index of the dose
    steps. SQLite cannot change a CHECK in place, so the journal is copied, row for row with the same
    ids, into a table that accepts the new kinds, which then takes the journal's name (with its
    indexes and append-only triggers)."""
    db.execute(_journal_table("journal_v3", _KINDS_V3))
    db.execute("INSERT INTO journal_v3 SELECT * FROM journal ORDER BY id")
    db.execute("DROP TABLE journal")  # takes its triggers and indexes with it
    db.execute("ALTER TABLE journal_v3 RENAME TO journal")
    for statement in _JOURNAL_INDEXES_AND_TRIGGERS:
        db.execute(statement)
    # Every day read looks up the dose steps made up to that day: without this index, a scan of the
    # whole journal (4 ms on ten years, for each day Today or History reads; 0.04 ms with it).
    db.execute("CREATE INDEX journal_dose_steps ON journal (kind, on_date) WHERE kind = 'dose_step'")


UPGRADES: Mapping[int, Upgrade] = {1: _create_v1, 2: _upgrade_to_2, 3: _upgrade_to_3}


def latest_version(upgrades: Mapping[int, Upgrade] = UPGRADES) -> int:
    """The version a database has after every registered upgrade; checks the registry has no gap."""
    if sorted(upgrades) != list(range(1, len(upgrades) + 1)):
        raise ValueError(f"schema upgrades must be numbered 1..n without gaps, not {sorted(upgrades)}")
    return len(upgrades)


@dataclass(frozen=True)
class FileState:
    """What an existing file holds: nothing yet, our record at some version, or something else."""

    kind: Literal["empty", "ours", "foreign", "damaged"]
    version: int = 0
    reason: str = ""


def inspect(db: sqlite3.Connection, check_rows: bool = True) -> FileState:
    """Classify the file behind ``db`` without writing to it. May raise sqlite3.DatabaseError.

    Without ``check_rows`` the rows' CHECK constraints are not evaluated again (most of the time
    of a check on a year's record), only the file's structure: for a file known to be unchanged
    since it was last checked (``verified.py``).
    """
    if not check_rows:
        db.execute("PRAGMA ignore_check_constraints = ON")  # this connection only reads, then closes
    problems = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        return FileState("damaged", reason="; ".join(str(p) for p in problems))
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id not in (0, APPLICATION_ID):
        return FileState("foreign", reason=f"another program's database (application id {application_id:#x})")
    if not tables:
        return FileState("empty")
    if "schema_version" not in tables:
        return FileState("foreign", reason="a database of another program (no schema_version table)")
    rows = db.execute("SELECT version FROM schema_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], int) or rows[0][0] < 1:
        return FileState("damaged", reason=f"unreadable schema_version {rows!r}")
    return FileState("ours", version=rows[0][0])


def _version_in(db: sqlite3.Connection) -> int:
    has_table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    return db.execute("SELECT version FROM schema_version").fetchone()[0] if has_table else 0


def upgrade(db: sqlite3.Connection, path: Path, upgrades: Mapping[int, Upgrade] = UPGRADES) -> int:
    """Bring the database to the latest version, one transaction per step; return that version.

    Safe when two copies of the app open the same file at once: each step re-reads the version
    inside its write transaction and does nothing if the other copy got there first.
    """
    target = latest_version(upgrades)
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = _version_in(db)
            if version > target:
                raise NewerSchemaError(path, version, target)
            if version == target:
                db.execute("COMMIT")
                return version
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            upgrades[version + 1](db)
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
