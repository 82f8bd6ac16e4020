"""Own exercises: the user's library, pose and picture frames, and the programme file that carries them."""
from __future__ import annotations

import base64
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core import limits
from exercises_app.core.errors import ContentError
from exercises_app.core.library import Library, load_library
from exercises_app.core.own_exercises import (
    OwnLibrary,
    library_with,
    load_own_library,
    merged_library,
    open_own_library,
    save_own_library,
    with_own_definitions,
)
from exercises_app.core.programme import Programme, ProgrammeExercise
from exercises_app.core.programme_file import dump_programme, load_programme, parse_programme, save_programme
from tests.own_samples import OWN_FILE, PNG

PATHS = AppPaths(Path("/nonexistent"))
@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(PATHS.bundled_library, PATHS.assets_dir)


def same(exercises: tuple) -> tuple:
    """The exercises without their line numbers (a saved file is laid out anew)."""
    return tuple(replace(e, line=0) for e in exercises)


def write(tmp_path: Path, text: str, name: str = "my-exercises.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str, library: Library | None = None) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_own_library(write(tmp_path, text), PATHS.assets_dir, library)
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_an_own_exercise_reads_with_one_language_and_pose_frames(tmp_path: Path, library: Library) -> None:
    own = load_own_library(write(tmp_path, OWN_FILE), PATHS.assets_dir, library)
    (exercise,) = own.exercises
    assert exercise.own and exercise.name.en == exercise.name.fr == "Wall push"
    assert exercise.summary.fr == "Poussée douce contre un mur."
    first, second = exercise.illustration
    assert first.pose is not None and first.pose.joint("near_shoulder") == 80 and first.pose.joint("lumbar") == 0
    assert second.pose is not None and second.pose.trunk == 80
    assert first.pose.props[0].kind == "wall"


@pytest.mark.parametrize(("old", "new", "anchor", "message"), [
    ("near_elbow: 10}", "near_elbow: 170}", "near_elbow: 170", "near_elbow of 170 is outside the limits (-2 to 150)"),
    ("near_elbow: 10}", "near_elbo: 10}", "near_elbo: 10", "unknown joint 'near_elbo'; did you mean 'near_elbow'?"),
    ("trunk: 90", "trunk: level", "trunk: level", "trunk must be a number"),
    ("root: [0, 95]", "root: [0]", "root: [0]", "root must be the hip joint's place"),
    ("props: {wall: {x: 60}}\n      - caption", "props: {wall: {x: 60}, sofa: {}}\n      - caption", "sofa",
     "unknown key 'sofa' in props"),
    ("      - caption: {en: Push}\n        pose:", "      - caption: {en: Push}\n        pos:", "pos:",
     "unknown key 'pos'"),
    ("id: my-wall-push", "id: cobra", "id: cobra", "exercise id 'cobra' is already an exercise of the app's library"),
    ("trunk: 90", "trunk: 90\n          turns: {head: 95}", "turns:", "head of 95 is outside the limits (-80 to 80)"),
    ("trunk: 90", "trunk: 90\n          view: {yaw: 20, body_roll: 120}", "view:",
     "body_roll of 120 is outside the limits (-90 to 90)"),
])
def test_each_mistake_of_a_pose_is_reported_on_its_line(tmp_path: Path, library: Library, old: str, new: str,
                                                        anchor: str, message: str) -> None:
    assert old in OWN_FILE
    text = OWN_FILE.replace(old, new, 1)
    found = problems(tmp_path, text, library)
    expected = f"{tmp_path / 'my-exercises.yaml'}:{line_of(text, anchor)}: {message}"
    assert any(p.startswith(expected) for p in found), found


def test_the_poses_of_an_exercise_share_one_camera(tmp_path: Path) -> None:
    text = OWN_FILE.replace("trunk: 80", "trunk: 80\n          view: {yaw: 30, elevation: 10}")
    (found,) = problems(tmp_path, text)
    assert f":{line_of(text, 'view: {yaw')}: frame 2 of exercise 'my-wall-push' is seen from another view" in found


def test_a_picture_frame_is_embedded_or_a_file_of_the_pictures_folder(tmp_path: Path) -> None:
    embedded = OWN_FILE.replace("        pose:\n          root: [0, 95]\n          trunk: 80",
                                f"        image: {{png: {base64.b64encode(PNG).decode()}}}\n        x_pose:\n"
                                "          root: [0, 95]\n          trunk: 80", 1)
    embedded = embedded[: embedded.index("        x_pose:")]
    own = load_own_library(write(tmp_path, embedded), PATHS.assets_dir)
    assert own.exercises[0].illustration[1].image is not None
    assert own.exercises[0].illustration[1].image.data == PNG
    # saved: the picture goes to the pictures folder and the file names it
    save_own_library(own, PATHS.assets_dir)
    saved = (tmp_path / "my-exercises.yaml").read_text(encoding="utf-8")
    assert "image: {file: " in saved or "file: " in saved
    assert same(load_own_library(tmp_path / "my-exercises.yaml", PATHS.assets_dir).exercises) == same(own.exercises)
    # a picture that is not what it says, or too large, is refused on its line
    fake = embedded.replace(base64.b64encode(PNG).decode(), base64.b64encode(b"GIF89a....").decode())
    assert any("is not a PNG picture" in p for p in problems(tmp_path, fake))
    large = embedded.replace(base64.b64encode(PNG).decode(),
                             base64.b64encode(PNG + bytes(limits.MAX_PICTURE_BYTES)).decode())
    assert any("too large" in p for p in problems(tmp_path, large))


def test_a_damaged_file_of_own_exercises_is_moved_aside(tmp_path: Path, library: Library) -> None:
    path = write(tmp_path, OWN_FILE.replace("trunk: 90", "trunk: [90"))
    now = dt.datetime(2026, 11, 30, 9, 15)
    load = open_own_library(path, PATHS.assets_dir, library, now)
    assert load.library.exercises == () and load.problems
    assert load.moved_to == tmp_path / "my-exercises.yaml.damaged-20261130-091500"
    assert load.moved_to.exists() and not path.exists()
    assert open_own_library(path, PATHS.assets_dir, library, now).problems == ()  # none: a fresh start


def test_the_user_library_round_trips(tmp_path: Path, library: Library) -> None:
    own = load_own_library(write(tmp_path, OWN_FILE), PATHS.assets_dir, library)
    save_own_library(replace(own, source=tmp_path / "again.yaml"), PATHS.assets_dir)
    again = load_own_library(tmp_path / "again.yaml", PATHS.assets_dir, library)
    assert same(again.exercises) == same(own.exercises)
    merged = merged_library(library, own.exercises)
    assert merged.get("my-wall-push") == own.exercises[0] and merged.get("cobra") == library.get("cobra")


def _programme(own: OwnLibrary, library: Library) -> Programme:
    exercise = own.exercises[0]
    programme = Programme(programme_id="p1", version=1, title="Shoulders", language="en", sessions_per_day=2,
                          exercises=(ProgrammeExercise("cobra", library.get("cobra").dose),  # type: ignore[union-attr]
                                     ProgrammeExercise(exercise.id, exercise.dose)))
    return with_own_definitions(programme, merged_library(library, own.exercises))


def test_a_programme_carries_its_own_exercises_to_a_fresh_data_folder(tmp_path: Path, library: Library) -> None:
    own = load_own_library(write(tmp_path, OWN_FILE), PATHS.assets_dir, library)
    programme = _programme(own, library)
    assert [e.id for e in programme.own_exercises] == ["my-wall-push"]
    path = tmp_path / "patient.yaml"
    save_programme(programme, path)
    text = path.read_text(encoding="utf-8")
    assert "\nversion: 3\n" in text and "\nlibrary:\n  exercises:\n    - id: my-wall-push\n" in text
    reread = load_programme(path, library)  # the app's library alone: no user library
    assert same(reread.own_exercises) == same(programme.own_exercises)
    assert library_with(reread, library).get("my-wall-push") == reread.own_exercises[0]
    # without own exercises, the file stays version 2 (older apps open it)
    plain = replace(programme, exercises=programme.exercises[:1], own_exercises=())
    assert "\nversion: 2\n" in dump_programme(plain)


def test_a_programme_own_exercise_that_clashes_is_reported_on_its_line(tmp_path: Path, library: Library) -> None:
    own = load_own_library(write(tmp_path, OWN_FILE), PATHS.assets_dir, library)
    text = dump_programme(_programme(own, library)).replace("my-wall-push", "cobra")
    path = write(tmp_path, text, "clash.yaml")
    with pytest.raises(ContentError) as caught:
        load_programme(path, library)
    line = line_of(text, "    - id: cobra\n      name")
    assert any(str(p).startswith(f"{path}:{line}: exercise id 'cobra' is already an exercise of the app's library")
               for p in caught.value.problems), caught.value


def test_a_prescribed_own_exercise_missing_from_the_block_is_unknown(tmp_path: Path, library: Library) -> None:
    own = load_own_library(write(tmp_path, OWN_FILE), PATHS.assets_dir, library)
    programme = replace(_programme(own, library), own_exercises=())
    text = dump_programme(programme)
    with pytest.raises(ContentError, match="unknown exercise 'my-wall-push'"):
        parse_programme(text, library, "p.yaml")


def test_the_documented_example_of_own_exercises_is_a_valid_programme(tmp_path: Path, library: Library) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "programme-format.md").read_text(encoding="utf-8")
    example = next(block.split("```", 1)[0] for block in doc.split("```yaml\n")[1:] if "\nlibrary:\n" in block)
    programme = load_programme(write(tmp_path, example, "example.yaml"), library)
    (own,) = programme.own_exercises
    assert own.id == "my-wall-push" and own.illustration[0].pose is not None and own.illustration[1].image
    text = dump_programme(programme)
    assert text.splitlines()[:4] == example.splitlines()[:4]  # the same header, and version 3


def test_the_programme_cache_holds_own_exercises_with_their_drawings(tmp_path: Path, library: Library) -> None:
    from exercises_app.core import programme_cache

    text = OWN_FILE.replace("        pose:\n          root: [0, 95]\n          trunk: 80",
                            f"        image: {{png: {base64.b64encode(PNG).decode()}}}\n        x_pose:\n"
                            "          root: [0, 95]\n          trunk: 80", 1)
    text = text[: text.index("        x_pose:")]
    own = load_own_library(write(tmp_path, text), PATHS.assets_dir, library)
    path = tmp_path / "programme.yaml"
    save_programme(_programme(own, library), path)
    cache_dir = tmp_path / "cache"
    first = programme_cache.load_programme_cached(path, library, cache_dir)  # parsed, then cached
    assert list(cache_dir.iterdir())
    again = programme_cache.read_cache(programme_cache.cache_file_for(path, cache_dir),
                                       programme_cache.source_key(path), library)
    assert again == first and again.own_exercises[0].illustration[1].image.data == PNG  # type: ignore[union-attr]


def test_the_user_library_is_read_from_the_cache_while_nothing_changes(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exercises_app.core import own_exercises

    path = write(tmp_path, OWN_FILE)
    cache_dir = tmp_path / "cache"
    now = dt.datetime(2026, 11, 30, 9, 0)
    first = open_own_library(path, PATHS.assets_dir, library, now, cache_dir=cache_dir)
    assert [e.id for e in first.library.exercises] == ["my-wall-push"] and list(cache_dir.iterdir())

    def no_parsing(*_args: object) -> None:
        raise AssertionError("parsed again")

    with monkeypatch.context() as patched:
        patched.setattr(own_exercises, "load_own_library", no_parsing)
        cached = open_own_library(path, PATHS.assets_dir, library, now, cache_dir=cache_dir)
    assert cached.library.exercises == first.library.exercises
    # the app's library takes the id: the cache is not used, and the clash is reported
    clashing = replace(library, exercises=(*library.exercises, replace(first.library.exercises[0], own=False)))
    moved = open_own_library(path, PATHS.assets_dir, clashing, now, cache_dir=cache_dir)
    assert moved.problems and "already an exercise of the app's library" in moved.problems[0].message


def test_variations_name_the_library_in_the_users_file_and_only_what_a_programme_carries(
    tmp_path: Path, library: Library
) -> None:
    text = OWN_FILE.replace("    dose: {sets: 1, reps: 8",
                            "    variations: {easier: chin-tuck}\n    dose: {sets: 1, reps: 8")
    own = load_own_library(write(tmp_path, text), PATHS.assets_dir, library)
    assert own.exercises[0].variations.easier == "chin-tuck"
    programme = _programme(own, library)
    assert programme.own_exercises[0].variations.easier is None  # another computer's library may lack it
    assert load_programme(write(tmp_path, dump_programme(programme), "p.yaml"), library).own_exercises
    assert any("unknown exercise id 'chin-tck'" in p
               for p in problems(tmp_path, text.replace("easier: chin-tuck", "easier: chin-tck"), library))
