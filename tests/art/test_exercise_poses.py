"""What individual drawings must show, checked on the solved poses (as a physiotherapist reads them)."""
from __future__ import annotations

import math

import pytest
import yaml

from exercises_app.art.body import OutlineShape, Pose, joint_angles
from exercises_app.art.geometry import Point, angle_of, distance, sub, wrap_angle
from exercises_app.art.motion import interpolate_frames
from exercises_app.art.poses import (
    ExerciseIllustration,
    PoseDataError,
    PoseLibrary,
    SolvedFrame,
    default_poses_path,
)
from exercises_app.art.primitives import VIEW_HEIGHT, VIEW_WIDTH, Circle, Line, Path, Polygon, Role
from exercises_app.art.scene import exercise_layout, keyframe_scene
from exercises_app.art.view import rolled_points, view_joints, world_points

TOLERANCE = 0.05
PRINT_WIDTH_MM = 70.0  # a drawing on the handout is 6 to 8 cm wide


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return PoseLibrary.from_file(default_poses_path())


def frame(exercise: ExerciseIllustration, name: str) -> SolvedFrame:
    return exercise.frames[exercise.frame_index(name)]


def distance3(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return math.dist(a, b)


def triangle_area(a: Point, b: Point, c: Point) -> float:
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2.0


def distance_to_segment(point: Point, start: Point, end: Point) -> float:
    dx, dy = end[0] - start[0], end[1] - start[1]
    t = max(0.0, min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / (dx * dx + dy * dy)))
    return distance(point, (start[0] + t * dx, start[1] + t * dy))


def face_direction(solved: SolvedFrame) -> float:
    """Where the face points, in degrees counter-clockwise from +x."""
    return solved.pose.angle("head") - 90.0


def head_behind_trunk(solved: SolvedFrame) -> float:
    """How far the head is tipped back from the line of the upper back, in degrees."""
    return wrap_angle(solved.pose.angle("head") - solved.pose.angle("thoracic"))


def on_paper_mm(exercise: ExerciseIllustration, world_distance: float) -> float:
    """A distance in world units as printed, the drawing ``PRINT_WIDTH_MM`` wide."""
    return world_distance * exercise_layout(exercise).zoom * PRINT_WIDTH_MM / VIEW_WIDTH


def pale_parts(exercise: ExerciseIllustration, frame_index: int) -> int:
    """How many pale (ghost) body shapes the keyframe's drawing holds."""
    return sum(1 for p in keyframe_scene(exercise, frame_index).primitives
               if isinstance(p, Path) and p.fill is Role.MAT)


def gap_under(solved: SolvedFrame, landmark: str) -> float:
    """Height of the trunk's underside above the mat beside a landmark (the arch under the low back)."""
    x = solved.joints[landmark][0]
    torso = solved.shapes["torso"]
    assert isinstance(torso, OutlineShape)
    return min(p[1] for p in torso.points if abs(p[0] - x) < 6.0) - solved.spec.props.support_height("floor")


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
    # The head follows the trunk: neck in line with the upper back, the head not thrown back.
    for solved in (start, extend):
        assert abs(head_behind_trunk(solved)) <= 8.0, solved.name
        assert abs(wrap_angle(solved.pose.angle("neck") - solved.pose.angle("thoracic"))) <= 8.0, solved.name
    # The pale upright ghost stays drawn behind the leaning figure.
    assert exercise.spec.ghost == "start"


def test_ghost_is_drawn_behind_the_figure_only_where_asked(library: PoseLibrary) -> None:
    def pale_paths(exercise_id: str, frame_index: int) -> int:
        scene = keyframe_scene(library.exercise(exercise_id), frame_index)
        return sum(1 for p in scene.primitives if isinstance(p, Path) and p.fill is Role.MAT)

    assert pale_paths("lumbar-extension", 1) >= 9  # trunk, neck, head and both legs
    assert pale_paths("lumbar-extension", 0) == pale_paths("lumbar-extension", 1)  # no pop while animating
    assert pale_paths("glute-bridge", 0) == 0  # the mat is a rectangle, not a path
    raw = yaml.safe_load(default_poses_path().read_text(encoding="utf-8"))["exercises"]["lumbar-extension"]
    with pytest.raises(PoseDataError, match="ghost"):
        PoseLibrary({"x": {**raw, "ghost": "nowhere"}}).exercise("x")


def test_piriformis_figure_four_is_drawn_from_an_angle_that_shows_the_four(library: PoseLibrary) -> None:
    exercise = library.exercise("piriformis-stretch")
    view = exercise.spec.view
    assert view is not None and max(abs(view.yaw), abs(view.elevation)) >= 15.0  # a side view hides the "4"
    start, stretch = frame(exercise, "start"), frame(exercise, "stretch")
    for solved in (start, stretch):
        points = world_points(solved.pose, exercise.body)
        # The crossing leg is a real leg turned out of the side plane: its segments keep their length.
        assert distance3(points["near_hip"], points["near_knee"]) == pytest.approx(exercise.body.thigh, rel=0.03)
        assert distance3(points["near_knee"], points["near_ankle"]) == pytest.approx(exercise.body.shin, rel=0.03)
        # The near ankle rests on the far thigh just above its knee; the near knee is turned out.
        assert distance3(points["near_ankle"], points["far_knee"]) < 14.0, solved.name
        assert points["near_knee"][2] - points["far_knee"][2] > 25.0, solved.name
        # As drawn, the opening of the "4" (hip, crossed knee, supporting knee) is plain on paper.
        drawn = view_joints(solved.pose, view, exercise.body)
        opening = triangle_area(drawn["near_hip"], drawn["near_knee"], drawn["far_knee"])
        assert on_paper_mm(exercise, 1.0) ** 2 * opening >= 50.0, solved.name
    # Start: the supporting foot flat on the mat; stretch: that thigh drawn up towards the chest,
    # both hands behind it.
    assert start.shapes["far_foot"].lowest() == pytest.approx(start.spec.props.support_height("floor"), abs=TOLERANCE)
    assert stretch.pose.angle("far_thigh") > start.pose.angle("far_thigh") + 30.0
    points = world_points(stretch.pose, exercise.body)
    for side in ("near", "far"):
        assert distance3(points[f"{side}_wrist"], points["far_knee"]) < 26.0
        assert abs(points[f"{side}_wrist"][2] - points["far_knee"][2]) < 6.0  # at the back of that thigh
    assert exercise.spec.arm_behind_leg  # the arm threads between the legs


def test_oblique_view_draws_the_mat_from_above_and_no_floor_line(library: PoseLibrary) -> None:
    exercise = library.exercise("piriformis-stretch")
    scene = keyframe_scene(exercise, 0)
    assert not any(isinstance(p, Line) and p.role is Role.FLOOR for p in scene.primitives)
    mats = [p for p in scene.primitives if isinstance(p, Polygon) and p.fill is Role.MAT]
    assert len(mats) == 1 and len(mats[0].points) >= 4
    for primitive in scene.primitives:  # everything inside the picture
        points = primitive.points if isinstance(primitive, Polygon) else ()
        assert all(0.0 <= x <= VIEW_WIDTH and 0.0 <= y <= VIEW_HEIGHT for x, y in points)
    # A side view is untouched by the oblique machinery.
    side = keyframe_scene(library.exercise("knee-to-chest"), 0)
    assert any(isinstance(p, Line) and p.role is Role.FLOOR for p in side.primitives)


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


def trunk_angle(solved: SolvedFrame) -> float:
    """The trunk's slope from the mat: the line from the hip joint to the base of the neck, in degrees."""
    return angle_of(sub(solved.joints["c7"], solved.joints["hip"]))


def test_cobra_lifts_the_trunk_about_45_degrees_on_slightly_bent_elbows(library: PoseLibrary) -> None:
    exercise = library.exercise("cobra")
    start, up = frame(exercise, "start"), frame(exercise, "up")
    assert 35.0 <= trunk_angle(up) <= 55.0
    assert 5.0 <= joint_angles(up.pose)["near_elbow"] <= 30.0  # slightly bent, neither locked nor folded
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


def test_cobra_shows_the_easier_sphinx_between_start_and_up(library: PoseLibrary) -> None:
    exercise = library.exercise("cobra")
    assert exercise.frame_names == ("start", "sphinx", "up")  # prone, on the elbows, press-up
    sphinx = frame(exercise, "sphinx")
    joints = sphinx.joints
    floor = sphinx.spec.props.support_height("floor")
    # Propped on the forearms: elbows under the shoulders, forearms along the mat, pelvis down.
    assert abs(joints["near_elbow"][0] - joints["shoulder"][0]) < 6.0
    assert abs(angle_of(sub(joints["near_wrist"], joints["near_elbow"]))) < 15.0
    assert sphinx.shapes["near_forearm"].lowest() - floor < 3.0
    assert 70.0 <= joint_angles(sphinx.pose)["near_elbow"] <= 100.0
    assert sphinx.shapes["torso"].lowest() == pytest.approx(floor, abs=TOLERANCE)
    assert 15.0 <= trunk_angle(sphinx) < trunk_angle(frame(exercise, "up")) - 5.0


def test_hamstring_stretch_starts_with_both_knees_bent_and_raises_the_leg_about_60_degrees(
        library: PoseLibrary) -> None:
    exercise = library.exercise("hamstring-stretch")
    start, stretch = frame(exercise, "start"), frame(exercise, "stretch")
    floor = start.spec.props.support_height("floor")
    for side in ("near", "far"):
        assert 60.0 <= joint_angles(start.pose)[f"{side}_knee"] <= 120.0, side
        assert start.shapes[f"{side}_foot"].lowest() == pytest.approx(floor, abs=TOLERANCE), side
    raised = angle_of(sub(stretch.joints["near_ankle"], stretch.joints["hip"]))
    assert 50.0 <= raised <= 70.0
    assert joint_angles(stretch.pose)["near_knee"] < 5.0  # knee straight
    assert joint_angles(stretch.pose)["near_ankle"] <= 10.0  # the foot not pulled back hard
    assert joint_angles(stretch.pose)["far_knee"] > 60.0  # the other knee stays bent, foot flat
    assert stretch.shapes["far_foot"].lowest() == pytest.approx(floor, abs=TOLERANCE)


def test_pelvic_tilt_reads_at_print_size(library: PoseLibrary) -> None:
    exercise = library.exercise("pelvic-tilt")
    start, tilt = frame(exercise, "start"), frame(exercise, "tilt")
    # The low back presses down into the mat and the arch under it closes, visibly on paper.
    assert on_paper_mm(exercise, start.joints["low_back"][1] - tilt.joints["low_back"][1]) >= 1.5
    assert on_paper_mm(exercise, gap_under(start, "low_back") - gap_under(tilt, "low_back")) >= 0.6
    assert gap_under(tilt, "low_back") < 1.0
    # The start stays drawn pale behind the tilted figure, in every frame (no pop while animating).
    assert exercise.spec.ghost == "start"
    assert pale_parts(exercise, 1) >= 9 and pale_parts(exercise, 0) == pale_parts(exercise, 1)


def test_chin_tuck_slides_the_head_straight_back_visibly_with_eyes_level(library: PoseLibrary) -> None:
    exercise = library.exercise("chin-tuck")
    start, tuck = frame(exercise, "start"), frame(exercise, "tuck")
    for solved in (start, tuck):
        assert abs(face_direction(solved)) <= 5.0, solved.name  # looking straight ahead
    back = start.joints["head_center"][0] - tuck.joints["head_center"][0]
    assert on_paper_mm(exercise, back) >= 1.8
    assert abs(start.joints["chin"][1] - tuck.joints["chin"][1]) < back / 3.0  # straight back, not a nod
    assert exercise.spec.ghost == "start"
    assert pale_parts(exercise, 1) >= 9 and pale_parts(exercise, 0) == pale_parts(exercise, 1)


def test_dead_bug_reach_keeps_the_other_leg_at_right_angles(library: PoseLibrary) -> None:
    exercise = library.exercise("dead-bug")
    start, reach = frame(exercise, "start"), frame(exercise, "reach")
    for side in ("near", "far"):
        angles = joint_angles(start.pose)
        assert 80.0 <= angles[f"{side}_hip"] <= 100.0 and 80.0 <= angles[f"{side}_knee"] <= 100.0, side
    angles = joint_angles(reach.pose)
    assert angles["near_knee"] < 10.0 and angles["near_hip"] < 30.0  # one leg straightened towards the floor
    assert 80.0 <= angles["far_hip"] <= 100.0 and 80.0 <= angles["far_knee"] <= 100.0  # the other still at 90
    # The bent leg shows beside the straight one (its knee well above the straight leg).
    assert reach.joints["far_knee"][1] > reach.joints["near_knee"][1] + 20.0


def test_nerve_glide_keeps_the_ankle_relaxed(library: PoseLibrary) -> None:
    exercise = library.exercise("sciatic-nerve-glide")
    glide = frame(exercise, "glide")
    angles = joint_angles(glide.pose)
    assert angles["near_knee"] < 10.0  # the knee straightened
    assert angles["near_ankle"] <= -10.0  # the foot relaxed (pointing away), never pulled up


SIDE_LYING = ("clamshell", "side-plank-on-knees", "open-book")


def lowest_height(exercise: ExerciseIllustration, pose: Pose) -> float:
    """The lowest point of a body turned on its side, above the floor (the round ends of every limb included)."""
    view = exercise.spec.view
    assert view is not None
    points = rolled_points(pose, view, exercise.body)
    radius = {"hip": 8.2, "knee": 5.6, "ankle": 3.6, "shoulder": 5.0, "elbow": 4.0, "wrist": 3.1}
    lows = [points[f"{side}_{joint}"][1] - r for side in ("near", "far") for joint, r in radius.items()]
    lows.append(points["head_center"][1] - exercise.body.head_radius)
    trunk = [points[name][1] - 13.0 for name in ("hip", "sacrum", "l1", "c7")]
    return min(lows + trunk)


@pytest.mark.parametrize("exercise_id", SIDE_LYING)
def test_side_lying_figures_rest_on_the_mat_and_never_sink_into_it(library: PoseLibrary, exercise_id: str) -> None:
    exercise = library.exercise(exercise_id)
    view = exercise.spec.view
    assert view is not None and view.body_roll == 90.0 and exercise.spec.position == "lying-on-side"
    mat = exercise.frames[0].spec.props.support_height("floor")
    for solved in exercise.frames:  # every keyframe lies on the mat
        assert lowest_height(exercise, solved.pose) == pytest.approx(mat, abs=0.5), solved.name
    cycle = exercise.spec.cycle
    for start, end in zip(cycle, cycle[1:] + cycle[:1]):
        for step in range(1, 10):
            pose = interpolate_frames(exercise, start, end, step / 10)
            assert lowest_height(exercise, pose) > mat - 1.0, (start, end, step)
    # Limbs that leave the side plane keep their length (foreshortened by as much as they rise or fall).
    for solved in exercise.frames:
        points = world_points(solved.pose, exercise.body)
        for side in ("near", "far"):
            for a, b, length in (("hip", "knee", exercise.body.thigh), ("knee", "ankle", exercise.body.shin)):
                assert distance3(points[f"{side}_{a}"], points[f"{side}_{b}"]) == pytest.approx(length, rel=0.04), (
                    solved.name, side, a)


def test_clamshell_lifts_the_top_knee_with_the_feet_together(library: PoseLibrary) -> None:
    exercise = library.exercise("clamshell")
    view = exercise.spec.view
    assert view is not None
    start, open_ = (rolled_points(frame(exercise, name).pose, view) for name in ("start", "open"))
    angles = joint_angles(frame(exercise, "start").pose)
    assert 35.0 <= angles["near_hip"] <= 55.0 and 80.0 <= angles["near_knee"] <= 100.0  # hips 45, knees 90
    for points in (start, open_):
        assert distance3(points["near_ankle"], points["far_ankle"]) < 9.0  # feet together
    assert distance3(start["near_knee"], start["far_knee"]) < 12.0  # knees together at the start
    assert open_["near_knee"][1] - start["near_knee"][1] > 20.0  # the top knee lifts
    assert open_["far_knee"] == pytest.approx(start["far_knee"]) and open_["hip"] == pytest.approx(start["hip"])
    # As drawn, the knee rises plainly on paper.
    drawn = [view_joints(frame(exercise, name).pose, view)["near_knee"] for name in ("start", "open")]
    assert on_paper_mm(exercise, drawn[1][1] - drawn[0][1]) >= 2.5


def test_side_plank_lifts_the_hips_into_a_line_from_knees_to_shoulders(library: PoseLibrary) -> None:
    exercise = library.exercise("side-plank-on-knees")
    view = exercise.spec.view
    assert view is not None
    start, lift = (rolled_points(frame(exercise, name).pose, view) for name in ("start", "lift"))
    for points in (start, lift):  # propped on the forearm: the elbow under the shoulder, forearm on the mat
        shoulder, elbow = points["far_shoulder"], points["far_elbow"]
        assert math.hypot(shoulder[0] - elbow[0], shoulder[2] - elbow[2]) < 6.0
        assert elbow[1] - 4.0 == pytest.approx(5.0, abs=1.0)
        assert points["far_knee"][1] - 5.6 == pytest.approx(5.0, abs=1.0)  # the knee on the mat
    assert lift["hip"][1] - start["hip"][1] > 9.0
    knee, hip, neck = lift["far_knee"], lift["hip"], lift["c7"]
    middle = (knee[0] - 2.8, (knee[1] + start["near_knee"][1]) / 2.0)  # between the stacked knees
    on_line = middle[1] + (neck[1] - middle[1]) * (hip[0] - middle[0]) / (neck[0] - middle[0])
    assert abs(hip[1] - on_line) < 3.0  # knees, hips and shoulders in one line
    assert start["hip"][1] < on_line - 8.0  # the start sags to the mat


def test_open_book_sweeps_the_top_arm_from_the_front_to_behind_knees_still(library: PoseLibrary) -> None:
    exercise = library.exercise("open-book")
    view = exercise.spec.view
    assert view is not None
    assert exercise.frame_names == ("start", "up", "open")
    start, up, open_ = (rolled_points(solved.pose, view) for solved in exercise.frames)
    # Depth: the belly faces the camera (positive y of the side plane is in front of the body).
    front = frame(exercise, "start").joints
    assert front["near_wrist"][1] > front["shoulder"][1] + 50.0  # arms straight out in front
    behind = frame(exercise, "open").joints
    assert behind["near_wrist"][1] < behind["shoulder"][1] - 40.0  # opened to the other side
    assert up["near_wrist"][1] > start["near_shoulder"][1] + 50.0  # towards the ceiling on the way
    for points in (up, open_):
        for joint in ("near_knee", "far_knee", "near_ankle", "hip"):
            assert points[joint] == pytest.approx(start[joint]), joint  # knees stay together and still
    turns = [solved.pose.turn("head") for solved in exercise.frames]
    assert turns[0] == 0.0 < turns[1] < turns[2] <= 80.0  # the eyes follow the hand


def test_neck_rotation_turns_only_the_head_both_ways(library: PoseLibrary) -> None:
    exercise = library.exercise("neck-rotation")
    assert exercise.frame_names == ("start", "turn-right", "turn-left")
    assert exercise.spec.face_details and exercise.spec.view is not None
    start, right, left = exercise.frames
    assert start.pose.turn("head") == 0.0
    assert 60.0 <= right.pose.turn("head") <= 80.0 and -80.0 <= left.pose.turn("head") <= -60.0
    for solved in (right, left):  # shoulders, trunk and chin level stay as they are
        assert solved.joints["shoulder"] == pytest.approx(start.joints["shoulder"])
        assert solved.pose.angle("head") == pytest.approx(start.pose.angle("head"))
        assert solved.pose.angle("neck") == pytest.approx(start.pose.angle("neck"))
    # Drawn: the face line and the eyes show which way the head points in every frame.
    drawings = [keyframe_scene(exercise, index).primitives for index in range(3)]
    for primitives in drawings:
        assert any(isinstance(p, Circle) and p.fill is Role.BACKGROUND for p in primitives)
    assert len({repr(p) for p in drawings}) == 3
