"""Oblique views: a pose seen from a camera turned towards the feet and raised above the floor.

Most drawings are side views of the two-dimensional pose model (x along the floor, y up). A few
positions only read from another angle (a figure-4 stretch lying on the back shows its "4" from
the feet), so an exercise may ask for a ``View``. Every joint then gets a sideways place z
(positive towards the side-view viewer): half the hip or shoulder width on the near side, minus
that on the far side, unless the frame moves it (``Pose.lateral``, say a knee turned out). The
camera turns ``yaw`` degrees round the vertical towards the feet (+x), then looks down
``elevation`` degrees. The projection is orthographic: limbs keep their round ends, the face and
feet are sheared flat shapes, and the trunk is its side outline swept across the body's width.

The spine joints may have sideways places too (``Pose.lateral`` of ``hip``, ``sacrum``, ``l1``,
``c7``): the trunk then follows them (a trunk bent or shifted sideways) and the limbs' default
places follow the hip and the base of the neck. A head turned (``Pose.turns``) swings its face
out of the side plane.

A figure lying on its side is posed in the same side plane and turned over by the view:
``body_roll`` turns the body about its long axis (x) before the camera looks at it, 90 lays it on
its far side with the near side up (the sideways places become heights and the side plane's y
becomes depth), and ``rise`` lifts the turned body so that its lowest side rests on the mat. The
floor and the mat are never turned.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise
from typing import Union

from exercises_app.art.body import (
    DEFAULT_BODY,
    SIDES,
    BodyProportions,
    CapsuleShape,
    CircleShape,
    OutlineShape,
    Pose,
    Shape,
    Skeleton,
    foot_point,
    forward_kinematics,
    head_nose,
    head_nose_sideways,
    torso_outline,
)
from exercises_app.art.geometry import Point, along

TRUNK_HALF_WIDTH = 13.0
TRUNK_COPIES = 9  # outlines swept across the trunk's width: enough for a smooth silhouette
ROLLED_TRUNK_COPIES = 27
"""Copies for a body on its side or seen nearly from in front or behind, whose sweep ends show edge-on (no scallops)."""
FACING_SIN = 0.95  # a yaw beyond about 72 degrees (sine above this) is nearly from in front or behind
LATERAL = {"hip": 8.5, "knee": 8.5, "ankle": 8.5, "shoulder": 15.0, "elbow": 16.0, "wrist": 16.0}
"""Default sideways place of each limb joint on the near side (the far side mirrors it)."""
FOLLOWS = {"heel": "ankle", "toe": "ankle", "fingertip": "wrist"}


SPINE = ("hip", "sacrum", "l1", "c7")
FOLLOWS_SPINE = {"hip": "hip", "knee": "hip", "ankle": "hip", "shoulder": "c7", "elbow": "c7", "wrist": "c7"}
"""The spine joint a limb joint's default sideways place follows."""
HEAD_JOINTS = ("skull", "head_center", "chin")
"""Joints that follow the base of the neck sideways unless placed."""


@dataclass(frozen=True)
class View:
    """Where the camera is: ``yaw`` degrees round towards the feet, then ``elevation`` degrees down.

    ``body_roll`` and ``rise`` turn the body over before the camera sees it (a figure lying on
    its side: see the module notes); the defaults leave it upright.
    """

    yaw: float = 0.0
    elevation: float = 0.0
    body_roll: float = 0.0
    rise: float = 0.0

    def body_place(self, point: Point, z: float) -> tuple[Point, float]:
        """A body point (side-plane x, y and sideways z) turned by ``body_roll`` and lifted by ``rise``.

        Returns ((x, height), sideways place) in the world of the floor and the mat.
        """
        if not self.body_roll and not self.rise:
            return point, z
        roll = math.radians(self.body_roll)
        x, y = point
        height = y * math.cos(roll) + z * math.sin(roll) + self.rise
        return (x, height), z * math.cos(roll) - y * math.sin(roll)

    def project_body(self, point: Point, z: float) -> Point:
        """The drawn place of a body point (``project`` after ``body_place``)."""
        return self.project(*self.body_place(point, z))

    def body_nearness(self, point: Point, z: float) -> float:
        """How close a body point is to the camera (``nearness`` after ``body_place``)."""
        return self.nearness(*self.body_place(point, z))

    def _axes(self) -> tuple[float, float, float, float]:
        yaw, elevation = math.radians(self.yaw), math.radians(self.elevation)
        return math.cos(yaw), math.sin(yaw), math.cos(elevation), math.sin(elevation)

    def project(self, point: Point, z: float) -> Point:
        """The drawn place of the world point (x, y) at sideways place ``z``."""
        cos_yaw, sin_yaw, cos_elevation, sin_elevation = self._axes()
        x, y = point
        towards_camera = x * sin_yaw + z * cos_yaw
        return (x * cos_yaw - z * sin_yaw, y * cos_elevation - towards_camera * sin_elevation)

    def nearness(self, point: Point, z: float) -> float:
        """How close the point is to the camera (larger is nearer)."""
        cos_yaw, sin_yaw, cos_elevation, sin_elevation = self._axes()
        x, y = point
        return (x * sin_yaw + z * cos_yaw) * cos_elevation + y * sin_elevation


DrawnShape = Union[Shape, "SweptOutlineShape"]


@dataclass(frozen=True)
class SweptOutlineShape:
    """A flat outline swept sideways: drawn as copies from the farthest to the nearest."""

    copies: tuple[OutlineShape, ...]

    def lowest(self) -> float:
        return min(copy.lowest() for copy in self.copies)

    def bounds(self) -> tuple[float, float, float, float]:
        boxes = [copy.bounds() for copy in self.copies]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))

    @property
    def nearest(self) -> OutlineShape:
        return self.copies[-1]


def lateral_place(pose: Pose, joint: str) -> float:
    """Sideways place of a joint such as ``near_knee`` (0 for the spine, head and landmarks).

    A limb joint not placed by the pose sits half the hip or shoulder width from the spine joint
    it follows (``hip`` or ``c7``), so a trunk moved sideways carries its limbs along.
    """
    if joint in pose.lateral:
        return pose.lateral[joint]
    side, _, name = joint.partition("_")
    if side not in SIDES:
        if joint in SPINE:
            return spine_places(pose)[SPINE.index(joint)]
        return spine_places(pose)[-1] if joint in HEAD_JOINTS else 0.0
    if name in FOLLOWS:
        return lateral_place(pose, f"{side}_{FOLLOWS[name]}")
    sign = 1.0 if side == "near" else -1.0
    base = spine_places(pose)[SPINE.index(FOLLOWS_SPINE[name])] if name in FOLLOWS_SPINE else 0.0
    return base + sign * LATERAL.get(name, 0.0)


def spine_places(pose: Pose) -> tuple[float, ...]:
    """Sideways places of ``SPINE``: as given, those not given in between the given ones (0 when none is)."""
    given = {index: pose.lateral[name] for index, name in enumerate(SPINE) if name in pose.lateral}
    if not given:
        return (0.0,) * len(SPINE)
    places = []
    for index in range(len(SPINE)):
        below = max((i for i in given if i <= index), default=None)
        above = min((i for i in given if i >= index), default=None)
        if below is None or above is None or below == above:
            places.append(given[below if below is not None else above])  # type: ignore[index]
        else:
            places.append(given[below] + (given[above] - given[below]) * (index - below) / (above - below))
    return tuple(places)


def spine_lateral(pose: Pose, joints: Skeleton, point: Point) -> float:
    """Sideways place of the trunk at ``point``: the spine joints' places, interpolated along the spine."""
    places = spine_places(pose)
    if not any(places):
        return 0.0
    best, best_distance = places[0], float("inf")
    for index in range(len(SPINE) - 1):
        start, end = joints[SPINE[index]], joints[SPINE[index + 1]]
        dx, dy = end[0] - start[0], end[1] - start[1]
        length = dx * dx + dy * dy or 1.0
        t = max(0.0, min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / length))
        gap = math.hypot(point[0] - start[0] - t * dx, point[1] - start[1] - t * dy)
        if gap < best_distance:
            best, best_distance = places[index] + (places[index + 1] - places[index]) * t, gap
    return best


def world_points(pose: Pose, body: BodyProportions = DEFAULT_BODY) -> dict[str, tuple[float, float, float]]:
    """Every joint as (x, y, z), with the hips and shoulders split into a near and a far one."""
    joints = forward_kinematics(pose, body)
    points = {name: (*place, lateral_place(pose, name)) for name, place in joints.items()}
    for name, place in joints.items():  # trunk landmarks follow a trunk moved sideways
        if name not in pose.lateral and name not in HEAD_JOINTS and not name.startswith(SIDES):
            points[name] = (*place, spine_lateral(pose, joints, place))
    for side in SIDES:
        for base in ("hip", "shoulder"):
            points[f"{side}_{base}"] = (*joints[base], lateral_place(pose, f"{side}_{base}"))
    return points


def view_joints(pose: Pose, view: View, body: BodyProportions = DEFAULT_BODY) -> Skeleton:
    """Drawn place of every joint (see ``world_points``)."""
    return {name: view.project_body((x, y), z) for name, (x, y, z) in world_points(pose, body).items()}


def rolled_points(pose: Pose, view: View,
                  body: BodyProportions = DEFAULT_BODY) -> dict[str, tuple[float, float, float]]:
    """Every joint as (x, height, sideways) in the world of the floor, after ``body_roll`` and ``rise``."""
    result = {}
    for name, (x, y, z) in world_points(pose, body).items():
        (x, height), sideways = view.body_place((x, y), z)
        result[name] = (x, height, sideways)
    return result


def face_points(pose: Pose, joints: Skeleton, body: BodyProportions = DEFAULT_BODY) -> tuple[tuple[Point, float], ...]:
    """The face outline as (side-plane point, sideways place): it follows the head and its turn."""
    turn = pose.turn("head")
    centre = lateral_place(pose, "head_center")
    return tuple((point, centre + sideways) for point, sideways in
                 zip(head_nose(joints, pose.angle("head"), body, turn), head_nose_sideways(turn, body)))


EYE = (8.6, 1.0, 4.6)
"""An eye in head-local units for a 12-unit head: forward from the centre, up, sideways (either side)."""


def eye_places(pose: Pose, joints: Skeleton, body: BodyProportions = DEFAULT_BODY) -> tuple[tuple[Point, float], ...]:
    """Both eyes as (side-plane point, sideways place), turned with the head (``Pose.turns``)."""
    turn = math.radians(pose.turn("head"))
    head = pose.angle("head")
    centre = joints["head_center"]
    middle = lateral_place(pose, "head_center")
    grow = body.head_radius / 12.0
    forward, up, across = (value * grow for value in EYE)
    places = []
    for sideways in (across, -across):
        ahead = forward * math.cos(turn) - sideways * math.sin(turn)
        aside = forward * math.sin(turn) + sideways * math.cos(turn)
        places.append((along(along(centre, head - 90.0, ahead), head, up), middle + aside))
    return tuple(places)


def visible_eyes(pose: Pose, view: View, body: BodyProportions = DEFAULT_BODY) -> tuple[Point, ...]:
    """The drawn places of the eyes that face the camera (an eye on the far side of the head is hidden)."""
    joints = forward_kinematics(pose, body)
    centre = joints["head_center"]
    middle = lateral_place(pose, "head_center")
    seen = []
    for point, sideways in eye_places(pose, joints, body):
        facing = view.body_nearness(point, sideways) - view.body_nearness(centre, middle)
        if facing > 0.35 * math.dist((*point, sideways), (*centre, middle)):
            seen.append(view.project_body(point, sideways))
    return tuple(seen)


def view_shapes(pose: Pose, view: View, body: BodyProportions = DEFAULT_BODY) -> dict[str, DrawnShape]:
    """The body parts of ``body.body_shapes`` as drawn from ``view``."""
    joints = forward_kinematics(pose, body)
    drawn = view_joints(pose, view, body)
    outline = torso_outline(joints, body)
    trunk = [(p, spine_lateral(pose, joints, p)) for p in outline]
    edge_on = view.body_roll or abs(math.sin(math.radians(view.yaw))) > FACING_SIN
    copies = ROLLED_TRUNK_COPIES if edge_on else TRUNK_COPIES
    steps = [-TRUNK_HALF_WIDTH + 2.0 * TRUNK_HALF_WIDTH * i / (copies - 1) for i in range(copies)]
    sacrum = lateral_place(pose, "sacrum")
    steps.sort(key=lambda z: view.body_nearness(joints["sacrum"], sacrum + z))
    shapes: dict[str, DrawnShape] = {
        "torso": SweptOutlineShape(tuple(
            OutlineShape(tuple(view.project_body(_towards_spine(p, joints, _rounding(view, z)), base + z)
                               for p, base in trunk))
            for z in steps)),
        "neck": CapsuleShape(drawn["c7"], drawn["skull"], body.neck_radius, body.neck_radius),
        "head": CircleShape(drawn["head_center"], body.head_radius),
        "face": OutlineShape(tuple(view.project_body(p, z) for p, z in face_points(pose, joints, body))),
    }
    for side in SIDES:
        shapes[f"{side}_upper_arm"] = CapsuleShape(drawn[f"{side}_shoulder"], drawn[f"{side}_elbow"],
                                                   *body.upper_arm_radius)
        shapes[f"{side}_forearm"] = CapsuleShape(drawn[f"{side}_elbow"], drawn[f"{side}_wrist"], *body.forearm_radius)
        shapes[f"{side}_hand"] = CapsuleShape(drawn[f"{side}_wrist"], drawn[f"{side}_fingertip"], *body.hand_radius)
        shapes[f"{side}_thigh"] = CapsuleShape(drawn[f"{side}_hip"], drawn[f"{side}_knee"], *body.thigh_radius)
        shapes[f"{side}_shin"] = CapsuleShape(drawn[f"{side}_knee"], drawn[f"{side}_ankle"], *body.shin_radius)
        ankle, foot_angle, z = joints[f"{side}_ankle"], pose.angle(f"{side}_foot"), lateral_place(pose, f"{side}_ankle")
        shapes[f"{side}_foot"] = OutlineShape(tuple(view.project_body(foot_point(ankle, foot_angle, p), z)
                                                    for p in body.foot_outline))
        shapes[f"{side}_knee"] = CircleShape(drawn[f"{side}_knee"], body.shin_radius[0])
        shapes[f"{side}_elbow"] = CircleShape(drawn[f"{side}_elbow"], body.forearm_radius[0])
    return shapes


def _rounding(view: View, z: float) -> float:
    """How much of its thickness a copy of the trunk outline keeps: all of it, except for a body on its
    side, whose trunk is rounded at its sides (the copies nearest the sides are slimmer)."""
    if not view.body_roll:
        return 1.0
    return 0.45 + 0.55 * math.sqrt(max(0.0, 1.0 - (z / TRUNK_HALF_WIDTH) ** 2))


def _towards_spine(point: Point, joints: Skeleton, keep: float) -> Point:
    """``point`` of the trunk outline moved towards the nearest point of the spine, keeping ``keep`` of the gap."""
    if keep >= 1.0:
        return point
    best, best_gap = point, float("inf")
    for start_name, end_name in pairwise(SPINE):
        start, end = joints[start_name], joints[end_name]
        dx, dy = end[0] - start[0], end[1] - start[1]
        t = max(0.0, min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / (dx * dx + dy * dy or 1.0)))
        foot = (start[0] + t * dx, start[1] + t * dy)
        gap = math.dist(point, foot)
        if gap < best_gap:
            best, best_gap = foot, gap
    return (best[0] + (point[0] - best[0]) * keep, best[1] + (point[1] - best[1]) * keep)


def mat_outline(view: View, left: float, right: float, half_width: float, thickness: float,
                middle: float = 0.0) -> tuple[Point, ...]:
    """The drawn outline of a mat from ``left`` to ``right`` (world x), ``half_width`` either side of ``middle``."""
    corners = [view.project((x, y), middle + z)
               for x in (left, right) for y in (0.0, thickness) for z in (-half_width, half_width)]
    return convex_hull(corners)


def convex_hull(points: list[Point]) -> tuple[Point, ...]:
    """The convex hull of ``points``, counter-clockwise (Andrew's monotone chain)."""
    ordered = sorted(set(points))
    if len(ordered) < 3:
        return tuple(ordered)

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for point in ordered:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    for point in reversed(ordered):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], point) <= 0:
            upper.pop()
        upper.append(point)
    return tuple(lower[:-1] + upper[:-1])
