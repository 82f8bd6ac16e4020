"""SVG writer: a ``Scene`` becomes deterministic SVG text (fixed view box, no timestamps)."""
from __future__ import annotations

from html import escape

from exercises_app.art.geometry import PathCommand, Point
from exercises_app.art.primitives import (
    Arrow,
    Circle,
    Line,
    Path,
    Polygon,
    Polyline,
    Primitive,
    Role,
    RoundedRect,
    Scene,
    arrow_geometry,
)
from exercises_app.art.style import DEFAULT_PALETTE, Palette


def number(value: float) -> str:
    """A coordinate with at most two decimals and no ``-0``."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _point(point: Point) -> str:
    return f"{number(point[0])},{number(point[1])}"


def path_data(commands: tuple[PathCommand, ...]) -> str:
    """SVG ``d`` attribute for path commands."""
    parts = []
    for command in commands:
        letter, values = command[0], command[1:]
        parts.append(letter + " ".join(_point((values[i], values[i + 1])) for i in range(0, len(values), 2)))
    return "".join(parts)


def _paint(palette: Palette, fill: Role | None, stroke: Role | None, stroke_width: float) -> str:
    attributes = [f'fill="{palette.colour(fill)}"' if fill else 'fill="none"']
    if stroke and stroke_width > 0:
        attributes.append(f'stroke="{palette.colour(stroke)}" stroke-width="{number(stroke_width)}" '
                          'stroke-linejoin="round"')
    return " ".join(attributes)


def primitive_to_svg(primitive: Primitive, palette: Palette) -> str:
    """One SVG element for one primitive."""
    if isinstance(primitive, Path):
        paint = _paint(palette, primitive.fill, primitive.stroke, primitive.stroke_width)
        return f'<path d="{path_data(primitive.commands)}" {paint}/>'
    if isinstance(primitive, Line):
        return (f'<line x1="{number(primitive.start[0])}" y1="{number(primitive.start[1])}" '
                f'x2="{number(primitive.end[0])}" y2="{number(primitive.end[1])}" '
                f'stroke="{palette.colour(primitive.role)}" '
                f'stroke-width="{number(primitive.width)}" stroke-linecap="round"/>')
    if isinstance(primitive, Polyline):
        points = " ".join(_point(p) for p in primitive.points)
        return (f'<polyline points="{points}" fill="none" stroke="{palette.colour(primitive.role)}" '
                f'stroke-width="{number(primitive.width)}" stroke-linecap="round" stroke-linejoin="round"/>')
    if isinstance(primitive, Circle):
        return (f'<circle cx="{number(primitive.center[0])}" cy="{number(primitive.center[1])}" '
                f'r="{number(primitive.radius)}" '
                f'{_paint(palette, primitive.fill, primitive.stroke, primitive.stroke_width)}/>')
    if isinstance(primitive, Polygon):
        points = " ".join(_point(p) for p in primitive.points)
        paint = _paint(palette, primitive.fill, primitive.stroke, primitive.stroke_width)
        return f'<polygon points="{points}" {paint}/>'
    if isinstance(primitive, RoundedRect):
        return (f'<rect x="{number(primitive.x)}" y="{number(primitive.y)}" width="{number(primitive.width)}" '
                f'height="{number(primitive.height)}" rx="{number(primitive.radius)}" '
                f'{_paint(palette, primitive.fill, primitive.stroke, primitive.stroke_width)}/>')
    if isinstance(primitive, Arrow):
        geometry = arrow_geometry(primitive)
        colour = palette.colour(primitive.role)
        shaft = (f'<path d="M{_point(geometry.shaft_start)}Q{_point(geometry.shaft_control)} '
                 f'{_point(geometry.shaft_end)}" '
                 f'fill="none" stroke="{colour}" stroke-width="{number(primitive.width)}" stroke-linecap="round"/>')
        head = (f'<polygon points="{" ".join(_point(p) for p in geometry.head)}" fill="{colour}" '
                f'stroke="{colour}" stroke-width="1" stroke-linejoin="round"/>')
        return shaft + "\n" + head
    raise TypeError(f"unknown primitive {primitive!r}")


def scene_to_svg(scene: Scene, palette: Palette = DEFAULT_PALETTE, title: str | None = None) -> str:
    """The whole scene as an SVG document on a background of the palette's background colour."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {number(scene.width)} {number(scene.height)}" '
         f'width="{number(scene.width)}" height="{number(scene.height)}">'),
    ]
    if title:
        lines.append(f"<title>{escape(title, quote=False)}</title>")
    lines.append(f'<rect width="{number(scene.width)}" height="{number(scene.height)}" '
                 f'fill="{palette.colour(Role.BACKGROUND)}"/>')
    lines.extend(primitive_to_svg(primitive, palette) for primitive in scene.primitives)
    lines.append("</svg>")
    return "\n".join(lines) + "\n"
