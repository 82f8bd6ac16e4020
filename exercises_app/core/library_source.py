"""Which library the app uses: the user's own file if valid, else the bundled one."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError, Problem
from .library import Library
from .library_cache import load_library_cached

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LibraryLoad:
    """The library in use (None if even the bundled one is broken) and the problems met on the way."""

    library: Library | None
    problems: tuple[Problem, ...] = field(default=())
    fell_back: bool = False


def load_active_library(
    user_file: Path, bundled_file: Path, assets_dir: Path, *, cache_dir: Path | None = None
) -> LibraryLoad:
    """Prefer ``user_file`` when it exists; on any problem, report it and use ``bundled_file``.

    ``user_file`` is in the data folder; with a ``cache_dir`` a library that was valid when last
    loaded, and has not changed since, is read from that folder's cache (``library_cache.py``).
    """
    problems: list[Problem] = []
    if user_file.exists():
        try:
            return LibraryLoad(load_library_cached(user_file, assets_dir, cache_dir))
        except ContentError as exc:
            log.warning("user library %s is not usable; using the bundled one:\n%s", user_file, exc)
            problems.extend(exc.problems)
    try:
        library = load_library_cached(bundled_file, assets_dir, cache_dir)
    except ContentError as exc:
        log.error("bundled library %s is not usable:\n%s", bundled_file, exc)
        return LibraryLoad(None, tuple(problems + exc.problems), fell_back=bool(problems))
    return LibraryLoad(library, tuple(problems), fell_back=bool(problems))
