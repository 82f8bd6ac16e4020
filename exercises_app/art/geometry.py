"""Small 2D vector helpers and curve builders shared by the pose model and the scene builder.

Points are plain ``(x, y)`` tuples. Angles are in degrees, counter-clockwise from +x.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
PathCommand = tuple  # ("M", x, y) | ("L", x, y) | ("Q", cx, cy, x, y) | ("C", c1x, c1y, c2x, c2y, x, y) | ("Z",)


def direction(angle_deg: float) -> Point:
    """Unit vector pointing at ``angle_deg``."""
    radians = math.radians(angle_deg)
    return (math.cos(radians), math.sin(radians))


def angle_of(vector: Point) -> float:
    """Angle of ``vector`` in degrees."""
    return math.degrees(math.atan2(vector[1], vector[0]))


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def scale(a: Point, factor: float) -> Point:
    return (a[0] * factor, a[1] * factor)


def along(origin: Point, angle_deg: float, distance: float) -> Point:
    """The point ``distance`` away from ``origin`` in direction ``angle_deg``."""
    radians = math.radians(angle_deg)
    return (origin[0] + math.cos(radians) * distance, origin[1] + math.sin(radians) * distance)


def length(a: Point) -> float:
    return math.hypot(a[0], a[1])


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def lerp(a: float, b: float, fraction: float) -> float:
    return a + (b - a) * fraction


def lerp_point(a: Point, b: Point, fraction: float) -> Point:
    return (a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction)


def wrap_angle(angle_deg: float, low: float = -180.0) -> float:
    """``angle_deg`` moved into ``[low, low + 360)``."""
    return (angle_deg - low) % 360.0 + low


def lerp_angle(a: float, b: float, fraction: float) -> float:
    """Interpolate two angles along the shorter arc."""
    return a + wrap_angle(b - a) * fraction


def arc_commands(center: Point, radius: float, start_deg: float, sweep_deg: float) -> list[PathCommand]:
    """Cubic Bézier commands for a circular arc (no initial move), at most 90 degrees each."""
    pieces = max(1, math.ceil(abs(sweep_deg) / 90.0 - 1e-9))
    step = math.radians(sweep_deg / pieces)
    handle = 4.0 / 3.0 * math.tan(step / 4.0) * radius
    commands: list[PathCommand] = []
    angle = math.radians(start_deg)
    cx, cy = center
    for _ in range(pieces):
        cos0, sin0 = math.cos(angle), math.sin(angle)
        end = angle + step
        cos1, sin1 = math.cos(end), math.sin(end)
        commands.append((
            "C",
            cx + radius * cos0 - handle * sin0, cy + radius * sin0 + handle * cos0,
            cx + radius * cos1 + handle * sin1, cy + radius * sin1 - handle * cos1,
            cx + radius * cos1, cy + radius * sin1,
        ))
        angle = end
    return commands


def tapered_capsule_commands(a: Point, b: Point, radius_a: float, radius_b: float) -> list[PathCommand]:
    """Closed outline of the convex hull of two discs: a limb segment that tapers from a to b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    span = math.hypot(dx, dy)
    if span < 1e-6 or span <= abs(radius_a - radius_b):
        big_center, big_radius = (a, radius_a) if radius_a >= radius_b else (b, radius_b)
        return circle_commands(big_center, big_radius)
    axis = math.degrees(math.atan2(dy, dx))
    side = math.degrees(math.acos(max(-1.0, min(1.0, (radius_a - radius_b) / span))))
    start_b = axis + side
    commands: list[PathCommand] = [("M", *along(a, start_b, radius_a)), ("L", *along(b, start_b, radius_b))]
    commands += arc_commands(b, radius_b, start_b, -2.0 * side)
    commands.append(("L", *along(a, axis - side, radius_a)))
    commands += arc_commands(a, radius_a, axis - side, -(360.0 - 2.0 * side))
    commands.append(("Z",))
    return commands


def circle_commands(center: Point, radius: float) -> list[PathCommand]:
    """Closed circle as four cubic arcs."""
    commands: list[PathCommand] = [("M", center[0] + radius, center[1])]
    commands += arc_commands(center, radius, 0.0, 360.0)
    commands.append(("Z",))
    return commands


def smooth_closed_commands(points: Sequence[Point]) -> list[PathCommand]:
    """Closed Catmull-Rom curve through ``points`` as cubic Bézier commands."""
    count = len(points)
    commands: list[PathCommand] = [("M", *points[0])]
    for index in range(count):
        p0 = points[index - 1]
        p1 = points[index]
        p2 = points[(index + 1) % count]
        p3 = points[(index + 2) % count]
        commands.append((
            "C",
            p1[0] + (p2[0] - p0[0]) / 6.0, p1[1] + (p2[1] - p0[1]) / 6.0,
            p2[0] - (p3[0] - p1[0]) / 6.0, p2[1] - (p3[1] - p1[1]) / 6.0,
            p2[0], p2[1],
        ))
    commands.append(("Z",))
    return commands


def smooth_open_commands(points: Sequence[Point]) -> list[PathCommand]:
    """Open Catmull-Rom curve through ``points`` (ends clamped) as cubic Bézier commands."""
    commands: list[PathCommand] = [("M", *points[0])]
    last = len(points) - 1
    for index in range(last):
        p0 = points[max(index - 1, 0)]
        p1 = points[index]
        p2 = points[index + 1]
        p3 = points[min(index + 2, last)]
        commands.append((
            "C",
            p1[0] + (p2[0] - p0[0]) / 6.0, p1[1] + (p2[1] - p0[1]) / 6.0,
            p2[0] - (p3[0] - p1[0]) / 6.0, p2[1] - (p3[1] - p1[1]) / 6.0,
            p2[0], p2[1],
        ))
    return commands


def catmull_rom_point(p0: Point, p1: Point, p2: Point, p3: Point, t: float) -> Point:
    """Point at ``t`` in [0, 1] on the uniform Catmull-Rom span from p1 to p2."""
    t2 = t * t
    t3 = t2 * t
    return (
        0.5 * (2 * p1[0] + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
               + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3),
        0.5 * (2 * p1[1] + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
               + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3),
    )


def quadratic_point(start: Point, control: Point, end: Point, t: float) -> Point:
    """Point at ``t`` on a quadratic Bézier curve."""
    u = 1.0 - t
    return (
        u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
        u * u * start[1] + 2 * u * t * control[1] + t * t * end[1],
    )
