"""The exercise library: typed model and a validating loader for ``data/exercises.yaml``."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import limits
from .errors import ContentError, Problem
from .search import fold
from .text import LANGUAGES, Text
from .vocabulary import CONDITIONS, EQUIPMENT, POSITIONS, REGIONS

if TYPE_CHECKING:
    from .pose_frames import Picture, PoseFrame
    from .yamlsource import LineIndex, PathKey

LIBRARY_FORMAT = "exercises-app-library"
LIBRARY_VERSION = 1
#: The format line of a programme file (``programme_file.py``), so that each loader can say when
#: it was given the other kind of file.
PROGRAMME_FORMAT = "exercises-app-programme"
#: The format line of the physiotherapist's own exercises (``own_exercises.py``).
OWN_FORMAT = "exercises-app-own-exercises"


@dataclass(frozen=True)
class DoseLimits:
    """Bounds that keep a dose plausible for home exercise; outside them it is a typo."""

    sets: tuple[int, int] = (1, 10)
    reps: tuple[int, int] = (1, 50)
    hold_s: tuple[int, int] = (1, 300)
    tempo_s: tuple[int, int] = (1, 20)
    rest_s: tuple[int, int] = (0, 600)
    times_per_day: tuple[int, int] = (1, 5)
    minutes: tuple[int, int] = (1, 120)


DOSE_LIMITS = DoseLimits()


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do. ``hold_s`` or ``tempo_s`` (or both) is set, or ``minutes``.

    An activity such as walking has a ``minutes`` dose: one stretch of that many minutes, with
    one set of one repetition, no hold, no tempo, no rest and no sides.
    """

    sets: int
    reps: int
    hold_s: int | None
    tempo_s: int | None
    rest_s: int
    per_side: bool
    times_per_day: int
    minutes: int | None = None

    @classmethod
    def for_minutes(cls, minutes: int, times_per_day: int) -> Dose:
        """An activity done for ``minutes`` at a time, ``times_per_day`` times a day."""
        return cls(sets=1, reps=1, hold_s=None, tempo_s=None, rest_s=0, per_side=False,
                   times_per_day=times_per_day, minutes=minutes)


@dataclass(frozen=True)
class Frame:
    """One drawing of an exercise: an SVG path relative to the assets folder, or, for an own
    exercise (``own_exercises.py``), a pose of the figure or a picture (``file`` is then empty)."""

    file: str
    caption: Text
    pose: PoseFrame | None = None
    image: Picture | None = None


@dataclass(frozen=True)
class Progression:
    """How to make an exercise easier (regression) and harder (progression), and when."""

    easier: Text
    harder: Text


@dataclass(frozen=True)
class Variations:
    """Ids of other exercises of the same library that are an easier or a harder version of this one."""

    easier: str | None = None
    harder: str | None = None


#: Positions in which the exercise is done without getting down to the floor.
OFF_THE_FLOOR_POSITIONS = frozenset({"standing", "sitting"})


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library, with all its bilingual content."""

    id: str
    name: Text
    summary: Text
    region: str
    position: str
    equipment: tuple[str, ...]
    suits: tuple[str, ...]
    caution: tuple[str, ...]
    start: Text
    steps: tuple[Text, ...]
    cues: tuple[Text, ...]
    mistakes: tuple[Text, ...]
    precautions: tuple[Text, ...]
    stop_if: tuple[Text, ...]
    dose: Dose
    illustration: tuple[Frame, ...]
    line: int
    adjust_if: tuple[Text, ...] = ()  # stop and change the position (not a reason to call anyone)
    progression: Progression | None = None
    variations: Variations = Variations()
    own: bool = False  # made by the physiotherapist in the app (the user's library or a programme file)

    @property
    def off_the_floor(self) -> bool:
        """True when the exercise is done standing or sitting (on a chair): no getting down to the floor."""
        return self.position in OFF_THE_FLOOR_POSITIONS

    def matches(self, query: str) -> bool:
        """True when the search ``query`` occurs in the id, name or summary, in either language."""
        needle = fold(query.strip())
        return not needle or needle in self.id or self.name.matches(needle) or self.summary.matches(needle)


EMERGENCY = "emergency"
URGENT = "urgent"


@dataclass(frozen=True)
class RedFlagSign:
    """One warning sign: a stable id (what the record keeps), its words and the body regions it concerns.

    ``level`` is 'emergency' (call 911 now) or 'urgent' (see a doctor the same day). A sign whose
    ``regions`` meet a programme's regions is shown with that programme.
    """

    id: str
    text: Text
    regions: tuple[str, ...]
    level: str

    def get(self, lang: str) -> str:
        """The sign's words in ``lang``."""
        return self.text.get(lang)

    @property
    def en(self) -> str:
        return self.text.en

    @property
    def fr(self) -> str:
        return self.text.fr


@dataclass(frozen=True)
class Safety:
    """General stop rules and red flags shown with every exercise."""

    stop_rules: tuple[Text, ...]
    emergency: tuple[RedFlagSign, ...]
    urgent: tuple[RedFlagSign, ...]
    disclaimer: Text

    @property
    def signs(self) -> tuple[RedFlagSign, ...]:
        """Every warning sign, emergency ones first."""
        return (*self.emergency, *self.urgent)

    def sign(self, sign_id: str) -> RedFlagSign | None:
        """The sign with this id, or None (a sign recorded by an older library may be gone)."""
        return next((s for s in self.signs if s.id == sign_id), None)

    def signs_for(self, regions: Iterable[str]) -> tuple[RedFlagSign, ...]:
        """The signs that concern any of ``regions`` (every sign when ``regions`` is empty)."""
        wanted = set(regions)
        return tuple(s for s in self.signs if not wanted or wanted & set(s.regions))


@dataclass(frozen=True)
class Library:
    """The loaded library file."""

    source: Path
    safety: Safety
    exercises: tuple[Exercise, ...]

    def get(self, exercise_id: str) -> Exercise | None:
        """The exercise with this id, or None."""
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def filter(self, query: str = "", region: str | None = None, position: str | None = None,
               off_the_floor: bool = False) -> list[Exercise]:
        """Exercises matching a free-text query, optional region and position tags and, when
        ``off_the_floor`` is true, only those done without getting down to the floor."""
        return [
            e
            for e in self.exercises
            if e.matches(query)
            and (region is None or e.region == region)
            and (position is None or e.position == position)
            and (not off_the_floor or e.off_the_floor)
        ]


def load_library(path: Path, assets_dir: Path) -> Library:
    """Load and validate a library file; raise ContentError listing every problem found."""
    from .yamlsource import read_yaml  # PyYAML loads only when a library file is parsed

    data, lines = read_yaml(path)
    checker = Checker(str(path), lines, assets_dir)
    library = checker.library(data, path)
    if checker.problems:
        raise ContentError(checker.problems)
    assert library is not None
    return library


def _is_id(value: Any) -> bool:
    """An id is lower-case ASCII letters, digits and hyphens."""
    return (isinstance(value, str) and bool(value) and value == value.lower()
            and all(c.isascii() and (c.isalnum() or c == "-") for c in value))


def _unique_made_ids(emergency: tuple[RedFlagSign, ...], urgent: tuple[RedFlagSign, ...],
                     given: set[Any]) -> tuple[tuple[RedFlagSign, ...], tuple[RedFlagSign, ...]]:
    """Ids made from the words (a file that gives none) numbered where two signs begin alike.

    Only ids the file gives itself are checked for duplicates; made ones never collide."""
    taken: set[str] = {g for g in given if isinstance(g, str)}
    result = []
    for signs in (emergency, urgent):
        renamed = []
        for sign in signs:
            new_id = sign.id
            if new_id not in given:
                counter = 2
                while new_id in taken:
                    new_id = f"{sign.id}-{counter}"
                    counter += 1
                taken.add(new_id)
            renamed.append(replace(sign, id=new_id))
        result.append(tuple(renamed))
    return result[0], result[1]


def _slug(text: str) -> str:
    """A stable id made from a sign's English words, for library files that give none."""
    words = "".join(c.lower() if c.isascii() and c.isalnum() else " " for c in text).split()
    return "-".join(words[:8]) or "sign"


_EXERCISE_KEYS = {
    "id", "name", "summary", "region", "position", "equipment", "suits", "caution", "start",
    "steps", "cues", "mistakes", "precautions", "stop_if", "dose", "illustration",
}
_EXERCISE_OPTIONAL = {"adjust_if", "progression", "variations"}
_DOSE_REQUIRED = {"sets", "reps", "rest_s", "per_side", "times_per_day"}
_DOSE_OPTIONAL = {"hold_s", "tempo_s"}
_MINUTES_DOSE_KEYS = {"minutes", "times_per_day"}
_TEXT_LISTS = ("steps", "cues", "mistakes", "precautions", "stop_if")


class Checker:
    """Turns parsed YAML into the model, collecting problems with their lines instead of stopping.

    Shared by the library and programme loaders (``programme_file.py`` subclasses it)."""

    def __init__(self, file: str, lines: LineIndex, assets_dir: Path) -> None:
        self.file = file
        self.lines = lines
        self.assets_dir = assets_dir
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------------------------
    def fail(self, path: PathKey, message: str, at_key: bool = False) -> None:
        line = self.lines.key_line(path) if at_key else self.lines.line(path)
        self.problems.append(Problem(self.file, line, message))

    # -- generic shapes --------------------------------------------------------------------
    def mapping(self, value: Any, path: PathKey, what: str, required: set[str],
                optional: Iterable[str] = ()) -> dict | None:
        """Check ``value`` is a mapping with exactly the allowed keys."""
        if not isinstance(value, dict):
            self.fail(path, f"{what} must be a mapping of keys to values, not {kind_name(value)}")
            return None
        allowed = required | set(optional)
        for key in value:
            if key not in allowed:
                self.fail(path + (key,),
                          f"unknown key '{key}' in {what} (expected one of: {', '.join(sorted(allowed))})", at_key=True)
        for key in sorted(required - set(value)):
            self.fail(path, f"missing field '{key}' in {what}", at_key=True)
        return value

    def text(self, value: Any, path: PathKey, what: str, limit: limits.TextLimit) -> Text | None:
        """A bilingual text ``{en: ..., fr: ...}``, each language within ``limit``."""
        if isinstance(value, str):
            self.fail(path, f"{what} must give both languages as 'en:' and 'fr:', not a single string")
            return None
        fields = self.mapping(value, path, what, set(), LANGUAGES)
        if fields is None:
            return None
        ok = True
        for lang in LANGUAGES:
            language = "French" if lang == "fr" else "English"
            if lang not in fields:
                self.fail(path, f"{what} is missing its {language} text ('{lang}:')", at_key=True)
                ok = False
                continue
            item = fields[lang]
            if not isinstance(item, str):
                self.fail(path + (lang,), f"{what} ({lang}) must be text, not {kind_name(item)}")
                ok = False
            elif not item.strip():
                self.fail(path + (lang,), f"{what} has empty {language} text")
                ok = False
            elif problem := limits.length_problem(item, limit, f"{what} ({lang})"):
                self.fail(path + (lang,), problem)
                ok = False
        return Text(fields["en"].strip(), fields["fr"].strip()) if ok else None

    def text_list(self, value: Any, path: PathKey, what: str, limit: limits.TextLimit,
                  max_items: int) -> tuple[Text, ...]:
        """A non-empty list of at most ``max_items`` bilingual texts, each within ``limit``."""
        if not isinstance(value, list) or not value:
            self.fail(path, f"{what} must be a non-empty list, not {kind_name(value)}")
            return ()
        if problem := limits.list_length_problem(len(value), max_items, what):
            self.fail(path, problem, at_key=True)
            return ()
        items = [self.text(item, path + (i,), f"{what} item {i + 1}", limit) for i, item in enumerate(value)]
        return tuple(t for t in items if t is not None)

    def tag(self, value: Any, path: PathKey, what: str, vocabulary: dict[str, Text]) -> str | None:
        if not isinstance(value, str) or value not in vocabulary:
            self.fail(path, f"{what} '{value}' is not one of: {', '.join(vocabulary)}")
            return None
        return value

    def tags(self, value: Any, path: PathKey, what: str, vocabulary: dict[str, Text]) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(path, f"{what} must be a list (use [] for none), not {kind_name(value)}")
            return ()
        found = [self.tag(item, path + (i,), what, vocabulary) for i, item in enumerate(value)]
        for i, item in enumerate(value):
            if value.index(item) != i:
                self.fail(path + (i,), f"{what} '{item}' is listed twice")
        return tuple(t for t in found if t is not None)

    def integer(self, value: Any, path: PathKey, what: str, bounds: tuple[int, int]) -> int | None:
        low, high = bounds
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"{what} must be a whole number, not {kind_name(value)}")
            return None
        if not low <= value <= high:
            self.fail(path, f"{what} of {value} is not plausible (allowed {low} to {high})")
            return None
        return value

    # -- the document ----------------------------------------------------------------------
    def library(self, data: Any, source: Path) -> Library | None:
        if isinstance(data, dict) and data.get("format") == PROGRAMME_FORMAT:
            self.fail(("format",), "this is a programme file, not an exercise library file")
            return None
        top = self.mapping(data, (), "the library file", {"format", "version", "safety", "exercises"})
        if top is None:
            return None
        if "format" in top and top["format"] != LIBRARY_FORMAT:
            self.fail(("format",), f"format must be '{LIBRARY_FORMAT}', not '{top['format']}'")
        if "version" in top and top["version"] != LIBRARY_VERSION:
            self.fail(("version",),
                      f"version {top['version']!r} is not supported (this app reads version {LIBRARY_VERSION})")
        safety = self.safety(top.get("safety"), ("safety",)) if "safety" in top else None
        exercises = self.exercises(top.get("exercises"), ("exercises",)) if "exercises" in top else ()
        if self.problems or safety is None:
            return None
        return Library(source=source, safety=safety, exercises=exercises)

    def safety(self, value: Any, path: PathKey) -> Safety | None:
        fields = self.mapping(value, path, "safety", {"stop_rules", "red_flags", "disclaimer"})
        if fields is None:
            return None
        flags = self.mapping(fields.get("red_flags"), path + ("red_flags",), "red_flags", {"emergency", "urgent"}) or {}
        most = limits.MAX_SAFETY_ITEMS
        stop_rules = self.text_list(fields.get("stop_rules"), path + ("stop_rules",), "stop_rules",
                                    limits.ITEM, most)
        emergency = self.red_flags(flags.get("emergency"), path + ("red_flags", "emergency"), EMERGENCY)
        urgent = self.red_flags(flags.get("urgent"), path + ("red_flags", "urgent"), URGENT)
        disclaimer = self.text(fields.get("disclaimer"), path + ("disclaimer",), "disclaimer",
                               limits.DISCLAIMER)
        seen: dict[str, int] = {}
        given = {item.get("id") for level in (EMERGENCY, URGENT) for item in (flags.get(level) or [])
                 if isinstance(item, dict)}
        for level, signs in ((EMERGENCY, emergency), (URGENT, urgent)):
            for i, sign in enumerate(signs):
                if sign.id in seen and sign.id in given:
                    self.fail(path + ("red_flags", level, i, "id"),
                              f"red flag id '{sign.id}' is used twice (first on line {seen[sign.id]})")
                seen.setdefault(sign.id, self.lines.line(path + ("red_flags", level, i, "id")))
        emergency, urgent = _unique_made_ids(emergency, urgent, given)
        if disclaimer is None:
            return None
        return Safety(stop_rules, emergency, urgent, disclaimer)

    def red_flags(self, value: Any, path: PathKey, level: str) -> tuple[RedFlagSign, ...]:
        """A non-empty list of signs ``{id, regions, en, fr}``."""
        what = f"{level} red flags"
        if not isinstance(value, list) or not value:
            self.fail(path, f"{what} must be a non-empty list, not {kind_name(value)}")
            return ()
        if problem := limits.list_length_problem(len(value), limits.MAX_SAFETY_ITEMS, what):
            self.fail(path, problem, at_key=True)
            return ()
        signs = []
        for i, item in enumerate(value):
            label = f"{what} item {i + 1}"
            fields = self.mapping(item, path + (i,), label, set(), {"id", "regions", *LANGUAGES})
            if fields is None:
                continue
            text = self.text({k: v for k, v in fields.items() if k in LANGUAGES}, path + (i,), label, limits.ITEM)
            sign_id = fields.get("id", _slug(text.en) if text is not None else "")
            if not _is_id(sign_id):
                self.fail(path + (i, "id"), f"id {sign_id!r} must be lower-case letters, digits and hyphens")
                continue
            regions = (self.tags(fields["regions"], path + (i, "regions"), "region", REGIONS)
                       if "regions" in fields else tuple(REGIONS))
            if not regions:
                self.fail(path + (i, "regions"), f"{label} needs at least one region")
            if text is not None and regions:
                signs.append(RedFlagSign(sign_id, text, regions, level))
        return tuple(signs)

    def exercises(self, value: Any, path: PathKey) -> tuple[Exercise, ...]:
        if not isinstance(value, list) or not value:
            self.fail(path, f"exercises must be a non-empty list, not {kind_name(value)}")
            return ()
        most = limits.MAX_LIBRARY_EXERCISES
        if problem := limits.list_length_problem(len(value), most, "the library's exercises"):
            self.fail(path, problem, at_key=True)
            return ()
        result: list[Exercise] = []
        first_line: dict[str, int] = {}
        for i, item in enumerate(value):
            exercise = self.exercise(item, path + (i,))
            if exercise is None:
                continue
            if exercise.id in first_line:
                self.fail(path + (i, "id"),
                          f"duplicate exercise id '{exercise.id}' (first defined on line {first_line[exercise.id]})")
                continue
            first_line[exercise.id] = self.lines.line(path + (i, "id"))
            result.append(exercise)
        index_of: dict[str, int] = {}  # every id written in the file (even of an exercise with problems)
        for i, item in enumerate(value):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                index_of.setdefault(item["id"], i)
        for exercise in result:
            self.check_variations(exercise, path + (index_of[exercise.id], "variations"), set(index_of))
        return tuple(result)

    def check_variations(self, exercise: Exercise, path: PathKey, known_ids: set[str]) -> None:
        """Each variation names another exercise of this library."""
        for key in ("easier", "harder"):
            target = getattr(exercise.variations, key)
            if target is None:
                continue
            if target == exercise.id:
                self.fail(path + (key,), f"variation {key} of exercise '{exercise.id}' names the exercise itself")
            elif target not in known_ids:
                self.fail(path + (key,), f"variation {key} of exercise '{exercise.id}': unknown exercise id '{target}'")

    def exercise(self, value: Any, path: PathKey) -> Exercise | None:
        label = f"exercise {path[-1] + 1}" if isinstance(path[-1], int) else "exercise"
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            label = f"exercise '{value['id']}'"
        fields = self.mapping(value, path, label, _EXERCISE_KEYS, _EXERCISE_OPTIONAL)
        if fields is None or not set(fields) >= _EXERCISE_KEYS:
            return None
        before = len(self.problems)
        exercise_id = fields["id"]
        if not _is_id(exercise_id):
            self.fail(path + ("id",), f"id {exercise_id!r} must be lower-case letters, digits and hyphens")
        text_limits = {"name": limits.NAME, "summary": limits.SUMMARY, "start": limits.START}
        texts = {key: self.text(fields[key], path + (key,), f"{key} of {label}", limit)
                 for key, limit in text_limits.items()}
        lists = {key: self.text_list(fields[key], path + (key,), f"{key} of {label}", limits.ITEM,
                                     limits.MAX_STEPS if key == "steps" else limits.MAX_LIST_ITEMS)
                 for key in _TEXT_LISTS}
        region = self.tag(fields["region"], path + ("region",), "region", REGIONS)
        position = self.tag(fields["position"], path + ("position",), "position", POSITIONS)
        equipment = self.tags(fields["equipment"], path + ("equipment",), "equipment", EQUIPMENT)
        suits = self.tags(fields["suits"], path + ("suits",), "condition", CONDITIONS)
        caution = self.tags(fields["caution"], path + ("caution",), "condition", CONDITIONS)
        dose = self.dose(fields["dose"], path + ("dose",), label)
        frames = self.frames(fields["illustration"], path + ("illustration",), label)
        adjust_if = (self.text_list(fields["adjust_if"], path + ("adjust_if",), f"adjust_if of {label}",
                                     limits.ITEM, limits.MAX_LIST_ITEMS)
                     if "adjust_if" in fields else ())
        progression = (self.progression(fields["progression"], path + ("progression",), label)
                       if "progression" in fields else None)
        variations = (self.variations(fields["variations"], path + ("variations",), label)
                      if "variations" in fields else Variations())
        if len(self.problems) != before:
            return None
        name, summary, start = texts["name"], texts["summary"], texts["start"]
        if name is None or summary is None or start is None or region is None or position is None or dose is None:
            return None  # not reached: each None above came with a problem
        return Exercise(
            id=exercise_id, name=name, summary=summary, region=region, position=position,
            equipment=equipment, suits=suits, caution=caution, start=start,
            steps=lists["steps"], cues=lists["cues"], mistakes=lists["mistakes"],
            precautions=lists["precautions"], stop_if=lists["stop_if"], dose=dose, illustration=frames,
            line=self.lines.line(path), adjust_if=adjust_if, progression=progression,
            variations=variations,
        )

    def progression(self, value: Any, path: PathKey, label: str) -> Progression | None:
        """``{easier: {en, fr}, harder: {en, fr}}``: how to make the exercise easier and harder."""
        fields = self.mapping(value, path, f"progression of {label}", {"easier", "harder"})
        if fields is None or not {"easier", "harder"} <= set(fields):
            return None
        easier = self.text(fields["easier"], path + ("easier",), f"progression easier of {label}", limits.ITEM)
        harder = self.text(fields["harder"], path + ("harder",), f"progression harder of {label}", limits.ITEM)
        return Progression(easier, harder) if easier is not None and harder is not None else None

    def variations(self, value: Any, path: PathKey, label: str) -> Variations:
        """``{easier: id, harder: id}``, both optional; the ids are checked once the whole list is read."""
        fields = self.mapping(value, path, f"variations of {label}", set(), {"easier", "harder"})
        if fields is None:
            return Variations()
        ids: dict[str, str | None] = {}
        for key in ("easier", "harder"):
            target = fields.get(key)
            if key in fields and not _is_id(target):
                self.fail(path + (key,), f"variation {key} of {label} must be an exercise id, not {target!r}")
                target = None
            ids[key] = target
        return Variations(easier=ids["easier"], harder=ids["harder"])

    def dose(self, value: Any, path: PathKey, label: str) -> Dose | None:
        if isinstance(value, dict) and "minutes" in value:
            return self.minutes_dose(value, path, label)
        fields = self.mapping(value, path, f"dose of {label}", _DOSE_REQUIRED, _DOSE_OPTIONAL)
        if fields is None:
            return None

        def number(key: str) -> int | None:
            if key not in fields:
                return None
            return self.integer(fields[key], path + (key,), f"{key}", getattr(DOSE_LIMITS, key))

        values = {key: number(key) for key in ("sets", "reps", "hold_s", "tempo_s", "rest_s", "times_per_day")}
        per_side = fields.get("per_side")
        if "per_side" in fields and not isinstance(per_side, bool):
            self.fail(path + ("per_side",), f"per_side must be true or false, not {kind_name(per_side)}")
        if "hold_s" not in fields and "tempo_s" not in fields:
            self.fail(path, f"dose of {label} needs hold_s (seconds held) or tempo_s (seconds per movement), or both",
                      at_key=True)
        sets, reps, rest_s, times_per_day = values["sets"], values["reps"], values["rest_s"], values["times_per_day"]
        if sets is None or reps is None or rest_s is None or times_per_day is None or not isinstance(per_side, bool):
            return None
        return Dose(
            sets=sets, reps=reps, hold_s=values["hold_s"], tempo_s=values["tempo_s"],
            rest_s=rest_s, per_side=per_side, times_per_day=times_per_day,
        )

    def minutes_dose(self, value: dict, path: PathKey, label: str) -> Dose | None:
        """``{minutes: N, times_per_day: N}``: an activity such as walking, timed as a whole."""
        fields = self.mapping(value, path, f"dose of {label} (in minutes: only minutes and times_per_day)",
                              _MINUTES_DOSE_KEYS)
        if fields is None:
            return None
        minutes = self.integer(fields.get("minutes"), path + ("minutes",), "minutes", DOSE_LIMITS.minutes)
        times = (self.integer(fields["times_per_day"], path + ("times_per_day",), "times_per_day",
                              DOSE_LIMITS.times_per_day) if "times_per_day" in fields else None)
        if minutes is None or times is None:
            return None
        return Dose.for_minutes(minutes, times)

    def frame_list(self, value: Any, path: PathKey, label: str) -> list[Any]:
        """An illustration's list of frames, checked for its shape and length ([] after a problem)."""
        if not isinstance(value, list) or not value:
            self.fail(path, f"illustration of {label} must be a non-empty list of frames, not {kind_name(value)}")
            return []
        if problem := limits.list_length_problem(len(value), limits.MAX_FRAMES, f"illustration of {label}"):
            self.fail(path, problem, at_key=True)
            return []
        return value

    def frames(self, value: Any, path: PathKey, label: str) -> tuple[Frame, ...]:
        frames: list[Frame] = []
        for i, item in enumerate(self.frame_list(value, path, label)):
            fields = self.mapping(item, path + (i,), f"illustration frame {i + 1} of {label}", {"file", "caption"})
            if fields is None or "file" not in fields:
                continue
            caption = (self.text(fields.get("caption"), path + (i, "caption"), f"caption of frame {i + 1}",
                                 limits.CAPTION) if "caption" in fields else None)
            file = fields["file"]
            if (not isinstance(file, str) or not file.endswith(".svg") or ".." in Path(file).parts
                    or Path(file).is_absolute()):
                self.fail(path + (i, "file"),
                          f"illustration file {file!r} must be an .svg path inside the assets folder")
                continue
            if not os.path.isfile(self.assets_dir / file):  # False, not OSError, for a name too long
                self.fail(path + (i, "file"), f"illustration file '{file}' does not exist in {self.assets_dir}")
                continue
            if caption is not None:
                frames.append(Frame(file, caption))
        return tuple(frames)


def kind_name(value: Any) -> str:
    """A plain-words name for the type of a YAML value, for error messages."""
    if value is None:
        return "nothing"
    return {
        bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a mapping",
    }.get(type(value), type(value).__name__)
