"""Red flags reported by the patient: how urgent they are and which of the library's signs they name.

The record keeps the signs ticked as text (in the patient's language, joined by ``SEPARATOR``);
these functions recognise the library's signs in either language, so screens and the report agree.
"""
from __future__ import annotations

from .library import EMERGENCY, URGENT, Safety

SEPARATOR = "; "  # how the red-flag dialog joins the signs ticked


def red_flag_signs(which: str, safety: Safety | None, lang: str) -> tuple[list[str], str]:
    """The signs of a recorded red flag in ``lang`` (the library's wording when recognised) and the
    most urgent level: 'emergency', else 'urgent' (also for an unrecognised or empty text)."""
    parts = [p.strip() for p in which.split(SEPARATOR) if p.strip()]
    signs, level = [], URGENT
    known = ([(s, EMERGENCY) for s in safety.emergency] + [(s, URGENT) for s in safety.urgent]) if safety else []
    for part in parts:
        match = next(((sign, lvl) for sign, lvl in known if part in (sign.en, sign.fr)), None)
        if match is None:  # free text, or several signs joined differently: look for the library's signs in it
            inside = [(sign, lvl) for sign, lvl in known if sign.en in part or sign.fr in part]
            if inside:
                signs += [sign.get(lang) for sign, _ in inside]
                level = EMERGENCY if any(lvl == EMERGENCY for _, lvl in inside) else level
            else:
                signs.append(part)
            continue
        signs.append(match[0].get(lang))
        if match[1] == EMERGENCY:
            level = EMERGENCY
    return signs, level


def red_flag_level(recorded: str | None, safety: Safety | None) -> str | None:
    """How urgent a recorded red flag is (None when none was reported); see ``red_flag_signs``."""
    if recorded is None:
        return None
    return red_flag_signs(recorded, safety, "en")[1]
