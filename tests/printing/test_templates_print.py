"""Every shipped template prints in both languages on both papers: the expected pages, every
exercise named, drawings as vectors; patient text is printed literally and wraps."""
from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from painting import measure_drawings, paint_all
from pdf_reading import pdf_pages

from exercises_app.config import AppPaths
from exercises_app.core.care import commonest_emergency_signs, heading_for
from exercises_app.core.library import EMERGENCY, Library, load_library
from exercises_app.core.programme import programme_regions
from exercises_app.core.programme_file import load_programme, programme_from_template
from exercises_app.printing import ProgrammeDocument, write_programme_pdf
from exercises_app.printing import strings as S

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


# -- one language per handout, and where to get care on page 1 -----------------------------------
#: Common words of one language that the other never uses: a handout in one language must hold none
#: of the other's (names such as "bird dog" given in brackets are not in these lists).
ENGLISH_WORDS = {"the", "and", "your", "you", "with", "this", "when", "each", "hold", "from", "into",
                 "should", "while", "for", "times", "day", "week", "stop", "keep", "back", "leg", "pain"}
FRENCH_WORDS = {"le", "la", "les", "et", "vous", "votre", "vos", "avec", "des", "du", "une", "dans", "pour",
                "sur", "jour", "fois", "semaine", "est", "pas", "arrêtez", "douleur", "jambe", "dos"}


def words_of(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_handout_from_a_template_is_in_one_language_and_says_call_911_on_page_1(
        qapp, library: Library, tmp_path: Path, template: Path, lang: str) -> None:
    programme = programme_from_template(load_programme(template, library), language=lang)
    out = tmp_path / f"{template.stem}-{lang}.pdf"
    write_programme_pdf(programme, library, PATHS.assets_dir, out)
    pages = pdf_pages(out)
    first = pages[0]
    safety_page = next(n for n, page in enumerate(pages, 1) if n > 1 and S.text("safety_title", lang) in page)
    assert heading_for(EMERGENCY).get(lang) in first and "911" in first
    assert S.text("full_list", lang, page=safety_page) in first
    for sign in commonest_emergency_signs(library.safety, programme_regions(programme, library)):
        assert sign.get(lang) in first
    other = FRENCH_WORDS if lang == "en" else ENGLISH_WORDS
    found = words_of(" ".join(pages)) & other
    assert not found, f"{template.stem} in {lang} holds words of the other language: {sorted(found)}"
    assert programme.rationale.splitlines()[0] not in " ".join(pages)  # the rationale is never printed


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_neck_template_names_the_necks_emergency_signs_on_paper(
        qapp, library: Library, tmp_path: Path, lang: str) -> None:
    programme = programme_from_template(load_programme(PATHS.bundled_templates_dir / "neck-desk-posture.yaml",
                                                       library), language=lang)
    out = tmp_path / "neck.pdf"
    write_programme_pdf(programme, library, PATHS.assets_dir, out)
    pages = pdf_pages(out)
    text = " ".join(pages)
    for sign_id in ("neck-dizziness", "sudden-headache", "neck-trauma", "myelopathy", "neck-fever"):
        sign = library.safety.sign(sign_id)
        assert sign is not None and sign.get(lang) in text, sign_id
    assert library.safety.sign("neck-dizziness").get(lang) in pages[0]  # type: ignore[union-attr]
    for low_back_only in ("saddle-numbness", "bladder-bowel", "both-legs"):
        assert library.safety.sign(low_back_only).get(lang) not in text  # type: ignore[union-attr]


def test_every_drawing_is_at_least_6_cm_wide_on_paper(qapp, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """6 cm = 170 pt: measured as the frames are painted, for every template on both papers."""
    drawn = measure_drawings(monkeypatch)
    for template in TEMPLATES:
        programme = load_programme(template, library)
        for paper in ("letter", "a4"):
            paint_all(ProgrammeDocument(programme, library, PATHS.assets_dir, paper=paper))
    assert drawn and min(drawn) >= 170, min(drawn)


def test_printing_a_template_in_french_prints_its_french_words(qapp, library: Library, tmp_path: Path) -> None:
    """As `exercises-app print TEMPLATE --lang fr` does: the template's French title, advice and notes."""
    template = load_programme(PATHS.bundled_templates_dir / "lumbar-extension-bias.yaml", library)
    out = tmp_path / "fr.pdf"
    write_programme_pdf(template, library, PATHS.assets_dir, out, lang="fr")
    text = " ".join(pdf_pages(out))
    french = template.wording("fr")
    assert french is not None and french.title in text
    assert "Une bonne pause après être resté assis longtemps." in text
    assert not words_of(text) & ENGLISH_WORDS


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_example_says_so_on_page_1_and_a_prescribed_programme_does_not(qapp, library: Library, tmp_path: Path,
                                                                          lang: str) -> None:
    from exercises_app.core.programme_file import default_programme

    example = default_programme(library, AppPaths(data_dir=tmp_path).bundled_templates_dir, language=lang)
    assert example is not None and example.example
    out = tmp_path / "example.pdf"
    write_programme_pdf(example, library, AppPaths(data_dir=tmp_path).assets_dir, out)
    first = " ".join(pdf_pages(out)[0].split())
    assert " ".join(S.text("example_title", lang).split()) in first
    prescribed = programme_from_template(example, patient="Ann")
    write_programme_pdf(prescribed, library, AppPaths(data_dir=tmp_path).assets_dir, out)
    assert " ".join(S.text("example_title", lang).split()) not in " ".join(pdf_pages(out)[0].split())
