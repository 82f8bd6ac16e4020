"""Own exercises: those a physiotherapist makes in the app, kept in the user's library and carried
inside programme files.

An own exercise has every field of the library's exercise format (``docs/library-format.md``),
with two differences: a text may give one language only (the other is then the same words), and
its drawings are poses or pictures (``pose_frames.py``), not SVG files of the assets, so that
the exercise needs nothing but its own text.

- **The user's library** is ``my-exercises.yaml`` in the data folder (``format:
  exercises-app-own-exercises``, ``version: 1``, ``exercises: [...]``), its pictures in the
  ``my-exercises-pictures`` folder beside it. It is checked like the bundled library; a file that
  cannot be used is moved aside (``<name>.damaged-<stamp>``) and the window says so.
- **A programme file** holds the definition of each own exercise it prescribes under top-level
  ``library: exercises:`` (pictures embedded as base64), so another computer shows, animates and
  prints it with no other file (``check_programme_library``, ``library_document``).
- The ids of own exercises never clash with the app's library: such an exercise is refused with
  the line of its id.

The library the app uses is the app's library followed by the own exercises (``merged_library``).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import limits
from .errors import ContentError, Problem
from .file_names import unused_name_beside
from .library import (
    LIBRARY_FORMAT,
    OWN_FORMAT,
    PROGRAMME_FORMAT,
    Checker,
    Dose,
    Exercise,
    Frame,
    Library,
    Progression,
    Variations,
)
from .parsed_cache import ModelCodec
from .pose_frames import Picture, PoseFrame, Prop, check_picture, check_pose, picture_document, pose_document
from .programme import Programme
from .text import LANGUAGES, Text

if TYPE_CHECKING:
    from .yamlsource import LineIndex, PathKey

log = logging.getLogger(__name__)

OWN_VERSION = 1
OWN_FILE_NAME = "my-exercises.yaml"
PICTURES_DIR_NAME = "my-exercises-pictures"
#: The prefix the app gives the ids it makes, so that they stay apart from the library's.
OWN_ID_PREFIX = "my-"

_HEADER = (
    "# exercises_app: the physiotherapist's own exercises ({format}, version {version}).\n"
    "# Each exercise has the library's format (docs/library-format.md); check with: exercises-app validate FILE\n"
)


#: The model classes an own exercise is made of (for the parsed-file caches).
OWN_EXERCISE_CLASSES: tuple[type, ...] = (Exercise, Frame, Text, Progression, Variations, PoseFrame, Prop, Picture)
_CODEC = ModelCodec({cls.__name__: cls for cls in (*OWN_EXERCISE_CLASSES, Dose)})


class OwnChecker(Checker):
    """The library's checks for own exercises: one language is enough, frames may be poses or pictures,
    and an id of the app's library (``base``) is refused."""

    def __init__(self, file: str, lines: LineIndex, assets_dir: Path, *, pictures_dir: Path | None = None,
                 base: Library | None = None, in_programme: bool = False) -> None:
        super().__init__(file, lines, assets_dir)
        self.pictures_dir = pictures_dir
        self.base = base
        self.in_programme = in_programme  # a programme's copy names only exercises it carries

    def text(self, value: Any, path: PathKey, what: str, limit: limits.TextLimit) -> Text | None:
        """``{en, fr}``, or one of the two: the missing language is the same words."""
        if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in LANGUAGES:
            (lang, words), = value.items()
            other = next(code for code in LANGUAGES if code != lang)
            checked = super().text({lang: words, other: words}, path, what, limit)
            return checked
        return super().text(value, path, what, limit)

    def exercise(self, value: Any, path: PathKey) -> Exercise | None:
        exercise = super().exercise(value, path)
        if exercise is None:
            return None
        if self.base is not None:
            known = self.base.get(exercise.id)
            if known is not None and not known.own:
                self.fail(path + ("id",), f"exercise id '{exercise.id}' is already an exercise of the app's library "
                                          f"({self.base.source.name}); give your own exercise another id, such as "
                                          f"'{OWN_ID_PREFIX}{exercise.id}'")
                return None
        return replace(exercise, own=True)

    def check_variations(self, exercise: Exercise, path: PathKey, known_ids: set[str]) -> None:
        """A variation names another own exercise of the file or, in the user's library, an exercise
        of the app's library (checked when the app's library is known)."""
        if self.base is None:
            known_ids = known_ids | {t for t in (exercise.variations.easier, exercise.variations.harder) if t
                                     and t != exercise.id}
        elif not self.in_programme:
            known_ids = known_ids | {e.id for e in self.base.exercises}
        super().check_variations(exercise, path, known_ids)

    def frames(self, value: Any, path: PathKey, label: str) -> tuple[Frame, ...]:
        frames: list[Frame] = []
        views = set()
        for i, item in enumerate(self.frame_list(value, path, label)):
            at = path + (i,)
            what = f"illustration frame {i + 1} of {label}"
            fields = self.mapping(item, at, what, {"caption"}, {"pose", "image"})
            if fields is None or "caption" not in fields:
                continue
            caption = self.text(fields["caption"], at + ("caption",), f"caption of frame {i + 1}", limits.CAPTION)
            drawings = [key for key in ("pose", "image") if key in fields]
            if len(drawings) != 1:
                self.fail(at, f"{what} needs either 'pose:' (a drawing of the figure) or 'image:' (a picture)",
                          at_key=True)
                continue
            if drawings[0] == "pose":
                pose = check_pose(self, fields["pose"], at + ("pose",), f"frame {i + 1} of {label}")
                if pose is not None and caption is not None:
                    views.add((pose.view, i))
                    frames.append(Frame("", caption, pose=pose))
            else:
                picture = check_picture(self, fields["image"], at + ("image",), self.pictures_dir)
                if picture is not None and caption is not None:
                    frames.append(Frame("", caption, image=picture))
        if len({view for view, _ in views}) > 1:
            first = min(views, key=lambda pair: pair[1])
            for view, index in sorted(views, key=lambda pair: pair[1]):
                if view != first[0]:
                    self.fail(path + (index, "pose", "view"),
                              f"frame {index + 1} of {label} is seen from another view than frame {first[1] + 1}: "
                              "the poses of an exercise are drawn from one camera")
                    break
        return tuple(frames)

# -- the user's library ----------------------------------------------------------------------------
@dataclass(frozen=True)
class OwnLibrary:
    """The user's own exercises, from ``source`` (which may not exist yet)."""

    source: Path
    exercises: tuple[Exercise, ...] = ()

    @property
    def pictures_dir(self) -> Path:
        return pictures_dir_for(self.source)

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def with_exercise(self, exercise: Exercise, replacing: str | None = None) -> OwnLibrary:
        """The library with ``exercise`` added, or put in place of the one with id ``replacing``."""
        old = replacing or exercise.id
        if any(e.id == old for e in self.exercises):
            return replace(self, exercises=tuple(exercise if e.id == old else e for e in self.exercises))
        return replace(self, exercises=(*self.exercises, replace(exercise, own=True)))

    def without(self, exercise_id: str) -> OwnLibrary:
        return replace(self, exercises=tuple(e for e in self.exercises if e.id != exercise_id))


@dataclass(frozen=True)
class OwnLibraryLoad:
    """The own exercises in use, the problems of a file that could not be used, and where it was moved."""

    library: OwnLibrary
    problems: tuple[Problem, ...] = field(default=())
    moved_to: Path | None = None


def pictures_dir_for(source: Path) -> Path:
    """The folder of the pictures of the own library at ``source``."""
    return source.parent / PICTURES_DIR_NAME


def load_own_library(path: Path, assets_dir: Path, base: Library | None = None) -> OwnLibrary:
    """Read and check the user's library; raise ContentError listing every problem."""
    from .yamlsource import read_yaml  # PyYAML loads only when there is a file to read

    data, lines = read_yaml(path)
    return _check_own(data, lines, str(path), path, assets_dir, base)


def parse_own_library(text: str, source: Path, assets_dir: Path, base: Library | None = None) -> OwnLibrary:
    from .yamlsource import parse_yaml

    data, lines = parse_yaml(text, str(source))
    return _check_own(data, lines, str(source), source, assets_dir, base)


def _check_own(data: Any, lines: LineIndex, name: str, source: Path, assets_dir: Path,
               base: Library | None) -> OwnLibrary:
    checker = OwnChecker(name, lines, assets_dir, pictures_dir=pictures_dir_for(source), base=base)
    exercises: tuple[Exercise, ...] = ()
    if isinstance(data, dict) and data.get("format") in (LIBRARY_FORMAT, PROGRAMME_FORMAT):
        checker.fail(("format",), f"this is a {'programme' if data['format'] == PROGRAMME_FORMAT else 'library'} "
                                  f"file, not a file of own exercises ('format: {OWN_FORMAT}')")
    else:
        top = checker.mapping(data, (), "the file of own exercises", {"format", "version", "exercises"})
        if top is not None:
            if "format" in top and top["format"] != OWN_FORMAT:
                checker.fail(("format",), f"format must be '{OWN_FORMAT}', not {top['format']!r}")
            if "version" in top and top["version"] != OWN_VERSION:
                checker.fail(("version",), f"version {top['version']!r} is not supported "
                                           f"(this app reads version {OWN_VERSION})")
            if "exercises" in top and top["exercises"] != []:
                exercises = checker.exercises(top["exercises"], ("exercises",))
    if checker.problems:
        raise ContentError(checker.problems)
    return OwnLibrary(source, exercises)


def open_own_library(path: Path, assets_dir: Path, base: Library | None, now: dt.datetime,
                     cache_dir: Path | None = None) -> OwnLibraryLoad:
    """The user's library for the app: empty when there is none; a file that cannot be used is
    moved aside (so that saving a new exercise never overwrites it) and its problems returned.
    With ``cache_dir``, a file found valid before and unchanged since is read from the cache."""
    if not path.exists():
        return OwnLibraryLoad(OwnLibrary(path))
    try:
        return OwnLibraryLoad(load_own_library_cached(path, assets_dir, base, cache_dir))
    except ContentError as exc:
        log.warning("own exercises %s are not usable:\n%s", path, exc)
        moved = _move_aside(path, now)
        return OwnLibraryLoad(OwnLibrary(path), tuple(exc.problems), moved)


def _cache_key(path: Path, base: Library | None) -> dict[str, Any]:
    """What the own library's cache was made from: the file, the model's shape and the app library's
    ids (an id the app's library takes later is a clash to report). Raises OSError."""
    import zlib

    from . import parsed_cache

    ids = ",".join(sorted(e.id for e in base.exercises if not e.own)) if base is not None else ""
    return {"format": "exercises-app-own-exercises-cache", "version": 1, **parsed_cache.file_key(path, path.name),
            "model": _CODEC.shape(), "library_ids": zlib.crc32(ids.encode("utf-8"))}


def load_own_library_cached(path: Path, assets_dir: Path, base: Library | None,
                            cache_dir: Path | None) -> OwnLibrary:
    """``load_own_library``, read from ``cache_dir`` when the file (and the app's library) have not
    changed since it was found valid; raises ContentError exactly as it does."""
    from . import parsed_cache

    def own_from(data: Any) -> OwnLibrary:
        exercises = _CODEC.decode(data)
        if not isinstance(exercises, tuple) or not all(isinstance(e, Exercise) for e in exercises):
            raise parsed_cache.CacheMiss("holds no own exercises")
        return OwnLibrary(path, exercises)

    cache_file = cache_dir / parsed_cache.cache_file_name("own", path.name) if cache_dir is not None else None
    return parsed_cache.load_cached(cache_file, lambda: _cache_key(path, base),
                                    lambda: load_own_library(path, assets_dir, base), own_from,
                                    lambda own: _CODEC.encode(own.exercises), "own exercises")


def _move_aside(path: Path, now: dt.datetime) -> Path | None:
    target = unused_name_beside(path, "damaged", now)
    try:
        path.rename(target)
    except OSError as exc:
        log.error("could not move %s aside: %s", path, exc)
        return None
    return target


def dump_own_library(library: OwnLibrary, assets_dir: Path) -> str:
    """The user's library as file text (pictures written to its pictures folder); raises
    ContentError when the text would not load back."""
    document = {"format": OWN_FORMAT, "version": OWN_VERSION,
                "exercises": [exercise_document(e, library.pictures_dir) for e in library.exercises]}
    text = _HEADER.format(format=OWN_FORMAT, version=OWN_VERSION) + _dump(document)
    parse_own_library(text, library.source, assets_dir)
    return text


def save_own_library(library: OwnLibrary, assets_dir: Path) -> None:
    """Write the user's library atomically (it is checked first: a file the app would refuse is never written)."""
    from .programme_file import _write_atomic

    text = dump_own_library(library, assets_dir)
    library.source.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(library.source, text.encode("utf-8"))


# -- the exercise as file data -----------------------------------------------------------------------
def _text(text: Text) -> dict[str, str]:
    from .programme_file import _FlowMap

    words = {"en": text.en, "fr": text.fr}
    return words if "\n" in text.en + text.fr else _FlowMap(words)


def exercise_document(exercise: Exercise, pictures_dir: Path | None = None) -> dict[str, Any]:
    """An exercise in the library's format; pose and picture frames as ``pose_frames`` writes them
    (pictures embedded, or written to ``pictures_dir`` and named)."""
    from .programme_file import _dose_document, _FlowList, _FlowMap

    document: dict[str, Any] = {
        "id": exercise.id, "name": _text(exercise.name), "summary": _text(exercise.summary),
        "region": exercise.region, "position": exercise.position,
        "equipment": _FlowList(exercise.equipment), "suits": _FlowList(exercise.suits),
        "caution": _FlowList(exercise.caution), "start": _text(exercise.start),
    }
    for key in ("steps", "cues", "mistakes", "precautions", "stop_if"):
        document[key] = [_text(t) for t in getattr(exercise, key)]
    if exercise.adjust_if:
        document["adjust_if"] = [_text(t) for t in exercise.adjust_if]
    if exercise.progression is not None:
        document["progression"] = {"easier": _text(exercise.progression.easier),
                                   "harder": _text(exercise.progression.harder)}
    variations = {key: getattr(exercise.variations, key) for key in ("easier", "harder")
                  if getattr(exercise.variations, key)}
    if variations:
        document["variations"] = variations
    document["dose"] = _dose_document(exercise.dose)
    frames = []
    for frame in exercise.illustration:
        item: dict[str, Any] = {"caption": _text(frame.caption)}
        if frame.pose is not None:
            item["pose"] = pose_document(frame.pose, _FlowMap, _FlowList)
        elif frame.image is not None:
            item["image"] = _FlowMap(picture_document(frame.image, pictures_dir))
        frames.append(item)
    document["illustration"] = frames
    return document


def _dump(document: Any) -> str:
    import yaml

    from .programme_file import _Dumper

    return yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=110)


# -- the library in use ------------------------------------------------------------------------------
def with_user_library(base: Library, own_file: Path, assets_dir: Path) -> Library:
    """``base`` with the own exercises of ``own_file`` when it exists and is valid (for the command
    line: the app itself reports a file it cannot use, and moves it aside)."""
    if not own_file.exists():
        return base
    try:
        return merged_library(base, load_own_library(own_file, assets_dir, base).exercises)
    except ContentError as exc:
        log.warning("own exercises %s are not usable:\n%s", own_file, exc)
        return base


def merged_library(base: Library, own: Iterable[Exercise]) -> Library:
    """``base`` followed by the own exercises whose ids it does not have yet."""
    known = {e.id for e in base.exercises}
    extra = []
    for exercise in own:
        if exercise.id not in known:
            known.add(exercise.id)
            extra.append(replace(exercise, own=True))
    return replace(base, exercises=(*base.exercises, *extra)) if extra else base


def library_with(programme: Programme, library: Library) -> Library:
    """``library`` with the own exercises the programme carries (those it does not have already)."""
    return merged_library(library, programme.own_exercises)


def with_own_definitions(programme: Programme, library: Library) -> Programme:
    """The programme carrying the definition (from ``library``) of every own exercise it prescribes.

    A variation that names an exercise the programme does not carry is left out of the copy: the
    file names only exercises it has (another computer's library may lack one of the app's).
    """
    own = []
    for entry in programme.exercises:
        exercise = library.get(entry.exercise_id)
        if exercise is None:
            exercise = next((e for e in programme.own_exercises if e.id == entry.exercise_id), None)
        if exercise is not None and exercise.own:
            own.append(exercise)
    carried = {e.id for e in own}

    def kept(target: str | None) -> str | None:
        return target if target in carried else None

    own = [replace(e, variations=Variations(kept(e.variations.easier), kept(e.variations.harder))) for e in own]
    return replace(programme, own_exercises=tuple(own))


# -- inside a programme file -------------------------------------------------------------------------
def check_programme_library(checker: Checker, value: Any, path: PathKey, base: Library | None) -> tuple[Exercise, ...]:
    """The ``library:`` block of a programme file (``{exercises: [...]}``): own exercises, checked with
    ``checker``'s file and lines, pictures embedded, no id of ``base``."""
    fields = checker.mapping(value, path, "library", {"exercises"})
    if fields is None or "exercises" not in fields:
        return ()
    own = OwnChecker(checker.file, checker.lines, checker.assets_dir, base=base, in_programme=True)
    own.problems = checker.problems  # one list: the problems come out in file order with the others
    items = fields["exercises"]
    if isinstance(items, list) and len(items) > limits.MAX_PROGRAMME_EXERCISES:
        checker.fail(path + ("exercises",), f"the programme's library has too many exercises ({len(items)}; "
                                            f"at most {limits.MAX_PROGRAMME_EXERCISES})", at_key=True)
        return ()
    exercises = own.exercises(items, path + ("exercises",))
    total = sum(len(f.image.data) for e in exercises for f in e.illustration if f.image is not None)
    if total > limits.MAX_PROGRAMME_PICTURE_BYTES:
        checker.fail(path, f"the pictures of the programme's own exercises are too large together ({total} bytes; "
                           f"at most {limits.MAX_PROGRAMME_PICTURE_BYTES})", at_key=True)
    return exercises


def library_document(programme: Programme) -> dict[str, Any] | None:
    """The ``library:`` block of the programme's file, or None when it carries no own exercise."""
    if not programme.own_exercises:
        return None
    return {"exercises": [exercise_document(e) for e in programme.own_exercises]}


# -- for the app's form ------------------------------------------------------------------------------
def new_own_id(name: str, taken: Iterable[str]) -> str:
    """An id for a new own exercise named ``name``: ``my-`` and the name's words, numbered when taken."""
    from .search import fold

    words = "".join(c if c.isascii() and c.isalnum() else " " for c in fold(name)).split()
    stem = OWN_ID_PREFIX + ("-".join(words[:6]) or "exercise")
    used = set(taken)
    candidate, counter = stem, 2
    while candidate in used:
        candidate = f"{stem}-{counter}"
        counter += 1
    return candidate


def own_exercise_problems(exercise: Exercise, base: Library | None, pictures_dir: Path | None = None) -> list[str]:
    """What is wrong with an exercise made in the app, in the checks' own words (none when it can be
    saved): it is written as the user's library writes it and read back."""
    document = {"format": OWN_FORMAT, "version": OWN_VERSION, "exercises": [exercise_document(exercise)]}
    from .yamlsource import parse_yaml

    text = _dump(document)
    data, lines = parse_yaml(text, "<exercise>")
    checker = OwnChecker("<exercise>", lines, Path(), pictures_dir=pictures_dir, base=base)
    checker.exercises(data["exercises"], ("exercises",))
    return [problem.message for problem in checker.problems]


def paired_texts(english: Iterable[str], french: Iterable[str]) -> tuple[tuple[Text, ...], str | None]:
    """Items typed one per line in each language, paired line by line. A language left empty takes the
    other's words; lists of different lengths are a problem (returned, in plain words)."""
    en = [line.strip() for line in english if line.strip()]
    fr = [line.strip() for line in french if line.strip()]
    if en and fr and len(en) != len(fr):
        return (), f"{len(en)} in English but {len(fr)} in French: give each item in both, or leave one language empty"
    en, fr = en or fr, fr or en
    return tuple(Text(e, f) for e, f in zip(en, fr)), None


def one_text(english: str, french: str) -> Text:
    """Words typed in one or both languages (a language left empty takes the other's words)."""
    en, fr = english.strip(), french.strip()
    return Text(en or fr, fr or en)
