"""Drawing primitives: the only thing the SVG writer and the Qt painter know about.

Coordinates are in view units (the fixed ``VIEW_WIDTH`` x ``VIEW_HEIGHT`` box, y pointing down).
Colours are given as roles; a palette (see ``style``) turns roles into colours.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from exercises_app.art.geometry import PathCommand, Point, distance, quadratic_point

VIEW_WIDTH = 400.0
VIEW_HEIGHT = 250.0


class Role(str, Enum):  # noqa: UP042 - StrEnum would change str(role)
    """What a shape is, so each theme can choose its colour."""

    BACKGROUND = "background"
    BODY = "body"
    FAR_LIMB = "far_limb"
    FLOOR = "floor"
    MAT = "mat"
    PROP = "prop"
    PROP_FILL = "prop_fill"
    ACCENT = "accent"
    HIGHLIGHT = "highlight"


@dataclass(frozen=True)
class Line:
    """A straight stroke with round caps (a capsule when wide)."""

    start: Point
    end: Point
    width: float
    role: Role


@dataclass(frozen=True)
class Polyline:
    """An open stroke through points, round joins and caps."""

    points: tuple[Point, ...]
    width: float
    role: Role


@dataclass(frozen=True)
class Circle:
    center: Point
    radius: float
    fill: Role | None
    stroke: Role | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    fill: Role | None
    stroke: Role | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class RoundedRect:
    x: float
    y: float
    width: float
    height: float
    radius: float
    fill: Role | None
    stroke: Role | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class Path:
    """A path of move/line/quadratic/cubic commands (see ``geometry.PathCommand``)."""

    commands: tuple[PathCommand, ...]
    fill: Role | None
    stroke: Role | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class Arrow:
    """A curved arrow: a quadratic Bézier shaft with a filled head at ``end``."""

    start: Point
    control: Point
    end: Point
    width: float
    role: Role = Role.ACCENT
    head_length: float = 11.0
    head_width: float = 11.0


Primitive = Line | Polyline | Circle | Polygon | RoundedRect | Path | Arrow


@dataclass(frozen=True)
class Scene:
    """Everything needed to draw one picture, back to front."""

    primitives: tuple[Primitive, ...]
    width: float = VIEW_WIDTH
    height: float = VIEW_HEIGHT


@dataclass(frozen=True)
class ArrowGeometry:
    """An arrow split into a shaft that stops inside the head, and the head triangle."""

    shaft_start: Point
    shaft_control: Point
    shaft_end: Point
    head: tuple[Point, Point, Point]


def arrow_geometry(arrow: Arrow) -> ArrowGeometry:
    """Where to stroke the shaft and fill the head, shared by every renderer."""
    tangent_from = arrow.control if distance(arrow.control, arrow.end) > 1e-6 else arrow.start
    dx, dy = arrow.end[0] - tangent_from[0], arrow.end[1] - tangent_from[1]
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    base = (arrow.end[0] - ux * arrow.head_length, arrow.end[1] - uy * arrow.head_length)
    half = arrow.head_width / 2.0
    head = (arrow.end, (base[0] - uy * half, base[1] + ux * half), (base[0] + uy * half, base[1] - ux * half))
    # Cut the shaft where it enters the head so a wide stroke never pokes through the tip.
    cut = _parameter_at_distance_from_end(arrow, arrow.head_length * 0.6)
    control = (arrow.start[0] + (arrow.control[0] - arrow.start[0]) * cut,
               arrow.start[1] + (arrow.control[1] - arrow.start[1]) * cut)
    return ArrowGeometry(arrow.start, control, quadratic_point(arrow.start, arrow.control, arrow.end, cut), head)


def _parameter_at_distance_from_end(arrow: Arrow, wanted: float) -> float:
    low, high = 0.0, 1.0
    for _ in range(30):
        middle = (low + high) / 2.0
        point = quadratic_point(arrow.start, arrow.control, arrow.end, middle)
        if distance(point, arrow.end) > wanted:
            low = middle
        else:
            high = middle
    return low
