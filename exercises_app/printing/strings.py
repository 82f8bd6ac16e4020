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

#: One string in (English, French); a string with plural forms gives (singular, plural) in each language.
Words = tuple[str, str] | tuple[tuple[str, str], tuple[str, str]]

STRINGS: dict[str, Words] = {
    # page furniture
    "page_of": ("Page {page} of {pages}", "Page {page} de {pages}"),
    "handout": ("Home exercise programme", "Programme d’exercices à domicile"),
    # header
    "patient": ("Patient", "Patient(e)"),
    "clinician": ("Physiotherapist", "Physiothérapeute"),
    "clinic": ("Clinic", "Clinique"),
    "phone": ("Tel.", "Tél."),
    "start_date": ("Start", "Début"),
    "review_date": ("Next review", "Prochaine réévaluation"),
    "next_appointment": ("Next appointment", "Prochain rendez-vous"),
    "date_at_time": ("{date}, {time}", "{date} à {time}"),
    "how_often": ("How often", "Fréquence"),
    "sessions_a_day": (("{n} session a day", "{n} sessions a day"), ("{n} séance par jour", "{n} séances par jour")),
    "days_a_week": (("{n} day a week", "{n} days a week"), ("{n} jour par semaine", "{n} jours par semaine")),
    "every_day": ("every day", "tous les jours"),
    "advice": ("Advice from your physiotherapist", "Conseils de votre physiothérapeute"),
    "example_title": ("An example, not a programme chosen for you", "Un exemple, pas un programme choisi pour vous"),
    "example_text": (("These are the clinic guide's exercises, shown as an example. Check with a physiotherapist "
                      "before following them: some of them may not suit your back or neck."),
                     ("Ce sont les exercices du guide de la clinique, présentés comme exemple. Vérifiez auprès d’un "
                      "physiothérapeute avant de les faire : certains pourraient ne pas convenir à votre dos ou "
                      "à votre cou.")),
    "at_a_glance": ("Your exercises", "Vos exercices"),
    "glance_page": ("page {page}", "page {page}"),
    "read_safety": (
        "Before you start, read “When to stop and seek care” on page {page}.",
        "Avant de commencer, lisez « Quand arrêter et consulter » à la page {page}.",
    ),
    # exercise block
    "dose": ("Your dose", "Votre dose"),
    "side": ("Side", "Côté"),
    "dose_steps": ("Steps, when it is comfortable (the app proposes each)",
                   "Paliers, si c’est confortable (l’application propose chacun)"),
    "side_left": ("Left only", "Gauche seulement"),
    "side_right": ("Right only", "Droit seulement"),
    "exercise_note": ("Note for this exercise", "Remarque pour cet exercice"),
    "start_position": ("Starting position", "Position de départ"),
    "steps": ("Steps", "Étapes"),
    "cues": ("Breathing and what to feel", "Respiration et sensations"),
    "mistakes": ("Avoid", "À éviter"),
    "precautions": ("Precautions", "Précautions"),
    "stop_if": ("Stop and tell your physiotherapist if", "Arrêtez et parlez-en à votre physiothérapeute si"),
    "adjust_if": ("Stop and change position if", "Arrêtez et changez de position si"),
    "progression": ("Easier or harder", "Plus facile ou plus difficile"),
    "easier": ("Easier", "Plus facile"),
    "harder": ("Harder", "Plus difficile"),
    "missing_exercise": (
        "This exercise ({id}) is not in the exercise library: ask your physiotherapist for its instructions.",
        ("Cet exercice ({id}) n’est pas dans la bibliothèque d’exercices : demandez les consignes à votre "
         "physiothérapeute."),
    ),
    "missing_drawing": ("Drawing not available", "Dessin non disponible"),
    # safety
    "safety_title": ("When to stop and seek care", "Quand arrêter et consulter"),
    "stop_rules": ("While you exercise", "Pendant les exercices"),
    "full_list": ("Full list of warning signs on page {page}.", "Liste complète des signes d’alerte à la page {page}."),
    # tick sheet
    "tick_title": ("Weekly tick sheet", "Feuille de suivi de la semaine"),
    "week_of": ("Week of", "Semaine du"),
    "tick_help": (
        ("Tick a box each time you do an exercise. Each evening, write your pain from 0 (no pain) "
         "to 10 (worst pain imaginable)."),
        ("Cochez une case chaque fois que vous faites un exercice. Chaque soir, notez votre douleur de 0 "
         "(aucune douleur) à 10 (pire douleur imaginable)."),
    ),
    "tick_sessions": ("Boxes 1 to {n} of each day are the day’s sessions.",
                      "Les cases 1 à {n} de chaque jour sont les séances de la journée."),
    "tick_two_sessions": ("Boxes 1 and 2 of each day are the day’s two sessions.",
                          "Les cases 1 et 2 de chaque jour sont les deux séances de la journée."),
    "tick_exercise": ("Exercise", "Exercice"),
    "pain_row": ("Pain 0–10", "Douleur 0–10"),
    "pain_rise": (
        "If your pain goes up by 2 points or more and stays up, contact your physiotherapist.",
        "Si votre douleur augmente de 2 points ou plus et reste élevée, communiquez avec votre physiothérapeute.",
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


def plural(key: str, lang: str, n: int, **values: object) -> str:
    """The singular or plural form of ``key`` for the number ``n`` (French: singular for 0 and 1),
    with ``{n}`` and any other ``{name}`` fields filled in."""
    en, fr = STRINGS[key]
    fr_lang = normalise_language(lang) == "fr"
    forms = fr if fr_lang else en
    assert isinstance(forms, tuple)
    singular = n <= 1 if fr_lang else n == 1
    return (forms[0] if singular else forms[1]).format(n=n, **values)


def colon(lang: str) -> str:
    """':' after a label, with the non-breaking space French puts before it."""
    return f"{NBSP}:" if normalise_language(lang) == "fr" else ":"


def label(key: str, lang: str) -> str:
    """The string ``key`` followed by a colon, with French spacing (« Début : »)."""
    return text(key, lang) + colon(lang)


def format_number(value: float, lang: str) -> str:
    """One decimal at most: '6', '4.5' (French '4,5')."""
    written = f"{value:.1f}".removesuffix(".0")
    return written.replace(".", ",") if normalise_language(lang) == "fr" else written


def format_signed(value: float, lang: str) -> str:
    """A change with its sign: '+2', '−1.5', '±0' (French '−1,5')."""
    return ("+" if value > 0 else "−" if value < 0 else "±") + format_number(abs(value), lang)


def format_percent(share: float | None, lang: str) -> str:
    """'83%' or '83 %' (French, with a non-breaking space); '—' when there is no share."""
    if share is None:
        return "—"
    return f"{round(share * 100)}{NBSP}%" if normalise_language(lang) == "fr" else f"{round(share * 100)}%"


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


def format_date_time(moment: dt.datetime, lang: str) -> str:
    """'March 18, 2025, 10:30' or '18 mars 2025 à 10 h 30' (24-hour clock, as Canadian forms write it)."""
    code = normalise_language(lang)
    time = f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}" if code == "fr" else f"{moment.hour}:{moment.minute:02d}"
    return text("date_at_time", lang, date=format_date(moment.date(), lang), time=time)


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


# -- the follow-up report (printing/report_pdf.py): words for the physiotherapist -----------------
STRINGS.update({
    "report": ("Follow-up report", "Rapport de suivi"),
    "report_programme": ("Programme", "Programme"),
    "report_revision": ("revision {n}", "révision {n}"),
    "report_period": ("Period", "Période"),
    "report_printed": ("Printed", "Imprimé le"),
    "report_record_since": ("Record since", "Suivi depuis le"),
    "report_weeks": (("{n} week", "{n} weeks"), ("{n} semaine", "{n} semaines")),
    "report_days": (("{n} day", "{n} days"), ("{n} jour", "{n} jours")),
    "report_days_off": ("Days off", "Jours de congé"),
    "report_psfs": ("Activities (PSFS, 0-10)", "Activités (PSFS, 0 à 10)"),
    "report_psfs_new": ("new", "nouvelle"),
    "report_days_off_text": (("{n} day marked by the patient ({reasons}); not counted as missed",
                              "{n} days marked by the patient ({reasons}); not counted as missed"),
                             ("{n} jour indiqué par le patient ({reasons}); pas compté comme manqué",
                              "{n} jours indiqués par le patient ({reasons}); pas comptés comme manqués")),
    "report_day_off_ill": ("ill", "malade"),
    "report_day_off_away": ("away", "absent"),
    "report_day_off_rest": ("rest advised", "repos conseillé"),
    "report_to_date": ("to date", "à ce jour"),
    "report_changed": ("Prescription changed on {date}: {title}, {revision}.",
                       "Prescription modifiée le {date} : {title}, {revision}."),
    "report_glance": ("At a glance", "En bref"),
    "report_sessions_done": ("Sessions done", "Séances faites"),
    "report_sessions_of": ("{done} of {prescribed}", "{done} sur {prescribed}"),
    "report_streaks": ("Streak", "Jours d’affilée"),  # not "série": in a dose, a série is a set
    "report_streak_text": ("current {current}, longest {longest}", "en ce moment {current}, record {longest}"),
    "report_pain": ("Pain (0–10)", "Douleur (0–10)"),
    "report_pain_text": (("baseline → latest ({date}); the last rating is {recent}",
                          "baseline → latest ({date}); the last {n} ratings average {recent}"),
                         ("référence → dernière ({date}); dernière cote : {recent}",
                          "référence → dernière ({date}); moyenne des {n} dernières cotes : {recent}")),
    "report_no_pain": ("no rating in this period", "aucune cote pendant cette période"),
    "report_most_skipped": ("Most often skipped", "Le plus souvent sauté"),
    "report_skipped_times": ("skipped {n}", "sauté {n}"),
    "report_partial_times": ("partial {n}", "partiel {n}"),
    "report_of_sessions": (("of {n} session", "of {n} sessions"), ("sur {n} séance", "sur {n} séances")),
    "report_none_skipped": ("no exercise skipped", "aucun exercice sauté"),
    "report_flags": ("Flags", "Signalements"),
    "report_flags_none": ("no red flag; no pain rise of 2 points or more",
                          "aucun signal d’alarme; aucune hausse de douleur de 2 points ou plus"),
    "report_red_flag_count": (("{n} red flag", "{n} red flags"), ("{n} signal d’alarme", "{n} signaux d’alarme")),
    "report_pain_flag_count": (("{n} day with pain 2+ points above baseline",
                                "{n} days with pain 2+ points above baseline"),
                               ("{n} jour avec douleur de 2 points ou plus au-dessus de la référence",
                                "{n} jours avec douleur de 2 points ou plus au-dessus de la référence")),
    "report_flagged_title": ("Flagged days", "Jours signalés"),
    "report_warning_now": (
        "The app is now asking the patient to contact you.",
        "L’application demande en ce moment au patient de communiquer avec vous.",
    ),
    "report_warning_then": (
        "On {date}, the end of the period, the app was asking the patient to contact you.",
        "Le {date}, à la fin de la période, l’application demandait au patient de communiquer avec vous.",
    ),
    "report_warning_rise": (
        ("The last rating is {recent}, {rise} points above the baseline of {baseline}.",
         "The last {n} ratings average {recent}, {rise} points above the baseline of {baseline}."),
        ("La dernière cote est de {recent}, soit {rise} points au-dessus de la référence de {baseline}.",
         ("Les {n} dernières cotes donnent en moyenne {recent}, "
          "soit {rise} points au-dessus de la référence de {baseline}.")),
    ),
    "report_warning_flag": (
        "A red flag was reported on {date}, less than 14 days before the end of the period.",
        "Un signal d’alarme a été signalé le {date}, moins de 14 jours avant la fin de la période.",
    ),
    "report_date": ("Date", "Date"),
    "report_session": ("Session", "Séance"),
    "report_what": ("What", "Quoi"),
    "report_red_flag": ("Red flag", "Signal d’alarme"),
    "report_red_flag_emergency": ("emergency sign: seek care now", "signe d’urgence : consulter immédiatement"),
    "report_red_flag_urgent": ("see a doctor the same day", "voir un médecin le jour même"),
    "report_red_flag_unspecified": ("sign not specified", "signe non précisé"),
    "report_pain_rise": ("Pain {pain}/10: {rise} points above baseline ({baseline})",
                         "Douleur {pain}/10 : {rise} points au-dessus de la référence ({baseline})"),
    "report_more_flags": (("and {n} other flagged day", "and {n} other flagged days"),
                          ("et {n} autre jour signalé", "et {n} autres jours signalés")),
    "report_weekly_title": ("Sessions each week", "Séances par semaine"),
    "report_week": ("Week", "Semaine"),
    "report_sessions": ("Sessions", "Séances"),
    "report_share": ("% done", "% faites"),
    "report_exercise_share": ("% done", "% fait"),
    "report_so_far": ("so far", "en cours"),
    "report_total": ("Total", "Total"),
    "report_earlier_weeks": (("{n} earlier week", "{n} earlier weeks"),
                             ("{n} semaine antérieure", "{n} semaines antérieures")),
    "report_session_rule": (
        "A session counts as done when every exercise prescribed for it was done.",
        "Une séance compte comme faite quand tous ses exercices prescrits ont été faits.",
    ),
    "report_pain_title": ("Pain", "Douleur"),
    "report_legend_pain": ("Day’s mean", "Moyenne du jour"),
    "report_legend_baseline": ("Baseline", "Référence"),
    "report_legend_rise": ("+2 points", "+2 points"),
    "report_legend_red_flag": ("Red flag", "Signal d’alarme"),
    "report_chart_empty": ("No pain rating in this period.", "Aucune cote de douleur pendant cette période."),
    "report_baseline_text": (
        "Baseline {baseline}/10: the median of the ratings of the first 7 rated days (from {date}).",
        "Référence {baseline}/10 : médiane des cotes des 7 premiers jours cotés (à partir du {date}).",
    ),
    "report_latest_text": (
        ("Latest {latest}/10 on {date} ({change} from baseline).",
         "Latest {latest}/10 on {date}; the last {n} ratings average {recent} ({change} from baseline)."),
        ("Dernière cote {latest}/10 le {date} ({change} par rapport à la référence).",
         ("Dernière cote {latest}/10 le {date}; les {n} dernières cotes donnent en moyenne {recent} "
          "({change} par rapport à la référence).")),
    ),
    "report_rated_days": (("{n} day rated in the period.", "{n} days rated in the period."),
                          ("{n} jour coté pendant la période.", "{n} jours cotés pendant la période.")),
    "report_dose_title": ("Dose over time", "Dose au fil du temps"),
    "report_dose_in_force": ("Dose in force", "Dose en vigueur"),
    "report_dose_now": ("now {amount}", "maintenant {amount}"),
    "report_dose_programme": ("Programme’s dose", "Dose du programme"),
    "report_dose_limit": ("Limit", "Limite"),
    "report_dose_accepted": ("Step accepted", "Palier accepté"),
    "report_dose_declined": ("Step declined (value proposed)", "Palier refusé (valeur proposée)"),
    "report_dose_unit_reps": ("repetitions", "répétitions"),
    "report_dose_unit_hold_s": ("seconds held", "secondes de maintien"),
    "report_dose_unit_minutes": ("minutes", "minutes"),
    "report_dose_caption": (
        ("Done in {done} of {prescribed} sessions. Steps proposed: {proposed} (up {up}, down {down}); "
         "accepted {accepted}, declined {declined}. A step down follows a pain rise or a spreading symptom."),
        ("Fait à {done} des {prescribed} séances. Paliers proposés : {proposed} (hausse {up}, baisse {down}); "
         "acceptés {accepted}, refusés {declined}. Une baisse suit une hausse de la douleur ou un symptôme "
         "qui s’étend."),
    ),
    "report_exercises_title": ("Programme and adherence by exercise", "Programme et assiduité par exercice"),
    "report_exercise": ("Exercise", "Exercice"),
    "report_dose": ("Dose", "Dose"),
    "report_done": ("Done", "Fait"),
    "report_partial": ("Partial", "Partiel"),
    "report_skipped": ("Skipped", "Sauté"),
    "report_not_recorded": ("Not recorded", "Non noté"),
    "report_not_in_period": ("not prescribed in this period", "non prescrit pendant cette période"),
    "report_earlier_prescription": ("earlier prescription", "prescription antérieure"),
    "report_exercise_rule": (
        "Counts are sessions of the period in which the exercise was prescribed. Not recorded: no tick for it.",
        "Les nombres sont des séances de la période où l’exercice était prescrit. Non noté : aucune coche.",
    ),
    "report_notes_title": ("Patient’s notes", "Notes du patient"),
    "report_pain_short": ("Pain", "Douleur"),
    "report_note": ("Note", "Note"),
    "report_no_notes": ("No note in this period.", "Aucune note pendant cette période."),
    "report_more_notes": (
        ("{n} earlier note not shown (all notes are in the CSV export).",
         "{n} earlier notes not shown (all notes are in the CSV export)."),
        ("{n} note antérieure non affichée (toutes les notes sont dans l’export CSV).",
         "{n} notes antérieures non affichées (toutes les notes sont dans l’export CSV)."),
    ),
    "report_no_record": ("Nothing was recorded in this period.", "Rien n’a été noté pendant cette période."),
    "report_footer": (
        "Recorded by the patient in exercises_app (self-report). exercises_app is not a medical device.",
        "Noté par le patient dans exercises_app (autodéclaration). exercises_app n’est pas un instrument médical.",
    ),
    "session_only": ("Session", "Séance"),
    "session_morning": ("Morning", "Matin"),
    "session_midday": ("Midday", "Midi"),
    "session_evening": ("Evening", "Soir"),
    "session_n": ("Session {n}", "Séance {n}"),
})

MONTHS_SHORT: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}


def format_short_date(day: dt.date, lang: str) -> str:
    """'Mar 3' or '3 mars', the day and month kept on one line."""
    code = normalise_language(lang)
    month = MONTHS_SHORT[code][day.month - 1]
    return f"{day.day}{NBSP}{month}" if code == "fr" else f"{month}{NBSP}{day.day}"


def format_date_range(first: dt.date, last: dt.date, lang: str) -> str:
    """'Mar 3–9' or '3–9 mars'; across months 'Mar 31 – Apr 6'; one day alone when they are the same."""
    if first == last:
        return format_short_date(first, lang)
    if first.month == last.month:
        if normalise_language(lang) == "fr":
            return f"{first.day}–{format_short_date(last, lang)}"
        return f"{format_short_date(first, lang)}–{last.day}"
    return f"{format_short_date(first, lang)} – {format_short_date(last, lang)}"
