"""The prescription snapshot: sessions of the day, a stable fingerprint, the clinic guide's seven."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core.library import Dose, Exercise, Library, Safety, load_library
from exercises_app.core.prescription import (
    GUIDE_SEVEN,
    PrescribedExercise,
    Prescription,
    default_prescription,
)
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
    # Written down once: a change here means every stored fingerprint would stop matching.
    assert snapshot().fingerprint() == "2c52009bed189a50dc7c458eefa3764b1a1eca685d879b716e17f2b5fcbc0748"
    assert snapshot().fingerprint() == snapshot().fingerprint()
    assert snapshot(programme_version=2).fingerprint() != snapshot().fingerprint()
    changed_dose = (snapshot().exercises[0], PrescribedExercise("glute-bridge", Text("Glute bridge", "Pont fessier"), 3, 1))
    assert snapshot(exercises=changed_dose).fingerprint() != snapshot().fingerprint()


def test_the_snapshot_survives_json_with_its_accents() -> None:
    text = snapshot().to_json()
    assert "Chat-vache" in text and "Cat–cow" in text
    assert Prescription.from_json(text) == snapshot()


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


def test_the_default_prescription_is_the_guides_seven_at_library_doses() -> None:
    doses = {exercise_id: (1, 1) for exercise_id in reversed(GUIDE_SEVEN)}
    doses.update({"cobra": (2, 3), "bird-dog": (1, 5)})
    prescription = default_prescription(library_of(doses))
    assert [e.exercise_id for e in prescription.exercises] == list(GUIDE_SEVEN)
    cobra = prescription.exercises[2]
    assert (cobra.sets, cobra.times_per_day, cobra.name.fr) == (2, 3, "cobra à la française")
    assert (prescription.programme_id, prescription.programme_version) == ("guide-seven", 1)
    assert (prescription.sessions_per_day, prescription.days_per_week) == (3, 7)


def test_the_default_prescription_has_those_of_the_seven_the_library_has() -> None:
    """A clinic's library without some of the seven: the default has the others; without any, there is none."""
    prescription = default_prescription(library_of({i: (1, 1) for i in GUIDE_SEVEN if i != "childs-pose"}))
    assert prescription is not None
    assert [e.exercise_id for e in prescription.exercises] == [i for i in GUIDE_SEVEN if i != "childs-pose"]
    assert default_prescription(library_of({"bird-dog": (1, 1), "chin-tuck": (2, 2)})) is None


def test_the_default_prescription_builds_from_the_shipped_library(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path)
    # The drawings are another part of the app: stand-ins let the library load on its own.
    for name in re.findall(r"file:\s*(\S+)", paths.bundled_library.read_text(encoding="utf-8")):
        (tmp_path / "assets" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "assets" / name).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    library = load_library(paths.bundled_library, tmp_path / "assets")
    prescription = default_prescription(library)
    assert [e.exercise_id for e in prescription.exercises] == list(GUIDE_SEVEN)
    assert prescription.sessions_per_day == max(library.get(i).dose.times_per_day for i in GUIDE_SEVEN)
