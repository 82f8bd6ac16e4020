"""The SVG files of every exercise frame, as the generator writes them and the tests check them."""
from __future__ import annotations

from pathlib import Path

from exercises_app.art.poses import PoseLibrary, default_poses_path
from exercises_app.art.scene import keyframe_scene
from exercises_app.art.style import DEFAULT_PALETTE
from exercises_app.art.svg import scene_to_svg


def illustrations_dir() -> Path:
    """``assets/illustrations``, beside the pose file."""
    return default_poses_path().parent


def illustration_files(library: PoseLibrary) -> dict[str, str]:
    """``<exercise-id>/<frame>.svg`` -> SVG text, for every frame of every exercise."""
    files: dict[str, str] = {}
    for exercise_id in library.exercise_ids:
        exercise = library.exercise(exercise_id)
        for index, frame in enumerate(exercise.frames):
            svg = scene_to_svg(keyframe_scene(exercise, index), DEFAULT_PALETTE, title=f"{exercise_id}: {frame.name}")
            files[f"{exercise_id}/{frame.name}.svg"] = svg
    return files


def write_illustrations(library: PoseLibrary, target: Path) -> list[Path]:
    """Write every SVG under ``target``; remove stale SVGs of frames that no longer exist."""
    files = illustration_files(library)
    written = []
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    for stale in target.glob("*/*.svg"):
        if stale.relative_to(target).as_posix() not in files:
            stale.unlink()
    return written
