"""The pose model and keyframes: contacts on the floor, joints within their range, valid data."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from exercises_app.art.body import (
    DEFAULT_BODY,
    STANDING_ANGLES,
    Pose,
    body_shapes,
    forward_kinematics,
    joint_angles,
    joint_limit_violations,
    solve_two_bone,
)
from exercises_app.art.geometry import distance
from exercises_app.art.motion import interpolate_frames
from exercises_app.art.poses import (
    ExerciseIllustration,
    MissingIllustrationError,
    PoseDataError,
    PoseLibrary,
    default_poses_path,
    limb_segments,
)

TOLERANCE = 0.05


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return PoseLibrary.from_file(default_poses_path())


def all_exercises(library: PoseLibrary) -> list[ExerciseIllustration]:
    return [library.exercise(exercise_id) for exercise_id in library.exercise_ids]


def lowest(exercise: ExerciseIllustration, frame: str, part: str) -> float:
    """How far above the floor support (mat top if there is a mat) a part's lowest point is."""
    solved = exercise.frames[exercise.frame_index(frame)]
    return solved.shapes[part].lowest() - solved.spec.props.support_height("floor")


def allowed_violations(exercise: ExerciseIllustration) -> set[str]:
    """Joints of limbs drawn foreshortened while they bend in another plane."""
    joints = {"arm": ("shoulder", "elbow", "wrist"), "leg": ("hip", "knee", "ankle")}
    return {f"{limb.split('_')[0]}_{joint}"
            for limb in exercise.spec.out_of_plane for joint in joints[limb.split("_")[1]]}


def test_standing_figure_is_about_180_units_tall() -> None:
    pose = Pose((0.0, 95.0), dict(STANDING_ANGLES))
    shapes = body_shapes(pose)
    top = max(shape.bounds()[3] for shape in shapes.values())
    bottom = min(shape.lowest() for shape in shapes.values())
    assert bottom == pytest.approx(0.0, abs=0.5)
    assert top == pytest.approx(180.0, abs=3.0)
    assert not joint_limit_violations(pose)


def test_forward_kinematics_keeps_segment_lengths() -> None:
    angles = dict(STANDING_ANGLES, near_thigh=30.0, near_shin=-60.0, near_upper_arm=100.0, near_forearm=150.0)
    joints = forward_kinematics(Pose((10.0, 50.0), angles))
    assert distance(joints["hip"], joints["near_knee"]) == pytest.approx(DEFAULT_BODY.thigh)
    assert distance(joints["near_knee"], joints["near_ankle"]) == pytest.approx(DEFAULT_BODY.shin)
    assert distance(joints["shoulder"], joints["near_elbow"]) == pytest.approx(DEFAULT_BODY.upper_arm)
    assert distance(joints["near_elbow"], joints["near_wrist"]) == pytest.approx(DEFAULT_BODY.forearm)


def test_foreshortening_shortens_a_segment() -> None:
    pose = Pose((0.0, 0.0), dict(STANDING_ANGLES), {"near_upper_arm": 0.5})
    joints = forward_kinematics(pose)
    assert distance(joints["shoulder"], joints["near_elbow"]) == pytest.approx(DEFAULT_BODY.upper_arm / 2)


@pytest.mark.parametrize("bend_positive", [True, False])
def test_two_bone_solver_reaches_the_target_and_bends_one_way(bend_positive: bool) -> None:
    base, target = (0.0, 0.0), (30.0, -40.0)
    first, second = solve_two_bone(base, target, 33.0, 26.0, bend_positive)
    middle = (33.0 * math.cos(math.radians(first)), 33.0 * math.sin(math.radians(first)))
    end = (middle[0] + 26.0 * math.cos(math.radians(second)), middle[1] + 26.0 * math.sin(math.radians(second)))
    assert distance(end, target) == pytest.approx(0.0, abs=1e-6)
    assert (second - first > 0) == bend_positive


def test_two_bone_solver_straightens_towards_an_unreachable_target() -> None:
    first, second = solve_two_bone((0.0, 0.0), (0.0, -200.0), 44.0, 44.0, bend_positive=False)
    assert first == pytest.approx(-90.0, abs=0.1)
    assert second == pytest.approx(-90.0, abs=0.1)


def test_joint_angles_are_anatomical() -> None:
    sitting = dict(STANDING_ANGLES, near_thigh=0.0, near_shin=-90.0, near_forearm=0.0)
    angles = joint_angles(Pose((0.0, 50.0), sitting))
    assert angles["near_hip"] == pytest.approx(90.0)
    assert angles["near_knee"] == pytest.approx(90.0)
    assert angles["near_elbow"] == pytest.approx(90.0)
    hyperextended = dict(STANDING_ANGLES, near_shin=-60.0)  # shin swung forward past the thigh line
    assert "near_knee" in joint_limit_violations(Pose((0.0, 95.0), hyperextended))


def test_hands_and_knees_touch_the_mat_in_every_cat_cow_frame(library: PoseLibrary) -> None:
    exercise = library.exercise("cat-cow")
    for frame in exercise.frame_names:
        for part in ("near_hand", "far_hand", "near_knee", "far_knee", "near_foot"):
            assert lowest(exercise, frame, part) == pytest.approx(0.0, abs=TOLERANCE), (frame, part)


def test_all_fours_positions_have_hands_and_knees_on_the_mat(library: PoseLibrary) -> None:
    for exercise_id, frame in (("childs-pose", "start"), ("childs-pose", "back"), ("bird-dog", "start")):
        exercise = library.exercise(exercise_id)
        for part in ("near_hand", "near_knee"):
            assert lowest(exercise, frame, part) == pytest.approx(0.0, abs=TOLERANCE), (exercise_id, frame, part)


def test_bridge_keeps_back_and_feet_on_the_mat_and_lifts_the_hips(library: PoseLibrary) -> None:
    exercise = library.exercise("glute-bridge")
    for frame in ("start", "bridge"):
        assert lowest(exercise, frame, "torso") == pytest.approx(0.0, abs=TOLERANCE)
        assert lowest(exercise, frame, "near_foot") == pytest.approx(0.0, abs=TOLERANCE)
        assert lowest(exercise, frame, "head") == pytest.approx(0.0, abs=TOLERANCE)
    hips = [exercise.frames[i].joints["hip"][1] for i in range(2)]
    assert hips[1] > hips[0] + 20


def test_cobra_keeps_the_pelvis_and_legs_down(library: PoseLibrary) -> None:
    exercise = library.exercise("cobra")
    for frame in ("start", "sphinx", "up"):
        for part in ("torso", "near_thigh", "near_foot", "near_hand"):
            assert lowest(exercise, frame, part) == pytest.approx(0.0, abs=TOLERANCE), (frame, part)
    up = exercise.frames[exercise.frame_index("up")]
    assert up.joints["c7"][1] > exercise.frames[0].joints["c7"][1] + 20
    assert joint_angles(up.pose)["near_elbow"] < 35  # elbows (nearly) straight


def test_sitting_figures_rest_on_the_seat_with_feet_on_the_floor(library: PoseLibrary) -> None:
    for exercise in all_exercises(library):
        if exercise.spec.position != "sitting":
            continue
        for frame in exercise.frames:
            chair = frame.spec.props.chair
            assert chair is not None, exercise.exercise_id
            assert frame.shapes["torso"].lowest() == pytest.approx(chair.seat_height, abs=TOLERANCE)
            assert frame.shapes["far_foot"].lowest() == pytest.approx(0.0, abs=TOLERANCE)


def test_every_grounded_contact_touches_and_nothing_sinks(library: PoseLibrary) -> None:
    for exercise in all_exercises(library):
        for frame in exercise.frames:
            props = frame.spec.props
            gaps = [frame.shapes[c.part].lowest() - props.support_height(c.surface) for c in frame.spec.ground]
            if gaps:
                assert min(gaps) == pytest.approx(0.0, abs=TOLERANCE), (exercise.exercise_id, frame.name)
                assert all(gap > -TOLERANCE for gap in gaps)
            for limb, target in frame.spec.reach:
                if target.floor_x is not None:
                    end = limb_segments(limb)[2]
                    gap = frame.shapes[end].lowest() - props.support_height(target.surface)
                    assert gap == pytest.approx(0.0, abs=TOLERANCE), (exercise.exercise_id, frame.name, limb)
            floor = props.support_height("floor")
            for part, shape in frame.shapes.items():
                assert shape.lowest() > floor - 0.5, (exercise.exercise_id, frame.name, part)


def test_joints_stay_within_their_range_in_keyframes_and_between(library: PoseLibrary) -> None:
    for exercise in all_exercises(library):
        allowed = allowed_violations(exercise)
        for limb in exercise.spec.out_of_plane:  # a limb may leave the drawing plane only foreshortened
            assert any(frame.pose.scale(segment) < 1.0 for frame in exercise.frames for segment in limb_segments(limb))
        steps = list(zip(exercise.spec.cycle, exercise.spec.cycle[1:] + exercise.spec.cycle[:1]))
        for start, end in steps:
            for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
                pose = interpolate_frames(exercise, start, end, fraction)
                problems = {joint: value for joint, value in joint_limit_violations(pose).items()
                            if joint not in allowed}
                assert not problems, (exercise.exercise_id, start, end, fraction, problems)


def test_knees_and_elbows_never_bend_backwards(library: PoseLibrary) -> None:
    for exercise in all_exercises(library):
        allowed = allowed_violations(exercise)
        for frame in exercise.frames:
            angles = joint_angles(frame.pose)
            for joint in ("near_knee", "far_knee", "near_elbow", "far_elbow"):
                if joint not in allowed:
                    assert angles[joint] >= -2.0, (exercise.exercise_id, frame.name, joint)


def test_hands_stay_on_the_mat_while_animating_cat_cow(library: PoseLibrary) -> None:
    exercise = library.exercise("cat-cow")
    for fraction in (0.2, 0.5, 0.8):
        pose = interpolate_frames(exercise, 0, 1, fraction)
        shapes = body_shapes(pose)
        assert shapes["near_hand"].lowest() == pytest.approx(5.0, abs=0.3)
        assert shapes["near_knee"].lowest() == pytest.approx(5.0, abs=0.3)


def test_missing_exercise_is_reported(library: PoseLibrary) -> None:
    with pytest.raises(MissingIllustrationError):
        library.exercise("no-such-exercise")


def test_unreadable_and_invalid_pose_data_raise_pose_data_error(tmp_path: Path) -> None:
    broken = tmp_path / "poses.yaml"
    broken.write_text("version: 1\nexercises: [unclosed", encoding="utf-8")
    with pytest.raises(PoseDataError):
        PoseLibrary.from_file(broken)
    with pytest.raises(PoseDataError):
        PoseLibrary.from_file(tmp_path / "absent.yaml")
    bad_segment = PoseLibrary({"x": {"root": [0, 0], "frames": [{"name": "a", "angles": {"tail": 3}}, {"name": "b"}]}})
    with pytest.raises(PoseDataError):
        bad_segment.exercise("x")


def test_pose_file_is_read_with_safe_load_only(tmp_path: Path) -> None:
    unsafe = tmp_path / "poses.yaml"
    unsafe.write_text("version: 1\nexercises: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    with pytest.raises(PoseDataError):
        PoseLibrary.from_file(unsafe)


def test_art_package_never_imports_qt() -> None:
    code = ("import sys, exercises_app.art, exercises_app.art.export; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False"


def test_in_between_poses_barely_touch_below_the_mat(library: PoseLibrary) -> None:
    """Keyframes are exact; while animating a foot or the head may graze the mat by under a unit."""
    for exercise in all_exercises(library):
        floor = exercise.frames[0].spec.props.support_height("floor")
        cycle = exercise.spec.cycle
        for start, end in zip(cycle, cycle[1:] + cycle[:1]):
            for step in range(1, 10):
                shapes = body_shapes(interpolate_frames(exercise, start, end, step / 10))
                assert min(shape.lowest() for shape in shapes.values()) > floor - 1.0, (exercise.exercise_id, step)
