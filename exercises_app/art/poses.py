"""Keyframes as data: read ``assets/illustrations/poses.yaml`` and solve each frame's pose.

A frame in the file gives the root (hip joint) and segment angles; the solver then puts the
listed contact parts on their support (floor, mat, chair seat or cushion), moves limbs that
``reach`` a target with two-bone inverse kinematics, and ``settle``s single segments until a part
touches its support. The result is a ``SolvedFrame`` whose contacts sit exactly on the surface.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from exercises_app.art.body import (
    ARM_SEGMENTS,
    DEFAULT_BODY,
    LEG_SEGMENTS,
    LIMBS,
    SEGMENTS,
    TURN_LIMITS,
    BodyProportions,
    Pose,
    Shape,
    Skeleton,
    body_shapes,
    foot_point,
    forward_kinematics,
    solve_two_bone,
)
from exercises_app.art.geometry import Point, add
from exercises_app.art.style import MAT_THICKNESS
from exercises_app.art.view import View

LOG = logging.getLogger(__name__)

POSES_FORMAT_VERSION = 1
SUPPORTS = ("floor", "seat", "cushion")


class PoseDataError(Exception):
    """The pose file is missing, unreadable or does not describe a drawable figure."""


class MissingIllustrationError(PoseDataError, KeyError):
    """The pose file has no entry for this exercise."""


def default_poses_path() -> Path:
    """Where the shipped pose file lives (``assets/illustrations/poses.yaml``)."""
    from ..config import bundled_assets_dir

    return bundled_assets_dir() / "illustrations" / "poses.yaml"


# --- Props, arrows, frames ----------------------------------------------------------------------

@dataclass(frozen=True)
class Chair:
    """A chair seen from the side, its back rest on the left (the figure faces +x)."""

    back_x: float
    seat_height: float = 50.0
    depth: float = 42.0
    back_height: float = 46.0


@dataclass(frozen=True)
class Cushion:
    x: float
    width: float = 34.0
    height: float = 9.0


@dataclass(frozen=True)
class Strap:
    """A towel or strap looped under one foot, held by the given arms."""

    leg: str = "near_leg"
    arms: tuple[str, ...] = ("near_arm", "far_arm")


@dataclass(frozen=True)
class Doorway:
    """A door frame cut through: the jamb from x to x + thickness, the head at ``height``."""

    x: float
    thickness: float = 12.0
    height: float = 200.0


@dataclass(frozen=True)
class Wall:
    x: float
    thickness: float = 10.0


@dataclass(frozen=True)
class Props:
    mat: bool = False
    chair: Chair | None = None
    cushion: Cushion | None = None
    strap: Strap | None = None
    doorway: Doorway | None = None
    wall: Wall | None = None

    def support_height(self, surface: str) -> float:
        """World height of a surface the body can rest on."""
        floor = MAT_THICKNESS if self.mat else 0.0
        if surface == "floor":
            return floor
        if surface == "seat":
            if self.chair is None:
                raise PoseDataError("'seat' used without a chair")
            return self.chair.seat_height
        if surface == "cushion":
            if self.cushion is None:
                raise PoseDataError("'cushion' used without a cushion")
            return floor + self.cushion.height
        raise PoseDataError(f"unknown surface {surface!r}")


@dataclass(frozen=True)
class ArrowSpec:
    """An arrow showing a movement.

    Either it follows the path ``joint`` takes from ``from_frame`` (default: the frame drawn) to
    ``to_frame``, pushed aside by ``offset``; or, with ``around``, it is a circular arc of ``radius``
    around that joint from ``start_deg`` turning ``sweep_deg`` (a rotation such as a pelvic tilt).
    """

    joint: str
    to_frame: str | None = None
    from_frame: str | None = None
    offset: Point = (0.0, 0.0)
    bend: float = 0.0
    min_length: float = 30.0
    trim: float = 0.1
    around: bool = False
    radius: float = 20.0
    start_deg: float = 0.0
    sweep_deg: float = 90.0


@dataclass(frozen=True)
class Contact:
    part: str
    surface: str = "floor"


@dataclass(frozen=True)
class ReachTarget:
    """Where a limb's end (wrist or ankle) must be.

    Exactly one form: ``floor_x`` (hand or foot resting on ``surface`` at that x), ``at`` (a world
    point) or ``joint`` (another joint, moved by ``offset``).
    """

    floor_x: float | None = None
    surface: str = "floor"
    at: Point | None = None
    joint: str | None = None
    offset: Point = (0.0, 0.0)


@dataclass(frozen=True)
class Settle:
    part: str
    segment: str
    surface: str = "floor"


@dataclass(frozen=True)
class FrameSpec:
    """One keyframe as written in the pose file."""

    name: str
    pose: Pose
    props: Props
    ground: tuple[Contact, ...] = ()
    reach: tuple[tuple[str, ReachTarget], ...] = ()
    settle: tuple[Settle, ...] = ()
    arrows: tuple[ArrowSpec, ...] = ()
    highlight: tuple[str, ...] = ()


@dataclass(frozen=True)
class SolvedFrame:
    """A keyframe after grounding and inverse kinematics."""

    spec: FrameSpec
    pose: Pose
    joints: Skeleton
    shapes: Mapping[str, Shape]

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass(frozen=True)
class ExerciseSpec:
    exercise_id: str
    position: str
    frames: tuple[FrameSpec, ...]
    cycle: tuple[int, ...]
    anchor: str | None = None
    pins: tuple[str, ...] = ()
    out_of_plane: tuple[str, ...] = ()
    ghost: str | None = None
    """A frame whose pose stays drawn faintly behind the figure (the position it moves away from)."""
    arm_behind_leg: bool = False
    """Draw the near arm behind the near leg (an arm threaded under a crossed knee)."""
    view: View | None = None
    """An oblique camera (see ``view``); None for the usual side view."""
    face_details: bool = False
    """Draw the eyes and the line of the face on the head (where the way the face points is the movement)."""


@dataclass
class ExerciseIllustration:
    """An exercise's solved keyframes, ready to interpolate and draw."""

    spec: ExerciseSpec
    frames: tuple[SolvedFrame, ...]
    body: BodyProportions = DEFAULT_BODY
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def exercise_id(self) -> str:
        return self.spec.exercise_id

    @property
    def frame_names(self) -> tuple[str, ...]:
        return tuple(frame.name for frame in self.frames)

    def frame_index(self, name: str) -> int:
        try:
            return self.frame_names.index(name)
        except ValueError:
            raise PoseDataError(f"{self.exercise_id}: no frame named {name!r}") from None


# --- Solving ------------------------------------------------------------------------------------

def limb_segments(limb: str) -> tuple[str, str, str]:
    """The three segment names of a limb such as ``near_arm``."""
    side, kind = limb.split("_", 1)
    names = ARM_SEGMENTS if kind == "arm" else LEG_SEGMENTS
    return (f"{side}_{names[0]}", f"{side}_{names[1]}", f"{side}_{names[2]}")


def limb_end_joint(limb: str) -> str:
    side, kind = limb.split("_", 1)
    return f"{side}_wrist" if kind == "arm" else f"{side}_ankle"


def limb_base_joint(limb: str) -> str:
    return "shoulder" if limb.endswith("_arm") else "hip"


def reach_limb(pose: Pose, limb: str, target: Point, body: BodyProportions = DEFAULT_BODY) -> Pose:
    """``pose`` with ``limb`` bent so its wrist or ankle lands on ``target``."""
    upper, lower, _ = limb_segments(limb)
    joints = forward_kinematics(pose, body)
    first, second = solve_two_bone(
        joints[limb_base_joint(limb)], target,
        body.segment_length(upper) * pose.scale(upper), body.segment_length(lower) * pose.scale(lower),
        bend_positive=limb.endswith("_arm"),
    )
    return pose.with_angles(**{upper: first, lower: second})


def part_shape(pose: Pose, part: str, body: BodyProportions = DEFAULT_BODY) -> Shape:
    """The shape of one body part (see ``body.body_shapes`` for names)."""
    return body_shapes(pose, None, body)[part]


def _end_resting_offset(pose: Pose, limb: str, body: BodyProportions) -> float:
    """Height of the wrist or ankle above the lowest point of the hand or foot."""
    _, _, end_segment = limb_segments(limb)
    angle = pose.angle(end_segment)
    if limb.endswith("_arm"):
        tip = (math.cos(math.radians(angle)) * body.hand * pose.scale(end_segment),
               math.sin(math.radians(angle)) * body.hand * pose.scale(end_segment))
        return -min(-body.hand_radius[0], tip[1] - body.hand_radius[1])
    return -min(foot_point((0.0, 0.0), angle, p)[1] for p in body.foot_outline)


def reach_point(pose: Pose, limb: str, target: ReachTarget, props: Props,
                body: BodyProportions = DEFAULT_BODY) -> Point:
    """The world point a ``ReachTarget`` asks for in this pose."""
    if target.floor_x is not None:
        return (target.floor_x, props.support_height(target.surface) + _end_resting_offset(pose, limb, body))
    if target.at is not None:
        return target.at
    if target.joint is not None:
        return add(forward_kinematics(pose, body)[target.joint], target.offset)
    raise PoseDataError(f"reach target for {limb} names no place")


def ground_pose(pose: Pose, contacts: Sequence[Contact], props: Props, body: BodyProportions = DEFAULT_BODY) -> Pose:
    """Move ``pose`` up or down so no contact part sinks below its support and one touches it."""
    if not contacts:
        return pose
    shapes = body_shapes(pose, None, body)
    lift = max(props.support_height(c.surface) - shapes[c.part].lowest() for c in contacts)
    return pose.with_root((pose.root[0], pose.root[1] + lift))


def settle_segment(pose: Pose, part: str, segment: str, height: float, body: BodyProportions = DEFAULT_BODY,
                   search_deg: float = 70.0) -> Pose:
    """Turn ``segment`` (nearest solution to its current angle) until ``part`` just touches ``height``."""
    start = pose.angle(segment)

    def gap(angle: float) -> float:
        return part_shape(pose.with_angles(**{segment: angle}), part, body).lowest() - height

    if abs(gap(start)) < 1e-3:
        return pose
    best: tuple[float, float] | None = None
    for direction_sign in (1.0, -1.0):
        previous_angle, previous_gap = start, gap(start)
        step = 1.0
        while step <= search_deg:
            angle = start + direction_sign * step
            current = gap(angle)
            if (previous_gap > 0) != (current > 0):
                if best is None or step < abs(best[0] - start) + 1e-9:
                    best = (previous_angle, angle)
                break
            previous_angle, previous_gap = angle, current
            step += 1.0
    if best is None:
        raise PoseDataError(f"cannot settle {part} on the support by turning {segment}")
    low, high = best
    low_positive = gap(low) > 0
    for _ in range(40):
        middle = (low + high) / 2.0
        if (gap(middle) > 0) == low_positive:
            low = middle
        else:
            high = middle
    return pose.with_angles(**{segment: (low + high) / 2.0})


def solve_frame(frame: FrameSpec, body: BodyProportions = DEFAULT_BODY) -> SolvedFrame:
    """Ground, reach and settle one keyframe."""
    pose = ground_pose(frame.pose, frame.ground, frame.props, body)
    reaches = sorted(frame.reach, key=lambda item: item[0].endswith("_arm"))  # legs first: arms may reach knees
    for limb, target in reaches:
        pose = reach_limb(pose, limb, reach_point(pose, limb, target, frame.props, body), body)
    for settle in frame.settle:
        pose = settle_segment(pose, settle.part, settle.segment, frame.props.support_height(settle.surface), body)
    joints = forward_kinematics(pose, body)
    return SolvedFrame(frame, pose, joints, body_shapes(pose, joints, body))


# --- Reading the file ---------------------------------------------------------------------------

def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PoseDataError(f"{where}: expected a number, got {value!r}")
    return float(value)


def _point(value: Any, where: str) -> Point:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise PoseDataError(f"{where}: expected [x, y], got {value!r}")
    return (_number(value[0], where), _number(value[1], where))


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PoseDataError(f"{where}: expected a mapping, got {type(value).__name__}")
    return value


def _angles(raw: Mapping[str, Any], where: str) -> dict[str, float]:
    angles: dict[str, float] = {}
    for key, value in raw.items():
        if key in LIMBS:
            if not isinstance(value, (list, tuple)) or len(value) != 3:
                raise PoseDataError(f"{where}.{key}: expected three angles")
            for segment, angle in zip(limb_segments(key), value):
                angles[segment] = _number(angle, f"{where}.{key}")
        elif key in SEGMENTS:
            angles[key] = _number(value, f"{where}.{key}")
        else:
            raise PoseDataError(f"{where}: unknown segment {key!r}")
    return angles


def _complete_angles(angles: dict[str, float], where: str) -> dict[str, float]:
    """Far limbs copy the near ones unless given; every segment must end up with an angle."""
    for limb in ("arm", "leg"):
        for near, far in zip(limb_segments(f"near_{limb}"), limb_segments(f"far_{limb}")):
            if far not in angles and near in angles:
                angles[far] = angles[near]
    missing = [segment for segment in SEGMENTS if segment not in angles]
    if missing:
        raise PoseDataError(f"{where}: no angle for {', '.join(missing)}")
    return {segment: angles[segment] for segment in SEGMENTS}


def _props(raw: Mapping[str, Any], where: str) -> Props:
    def build(kind: type, key: str) -> Any:
        if key not in raw or raw[key] is None or raw[key] is False:
            return None
        values = _mapping(raw[key] if raw[key] is not True else {}, f"{where}.{key}")
        try:
            return kind(**{name: (tuple(v) if isinstance(v, list) else v) for name, v in values.items()})
        except TypeError as error:
            raise PoseDataError(f"{where}.{key}: {error}") from None

    unknown = set(raw) - {"mat", "chair", "cushion", "strap", "doorway", "wall"}
    if unknown:
        raise PoseDataError(f"{where}: unknown props {sorted(unknown)}")
    return Props(
        mat=bool(raw.get("mat", False)),
        chair=build(Chair, "chair"), cushion=build(Cushion, "cushion"), strap=build(Strap, "strap"),
        doorway=build(Doorway, "doorway"), wall=build(Wall, "wall"),
    )


def _contacts(raw: Any, where: str) -> tuple[Contact, ...]:
    contacts = []
    for item in raw or ():
        if isinstance(item, str):
            contacts.append(Contact(item))
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            contacts.append(Contact(str(item[0]), str(item[1])))
        else:
            raise PoseDataError(f"{where}: bad contact {item!r}")
    return tuple(contacts)


def _reach(raw: Mapping[str, Any], where: str) -> tuple[tuple[str, ReachTarget], ...]:
    result = []
    for limb, value in raw.items():
        if limb not in LIMBS:
            raise PoseDataError(f"{where}: unknown limb {limb!r}")
        value = _mapping(value, f"{where}.{limb}")
        result.append((limb, ReachTarget(
            floor_x=_number(value["floor_x"], where) if "floor_x" in value else None,
            surface=str(value.get("on", "floor")),
            at=_point(value["at"], where) if "at" in value else None,
            joint=str(value["joint"]) if "joint" in value else None,
            offset=_point(value.get("offset", [0, 0]), where),
        )))
    return tuple(result)


def _arrows(raw: Any, where: str) -> tuple[ArrowSpec, ...]:
    arrows = []
    for index, item in enumerate(raw or ()):
        item = _mapping(item, f"{where}[{index}]")
        try:
            if "around" in item:
                arrows.append(ArrowSpec(
                    joint=str(item["around"]), around=True, radius=_number(item.get("radius", 20.0), where),
                    start_deg=_number(item["start"], where), sweep_deg=_number(item["sweep"], where),
                    offset=_point(item.get("offset", [0, 0]), where),
                ))
                continue
            arrows.append(ArrowSpec(
                joint=str(item["joint"]), to_frame=str(item["to"]),
                from_frame=str(item["from"]) if "from" in item else None,
                offset=_point(item.get("offset", [0, 0]), where),
                bend=_number(item.get("bend", 0.0), where),
                min_length=_number(item.get("min_length", 30.0), where),
                trim=_number(item.get("trim", 0.1), where),
            ))
        except KeyError as error:
            raise PoseDataError(f"{where}[{index}]: missing {error}") from None
    return tuple(arrows)


def _frame(exercise_id: str, defaults: Mapping[str, Any], raw: Mapping[str, Any]) -> FrameSpec:
    name = str(raw.get("name", ""))
    where = f"{exercise_id}.{name or '?'}"
    if not name:
        raise PoseDataError(f"{where}: frame without a name")

    def pick(key: str) -> Any:
        return raw[key] if key in raw else defaults.get(key)

    angles = _angles(_mapping(defaults.get("angles"), where), where)
    angles.update(_angles(_mapping(raw.get("angles"), where), where))
    scales = {**_mapping(defaults.get("scales"), where), **_mapping(raw.get("scales"), where)}
    lateral = {**_mapping(defaults.get("lateral"), where), **_mapping(raw.get("lateral"), where)}
    turns = {**_mapping(defaults.get("turns"), where), **_mapping(raw.get("turns"), where)}
    unknown_turns = set(turns) - set(TURN_LIMITS)
    if unknown_turns:
        raise PoseDataError(f"{where}.turns: only {', '.join(TURN_LIMITS)} can turn, not {sorted(unknown_turns)}")
    pose = Pose(_point(pick("root"), f"{where}.root"), _complete_angles(angles, where),
                {k: _number(v, where) for k, v in scales.items()},
                {str(k): _number(v, f"{where}.lateral") for k, v in lateral.items()},
                {str(k): _number(v, f"{where}.turns") for k, v in turns.items()})
    props = _props({**_mapping(defaults.get("props"), where), **_mapping(raw.get("props"), where)}, where)
    reach = {**_mapping(defaults.get("reach"), where), **_mapping(raw.get("reach"), where)}
    settle = tuple(Settle(*map(str, item)) for item in (pick("settle") or ()))
    return FrameSpec(
        name=name, pose=pose, props=props, ground=_contacts(pick("ground"), where),
        reach=_reach(reach, where), settle=settle, arrows=_arrows(raw.get("arrows"), where),
        highlight=tuple(str(part) for part in (pick("highlight") or ())),
    )


def parse_exercise(exercise_id: str, raw: Mapping[str, Any]) -> ExerciseSpec:
    """Turn one exercise entry of the pose file into an ``ExerciseSpec``."""
    raw = _mapping(raw, exercise_id)
    frames_raw = raw.get("frames")
    if not isinstance(frames_raw, list) or len(frames_raw) < 2:
        raise PoseDataError(f"{exercise_id}: needs at least two frames")
    frames = tuple(_frame(exercise_id, raw, _mapping(item, exercise_id)) for item in frames_raw)
    names = [frame.name for frame in frames]
    if len(set(names)) != len(names):
        raise PoseDataError(f"{exercise_id}: frame names repeat")
    ghost = str(raw["ghost"]) if raw.get("ghost") else None
    if ghost is not None and ghost not in names:
        raise PoseDataError(f"{exercise_id}: ghost names an unknown frame")
    cycle_names = raw.get("cycle") or names
    try:
        cycle = tuple(names.index(str(name)) for name in cycle_names)
    except ValueError:
        raise PoseDataError(f"{exercise_id}: cycle names an unknown frame") from None
    view = None
    if raw.get("view"):
        camera = _mapping(raw["view"], f"{exercise_id}.view")
        unknown = set(camera) - {"yaw", "elevation", "body_roll", "rise"}
        if unknown:
            raise PoseDataError(f"{exercise_id}.view: unknown keys {sorted(unknown)}")
        view = View(*(_number(camera.get(key, 0.0), f"{exercise_id}.view")
                      for key in ("yaw", "elevation", "body_roll", "rise")))
    return ExerciseSpec(
        exercise_id=exercise_id, position=str(raw.get("position", "")), frames=frames, cycle=cycle,
        anchor=str(raw["anchor"]) if raw.get("anchor") else None,
        pins=tuple(str(limb) for limb in raw.get("pins") or ()),
        out_of_plane=tuple(str(limb) for limb in raw.get("out_of_plane") or ()),
        ghost=ghost,
        arm_behind_leg=bool(raw.get("arm_behind_leg", False)),
        view=view,
        face_details=bool(raw.get("face_details", False)),
    )


class PoseLibrary:
    """Every exercise of a pose file; each is parsed and solved on first use."""

    def __init__(self, raw_exercises: Mapping[str, Any], body: BodyProportions = DEFAULT_BODY) -> None:
        self._raw = dict(raw_exercises)
        self._body = body
        self._solved: dict[str, ExerciseIllustration] = {}

    @classmethod
    def from_file(cls, path: Path) -> PoseLibrary:
        """Read a pose file with the content files' safe reader (the C parser when PyYAML has it)."""
        from exercises_app.core.errors import ContentError
        from exercises_app.core.yamlsource import read_yaml

        try:
            document, _lines = read_yaml(Path(path))
        except ContentError as error:
            raise PoseDataError(f"cannot read {error}") from error
        document = _mapping(document, str(path))
        if document.get("version") != POSES_FORMAT_VERSION:
            raise PoseDataError(f"{path}: unsupported version {document.get('version')!r}")
        return cls(_mapping(document.get("exercises"), f"{path}: exercises"))

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(self._raw)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._raw

    def exercise(self, exercise_id: str) -> ExerciseIllustration:
        """The solved exercise; ``MissingIllustrationError`` or ``PoseDataError`` when unusable."""
        if exercise_id not in self._solved:
            if exercise_id not in self._raw:
                raise MissingIllustrationError(exercise_id)
            spec = parse_exercise(exercise_id, self._raw[exercise_id])
            try:
                frames = tuple(solve_frame(frame, self._body) for frame in spec.frames)
            except KeyError as error:
                raise PoseDataError(f"{exercise_id}: unknown part or joint {error}") from None
            self._solved[exercise_id] = ExerciseIllustration(spec, frames, self._body)
        return self._solved[exercise_id]


@lru_cache(maxsize=4)
def load_pose_library(path: Path | None = None) -> PoseLibrary:
    """The pose library at ``path`` (default: the shipped file), read once and cached."""
    return PoseLibrary.from_file(path or default_poses_path())

