"""Oblique views: a pose seen from a camera turned towards the feet and raised above the floor.

Most drawings are side views of the two-dimensional pose model (x along the floor, y up). A few
positions only read from another angle (a figure-4 stretch lying on the back shows its "4" from
the feet), so an exercise may ask for a ``View``. Every joint then gets a sideways place z
(positive towards the side-view viewer): half the hip or shoulder width on the near side, minus
that on the far side, unless the frame moves it (``Pose.lateral``, say a knee turned out). The
camera turns ``yaw`` degrees round the vertical towards the feet (+x), then looks down
``elevation`` degrees. The projection is orthographic: limbs keep their round ends, the face and
feet are sheared flat shapes, and the trunk is its side outline swept across the body's width.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
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
    torso_outline,
)
from exercises_app.art.geometry import Point

TRUNK_HALF_WIDTH = 13.0
TRUNK_COPIES = 9  # outlines swept across the trunk's width: enough for a smooth silhouette
LATERAL = {"hip": 8.5, "knee": 8.5, "ankle": 8.5, "shoulder": 15.0, "elbow": 16.0, "wrist": 16.0}
"""Default sideways place of each limb joint on the near side (the far side mirrors it)."""
FOLLOWS = {"heel": "ankle", "toe": "ankle", "fingertip": "wrist"}


@dataclass(frozen=True)
class View:
    """Where the camera is: ``yaw`` degrees round towards the feet, then ``elevation`` degrees down."""

    yaw: float = 0.0
    elevation: float = 0.0

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
    """Sideways place of a joint such as ``near_knee`` (0 for the spine, head and landmarks)."""
    if joint in pose.lateral:
        return pose.lateral[joint]
    side, _, name = joint.partition("_")
    if side not in SIDES:
        return 0.0
    if name in FOLLOWS:
        return lateral_place(pose, f"{side}_{FOLLOWS[name]}")
    sign = 1.0 if side == "near" else -1.0
    return sign * LATERAL.get(name, 0.0)


def world_points(pose: Pose, body: BodyProportions = DEFAULT_BODY) -> dict[str, tuple[float, float, float]]:
    """Every joint as (x, y, z), with the hips and shoulders split into a near and a far one."""
    joints = forward_kinematics(pose, body)
    points = {name: (*place, lateral_place(pose, name)) for name, place in joints.items()}
    for side in SIDES:
        for base in ("hip", "shoulder"):
            points[f"{side}_{base}"] = (*joints[base], lateral_place(pose, f"{side}_{base}"))
    return points


def view_joints(pose: Pose, view: View, body: BodyProportions = DEFAULT_BODY) -> Skeleton:
    """Drawn place of every joint (see ``world_points``)."""
    return {name: view.project((x, y), z) for name, (x, y, z) in world_points(pose, body).items()}


def view_shapes(pose: Pose, view: View, body: BodyProportions = DEFAULT_BODY) -> dict[str, DrawnShape]:
    """The body parts of ``body.body_shapes`` as drawn from ``view``."""
    joints = forward_kinematics(pose, body)
    drawn = view_joints(pose, view, body)
    outline = torso_outline(joints, body)
    steps = [-TRUNK_HALF_WIDTH + 2.0 * TRUNK_HALF_WIDTH * i / (TRUNK_COPIES - 1) for i in range(TRUNK_COPIES)]
    steps.sort(key=lambda z: view.nearness(joints["sacrum"], z))
    shapes: dict[str, DrawnShape] = {
        "torso": SweptOutlineShape(tuple(OutlineShape(tuple(view.project(p, z) for p in outline)) for z in steps)),
        "neck": CapsuleShape(drawn["c7"], drawn["skull"], body.neck_radius, body.neck_radius),
        "head": CircleShape(drawn["head_center"], body.head_radius),
        "face": OutlineShape(tuple(view.project(p, 0.0) for p in head_nose(joints, pose.angle("head"), body))),
    }
    for side in SIDES:
        shapes[f"{side}_upper_arm"] = CapsuleShape(drawn[f"{side}_shoulder"], drawn[f"{side}_elbow"],
                                                   *body.upper_arm_radius)
        shapes[f"{side}_forearm"] = CapsuleShape(drawn[f"{side}_elbow"], drawn[f"{side}_wrist"], *body.forearm_radius)
        shapes[f"{side}_hand"] = CapsuleShape(drawn[f"{side}_wrist"], drawn[f"{side}_fingertip"], *body.hand_radius)
        shapes[f"{side}_thigh"] = CapsuleShape(drawn[f"{side}_hip"], drawn[f"{side}_knee"], *body.thigh_radius)
        shapes[f"{side}_shin"] = CapsuleShape(drawn[f"{side}_knee"], drawn[f"{side}_ankle"], *body.shin_radius)
        ankle, foot_angle, z = joints[f"{side}_ankle"], pose.angle(f"{side}_foot"), lateral_place(pose, f"{side}_ankle")
        shapes[f"{side}_foot"] = OutlineShape(tuple(view.project(foot_point(ankle, foot_angle, p), z)
                                                    for p in body.foot_outline))
        shapes[f"{side}_knee"] = CircleShape(drawn[f"{side}_knee"], body.shin_radius[0])
        shapes[f"{side}_elbow"] = CircleShape(drawn[f"{side}_elbow"], body.forearm_radius[0])
    return shapes


def mat_outline(view: View, left: float, right: float, half_width: float, thickness: float) -> tuple[Point, ...]:
    """The drawn outline of a mat from ``left`` to ``right`` (world x), ``half_width`` either side."""
    corners = [view.project((x, y), z)
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
