"""The committed SVG illustrations: up to date, well-formed, distinct, and as planned in docs."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from exercises_app.art.export import illustration_files, illustrations_dir
from exercises_app.art.poses import PoseLibrary, default_poses_path

REPO = Path(__file__).resolve().parents[2]
SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return PoseLibrary.from_file(default_poses_path())


@pytest.fixture(scope="module")
def generated(library: PoseLibrary) -> dict[str, str]:
    return illustration_files(library)


def planned_frames() -> dict[str, list[str]]:
    """Exercise id -> frame names, from the table in docs/frames.md."""
    plan = {}
    for line in (REPO / "docs" / "frames.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"[a-z][a-z-]+", cells[0]) and cells[0] != "exercise":
            plan[cells[0]] = [name.strip() for name in cells[2].replace("(in order)", "").split(",")]
    return plan


def drawing_only(svg: str) -> str:
    """The SVG without its title, so two files compare by what they draw."""
    return re.sub(r"<title>.*?</title>\n", "", svg)


def test_every_planned_exercise_has_its_frames_in_order(library: PoseLibrary) -> None:
    plan = planned_frames()
    assert len(plan) == 40
    assert set(library.exercise_ids) == set(plan)
    for exercise_id, frames in plan.items():
        assert list(library.exercise(exercise_id).frame_names) == frames, exercise_id


def test_committed_svgs_match_the_generator(generated: dict[str, str]) -> None:
    target = illustrations_dir()
    for name, text in generated.items():
        path = target / name
        assert path.exists(), f"{name} missing: run tools/make_illustrations.py"
        assert path.read_text(encoding="utf-8") == text, f"{name} is out of date: run tools/make_illustrations.py"
    committed = {path.relative_to(target).as_posix() for path in target.glob("*/*.svg")}
    assert committed == set(generated), "stale SVG files: run tools/make_illustrations.py"


def test_generator_output_is_deterministic(library: PoseLibrary, generated: dict[str, str]) -> None:
    again = illustration_files(PoseLibrary.from_file(default_poses_path()))
    assert again == generated


def test_every_svg_parses_with_a_fixed_view_box(generated: dict[str, str]) -> None:
    for name, text in generated.items():
        root = ET.fromstring(text.encode("utf-8"))
        assert root.tag == f"{SVG_NAMESPACE}svg", name
        assert root.get("viewBox") == "0 0 400 250", name
        assert len(list(root)) > 10, name


def test_frames_of_an_exercise_differ(generated: dict[str, str], library: PoseLibrary) -> None:
    for exercise_id in library.exercise_ids:
        drawings = [drawing_only(text) for name, text in generated.items() if name.startswith(f"{exercise_id}/")]
        assert len(set(drawings)) == len(drawings), exercise_id


def test_no_two_exercises_share_a_drawing(generated: dict[str, str]) -> None:
    owners: dict[str, str] = {}
    for name, text in generated.items():
        drawing = drawing_only(text)
        assert drawing not in owners, f"{name} draws the same as {owners.get(drawing)}"
        owners[drawing] = name


def test_drawings_use_the_house_palette(generated: dict[str, str]) -> None:
    colours = set()
    for text in generated.values():
        colours.update(re.findall(r'(?:fill|stroke)="(#[0-9A-F]{6})"', text))
    assert "#E07000" in colours  # the accent for arrows
    assert len(colours) <= 10
