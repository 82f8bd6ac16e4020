"""The command line: validate and list, with options before or after the subcommand."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exercises_app.cli import build_parser, main
from exercises_app.config import AppPaths

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


def test_export_writes_the_record_as_csv(isolated_data_dir: Path, tmp_path: Path) -> None:
    import datetime as dt

    from exercises_app.core.adherence import AdherenceStore
    from exercises_app.core.library import load_library
    from exercises_app.core.prescription import default_prescription

    paths = AppPaths(data_dir=isolated_data_dir)
    library = load_library(paths.bundled_library, paths.assets_dir)
    day = dt.date(2026, 3, 2)
    with AdherenceStore.open(paths.adherence_file).store as store:
        store.activate(default_prescription(library), day)
        store.record_exercise(day, 1, "cat-cow", "done", 1, 1, dt.datetime(2026, 3, 2, 8, 5, tzinfo=dt.timezone.utc))
        store.set_session_report(day, 1, 4, "Raideur le matin, ça va mieux", None, dt.datetime(2026, 3, 2, 8, 30, tzinfo=dt.timezone.utc))
    out = tmp_path / "record.csv"
    assert main(["export", "-o", str(out), "--from", "2026-03-02", "--to", "2026-03-02", "--lang", "fr"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("date,session,exercise_id")
    assert "2026-03-02,1,cat-cow,Chat-vache,done,1,1,4,\"Raideur le matin, ça va mieux\"" in text
    assert main(["export", "-o", str(out), "--from", "March 2"]) == 1


def test_validate_accepts_programme_files_and_reports_unknown_exercises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir", str(isolated_data_dir)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert 0 < float(done.stdout.strip().splitlines()[-1]) < 30
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    failed = subprocess.run([sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir", str(isolated_data_dir)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert failed.returncode == 2 and "needs a desktop" in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1 and "QT_QPA_PLATFORM" not in failed.stderr


def test_report_writes_the_follow_up_pdf(isolated_data_dir: Path, tmp_path: Path) -> None:
    import datetime as dt
    import subprocess

    from exercises_app.core.adherence import AdherenceStore
    from exercises_app.core.library import load_library
    from exercises_app.core.prescription import default_prescription

    paths = AppPaths(data_dir=isolated_data_dir)
    library = load_library(paths.bundled_library, paths.assets_dir)
    first = dt.date(2026, 3, 2)
    with AdherenceStore.open(paths.adherence_file).store as store:
        store.activate(default_prescription(library), first)
        for offset in range(10):
            day = first + dt.timedelta(days=offset)
            at = dt.datetime.combine(day, dt.time(8), tzinfo=dt.timezone.utc)
            store.record_exercise(day, 1, "cat-cow", "done", 1, 1, at)
            store.set_session_report(day, 1, 6 - offset // 4, "Mieux après la marche" if offset == 9 else "", None, at)
    out = tmp_path / "report.pdf"
    assert main(["report", "-o", str(out), "--from", "2026-03-02", "--to", "2026-03-11", "--lang", "fr"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rapport de suivi" in text and "Mieux après la marche" in text
    assert main(["report", "-o", str(out), "--to", "someday"]) == 1
