"""Oblique views: the projection, sideways places of joints, and reading them from the pose file."""
from __future__ import annotations

import math

import pytest
import yaml

from exercises_app.art.body import STANDING_ANGLES, TURN_LIMITS, Pose, joint_limit_violations
from exercises_app.art.motion import interpolate_frames
from exercises_app.art.poses import PoseDataError, PoseLibrary, default_poses_path
from exercises_app.art.view import (
    View,
    convex_hull,
    lateral_place,
    view_joints,
    view_shapes,
    visible_eyes,
    world_points,
)


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


def test_a_body_turned_on_its_side_makes_sideways_places_heights() -> None:
    assert View().body_place((12.0, 34.0), 5.0) == ((12.0, 34.0), 5.0)  # upright by default
    view = View(body_roll=90.0, rise=18.0)
    (x, height), depth = view.body_place((12.0, 34.0), 5.0)
    assert (x, height, depth) == pytest.approx((12.0, 23.0, -34.0))  # near side up, side-plane y is depth
    # The mat is never turned: only body points go through body_place.
    assert view.project((0.0, 0.0), 0.0) == pytest.approx((0.0, 0.0))
    assert view.project_body((0.0, 0.0), 0.0) == pytest.approx((0.0, 18.0))


def test_a_trunk_moved_sideways_carries_its_limbs_and_bends_smoothly() -> None:
    pose = Pose((0.0, 95.0), dict(STANDING_ANGLES), {}, {"hip": 10.0, "c7": 30.0})
    assert lateral_place(pose, "near_knee") == pytest.approx(10.0 + 8.5)
    assert lateral_place(pose, "far_wrist") == pytest.approx(30.0 - 16.0)
    assert lateral_place(pose, "head_center") == pytest.approx(30.0)
    assert 10.0 < lateral_place(pose, "sacrum") < lateral_place(pose, "l1") < 30.0  # in between, in order
    points = world_points(pose)
    assert points["chest"][2] > points["belly"][2]  # landmarks follow the trunk
    # The trunk's copies lie between the hip's and the neck's places, shifted by up to its half width.
    torso = view_shapes(pose, View(yaw=90.0))["torso"]
    xs = [p[0] for copy in torso.copies for p in copy.points]  # type: ignore[union-attr]
    assert min(xs) == pytest.approx(-30.0 - 13.0, abs=1.5) and max(xs) == pytest.approx(-10.0 + 13.0, abs=1.5)
    # Nothing moves when no spine joint is placed.
    assert lateral_place(standing(), "near_knee") == 8.5


def test_a_turned_head_swings_its_face_and_eyes_towards_that_side() -> None:
    ahead = standing()
    right = Pose(ahead.root, ahead.angles, {}, {}, {"head": 70.0})
    left = Pose(ahead.root, ahead.angles, {}, {}, {"head": -70.0})
    front = View(yaw=90.0)  # seen from in front: the near side is on the left of the picture
    for pose, expected in ((right, -1.0), (left, 1.0)):
        nose = max(view_shapes(pose, front)["face"].points, key=lambda p: abs(p[0]))  # type: ignore[union-attr]
        assert math.copysign(1.0, nose[0]) == expected
        assert abs(nose[0]) > 12.0  # the profile shows beyond the round head
    face_ahead = view_shapes(ahead, front)["face"].points  # type: ignore[union-attr]
    assert max(abs(p[0]) for p in face_ahead) < 6.0  # looking at the camera: no profile to see
    assert len(visible_eyes(ahead, front)) == 2
    assert len(visible_eyes(left, front)) == 1 and len(visible_eyes(right, front)) == 1
    assert len(visible_eyes(ahead, View())) == 1  # side view: the near eye only


def test_the_face_follows_a_head_moved_sideways() -> None:
    moved = Pose((0.0, 95.0), dict(STANDING_ANGLES), {}, {"skull": 9.0, "head_center": 17.0})
    view = View(yaw=62.0, elevation=8.0)
    shapes = view_shapes(moved, view)
    centre = shapes["head"].center  # type: ignore[union-attr]
    assert all(math.dist(p, centre) < 18.0 for p in shapes["face"].points)  # type: ignore[union-attr]


def test_head_turns_have_limits_and_are_read_from_the_pose_file() -> None:
    pose = standing()
    assert not joint_limit_violations(Pose(pose.root, pose.angles, {}, {}, {"head": 80.0}))
    assert "head_turn" in joint_limit_violations(Pose(pose.root, pose.angles, {}, {}, {"head": 100.0}))
    assert set(TURN_LIMITS) == {"head"}
    raw = yaml.safe_load(default_poses_path().read_text(encoding="utf-8"))["exercises"]["neck-rotation"]
    library = PoseLibrary({"x": raw})
    assert library.exercise("x").frames[1].pose.turn("head") == pytest.approx(70.0)
    halfway = interpolate_frames(library.exercise("x"), 0, 1, 0.5)
    assert halfway.turn("head") == pytest.approx(35.0)
    with pytest.raises(PoseDataError, match="turn"):
        PoseLibrary({"x": {**raw, "turns": {"thoracic": 20}}}).exercise("x")
    assert pose.with_angles(head=80.0).turns == pose.turns and Pose(pose.root, pose.angles).turn("head") == 0.0
