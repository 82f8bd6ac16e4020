"""The 2D figure: proportions, pose (root + segment angles), forward kinematics and body shapes.

World coordinates: x to the right, y up, the floor line at y = 0. The figure faces +x when
standing, so the near (drawn dark) side is the right side of the body. Every segment angle is
absolute (degrees, counter-clockwise from +x): a standing figure has pelvis, lumbar, thoracic,
neck and head at 90, thighs and shins at -90, feet at 0 and arms at -90.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from types import MappingProxyType

from exercises_app.art.geometry import (
    Point,
    add,
    along,
    catmull_rom_point,
    direction,
    distance,
    wrap_angle,
)
from exercises_app.core.limits import JOINT_ANGLE_LIMITS

SIDES = ("near", "far")
ARM_SEGMENTS = ("upper_arm", "forearm", "hand")
LEG_SEGMENTS = ("thigh", "shin", "foot")
SPINE_SEGMENTS = ("pelvis", "lumbar", "thoracic", "neck", "head")
LIMB_SEGMENTS = {"arm": ARM_SEGMENTS, "leg": LEG_SEGMENTS}
SEGMENTS: tuple[str, ...] = SPINE_SEGMENTS + tuple(
    f"{side}_{segment}" for side in SIDES for segment in ARM_SEGMENTS + LEG_SEGMENTS
)
LIMBS: tuple[str, ...] = tuple(f"{side}_{limb}" for side in SIDES for limb in ("arm", "leg"))

STANDING_ANGLES: Mapping[str, float] = MappingProxyType({
    "pelvis": 90.0, "lumbar": 90.0, "thoracic": 90.0, "neck": 90.0, "head": 90.0,
    **{f"{side}_{segment}": -90.0 for side in SIDES for segment in ARM_SEGMENTS + ("thigh", "shin")},
    **{f"{side}_foot": 0.0 for side in SIDES},
})


@dataclass(frozen=True)
class BodyProportions:
    """Segment lengths and thicknesses in world units (a figure about 180 units tall)."""

    pelvis: float = 11.0
    lumbar: float = 17.0
    thoracic: float = 29.0
    neck: float = 9.0
    head_radius: float = 12.0
    shoulder_drop: float = 6.0
    upper_arm: float = 33.0
    forearm: float = 26.0
    hand: float = 15.0
    thigh: float = 44.0
    shin: float = 44.0
    ankle_height: float = 7.0
    # Radii at each end of the limb segments.
    thigh_radius: tuple[float, float] = (8.2, 5.6)
    shin_radius: tuple[float, float] = (5.6, 3.6)
    upper_arm_radius: tuple[float, float] = (5.0, 4.0)
    forearm_radius: tuple[float, float] = (4.0, 3.1)
    hand_radius: tuple[float, float] = (3.2, 2.6)
    neck_radius: float = 5.0
    # Torso half-thickness along the trunk (fraction from hip to neck, front, back).
    torso_profile: tuple[tuple[float, float, float], ...] = (
        (0.0, 9.0, 12.5),
        (0.2, 9.5, 12.0),
        (0.45, 10.0, 9.0),
        (0.72, 12.0, 10.0),
        (0.9, 10.5, 9.5),
        (1.0, 8.0, 8.0),
    )
    # Foot outline around the ankle: x along heel-to-toe, y towards the top of the foot.
    foot_outline: tuple[Point, ...] = (
        (-2.5, 3.5), (3.5, 3.0), (9.0, -1.5), (16.5, -4.0), (20.5, -5.6), (19.5, -7.0),
        (6.0, -7.0), (-4.0, -7.0), (-6.5, -5.2), (-5.0, -1.0),
    )

    def segment_length(self, segment: str) -> float:
        """Length of a segment named like ``near_thigh`` or ``thoracic``."""
        base = segment.split("_", 1)[1] if segment.startswith(SIDES) else segment
        return float(getattr(self, base))


DEFAULT_BODY = BodyProportions()


@dataclass(frozen=True)
class Pose:
    """Root (the hip joint, in world units) plus every segment's absolute angle.

    ``scales`` shortens a segment that points towards or away from the viewer (foreshortening);
    ``lateral`` places joints sideways for an oblique view (see ``view.lateral_place``);
    ``turns`` twists a segment about its own length, in degrees: only ``head`` is drawn (the face
    turned towards the near side when positive, towards the far side when negative; see
    ``TURN_LIMITS``).
    """

    root: Point
    angles: Mapping[str, float]
    scales: Mapping[str, float] = field(default_factory=dict)
    lateral: Mapping[str, float] = field(default_factory=dict)
    turns: Mapping[str, float] = field(default_factory=dict)

    def angle(self, segment: str) -> float:
        return self.angles[segment]

    def scale(self, segment: str) -> float:
        return self.scales.get(segment, 1.0)

    def turn(self, segment: str) -> float:
        return self.turns.get(segment, 0.0)

    def with_angles(self, **changes: float) -> Pose:
        return Pose(self.root, {**self.angles, **changes}, self.scales, self.lateral, self.turns)

    def with_root(self, root: Point) -> Pose:
        return Pose(root, self.angles, self.scales, self.lateral, self.turns)


Skeleton = dict[str, Point]


def forward_kinematics(pose: Pose, body: BodyProportions = DEFAULT_BODY) -> Skeleton:
    """World position of every joint for ``pose``."""
    a = pose.angles
    hip = pose.root
    sacrum = along(hip, a["pelvis"], body.pelvis)
    l1 = along(sacrum, a["lumbar"], body.lumbar)
    c7 = along(l1, a["thoracic"], body.thoracic)
    shoulder = along(along(c7, a["thoracic"], -body.shoulder_drop), a["thoracic"] - 90.0, 1.5)
    skull = along(c7, a["neck"], body.neck)
    head_center = along(along(skull, a["head"], body.head_radius * 0.6), a["head"] - 90.0, body.head_radius * 0.12)
    lumbar_mid = along(sacrum, a["lumbar"], body.lumbar * 0.6)
    upper_back = along(l1, a["thoracic"], body.thoracic * 0.65)
    joints: Skeleton = {
        "hip": hip, "sacrum": sacrum, "l1": l1, "c7": c7, "shoulder": shoulder,
        "skull": skull, "head_center": head_center,
        # Surface landmarks for hands, arrows and highlights.
        "low_back": along(lumbar_mid, a["lumbar"] + 90.0, 9.5),
        "belly": along(lumbar_mid, a["lumbar"] - 90.0, 10.0),
        "chest": along(upper_back, a["thoracic"] - 90.0, 11.5),
        "upper_back": along(upper_back, a["thoracic"] + 90.0, 10.0),
        "chin": along(along(head_center, a["head"] - 90.0, body.head_radius * 0.75), a["head"],
                      -body.head_radius * 0.65),
    }
    for side in SIDES:
        elbow = along(shoulder, a[f"{side}_upper_arm"], body.upper_arm * pose.scale(f"{side}_upper_arm"))
        wrist = along(elbow, a[f"{side}_forearm"], body.forearm * pose.scale(f"{side}_forearm"))
        knee = along(hip, a[f"{side}_thigh"], body.thigh * pose.scale(f"{side}_thigh"))
        ankle = along(knee, a[f"{side}_shin"], body.shin * pose.scale(f"{side}_shin"))
        joints[f"{side}_elbow"] = elbow
        joints[f"{side}_wrist"] = wrist
        joints[f"{side}_fingertip"] = along(wrist, a[f"{side}_hand"], body.hand * pose.scale(f"{side}_hand"))
        joints[f"{side}_knee"] = knee
        joints[f"{side}_ankle"] = ankle
        foot = a[f"{side}_foot"]
        joints[f"{side}_heel"] = foot_point(ankle, foot, body.foot_outline[7])
        joints[f"{side}_toe"] = foot_point(ankle, foot, body.foot_outline[5])
    return joints


def foot_point(ankle: Point, foot_angle: float, local: Point) -> Point:
    """A point of the foot outline given in foot-local coordinates, placed in the world."""
    ux, uy = direction(foot_angle)
    return (ankle[0] + ux * local[0] - uy * local[1], ankle[1] + uy * local[0] + ux * local[1])


# --- Joint angles and their limits -------------------------------------------------------------

#: The joint limits are the core's (``core/limits.py``): a pose file is checked against the same numbers.
JOINT_LIMITS: Mapping[str, tuple[float, float]] = MappingProxyType(dict(JOINT_ANGLE_LIMITS))

TURN_LIMITS: Mapping[str, tuple[float, float]] = MappingProxyType({
    "head": (-80.0, 80.0),  # the neck turns about 80 degrees each way
})
"""Range of each twist of ``Pose.turns``; a twist of any other segment is not drawn and is refused."""


def joint_angles(pose: Pose) -> dict[str, float]:
    """Anatomical joint angles in degrees (flexion and dorsiflexion positive).

    Keys are ``lumbar``, ``thoracic``, ``neck``, ``head`` and ``<side>_<joint>`` for the
    shoulder, elbow, wrist, hip, knee and ankle of each side.
    """
    a = pose.angles
    result = {
        "lumbar": wrap_angle(a["pelvis"] - a["lumbar"]),
        "thoracic": wrap_angle(a["lumbar"] - a["thoracic"]),
        "neck": wrap_angle(a["thoracic"] - a["neck"]),
        "head": wrap_angle(a["neck"] - a["head"]),
    }
    for side in SIDES:
        result[f"{side}_shoulder"] = wrap_angle(a[f"{side}_upper_arm"] - a["thoracic"] + 180.0, -90.0)
        result[f"{side}_elbow"] = wrap_angle(a[f"{side}_forearm"] - a[f"{side}_upper_arm"], -90.0)
        result[f"{side}_wrist"] = wrap_angle(a[f"{side}_hand"] - a[f"{side}_forearm"])
        result[f"{side}_hip"] = wrap_angle(a[f"{side}_thigh"] - a["pelvis"] + 180.0, -90.0)
        result[f"{side}_knee"] = wrap_angle(a[f"{side}_thigh"] - a[f"{side}_shin"], -90.0)
        result[f"{side}_ankle"] = wrap_angle(a[f"{side}_foot"] - a[f"{side}_shin"] - 90.0)
    return result


def joint_limit_violations(pose: Pose) -> dict[str, float]:
    """Joints outside ``JOINT_LIMITS`` with their angle (empty when the pose is possible)."""
    problems = {}
    for joint, value in joint_angles(pose).items():
        low, high = JOINT_LIMITS[joint.split("_", 1)[1] if joint.startswith(SIDES) else joint]
        if not low <= value <= high:
            problems[joint] = value
    for segment, value in pose.turns.items():  # reported as ``head_turn``
        low, high = TURN_LIMITS.get(segment, (0.0, 0.0))
        if not low <= value <= high:
            problems[f"{segment}_turn"] = value
    return problems


def solve_two_bone(base: Point, target: Point, upper: float, lower: float, bend_positive: bool) -> tuple[float, float]:
    """Angles of a two-segment limb from ``base`` that ends at ``target`` (clamped to reach).

    ``bend_positive`` bends the middle joint counter-clockwise (an elbow for a figure facing
    +x); otherwise clockwise (a knee).
    """
    span = distance(base, target)
    span = min(max(span, abs(upper - lower) + 1e-6), upper + lower - 1e-6)
    to_target = math.degrees(math.atan2(target[1] - base[1], target[0] - base[0]))
    at_base = math.degrees(math.acos(max(-1.0,
                                         min(1.0, (upper * upper + span * span - lower * lower) / (2 * upper * span)))))
    inner = math.degrees(math.acos(max(-1.0,
                                       min(1.0, (upper * upper + lower * lower - span * span) / (2 * upper * lower)))))
    bend = 180.0 - inner
    if bend_positive:
        first = to_target - at_base
        return first, first + bend
    first = to_target + at_base
    return first, first - bend


# --- Body shapes ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class CapsuleShape:
    """Convex hull of two discs (a tapered limb segment)."""

    start: Point
    end: Point
    start_radius: float
    end_radius: float

    def lowest(self) -> float:
        return min(self.start[1] - self.start_radius, self.end[1] - self.end_radius)

    def bounds(self) -> tuple[float, float, float, float]:
        return (
            min(self.start[0] - self.start_radius, self.end[0] - self.end_radius),
            min(self.start[1] - self.start_radius, self.end[1] - self.end_radius),
            max(self.start[0] + self.start_radius, self.end[0] + self.end_radius),
            max(self.start[1] + self.start_radius, self.end[1] + self.end_radius),
        )


@dataclass(frozen=True)
class CircleShape:
    center: Point
    radius: float

    def lowest(self) -> float:
        return self.center[1] - self.radius

    def bounds(self) -> tuple[float, float, float, float]:
        x, y = self.center
        return (x - self.radius, y - self.radius, x + self.radius, y + self.radius)


@dataclass(frozen=True)
class OutlineShape:
    """A closed outline drawn as a smooth curve through its points."""

    points: tuple[Point, ...]

    def lowest(self) -> float:
        return min(p[1] for p in self.points)

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys))


Shape = CapsuleShape | CircleShape | OutlineShape


def torso_outline(joints: Skeleton, body: BodyProportions = DEFAULT_BODY,
                  samples_per_span: int = 4) -> tuple[Point, ...]:
    """Closed outline of the trunk around the spine curve hip -> sacrum -> L1 -> C7."""
    spine = [joints["hip"], joints["sacrum"], joints["l1"], joints["c7"]]
    guide_start = (2 * spine[0][0] - spine[1][0], 2 * spine[0][1] - spine[1][1])
    guide_end = (2 * spine[3][0] - spine[2][0], 2 * spine[3][1] - spine[2][1])
    controls = [guide_start, *spine, guide_end]
    centre: list[Point] = []
    for span in range(3):
        for step in range(samples_per_span):
            p0, p1, p2, p3 = controls[span:span + 4]
            centre.append(catmull_rom_point(p0, p1, p2, p3, step / samples_per_span))
    centre.append(spine[3])
    lengths = [0.0]
    for previous, current in pairwise(centre):
        lengths.append(lengths[-1] + distance(previous, current))
    total = lengths[-1] or 1.0
    front: list[Point] = []
    back: list[Point] = []
    for index, point in enumerate(centre):
        before = centre[max(index - 1, 0)]
        after = centre[min(index + 1, len(centre) - 1)]
        heading = math.degrees(math.atan2(after[1] - before[1], after[0] - before[0]))
        ahead, behind = _profile(body.torso_profile, lengths[index] / total)
        front.append(along(point, heading - 90.0, ahead))
        back.append(along(point, heading + 90.0, behind))
    outline: list[Point] = list(front)
    top_heading = math.degrees(math.atan2(centre[-1][1] - centre[-2][1], centre[-1][0] - centre[-2][0]))
    top_front, top_back = _profile(body.torso_profile, 1.0)
    for step in range(1, 4):
        fraction = step / 4
        outline.append(along(centre[-1], top_heading - 90.0 + 180.0 * fraction,
                             top_front + (top_back - top_front) * fraction))
    outline.extend(reversed(back))
    bottom_heading = math.degrees(math.atan2(centre[1][1] - centre[0][1], centre[1][0] - centre[0][0]))
    bottom_front, bottom_back = _profile(body.torso_profile, 0.0)
    for step in range(1, 5):
        fraction = step / 5
        outline.append(along(centre[0], bottom_heading + 90.0 + 180.0 * fraction,
                             bottom_back + (bottom_front - bottom_back) * fraction))
    return tuple(outline)


def _profile(profile: tuple[tuple[float, float, float], ...], fraction: float) -> tuple[float, float]:
    for (t0, f0, b0), (t1, f1, b1) in pairwise(profile):
        if fraction <= t1:
            mix = 0.0 if t1 == t0 else (fraction - t0) / (t1 - t0)
            mix = mix * mix * (3 - 2 * mix)
            return f0 + (f1 - f0) * mix, b0 + (b1 - b0) * mix
    return profile[-1][1], profile[-1][2]


def body_shapes(pose: Pose, joints: Skeleton | None = None, body: BodyProportions = DEFAULT_BODY) -> dict[str, Shape]:
    """Every drawn body part, by name, in world units.

    Names: ``torso``, ``neck``, ``head``, ``face`` (nose and chin beyond the skull, see
    ``head_nose``), and ``<side>_upper_arm``, ``_forearm``, ``_hand``, ``_thigh``, ``_shin``,
    ``_foot``, plus the contact helpers ``<side>_knee`` and ``_elbow``.
    """
    joints = joints if joints is not None else forward_kinematics(pose, body)
    shapes: dict[str, Shape] = {
        "torso": OutlineShape(torso_outline(joints, body)),
        "neck": CapsuleShape(joints["c7"], joints["skull"], body.neck_radius, body.neck_radius),
        "head": CircleShape(joints["head_center"], body.head_radius),
    }
    for side in SIDES:
        shapes[f"{side}_upper_arm"] = CapsuleShape(joints["shoulder"], joints[f"{side}_elbow"], *body.upper_arm_radius)
        shapes[f"{side}_forearm"] = CapsuleShape(joints[f"{side}_elbow"], joints[f"{side}_wrist"], *body.forearm_radius)
        shapes[f"{side}_hand"] = CapsuleShape(joints[f"{side}_wrist"], joints[f"{side}_fingertip"], *body.hand_radius)
        shapes[f"{side}_thigh"] = CapsuleShape(joints["hip"], joints[f"{side}_knee"], *body.thigh_radius)
        shapes[f"{side}_shin"] = CapsuleShape(joints[f"{side}_knee"], joints[f"{side}_ankle"], *body.shin_radius)
        ankle = joints[f"{side}_ankle"]
        foot_angle = pose.angles[f"{side}_foot"]
        shapes[f"{side}_foot"] = OutlineShape(tuple(foot_point(ankle, foot_angle, p) for p in body.foot_outline))
        shapes[f"{side}_knee"] = CircleShape(joints[f"{side}_knee"], body.shin_radius[0])
        shapes[f"{side}_elbow"] = CircleShape(joints[f"{side}_elbow"], body.forearm_radius[0])
    shapes["face"] = OutlineShape(head_nose(joints, pose.angles["head"], body, pose.turn("head")))
    return shapes


def face_profile(body: BodyProportions = DEFAULT_BODY) -> tuple[Point, ...]:
    """The face in head-local (forward, up) units, from the brow round the nose and chin back into the skull."""
    radius = body.head_radius
    return ((radius - 1.5, 1.5), (radius + 4.2, -5.0), (radius + 0.6, -6.4), (radius + 0.4, -9.0),
            (radius - 1.4, -12.6), (radius - 5.5, -13.6), (2.0, -10.5))


def head_nose(joints: Skeleton, head_angle: float, body: BodyProportions = DEFAULT_BODY,
              turn: float = 0.0) -> tuple[Point, ...]:
    """The face in profile (nose, mouth and chin beyond the round skull): shows which way it points.

    A ``turn`` (degrees, see ``Pose.turns``) swings the face out of the side plane: the side view
    then shows its forward reach shortened (``head_nose_sideways`` gives the sideways part).
    """
    centre = joints["head_center"]
    face = head_angle - 90.0
    shorten = math.cos(math.radians(turn)) if turn else 1.0
    return tuple(along(along(centre, face, forward * shorten), head_angle, up) for forward, up in face_profile(body))


def head_nose_sideways(turn: float, body: BodyProportions = DEFAULT_BODY) -> tuple[float, ...]:
    """How far each point of ``head_nose`` lies to the near side of the head's centre for a ``turn``."""
    reach = math.sin(math.radians(turn))
    return tuple(forward * reach for forward, _ in face_profile(body))


def shift(pose: Pose, dx: float, dy: float) -> Pose:
    """``pose`` moved by (dx, dy)."""
    return pose.with_root(add(pose.root, (dx, dy)))
