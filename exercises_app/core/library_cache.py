"""A parsed-library cache, so that a start does not parse and check the library's YAML again.

After a library file has been loaded and found valid, its model is written as JSON to the data
folder's cache folder (``config.cache_dir_of``), with what identifies the file it came from: its
path, size, modification time (ns) and CRC-32, the assets folder and the app's version. The next
load of that file reads the JSON instead when all of these still match.

The cache only ever holds a library that passed every check; problems are never stored, so an
invalid file is parsed and reported at every load. A cache file that cannot be read, is not JSON,
has another shape or another key (damaged, foreign, from another version) is a miss: the library
is loaded from its file and the cache written again. Writing is best effort (a read-only or full
folder only means no cache). JSON, not pickle: a file in the data folder never runs code.
"""
from __future__ import annotations

import json
import logging
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import __version__
from .library import Dose, Exercise, Frame, Library, Safety, load_library
from .text import Text

log = logging.getLogger(__name__)

CACHE_FORMAT = "exercises-app-library-cache"
CACHE_VERSION = 1


class CacheMiss(Exception):
    """The cache file is absent, unreadable, damaged, foreign or for another version of the file."""


def cache_file_for(source: Path, cache_dir: Path) -> Path:
    """The cache file of the library at ``source`` (one per library file)."""
    tag = zlib.crc32(str(source.absolute()).encode("utf-8", "surrogateescape"))
    return cache_dir / f"library-{tag:08x}.json"


def source_key(source: Path, assets_dir: Path) -> dict[str, Any]:
    """What identifies the library file as it is now; raises OSError when it cannot be read."""
    raw = source.read_bytes()
    status = os.stat(source)
    return {
        "format": CACHE_FORMAT,
        "version": CACHE_VERSION,
        "app_version": __version__,
        "source": str(source.absolute()),
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "crc32": zlib.crc32(raw),
        "assets_dir": str(assets_dir.absolute()),
    }


def load_library_cached(source: Path, assets_dir: Path, cache_dir: Path | None) -> Library:
    """``load_library(source, assets_dir)``, read from ``cache_dir`` when the file has not changed.

    Raises ContentError exactly as ``load_library`` does. With ``cache_dir`` None, no cache.
    """
    if cache_dir is None:
        return load_library(source, assets_dir)
    cache_file = cache_file_for(source, cache_dir)
    try:
        key = source_key(source, assets_dir)
    except OSError:
        return load_library(source, assets_dir)  # reports the unreadable file with its name
    try:
        return read_cache(cache_file, key, source, assets_dir)
    except CacheMiss as miss:
        log.debug("library cache %s not used: %s", cache_file, miss)
    library = load_library(source, assets_dir)
    write_cache(cache_file, key, library)
    return library


def read_cache(cache_file: Path, key: dict[str, Any], source: Path, assets_dir: Path) -> Library:
    """The library stored in ``cache_file`` for ``key``; raises CacheMiss for anything else."""
    try:
        data = json.loads(cache_file.read_bytes())
    except (OSError, ValueError, RecursionError) as exc:
        raise CacheMiss(f"cannot be read as JSON ({exc.__class__.__name__})") from exc
    if not isinstance(data, dict) or data.get("key") != key:
        raise CacheMiss("made for another file, version or app")
    try:
        library = library_from_data(data["library"], source)
    except (KeyError, TypeError, ValueError, IndexError, RecursionError) as exc:
        raise CacheMiss(f"damaged ({exc.__class__.__name__})") from exc
    missing = next((f.file for e in library.exercises for f in e.illustration
                    if not os.path.isfile(assets_dir / f.file)), None)
    if missing is not None:
        raise CacheMiss(f"illustration {missing} is no longer in the assets")
    return library


def write_cache(cache_file: Path, key: dict[str, Any], library: Library) -> None:
    """Write ``library`` for ``key`` (atomically); only when the data folder exists; never raises."""
    if not cache_file.parent.parent.is_dir():
        return  # no data folder (yet): a cache is no reason to create one
    temporary = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
    try:
        cache_file.parent.mkdir(exist_ok=True)
        text = json.dumps({"key": key, "library": library_to_data(library)}, ensure_ascii=False,
                          separators=(",", ":"))
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, cache_file)
    except OSError as exc:
        log.debug("library cache %s not written: %s", cache_file, exc)
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


# -- the model as JSON -------------------------------------------------------------------------
def library_to_data(library: Library) -> dict[str, Any]:
    """The library as JSON-ready data (``library_from_data`` reads it back)."""
    safety = library.safety
    return {
        "safety": {
            "stop_rules": _texts_out(safety.stop_rules),
            "emergency": _texts_out(safety.emergency),
            "urgent": _texts_out(safety.urgent),
            "disclaimer": _text_out(safety.disclaimer),
        },
        "exercises": [_exercise_out(e) for e in library.exercises],
    }


def library_from_data(data: Any, source: Path) -> Library:
    """The library from ``library_to_data``'s output; ValueError, TypeError or KeyError if not that."""
    safety = _mapping(data["safety"])
    return Library(
        source=source,
        safety=Safety(
            stop_rules=_texts_in(safety["stop_rules"]),
            emergency=_texts_in(safety["emergency"]),
            urgent=_texts_in(safety["urgent"]),
            disclaimer=_text_in(safety["disclaimer"]),
        ),
        exercises=tuple(_exercise_in(item) for item in _sequence(data["exercises"])),
    )


_TEXT_FIELDS = ("name", "summary", "start")
_TEXT_LIST_FIELDS = ("steps", "cues", "mistakes", "precautions", "stop_if")
_TAG_FIELDS = ("equipment", "suits", "caution")
_DOSE_FIELDS = ("sets", "reps", "hold_s", "tempo_s", "rest_s", "per_side", "times_per_day")


def _exercise_out(exercise: Exercise) -> dict[str, Any]:
    dose = exercise.dose
    return {
        "id": exercise.id,
        "region": exercise.region,
        "position": exercise.position,
        "line": exercise.line,
        **{name: _text_out(getattr(exercise, name)) for name in _TEXT_FIELDS},
        **{name: _texts_out(getattr(exercise, name)) for name in _TEXT_LIST_FIELDS},
        **{name: list(getattr(exercise, name)) for name in _TAG_FIELDS},
        "dose": {name: getattr(dose, name) for name in _DOSE_FIELDS},
        "illustration": [[frame.file, _text_out(frame.caption)] for frame in exercise.illustration],
    }


def _exercise_in(data: Any) -> Exercise:
    item = _mapping(data)
    dose = _mapping(item["dose"])
    return Exercise(
        id=_string(item["id"]),
        name=_text_in(item["name"]),
        summary=_text_in(item["summary"]),
        region=_string(item["region"]),
        position=_string(item["position"]),
        equipment=_tags_in(item["equipment"]),
        suits=_tags_in(item["suits"]),
        caution=_tags_in(item["caution"]),
        start=_text_in(item["start"]),
        steps=_texts_in(item["steps"]),
        cues=_texts_in(item["cues"]),
        mistakes=_texts_in(item["mistakes"]),
        precautions=_texts_in(item["precautions"]),
        stop_if=_texts_in(item["stop_if"]),
        dose=Dose(
            sets=_integer(dose["sets"]),
            reps=_integer(dose["reps"]),
            hold_s=_optional(_integer, dose["hold_s"]),
            tempo_s=_optional(_integer, dose["tempo_s"]),
            rest_s=_integer(dose["rest_s"]),
            per_side=_boolean(dose["per_side"]),
            times_per_day=_integer(dose["times_per_day"]),
        ),
        illustration=tuple(_frame_in(frame) for frame in _sequence(item["illustration"])),
        line=_integer(item["line"]),
    )


def _frame_in(data: Any) -> Frame:
    file, caption = _sequence(data)
    return Frame(_string(file), _text_in(caption))


def _text_out(text: Text) -> list[str]:
    return [text.en, text.fr]


def _texts_out(texts: tuple[Text, ...]) -> list[list[str]]:
    return [_text_out(t) for t in texts]


def _text_in(data: Any) -> Text:
    en, fr = _sequence(data)
    return Text(_string(en), _string(fr))


def _texts_in(data: Any) -> tuple[Text, ...]:
    return tuple(_text_in(item) for item in _sequence(data))


def _tags_in(data: Any) -> tuple[str, ...]:
    return tuple(_string(tag) for tag in _sequence(data))


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected a mapping, not {type(value).__name__}")
    return value


def _sequence(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, not {type(value).__name__}")
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, not {type(value).__name__}")
    return value


def _optional(read: Callable[[Any], int], value: Any) -> int | None:
    return None if value is None else read(value)
