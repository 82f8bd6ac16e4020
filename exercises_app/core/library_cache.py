"""A parsed-library cache, so that a start does not parse and check the library's YAML again.

After a library file has been loaded and found valid, its model is written as JSON to the data
folder's cache folder (``AppPaths.cache_dir``, handed to it) under a key naming the file it came from: its path,
size, modification time (ns) and CRC-32, the assets folder, the app's version and the shape of the
model (each model class and its fields). The next load of that file reads the JSON instead when
the whole key still matches and the stored text has its CRC-32.

The cache only ever holds a library that passed every check; problems are never stored, so an
invalid file is parsed and reported at every load. A cache file that cannot be read, is not ours,
is damaged or was made for anything else is a miss: the library is loaded from its file and the
cache written again. The file format, the JSON of the model and the writing are shared with the
programme's cache (``parsed_cache.py``).
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from . import library as library_model
from . import parsed_cache
from . import text as text_model
from .library import Library, load_library
from .parsed_cache import CacheMiss, ModelCodec

CACHE_FORMAT = "exercises-app-library-cache"
CACHE_VERSION = 1

#: The classes a cache may build: the dataclasses of the library model, by name.
MODEL_CLASSES: dict[str, type] = {
    name: value
    for module in (library_model, text_model)
    for name, value in vars(module).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__
}
_CODEC = ModelCodec(MODEL_CLASSES)


def model_shape() -> list[list[str]]:
    """Each model class with its fields: a cache made for another shape of the model is a miss."""
    return _CODEC.shape()


def cache_file_for(source: Path, cache_dir: Path) -> Path:
    """The cache file of the library at ``source`` (one per library file)."""
    return cache_dir / parsed_cache.cache_file_name("library", str(source.absolute()))


def source_key(source: Path, assets_dir: Path) -> dict[str, Any]:
    """What identifies the library file as it is now; raises OSError when it cannot be read."""
    return {
        "format": CACHE_FORMAT,
        "version": CACHE_VERSION,
        **parsed_cache.file_key(source),
        "assets_dir": str(assets_dir.absolute()),
        "model": model_shape(),
    }


def load_library_cached(source: Path, assets_dir: Path, cache_dir: Path | None) -> Library:
    """``load_library(source, assets_dir)``, read from ``cache_dir`` when the file has not changed.

    Raises ContentError exactly as ``load_library`` does. With ``cache_dir`` None, no cache.
    """
    library: Library = parsed_cache.load_cached(
        cache_file_for(source, cache_dir) if cache_dir is not None else None,
        lambda: source_key(source, assets_dir), lambda: load_library(source, assets_dir),
        lambda data: _library_from(data, source, assets_dir), encode, "library")
    return library


def _library_from(data: Any, source: Path, assets_dir: Path) -> Library:
    """The library in cached ``data``; CacheMiss when it holds none, or names a drawing no longer there."""
    library = decode(data)
    if not isinstance(library, Library):
        raise CacheMiss("holds no library")
    missing = next((f.file for e in library.exercises for f in e.illustration
                    if not os.path.isfile(assets_dir / f.file)), None)
    if missing is not None:
        raise CacheMiss(f"illustration {missing} is no longer in the assets")
    return dataclasses.replace(library, source=source)


# -- the model as JSON -------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """A model value as JSON-ready data: a dataclass as a mapping with its class name under "$",
    a tuple as a list, a path as {"$path": ...}; TypeError for anything else (nothing is cached)."""
    return _CODEC.encode(value)


def decode(data: Any) -> Any:
    """The value that ``encode`` turned into ``data``; KeyError, TypeError or ValueError if none."""
    return _CODEC.decode(data)
