"""The programme templates shipped in data/programmes: valid, short, coherent, and honest about cautions."""
from __future__ import annotations

import logging
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core.errors import ContentError
from exercises_app.core.library import Library, load_library
from exercises_app.core.prescription import GUIDE_PROGRAMME_ID
from exercises_app.core.programme import Programme, cautions
from exercises_app.core.programme_file import (
    default_programme,
    dump_programme,
    list_templates,
    load_programme,
    parse_programme,
    programme_from_template,
)

TEMPLATES = AppPaths(data_dir=Path("unused")).bundled_templates_dir
EXPECTED = {
    "guide-seven", "lumbar-extension-bias", "stenosis-flexion-bias", "neck-desk-posture", "sciatica-gentle",
}
EXTENSION = {"cobra", "lumbar-extension", "cat-cow"}  # cat-cow's "cow" half is extension
FLEXION = {"knee-to-chest", "childs-pose", "curl-up", "hamstring-stretch", "cat-cow"}
# The clinic guide's seven, in the guide's order (the template is the app's one definition of them).
GUIDE_SEVEN = ("cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose",
               "lumbar-extension")


@pytest.fixture(scope="module")
def library() -> Library:
    paths = AppPaths(data_dir=Path("unused"))
    return load_library(paths.bundled_library, paths.assets_dir)


@pytest.fixture(scope="module")
def templates(library: Library) -> dict[str, Programme]:
    listing = list_templates(TEMPLATES, library)
    assert listing.problems == ()
    return {path.stem: programme for path, programme in listing.templates}


def ids(programme: Programme) -> list[str]:
    return [e.exercise_id for e in programme.exercises]


def test_every_expected_template_is_there_and_loads(templates: dict[str, Programme]) -> None:
    assert set(templates) >= EXPECTED
    assert len(templates) >= 4


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_template_is_a_blank_english_starting_point(templates: dict[str, Programme], name: str) -> None:
    template = templates[name]
    assert template.programme_id == name  # the file stem
    assert template.version == 1 and template.language == "en"
    assert template.title.strip() and len(template.rationale.split()) >= 40  # a real rationale
    assert (template.patient, template.clinician, template.clinic.name) == ("", "", "")
    assert template.start_date is None and template.review_date is None
    assert 2 <= len(template.exercises) <= (7 if name == "guide-seven" else 6)
    assert template.sessions_per_day == max(e.dose.times_per_day for e in template.exercises)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_template_makes_no_cure_claims(templates: dict[str, Programme], name: str) -> None:
    template = templates[name]
    words = " ".join([template.rationale, template.advice, *(e.note for e in template.exercises)]).lower()
    for claim in ("cure", "100%", "guarantee", "proven", "heal", "safe", "fix"):
        assert not re.search(rf"\b{re.escape(claim)}", words), (name, claim)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_template_speaks_both_languages(templates: dict[str, Programme], name: str) -> None:
    """Title, advice and exercise notes in English and French; a programme made from it takes one."""
    template = templates[name]
    assert template.languages == ("en", "fr")
    en, fr = template.wording("en"), template.wording("fr")
    assert en is not None and fr is not None
    assert en.title != fr.title and en.advice != fr.advice and en.rationale != fr.rationale
    assert [bool(n) for _, n in en.notes] == [bool(n) for _, n in fr.notes]
    assert all(a != b for (_, a), (_, b) in zip(en.notes, fr.notes) if a)
    french = programme_from_template(template, language="fr")
    assert (french.language, french.title, french.advice) == ("fr", fr.title, fr.advice)
    assert [e.note for e in french.exercises] == [n for _, n in fr.notes] and french.wordings == ()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_template_mentions_when_to_stop_or_review(templates: dict[str, Programme], name: str) -> None:
    notes = templates[name].rationale.lower()
    assert "caution" in notes
    if name != "guide-seven":
        assert "stop" in notes and "physiotherapist" in notes


def test_guide_seven_is_the_clinic_guide_at_library_doses(templates: dict[str, Programme], library: Library) -> None:
    guide = templates["guide-seven"]
    assert tuple(ids(guide)) == GUIDE_SEVEN
    assert all(e.dose == library.get(e.exercise_id).dose for e in guide.exercises)
    assert guide.conditions == () and cautions(guide, library) == []
    assert guide.days_per_week == 7


def test_extension_bias_fits_a_disc_problem_with_no_caution_clash(templates: dict[str, Programme],
                                                                  library: Library) -> None:
    template = templates["lumbar-extension-bias"]
    assert {"disc-herniation", "sciatica"} <= set(template.conditions)
    assert {"cobra", "lumbar-extension"} <= set(ids(template))
    assert not FLEXION & set(ids(template))
    assert cautions(template, library) == []
    notes = template.rationale.lower()
    assert "centralisation" in notes and "peripheralisation" in notes


def test_stenosis_template_bends_forward_and_avoids_extension(templates: dict[str, Programme],
                                                              library: Library) -> None:
    template = templates["stenosis-flexion-bias"]
    assert "spinal-stenosis" in template.conditions
    assert not EXTENSION & set(ids(template))
    assert all("spinal-stenosis" not in library.get(i).caution for i in ids(template))
    assert {"knee-to-chest", "pelvic-tilt", "childs-pose"} <= set(ids(template))
    assert cautions(template, library) == []


def test_neck_template_is_for_the_neck_and_upper_back(templates: dict[str, Programme], library: Library) -> None:
    template = templates["neck-desk-posture"]
    assert set(ids(template)) == {"chin-tuck", "scapular-squeeze", "doorway-pec-stretch", "seated-thoracic-extension"}
    assert {library.get(i).region for i in ids(template)} <= {"neck", "upper-back"}
    assert cautions(template, library) == []


def test_sciatica_template_flags_the_nerve_glide_and_says_why(templates: dict[str, Programme],
                                                              library: Library) -> None:
    template = templates["sciatica-gentle"]
    found = [(c.exercise.id, c.condition) for c in cautions(template, library)]
    assert found == [("sciatic-nerve-glide", "sciatica")]
    assert "flags the nerve glide for sciatica" in " ".join(template.rationale.split())
    glide = template.entry("sciatic-nerve-glide")
    assert glide is not None and glide.dose.reps < library.get("sciatic-nerve-glide").dose.reps  # a low start


@pytest.mark.parametrize(
    ("name", "condition", "flagged", "mentioned"),
    [
        ("lumbar-extension-bias", "spinal-stenosis", {"cobra", "lumbar-extension"}, "spinal stenosis"),
        ("lumbar-extension-bias", "facet-pain", {"cobra", "lumbar-extension"}, "facet joint pain"),
        ("stenosis-flexion-bias", "osteoporosis", {"knee-to-chest", "childs-pose"}, "osteoporosis"),
        ("stenosis-flexion-bias", "disc-herniation", {"knee-to-chest", "childs-pose"}, "disc herniation"),
        ("neck-desk-posture", "shoulder-problems",
         {"scapular-squeeze", "doorway-pec-stretch", "seated-thoracic-extension"}, "shoulder problems"),
        ("sciatica-gentle", "disc-herniation", {"knee-to-chest", "sciatic-nerve-glide"}, "disc herniation"),
    ],
)
def test_the_rationale_names_the_cautions_a_condition_would_raise(
    templates: dict[str, Programme], library: Library, name: str, condition: str, flagged: set[str], mentioned: str
) -> None:
    template = templates[name]
    with_condition = replace(template, conditions=(*template.conditions, condition))
    assert {c.exercise.id for c in cautions(with_condition, library) if c.condition == condition} == flagged
    assert mentioned in " ".join(template.rationale.lower().split())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_template_round_trips_through_the_writer(templates: dict[str, Programme], library: Library,
                                                      name: str) -> None:
    assert parse_programme(dump_programme(templates[name]), library) == templates[name]


# -- the first-run programme ------------------------------------------------------------------
def test_default_programme_is_the_guides_seven_at_the_librarys_doses(library: Library) -> None:
    programme = default_programme(library, TEMPLATES)
    assert programme.programme_id == GUIDE_PROGRAMME_ID and programme.version == 1
    prescription = programme.to_prescription(library)
    assert tuple(e.exercise_id for e in prescription.exercises) == GUIDE_SEVEN
    for prescribed in prescription.exercises:
        exercise = library.get(prescribed.exercise_id)
        assert exercise is not None and prescribed.dose is not None
        assert (prescribed.dose.sets, prescribed.dose.reps, prescribed.dose.hold_s) == (
            exercise.dose.sets, exercise.dose.reps, exercise.dose.hold_s)


def test_without_its_template_there_is_no_default_and_the_error_names_the_file(tmp_path: Path,
                                                                               library: Library) -> None:
    """The template is the guide's one definition: a missing or damaged one is an error the window shows."""
    with pytest.raises(ContentError) as missing:
        default_programme(library, tmp_path)
    assert missing.value.problems[0].file == str(tmp_path / "guide-seven.yaml")
    text = (TEMPLATES / "guide-seven.yaml").read_text(encoding="utf-8")
    (tmp_path / "guide-seven.yaml").write_text(text.replace("sets:", "sets: [", 1), encoding="utf-8")
    with pytest.raises(ContentError) as damaged:
        default_programme(library, tmp_path)
    problem = damaged.value.problems[0]
    assert problem.file == str(tmp_path / "guide-seven.yaml") and problem.line > 1


def test_a_guide_template_with_another_id_still_gives_guide_seven(tmp_path: Path, library: Library) -> None:
    text = (TEMPLATES / "guide-seven.yaml").read_text(encoding="utf-8")
    (tmp_path / "guide-seven.yaml").write_text(text.replace("  id: guide-seven\n", "  id: renamed\n"), encoding="utf-8")
    assert default_programme(library, tmp_path).programme_id == GUIDE_PROGRAMME_ID


# -- listing --------------------------------------------------------------------------------------
def test_a_broken_template_is_skipped_and_reported(tmp_path: Path, library: Library,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(TEMPLATES, folder)
    original = (folder / "neck-desk-posture.yaml").read_text(encoding="utf-8")
    broken = original.replace("- id: chin-tuck", "- id: chin-tuk")
    (folder / "neck-desk-posture.yaml").write_text(broken, encoding="utf-8")
    (folder / "notes.txt").write_text("not a template", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        listing = list_templates(folder, library)
    assert [path.name for path, _ in listing.templates] == sorted(
        p.name for p in folder.glob("*.yaml") if p.name != "neck-desk-posture.yaml"
    )
    assert len(listing.problems) == 1
    problem = listing.problems[0]
    assert problem.file == str(folder / "neck-desk-posture.yaml")
    assert problem.line == broken.splitlines().index("  - id: chin-tuk") + 1
    assert "did you mean 'chin-tuck'?" in problem.message
    assert "neck-desk-posture.yaml" in caplog.text


def test_a_missing_templates_folder_lists_nothing(tmp_path: Path, library: Library) -> None:
    listing = list_templates(tmp_path / "nowhere", library)
    assert listing.templates == () and listing.problems == ()


# -- from template to sessions ----------------------------------------------------------------------
def test_two_sessions_a_day_with_exercises_done_once_a_day(templates: dict[str, Programme], library: Library) -> None:
    programme = programme_from_template(templates["stenosis-flexion-bias"], patient="Jean Roy")
    assert programme.sessions_per_day == 2
    once = {e.exercise_id for e in programme.exercises if e.dose.times_per_day == 1}
    assert once == {"dead-bug", "glute-bridge"}

    first = [item.exercise_id for item in programme.session_items(1, library)]
    second = [item.exercise_id for item in programme.session_items(2, library)]
    assert first == ids(programme)
    assert second == [i for i in ids(programme) if i not in once]
    assert programme.session_items(3, library) == [] and programme.session_items(0, library) == []

    prescription = programme.to_prescription(library)
    assert prescription.programme_id == programme.programme_id and prescription.programme_version == 1
    assert prescription.sessions_per_day == 2 and prescription.days_per_week == 7
    assert [e.exercise_id for e in prescription.exercises_for_session(1)] == first
    assert [e.exercise_id for e in prescription.exercises_for_session(2)] == second
    assert {e.exercise_id: e.times_per_day for e in prescription.exercises}["dead-bug"] == 1


def test_a_one_side_entry_runs_once_on_that_side(templates: dict[str, Programme], library: Library,
                                                 tmp_path: Path) -> None:
    template = templates["stenosis-flexion-bias"]
    entries = tuple(replace(e, side="left") if e.exercise_id == "knee-to-chest" else e for e in template.exercises)
    programme = programme_from_template(replace(template, exercises=entries))
    path = tmp_path / "left.yaml"
    path.write_text(dump_programme(programme), encoding="utf-8")
    loaded = load_programme(path, library)
    item = next(i for i in loaded.session_items(1, library) if i.exercise_id == "knee-to-chest")
    assert loaded.entry("knee-to-chest").side == "left"
    assert item.dose.per_side is False and item.dose.reps == 3
