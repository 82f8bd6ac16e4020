"""The compact and large-print handouts: pages, text sizes and drawing widths, and what every layout keeps."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from painting import measure_drawings, paint_all
from pdf_reading import pdf_pages

from exercises_app.config import AppPaths
from exercises_app.core.dose_progression import DoseProgression
from exercises_app.core.library import Library, load_library
from exercises_app.core.preferences import HANDOUT_LAYOUTS
from exercises_app.core.programme_file import load_programme, programme_from_template
from exercises_app.printing import ProgrammeDocument, programme_pdf, write_programme_pdf
from exercises_app.printing import layout as layout_module
from exercises_app.printing import strings as S
from exercises_app.printing.handout_layout import LARGE_PRINT_TEXT, handout_layout
from exercises_app.printing.layout import Style

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

PATHS = AppPaths(data_dir=Path("unused"))
GUIDE = PATHS.bundled_templates_dir / "guide-seven.yaml"
CM = 72 / 2.54  # points


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(PATHS.bundled_library, PATHS.assets_dir)


def guide(library: Library, lang: str):
    programme = programme_from_template(load_programme(GUIDE, library), language=lang, patient="Élise Côté-Bérubé")
    assert len(programme.exercises) == 7
    return programme


def word_heights(path: Path) -> list[float]:
    """The height of every word's box in points (about 1.16 times its font size in DejaVu Sans)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html))
    return [float(w.get("yMax")) - float(w.get("yMin")) for w in root.iter("{http://www.w3.org/1999/xhtml}word")]


def test_the_layouts_are_the_ones_the_settings_and_command_line_offer() -> None:
    assert tuple(handout_layout(name).name for name in HANDOUT_LAYOUTS) == ("standard", "compact", "large")
    with pytest.raises(ValueError, match="standard, compact, large"):
        handout_layout("tiny")


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compact_puts_the_guides_seven_on_five_pages_at_most(qapp, library: Library, lang: str, paper: str) -> None:
    document = ProgrammeDocument(guide(library, lang), library, PATHS.assets_dir, paper=paper, layout="compact")
    assert document.page_count() <= 5
    blocks = document.blocks()
    per_page: dict[int, int] = {}
    for number in range(1, 8):
        extent = blocks[f"exercise-{number}"]
        assert extent.first_page == extent.last_page, f"exercise {number} is split"
        per_page[extent.first_page] = per_page.get(extent.first_page, 0) + 1
    assert max(per_page.values()) <= 3
    assert blocks["ticksheet"].first_page == document.page_count() - 1
    assert blocks["safety"].first_page == blocks["safety"].last_page


def test_compact_stays_on_five_pages_with_a_logo_the_clinic_and_the_next_appointment(
        qapp, library: Library, tmp_path: Path) -> None:
    import datetime as dt
    from dataclasses import replace

    from exercises_app.core.programme import Clinic

    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 90">'
                    '<rect width="240" height="90" fill="#1F3A5F"/></svg>', encoding="utf-8")
    for lang in ("en", "fr"):
        programme = replace(guide(library, lang), next_appointment=dt.datetime(2026, 12, 4, 10, 30),
                            clinic=Clinic("Clinique de physiothérapie Saint-Laurent", "514 555-0142",
                                          "1234, rue Sainte-Catherine Est, Montréal (Québec) H2L 2H2",
                                          "physiosaintlaurent.example"))
        for paper in ("letter", "a4"):
            document = ProgrammeDocument(programme, library, PATHS.assets_dir, paper=paper, layout="compact",
                                         logo=logo)
            assert document.logo_problem is None
            assert document.page_count() <= 5, (lang, paper)


def test_compact_keeps_the_drawings_dose_and_steps(qapp, library: Library, tmp_path: Path) -> None:
    programme = guide(library, "fr")
    out = tmp_path / "compact.pdf"
    write_programme_pdf(programme, library, PATHS.assets_dir, out, layout="compact")
    text = " ".join(pdf_pages(out))
    for entry in programme.exercises:
        exercise = library.get(entry.exercise_id)
        assert exercise is not None
        assert exercise.name.fr in text
        assert exercise.steps[0].fr.split()[0] in text
    assert "Votre dose" in text and "Étapes" in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # drawings stay vectors


@pytest.mark.parametrize("layout", HANDOUT_LAYOUTS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_layout_keeps_the_911_box_the_safety_page_the_disclaimer_and_page_numbers(
        qapp, library: Library, tmp_path: Path, layout: str, lang: str) -> None:
    out = tmp_path / f"{layout}-{lang}.pdf"
    count = write_programme_pdf(guide(library, lang), library, PATHS.assets_dir, out, layout=layout)
    pages = pdf_pages(out)
    assert len(pages) == count
    assert "911" in pages[0] and ("Call 911" in pages[0] or "Appelez le 911" in pages[0])
    assert any(S.text("safety_title", lang) in page for page in pages[1:])
    disclaimer = library.safety.disclaimer.get(lang)
    assert " ".join(pages).count(" ".join(disclaimer.split()[:8])) == 1
    for number, page in enumerate(pages, start=1):
        assert S.text("page_of", lang, page=number, pages=count) in page
    assert S.text("tick_title", lang) in pages[-1]


def test_large_print_sets_no_text_under_14_points(qapp, library: Library, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run of text (char_format), every centred label and every font the handout makes itself."""
    sizes: list[float] = []
    for module, name in ((layout_module, "char_format"), (programme_pdf, "make_font"), (programme_pdf, "centre_text")):
        original = getattr(module, name)

        def recording(*args, original=original, **kwargs):
            style = next(a for a in (*args, *kwargs.values()) if isinstance(a, Style))
            sizes.append(style.size)
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, recording)
    for lang in ("en", "fr"):
        document = ProgrammeDocument(guide(library, lang), library, PATHS.assets_dir, layout="large")
        paint_all(document)
    assert sizes and min(sizes) >= LARGE_PRINT_TEXT, min(sizes)
    monkeypatch.undo()
    out = tmp_path / "large.pdf"
    write_programme_pdf(guide(library, "en"), library, PATHS.assets_dir, out, layout="large")
    assert min(word_heights(out)) >= LARGE_PRINT_TEXT * 1.1  # read back from the PDF itself
    standard = tmp_path / "standard.pdf"
    write_programme_pdf(guide(library, "en"), library, PATHS.assets_dir, standard)
    assert min(word_heights(standard)) < LARGE_PRINT_TEXT  # the measure tells the two apart


def test_large_print_drawings_are_at_least_8_cm_wide(qapp, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = measure_drawings(monkeypatch)
    for template in sorted(PATHS.bundled_templates_dir.glob("*.yaml")):
        for paper in ("letter", "a4"):
            paint_all(ProgrammeDocument(load_programme(template, library), library, PATHS.assets_dir, paper=paper,
                                        layout="large"))
    assert drawn and min(drawn) >= 8 * CM, min(drawn)


def test_print_command_takes_the_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from exercises_app.cli import main

    out = tmp_path / "compact.pdf"
    assert main(["print", str(GUIDE), "-o", str(out), "--lang", "fr", "--layout", "compact"]) == 0
    assert len(pdf_pages(out)) <= 5
    with pytest.raises(SystemExit):
        main(["print", str(GUIDE), "-o", str(out), "--layout", "tiny"])


@pytest.mark.parametrize("layout", HANDOUT_LAYOUTS)
def test_a_progression_is_printed_with_its_dose_in_every_layout(library: Library, tmp_path: Path, layout: str) -> None:
    programme = guide(library, "fr")
    first, *rest = programme.exercises
    rule = DoseProgression("reps", by=2, up_to=first.dose.reps + 6, every_days=3)
    programme = replace(programme, exercises=(replace(first, progression=rule), *rest))
    out = tmp_path / f"{layout}.pdf"
    write_programme_pdf(programme, library, PATHS.assets_dir, out, layout=layout)
    text = re.sub(r"\s+", " ", " ".join(pdf_pages(out)))
    assert "Paliers, si c’est confortable" in text
    assert f"+2 répétitions tous les 3 jours, jusqu’à {first.dose.reps + 6} répétitions" in text
    assert text.count("Paliers, si c’est confortable") == 1  # only the exercise that has one
