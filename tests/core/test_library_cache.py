"""The parsed-library cache: a hit gives the same library without parsing YAML; anything else is a miss."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core import yamlsource
from exercises_app.core.errors import ContentError
from exercises_app.core.library import load_library
from exercises_app.core.library_cache import cache_file_for, decode, encode, load_library_cached
from exercises_app.core.library_source import load_active_library

BUNDLED = AppPaths(data_dir=Path())


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of the shipped library, free to edit."""
    path = tmp_path / "library.yaml"
    path.write_bytes(BUNDLED.bundled_library.read_bytes())
    return path


def test_the_model_survives_the_trip_through_json() -> None:
    library = load_library(BUNDLED.bundled_library, BUNDLED.assets_dir)
    assert decode(json.loads(json.dumps(encode(library)))) == library


def test_a_second_load_reads_the_cache_and_gives_the_same_library(
    source: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_library_cached(source, BUNDLED.assets_dir, cache_dir)
    assert first == load_library(source, BUNDLED.assets_dir)
    assert cache_file_for(source, cache_dir).is_file()
    monkeypatch.setattr(yamlsource, "read_yaml", lambda path: pytest.fail(f"{path} was parsed again"))
    assert load_library_cached(source, BUNDLED.assets_dir, cache_dir) == first


def test_an_edited_library_is_read_again(source: Path, cache_dir: Path) -> None:
    load_library_cached(source, BUNDLED.assets_dir, cache_dir)
    stat = source.stat()
    # Same size and modification time: only the content tells the two apart.
    edited = source.read_text(encoding="utf-8").replace("Cat–cow", "Cat–Cow", 1)
    assert len(edited.encode("utf-8")) == stat.st_size and edited != source.read_text(encoding="utf-8")
    source.write_text(edited, encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    library = load_library_cached(source, BUNDLED.assets_dir, cache_dir)
    assert library.get("cat-cow").name.en == "Cat–Cow"  # type: ignore[union-attr]
    assert load_library_cached(source, BUNDLED.assets_dir, cache_dir) == library


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        b'{"key": ',
        b"[]",
        b'{"key": {}, "library": {}}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["empty", "binary", "truncated", "a list", "foreign", "nested too deep"],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_written_again(
    source: Path, cache_dir: Path, damage: bytes
) -> None:
    expected = load_library_cached(source, BUNDLED.assets_dir, cache_dir)
    cache_file = cache_file_for(source, cache_dir)
    cache_file.write_bytes(damage)
    assert load_library_cached(source, BUNDLED.assets_dir, cache_dir) == expected
    assert json.loads(cache_file.read_bytes().split(b"\n")[1]) == encode(expected)


def rewrite(cache_file: Path, change: Callable[[dict, dict], None], *, fix_crc: bool = True) -> None:
    """Change a cache file's key and library (as parsed JSON), keeping its CRC right unless told not to."""
    head, body = cache_file.read_bytes().split(b"\n")
    key, library = json.loads(head), json.loads(body)
    change(key, library)
    body = json.dumps(library).encode("utf-8")
    if fix_crc:
        key["body_crc32"] = zlib.crc32(body)
    cache_file.write_bytes(json.dumps(key).encode("utf-8") + b"\n" + body)


def _set(mapping: dict, name: str, value: object) -> None:
    mapping[name] = value


@pytest.mark.parametrize(
    ("change", "fix_crc"),
    [
        (lambda key, library: _set(library["exercises"][0]["dose"], "sets", 4), False),
        (lambda key, library: _set(library["exercises"][0], "$", "Popen"), True),
        (lambda key, library: library["exercises"][0].pop("steps"), True),
        (lambda key, library: _set(library["exercises"][0], "colour", "red"), True),
        (lambda key, library: _set(library, "$", "Text"), True),
        (lambda key, library: _set(key, "app_version", "0.0.0"), True),
        (lambda key, library: key["model"].pop(), True),
    ],
    ids=["edited, CRC left", "unknown class", "missing field", "unknown field", "not a library",
         "other app version", "other model"],
)
def test_a_cache_changed_or_made_for_something_else_is_a_miss(
    source: Path, cache_dir: Path, change: Callable[[dict, dict], None], fix_crc: bool
) -> None:
    expected = load_library_cached(source, BUNDLED.assets_dir, cache_dir)
    cache_file = cache_file_for(source, cache_dir)
    rewrite(cache_file, change, fix_crc=fix_crc)
    assert load_library_cached(source, BUNDLED.assets_dir, cache_dir) == expected
    assert json.loads(cache_file.read_bytes().split(b"\n")[1]) == encode(expected)  # written again


def test_an_invalid_library_is_reported_every_time_and_never_cached(source: Path, cache_dir: Path) -> None:
    load_library_cached(source, BUNDLED.assets_dir, cache_dir)
    source.write_text(source.read_text(encoding="utf-8").replace("reps: ", "reps: many #", 1), encoding="utf-8")
    for _attempt in range(2):
        with pytest.raises(ContentError) as caught:
            load_library_cached(source, BUNDLED.assets_dir, cache_dir)
        assert "reps must be a whole number" in str(caught.value)
        assert caught.value.problems[0].file == str(source)


def test_a_drawing_removed_since_the_cache_was_written_is_reported(tmp_path: Path, cache_dir: Path) -> None:
    assets = tmp_path / "assets"
    library = load_library(BUNDLED.bundled_library, BUNDLED.assets_dir)
    for exercise in library.exercises:
        for frame in exercise.illustration:
            (assets / frame.file).parent.mkdir(parents=True, exist_ok=True)
            (assets / frame.file).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    load_library_cached(BUNDLED.bundled_library, assets, cache_dir)
    gone = library.exercises[0].illustration[0].file
    (assets / gone).unlink()
    with pytest.raises(ContentError, match=f"illustration file '{gone}' does not exist"):
        load_library_cached(BUNDLED.bundled_library, assets, cache_dir)


def test_no_cache_is_written_without_a_data_folder_or_where_writing_fails(source: Path, tmp_path: Path) -> None:
    nowhere = tmp_path / "no-such-data-folder" / "cache"
    assert load_library_cached(source, BUNDLED.assets_dir, nowhere).exercises
    assert not nowhere.parent.exists()
    blocked = tmp_path / "data"
    blocked.mkdir()
    (blocked / "cache").write_text("a file where the cache folder would be", encoding="utf-8")
    assert load_library_cached(source, BUNDLED.assets_dir, blocked / "cache").exercises


def test_the_active_library_is_read_from_the_cache_from_the_second_load_on(isolated_data_dir: Path) -> None:
    paths = AppPaths(data_dir=isolated_data_dir)
    first = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir, cache_dir=paths.cache_dir)
    assert [p.name for p in paths.cache_dir.iterdir()] == [cache_file_for(paths.bundled_library, paths.cache_dir).name]
    again = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir, cache_dir=paths.cache_dir)
    assert again == first
    uncached = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir)
    assert uncached == first


def test_a_start_with_the_cache_does_not_load_pyyaml(isolated_data_dir: Path) -> None:
    """Reading the library from the cache needs neither PyYAML nor OpenSSL (hashlib)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from exercises_app.config import AppPaths\n"
        "from exercises_app.core.library_source import load_active_library\n"
        "paths = AppPaths(data_dir=Path(sys.argv[1]))\n"
        "loaded = load_active_library(paths.user_library, paths.bundled_library, paths.assets_dir,\n"
        "                             cache_dir=paths.cache_dir)\n"
        "assert loaded.library is not None and not loaded.problems\n"
        "print(sorted(m for m in ('yaml', 'hashlib') if m in sys.modules))\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script, str(isolated_data_dir)], capture_output=True, text=True,
                       check=True, timeout=60).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["['yaml']", "[]"]
