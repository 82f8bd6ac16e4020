"""Warning signs reported by the patient: how urgent they are and how to word them.

The record keeps each report's sign ids, its level and the words shown then (``record.days.RedFlag``),
so a later change of wording never changes what a past report meant. Reports carried over from a
record written before ids were kept hold only their words; for those (and only those) the level and
the signs are recognised from the library's wording in either language.
"""
from __future__ import annotations

from collections.abc import Iterable

from .library import EMERGENCY, URGENT, Safety
from .record.days import RedFlag

SEPARATOR = "; "  # how words of several signs were joined in records written before sign ids were kept


def red_flag_signs(which: str, safety: Safety | None, lang: str) -> tuple[list[str], str]:
    """The signs of a legacy report's words in ``lang`` (the library's wording when recognised) and
    the most urgent level: 'emergency', else 'urgent' (also for unrecognised or empty words)."""
    parts = [p.strip() for p in which.split(SEPARATOR) if p.strip()]
    signs, level = [], URGENT
    known = [(s, s.level) for s in safety.signs] if safety else []
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


def flag_level(flag: RedFlag, safety: Safety | None) -> str:
    """How urgent a report is: as recorded, or recognised from the words for a legacy report."""
    return flag.level or red_flag_signs(flag.which, safety, "en")[1]


def flag_words(flag: RedFlag, safety: Safety | None, lang: str) -> list[str]:
    """The signs of a report in ``lang``: the library's words for each recorded id it still has,
    the words recorded for the others."""
    if flag.legacy:
        return red_flag_signs(flag.which, safety, lang)[0]
    words = []
    for index, sign_id in enumerate(flag.sign_ids):
        sign = safety.sign(sign_id) if safety else None
        recorded = flag.words[index] if index < len(flag.words) else sign_id
        words.append(sign.get(lang) if sign is not None else recorded)
    return words


def most_urgent(flags: Iterable[RedFlag], safety: Safety | None) -> str | None:
    """'emergency', 'urgent', or None when there is no report."""
    levels = {flag_level(f, safety) for f in flags}
    return EMERGENCY if EMERGENCY in levels else URGENT if levels else None


def more_urgent(first: str | None, second: str | None) -> str | None:
    """The more urgent of two levels ('emergency' over 'urgent' over None)."""
    return EMERGENCY if EMERGENCY in (first, second) else first or second


def level_in_force(recorded: Iterable[RedFlag], reported_now: str | None, safety: Safety | None) -> str | None:
    """The day's most urgent warning sign: the record's reports and ``reported_now``, the most urgent
    one reported in this sitting (kept apart so that the advice stays on screen, and a session still
    asks first, even when the record could not save the report)."""
    return more_urgent(most_urgent(recorded, safety), reported_now)
