"""Plain-language descriptions of a dose, in English and French, for lists, the CLI and print."""
from __future__ import annotations

from typing import TypedDict

from .library import Dose
from .text import normalise_language


class _DoseWords(TypedDict):
    """The words of a dose in one language: (singular, plural) pairs and single phrases."""

    sets: tuple[str, str]
    reps: tuple[str, str]
    hold: str
    tempo: str
    rest: str
    side: str
    day: tuple[str, str]


_WORDS: dict[str, _DoseWords] = {
    "en": {
        "sets": ("{n} set", "{n} sets"), "reps": ("{n} rep", "{n} reps"),
        "hold": "hold {n} s", "tempo": "{n} s per movement", "rest": "rest {n} s",
        "side": "each side", "day": ("once a day", "{n} times a day"),
    },
    "fr": {
        "sets": ("{n} série", "{n} séries"), "reps": ("{n} répétition", "{n} répétitions"),
        "hold": "maintenir {n} s", "tempo": "{n} s par mouvement", "rest": "repos {n} s",
        "side": "de chaque côté", "day": ("une fois par jour", "{n} fois par jour"),
    },
}

#: A dose in minutes (walking): the plural forms of its minutes and the label of its row.
_MINUTES: dict[str, tuple[str, str]] = {"en": ("{n} minute", "{n} minutes"), "fr": ("{n} minute", "{n} minutes")}
_DURATION = {"en": "Duration", "fr": "Durée"}


def _plural(forms: tuple[str, str], n: int) -> str:
    return (forms[0] if n == 1 else forms[1]).format(n=n)


def describe_dose(dose: Dose, lang: str) -> str:
    """A one-line summary such as '2 sets × 10 reps, hold 5 s, 2 times a day' or '10 minutes, once a day'."""
    words = _WORDS[normalise_language(lang)]
    if dose.minutes is not None:
        minutes = _plural(_MINUTES[normalise_language(lang)], dose.minutes)
        return f"{minutes}, {_plural(words['day'], dose.times_per_day)}"
    parts = [f"{_plural(words['sets'], dose.sets)} × {_plural(words['reps'], dose.reps)}"]
    if dose.per_side:
        parts[0] += f" {words['side']}"
    if dose.hold_s:
        parts.append(words["hold"].format(n=dose.hold_s))
    if dose.tempo_s:
        parts.append(words["tempo"].format(n=dose.tempo_s))
    parts.append(_plural(words["day"], dose.times_per_day))
    return ", ".join(parts)


#: A hold as an amount, to follow 'keep', 'try' or 'up to' as '12 reps' does (not 'hold 10 s').
_HOLDS = {"en": "{n} s holds", "fr": "{n} s de maintien"}


def describe_amount(field: str, value: int, lang: str) -> str:
    """One part of a dose that a progression steps, as an amount: '12 reps', '10 s holds' or
    '25 minutes' ('No, keep 10 s holds', 'adjusted from 10 s holds', 'up to 14 s holds')."""
    language = normalise_language(lang)
    if field == "minutes":
        return _plural(_MINUTES[language], value)
    if field == "hold_s":
        return _HOLDS[language].format(n=value)
    return _plural(_WORDS[language]["reps"], value)


#: A progression's bounds: how often, the step and the sentence that joins them.
_EVERY: dict[str, tuple[str, str]] = {"en": ("every day", "every {n} days"),
                                      "fr": ("chaque jour", "tous les {n} jours")}
_STEP_BY: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"reps": ("{n} rep", "{n} reps"), "hold_s": ("{n} s hold", "{n} s hold"), "minutes": _MINUTES["en"]},
    "fr": {"reps": ("{n} répétition", "{n} répétitions"), "hold_s": ("{n} s de maintien", "{n} s de maintien"),
           "minutes": _MINUTES["fr"]},
}
_STEP_SENTENCE = {"en": "+{amount} {every}, up to {limit}", "fr": "+{amount} {every}, jusqu’à {limit}"}


def describe_progression(field: str, by: int, every_days: int, limit: int, lang: str) -> str:
    """A progression's bounds in a few words: '+2 reps every 3 days, up to 15 reps'."""
    language = normalise_language(lang)
    return _STEP_SENTENCE[language].format(amount=_plural(_STEP_BY[language][field], by),
                                           every=_plural(_EVERY[language], every_days),
                                           limit=f"{limit} s" if field == "hold_s" else
                                           describe_amount(field, limit, lang))


_SHORT_DAYS = {"en": "d", "fr": "j"}


def describe_progression_short(field: str, by: int, every_days: int, limit: int, lang: str) -> str:
    """The same bounds for a narrow table cell: '+2 / 3 d → 16', '+5 s / 3 d → 30 s'."""
    unit = {"hold_s": " s", "minutes": " min"}.get(field, "")
    return f"+{by}{unit} / {every_days} {_SHORT_DAYS[normalise_language(lang)]} → {limit}{unit}"


def dose_rows(dose: Dose, lang: str) -> list[tuple[str, str]]:
    """The dose as (label, value) rows for a table.

    The rest is 'between sets' when there are several sets, 'between sides' for one set done on
    each side, and left out for one set on one side (there is nothing to rest between).
    """
    fr = normalise_language(lang) == "fr"
    if dose.minutes is not None:
        language = normalise_language(lang)
        return [(_DURATION[language], _plural(_MINUTES[language], dose.minutes)),
                ("Nombre de fois par jour" if fr else "Times a day", str(dose.times_per_day))]
    reps = ("Répétitions (de chaque côté)" if fr else "Repetitions (each side)") if dose.per_side else (
        "Répétitions" if fr else "Repetitions")
    rows = [("Séries" if fr else "Sets", str(dose.sets)), (reps, str(dose.reps))]
    if dose.hold_s:
        rows.append(("Maintien" if fr else "Hold", f"{dose.hold_s} s"))
    if dose.tempo_s:
        rows.append(("Rythme" if fr else "Tempo",
                     (f"{dose.tempo_s} s par mouvement" if fr else f"{dose.tempo_s} s per movement")))
    if dose.sets > 1:
        rows.append(("Repos entre les séries" if fr else "Rest between sets", f"{dose.rest_s} s"))
    elif dose.per_side:
        rows.append(("Repos entre les côtés" if fr else "Rest between sides", f"{dose.rest_s} s"))
    rows.append(("Nombre de fois par jour" if fr else "Times a day", str(dose.times_per_day)))
    return rows
