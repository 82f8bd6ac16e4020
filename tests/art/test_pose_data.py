"""Own exercises' poses: the same pose model and drawing as the bundled exercises, and the editor's rules."""
from __future__ import annotations

import pytest

from exercises_app.art.body import JOINT_LIMITS, TURN_LIMITS, joint_angles
from exercises_app.art.pose_data import (
    HANDLES,
    drag,
    frame_from_solved,
    frame_svg,
    illustration_of,
    pose_of,
    rest_on_floor,
    standing_frame,
    turn,
)
from exercises_app.art.poses import load_pose_library
from exercises_app.art.view import View
from exercises_app.core import limits
from exercises_app.core.pose_frames import JOINTS, joint_limits


def test_the_file_format_uses_the_pose_model_joint_limits() -> None:
    assert dict(JOINT_LIMITS) == limits.JOINT_ANGLE_LIMITS
    assert dict(TURN_LIMITS) == limits.TURN_ANGLE_LIMITS
    assert set(HANDLES.values()) == set(JOINTS)


def test_a_pose_frame_gives_the_model_the_same_joint_angles() -> None:
    frame = standing_frame().with_joint("near_hip", 90).with_joint("near_knee", 90).with_joint("neck", 20)
    angles = joint_angles(pose_of(frame))
    assert all(angles[name] == pytest.approx(frame.joint(name)) for name in JOINTS)


def test_every_bundled_frame_can_start_a_drawing_within_the_limits() -> None:
    library = load_pose_library()
    for exercise_id in library.exercise_ids:
        exercise = library.exercise(exercise_id)
        for index in range(len(exercise.frames)):
            frame = frame_from_solved(exercise, index)
            assert all(joint_limits(name)[0] <= value <= joint_limits(name)[1] for name, value in frame.joints)
    cat = frame_from_solved(library.exercise("cat-cow"), 1)
    assert cat.mat and cat.trunk != 90
    clamshell = frame_from_solved(library.exercise("clamshell"), 0)
    assert clamshell.view[2] == 90 and clamshell.view[3] > 0  # lying on the side: the body rolled, lifted
    turned = [frame_from_solved(library.exercise("neck-rotation"), i) for i in range(2)]
    assert any(dict(frame.turns).get("head") for frame in turned)


@pytest.mark.parametrize("view", [None, View(30, 15)])
def test_dragging_a_handle_turns_its_joint_and_never_past_its_limits(view: View | None) -> None:
    frame = standing_frame()
    bent = drag(frame, "near_knee", (40.0, 60.0), view)  # the knee forward and up: hip flexion
    assert 30 < bent.joint("near_hip") <= 140 and bent.joint("near_knee") == 0
    over = drag(frame, "near_ankle", (60.0, 60.0), view)  # a knee cannot bend forwards
    low, high = joint_limits("near_knee")
    assert low <= over.joint("near_knee") <= high
    if view is None:
        assert over.joint("near_knee") == low
    moved = drag(frame, "hip", (20.0, 90.0), view)
    assert pose_of(moved).root != frame.root and moved.joints == frame.joints


def test_turning_and_resting_on_the_floor() -> None:
    lying = rest_on_floor(turn(standing_frame(), 180))
    assert lying.trunk == -180 or lying.trunk == 180
    assert lying.root[1] < 30  # lying down, the hip is near the floor


def test_an_own_exercise_is_drawn_by_the_same_scene_and_svg_code() -> None:
    frames = [standing_frame(), drag(standing_frame(), "near_wrist", (30.0, 120.0))]
    exercise = illustration_of("my-test", frames)
    svg = frame_svg(exercise, 1, title="my-test: 2")
    assert svg.startswith("<?xml") and "<title>my-test: 2</title>" in svg and "<path" in svg
    assert exercise.spec.cycle == (0, 1)
