"""A parsed-library cache, so that a start does not parse and check the library's YAML again.

After a library file has been loaded and found valid, its model is written as JSON to the data
folder's cache folder (``AppPaths.cache_dir``, handed to it) under a key naming the file it came from: its path,
size, modification time (ns) and CRC-32, the assets folder, the app's version and the shape of the
model (each model class and its fields). The next load of that file reads the JSON instead when
the whole key still matches and the stored text has its CRC-32.

The cache only ever holds a library that passed every check; problems are never stored, so an
invalid file is parsed and reported at every load. A cache file that cannot be read, is not ours,
is damaged or was made for anything else is a miss: the library is loaded from its file and the
cache written again. Writing is best effort (a read-only or full folder only means no cache).
JSON, not pickle: only the model's own dataclasses are ever built from it, so it never runs code.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

from .. import __version__
from . import library as library_model
from . import text as text_model
from .library import Library, load_library

log = logging.getLogger(__name__)

CACHE_FORMAT = "exercises-app-library-cache"
CACHE_VERSION = 1

#: The classes a cache may build: the dataclasses of the library model, by name.
MODEL_CLASSES: dict[str, type] = {
    name: value
    for module in (library_model, text_model)
    for name, value in vars(module).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__
}


class CacheMiss(Exception):
    """The cache file is absent, unreadable, damaged, foreign or made for another file or model."""


def model_shape() -> list[list[str]]:
    """Each model class with its fields: a cache made for another shape of the model is a miss."""
    return [[name, *(f.name for f in dataclasses.fields(cls))] for name, cls in sorted(MODEL_CLASSES.items())]


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
        "model": model_shape(),
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
    """The library stored in ``cache_file`` for ``key``; raises CacheMiss for anything else.

    The file has two lines: the key with the CRC-32 of the second line, then the library.
    """
    try:
        head, _newline, body = cache_file.read_bytes().partition(b"\n")
        stored = json.loads(head)
    except (OSError, ValueError, RecursionError) as exc:
        raise CacheMiss(f"cannot be read as JSON ({exc.__class__.__name__})") from exc
    if not isinstance(stored, dict) or stored.pop("body_crc32", None) != zlib.crc32(body):
        raise CacheMiss("damaged, or not a library cache")
    if stored != key:
        raise CacheMiss("made for another file, version or model")
    try:
        library = decode(json.loads(body))
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        raise CacheMiss(f"damaged ({exc.__class__.__name__}: {exc})") from exc
    if not isinstance(library, Library):
        raise CacheMiss("holds no library")
    missing = next((f.file for e in library.exercises for f in e.illustration
                    if not os.path.isfile(assets_dir / f.file)), None)
    if missing is not None:
        raise CacheMiss(f"illustration {missing} is no longer in the assets")
    return dataclasses.replace(library, source=source)


def write_cache(cache_file: Path, key: dict[str, Any], library: Library) -> None:
    """Write ``library`` for ``key`` (atomically); only when the data folder exists; never raises."""
    if not cache_file.parent.parent.is_dir():
        return  # no data folder (yet): a cache is no reason to create one
    temporary = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
    try:
        body = json.dumps(encode(library), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = json.dumps({**key, "body_crc32": zlib.crc32(body)}, ensure_ascii=False).encode("utf-8")
        cache_file.parent.mkdir(exist_ok=True)
        temporary.write_bytes(head + b"\n" + body)
        os.replace(temporary, cache_file)
    except (OSError, TypeError, ValueError) as exc:  # TypeError: a value JSON cannot hold (see encode)
        log.debug("library cache %s not written: %s", cache_file, exc)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


# -- the model as JSON -------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """A model value as JSON-ready data: a dataclass as a mapping with its class name under "$",
    a tuple as a list, a path as {"$path": ...}; TypeError for anything else (nothing is cached)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if MODEL_CLASSES.get(name) is not type(value):
            raise TypeError(f"{name} is not a class of the library model")
        return {"$": name, **{f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, tuple):
        return [encode(item) for item in value]
    if isinstance(value, Path):
        return {"$path": str(value)}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a library cache cannot hold {type(value).__name__}")


def decode(data: Any) -> Any:
    """The value that ``encode`` turned into ``data``; KeyError, TypeError or ValueError if none."""
    if isinstance(data, list):
        return tuple(decode(item) for item in data)
    if isinstance(data, dict):
        if set(data) == {"$path"}:
            return Path(_string(data["$path"]))
        cls = MODEL_CLASSES[_string(data["$"])]
        return cls(**{name: decode(value) for name, value in data.items() if name != "$"})
    if data is None or isinstance(data, (str, int, float, bool)):
        return data
    raise TypeError(f"unexpected {type(data).__name__}")


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value
