"""Oblique views: the projection, sideways places of joints, and reading them from the pose file."""
from __future__ import annotations

import math

import pytest
import yaml

from exercises_app.art.body import STANDING_ANGLES, Pose
from exercises_app.art.motion import interpolate_frames
from exercises_app.art.poses import PoseDataError, PoseLibrary, default_poses_path
from exercises_app.art.view import View, convex_hull, lateral_place, view_joints, view_shapes, world_points


def standing() -> Pose:
    return Pose((0.0, 95.0), dict(STANDING_ANGLES))


def test_the_default_view_is_the_side_view() -> None:
    view = View()
    assert view.project((12.0, 34.0), 25.0) == pytest.approx((12.0, 34.0))


def test_seen_from_the_feet_the_near_side_is_on_the_left() -> None:
    view = View(yaw=90.0)
    assert view.project((30.0, 10.0), 8.0) == pytest.approx((-8.0, 10.0))
    assert view.nearness((30.0, 10.0), 0.0) > view.nearness((-30.0, 10.0), 0.0)  # the feet end is nearer


def test_seen_from_above_nearer_points_are_drawn_lower() -> None:
    view = View(elevation=30.0)
    near, far = view.project((0.0, 0.0), 20.0), view.project((0.0, 0.0), -20.0)
    assert near[1] < 0.0 < far[1]
    assert near[1] == pytest.approx(-20.0 * math.sin(math.radians(30.0)))


def test_joints_sit_a_hip_or_shoulder_width_apart_unless_moved() -> None:
    pose = standing()
    assert lateral_place(pose, "near_hip") == -lateral_place(pose, "far_hip") > 0.0
    assert lateral_place(pose, "near_shoulder") > lateral_place(pose, "near_hip")
    assert lateral_place(pose, "c7") == 0.0
    moved = Pose(pose.root, pose.angles, {}, {"near_ankle": -3.0})
    assert lateral_place(moved, "near_toe") == lateral_place(moved, "near_heel") == -3.0  # the foot follows
    points = world_points(moved)
    assert points["near_ankle"][2] == -3.0 and points["near_hip"][2] > 0.0


def test_limbs_keep_their_round_ends_and_every_part_is_drawn() -> None:
    pose, view = standing(), View(yaw=-30.0, elevation=25.0)
    shapes = view_shapes(pose, view)
    joints = view_joints(pose, view)
    assert shapes["near_thigh"].start == joints["near_hip"]  # type: ignore[union-attr]
    assert shapes["head"].radius == pytest.approx(12.0)  # type: ignore[union-attr]
    assert {"torso", "neck", "head", "face", "near_foot", "far_hand"} <= set(shapes)
    assert len(shapes["torso"].copies) > 3  # type: ignore[union-attr]


def test_convex_hull_drops_inner_points() -> None:
    hull = convex_hull([(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (1.0, 1.0)])
    assert set(hull) == {(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)}


def test_sideways_places_move_smoothly_between_frames() -> None:
    library = PoseLibrary.from_file(default_poses_path())
    exercise = library.exercise("piriformis-stretch")
    start, stretch = (frame.pose for frame in exercise.frames)
    halfway = interpolate_frames(exercise, 0, 1, 0.5)
    for joint in ("near_knee", "near_wrist"):
        expected = (lateral_place(start, joint) + lateral_place(stretch, joint)) / 2.0
        assert lateral_place(halfway, joint) == pytest.approx(expected)


def test_a_bad_view_is_a_pose_data_error() -> None:
    raw = yaml.safe_load(default_poses_path().read_text(encoding="utf-8"))["exercises"]["piriformis-stretch"]
    with pytest.raises(PoseDataError, match="view"):
        PoseLibrary({"x": {**raw, "view": {"yaw": 10, "roll": 5}}}).exercise("x")
    with pytest.raises(PoseDataError, match="view"):
        PoseLibrary({"x": {**raw, "view": {"yaw": "left"}}}).exercise("x")
