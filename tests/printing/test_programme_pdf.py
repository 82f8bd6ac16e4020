"""The printed programme: page size, words, vector drawings, and a layout that never splits or overflows."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_reading import page_points, pdf_info, pdf_pages

from exercises_app.config import AppPaths
from exercises_app.core.care import EMERGENCY_CARE, SAME_DAY_CARE
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.printing import ProgrammeDocument, write_programme_pdf
from exercises_app.printing import strings as S
from exercises_app.printing.layout import U
from exercises_app.printing.programme_pdf import HANDOUT_MARGIN

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

GUIDE = ("cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose", "lumbar-extension")
MORE = ("knee-to-chest", "bird-dog", "dead-bug")
PAPER_POINTS = {"letter": (612, 792), "a4": (595, 842)}


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> AppPaths:
    return AppPaths(data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def library(paths: AppPaths) -> Library:
    return load_library(paths.bundled_library, paths.assets_dir)


def guide_programme(library: Library, lang: str, **changes) -> Programme:
    """The clinic guide's seven exercises at the library's doses; the hamstring stretch on the left only."""
    entries = []
    for exercise_id in GUIDE:
        exercise = library.get(exercise_id)
        assert exercise is not None
        side = "left" if exercise_id == "hamstring-stretch" else "both"
        note = "Gardez le bassin à niveau." if exercise_id == "glute-bridge" else ""
        entries.append(ProgrammeExercise(exercise_id, exercise.dose, note, side))
    programme = Programme(
        programme_id="guide", version=1, title="Programme pour le bas du dos" if lang == "fr" else "Low back programme",
        language=lang, patient="Élise Côté-Bérubé", clinician="Luc Gagnon, pht",
        clinic=Clinic("Clinique Saint-Laurent", "514 555-0142", "1234, rue Sainte-Catherine Est, Montréal"),
        start_date=dt.date(2025, 3, 3), review_date=dt.date(2025, 3, 31),
        advice="Allez-y doucement le matin; arrêtez si la douleur descend dans la jambe.",
        sessions_per_day=2, days_per_week=7, exercises=tuple(entries),
    )
    return replace(programme, **changes)


def long_programme(library: Library) -> Programme:
    """Ten exercises, three sessions a day, and long notes everywhere."""
    base = guide_programme(library, "fr")
    long_note = " ".join(
        ["Prenez votre temps et respirez calmement pendant tout l’exercice, sans jamais bloquer."] * 12)
    entries = [replace(e, note=long_note) for e in base.exercises]
    entries += [ProgrammeExercise(i, library.get(i).dose, long_note) for i in MORE]  # type: ignore[union-attr]
    return replace(base, advice="\n".join([long_note] * 4), sessions_per_day=3, days_per_week=5,
                   exercises=tuple(entries))


@pytest.fixture(scope="module")
def english_pdf(qapp, library: Library, paths: AppPaths, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("en") / "programme.pdf"
    return out, write_programme_pdf(guide_programme(library, "en"), library, paths.assets_dir, out)


@pytest.fixture(scope="module")
def french_pdf(qapp, library: Library, paths: AppPaths, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("fr") / "programme.pdf"
    return out, write_programme_pdf(guide_programme(library, "fr"), library, paths.assets_dir, out, paper="a4")


def pdf_words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x0, y0, x1, y1, word) for every word, in points from the top-left of the sheet."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html))
    words = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page")):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            box = [float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append((number, *box, word.text or ""))
    return words


def content_streams(path: Path) -> list[bytes]:
    """Every stream of the PDF, inflated when compressed."""
    data = path.read_bytes()
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        raw = match.group(1)
        try:
            streams.append(zlib.decompress(raw))
        except zlib.error:
            streams.append(raw)
    return streams


# -- the English Letter handout ------------------------------------------------------------------
def test_english_letter_has_letter_pages_numbered_page_x_of_y(english_pdf):
    path, count = english_pdf
    assert page_points(path) == PAPER_POINTS["letter"]
    assert int(pdf_info(path)["Pages"]) == count
    pages = pdf_pages(path)
    assert len(pages) == count
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
        assert "Élise Côté-Bérubé · Low back programme" in page


def test_english_handout_names_every_exercise_with_its_dose(english_pdf, library: Library):
    path, _ = english_pdf
    text = " ".join(pdf_pages(path))
    for exercise_id in GUIDE:
        assert library.get(exercise_id).name.en in text  # type: ignore[union-attr]
    assert "Your dose" in text and "Times a day" in text
    assert "Rest between" not in text  # one set each, and the one per-side stretch is done on the left only
    assert "Side Left only" in text  # the hamstring stretch is done on one side
    assert "Starting position" in text and "Steps" in text and "Breathing and what to feel" in text
    assert "Precautions" in text and "Stop and tell your physiotherapist if" in text
    assert "Gardez le bassin à niveau." in text  # the clinician's note for the bridge
    assert "Clinique Saint-Laurent" in text and "514 555-0142" in text
    assert "March 3, 2025" in text and "March 31, 2025" in text
    assert "2 sessions a day, every day" in text


def test_english_handout_says_when_to_stop_and_seek_care(english_pdf, library: Library):
    path, _ = english_pdf
    text = " ".join(pdf_pages(path))
    assert "When to stop and seek care" in text
    assert "Call 911 now if you have:" in text
    assert "See a doctor today if you have:" in text
    assert EMERGENCY_CARE.en in text and SAME_DAY_CARE.en.split("(")[0].strip() in text  # a line may break at 'Info-'
    safety = library.safety
    signs = safety.signs_for(("low-back", "hips-and-legs"))  # the guide's regions
    for item in safety.stop_rules + signs:
        assert item.en in text
    assert not {s.id for s in signs} & {"neck-dizziness", "sudden-headache"}
    assert safety.disclaimer.en in text
    assert text.count("not a medical device") == 1  # the disclaimer once per handout


def test_tick_sheet_is_the_last_page(english_pdf, library: Library):
    path, _ = english_pdf
    pages = pdf_pages(path)
    assert "Weekly tick sheet" in pages[-1]
    assert all("Weekly tick sheet" not in page for page in pages[:-1])
    last = pages[-1]
    assert "Week of:" in last and "Pain 0–10" in last and "Notes" in last
    assert all(day in last.split() for day in S.weekdays("en"))
    for number, exercise_id in enumerate(GUIDE, start=1):
        assert f"{number}. {library.get(exercise_id).name.en}" in last  # type: ignore[union-attr]


# -- the French A4 handout -----------------------------------------------------------------------
def test_french_a4_has_a4_pages_numbered_page_x_de_y(french_pdf):
    path, count = french_pdf
    assert page_points(path) == PAPER_POINTS["a4"]
    pages = pdf_pages(path)
    assert len(pages) == count
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} de {count}" in page


def test_french_handout_keeps_its_accents(french_pdf, library: Library):
    path, _ = french_pdf
    pages = pdf_pages(path)
    text = " ".join(pages)
    for exercise_id in GUIDE:
        assert library.get(exercise_id).name.fr in text  # type: ignore[union-attr]
    for word in ("Élise Côté-Bérubé", "Étirement du cobra", "Quand arrêter et consulter", "Position de départ",
                 "Étapes", "Précautions", "Gauche seulement", "3 mars 2025", "Prochaine réévaluation",
                 "2 séances par jour, tous les jours", "Allez-y doucement le matin; arrêtez si la douleur descend"):
        assert word in text, word
    for item in library.safety.signs_for(("low-back", "hips-and-legs")):
        assert item.fr in text
    assert "Ã" not in text and "\ufffd" not in text  # no mojibake, no missing glyphs
    assert "Feuille de suivi de la semaine" in pages[-1]
    assert all(day in pages[-1].split() for day in ("Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"))


def test_lang_overrides_the_programme_language(qapp, library: Library, paths: AppPaths):
    programme = guide_programme(library, "fr")
    assert ProgrammeDocument(programme, library, paths.assets_dir).lang == "fr"
    assert ProgrammeDocument(programme, library, paths.assets_dir, lang="en").lang == "en"
    with pytest.raises(ValueError, match="paper"):
        ProgrammeDocument(programme, library, paths.assets_dir, paper="legal")


# -- drawings stay vectors -----------------------------------------------------------------------
def test_illustrations_are_vectors_not_images(english_pdf):
    path, _ = english_pdf
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True, text=True).stdout
    assert len(listing.strip().splitlines()) == 2  # the header lines only: no image at all
    streams = content_streams(path)
    assert not any(b"/Subtype /Image" in s or b"/Subtype/Image" in s for s in streams)
    assert b"/Subtype /Image" not in path.read_bytes()
    curves = sum(len(re.findall(rb"\sc\n", s)) for s in streams)
    assert curves > 2000  # the body outlines are Bézier paths


# -- layout: blocks stay whole, nothing overflows ------------------------------------------------
@pytest.mark.parametrize(("lang", "paper"), [("en", "letter"), ("fr", "a4"), ("fr", "letter"), ("en", "a4")])
def test_no_exercise_is_split_across_pages(qapp, library: Library, paths: AppPaths, lang: str, paper: str):
    document = ProgrammeDocument(guide_programme(library, lang), library, paths.assets_dir, paper=paper)
    blocks = document.blocks()
    for number in range(1, len(GUIDE) + 1):
        extent = blocks[f"exercise-{number}"]
        assert extent.fits_one_page, f"exercise {number} is taller than a page"
        assert extent.first_page == extent.last_page, f"exercise {number} is split"
    keys = ["header"] + [f"exercise-{n}" for n in range(1, 8)] + ["safety", "ticksheet"]
    order = [blocks[k].first_page for k in keys]
    assert order == sorted(order)
    assert blocks["safety"].first_page == blocks["safety"].last_page
    assert blocks["ticksheet"].first_page == document.page_count() - 1
    assert_inside_and_apart(document)


def assert_inside_and_apart(document: ProgrammeDocument) -> None:
    """Every placed piece lies inside the content rectangle, and no two pieces on a page overlap."""
    content = document.content_rect.adjusted(-0.01, -0.01, 0.01, 0.01)
    placements = document.placements()
    for placed in placements:
        assert content.contains(placed.rect), (placed.block, placed.page, placed.rect, content)
    for page in range(document.page_count()):
        rects = [p.rect for p in placements if p.page == page]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                overlap = a.intersected(b)
                assert overlap.height() < 0.01 or overlap.width() < 0.01, (page, a, b)


def test_long_programme_lays_out_without_overflow(qapp, library: Library, paths: AppPaths, tmp_path: Path):
    programme = long_programme(library)
    document = ProgrammeDocument(programme, library, paths.assets_dir, paper="letter")
    assert_inside_and_apart(document)
    blocks = document.blocks()
    assert len([k for k in blocks if k.startswith("exercise-")]) == 10
    for key, extent in blocks.items():
        if extent.fits_one_page:
            assert extent.first_page == extent.last_page, key
    assert blocks["ticksheet"].last_page == document.page_count() - 1

    out = tmp_path / "long.pdf"
    count = write_programme_pdf(programme, library, paths.assets_dir, out)
    assert count == document.page_count()
    width, height = PAPER_POINTS["letter"]
    margin = HANDOUT_MARGIN / U - 0.5  # points, with half a point of tolerance for glyph side bearings
    for page, x0, y0, x1, y1, word in pdf_words(out):
        assert margin <= x0 and x1 <= width - margin, (page, word, x0, x1)
        assert margin <= y0 and y1 <= height - margin, (page, word, y0, y1)
    pages = pdf_pages(out)
    assert "Feuille de suivi de la semaine" in pages[-1]
    assert f"Page {count} de {count}" in pages[-1]


def test_a_very_long_tick_sheet_continues_on_a_second_page(qapp, library: Library, paths: AppPaths):
    many = tuple(ProgrammeExercise(e.id, e.dose) for e in library.exercises) * 2
    document = ProgrammeDocument(guide_programme(library, "en", exercises=many), library, paths.assets_dir)
    assert_inside_and_apart(document)
    sheets = [extent for key, extent in document.blocks().items() if key.startswith("ticksheet")]
    assert len(sheets) >= 2
    assert max(e.last_page for e in sheets) == document.page_count() - 1


def test_an_exercise_missing_from_the_library_still_prints(qapp, library: Library, paths: AppPaths, tmp_path: Path):
    programme = guide_programme(library, "en")
    programme = replace(programme, exercises=programme.exercises[:1] + (
        ProgrammeExercise("retired-exercise", programme.exercises[0].dose, "Ask me about this one."),))
    out = tmp_path / "missing.pdf"
    write_programme_pdf(programme, library, paths.assets_dir, out)
    text = " ".join(pdf_pages(out))
    assert "retired-exercise" in text and "Ask me about this one." in text


# -- the same pages on a QPrinter ----------------------------------------------------------------
def test_print_to_a_printer_with_margins_matches_the_pdf(qapp, library: Library, paths: AppPaths, tmp_path: Path,
                                                         english_pdf):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    document = ProgrammeDocument(guide_programme(library, "en"), library, paths.assets_dir)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(QPageLayout(document.page_size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(10, 12, 10, 12), QPageLayout.Unit.Millimeter))
    assert document.print_to(printer) == document.page_count()
    del printer
    printed = [w for w in pdf_words(out) if w[0] == 0]
    written = [w for w in pdf_words(english_pdf[0]) if w[0] == 0]
    assert [w[5] for w in printed] == [w[5] for w in written]
    for a, b in zip(printed, written):
        assert abs(a[1] - b[1]) < 0.5 and abs(a[2] - b[2]) < 0.5, (a, b)


# -- the strings table ---------------------------------------------------------------------------
def test_every_print_string_has_both_languages_with_the_same_fields():
    fields = re.compile(r"{(\w+)}")
    for key, (en, fr) in S.STRINGS.items():
        en_forms = en if isinstance(en, tuple) else (en,)
        fr_forms = fr if isinstance(fr, tuple) else (fr,)
        assert len(en_forms) == len(fr_forms), key
        for a, b in zip(en_forms, fr_forms):
            assert a.strip() and b.strip(), key
            assert set(fields.findall(a)) == set(fields.findall(b)), key


def test_dates_and_frequencies_read_naturally():
    assert S.format_date(dt.date(2025, 3, 1), "fr") == "1er\u00a0mars 2025"
    assert S.format_date(dt.date(2025, 12, 25), "en") == "December\u00a025, 2025"
    assert S.how_often(1, 5, "fr") == "1 séance par jour, 5 jours par semaine"
    assert S.how_often(2, 7, "en") == "2 sessions a day, every day"
    assert S.label("start_date", "fr") == "Début\u00a0:"


def test_numbers_shares_and_short_dates_follow_each_language():
    """The report's figures use the same table as the handout: one home for the print's conventions."""
    assert (S.format_number(4.5, "fr"), S.format_number(4.5, "en"), S.format_number(6.0, "fr")) == ("4,5", "4.5", "6")
    assert (S.format_signed(-1.5, "fr"), S.format_signed(2, "en"), S.format_signed(0, "en")) == ("−1,5", "+2", "±0")
    assert (S.format_percent(0.834, "fr"), S.format_percent(0.834, "en"), S.format_percent(None, "fr")) == (
        "83\u00a0%", "83%", "—")
    assert S.format_short_date(dt.date(2025, 2, 3), "fr") == "3\u00a0févr."
    assert S.format_date_range(dt.date(2025, 3, 3), dt.date(2025, 3, 9), "fr") == "3–9\u00a0mars"
    assert S.format_date_range(dt.date(2025, 3, 3), dt.date(2025, 3, 9), "en") == "Mar\u00a03–9"
    assert S.format_date_range(dt.date(2025, 3, 31), dt.date(2025, 4, 6), "en") == "Mar\u00a031 – Apr\u00a06"
    assert S.format_date_range(dt.date(2025, 3, 3), dt.date(2025, 3, 3), "fr-CA") == "3\u00a0mars"
    assert S.colon("fr-CA") == "\u00a0:" and S.colon("en") == ":"


def test_typesetting_keeps_units_and_french_colons_with_their_words():
    assert S.typeset("tenir 30 s") == "tenir 30\u00a0s"
    assert S.typeset("ostéoporose : gardez « dos plat »") == "ostéoporose\u00a0: gardez «\u00a0dos plat\u00a0»"
    assert S.typeset("Hold: 5 sets") == "Hold: 5 sets"
