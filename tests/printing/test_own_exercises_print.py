"""A programme that carries an own exercise validates and prints on a fresh data folder, with its drawings."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest
from painting import measure_drawings, paint_all
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from exercises_app.cli import main
from exercises_app.config import AppPaths
from exercises_app.core.library import load_library
from exercises_app.core.own_exercises import load_own_library, merged_library, with_own_definitions
from exercises_app.core.programme import Programme, ProgrammeExercise
from exercises_app.core.programme_file import load_programme, save_programme
from exercises_app.printing.own_frames import own_frame_pictures
from exercises_app.printing.programme_pdf import ProgrammeDocument
from tests.own_samples import OWN_FILE, PNG

PATHS = AppPaths(Path("/nonexistent"))


def _programme_file(folder: Path, own_text: str = OWN_FILE) -> Path:
    """A programme of cobra and the own exercise, saved by the app in ``folder`` (the physio's computer)."""
    library = load_library(PATHS.bundled_library, PATHS.assets_dir)
    (folder / "my-exercises.yaml").write_text(own_text, encoding="utf-8")
    own = load_own_library(folder / "my-exercises.yaml", PATHS.assets_dir, library)
    cobra = library.get("cobra")
    assert cobra is not None
    programme = Programme(programme_id="p1", version=1, title="Shoulders", language="en", sessions_per_day=2,
                          exercises=(ProgrammeExercise("cobra", cobra.dose),
                                     ProgrammeExercise("my-wall-push", own.exercises[0].dose)))
    path = folder / "patient.yaml"
    save_programme(with_own_definitions(programme, merged_library(library, own.exercises)), path)
    return path


def test_the_programme_validates_and_prints_on_a_fresh_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    physio = tmp_path / "physio"
    physio.mkdir()
    path = _programme_file(physio)
    fresh = tmp_path / "patient-data"
    fresh.mkdir()
    assert main(["validate", "--data-dir", str(fresh), str(path)]) == 0
    pdf = tmp_path / "handout.pdf"
    assert main(["print", "--data-dir", str(fresh), str(path), "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    assert "pages" in capsys.readouterr().err


def test_validate_reports_a_clash_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _programme_file(tmp_path)
    text = path.read_text(encoding="utf-8").replace("- id: my-wall-push\n      name", "- id: bird-dog\n      name")
    path.write_text(text, encoding="utf-8")
    line = text[: text.index("- id: bird-dog\n")].count("\n") + 1
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:{line}: exercise id 'bird-dog' is already an exercise of the app's library" in out


def test_the_own_exercise_is_printed_with_its_drawings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = load_library(PATHS.bundled_library, PATHS.assets_dir)
    programme = load_programme(_programme_file(tmp_path), library)  # the app's library alone
    (own,) = programme.own_exercises
    pictures = own_frame_pictures(own)
    assert len(pictures) == 2 and all(isinstance(p, QSvgRenderer) and p.isValid() for p in pictures)
    drawn = measure_drawings(monkeypatch)
    document = ProgrammeDocument(programme, library, PATHS.assets_dir)
    paint_all(document)
    assert len(drawn) == 3 + 2  # cobra's three frames and the own exercise's two


def test_a_picture_frame_is_printed_as_it_is(tmp_path: Path) -> None:
    text = OWN_FILE.replace(
        "        pose:\n          root: [0, 95]\n          trunk: 80",
        f"        image: {{png: {base64.b64encode(PNG).decode()}}}\n        x:\n          root: [0, 95]", 1)
    text = text[: text.index("        x:\n")]
    library = load_library(PATHS.bundled_library, PATHS.assets_dir)
    programme = load_programme(_programme_file(tmp_path, text), library)
    pictures = own_frame_pictures(programme.own_exercises[0])
    assert isinstance(pictures[1], QImage) and pictures[1].width() == 1
    assert "png: iVBOR" in (tmp_path / "patient.yaml").read_text(encoding="utf-8")  # embedded in the programme


def test_validate_checks_a_file_of_own_exercises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "my-exercises.yaml"
    good.write_text(OWN_FILE, encoding="utf-8")
    assert main(["validate", str(good)]) == 0
    bad = tmp_path / "bad.yaml"
    text = OWN_FILE.replace("near_elbow: 10}", "near_elbow: 170}")
    bad.write_text(text, encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    line = text[: text.index("near_elbow: 170")].count("\n") + 1
    assert f"{bad}:{line}: near_elbow of 170 is outside the limits (-2 to 150)" in capsys.readouterr().out
