"""The command line: validate, list, print, export and report, with options before or after the subcommand."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers.read_only import lock_folder, unlocked_afterwards

from exercises_app.cli import build_parser, main
from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.core.library import load_library
from exercises_app.core.prescription import Prescription
from exercises_app.core.programme_file import default_programme
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.session_results import ExerciseResult

BUNDLED = AppPaths(data_dir=Path("unused")).bundled_library


def test_validate_accepts_the_shipped_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(BUNDLED)]) == 0
    assert "valid" in capsys.readouterr().err


def test_validate_prints_file_line_message_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "exercises.yaml"
    text = BUNDLED.read_text(encoding="utf-8").replace("reps: 10", "reps: 500", 1)
    broken.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "reps: 500" in row)
    assert main(["validate", str(broken), str(BUNDLED)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [f"{broken}:{line}: reps of 500 is not plausible (allowed 1 to 50)"]


def test_list_in_french_prints_french_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "cat-cow" in out and "Chat" in out and "répétitions" in out
    assert main(["--lang", "en", "list"]) == 0
    assert "reps" in capsys.readouterr().out


def test_common_options_before_or_after_the_subcommand() -> None:
    parser = build_parser()
    before = parser.parse_args(["--data-dir", "/x", "--lang", "fr", "list"])
    after = parser.parse_args(["list", "--data-dir", "/x", "--lang", "fr"])
    assert (before.data_dir, before.lang) == (after.data_dir, after.lang) == ("/x", "fr")
    assert parser.parse_args(["list"]).lang is None


def test_list_uses_a_valid_user_library_and_reports_a_broken_one(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = isolated_data_dir / "exercises.yaml"
    shutil.copy(BUNDLED, user)
    assert main(["list", "--data-dir", str(isolated_data_dir)]) == 0
    user.write_text("format: [\n", encoding="utf-8")
    assert main(["list", "--data-dir", str(isolated_data_dir)]) == 0  # falls back to the bundled library
    captured = capsys.readouterr()
    assert f"{user}:" in captured.err and "cat-cow" in captured.out


def open_record(paths: AppPaths) -> tuple[RecordService, Prescription]:
    """The patient's record in ``paths``, written as the app writes it, on the guide's seven."""
    library = load_library(paths.bundled_library, paths.assets_dir)
    clock = FakeClock(start=dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC))
    service = RecordService(RecordStore.open(paths.adherence_file, clock=clock).store, clock)
    programme = default_programme(library, paths.bundled_templates_dir)
    assert programme is not None
    return service, programme.to_prescription(library)


def a_session(service: RecordService, prescription: Prescription, on: dt.date, pain: int | None,
              note: str) -> None:
    """Session 1 of ``on``: cat-cow done, the rest not reached, then the pain and a note."""
    cat_cow = prescription.exercise("cat-cow")
    assert cat_cow is not None
    at = dt.datetime.combine(on, dt.time(8, 5), tzinfo=dt.UTC)
    attempt = service.start_session(on, 1)
    result = ExerciseResult("cat-cow", "done", cat_cow.sets, cat_cow.sets, at, at, 10)
    service.record_result(on, 1, attempt, result)
    service.end_session(on, 1, attempt, "ended_early")
    service.report_session(on, 1, attempt, pain, note)


def test_export_writes_the_record_as_csv(isolated_data_dir: Path, tmp_path: Path) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    service, prescription = open_record(paths)
    day = dt.date(2026, 3, 2)
    service.use_prescription(prescription, day)
    a_session(service, prescription, day, 4, "Raideur le matin, ça va mieux")
    service.store.close()
    sets = prescription.exercise("cat-cow").sets  # type: ignore[union-attr]
    out = tmp_path / "record.csv"
    assert main(["export", "-o", str(out), "--from", "2026-03-02", "--to", "2026-03-02", "--lang", "fr"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("date,session,exercise_id")
    assert f"2026-03-02,1,cat-cow,Chat-vache,done,{sets},{sets},4,\"Raideur le matin, ça va mieux\"" in text
    assert main(["export", "-o", str(out), "--from", "March 2"]) == 1


def test_export_events_writes_every_journal_entry(isolated_data_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    service, prescription = open_record(paths)
    service.use_prescription(prescription, dt.date(2026, 3, 2))
    a_session(service, prescription, dt.date(2026, 3, 2), 4, "=SUM(A1)")
    service.store.close()
    out = tmp_path / "journal.csv"
    assert main(["export", "--events", "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][:5] == ["entry", "recorded_at", "date", "session", "kind"]
    assert [row[4] for row in rows[1:]] == [
        "prescription", "session_started", "result", "session_ended", "pain", "note"]
    assert rows[-1][12] == "'=SUM(A1)"
    assert "6 journal entries" in capsys.readouterr().err


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("command", ["export", "report"])
def test_a_damaged_record_is_named_in_one_line_and_left_where_it_is(
        isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    paths.adherence_file.parent.mkdir(parents=True, exist_ok=True)
    paths.adherence_file.write_bytes(random.Random(3).randbytes(8192))
    Path(f"{paths.adherence_file}-wal").write_bytes(b"stale wal")
    before = folder_state(isolated_data_dir)
    out = tmp_path / f"out.{'csv' if command == 'export' else 'pdf'}"
    assert main([command, "-o", str(out)]) == 1
    assert str(paths.adherence_file) in one_line_error(capsys)
    assert folder_state(isolated_data_dir) == before  # not moved aside, no new record, nothing written
    assert not list(isolated_data_dir.rglob("*.damaged-*")) and not out.exists()


@pytest.mark.parametrize("command", ["export", "report"])
def test_a_missing_record_is_an_error_and_none_is_created(
        isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    before = folder_state(isolated_data_dir)
    assert main([command, "-o", str(tmp_path / "out")]) == 1
    assert str(paths.adherence_file) in one_line_error(capsys)
    assert folder_state(isolated_data_dir) == before and not paths.adherence_file.exists()


@pytest.fixture
def locked_data_dir(isolated_data_dir: Path) -> Iterator[Path]:
    with unlocked_afterwards(isolated_data_dir):
        yield isolated_data_dir


def test_export_and_report_read_a_record_in_a_read_only_folder(locked_data_dir: Path, tmp_path: Path) -> None:
    paths = AppPaths(data_dir=locked_data_dir)
    service, prescription = open_record(paths)
    service.use_prescription(prescription, dt.date(2026, 3, 2))
    a_session(service, prescription, dt.date(2026, 3, 2), 5, "Raide")
    service.store.close()
    before = folder_state(locked_data_dir)
    lock_folder(locked_data_dir)
    assert main(["export", "-o", str(tmp_path / "record.csv"), "--to", "2026-03-02"]) == 0
    assert "cat-cow" in (tmp_path / "record.csv").read_text(encoding="utf-8-sig")
    assert main(["report", "-o", str(tmp_path / "report.pdf"), "--to", "2026-03-02"]) == 0
    assert (tmp_path / "report.pdf").stat().st_size > 0
    assert folder_state(locked_data_dir) == before


def test_a_record_of_the_first_format_is_read_and_left_byte_for_byte(
        isolated_data_dir: Path, tmp_path: Path) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    paths.adherence_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(__file__).parent / "core" / "data" / "record-schema1.sqlite3", paths.adherence_file)
    original = paths.adherence_file.read_bytes()
    out = tmp_path / "record.csv"
    assert main(["export", "-o", str(out), "--lang", "en"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "2026-03-02,1,cat-cow" in text and "Stiff in the morning" in text and "Fever" in text
    assert main(["report", "-o", str(tmp_path / "report.pdf"), "--lang", "en"]) == 0
    assert paths.adherence_file.read_bytes() == original
    # No copy before an upgrade, no upgrade, nothing moved aside, no -wal/-shm left behind.
    left = sorted(p.name for p in paths.adherence_file.parent.iterdir())
    assert left == sorted([paths.adherence_file.name, "settings.ini"])


@pytest.mark.parametrize("command", ["export", "report"])
@pytest.mark.parametrize("dates", [["--from", "9999-12-30", "--to", "9999-12-31"], ["--from", "0001-01-01"],
                                   ["--to", "0001-01-01"], ["--from", "2026-03-03", "--to", "2026-03-02"]])
def test_dates_at_the_ends_of_the_calendar_give_one_line_or_work(
        isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str,
        dates: list[str]) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    service, prescription = open_record(paths)
    service.use_prescription(prescription, dt.date(2026, 3, 2))
    service.store.close()
    code = main([command, "-o", str(tmp_path / "out"), *dates])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 0 or (code == 1 and len(err.strip().splitlines()) == 1), err


def test_export_to_a_folder_is_an_error_and_leaves_no_part_file(
        isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    service, prescription = open_record(AppPaths(data_dir=isolated_data_dir))
    service.use_prescription(prescription, dt.date(2026, 3, 2))
    service.store.close()
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", "-o", str(folder)]) == 1
    assert str(folder) in one_line_error(capsys)
    assert not (tmp_path / "exports.part").exists() and list(folder.iterdir()) == []


def test_an_impossible_date_in_the_record_is_reported_and_left_out(
        isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    service, prescription = open_record(paths)
    service.use_prescription(prescription, dt.date(2026, 3, 2))
    a_session(service, prescription, dt.date(2026, 3, 2), 4, "")
    service.store.close()
    db = sqlite3.connect(paths.adherence_file)  # another program's doing: the journal only refuses changes
    db.execute("INSERT INTO journal (on_date, slot, kind, pain, recorded_at) "
               "VALUES ('2026-13-45', 1, 'pain', 9, '2026-03-02T09:00:00+00:00')")
    db.commit()
    db.close()
    out = tmp_path / "record.csv"
    assert main(["export", "-o", str(out), "--to", "2026-03-02"]) == 0
    err = capsys.readouterr().err
    assert "2026-13-45" in err and str(paths.adherence_file) in err and "Traceback" not in err
    assert "2026-13-45" not in out.read_text(encoding="utf-8-sig")
    assert main(["report", "-o", str(tmp_path / "report.pdf"), "--to", "2026-03-02"]) == 0
    assert "2026-13-45" in capsys.readouterr().err


def test_validate_accepts_programme_files_and_reports_unknown_exercises(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    template = AppPaths(data_dir=Path("unused")).bundled_templates_dir / "lumbar-extension-bias.yaml"
    assert main(["validate", str(template)]) == 0
    text = template.read_text(encoding="utf-8").replace("- id: cobra", "- id: cobr", 1)
    broken = tmp_path / "programme.yaml"
    broken.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "- id: cobr" in row)
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{broken}:{line}: ") and "'cobr'" in out and "cobra" in out


def test_print_writes_a_french_a4_handout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    template = AppPaths(data_dir=Path("unused")).bundled_templates_dir / "neck-desk-posture.yaml"
    out = tmp_path / "handout.pdf"
    assert main(["print", str(template), "-o", str(out), "--lang", "fr", "--paper", "a4"]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "595.28 x 841.89" in info or "595 x 842" in info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rentrée du menton" in text and "Page 1 de" in text
    assert main(["print", str(tmp_path / "missing.yaml"), "-o", str(out)]) == 1


def test_check_startup_paints_the_window_and_prints_seconds(isolated_data_dir: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir",
                           str(isolated_data_dir)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert 0 < float(done.stdout.strip().splitlines()[-1]) < 30
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    failed = subprocess.run([sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir",
                             str(isolated_data_dir)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert failed.returncode == 2 and "needs a desktop" in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1 and "QT_QPA_PLATFORM" not in failed.stderr


def test_a_start_with_its_caches_loads_neither_pyyaml_nor_openssl(isolated_data_dir: Path) -> None:
    """The library and the programme in use come from the cache from the second start on, and the
    prescription in force is compared without hashing: no PyYAML and no OpenSSL before the first paint."""
    import subprocess
    import sys

    from exercises_app.core.library import load_library
    from exercises_app.core.programme_file import default_programme, save_programme

    paths = AppPaths(data_dir=isolated_data_dir)
    library = load_library(paths.bundled_library, paths.assets_dir)
    programme = default_programme(library, paths.bundled_templates_dir, language="en")
    assert programme is not None
    save_programme(programme, paths.active_programme_file)
    script = (
        "import sys\n"
        "from exercises_app.cli import main\n"
        "status = main(['--check-startup', '--data-dir', sys.argv[1], '--lang', 'en'])\n"
        "print(status, sorted(m for m in ('yaml', 'hashlib', '_hashlib') if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = [subprocess.run([sys.executable, "-c", script, str(isolated_data_dir)], capture_output=True, text=True,
                           env=env, timeout=60, check=True).stdout.strip().splitlines()[-1] for _ in range(2)]
    assert runs[0].startswith("0 [") and "'yaml'" in runs[0]  # the first start parses and records
    assert runs[1] == "0 []"


def test_the_first_screen_loads_no_module_it_does_not_show(isolated_data_dir: Path) -> None:
    """What Today does not show loads when it is first used (benchmarks/startup.py): the session
    engine with a session, each dialog when it opens, and the ``html`` module's table of entities never."""
    import subprocess
    import sys

    later = ("exercises_app.core.session", "exercises_app.gui.red_flag_dialog", "exercises_app.gui.psfs_dialog",
             "exercises_app.gui.excuse_dialog", "exercises_app.gui.session_view", "exercises_app.gui.history_view",
             "exercises_app.printing", "html")
    script = (
        "import sys\n"
        "from exercises_app.cli import main\n"
        "status = main(['--check-startup', '--data-dir', sys.argv[1], '--lang', 'en'])\n"
        f"print(status, sorted(m for m in {later!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", script, str(isolated_data_dir)], capture_output=True, text=True,
                         env=env, timeout=60, check=True)
    assert run.stdout.strip().splitlines()[-1] == "0 []"


def test_report_writes_the_follow_up_pdf(isolated_data_dir: Path, tmp_path: Path) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    service, prescription = open_record(paths)
    first = dt.date(2026, 3, 2)
    service.use_prescription(prescription, first)
    for offset in range(10):
        a_session(service, prescription, first + dt.timedelta(days=offset), 6 - offset // 4,
                  "Mieux après la marche" if offset == 9 else "")
    service.store.close()
    out = tmp_path / "report.pdf"
    assert main(["report", "-o", str(out), "--from", "2026-03-02", "--to", "2026-03-11", "--lang", "fr"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rapport de suivi" in text and "Mieux après la marche" in text
    assert main(["report", "-o", str(out), "--to", "someday"]) == 1
