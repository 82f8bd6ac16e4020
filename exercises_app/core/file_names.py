"""File names made from what people type (a patient's name, a title), the list of recent files, and
the names of copies kept beside a file.

Pure functions, no Qt: the editor's Save and Save PDF suggest ``safe_file_name(...)``, File › Open
recent keeps its list with ``updated_recent``, and a file moved or copied aside (a damaged record or
own library, the record before an upgrade) gets its name from ``unused_name_beside``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

#: Characters Windows refuses in a file name, the path separators of every system, and '&' (which
#: command shells read as an operator).
UNSAFE_CHARACTERS = re.compile(r'[<>:"/\\|?*&\x00-\x1f\x7f-\x9f]+')
#: Names Windows keeps for devices, whatever the extension (CON.pdf is refused too).
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
MAX_NAME_CHARS = 100
RECENT_LIMIT = 5


def safe_file_name(text: str, fallback: str = "programme") -> str:
    """``text`` as a file name that every system accepts (without extension).

    Characters that Windows refuses (``< > : " / \\ | ? *``), '&' and control characters become '-',
    spaces and dashes are tidied, a name may not end with a dot or a space, Windows' device
    names (CON, NUL, COM1…) get an underscore, and the name is cut to 100 characters. Accents
    are kept. An empty result gives ``fallback``.
    """
    name = UNSAFE_CHARACTERS.sub("-", text)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"[\s-]*-[\s-]*", "-", name)  # one dash where several, or spaces around one, met
    name = name.strip(" .-")
    name = name[:MAX_NAME_CHARS].rstrip(" .-")
    if not name:
        return fallback
    if name.split(".")[0].strip().upper() in RESERVED_NAMES:
        name = f"_{name}"
    return name


def updated_recent(recent: Iterable[str], opened: Path | str, limit: int = RECENT_LIMIT) -> list[str]:
    """The recent-files list with ``opened`` first, without repeats, at most ``limit`` long."""
    first = str(opened)
    return [first, *[p for p in recent if p and p != first]][:limit]


def unused_name_beside(path: Path, label: str, now: dt.datetime, side_suffixes: Iterable[str] = ()) -> Path:
    """``<name>.<label>-YYYYMMDD-HHMMSS`` beside ``path``, or with ``-2``, ``-3``... when that name, or
    it with any of ``side_suffixes`` (a database's ``-wal``...), is taken: a name that overwrites nothing."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    suffixes = ("", *side_suffixes)
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 2
    while any(Path(f"{target}{suffix}").exists() for suffix in suffixes):
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return target
