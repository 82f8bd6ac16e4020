"""The programme file: one patient's programme as a documented, versioned YAML file.

The format is described in ``docs/programme-format.md``. In short::

    format: exercises-app-programme
    version: 2
    programme: {id, revision, title, language, patient, conditions, clinician, clinic,
                start_date, review_date, sessions_per_day, days_per_week, advice, rationale}
    exercises: [{id, dose, side, note}, ...]

``title``, ``advice``, ``rationale`` and each ``note`` are text in the programme's language, or
``{en: ..., fr: ...}`` in both (templates): a programme made from a template takes one language.

Reading (:func:`load_programme`) checks everything and reports every problem with its file and
line in one :class:`ContentError`, like the library loader (whose checks it reuses). A file of an
older format version is brought up to date by the registered :data:`UPGRADES`, one step per
version, before it is checked; a file of a newer version is refused with a clear message.

Writing (:func:`save_programme`) produces plain, commented YAML, re-reads the text it made with
the same checks (so the app never writes a file it would refuse), and replaces the old file
atomically: a failure part-way leaves the previous file as it was.

Templates are programme files too (``data/programmes/*.yaml``); :func:`programme_from_template`
turns one into a new patient's programme.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import yaml

from . import limits
from .dose_progression import EVERY_DAYS_LIMITS, STEP_FIELDS, DoseProgression, StepField
from .errors import ContentError, Problem
from .library import DOSE_LIMITS, LIBRARY_FORMAT, PROGRAMME_FORMAT, Checker, Dose, Library, kind_name
from .own_exercises import check_programme_library, library_document, merged_library
from .prescription import GUIDE_PROGRAMME_ID, SIDES
from .programme import Clinic, Programme, ProgrammeExercise, Wording, in_language
from .text import LANGUAGES, Text
from .vocabulary import CONDITIONS
from .yamlsource import LineIndex, PathKey, parse_yaml, read_yaml

log = logging.getLogger(__name__)

PROGRAMME_VERSION = 3  # the newest version this app reads

#: A registered upgrade: takes the whole parsed document of version n and returns it in the
#: shape of version n + 1 (the caller sets ``version``). It runs before any check, so it must
#: leave anything it does not recognise alone for the checks to report.
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]

#: ``UPGRADES[n]`` turns a version-n document into a version-(n + 1) document. Adding version 2
#: means: raise PROGRAMME_VERSION to 2, register ``UPGRADES[1]``, and change the checks and the
#: writer to the new shape (and ``written_version``, when an older app can still read some files).
#: Every version from 1 to PROGRAMME_VERSION - 1 must have its step.
UPGRADES: dict[int, Upgrade] = {}


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 splits the programme's notes into ``advice`` (printed for the patient) and
    ``rationale`` (for the physiotherapist only). Version 1 printed its notes, so they become advice."""
    head = data.get("programme")
    if isinstance(head, dict) and "notes" in head and "advice" not in head:
        data["programme"] = {("advice" if key == "notes" else key): value for key, value in head.items()}
    return data


UPGRADES[1] = _upgrade_1_to_2
# version 3 only adds optional keys (an exercise's ``progression``, the top-level ``library:``)
UPGRADES[2] = lambda data: data


def written_version(programme: Programme) -> int:
    """The oldest file version that holds everything in ``programme``: a programme without the
    newer keys is written as version 2, so that an older copy of the app still opens it, and one
    with them (an exercise's progression, or own exercises in a ``library:`` block) as version 3,
    which an older copy refuses as "made by a newer version"."""
    newer = programme.own_exercises or any(entry.progression is not None for entry in programme.exercises)
    return 3 if newer else 2

#: The template file of the clinic guide's seven (in the templates folder).
GUIDE_TEMPLATE = f"{GUIDE_PROGRAMME_ID}.yaml"

_HEADER = (
    "# exercises_app programme file ({format}, version {version}).\n"
    "# The format is described in docs/programme-format.md; check a file with: exercises-app validate FILE\n"
)
_TOP_KEYS = {"format", "version", "programme", "exercises"}
_TOP_OPTIONAL = {"library"}  # own exercises (own_exercises.py), from version 3
_PROGRAMME_REQUIRED = {"id", "revision", "title", "language", "sessions_per_day", "days_per_week"}
_PROGRAMME_OPTIONAL = {"patient", "conditions", "clinician", "clinic", "start_date", "review_date", "example",
                       "next_appointment", "advice",
                       "rationale"}
_CLINIC_KEYS = {"name", "phone", "address", "website"}
_CLINIC_LIMITS = {"name": limits.NAME, "phone": limits.PHONE, "address": limits.ADDRESS, "website": limits.WEBSITE}
_APPOINTMENT_PATTERN = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})")
_APPOINTMENT_FORMAT = "%Y-%m-%d %H:%M"
_ENTRY_REQUIRED = {"id", "dose"}
_ENTRY_OPTIONAL = {"side", "note", "progression"}
_PROGRESSION_REQUIRED = {"add", "by", "up_to"}
_PROGRESSION_OPTIONAL = {"every_days", "down_to", "done_percent", "pain_rise"}
_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
_REVISION_LIMITS = (1, 1_000_000)
_DAYS_PER_WEEK = (1, 7)
_MISSING = object()


# -- reading ----------------------------------------------------------------------------------
def load_programme(path: Path, library: Library) -> Programme:
    """Load and check a programme file against ``library``; raise ContentError listing every problem."""
    data, lines = read_yaml(path)
    return _check(data, lines, str(path), library)


def parse_programme(text: str, library: Library | None, name: str = "<programme>") -> Programme:
    """Like :func:`load_programme` for text; ``name`` is the file name used in problems.

    With ``library`` None the exercise ids are not checked against a library (everything else is).
    """
    data, lines = parse_yaml(text, name)
    return _check(data, lines, name, library)


def _check(data: Any, lines: LineIndex, name: str, library: Library | None) -> Programme:
    checker = _ProgrammeChecker(name, lines, library)
    programme = checker.document(data)
    if checker.problems:
        raise ContentError(checker.problems)
    assert programme is not None
    return programme


def upgrade_document(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a parsed document of format ``version`` up to PROGRAMME_VERSION, one registered step at a time."""
    for step in range(version, PROGRAMME_VERSION):
        upgrade = UPGRADES.get(step)
        if upgrade is None:
            raise LookupError(f"no upgrade is registered from programme file version {step} to {step + 1}")
        data = upgrade(data)
        data["version"] = step + 1
    return data


class _ProgrammeChecker(Checker):
    """Turns a parsed programme document into the model, collecting every problem with its line.

    Reuses the library checker's shapes (mappings, numbers, tags and the dose with DOSE_LIMITS)
    so both files report mistakes in the same words.
    """

    def __init__(self, file: str, lines: LineIndex, library: Library | None) -> None:
        super().__init__(file, lines, assets_dir=Path())
        self.exercise_library = library  # not "library": that name is Checker's method
        self.sessions_per_day: int | None = None
        self.head_words: tuple[Text, Text, Text] = (Text("", ""),) * 3
        self.entry_notes: dict[str, Text] = {}
        self.bilingual = False  # set when any of the programme's own words is given in both languages

    def words(self, value: Any, path: PathKey, what: str, limit: limits.TextLimit,
              required: bool = False) -> Text | None:
        """Text in the programme's language, or ``{en, fr}``, within ``limit``: returned as a Text
        either way (the same string in both languages for plain text). None when wrong."""
        if isinstance(value, dict):
            text = self.text(value, path, what, limit)
            if text is not None:
                self.bilingual = True
                if required and not (text.en.strip() and text.fr.strip()):
                    self.fail(path, f"{what} must not be empty")
                    return None
            return text
        plain = self.string(value, path, what, limit, required)
        return None if plain is None else Text(plain, plain)

    # -- small shapes ----------------------------------------------------------------------
    def string(self, value: Any, path: PathKey, what: str, limit: limits.TextLimit,
               required: bool = False) -> str | None:
        """Text within ``limit``; an absent or empty optional value is ''."""
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            hint = " (put it in quotes)" if isinstance(value, (int, float, dt.date)) else ""
            self.fail(path, f"{what} must be text, not {kind_name(value)}{hint}")
            return None
        if required and not value.strip():
            self.fail(path, f"{what} must not be empty")
            return None
        if problem := limits.length_problem(value, limit, what):
            self.fail(path, problem)
            return None
        return value

    def date(self, value: Any, path: PathKey, what: str) -> dt.date | object | None:
        """A date written YYYY-MM-DD (or nothing); returns _MISSING when the value is wrong."""
        if value is None:
            return None
        if isinstance(value, dt.datetime) or (isinstance(value, str) and _DATE_PATTERN.match(value.strip()[:10])
                                               and value.strip()[10:11] in (" ", "T")):
            self.fail(path, f"{what} must be a date written YYYY-MM-DD, without a time")
            return _MISSING
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and _DATE_PATTERN.fullmatch(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                self.fail(path, f"{what} '{value}' is not a real date")
                return _MISSING
        self.fail(path, f"{what} must be a date written YYYY-MM-DD (for example 2026-11-27), not {value!r}")
        return _MISSING

    # -- the document ----------------------------------------------------------------------
    def document(self, data: Any) -> Programme | None:
        if not isinstance(data, dict):
            self.fail((), f"a programme file must be a mapping of keys to values, not {kind_name(data)}")
            return None
        version = self.header(data)
        if version is None:
            return None
        if version < PROGRAMME_VERSION:
            try:
                data = upgrade_document(data, version)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
                self.fail(("version",), f"this file of version {version} could not be brought up to version "
                                        f"{PROGRAMME_VERSION} ({exc}); it may be damaged")
                return None
        top = self.mapping(data, (), "the programme file", _TOP_KEYS, _TOP_OPTIONAL)
        if top is None:
            return None
        own = check_programme_library(self, top["library"], ("library",), self.exercise_library) \
            if "library" in top else ()
        if own and self.exercise_library is not None:
            self.exercise_library = merged_library(self.exercise_library, own)
        head = self.programme(top["programme"], ("programme",)) if "programme" in top else None
        entries = self.entries(top["exercises"], ("exercises",)) if "exercises" in top else []
        sessions = self.sessions_per_day
        for index, entry in entries:
            if sessions is not None and entry.dose.times_per_day > sessions:
                self.fail(("exercises", index, "dose", "times_per_day"),
                          f"times_per_day of {entry.dose.times_per_day} for exercise '{entry.exercise_id}' is more "
                          f"than the programme's sessions_per_day of {sessions}")
        if head is None or self.problems:
            return None
        programme = replace(head, exercises=tuple(entry for _, entry in entries), own_exercises=own)
        if not self.bilingual:
            return programme
        # Words in both languages (a template): keep each language's, and take the programme's own.
        title, advice, rationale = self.head_words
        wordings = tuple(
            Wording(lang, title.get(lang), advice.get(lang), rationale.get(lang),
                    tuple((e.exercise_id, self.entry_notes[e.exercise_id].get(lang)) for _, e in entries))
            for lang in LANGUAGES)
        return in_language(replace(programme, wordings=wordings), programme.language)

    def header(self, data: dict[str, Any]) -> int | None:
        """Check ``format`` and ``version`` first: without them the rest cannot be read."""
        if "format" not in data:
            self.fail((), f"missing field 'format': this does not look like a programme file "
                          f"(it should start with 'format: {PROGRAMME_FORMAT}')")
            return None
        kind = data["format"]
        if kind == LIBRARY_FORMAT:
            self.fail(("format",), "this is an exercise library file, not a programme file")
            return None
        if kind != PROGRAMME_FORMAT:
            self.fail(("format",), f"format must be '{PROGRAMME_FORMAT}', not {kind!r}")
            return None
        if "version" not in data:
            self.fail((), "missing field 'version' in the programme file", at_key=True)
            return None
        version = data["version"]
        if isinstance(version, bool) or not isinstance(version, int):
            self.fail(("version",), f"version must be a whole number, not {kind_name(version)}")
            return None
        if version > PROGRAMME_VERSION:
            self.fail(("version",), f"this programme was made by a newer version of the app (version {version}; "
                                    f"this app reads up to {PROGRAMME_VERSION}): update the app to open it")
            return None
        if version < 1:
            self.fail(("version",), f"version {version} does not exist (programme file versions start at 1)")
            return None
        return version

    def programme(self, value: Any, path: PathKey) -> Programme | None:
        fields = self.mapping(value, path, "programme", _PROGRAMME_REQUIRED, _PROGRAMME_OPTIONAL)
        if fields is None:
            return None
        before = len(self.problems)

        def at(key: str) -> PathKey:
            return path + (key,)

        programme_id = fields.get("id")
        if "id" in fields and (not isinstance(programme_id, str) or not _ID_PATTERN.fullmatch(programme_id)):
            self.fail(at("id"), f"id {programme_id!r} must be 1 to 64 letters, digits, hyphens or underscores")
        revision = (self.integer(fields["revision"], at("revision"), "revision", _REVISION_LIMITS)
                    if "revision" in fields else None)
        title = (self.words(fields["title"], at("title"), "title", limits.NAME, required=True)
                 if "title" in fields else None)
        language = fields.get("language")
        if "language" in fields and language not in LANGUAGES:
            self.fail(at("language"), f"language {language!r} is not one of: {', '.join(LANGUAGES)}")
        text_limits = {"patient": limits.NAME, "clinician": limits.NAME}
        texts = {key: self.string(fields.get(key), at(key), key, limit) for key, limit in text_limits.items()}
        words = {key: self.words(fields.get(key), at(key), key, limits.NOTES) for key in ("advice", "rationale")}
        conditions = fields.get("conditions")
        tags = () if conditions is None else self.tags(conditions, at("conditions"), "condition", CONDITIONS)
        clinic = self.clinic(fields.get("clinic"), at("clinic"))
        start = self.date(fields.get("start_date"), at("start_date"), "start_date")
        review = self.date(fields.get("review_date"), at("review_date"), "review_date")
        appointment = self.appointment(fields.get("next_appointment"), at("next_appointment"))
        if isinstance(start, dt.date) and isinstance(review, dt.date) and review < start:
            self.fail(at("review_date"), f"review_date {review.isoformat()} is before start_date {start.isoformat()}")
        sessions = (self.integer(fields["sessions_per_day"], at("sessions_per_day"), "sessions_per_day",
                                 DOSE_LIMITS.times_per_day) if "sessions_per_day" in fields else None)
        self.sessions_per_day = sessions
        days = (self.integer(fields["days_per_week"], at("days_per_week"), "days_per_week", _DAYS_PER_WEEK)
                if "days_per_week" in fields else None)
        example = fields.get("example", False)
        if not isinstance(example, bool):
            self.fail(at("example"), f"example must be true or false, not {kind_name(example)}")
        if len(self.problems) != before or not set(fields) >= _PROGRAMME_REQUIRED or title is None:
            return None
        patient, clinician = texts["patient"], texts["clinician"]
        if (not isinstance(programme_id, str) or revision is None or sessions is None or days is None
                or patient is None or clinician is None
                or not isinstance(start, dt.date | None) or not isinstance(review, dt.date | None)):
            return None  # not reached: each of these came with a problem
        self.head_words = (title, words["advice"] or Text("", ""), words["rationale"] or Text("", ""))
        language = str(language)
        return Programme(
            programme_id=programme_id, version=revision, title=title.get(language), language=language,
            patient=patient, conditions=tags, clinician=clinician, clinic=clinic,
            start_date=start, review_date=review, next_appointment=appointment,
            advice=(words["advice"] or Text("", "")).get(language),
            rationale=(words["rationale"] or Text("", "")).get(language),
            sessions_per_day=sessions, days_per_week=days, example=example is True,
        )

    def appointment(self, value: Any, path: PathKey) -> dt.datetime | None:
        """A date and time written 'YYYY-MM-DD HH:MM' (or nothing)."""
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.replace(second=0, microsecond=0, tzinfo=None)
        match = _APPOINTMENT_PATTERN.fullmatch(value.strip()) if isinstance(value, str) else None
        if match is None:
            self.fail(path, f"next_appointment must be a date and time written YYYY-MM-DD HH:MM "
                            f"(for example 2026-12-18 10:30), not {value!r}")
            return None
        try:
            day = dt.date.fromisoformat(match.group(1))
            return dt.datetime.combine(day, dt.time(int(match.group(2)), int(match.group(3))))
        except ValueError:
            self.fail(path, f"next_appointment '{value}' is not a real date and time")
            return None

    def clinic(self, value: Any, path: PathKey) -> Clinic:
        if value is None:
            return Clinic()
        fields = self.mapping(value, path, "clinic", set(), _CLINIC_KEYS)
        if fields is None:
            return Clinic()
        texts = {key: self.string(fields.get(key), path + (key,), f"clinic {key}", _CLINIC_LIMITS[key])
                 for key in _CLINIC_KEYS}
        return Clinic(**{key: text or "" for key, text in texts.items()})

    def entries(self, value: Any, path: PathKey) -> list[tuple[int, ProgrammeExercise]]:
        """The valid entries with their index in the file."""
        if not isinstance(value, list) or not value:
            self.fail(path, f"exercises must be a non-empty list of exercises, not {kind_name(value)}")
            return []
        most = limits.MAX_PROGRAMME_EXERCISES
        if problem := limits.list_length_problem(len(value), most, "the programme's exercises"):
            self.fail(path, problem, at_key=True)
            return []
        result: list[tuple[int, ProgrammeExercise]] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(value):
            entry = self.entry(item, path + (index,), index)
            if entry is None:
                continue
            id_path = path + (index, "id")
            if entry.exercise_id in first_line:
                self.fail(id_path, f"exercise '{entry.exercise_id}' is listed twice "
                                   f"(first on line {first_line[entry.exercise_id]})")
                continue
            first_line[entry.exercise_id] = self.lines.line(id_path)
            result.append((index, entry))
        return result

    def entry(self, value: Any, path: PathKey, index: int) -> ProgrammeExercise | None:
        label = f"exercise {index + 1}"
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            label = f"exercise '{value['id']}'"
        fields = self.mapping(value, path, label, _ENTRY_REQUIRED, _ENTRY_OPTIONAL)
        if fields is None:
            return None
        before = len(self.problems)
        exercise_id = fields.get("id", _MISSING)
        if exercise_id is not _MISSING:
            self.exercise_id(exercise_id, path + ("id",))
        dose = self.dose(fields["dose"], path + ("dose",), label) if "dose" in fields else None
        side = fields.get("side", "both")
        if side not in SIDES:
            self.fail(path + ("side",), f"side {side!r} is not one of: {', '.join(SIDES)}")
        elif side != "both" and dose is not None and not dose.per_side:
            self.fail(path + ("side",), f"side '{side}' needs a per-side dose: set per_side: true in the dose "
                                        f"of {label}, or use side: both")
        note = self.words(fields.get("note"), path + ("note",), f"note of {label}", limits.NOTE)
        progression = (self.dose_progression(fields["progression"], path + ("progression",), label, dose)
                       if "progression" in fields else None)
        if len(self.problems) != before or dose is None or not set(fields) >= _ENTRY_REQUIRED or note is None:
            return None
        self.entry_notes[exercise_id] = note
        return ProgrammeExercise(exercise_id, dose, note.en, side, progression)

    def dose_progression(self, value: Any, path: PathKey, label: str, dose: Dose | None) -> DoseProgression | None:
        """``{add, by, up_to, every_days, down_to, done_percent, pain_rise}``: the bounds of the steps."""
        fields = self.mapping(value, path, f"progression of {label}", _PROGRESSION_REQUIRED, _PROGRESSION_OPTIONAL)
        if fields is None:
            return None
        before = len(self.problems)
        field = fields.get("add")
        if "add" in fields and field not in STEP_FIELDS:
            self.fail(path + ("add",), f"add must be one of {', '.join(STEP_FIELDS)}, not {field!r}")
        numbers: dict[str, int] = {}
        bounds = {"by": (1, 300), "up_to": (1, 300), "every_days": EVERY_DAYS_LIMITS, "down_to": (1, 300),
                  "done_percent": (0, 100), "pain_rise": (0, 10)}
        for key, limit in bounds.items():
            if key in fields and (number := self.integer(fields[key], path + (key,), key, limit)) is not None:
                numbers[key] = number
        if len(self.problems) != before or not set(fields) >= _PROGRESSION_REQUIRED:
            return None
        try:
            progression = DoseProgression(cast(StepField, field), **numbers)
        except ValueError as error:
            self.fail(path, f"progression of {label}: {error}")
            return None
        if dose is not None and (problem := progression.problem(dose)):
            self.fail(path, f"progression of {label}: {problem}")
            return None
        return progression

    def exercise_id(self, value: Any, path: PathKey) -> None:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, "exercise id must be an id of the library, "
                            f"not {kind_name(value) if value != '' else 'empty text'}")
            return
        if self.exercise_library is None or self.exercise_library.get(value) is not None:
            return
        known = [exercise.id for exercise in self.exercise_library.exercises]
        import difflib

        close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f" (the library has: {', '.join(known)})"
        self.fail(path, f"unknown exercise '{value}'{hint}")


# -- writing ----------------------------------------------------------------------------------
class _FlowMap(dict):
    """A mapping written on one line: ``{sets: 1, reps: 10, ...}``."""


class _FlowList(list):
    """A list written on one line: ``[disc-herniation, sciatica]``."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper with one-line doses and tag lists, multi-line text as literal blocks, indented lists."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    if any(c in text for c in "\x85\u2028\u2029"):
        style: str | None = '"'  # PyYAML folds these breaks wrongly in other styles; escaped they survive
    else:
        style = "|" if "\n" in text else None  # PyYAML falls back to quotes when a block cannot hold it
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_representer(_FlowMap, lambda d, m: d.represent_mapping("tag:yaml.org,2002:map", m, flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, s: d.represent_sequence("tag:yaml.org,2002:seq", s, flow_style=True))


def _dose_document(dose: Dose) -> dict[str, Any]:
    if dose.minutes is not None:
        return {"minutes": dose.minutes, "times_per_day": dose.times_per_day}
    fields: dict[str, Any] = {"sets": dose.sets, "reps": dose.reps}
    if dose.hold_s is not None:
        fields["hold_s"] = dose.hold_s
    if dose.tempo_s is not None:
        fields["tempo_s"] = dose.tempo_s
    fields.update(rest_s=dose.rest_s, per_side=dose.per_side, times_per_day=dose.times_per_day)
    return _FlowMap(fields)


def _unchanged_wording(programme: Programme) -> bool:
    """True when the programme's words are still those of its wording in its language (a template as
    loaded): then the file keeps every language. Once edited, only the edited words are kept."""
    wording = programme.wording(programme.language)
    if wording is None:
        return False
    notes = dict(wording.notes)
    return ((wording.title, wording.advice, wording.rationale)
            == (programme.title, programme.advice, programme.rationale)
            and all(notes.get(e.exercise_id, "") == e.note for e in programme.exercises))


def _words_document(programme: Programme, bilingual: bool, pick: Callable[[Wording], str], own: str) -> Any:
    """One of the programme's own words as file data: ``{en, fr}`` when bilingual, else its text."""
    if not bilingual:
        return own
    texts = {w.language: pick(w) for w in programme.wordings}
    return _FlowMap(texts) if all("\n" not in t for t in texts.values()) else texts


def _note_of(exercise_id: str) -> Callable[[Wording], str]:
    """Picks the note of ``exercise_id`` from a wording."""
    return lambda wording: dict(wording.notes).get(exercise_id, "")


def programme_document(programme: Programme) -> dict[str, Any]:
    """The programme as the plain data of the current file version (empty optional fields left out)."""
    bilingual = _unchanged_wording(programme)
    head: dict[str, Any] = {
        "id": programme.programme_id, "revision": programme.version,
        "title": _words_document(programme, bilingual, lambda w: w.title, programme.title),
        "language": programme.language,
    }
    if programme.patient:
        head["patient"] = programme.patient
    if programme.conditions:
        head["conditions"] = _FlowList(programme.conditions)
    if programme.clinician:
        head["clinician"] = programme.clinician
    clinic = {key: getattr(programme.clinic, key) for key in ("name", "phone", "address", "website")
              if getattr(programme.clinic, key)}
    if clinic:
        head["clinic"] = clinic
    if programme.start_date is not None:
        head["start_date"] = programme.start_date
    if programme.review_date is not None:
        head["review_date"] = programme.review_date
    if programme.next_appointment is not None:
        head["next_appointment"] = programme.next_appointment.strftime(_APPOINTMENT_FORMAT)
    head["sessions_per_day"] = programme.sessions_per_day
    head["days_per_week"] = programme.days_per_week
    if programme.example:
        head["example"] = True
    if programme.advice:
        head["advice"] = _words_document(programme, bilingual, lambda w: w.advice, programme.advice)
    if programme.rationale:
        head["rationale"] = _words_document(programme, bilingual, lambda w: w.rationale, programme.rationale)
    exercises = []
    for entry in programme.exercises:
        item: dict[str, Any] = {"id": entry.exercise_id, "dose": _dose_document(entry.dose)}
        if entry.side != "both":
            item["side"] = entry.side
        if entry.note:
            item["note"] = _words_document(programme, bilingual, _note_of(entry.exercise_id), entry.note)
        if entry.progression is not None:
            item["progression"] = _FlowMap(entry.progression.to_data())
        exercises.append(item)
    document = {"format": PROGRAMME_FORMAT, "version": written_version(programme), "programme": head,
                "exercises": exercises}
    own = library_document(programme)
    if own is not None:
        document["library"] = own
    return document


def dump_programme(programme: Programme, name: str = "<programme>") -> str:
    """The programme as file text. Raises ContentError (located in ``name``) if the text would not load back.

    Exercise ids are not checked here (no library); everything else is, so an empty title, a
    one-side entry on a two-sided dose or a dose out of bounds is refused before anything is written.
    """
    body = yaml.dump(programme_document(programme), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=110)
    text = _HEADER.format(format=PROGRAMME_FORMAT, version=written_version(programme)) + body
    parse_programme(text, library=None, name=name)
    return text


def save_programme(programme: Programme, path: Path) -> None:
    """Write the programme to ``path`` atomically (the old file stays whole if anything fails).

    The caller decides the revision: bump it with ``replace(p, version=p.version + 1)`` when the
    content changed since it was last saved.
    """
    text = dump_programme(programme, name=str(path))
    _write_atomic(path, text.encode("utf-8"))


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, then rename it over ``path``."""
    import uuid

    folder = path.parent
    temporary = folder / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):  # keep the permissions of the file being replaced
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    with contextlib.suppress(OSError, AttributeError):  # make the rename durable (POSIX only)
        folder_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)


# -- new programmes and templates -------------------------------------------------------------
def new_programme_id() -> str:
    """A fresh programme id (32 hex digits), stable for the life of the programme."""
    import uuid

    return uuid.uuid4().hex


def programme_from_template(
    template: Programme,
    *,
    patient: str = "",
    language: str | None = None,
    conditions: tuple[str, ...] | None = None,
    clinician: str = "",
    clinic: Clinic | None = None,
    start_date: dt.date | None = None,
    review_date: dt.date | None = None,
    title: str | None = None,
    advice: str | None = None,
    programme_id: str | None = None,
) -> Programme:
    """A new programme from a template: new id, revision 1, this patient; ``None`` keeps the template's value.

    The new programme is in one language: ``language`` (default: the template's), with the
    template's title, advice, rationale and exercise notes in that language when it gives them.
    """
    if language is not None:
        template = in_language(template, language)
    return replace(
        template,
        wordings=(),
        example=False,
        programme_id=programme_id or new_programme_id(),
        version=1,
        patient=patient,
        conditions=template.conditions if conditions is None else tuple(conditions),
        clinician=clinician,
        clinic=clinic or Clinic(),
        start_date=start_date,
        review_date=review_date,
        title=template.title if title is None else title,
        advice=template.advice if advice is None else advice,
    )


@dataclass(frozen=True)
class TemplateList:
    """The templates of a folder that loaded, in file-name order, and the problems of those that did not."""

    templates: tuple[tuple[Path, Programme], ...]
    problems: tuple[Problem, ...] = ()


def list_templates(folder: Path, library: Library) -> TemplateList:
    """Load every ``*.yaml`` programme in ``folder``; a broken one is skipped, logged and reported."""
    templates: list[tuple[Path, Programme]] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        log.warning("templates folder %s does not exist", folder)
        return TemplateList(())
    for path in sorted(folder.glob("*.yaml")):
        try:
            templates.append((path, load_programme(path, library)))
        except ContentError as exc:
            log.warning("template %s is not usable:\n%s", path, exc)
            problems.extend(exc.problems)
    return TemplateList(tuple(templates), tuple(problems))


def default_programme(library: Library, templates_dir: Path,
                      language: str | None = None) -> Programme | None:
    """The clinic guide's seven, from ``guide-seven.yaml`` (id 'guide-seven', revision 1), in
    ``language`` (default: the template's), limited to the exercises ``library`` has; None when it
    has none of them (a clinic's own library may not). It is marked as an example: nobody prescribed it.

    The template is the guide's one definition. Raises ContentError, naming the file, the line and
    what is wrong, when it cannot be used (a damaged installation): the window says so.
    """
    path = templates_dir / GUIDE_TEMPLATE
    data, lines = read_yaml(path)
    template = _check(data, lines, str(path), library=None)  # ids are matched to the library below
    entries = tuple(entry for entry in template.exercises if library.get(entry.exercise_id) is not None)
    if len(entries) != len(template.exercises):
        missing = [entry.exercise_id for entry in template.exercises if library.get(entry.exercise_id) is None]
        log.warning("the library %s lacks %s of the guide's seven", library.source, ", ".join(missing))
    if not entries:
        return None
    programme = replace(template, exercises=entries)
    programme = replace(in_language(programme, language or programme.language), wordings=(), example=True)
    if programme.programme_id != GUIDE_PROGRAMME_ID:
        log.warning("%s has id %r; using '%s'", path, programme.programme_id, GUIDE_PROGRAMME_ID)
        programme = replace(programme, programme_id=GUIDE_PROGRAMME_ID)
    return programme


__all__ = [
    "GUIDE_TEMPLATE", "PROGRAMME_FORMAT", "PROGRAMME_VERSION", "UPGRADES", "TemplateList", "Upgrade",
    "default_programme", "dump_programme",
    "list_templates", "load_programme", "new_programme_id", "parse_programme", "programme_document",
    "programme_from_template", "save_programme", "upgrade_document",
]
