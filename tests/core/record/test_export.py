"""CSV export: one row per exercise per session with the dose prescribed, BOM, ISO dates, accents intact,
'missed' for past days, cells a spreadsheet will not run, and the journal itself."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises_app.core.clock import FakeClock
from exercises_app.core.library import Dose, RedFlagSign, Safety
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record.export import (
    CSV_COLUMNS,
    EVENT_COLUMNS,
    export_csv,
    parse_iso_date,
    safe_cell,
    write_csv,
    write_events,
)
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import NewEntry, RecordStore
from exercises_app.core.text import Text

from .writing import record, result

AT = dt.datetime(2026, 1, 6, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
SAT, MON, TUE, WED, THU = dt.date(2026, 1, 4), *(dt.date(2026, 1, 5) + dt.timedelta(days=i) for i in range(4))
TODAY = WED

STRETCH = Text("Hamstring stretch", "Étirement des ischio-jambiers")
BRIDGE = Text("Glute bridge", "Pont fessier")
PIRIFORMIS = Text("Piriformis stretch", "Étirement du piriforme")
PRESCRIPTION = Prescription("test", 1, "Test", 2, 7, (
    PrescribedExercise.of("hamstring-stretch", STRETCH, Dose(2, 3, 30, None, 30, True, 2)),
    PrescribedExercise.of("glute-bridge", BRIDGE, Dose(3, 10, 5, 2, 30, False, 1)),
    PrescribedExercise.of("piriformis-stretch", PIRIFORMIS, Dose(1, 2, 30, None, 15, True, 1), side="left"),
))
NUMB = RedFlagSign("saddle-numbness", Text("Numbness in the saddle area", "Engourdissement du périnée"),
                   ("low-back",), "emergency")
SAFETY = Safety((), (NUMB,), (), Text("", ""))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RecordService]:
    clock = FakeClock(start=AT)
    service = RecordService(RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store, clock)
    service.report_session(SAT, 1, None, 7, "Avant le programme")  # no prescription yet
    service.use_prescription(PRESCRIPTION, MON)
    attempt = record(service, MON, 1, result("hamstring-stretch", "done", 2, 2, AT, reps_done=6),
                     result("glute-bridge", "partial", 1, 3, AT, reps_done=14),
                     result("piriformis-stretch", "not_reached", 0, 1, AT))
    service.report_session(MON, 1, attempt, 5, "Genou sensible, ça va")
    record(service, MON, 2, result("hamstring-stretch", "skipped", 0, 2, AT))
    service.report_session(TUE, 2, None, 6, "")
    service.report_red_flag(TUE, (NUMB,), "fr", slot=2)
    service.tick(TODAY, 1, "glute-bridge")  # by hand: how many repetitions is not known
    yield service
    service.store.close()


def exported(service: RecordService, lang: str, start: dt.date = SAT, end: dt.date = THU,
             safety: Safety | None = None) -> list[list[str]]:
    out = io.StringIO(newline="")
    write_csv(service.records(start, end), out, TODAY, lang, safety)
    text = out.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    return rows[1:]


STRETCH_DOSE = ["3", "30", "", "each"]  # reps, hold, tempo, side: per side, both sides
BRIDGE_DOSE = ["10", "5", "2", ""]
PIRIFORMIS_DOSE = ["2", "30", "", "left"]
MONDAY_REPORT = ["5", "Genou sensible, ça va", ""]
NOTHING = ["", "", ""]


def test_one_row_per_exercise_per_session_with_the_dose_and_missed_ones_on_past_days(
        service: RecordService) -> None:
    stretch, bridge, piriformis = ("hamstring-stretch", STRETCH.fr), ("glute-bridge", BRIDGE.fr), (
        "piriformis-stretch", PIRIFORMIS.fr)
    assert exported(service, "fr") == [
        ["2026-01-04", "1", "", "", "", "", "", "7", "Avant le programme", "", "", "", "", "", "", "", ""],
        ["2026-01-05", "1", *stretch, "done", "2", "2", *MONDAY_REPORT, *STRETCH_DOSE, "6", "", ""],
        ["2026-01-05", "1", *bridge, "partial", "1", "3", *MONDAY_REPORT, *BRIDGE_DOSE, "14", "", ""],
        ["2026-01-05", "1", *piriformis, "not_reached", "0", "1", *MONDAY_REPORT, *PIRIFORMIS_DOSE, "0", "", ""],
        ["2026-01-05", "2", *stretch, "skipped", "0", "2", *NOTHING, *STRETCH_DOSE, "0", "", ""],
        ["2026-01-06", "1", *stretch, "missed", "0", "2", *NOTHING, *STRETCH_DOSE, "0", "", ""],
        ["2026-01-06", "1", *bridge, "missed", "0", "3", *NOTHING, *BRIDGE_DOSE, "0", "", ""],
        ["2026-01-06", "1", *piriformis, "missed", "0", "1", *NOTHING, *PIRIFORMIS_DOSE, "0", "", ""],
        ["2026-01-06", "2", *stretch, "missed", "0", "2", "6", "", "Engourdissement du périnée",
         *STRETCH_DOSE, "0", "", ""],
        # today: only what was recorded (a tick by hand: no repetition count); tomorrow: nothing invented
        ["2026-01-07", "1", *bridge, "done", "3", "3", *NOTHING, *BRIDGE_DOSE, "", "", ""],
    ]


def test_names_and_warning_signs_follow_the_chosen_language(service: RecordService) -> None:
    rows = exported(service, "en", safety=SAFETY)
    assert {row[3] for row in rows} == {"", STRETCH.en, BRIDGE.en, PIRIFORMIS.en}
    assert [row[9] for row in rows if row[9]] == ["Numbness in the saddle area"]
    # Without the library's signs, the words shown when it was reported.
    assert [row[9] for row in exported(service, "en") if row[9]] == ["Engourdissement du périnée"]


def test_a_withdrawn_warning_sign_leaves_the_export(service: RecordService) -> None:
    flag = service.day(TUE).red_flags[0]
    service.withdraw_red_flag(flag)
    assert [row[9] for row in exported(service, "fr") if row[9]] == []


def test_untick_a_session_result_and_the_past_day_shows_it_missed(service: RecordService) -> None:
    assert service.untick(MON, 1, "glute-bridge") is True
    row = next(r for r in exported(service, "fr") if r[:3] == ["2026-01-05", "1", "glute-bridge"])
    assert row[4:7] == ["missed", "0", "3"]


def test_names_come_from_the_prescription_each_session_followed(tmp_path: Path) -> None:
    """An exercise of an earlier programme (which the library may no longer have) keeps its name and dose."""
    clock = FakeClock(start=AT)
    service = RecordService(RecordStore.open(tmp_path / "other.sqlite3", clock=clock).store, clock)
    retired = PrescribedExercise.of("old-stretch", Text("Old stretch", "Ancien étirement"),
                                    Dose(2, 5, 20, None, 30, False, 1))
    earlier = Prescription("clinic", 1, "Before", 1, 7, (retired,))
    later = Prescription("clinic", 2, "After", 1, 7, (PrescribedExercise.of("glute-bridge", BRIDGE, Dose(
        3, 10, 5, 2, 30, False, 1)),))
    service.use_prescription(earlier, MON)
    record(service, MON, 1, result("old-stretch", "done", 2, 2, AT, reps_done=10))
    clock.advance(3600)
    service.use_prescription(later, MON)  # the same day: session 1 keeps the programme it was done under
    service.record_result(TUE, 1, None, result("not-prescribed", "done", 1, 1, AT))
    out = io.StringIO(newline="")
    write_csv(service.records(MON, TUE), out, THU, "fr")
    rows = list(csv.reader(io.StringIO(out.getvalue()[1:])))[1:]
    service.store.close()
    assert rows == [
        ["2026-01-05", "1", "old-stretch", "Ancien étirement", "done", "2", "2", *NOTHING,
         "5", "20", "", "", "10", "", ""],
        ["2026-01-06", "1", "glute-bridge", BRIDGE.fr, "missed", "0", "3", *NOTHING, *BRIDGE_DOSE, "0", "", ""],
        ["2026-01-06", "1", "not-prescribed", "not-prescribed", "done", "1", "1", *NOTHING,
         "", "", "", "", "0", "", ""],
    ]


@pytest.mark.parametrize("text", ["=SUM(1)", "+1", "-1", "@x", "\tx", "\rx"])
def test_a_cell_that_could_start_a_formula_is_written_as_text(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert safe_cell("x" + text) == "x" + text


def test_notes_ids_and_warning_words_never_run_in_a_spreadsheet(service: RecordService) -> None:
    service.report_session(THU, 1, None, None, "=SUM(1)")
    service.record_result(THU, 1, None, result("@x", "done", 1, 1, AT))
    sign = RedFlagSign("odd", Text("+1", "-1"), ("low-back",), "urgent")
    service.report_red_flag(THU, (sign,), "en", slot=1)
    service.store.append([NewEntry(THU, "note", AT, slot=2, text="\tsneaky")])  # written by another program
    rows = [r for r in exported(service, "en") if r[0] == "2026-01-08"]
    assert [(r[2], r[8], r[9]) for r in rows] == [("'@x", "'=SUM(1)", "'+1"), ("", "'\tsneaky", "")]


def test_the_file_is_utf8_with_a_bom_and_opens_in_a_spreadsheet(
        service: RecordService, tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    count = export_csv(service.store, target, MON, TUE, TODAY, "fr")
    data = target.read_bytes()
    assert count == 8
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Étirement des ischio-jambiers".encode() in data and "ça va".encode() in data
    assert data.count(b"\r\n") == count + 1
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert {row[0] for row in rows[1:]} == {"2026-01-05", "2026-01-06"}
    assert not (tmp_path / "export.csv.part").exists()


def test_an_export_to_a_folder_is_refused_and_leaves_nothing(service: RecordService, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        export_csv(service.store, folder, MON, TUE, TODAY, "fr")
    assert not (tmp_path / "exports.part").exists() and list(folder.iterdir()) == []


def test_the_journal_export_has_one_row_per_entry(service: RecordService, tmp_path: Path) -> None:
    flag = service.day(TUE).red_flags[0]
    service.withdraw_red_flag(flag)
    out = io.StringIO(newline="")
    count = write_events(service.store.journal(), out)
    text = out.getvalue()
    assert text.startswith("\ufeff")
    rows = [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in csv.reader(io.StringIO(text[1:]))][1:]
    entries = list(service.store.journal())
    assert count == len(rows) == len(entries)
    assert [int(r["entry"]) for r in rows] == [e.id for e in entries]
    assert [r["kind"] for r in rows] == [
        "pain", "note", "prescription", "session_started", "result", "result", "result", "session_ended",
        "pain", "note", "session_started", "result", "session_ended", "pain", "red_flag", "tick",
        "red_flag_withdrawn"]
    prescription = rows[2]
    assert (prescription["date"], prescription["session"], prescription["prescription_id"]) == (
        "2026-01-05", "", "1")
    bridge = rows[5]
    assert (bridge["exercise_id"], bridge["status"], bridge["sets_done"], bridge["sets_prescribed"],
            bridge["reps_done"], bridge["attempt"]) == (
        "glute-bridge", "partial", "1", "3", "14", rows[3]["entry"])
    assert rows[0]["recorded_at"] == AT.isoformat() and rows[1]["text"] == "Avant le programme"
    details = json.loads(rows[14]["details"])
    assert details == {"ids": ["saddle-numbness"], "level": "emergency", "lang": "fr",
                       "words": ["Engourdissement du périnée"]}
    assert (rows[16]["refers"], rows[16]["text"]) == (rows[14]["entry"], "reported by mistake")
    target = tmp_path / "journal.csv"
    assert export_csv(service.store, target, MON, MON, TODAY, "fr", events=True) == count
    assert target.read_bytes().decode("utf-8") == text


def test_range_arguments_are_iso_dates() -> None:
    assert parse_iso_date("2026-01-05") == MON
    assert parse_iso_date(" 9999-12-31 ") == dt.date(9999, 12, 31)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_iso_date("05/01/2026", "--from")
    with pytest.raises(ValueError, match="--to"):
        parse_iso_date("2026-02-30", "--to")


def test_an_activity_in_minutes_exports_its_minutes_and_no_repetitions(tmp_path: Path) -> None:
    from exercises_app.core.library import Dose
    from exercises_app.core.prescription import PrescribedExercise, Prescription

    clock = FakeClock(start=dt.datetime.combine(MON, dt.time(8), dt.UTC))
    service = RecordService(RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store, clock)
    walking = PrescribedExercise.of("walking", Text("Walking", "Marche"), Dose.for_minutes(15, 1))
    service.use_prescription(Prescription("walk", 1, "Walk", 1, 7, (walking,)), MON)
    service.tick(MON, 1, "walking")
    out = io.StringIO()
    write_csv(service.records(MON, MON), out, TUE, "en")
    service.store.close()
    row = list(csv.reader(io.StringIO(out.getvalue()[1:])))[1]
    assert row[2:5] == ["walking", "Walking", "done"] and row[10:14] == ["", "", "", ""] and row[15] == "15"
