"""The clinic's identity on page 1 of the handout: name, contact, website, logo and the next appointment."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_reading import pdf_pages
from PySide6.QtGui import QColor, QImage

from exercises_app.config import AppPaths
from exercises_app.core.errors import ContentError
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme import Clinic
from exercises_app.core.programme_file import load_programme, parse_programme, programme_from_template, save_programme
from exercises_app.printing import ProgrammeDocument
from exercises_app.printing.logo import load_logo

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")

PATHS = AppPaths(data_dir=Path("unused"))
SVG_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80">'
            '<rect x="5" y="5" width="190" height="70" fill="#1F3A5F"/></svg>')


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(PATHS.bundled_library, PATHS.assets_dir)


def programme(library: Library, lang: str = "fr"):
    template = load_programme(PATHS.bundled_templates_dir / "lumbar-extension-bias.yaml", library)
    made = programme_from_template(template, language=lang, patient="Marie Tremblay", clinician="Luc Gagnon, pht",
                                   clinic=Clinic("Physio du Plateau", "514 555-0199", "123, rue Saint-Denis",
                                                 "physioduplateau.example"))
    return replace(made, next_appointment=dt.datetime(2026, 12, 4, 10, 30))


def write(document: ProgrammeDocument, out: Path) -> list[str]:
    document.write_pdf(out)
    return pdf_pages(out)


def image_count(path: Path, page: int | None = None) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.strip().splitlines()[2:]]
    return len([r for r in rows if page is None or int(r[0]) == page])


def test_page_1_names_the_clinic_its_website_and_the_next_appointment(qapp, library: Library, tmp_path: Path) -> None:
    pages = write(ProgrammeDocument(programme(library, "fr"), library, PATHS.assets_dir), tmp_path / "fr.pdf")
    for words in ("Physio du Plateau", "514 555-0199", "physioduplateau.example", "Luc Gagnon, pht",
                  "Prochain rendez-vous", "4 décembre 2026 à 10 h 30"):
        assert words in pages[0], words
    english = write(ProgrammeDocument(programme(library, "en"), library, PATHS.assets_dir), tmp_path / "en.pdf")
    assert "Next appointment: December 4, 2026, 10:30" in english[0]


def test_a_png_logo_is_drawn_on_page_1_only(qapp, library: Library, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F3A5F"))
    assert image.save(str(logo))
    document = ProgrammeDocument(programme(library), library, PATHS.assets_dir, logo=logo)
    assert document.logo_problem is None
    out = tmp_path / "logo.pdf"
    write(document, out)
    assert image_count(out, 1) == 1 and image_count(out) == 1


def test_an_svg_logo_stays_a_vector(qapp, library: Library, tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(SVG_LOGO, encoding="utf-8")
    document = ProgrammeDocument(programme(library), library, PATHS.assets_dir, logo=logo)
    assert document.logo_problem is None
    plain = ProgrammeDocument(programme(library), library, PATHS.assets_dir)
    out = tmp_path / "svg.pdf"
    write(document, out)
    assert image_count(out) == 0
    assert document.page_count() == plain.page_count()


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("logo.png", b"not a picture", "not a readable PNG"),
    ("logo.svg", b"<svg", "not a readable SVG"),
    ("logo.gif", b"GIF89a", "PNG or SVG"),
    ("missing.png", None, "no such file"),
])
def test_a_logo_that_cannot_be_read_is_left_off_and_says_why(qapp, library: Library, tmp_path: Path,
                                                             name: str, content: bytes | None, reason: str) -> None:
    logo = tmp_path / name
    if content is not None:
        logo.write_bytes(content)
    assert load_logo(logo)[0] is None
    document = ProgrammeDocument(programme(library), library, PATHS.assets_dir, logo=logo)
    assert document.logo_problem and reason in document.logo_problem and str(logo) in document.logo_problem
    out = tmp_path / "no-logo.pdf"
    pages = write(document, out)
    assert "Physio du Plateau" in pages[0] and image_count(out) == 0


def test_the_programme_file_keeps_the_appointment_and_website_and_old_files_stay_valid(
        library: Library, tmp_path: Path) -> None:
    made = programme(library)
    path = tmp_path / "marie.yaml"
    save_programme(made, path)
    text = path.read_text(encoding="utf-8")
    assert "next_appointment: 2026-12-04 10:30" in text and "website: physioduplateau.example" in text
    again = load_programme(path, library)
    assert again.next_appointment == dt.datetime(2026, 12, 4, 10, 30)
    assert again.clinic.website == "physioduplateau.example"
    old = load_programme(PATHS.bundled_templates_dir / "guide-seven.yaml", library)  # written before these keys
    assert old.next_appointment is None and old.clinic.website == ""
    broken = text.replace("2026-12-04 10:30", "next Tuesday")
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if "next_appointment" in row)
    with pytest.raises(ContentError) as raised:
        parse_programme(broken, library, "marie.yaml")
    assert str(raised.value.problems[0]).startswith(f"marie.yaml:{line}: next_appointment must be a date and time")
    with pytest.raises(ContentError, match="not a real date"):
        parse_programme(text.replace("2026-12-04 10:30", "2026-02-30 10:30"), library, "marie.yaml")
