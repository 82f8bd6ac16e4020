"""The handout's three layouts: standard, compact (up to three exercises a page) and large print.

A layout is data that ``ProgrammeDocument`` reads: how its text is sized (:class:`Typography`),
how wide its drawings are, and how an exercise is arranged. The names are in
``core.preferences.HANDOUT_LAYOUTS`` so that the command line and the settings know them without Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..core.preferences import HANDOUT_LAYOUTS
from .layout import Style, pt


@dataclass(frozen=True)
class Typography:
    """Text styles for a layout: every size times ``scale``, and never under ``minimum`` points."""

    scale: float = 1.0
    minimum: float = 0.0

    def __call__(self, style: Style) -> Style:
        if self.scale == 1.0 and not self.minimum:
            return style
        return replace(style, size=round(max(self.minimum, style.size * self.scale), 2))

    def length(self, points: float) -> float:
        """A length in layout units that holds text (a grid's heading row, a badge), scaled with it."""
        return pt(points * max(self.scale, 1.0))


PLAIN = Typography()  # the sizes as the styles give them


@dataclass(frozen=True)
class HandoutLayout:
    """How one kind of handout is laid out.

    ``figure_widths`` are the drawings' widths to try, widest first; the last is the least a
    drawing may be. ``arrangement`` is 'columns' (instructions beside the dose and precautions),
    'compact' (drawings, dose and the steps only, several exercises to a page) or 'single'
    (one column, for large print).
    """

    name: str
    typography: Typography
    figure_widths: tuple[float, ...]
    footer_height: float
    arrangement: str


LARGE_PRINT_TEXT = 14.0  # points: the least size of any text in large print
LARGE_PRINT_FIGURE = pt(232)  # 8.2 cm: drawings at least 8 cm wide

LAYOUTS: dict[str, HandoutLayout] = {
    "standard": HandoutLayout("standard", Typography(), (pt(250), pt(200), pt(170)), pt(18), "columns"),
    "compact": HandoutLayout("compact", Typography(), (pt(150), pt(130), pt(90)), pt(18), "compact"),
    "large": HandoutLayout("large", Typography(1.4, LARGE_PRINT_TEXT), (pt(250), LARGE_PRINT_FIGURE), pt(26),
                           "single"),
}
assert tuple(LAYOUTS) == HANDOUT_LAYOUTS


def handout_layout(name: str) -> HandoutLayout:
    """The layout called ``name``; ValueError naming the choices otherwise."""
    try:
        return LAYOUTS[name.lower()]
    except KeyError:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {name!r}") from None
