"""A parsed-programme cache: the programme in use is not parsed and checked again at every start.

The app keeps a copy of the programme in use in the data folder (``programme.yaml``) and reads it
at every start. Once that file has been loaded and found valid against the library, its model is
kept as JSON in the data folder's cache folder (``parsed_cache.py``: the file's name, size,
modification time and CRC-32, the app's version and the model's shape make the key). The next
start reads the JSON instead, so it needs neither PyYAML nor the programme checks.

What the checks need of the library is only that every exercise of the programme is in it: a
cached programme with an exercise the library in use lacks is a miss, and the file is loaded
(and its problem reported) as without a cache. Problems are never stored; anything but a valid
cache for this very file is a miss, and the cache is written again after the file is loaded.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from . import parsed_cache
from .dose_progression import DoseProgression
from .library import Dose, Library
from .own_exercises import OWN_EXERCISE_CLASSES
from .parsed_cache import CacheMiss, ModelCodec
from .programme import Clinic, Programme, ProgrammeExercise, Wording

CACHE_FORMAT = "exercises-app-programme-cache"
CACHE_VERSION = 1

#: The classes a cache may build: those a programme is made of.
MODEL_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (Programme, ProgrammeExercise, Wording, Clinic, Dose,
                                                                  DoseProgression, *OWN_EXERCISE_CLASSES)}
_CODEC = ModelCodec(MODEL_CLASSES)


def cache_file_for(source: Path, cache_dir: Path) -> Path:
    """The cache file of the programme file at ``source`` (one per file name)."""
    return cache_dir / parsed_cache.cache_file_name("programme", source.name)


def source_key(source: Path) -> dict[str, Any]:
    """What identifies the programme file as it is now; raises OSError when it cannot be read.

    The file is named by its name, not its path: the programme in use and its cache are in the
    same data folder, and stay valid when that folder is moved or copied whole (its size, time
    and CRC-32 tell an edited file).
    """
    return {"format": CACHE_FORMAT, "version": CACHE_VERSION, **parsed_cache.file_key(source, source.name),
            "model": _CODEC.shape()}


def load_programme_cached(source: Path, library: Library, cache_dir: Path | None) -> Programme:
    """``load_programme(source, library)``, read from ``cache_dir`` when the file has not changed.

    Raises ContentError exactly as ``load_programme`` does. With ``cache_dir`` None, no cache.
    """
    programme: Programme = parsed_cache.load_cached(
        cache_file_for(source, cache_dir) if cache_dir is not None else None, lambda: source_key(source),
        lambda: _load(source, library), lambda data: _programme_from(data, library), _CODEC.encode, "programme")
    return programme


def _load(source: Path, library: Library) -> Programme:
    from .programme_file import load_programme  # PyYAML and the checks: only when the cache cannot serve

    return load_programme(source, library)


def read_cache(cache_file: Path, key: dict[str, Any], library: Library) -> Programme:
    """The programme stored in ``cache_file`` for ``key``; raises CacheMiss for anything else."""
    try:
        return _programme_from(parsed_cache.read_cache(cache_file, key), library)
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        raise CacheMiss(f"damaged ({exc.__class__.__name__}: {exc})") from exc


def _programme_from(data: Any, library: Library) -> Programme:
    """The programme in cached ``data``; CacheMiss when it holds none, or an exercise neither the
    library in use nor the programme itself has."""
    programme = _CODEC.decode(data)
    if not isinstance(programme, Programme):
        raise CacheMiss("holds no programme")
    carried = {e.id for e in programme.own_exercises}
    unknown = next((e.exercise_id for e in programme.exercises
                    if library.get(e.exercise_id) is None and e.exercise_id not in carried), None)
    if unknown is not None:
        raise CacheMiss(f"exercise {unknown} is not in the library in use")
    return programme


def encode(programme: Programme) -> Any:
    """The programme as JSON-ready data (what the cache file holds)."""
    return _CODEC.encode(programme)


def decode(data: Any) -> Any:
    """The value that ``encode`` turned into ``data``; KeyError, TypeError or ValueError if none."""
    return _CODEC.decode(data)
