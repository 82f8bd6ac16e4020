"""What individual drawings must show, checked on the solved poses (as a physiotherapist reads them)."""
from __future__ import annotations

import math

import pytest
import yaml

from exercises_app.art.body import joint_angles
from exercises_app.art.geometry import Point, angle_of, distance, sub
from exercises_app.art.poses import (
    ExerciseIllustration,
    PoseDataError,
    PoseLibrary,
    SolvedFrame,
    default_poses_path,
)
from exercises_app.art.primitives import Path, Role
from exercises_app.art.scene import exercise_layout, keyframe_scene

TOLERANCE = 0.05


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return PoseLibrary.from_file(default_poses_path())


def frame(exercise: ExerciseIllustration, name: str) -> SolvedFrame:
    return exercise.frames[exercise.frame_index(name)]


def distance_to_segment(point: Point, start: Point, end: Point) -> float:
    dx, dy = end[0] - start[0], end[1] - start[1]
    t = max(0.0, min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / (dx * dx + dy * dy)))
    return distance(point, (start[0] + t * dx, start[1] + t * dy))


def face_direction(solved: SolvedFrame) -> float:
    """Where the face points, in degrees counter-clockwise from +x."""
    return solved.pose.angle("head") - 90.0


def test_standing_back_extension_bends_backwards(library: PoseLibrary) -> None:
    exercise = library.exercise("lumbar-extension")
    start, extend = frame(exercise, "start"), frame(exercise, "extend")
    # Upright start, facing +x (feet forward, face level), hands on the low back, elbows behind.
    assert abs(angle_of(sub(start.joints["c7"], start.joints["hip"])) - 90.0) < 5.0
    assert abs(face_direction(start)) < 10.0
    for solved in (start, extend):
        joints = solved.joints
        assert distance(joints["near_wrist"], joints["low_back"]) < 8.0, solved.name
        assert joints["near_elbow"][0] < joints["low_back"][0], solved.name  # the elbow points backwards
        assert joints["near_toe"][0] > joints["near_heel"][0], solved.name  # the feet point forwards
        angles = joint_angles(solved.pose)
        assert abs(angles["near_knee"]) < 3.0 and abs(angles["far_knee"]) < 3.0, solved.name  # knees straight
    # Extend: trunk 20-30 degrees back from upright, lumbar spine extended, hips in front of the
    # ankles, chest and head back, the face turned up.
    lean = angle_of(sub(extend.joints["c7"], extend.joints["hip"])) - 90.0
    assert 20.0 <= lean <= 30.0
    assert joint_angles(extend.pose)["lumbar"] < -15.0
    assert extend.joints["hip"][0] > extend.joints["near_ankle"][0] + 5.0
    assert extend.joints["head_center"][0] < start.joints["head_center"][0] - 15.0
    assert face_direction(extend) > 30.0
    # The pale upright ghost stays drawn behind the leaning figure.
    assert exercise.spec.ghost == "start"


def test_ghost_is_drawn_behind_the_figure_only_where_asked(library: PoseLibrary) -> None:
    def pale_paths(exercise_id: str, frame_index: int) -> int:
        scene = keyframe_scene(library.exercise(exercise_id), frame_index)
        return sum(1 for p in scene.primitives if isinstance(p, Path) and p.fill is Role.MAT)

    assert pale_paths("lumbar-extension", 1) >= 9  # trunk, neck, head and both legs
    assert pale_paths("lumbar-extension", 0) == pale_paths("lumbar-extension", 1)  # no pop while animating
    assert pale_paths("pelvic-tilt", 0) == 0  # the mat is a rectangle, not a path
    raw = yaml.safe_load(default_poses_path().read_text(encoding="utf-8"))["exercises"]["lumbar-extension"]
    with pytest.raises(PoseDataError, match="ghost"):
        PoseLibrary({"x": {**raw, "ghost": "nowhere"}}).exercise("x")


def test_piriformis_figure_four_rests_the_ankle_on_the_other_thigh(library: PoseLibrary) -> None:
    exercise = library.exercise("piriformis-stretch")
    start, stretch = frame(exercise, "start"), frame(exercise, "stretch")
    for solved in (start, stretch):
        joints = solved.joints
        far_thigh = (joints["hip"], joints["far_knee"])
        # The near ankle lies on the far thigh just above its knee.
        assert distance_to_segment(joints["near_ankle"], *far_thigh) < 8.0, solved.name
        assert distance(joints["near_ankle"], joints["far_knee"]) < 12.0, solved.name
        # The crossed shin is drawn roughly horizontal, its knee on the other side of the far thigh.
        shin = angle_of(sub(joints["near_ankle"], joints["near_knee"]))
        assert abs(shin) < 25.0, solved.name
        assert joints["near_knee"][0] < joints["near_ankle"][0], solved.name
    # Start: the supporting foot flat on the mat; stretch: that thigh drawn up towards the chest,
    # both hands behind it.
    assert start.shapes["far_foot"].lowest() == pytest.approx(start.spec.props.support_height("floor"), abs=TOLERANCE)
    assert stretch.pose.angle("far_thigh") > start.pose.angle("far_thigh") + 30.0
    for side in ("near", "far"):
        assert distance_to_segment(stretch.joints[f"{side}_wrist"], stretch.joints["hip"], stretch.joints["far_knee"]) < 9.0
    assert exercise.spec.arm_behind_leg  # the arm threads between the legs


def test_knee_to_chest_hands_clasp_below_the_knee_other_foot_flat(library: PoseLibrary) -> None:
    exercise = library.exercise("knee-to-chest")
    hug = frame(exercise, "hug")
    joints = hug.joints
    for side in ("near", "far"):
        wrist = joints[f"{side}_wrist"]
        assert distance_to_segment(wrist, joints["near_knee"], joints["near_ankle"]) < 8.0  # on the shin
        assert distance(wrist, joints["near_knee"]) < 14.0  # just below the knee
        assert 20.0 < joint_angles(hug.pose)[f"{side}_elbow"] < 120.0  # bent, not folded or locked
    assert joint_angles(hug.pose)["near_hip"] > 100.0
    floor = hug.spec.props.support_height("floor")
    assert hug.shapes["far_foot"].lowest() == pytest.approx(floor, abs=TOLERANCE)
    assert hug.pose.angle("far_foot") == pytest.approx(0.0)


def test_cobra_straightens_the_elbows_with_the_hands_beside_the_shoulders(library: PoseLibrary) -> None:
    exercise = library.exercise("cobra")
    start, up = frame(exercise, "start"), frame(exercise, "up")
    assert joint_angles(up.pose)["near_elbow"] < 15.0
    assert abs(start.joints["near_wrist"][0] - start.joints["shoulder"][0]) < 15.0  # hands by the shoulders
    floor = start.spec.props.support_height("floor")
    assert start.shapes["face"].lowest() == pytest.approx(floor, abs=TOLERANCE)  # face down, nose on the mat
    assert face_direction(start) < -45.0


def test_doorway_stretch_keeps_the_forearm_on_the_jamb_and_steps_forward(library: PoseLibrary) -> None:
    exercise = library.exercise("doorway-pec-stretch")
    start, stretch = frame(exercise, "start"), frame(exercise, "stretch")
    door = start.spec.props.doorway
    assert door is not None
    for solved in (start, stretch):
        joints = solved.joints
        assert abs(joints["near_elbow"][1] - joints["shoulder"][1]) < 5.0, solved.name  # elbow at shoulder height
        assert door.x <= joints["near_elbow"][0] <= door.x + door.thickness, solved.name  # forearm on the jamb
        assert door.x <= joints["near_wrist"][0] <= door.x + door.thickness, solved.name
        assert joints["near_wrist"][1] > joints["near_elbow"][1] + 20.0, solved.name
    assert stretch.joints["near_ankle"][0] > stretch.joints["far_ankle"][0] + 20.0  # one step forward
    assert stretch.joints["chest"][0] > start.joints["chest"][0] + 10.0
    # The frame's head may leave the picture, so the figure is drawn as large as the others.
    assert exercise_layout(exercise).zoom > 1.1


def test_childs_pose_moves_the_bottom_back_towards_the_heels(library: PoseLibrary) -> None:
    exercise = library.exercise("childs-pose")
    start, back = frame(exercise, "start"), frame(exercise, "back")
    assert distance(start.joints["near_knee"], back.joints["near_knee"]) < 1.0  # knees stay put
    assert start.joints["near_wrist"] == pytest.approx(back.joints["near_wrist"], abs=0.5)  # arms stay forward
    assert back.joints["hip"][0] < back.joints["near_knee"][0] - 25.0  # hips behind the knees, over the heels
    assert back.joints["hip"][1] < start.joints["hip"][1] - 15.0
    assert joint_angles(back.pose)["near_knee"] > 140.0


def test_all_fours_starts_differ_between_exercises(library: PoseLibrary) -> None:
    starts = [frame(library.exercise("cat-cow"), "neutral"), frame(library.exercise("childs-pose"), "start"),
              frame(library.exercise("bird-dog"), "start")]
    for solved in starts:
        angles = joint_angles(solved.pose)
        assert 80.0 <= angles["near_knee"] <= 100.0 and 60.0 <= angles["near_hip"] <= 100.0
    drawings = {repr(keyframe_scene(exercise, 0).primitives)
                for exercise in (library.exercise(e) for e in ("cat-cow", "childs-pose", "bird-dog"))}
    assert len(drawings) == 3


def test_faces_never_sink_into_the_mat(library: PoseLibrary) -> None:
    for exercise_id in library.exercise_ids:
        exercise = library.exercise(exercise_id)
        for solved in exercise.frames:
            floor = solved.spec.props.support_height("floor")
            assert solved.shapes["face"].lowest() > floor - TOLERANCE, (exercise_id, solved.name)
            assert not math.isnan(solved.shapes["face"].lowest())
