"""CSV export: one row per exercise per session, BOM, ISO dates, accents intact, 'missed' for past days."""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises_app.core.adherence import AdherenceStore
from exercises_app.core.adherence_export import CSV_COLUMNS, export_csv, parse_iso_date, write_csv
from exercises_app.core.clock import FakeClock
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.text import Text

AT = dt.datetime(2026, 1, 6, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
MON, TUE, WED, THU = (dt.date(2026, 1, 5) + dt.timedelta(days=i) for i in range(4))
TODAY = WED

PRESCRIPTION = Prescription("test", 1, "Test", 2, 7, (
    PrescribedExercise("hamstring-stretch", Text("Hamstring stretch", "Étirement des ischio-jambiers"), 2, 2),
    PrescribedExercise("glute-bridge", Text("Glute bridge", "Pont fessier"), 3, 1),
))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdherenceStore]:
    store = AdherenceStore.open(tmp_path / "adherence.sqlite3", clock=FakeClock(start=AT)).store
    store.set_session_report(dt.date(2026, 1, 4), 1, 7, "Avant le programme", None, AT)  # no prescription yet
    store.activate(PRESCRIPTION, MON)
    store.record_exercise(MON, 1, "hamstring-stretch", "done", 2, 2, AT)
    store.record_exercise(MON, 1, "glute-bridge", "partial", 1, 3, AT)
    store.set_session_report(MON, 1, 5, "Genou sensible, ça va", None, AT)
    store.record_exercise(MON, 2, "hamstring-stretch", "skipped", 0, 2, AT)
    store.set_session_report(TUE, 2, 6, "", "Engourdissement", AT)
    store.record_exercise(TODAY, 1, "glute-bridge", "done", 3, 3, AT)
    yield store
    store.close()


def exported(store: AdherenceStore, lang: str, start: dt.date = dt.date(2026, 1, 4), end: dt.date = THU) -> str:
    out = io.StringIO(newline="")
    write_csv(store.records(start, end), out, TODAY, lang)
    return out.getvalue()


def test_the_export_has_one_row_per_exercise_per_session_with_missed_ones_on_past_days(store: AdherenceStore) -> None:
    text = exported(store, "fr")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1:] == [
        ["2026-01-04", "1", "", "", "", "", "", "7", "Avant le programme", ""],
        ["2026-01-05", "1", "hamstring-stretch", "Étirement des ischio-jambiers", "done", "2", "2", "5", "Genou sensible, ça va", ""],
        ["2026-01-05", "1", "glute-bridge", "Pont fessier", "partial", "1", "3", "5", "Genou sensible, ça va", ""],
        ["2026-01-05", "2", "hamstring-stretch", "Étirement des ischio-jambiers", "skipped", "0", "2", "", "", ""],
        ["2026-01-06", "1", "hamstring-stretch", "Étirement des ischio-jambiers", "missed", "0", "2", "", "", ""],
        ["2026-01-06", "1", "glute-bridge", "Pont fessier", "missed", "0", "3", "", "", ""],
        ["2026-01-06", "2", "hamstring-stretch", "Étirement des ischio-jambiers", "missed", "0", "2", "6", "", "Engourdissement"],
        # today: only what was recorded; tomorrow: nothing invented
        ["2026-01-07", "1", "glute-bridge", "Pont fessier", "done", "3", "3", "", "", ""],
    ]


def test_names_follow_the_chosen_language(store: AdherenceStore) -> None:
    assert "Hamstring stretch" in exported(store, "en") and "Étirement" not in exported(store, "en")


def test_the_file_is_utf8_with_a_bom_and_opens_in_a_spreadsheet(store: AdherenceStore, tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    count = export_csv(store, target, MON, TUE, TODAY, "fr")
    data = target.read_bytes()
    assert count == 6
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Étirement des ischio-jambiers".encode() in data and "ça va".encode() in data
    assert data.count(b"\r\n") == count + 1
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert {row[0] for row in rows[1:]} == {"2026-01-05", "2026-01-06"}
    assert not (tmp_path / "export.csv.part").exists()


def test_range_arguments_are_iso_dates() -> None:
    assert parse_iso_date("2026-01-05") == MON
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_iso_date("05/01/2026", "--from")
