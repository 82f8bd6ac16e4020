"""Own exercises' poses (``core.pose_frames.PoseFrame``) drawn with the pose model, and edited.

A ``PoseFrame`` gives anatomical joint angles; the pose model (``body.Pose``) gives absolute
segment angles. ``pose_of`` and ``frame_from_pose`` turn one into the other, so an own exercise is
drawn by the same scene builder, SVG writer and QPainter code as the bundled ones
(``illustration_of``), and any frame of the bundled drawings can be the start of a new one.

The pose editor's rules live here too, not in the widget: which joint a handle turns
(``HANDLES``), where the handles are drawn, and ``drag`` (the joint angle that brings the handle
nearest the pointer, searched only within the joint's limits, so a joint never leaves them).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from exercises_app.art.body import (
    DEFAULT_BODY,
    SIDES,
    BodyProportions,
    Pose,
    body_shapes,
    joint_angles,
)
from exercises_app.art.geometry import Point, distance, wrap_angle
from exercises_app.art.poses import (
    Chair,
    Cushion,
    Doorway,
    ExerciseIllustration,
    ExerciseSpec,
    FrameSpec,
    MissingIllustrationError,
    PoseLibrary,
    Props,
    SolvedFrame,
    Strap,
    Wall,
    solve_frame,
)
from exercises_app.art.scene import ExerciseLayout, drawn_joints, exercise_layout, keyframe_scene
from exercises_app.art.style import DEFAULT_PALETTE, FLOOR_Y, MAT_THICKNESS
from exercises_app.art.svg import scene_to_svg
from exercises_app.art.view import View
from exercises_app.core import limits
from exercises_app.core.library import Exercise
from exercises_app.core.pose_frames import JOINTS, SIDE_VIEW, Picture, PoseFrame, Prop, clamp_joint, joint_limits

#: The joint each handle turns, by the drawn joint where the handle sits (the far end of the
#: segment the joint turns). ``hip`` itself moves the whole figure.
HANDLES: dict[str, str] = {
    "l1": "lumbar", "c7": "thoracic", "skull": "neck", "chin": "head",
    **{f"{side}_{end}": f"{side}_{joint}" for side in SIDES for end, joint in (
        ("elbow", "shoulder"), ("wrist", "elbow"), ("fingertip", "wrist"),
        ("knee", "hip"), ("ankle", "knee"), ("toe", "ankle"))},
}
MOVE_HANDLE = "hip"
_PROP_KINDS = {"chair": Chair, "cushion": Cushion, "doorway": Doorway, "wall": Wall}


# -- between the two forms --------------------------------------------------------------------------
def pose_of(frame: PoseFrame) -> Pose:
    """The pose model's ``Pose`` for a pose frame (the inverse of ``body.joint_angles``)."""
    j = dict(frame.joints)
    pelvis = frame.trunk
    lumbar = pelvis - j.get("lumbar", 0.0)
    thoracic = lumbar - j.get("thoracic", 0.0)
    neck = thoracic - j.get("neck", 0.0)
    head = neck - j.get("head", 0.0)
    angles = {"pelvis": pelvis, "lumbar": lumbar, "thoracic": thoracic, "neck": neck, "head": head}
    for side in SIDES:
        upper_arm = thoracic + j.get(f"{side}_shoulder", 0.0) - 180.0
        forearm = upper_arm + j.get(f"{side}_elbow", 0.0)
        thigh = pelvis + j.get(f"{side}_hip", 0.0) - 180.0
        shin = thigh - j.get(f"{side}_knee", 0.0)
        angles.update({
            f"{side}_upper_arm": upper_arm, f"{side}_forearm": forearm,
            f"{side}_hand": forearm + j.get(f"{side}_wrist", 0.0),
            f"{side}_thigh": thigh, f"{side}_shin": shin, f"{side}_foot": shin + 90.0 + j.get(f"{side}_ankle", 0.0),
        })
    return Pose(frame.root, angles, dict(frame.scales), dict(frame.lateral), dict(frame.turns))


def props_of(frame: PoseFrame) -> Props:
    """The art package's props for a pose frame."""
    built = {prop.kind: _PROP_KINDS[prop.kind](**dict(prop.sizes)) for prop in frame.props}
    return Props(mat=frame.mat, strap=Strap(leg=frame.strap) if frame.strap else None, **built)


def _prop_data(props: Props) -> tuple[Prop, ...]:
    found = []
    for kind in _PROP_KINDS:
        value = getattr(props, kind)
        if value is not None:
            found.append(Prop(kind, tuple((name, float(size)) for name, size in vars(value).items())))
    return tuple(found)


def frame_from_pose(pose: Pose, props: Props = Props(), view: View | None = None) -> PoseFrame:  # noqa: B008
    """A pose frame for a pose of the model, each joint brought within its limits."""
    angles = joint_angles(pose)
    return PoseFrame(
        root=(round(pose.root[0], 2), round(pose.root[1], 2)),
        trunk=round(wrap_angle(pose.angles["pelvis"]), 2),
        joints=tuple((name, round(clamp_joint(name, angles[name]), 1)) for name in JOINTS),
        scales=tuple(sorted((k, round(min(1.0, max(0.2, v)), 3)) for k, v in pose.scales.items())),
        lateral=tuple(sorted((k, round(min(80.0, max(-80.0, v)), 2)) for k, v in pose.lateral.items())),
        mat=props.mat, strap=props.strap.leg if props.strap else None, props=_prop_data(props),
        view=(view.yaw, view.elevation, view.body_roll, view.rise) if view is not None else SIDE_VIEW,
        turns=tuple(sorted((k, round(max(-80.0, min(80.0, v)), 1)) for k, v in pose.turns.items() if k == "head")),
    )


def frame_from_solved(exercise: ExerciseIllustration, index: int) -> PoseFrame:
    """A frame of a drawn exercise (bundled or own) as a pose frame: the start of a new drawing."""
    solved = exercise.frames[index]
    return frame_from_pose(solved.pose, solved.spec.props, exercise.spec.view)


def standing_frame() -> PoseFrame:
    """A figure standing upright on the floor, every joint at 0."""
    frame = PoseFrame(root=(0.0, 95.0), trunk=90.0, joints=tuple((name, 0.0) for name in JOINTS))
    return rest_on_floor(frame)


def with_view(frame: PoseFrame, view: tuple[float, ...]) -> PoseFrame:
    """The frame seen from ``view``: its first values (yaw, elevation...) replace the frame's."""
    return replace(frame, view=(*view, *frame.view[len(view):]))


def with_head_turn(frame: PoseFrame, degrees: float) -> PoseFrame:
    """The frame with the head turned ``degrees`` (towards the near side when positive), within its limits."""
    low, high = limits.TURN_ANGLE_LIMITS["head"]
    turned = round(max(low, min(high, degrees)), 1)
    return replace(frame, turns=(("head", turned),) if turned else ())


def camera(frame: PoseFrame) -> View | None:
    """The art package's camera for a pose frame (None for the side view)."""
    return View(*frame.view) if any(frame.view) else None


# -- drawing ------------------------------------------------------------------------------------------
def illustration_of(exercise_id: str, frames: Sequence[PoseFrame],
                    body: BodyProportions = DEFAULT_BODY) -> ExerciseIllustration:
    """The drawable exercise for these pose frames, moving through them in order (seen from the first
    frame's camera)."""
    specs = tuple(FrameSpec(name=f"frame-{i + 1}", pose=pose_of(f), props=props_of(f)) for i, f in enumerate(frames))
    spec = ExerciseSpec(exercise_id=exercise_id, position="", frames=specs, cycle=tuple(range(len(specs))),
                        view=camera(frames[0]) if frames else None)
    solved: tuple[SolvedFrame, ...] = tuple(solve_frame(frame, body) for frame in specs)
    return ExerciseIllustration(spec, solved, body)


def illustration_for(exercise: Exercise) -> ExerciseIllustration | None:
    """The drawable exercise of an own exercise: its pose frames, in order (None when it has none;
    its pictures are shown as they are)."""
    poses = [frame.pose for frame in exercise.illustration if frame.pose is not None]
    return illustration_of(exercise.id, poses) if poses else None


def pose_index(exercise: Exercise, index: int) -> int | None:
    """Where frame ``index`` of an own exercise is among its pose frames (None for a picture)."""
    if exercise.illustration[index].pose is None:
        return None
    return sum(1 for frame in exercise.illustration[:index] if frame.pose is not None)


def frame_svg(exercise: ExerciseIllustration, index: int, title: str | None = None) -> str:
    """The SVG of one keyframe, as the bundled drawings' files are made (``export.py``)."""
    return scene_to_svg(keyframe_scene(exercise, index), DEFAULT_PALETTE, title=title)


class OwnPoseLibrary(PoseLibrary):
    """The bundled poses, and the pose frames of own exercises: what the illustration widget draws."""

    def __init__(self, bundled: PoseLibrary | None, exercises: Iterable[Exercise]) -> None:
        """``bundled`` None: the shipped pose file, read when first needed."""
        super().__init__({})
        self._given = bundled
        self._own = {exercise.id: exercise for exercise in exercises if exercise.own}
        self._drawn: dict[str, ExerciseIllustration] = {}

    @property
    def _bundled(self) -> PoseLibrary:
        if self._given is None:
            from exercises_app.art.poses import load_pose_library

            self._given = load_pose_library()
        return self._given

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return (*self._bundled.exercise_ids, *(i for i in self._own if i not in self._bundled))

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._own or exercise_id in self._bundled

    def first_picture(self, exercise_id: str) -> Picture | None:
        """The first picture of an own exercise drawn only with pictures (None otherwise)."""
        own = self._own.get(exercise_id)
        if own is None or any(frame.pose is not None for frame in own.illustration):
            return None
        return next((frame.image for frame in own.illustration if frame.image is not None), None)

    def exercise(self, exercise_id: str) -> ExerciseIllustration:
        own = self._own.get(exercise_id)
        if own is None:
            return self._bundled.exercise(exercise_id)
        if exercise_id not in self._drawn:
            drawn = illustration_for(own)
            if drawn is None:
                raise MissingIllustrationError(exercise_id)
            self._drawn[exercise_id] = drawn
        return self._drawn[exercise_id]


# -- editing ------------------------------------------------------------------------------------------
def handle_points(exercise: ExerciseIllustration, index: int) -> dict[str, Point]:
    """Where each handle of frame ``index`` is drawn, in view units (``scene`` coordinates)."""
    layout = exercise_layout(exercise)
    joints = drawn_joints(exercise, exercise.frames[index].pose)
    names = (MOVE_HANDLE, *HANDLES)
    return {name: layout.to_view(joints[name]) for name in names if name in joints}


def from_view(layout: ExerciseLayout, point: Point) -> Point:
    """The drawn (world or projected) place of a point given in view units."""
    return ((point[0] - layout.offset_x) / layout.zoom, (FLOOR_Y - point[1]) / layout.zoom - layout.lift)


def drag(frame: PoseFrame, handle: str, target: Point, view: View | None = None,
         body: BodyProportions = DEFAULT_BODY) -> PoseFrame:
    """The frame with ``handle`` moved as near ``target`` (drawn coordinates) as its joint allows.

    The hip handle moves the whole figure. Any other handle turns its joint (``HANDLES``): the
    angle is searched only within the joint's limits, so the result never leaves them.
    """
    camera = view or View()

    def drawn(candidate: PoseFrame, name: str) -> Point:
        pose = pose_of(candidate)
        if view is None or view == View():
            from exercises_app.art.body import forward_kinematics

            return forward_kinematics(pose, body)[name]
        from exercises_app.art.view import view_joints

        return view_joints(pose, camera, body)[name]

    if handle == MOVE_HANDLE:
        moved = frame
        for _ in range(4):  # the projection is linear: a few steps settle any camera
            now = drawn(moved, MOVE_HANDLE)
            moved = replace(moved, root=(moved.root[0] + target[0] - now[0], moved.root[1] + target[1] - now[1]))
        return replace(moved, root=(round(moved.root[0], 2), round(moved.root[1], 2)))
    joint = HANDLES[handle]
    low, high = joint_limits(joint)

    def miss(value: float) -> float:
        return distance(drawn(frame.with_joint(joint, value), handle), target)

    best = min((low + step for step in range(int(high - low) + 1)), key=miss)
    fine = [best + tenth / 10.0 for tenth in range(-10, 11) if low <= best + tenth / 10.0 <= high]
    return frame.with_joint(joint, min(fine, key=miss))


def turn(frame: PoseFrame, trunk: float) -> PoseFrame:
    """The whole figure turned round the hip so the pelvis points at ``trunk`` degrees."""
    return replace(frame, trunk=round(wrap_angle(trunk), 1))


def rest_on_floor(frame: PoseFrame, body: BodyProportions = DEFAULT_BODY) -> PoseFrame:
    """The figure moved up or down until its lowest part touches the floor (or the mat)."""
    pose = pose_of(frame)
    lowest = min(shape.lowest() for shape in body_shapes(pose, None, body).values())
    floor = MAT_THICKNESS if frame.mat else 0.0
    return replace(frame, root=(frame.root[0], round(frame.root[1] + floor - lowest, 2)))
