"""Animation timing and interpolation, as pure functions of time."""
from __future__ import annotations

import pytest

from exercises_app.art.motion import MOVE_S, PAUSE_S, ease_in_out, motion_point_at, pose_at, pose_at_phase
from exercises_app.art.poses import PoseLibrary, default_poses_path
from exercises_app.art.primitives import Arrow, Path, Role
from exercises_app.art.scene import keyframe_scene, scene_at_phase, scene_at_time
from exercises_app.art.style import DEFAULT_PALETTE, palette_for
from exercises_app.art.svg import number, scene_to_svg

CAT_COW_CYCLE = (0, 1, 0, 2)  # neutral, cat, neutral, cow


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return PoseLibrary.from_file(default_poses_path())


def test_ease_starts_and_ends_at_rest() -> None:
    assert ease_in_out(0.0) == 0.0
    assert ease_in_out(1.0) == pytest.approx(1.0)
    assert ease_in_out(0.5) == pytest.approx(0.5)
    assert ease_in_out(0.01) < 0.01  # slow start


def test_moving_exercise_visits_cat_then_cow_over_one_tempo() -> None:
    tempo = 4.0
    assert motion_point_at(CAT_COW_CYCLE, 0.0, tempo, None) == motion_point_at(CAT_COW_CYCLE, tempo, tempo, None)
    at_cat = motion_point_at(CAT_COW_CYCLE, tempo * 0.25, tempo, None)
    assert at_cat.from_frame == 1 and at_cat.fraction == pytest.approx(0.0)
    quarter = motion_point_at(CAT_COW_CYCLE, tempo * 0.25 - 1e-6, tempo, None)
    assert quarter.to_frame == 1 and quarter.fraction == pytest.approx(1.0, abs=1e-4)
    three_quarters = motion_point_at(CAT_COW_CYCLE, tempo * 0.75 - 1e-6, tempo, None)
    assert three_quarters.to_frame == 2 and three_quarters.fraction == pytest.approx(1.0, abs=1e-4)


def test_hold_exercise_moves_holds_returns_and_pauses() -> None:
    cycle, hold = (0, 1), 5.0
    assert motion_point_at(cycle, 0.0, None, hold).fraction == 0.0
    halfway = motion_point_at(cycle, MOVE_S / 2, None, hold)
    assert (halfway.from_frame, halfway.to_frame) == (0, 1) and halfway.fraction == pytest.approx(0.5)
    during_hold = [motion_point_at(cycle, MOVE_S + t, None, hold) for t in (0.1, 2.5, 4.9)]
    assert all(point.holding and point.to_frame == 1 and point.fraction == 1.0 for point in during_hold)
    assert len(set(during_hold)) == 1
    returning = motion_point_at(cycle, MOVE_S + hold + MOVE_S / 2, None, hold)
    assert (returning.from_frame, returning.to_frame) == (1, 0)
    pausing = motion_point_at(cycle, 2 * MOVE_S + hold + PAUSE_S / 2, None, hold)
    assert pausing.holding and pausing.fraction == 0.0
    period = 2 * MOVE_S + hold + PAUSE_S
    later, first = motion_point_at(cycle, period + 0.3, None, hold), motion_point_at(cycle, 0.3, None, hold)
    assert (later.from_frame, later.to_frame) == (first.from_frame, first.to_frame)
    assert later.fraction == pytest.approx(first.fraction)


def test_pose_at_phase_hits_keyframes_and_interpolates(library: PoseLibrary) -> None:
    exercise = library.exercise("glute-bridge")
    assert pose_at_phase("glute-bridge", 0.0, library) == exercise.frames[0].pose
    assert pose_at_phase("glute-bridge", 1.0, library) == exercise.frames[1].pose
    middle = pose_at_phase("glute-bridge", 0.5, library)
    low, high = exercise.frames[0].pose.angle("thoracic"), exercise.frames[1].pose.angle("thoracic")
    assert min(low, high) < middle.angle("thoracic") < max(low, high)


def test_pose_at_time_follows_the_timeline(library: PoseLibrary) -> None:
    start = pose_at("glute-bridge", 0.0, None, 5.0, library)
    held = pose_at("glute-bridge", MOVE_S + 1.0, None, 5.0, library)
    assert start == library.exercise("glute-bridge").frames[0].pose
    assert held == library.exercise("glute-bridge").frames[1].pose
    assert pose_at("cat-cow", 0.7, 4.0, None, library) != pose_at("cat-cow", 1.4, 4.0, None, library)


def test_scenes_have_body_and_arrows(library: PoseLibrary) -> None:
    exercise = library.exercise("cat-cow")
    scene = keyframe_scene(exercise, 0)
    assert any(isinstance(p, Arrow) for p in scene.primitives)
    assert sum(isinstance(p, Path) and p.fill == Role.BODY for p in scene.primitives) >= 8
    assert scene_at_phase(exercise, 0.0) == scene
    assert scene_at_time(exercise, 0.0, 4.0, None) == scene
    assert not any(isinstance(p, Arrow) for p in scene_at_phase(exercise, 0.0, show_arrows=False).primitives)


def test_primitives_stay_inside_the_view_box(library: PoseLibrary) -> None:
    for exercise_id in library.exercise_ids:
        exercise = library.exercise(exercise_id)
        for index in range(len(exercise.frames)):
            for primitive in keyframe_scene(exercise, index).primitives:
                if isinstance(primitive, Path):
                    xs = [c[i] for c in primitive.commands for i in range(1, len(c), 2)]
                    ys = [c[i] for c in primitive.commands for i in range(2, len(c), 2)]
                    assert min(xs) >= 0 and max(xs) <= 400, exercise_id
                    assert min(ys) >= 0 and max(ys) <= 250, exercise_id


def test_svg_numbers_are_short_and_stable() -> None:
    assert number(1.0) == "1"
    assert number(-0.001) == "0"
    assert number(12.345) == "12.35" or number(12.345) == "12.34"
    assert number(3.5) == "3.5"


def test_svg_writer_uses_palette_colours(library: PoseLibrary) -> None:
    scene = keyframe_scene(library.exercise("cobra"), 1)
    svg = scene_to_svg(scene, DEFAULT_PALETTE, title="cobra: up")
    assert "<title>cobra: up</title>" in svg
    assert DEFAULT_PALETTE.colour(Role.BODY) in svg
    assert svg == scene_to_svg(scene, DEFAULT_PALETTE, title="cobra: up")


def test_dark_theme_palette_uses_the_theme_text_colour_and_keeps_the_accent() -> None:
    dark = palette_for("#202020", "#F0F0F0")
    assert dark.colour(Role.BODY) == "#F0F0F0"
    assert dark.colour(Role.BACKGROUND) == "#202020"
    assert dark.colour(Role.ACCENT) == DEFAULT_PALETTE.colour(Role.ACCENT)
    light = palette_for("#FFFFFF", "#000000")
    assert light.colour(Role.BODY) == "#1F3A5F"
