"""Every word the printed handout uses, in English and French.

The handout follows the programme's language, not the interface language, so these strings do
not go through Qt's ``tr()``: they live here, side by side, one key per string. French uses
Canadian conventions: a non-breaking space before ':' and inside « », day names abbreviated
with a capital in table headings, dates written '3 mars 2025'.
"""
from __future__ import annotations

import datetime as dt
import re

from ..core.text import normalise_language

NBSP = "\u00a0"

STRINGS: dict[str, tuple[str, str]] = {
    # page furniture
    "page_of": ("Page {page} of {pages}", "Page {page} de {pages}"),
    "handout": ("Home exercise programme", "Programme d’exercices à domicile"),
    # header
    "patient": ("Patient", "Patient(e)"),
    "clinician": ("Clinician", "Clinicien(ne)"),
    "clinic": ("Clinic", "Clinique"),
    "phone": ("Tel.", "Tél."),
    "start_date": ("Start", "Début"),
    "review_date": ("Next review", "Prochaine réévaluation"),
    "how_often": ("How often", "Fréquence"),
    "sessions_a_day": (("{n} session a day", "{n} sessions a day"), ("{n} séance par jour", "{n} séances par jour")),
    "days_a_week": (("{n} day a week", "{n} days a week"), ("{n} jour par semaine", "{n} jours par semaine")),
    "every_day": ("every day", "tous les jours"),
    "general_notes": ("General notes", "Remarques générales"),
    "at_a_glance": ("Your exercises", "Vos exercices"),
    "glance_page": ("page {page}", "page {page}"),
    "read_safety": (
        "Before you start, read “When to stop and seek care” on page {page}.",
        "Avant de commencer, lisez « Quand arrêter et consulter » à la page {page}.",
    ),
    # exercise block
    "dose": ("Your dose", "Votre dose"),
    "side": ("Side", "Côté"),
    "side_left": ("Left only", "Gauche seulement"),
    "side_right": ("Right only", "Droit seulement"),
    "exercise_note": ("Note for this exercise", "Remarque pour cet exercice"),
    "start_position": ("Starting position", "Position de départ"),
    "steps": ("Steps", "Étapes"),
    "cues": ("Breathing and what to feel", "Respiration et sensations"),
    "mistakes": ("Avoid", "À éviter"),
    "precautions": ("Precautions", "Précautions"),
    "stop_if": ("Stop and tell your clinician if", "Arrêtez et avisez votre clinicien(ne) si"),
    "missing_exercise": (
        "This exercise ({id}) is not in the exercise library: ask your clinician for its instructions.",
        "Cet exercice ({id}) n’est pas dans la bibliothèque d’exercices : demandez les consignes à votre clinicien(ne).",
    ),
    "missing_drawing": ("Drawing not available", "Dessin non disponible"),
    # safety
    "safety_title": ("When to stop and seek care", "Quand arrêter et consulter"),
    "stop_rules": ("While you exercise", "Pendant les exercices"),
    "emergency": ("Seek emergency care now if you have:", "Consultez immédiatement à l’urgence si vous avez :"),
    "urgent": ("Contact a doctor the same day if you have:", "Communiquez avec un médecin le jour même si vous avez :"),
    "not_medical_device": (
        ("This printed programme does not replace the advice of your health professional. "
         "exercises_app is not a medical device."),
        ("Ce programme imprimé ne remplace pas les conseils de votre professionnel de la santé. "
         "exercises_app n’est pas un instrument médical."),
    ),
    # tick sheet
    "tick_title": ("Weekly tick sheet", "Feuille de suivi de la semaine"),
    "week_of": ("Week of", "Semaine du"),
    "tick_help": (
        ("Tick a box each time you do an exercise. Each evening, write your pain from 0 (no pain) "
         "to 10 (worst pain imaginable)."),
        ("Cochez une case chaque fois que vous faites un exercice. Chaque soir, notez votre douleur de 0 "
         "(aucune douleur) à 10 (pire douleur imaginable)."),
    ),
    "tick_sessions": ("Boxes 1 to {n} of each day are the day’s sessions.", "Les cases 1 à {n} de chaque jour sont les séances de la journée."),
    "tick_exercise": ("Exercise", "Exercice"),
    "pain_row": ("Pain 0–10", "Douleur 0–10"),
    "pain_rise": (
        "If your pain goes up by 2 points or more and stays up, contact your clinician.",
        "Si votre douleur augmente de 2 points ou plus et reste élevée, communiquez avec votre clinicien(ne).",
    ),
    "notes": ("Notes", "Notes"),
    "continued": ("(continued)", "(suite)"),
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}


def text(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang``, with ``{name}`` fields filled in from ``values``."""
    en, fr = STRINGS[key]
    chosen = fr if normalise_language(lang) == "fr" else en
    if isinstance(chosen, tuple):
        raise TypeError(f"'{key}' has plural forms: use plural()")
    return chosen.format(**values) if values else chosen


def plural(key: str, lang: str, n: int) -> str:
    """The singular or plural form of ``key`` for the number ``n`` (French: singular for 0 and 1)."""
    en, fr = STRINGS[key]
    fr_lang = normalise_language(lang) == "fr"
    forms = fr if fr_lang else en
    assert isinstance(forms, tuple)
    singular = n <= 1 if fr_lang else n == 1
    return (forms[0] if singular else forms[1]).format(n=n)


def label(key: str, lang: str) -> str:
    """The string ``key`` followed by a colon, with French spacing (« Début : »)."""
    colon = f"{NBSP}:" if normalise_language(lang) == "fr" else ":"
    return text(key, lang) + colon


def weekdays(lang: str) -> tuple[str, ...]:
    """Abbreviated day names, Monday first."""
    return WEEKDAYS[normalise_language(lang)]


def format_date(day: dt.date, lang: str) -> str:
    """'March 3, 2025' or '3 mars 2025' (1er for the first of the month in French)."""
    code = normalise_language(lang)
    month = MONTHS[code][day.month - 1]
    if code == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number}{NBSP}{month} {day.year}"
    return f"{month}{NBSP}{day.day}, {day.year}"


def how_often(sessions_per_day: int, days_per_week: int, lang: str) -> str:
    """'2 sessions a day, every day' or '1 séance par jour, 5 jours par semaine'."""
    days = text("every_day", lang) if days_per_week >= 7 else plural("days_a_week", lang, days_per_week)
    return f"{plural('sessions_a_day', lang, sessions_per_day)}, {days}"


_FRENCH_SPACES = re.compile(r" (?=[:;!?»])|(?<=«) ")
_NUMBER_UNIT = re.compile(r"(?<=\d) (?=(?:s|min|h|cm|kg|%)\b)")


def typeset(text: str) -> str:
    """Make the spaces that must not break non-breaking: a number and its unit ('30 s'), and the
    French space before ':', ';', '!', '?' or '»' and after '«' (« dos : gardez » never breaks
    before the colon). English never puts a space there, so this suits both languages."""
    return _FRENCH_SPACES.sub(NBSP, _NUMBER_UNIT.sub(NBSP, text))
