"""The library that ships with the app is complete, bilingual and safe."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core.library import Library, load_library

GUIDE_EXERCISES = {
    "cat-cow", "pelvic-tilt", "cobra", "glute-bridge", "hamstring-stretch", "childs-pose", "lumbar-extension",
}
EXTENSION_EXERCISES = {"cobra", "lumbar-extension", "cat-cow", "prone-lying", "prone-on-elbows"}
FLEXION_EXERCISES = {"knee-to-chest", "double-knee-to-chest", "seated-forward-bend"}
SECOND_WAVE = {
    "prone-lying", "prone-on-elbows", "double-knee-to-chest", "abdominal-bracing", "lying-chin-nod",
    "single-leg-bridge", "seated-forward-bend", "sit-to-stand", "hip-hinge", "standing-hip-flexor", "walking",
    "wall-slides", "shoulder-rolls", "knee-rolls", "seated-piriformis", "neck-side-bend", "upper-trapezius-stretch",
    "levator-scapulae-stretch", "clamshell", "side-plank-on-knees", "open-book", "neck-rotation",
}


@pytest.fixture(scope="module")
def library() -> Library:
    paths = AppPaths(data_dir=Path("unused"))
    return load_library(paths.bundled_library, paths.assets_dir)


def test_has_the_guides_seven_and_at_least_eleven_more(library: Library) -> None:
    ids = [e.id for e in library.exercises]
    assert set(ids) >= GUIDE_EXERCISES
    assert len(ids) >= 18
    assert len(set(ids) - GUIDE_EXERCISES) >= 11


def test_every_text_is_in_both_languages_and_differs(library: Library) -> None:
    for exercise in library.exercises:
        texts = [exercise.name, exercise.summary, exercise.start, *exercise.steps, *exercise.cues,
                 *exercise.mistakes, *exercise.precautions, *exercise.stop_if,
                 *(f.caption for f in exercise.illustration)]
        for text in texts:
            assert text.en.strip() and text.fr.strip(), exercise.id
        # a French field identical to the English one is almost always a missed translation
        same = [t.en for t in texts if t.en == t.fr and len(t.en) > 12]
        assert not same, (exercise.id, same)


def test_every_exercise_carries_precautions_and_stop_rules(library: Library) -> None:
    assert library.safety.stop_rules and library.safety.emergency and library.safety.urgent
    for exercise in library.exercises:
        assert exercise.precautions and exercise.stop_if, exercise.id
        assert len(exercise.steps) >= 3, exercise.id


def test_doses_are_plausible_for_home_exercise(library: Library) -> None:
    for exercise in library.exercises:
        dose = exercise.dose
        if dose.minutes is not None:  # an activity such as walking
            assert 5 <= dose.minutes <= 30, exercise.id
            continue
        assert dose.hold_s or dose.tempo_s, exercise.id
        minutes = dose.sets * dose.reps * (2 if dose.per_side else 1) * ((dose.hold_s or 0) + (dose.tempo_s or 0)) / 60
        assert 0.1 <= minutes <= 12, (exercise.id, minutes)  # seconds of work, without lead-ins and rests


def test_extension_exercises_warn_about_stenosis(library: Library) -> None:
    for exercise_id in EXTENSION_EXERCISES:
        exercise = library.get(exercise_id)
        assert exercise is not None and "spinal-stenosis" in exercise.caution, exercise_id


def test_one_sided_stretches_are_done_per_side(library: Library) -> None:
    hamstring = library.get("hamstring-stretch")
    assert hamstring is not None and hamstring.dose.per_side and hamstring.dose.hold_s >= 20


def test_no_cure_or_promotional_claims(library: Library) -> None:
    banned = ("cure", "guérir", "guérit", "100%", "scientifically proven", "scientifiquement prouvé", "traction",
              "laser")
    for exercise in library.exercises:
        for text in [exercise.summary, *exercise.steps, *exercise.cues]:
            for word in banned:
                assert word not in text.en.lower() and word not in text.fr.lower(), (exercise.id, word)


def test_every_exercise_says_how_to_make_it_easier_and_harder(library: Library) -> None:
    for exercise in library.exercises:
        assert exercise.progression is not None, exercise.id
        easier, harder = exercise.progression.easier, exercise.progression.harder
        assert easier.en != harder.en and easier.fr != harder.fr and easier.en != easier.fr, exercise.id


def test_stop_and_tell_is_never_about_a_cramp_or_sore_knees(library: Library) -> None:
    """A cramp or sore knees means stop and change position (adjust_if), not stop and tell."""
    for exercise in library.exercises:
        for rule in exercise.stop_if:
            assert not re.search(r"\bcramp|knees? hurts?\b|knees hurt", rule.en, re.IGNORECASE), (exercise.id, rule.en)
    assert any("cramp" in t.en for t in library.get("glute-bridge").adjust_if)  # type: ignore[union-attr]
    assert any("knees" in t.en for t in library.get("childs-pose").adjust_if)  # type: ignore[union-attr]


def test_dizziness_or_vision_change_says_when_to_call_911(library: Library) -> None:
    for exercise in library.exercises:
        for rule in exercise.stop_if:
            if exercise.region in ("neck", "upper-back") and re.search(r"dizz|vision", rule.en):
                assert "911" in rule.en and "911" in rule.fr, exercise.id
    for exercise_id in ("chin-tuck", "seated-thoracic-extension"):
        assert any("911" in rule.en for rule in library.get(exercise_id).stop_if)  # type: ignore[union-attr]


def test_the_cobra_allows_for_centralisation(library: Library) -> None:
    cobra = library.get("cobra")
    assert cobra is not None
    assert not any("as you go up" in rule.en for rule in cobra.stop_if)
    assert any("stays clearly worse" in rule.en for rule in cobra.stop_if)


def test_the_neck_has_its_own_warning_signs(library: Library) -> None:
    safety = library.safety
    neck = {s.id: s.level for s in safety.signs_for(("neck",))}
    assert {"neck-dizziness": "emergency", "sudden-headache": "emergency", "neck-trauma": "emergency",
            "myelopathy": "urgent", "neck-fever": "urgent"}.items() <= neck.items()
    assert "saddle-numbness" not in neck
    for sign_id in ("steroids-osteoporosis", "weak-immunity", "age-first-episode", "generally-unwell"):
        sign = safety.sign(sign_id)
        assert sign is not None and sign.level == "urgent" and set(sign.regions) == {
            "low-back", "upper-back", "neck", "hips-and-legs"}


def test_the_second_wave_is_in_with_frames_and_a_way_to_make_each_easier_and_harder(library: Library) -> None:
    ids = {e.id for e in library.exercises}
    assert ids >= SECOND_WAVE and len(ids) >= 40
    for exercise in library.exercises:
        assert len(exercise.illustration) >= 2 and exercise.progression is not None, exercise.id


def test_every_exercise_shows_every_frame_drawn_for_it_in_order(library: Library) -> None:
    """A frame dropped from the library or from the pose file (or one exercise without drawings) fails here."""
    from exercises_app.art.poses import PoseLibrary, default_poses_path

    poses = PoseLibrary.from_file(default_poses_path())
    assert {e.id for e in library.exercises} == set(poses.exercise_ids)
    for exercise in library.exercises:
        drawn = [f"illustrations/{exercise.id}/{name}.svg" for name in poses.exercise(exercise.id).frame_names]
        assert [frame.file for frame in exercise.illustration] == drawn, exercise.id


def test_the_last_of_the_second_wave_are_complete_in_both_languages(library: Library) -> None:
    for exercise_id in ("clamshell", "side-plank-on-knees", "open-book", "neck-rotation"):
        exercise = library.get(exercise_id)
        assert exercise is not None, exercise_id
        texts = [exercise.name, exercise.summary, exercise.start, *exercise.steps, *exercise.cues, *exercise.mistakes,
                 *exercise.precautions, *exercise.stop_if, *(f.caption for f in exercise.illustration)]
        assert exercise.progression is not None
        texts += [exercise.progression.easier, exercise.progression.harder]
        for text in texts:
            assert text.en.strip() and text.fr.strip() and text.en != text.fr, (exercise_id, text.en)
        assert len(exercise.steps) >= 3 and exercise.cues and exercise.mistakes, exercise_id
        assert len(exercise.illustration) >= 2, exercise_id
    assert {library.get(e).position for e in ("clamshell", "side-plank-on-knees", "open-book")} == {  # type: ignore[union-attr]
        "lying-on-side"}
    assert "911" in " ".join(rule.en for rule in library.get("neck-rotation").stop_if)  # type: ignore[union-attr]


def test_flexion_exercises_take_care_with_osteoporosis_or_a_recent_disc_herniation(library: Library) -> None:
    for exercise_id in FLEXION_EXERCISES - {"knee-to-chest"}:
        exercise = library.get(exercise_id)
        assert exercise is not None and {"osteoporosis", "disc-herniation"} <= set(exercise.caution), exercise_id


def test_variations_link_easier_and_harder_exercises_both_ways(library: Library) -> None:
    chain = ["prone-lying", "prone-on-elbows", "cobra"]
    for easier, harder in itertools.pairwise(chain):
        assert library.get(easier).variations.harder == harder  # type: ignore[union-attr]
        assert library.get(harder).variations.easier == easier  # type: ignore[union-attr]
    assert library.get("glute-bridge").variations.harder == "single-leg-bridge"  # type: ignore[union-attr]
    assert library.get("single-leg-bridge").variations.easier == "glute-bridge"  # type: ignore[union-attr]
    assert library.get("hip-flexor-stretch").variations.easier == "standing-hip-flexor"  # type: ignore[union-attr]
    assert library.get("standing-hip-flexor").variations.harder == "hip-flexor-stretch"  # type: ignore[union-attr]
    assert library.get("piriformis-stretch").variations.easier == "seated-piriformis"  # type: ignore[union-attr]
    assert library.get("seated-piriformis").variations.harder == "piriformis-stretch"  # type: ignore[union-attr]
    for exercise in library.exercises:  # the loader checks ids; each link is also a different exercise
        for target in (exercise.variations.easier, exercise.variations.harder):
            assert target is None or (target != exercise.id and library.get(target) is not None), exercise.id


def test_walking_is_timed_in_minutes_and_can_be_done_off_the_floor(library: Library) -> None:
    from exercises_app.core.dose_text import describe_dose

    walking = library.get("walking")
    assert walking is not None and walking.dose.minutes == 10 and walking.off_the_floor
    assert describe_dose(walking.dose, "en") == "10 minutes, once a day"
    assert describe_dose(walking.dose, "fr") == "10 minutes, une fois par jour"
    off_the_floor = {e.id for e in library.filter(off_the_floor=True)}
    assert {"sit-to-stand", "seated-forward-bend", "chin-tuck", "walking"} <= off_the_floor
    assert not off_the_floor & {"cobra", "prone-lying", "bird-dog", "hip-flexor-stretch"}
