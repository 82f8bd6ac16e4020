"""What the parsed-file caches share: a model as JSON and back, and the two-line cache file.

A content file that was loaded and found valid is kept in the data folder's cache folder as the
JSON of its model, under a key naming what it was made from (the file's path, size, modification
time and CRC-32, the app's version, the model's shape...). The next start reads the JSON instead
of parsing and checking the file again when the whole key still matches. ``library_cache.py``,
``programme_cache.py`` and the own exercises (``own_exercises.py``) use it through :func:`load_cached`.

A cache file has two lines: the key with the CRC-32 of the second line, then the model. Anything
else (absent, unreadable, damaged, foreign, made for another key) is a :class:`CacheMiss`.
Writing is atomic and best effort: a read-only or full folder only means no cache. JSON, not
pickle: only the model's own dataclasses are ever built from it, so it never runs code.
"""
from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__

log = logging.getLogger(__name__)
T = TypeVar("T")


class CacheMiss(Exception):
    """The cache file is absent, unreadable, damaged, foreign or made for another file or model."""


class ModelCodec:
    """A model's values as JSON-ready data and back: a dataclass of ``classes`` as a mapping with
    its class name under "$", a tuple as a list, a path, a date, a date and time or bytes as a mapping
    with one key ("$path", "$date", "$datetime", "$bytes" in base64); anything else is refused."""

    def __init__(self, classes: Mapping[str, type]) -> None:
        self.classes = dict(classes)

    def shape(self) -> list[list[str]]:
        """Each class with its fields: a cache made for another shape of the model is a miss."""
        return [[name, *(f.name for f in dataclasses.fields(cls))] for name, cls in sorted(self.classes.items())]

    def encode(self, value: Any) -> Any:
        """``value`` as JSON-ready data; TypeError for a value of no class of the model (nothing is cached)."""
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            name = type(value).__name__
            if self.classes.get(name) is not type(value):
                raise TypeError(f"{name} is not a class of the model")
            return {"$": name, **{f.name: self.encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
        if isinstance(value, tuple):
            return [self.encode(item) for item in value]
        if isinstance(value, Path):
            return {"$path": str(value)}
        if isinstance(value, dt.datetime):  # before date: a datetime is a date too
            return {"$datetime": value.isoformat()}
        if isinstance(value, dt.date):
            return {"$date": value.isoformat()}
        if isinstance(value, bytes):  # a picture of an own exercise
            return {"$bytes": base64.b64encode(value).decode("ascii")}
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        raise TypeError(f"a cache cannot hold {type(value).__name__}")

    def decode(self, data: Any) -> Any:
        """The value that ``encode`` turned into ``data``; KeyError, TypeError or ValueError if none.

        JSON gives exactly str, int, float, bool, None, list and dict, so the type is looked up, not
        tested with isinstance, and the texts and numbers that make up most of a model go first: a
        library of 40 exercises is about 4,000 values, decoded at every start."""
        kind = type(data)
        if kind in _JSON_SCALARS:
            return data
        if kind is list:
            return tuple([self.decode(item) for item in data])
        if kind is dict:
            if len(data) == 1:
                if "$path" in data:
                    return Path(_string(data["$path"]))
                if "$date" in data:
                    return dt.date.fromisoformat(_string(data["$date"]))
                if "$datetime" in data:
                    return dt.datetime.fromisoformat(_string(data["$datetime"]))
                if "$bytes" in data:
                    return base64.b64decode(_string(data["$bytes"]), validate=True)
            cls = self.classes[_string(data["$"])]
            decode = self.decode
            return cls(**{name: decode(value) for name, value in data.items() if name != "$"})
        raise TypeError(f"unexpected {kind.__name__}")


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value


def file_key(source: Path, name: str | None = None) -> dict[str, Any]:
    """What identifies ``source`` as it is now, with the app's version; raises OSError when it cannot be read.

    ``name`` names the file in the key (default: its absolute path); a file that moves with its
    cache folder is named by what stays the same.
    """
    raw = source.read_bytes()
    status = os.stat(source)
    return {
        "app_version": __version__,
        "source": str(source.absolute()) if name is None else name,
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "crc32": zlib.crc32(raw),
    }


def cache_file_name(prefix: str, name: str) -> str:
    """The name of the cache file of the file named ``name`` (one per file): ``prefix`` and a tag of the name."""
    tag = zlib.crc32(name.encode("utf-8", "surrogateescape"))
    return f"{prefix}-{tag:08x}.json"


def load_cached(cache_file: Path | None, make_key: Callable[[], Mapping[str, Any]], load: Callable[[], T],
                from_data: Callable[[Any], T], to_data: Callable[[T], Any], what: str) -> T:
    """``load()``, or the value ``cache_file`` holds for ``make_key()`` when the file it was made from
    has not changed. ``from_data`` turns cached data back into the value (raising CacheMiss, or
    KeyError, TypeError, ValueError for damaged data); ``to_data`` turns a loaded value into data
    (TypeError: not cached). With ``cache_file`` None, or a file whose key cannot be read, ``load()``
    alone: it reports the problem with the file's name. What ``load`` raises is never changed."""
    if cache_file is None:
        return load()
    try:
        key = make_key()
    except OSError:
        return load()
    try:
        data = read_cache(cache_file, key)
        try:
            return from_data(data)
        except (KeyError, TypeError, ValueError, RecursionError) as exc:
            raise CacheMiss(f"damaged ({exc.__class__.__name__}: {exc})") from exc
    except CacheMiss as miss:
        log.debug("%s cache %s not used: %s", what, cache_file, miss)
    value = load()
    try:
        data = to_data(value)
    except TypeError as exc:  # a value the model's JSON cannot hold
        log.debug("%s cache %s not written: %s", what, cache_file, exc)
        return value
    write_cache(cache_file, key, data)
    return value


def read_cache(cache_file: Path, key: Mapping[str, Any]) -> Any:
    """The JSON data stored in ``cache_file`` for ``key``; raises CacheMiss for anything else."""
    try:
        head, _newline, body = cache_file.read_bytes().partition(b"\n")
        stored = json.loads(head)
    except (OSError, ValueError, RecursionError) as exc:
        raise CacheMiss(f"cannot be read as JSON ({exc.__class__.__name__})") from exc
    if not isinstance(stored, dict) or stored.pop("body_crc32", None) != zlib.crc32(body):
        raise CacheMiss("damaged, or not a cache of ours")
    if stored != key:
        raise CacheMiss("made for another file, version or model")
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise CacheMiss(f"damaged ({exc.__class__.__name__})") from exc


def write_cache(cache_file: Path, key: Mapping[str, Any], data: Any) -> None:
    """Write ``data`` (JSON-ready) for ``key``, atomically; only when the data folder exists; never raises."""
    if not cache_file.parent.parent.is_dir():
        return  # no data folder (yet): a cache is no reason to create one
    temporary = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
    try:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = json.dumps({**key, "body_crc32": zlib.crc32(body)}, ensure_ascii=False).encode("utf-8")
        cache_file.parent.mkdir(exist_ok=True)
        temporary.write_bytes(head + b"\n" + body)
        os.replace(temporary, cache_file)
    except (OSError, TypeError, ValueError) as exc:  # TypeError: a value JSON cannot hold
        log.debug("cache %s not written: %s", cache_file, exc)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
