"""Where to get care, in words a patient in Canada can act on: one source for screens and paper.

The safety dialog, the warning-sign dialog and the printed handout all take their words from
here, so the screen and the page say the same thing (CLINICAL-FACTS.md, "Where to get care").
"""
from __future__ import annotations

from collections.abc import Iterable

from .library import EMERGENCY, URGENT, RedFlagSign, Safety
from .text import Text

#: What to do for an emergency sign.
EMERGENCY_CARE = Text(
    "Call 911 or go to the nearest emergency department now. Do not wait for your next appointment.",
    "Appelez le 911 ou allez immédiatement à l’urgence la plus proche. N’attendez pas votre prochain rendez-vous.",
)

#: What to do for a same-day sign.
SAME_DAY_CARE = Text(
    "See a doctor today: your family doctor, a walk-in clinic, or call 811 for health advice "
    "(Info-Santé 811 in Quebec, or your province’s health line).",
    "Consultez un médecin aujourd’hui : votre médecin de famille, une clinique sans rendez-vous, ou composez "
    "le 811 (Info-Santé 811 au Québec, ou la ligne santé de votre province).",
)

#: The heading over the emergency signs.
EMERGENCY_HEADING = Text("Call 911 now if you have:", "Appelez le 911 immédiatement si vous avez :")

#: The heading over the same-day signs.
SAME_DAY_HEADING = Text("See a doctor today if you have:", "Consultez un médecin aujourd’hui si vous avez :")

#: The person the patient tells about a stop rule or a question.
PHYSIOTHERAPIST = Text("your physiotherapist", "votre physiothérapeute")

#: How many emergency signs the short box on page 1 of a handout names.
SHORT_LIST = 3


def care_for(level: str) -> Text:
    """The words saying where to get care for a sign of ``level`` ('emergency' or 'urgent')."""
    return EMERGENCY_CARE if level == EMERGENCY else SAME_DAY_CARE


def heading_for(level: str) -> Text:
    """The heading over the signs of ``level``."""
    return EMERGENCY_HEADING if level == EMERGENCY else SAME_DAY_HEADING


def signs_by_level(safety: Safety, regions: Iterable[str] = ()) -> dict[str, tuple[RedFlagSign, ...]]:
    """The signs for ``regions`` (every sign when empty), emergency and same-day, in the library's order."""
    signs = safety.signs_for(regions)
    return {level: tuple(s for s in signs if s.level == level) for level in (EMERGENCY, URGENT)}


def commonest_emergency_signs(safety: Safety, regions: Iterable[str] = (), count: int = SHORT_LIST,
                              ) -> tuple[RedFlagSign, ...]:
    """``count`` emergency signs for ``regions``, the library listing the commonest first.

    Each region in turn gives its commonest sign not yet chosen, so a programme for the low back
    and the neck names signs of both; with no regions, the first ``count`` of the library.
    """
    emergency = signs_by_level(safety, regions)[EMERGENCY]
    order = list(dict.fromkeys(regions))
    if not order:
        return emergency[:count]
    chosen: list[RedFlagSign] = []
    while len(chosen) < min(count, len(emergency)):
        before = len(chosen)
        for region in order:
            sign = next((s for s in emergency if region in s.regions and s not in chosen), None)
            if sign is not None and len(chosen) < count:
                chosen.append(sign)
        if len(chosen) == before:
            break
    return tuple(sorted(chosen, key=emergency.index))


__all__ = [
    "EMERGENCY_CARE", "EMERGENCY_HEADING", "PHYSIOTHERAPIST", "SAME_DAY_CARE", "SAME_DAY_HEADING", "SHORT_LIST",
    "care_for", "commonest_emergency_signs", "heading_for", "signs_by_level",
]
