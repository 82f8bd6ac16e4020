"""Every shipped template prints in both languages on both papers: the expected pages, every
exercise named, drawings as vectors; patient text is printed literally and wraps."""
from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme_file import load_programme
from exercises_app.printing import ProgrammeDocument, write_programme_pdf

PATHS = AppPaths(data_dir=Path("unused"))
TEMPLATES = sorted(PATHS.bundled_templates_dir.glob("*.yaml"))


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(PATHS.bundled_library, PATHS.assets_dir)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
@pytest.mark.parametrize(("lang", "paper"), [("en", "letter"), ("en", "a4"), ("fr", "letter"), ("fr", "a4")])
def test_template_prints_every_exercise_on_the_expected_pages(qapp, library: Library, tmp_path: Path,
                                                             template: Path, lang: str, paper: str) -> None:
    programme = load_programme(template, library)
    out = tmp_path / f"{template.stem}.pdf"
    pages = write_programme_pdf(programme, library, PATHS.assets_dir, out, lang=lang, paper=paper)
    # a first page with the programme at a glance, one page per exercise, the safety page, the tick sheet
    assert pages == len(programme.exercises) + 3
    text = " ".join(pdf_text(out).split())
    for entry in programme.exercises:
        assert library.get(entry.exercise_id).name.get(lang) in text, entry.exercise_id
    assert (f"Page {pages} of {pages}" if lang == "en" else f"Page {pages} de {pages}") in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # header lines only: the drawings are vectors


def test_patient_text_prints_as_typed_and_long_text_wraps(qapp, library: Library, tmp_path: Path) -> None:
    programme = load_programme(PATHS.bundled_templates_dir / "neck-desk-posture.yaml", library)
    long_note = "Keep the chin level and the shoulders low " * 12
    programme = replace(programme, patient="<b>Ann</b> & Co", clinician="Dr. " + "Longname" * 12,
                        exercises=(replace(programme.exercises[0], note=long_note), *programme.exercises[1:]))
    out = tmp_path / "literal.pdf"
    write_programme_pdf(programme, library, PATHS.assets_dir, out)
    text = pdf_text(out)
    assert "<b>Ann</b> & Co" in text  # no markup interpreted
    document = ProgrammeDocument(programme, library, PATHS.assets_dir)
    content = document.content_rect
    for placed in document.placements():
        assert content.contains(placed.rect) or content.intersected(placed.rect) == placed.rect, placed
