"""The prescription snapshot: sessions of the day, the whole dose, a stable fingerprint, the guide's seven."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core.library import Dose, Exercise, Library, Safety, load_library
from exercises_app.core.prescription import (
    PrescribedExercise,
    Prescription,
    session_items,
)
from exercises_app.core.programme_file import default_programme
from exercises_app.core.text import Text


def snapshot(**changes: object) -> Prescription:
    fields: dict[str, object] = dict(
        programme_id="guide-seven", programme_version=1, title="Test", sessions_per_day=2, days_per_week=7,
        exercises=(PrescribedExercise("cat-cow", Text("Cat–cow", "Chat-vache"), 1, 2),
                   PrescribedExercise("glute-bridge", Text("Glute bridge", "Pont fessier"), 2, 1)),
    )
    fields.update(changes)
    return Prescription(**fields)  # type: ignore[arg-type]


def test_an_exercise_is_in_slots_one_to_its_times_per_day_capped_by_sessions_per_day() -> None:
    thrice = PrescribedExercise("lumbar-extension", Text("Lumbar extension", "Extension lombaire"), 1, 3)
    prescription = snapshot(exercises=(*snapshot().exercises, thrice))
    ids = {slot: [e.exercise_id for e in prescription.exercises_for_session(slot)] for slot in range(4)}
    assert ids == {0: [], 1: ["cat-cow", "glute-bridge", "lumbar-extension"],
                   2: ["cat-cow", "lumbar-extension"], 3: []}


def test_the_fingerprint_is_stable_and_tells_content_apart() -> None:
    # Written down once for snapshot format 2: a change here means every stored fingerprint would stop
    # matching.
    assert snapshot().fingerprint() == "a3eea46f197ea33f5422f867d7bc0906885e6a1455b1c2d3b64c9cfcd1e2a534"
    assert snapshot().fingerprint() == snapshot().fingerprint()
    assert snapshot(programme_version=2).fingerprint() != snapshot().fingerprint()
    changed_dose = (snapshot().exercises[0],
                    PrescribedExercise("glute-bridge", Text("Glute bridge", "Pont fessier"), 3, 1))
    assert snapshot(exercises=changed_dose).fingerprint() != snapshot().fingerprint()
    assert snapshot(notes="Stop if it tingles").fingerprint() != snapshot().fingerprint()
    both_sides = (PrescribedExercise.of("cat-cow", Text("Cat–cow", "Chat-vache"), DOSE),)
    left_side = (PrescribedExercise.of("cat-cow", Text("Cat–cow", "Chat-vache"), DOSE, side="left"),)
    assert snapshot(exercises=both_sides).fingerprint() != snapshot(exercises=left_side).fingerprint()


PIRIFORMIS = Text("Piriformis stretch", "Étirement du piriforme")
DOSE = Dose(sets=2, reps=10, hold_s=5, tempo_s=3, rest_s=30, per_side=True, times_per_day=2)


def test_the_snapshot_survives_json_with_its_accents_dose_side_and_notes() -> None:
    text = snapshot().to_json()
    assert "Chat-vache" in text and "Cat–cow" in text
    assert Prescription.from_json(text) == snapshot()
    whole = snapshot(notes="Arrêtez si ça picote", exercises=(
        PrescribedExercise.of("piriformis-stretch", PIRIFORMIS, DOSE, side="right",
                              note="Côté droit seulement"),))
    assert Prescription.from_json(whole.to_json()) == whole


def test_a_snapshot_of_format_one_is_read_without_a_dose() -> None:
    text = ('{"days_per_week":7,"exercises":[{"exercise_id":"cat-cow",'
            '"name":{"en":"Cat–cow","fr":"Chat-vache"},'
            '"sets":1,"times_per_day":2}],"programme_id":"guide-seven","programme_version":1,'
            '"sessions_per_day":2,"title":"Test"}')
    read = Prescription.from_json(text)
    assert read.notes == "" and read.exercises[0].dose is None and read.exercises[0].side == "both"
    assert (read.exercises[0].sets, read.exercises[0].times_per_day) == (1, 2)
    with pytest.raises(ValueError, match="cannot be read"):
        Prescription.from_json('{"programme_id": "x"}')


def test_a_dose_for_one_side_is_done_once_in_a_session() -> None:
    left = PrescribedExercise.of("piriformis-stretch", PIRIFORMIS, DOSE, side="left")
    assert left.session_dose is not None and not left.session_dose.per_side
    both = PrescribedExercise.of("piriformis-stretch", PIRIFORMIS, DOSE)
    assert both.session_dose == DOSE
    with pytest.raises(ValueError, match="disagree"):
        PrescribedExercise("cat-cow", Text("Cat–cow", "Chat-vache"), 3, 2, DOSE)
    with pytest.raises(ValueError, match="side"):
        PrescribedExercise.of("cat-cow", Text("Cat–cow", "Chat-vache"), DOSE, side="middle")  # type: ignore[arg-type]


@pytest.mark.parametrize("changes", [
    {"sessions_per_day": 0}, {"days_per_week": 0}, {"days_per_week": 8}, {"programme_id": ""},
    {"exercises": (PrescribedExercise("a", Text("A", "A"), 1, 1), PrescribedExercise("a", Text("A", "A"), 1, 1))},
])
def test_an_impossible_prescription_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        snapshot(**changes)


def library_of(doses: dict[str, tuple[int, int]]) -> Library:
    """A library with one exercise per id, at (sets, times_per_day)."""
    def exercise(exercise_id: str, sets: int, times: int) -> Exercise:
        text = Text(exercise_id, f"{exercise_id} (fr)")
        return Exercise(exercise_id, Text(exercise_id.title(), f"{exercise_id} à la française"), text, "low-back",
                        "lying-on-back", (), (), (), text, (text,), (), (), (), (),
                        Dose(sets, 10, 5, None, 30, False, times), (), 1)
    return Library(Path("test.yaml"), Safety((), (), (), Text("", "")),
                   tuple(exercise(i, s, t) for i, (s, t) in doses.items()))


TEMPLATES = AppPaths(data_dir=Path("unused")).bundled_templates_dir
GUIDE_SEVEN = ("cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose",
               "lumbar-extension")


def guide_prescription(library: Library) -> Prescription | None:
    programme = default_programme(library, TEMPLATES)
    return programme.to_prescription(library) if programme is not None else None


def test_the_default_prescription_is_the_guides_seven_named_from_the_library() -> None:
    doses = dict.fromkeys(reversed(GUIDE_SEVEN), (1, 1))
    doses.update({"bird-dog": (1, 5)})
    prescription = guide_prescription(library_of(doses))
    assert [e.exercise_id for e in prescription.exercises] == list(GUIDE_SEVEN)
    assert prescription.exercises[2].name.fr == "cobra à la française"
    assert (prescription.programme_id, prescription.programme_version) == ("guide-seven", 1)
    assert prescription.days_per_week == 7


def test_the_default_prescription_has_those_of_the_seven_the_library_has() -> None:
    """A clinic's library without some of the seven: the default has the others; without any, there is none."""
    prescription = guide_prescription(library_of({i: (1, 1) for i in GUIDE_SEVEN if i != "childs-pose"}))
    assert prescription is not None
    assert [e.exercise_id for e in prescription.exercises] == [i for i in GUIDE_SEVEN if i != "childs-pose"]
    assert default_programme(library_of({"bird-dog": (1, 1), "chin-tuck": (2, 2)}), TEMPLATES) is None


def test_the_default_prescription_builds_from_the_shipped_library(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path)
    # The drawings are another part of the app: stand-ins let the library load on its own.
    for name in re.findall(r"file:\s*(\S+)", paths.bundled_library.read_text(encoding="utf-8")):
        (tmp_path / "assets" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "assets" / name).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    library = load_library(paths.bundled_library, tmp_path / "assets")
    prescription = guide_prescription(library)
    assert [e.exercise_id for e in prescription.exercises] == list(GUIDE_SEVEN)
    assert prescription.sessions_per_day == max(library.get(i).dose.times_per_day for i in GUIDE_SEVEN)


def test_session_items_run_the_prescribed_dose_and_leave_out_exercises_the_library_lacks() -> None:
    library = library_of({"cat-cow": (1, 2), "cobra": (3, 1)})
    prescription = snapshot(exercises=(
        PrescribedExercise.of("cat-cow", Text("Cat–cow", "Chat-vache"), DOSE, side="left"),
        PrescribedExercise("cobra", Text("Cobra", "Cobra"), 2, 1),  # format 1: the library's dose, these sets
        PrescribedExercise("gone", Text("Gone", "Disparu"), 1, 2),
    ))
    first = session_items(prescription.exercises_for_session(1), library)
    assert [i.exercise_id for i in first] == ["cat-cow", "cobra"]
    assert (first[0].dose.reps, first[0].dose.per_side) == (10, False)
    assert (first[1].dose.sets, first[1].dose.reps) == (2, 10)
    assert [i.exercise_id for i in session_items(prescription.exercises_for_session(2), library)] == ["cat-cow"]
