"""The illustration style in one place: colours by role, line weights, and theme adaptation.

The default palette is colour-blind safe (navy against orange) and keeps distinct grey levels
when printed in black and white.
"""
from __future__ import annotations

from dataclasses import dataclass

from exercises_app.art.primitives import Role
from exercises_app.core.contrast import contrast_ratio

ACCENT_COLOUR = "#E07000"
HOUSE_NAVY = "#1F3A5F"

FLOOR_WIDTH = 2.0
PROP_WIDTH = 2.0
STRAP_WIDTH = 3.0
ARROW_WIDTH = 3.5
KNOCKOUT_WIDTH = 2.6
HIGHLIGHT_GROWTH = 4.5
HIGHLIGHT_STRENGTH = 0.5
MAT_THICKNESS = 5.0
FLOOR_Y = 226.0  # where the floor line sits in view units


@dataclass(frozen=True)
class Palette:
    """A colour (``#RRGGBB``) for each role."""

    colours: dict[Role, str]

    def colour(self, role: Role) -> str:
        return self.colours[role]




def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(channels: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in channels)


def mix(colour_a: str, colour_b: str, amount_b: float) -> str:
    """``colour_a`` moved ``amount_b`` of the way towards ``colour_b``."""
    a, b = _channels(colour_a), _channels(colour_b)
    red, green, blue = (x + (y - x) * amount_b for x, y in zip(a, b))
    return _hex((red, green, blue))


def palette_for(background: str, text: str) -> Palette:
    """A palette for a theme with this background and text colour.

    The house navy is kept while it stays clearly readable on the background; otherwise
    (dark or high-contrast themes) the theme's own text colour draws the body. Every other
    tone is a mixture of the body and the background, so it follows the theme too.
    """
    body = HOUSE_NAVY
    if contrast_ratio(body, background) < 7.0:
        body = text
    return Palette({
        Role.BACKGROUND: background,
        Role.BODY: body,
        Role.FAR_LIMB: mix(body, background, 0.52),
        Role.FLOOR: mix(body, background, 0.35),
        Role.MAT: mix(body, background, 0.75),
        Role.PROP: mix(body, background, 0.3),
        Role.PROP_FILL: mix(body, background, 0.88),
        Role.ACCENT: ACCENT_COLOUR,
        Role.HIGHLIGHT: mix(ACCENT_COLOUR, background, 1.0 - HIGHLIGHT_STRENGTH),
    })


DEFAULT_PALETTE = palette_for("#FFFFFF", "#000000")
"""White paper: navy figure, orange arrows, greys for floor and props."""
