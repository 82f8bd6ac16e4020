"""The parsed-programme cache: a hit gives the same programme without PyYAML; anything else is a miss."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core import programme_file, yamlsource
from exercises_app.core.dose_progression import DoseProgression
from exercises_app.core.errors import ContentError
from exercises_app.core.library import Dose, Library, load_library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.core.programme_cache import cache_file_for, decode, encode, load_programme_cached
from exercises_app.core.programme_file import load_programme, save_programme

BUNDLED = AppPaths(data_dir=Path())


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(BUNDLED.bundled_library, BUNDLED.assets_dir)


def _programme() -> Programme:
    return Programme(
        programme_id="3f2c9a", version=4, title="Bas du dos — « extension »", language="fr", patient="Marie",
        conditions=("disc-herniation", "sciatica"), clinician="Luc", clinic=Clinic("Clinique", "514-555-0199"),
        start_date=dt.date(2026, 11, 27), review_date=dt.date(2026, 12, 18),
        next_appointment=dt.datetime(2026, 12, 18, 9, 30), advice="Matin et soir.", sessions_per_day=2,
        exercises=(ProgrammeExercise("cobra", Dose(1, 10, 2, None, 30, False, 2), "Hanches au sol.",
                                     progression=DoseProgression("reps", by=2, up_to=14, every_days=4)),
                   ProgrammeExercise("hamstring-stretch", Dose(1, 2, 30, None, 15, True, 1), "", "right")),
    )


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "programme.yaml"
    save_programme(_programme(), path)
    return path


def test_the_programme_survives_the_trip_through_json(source: Path, library: Library) -> None:
    programme = load_programme(source, library)
    assert programme.exercises[0].progression is not None  # the bounds of a dose step are cached too
    assert decode(json.loads(json.dumps(encode(programme)))) == programme


def test_a_second_load_reads_the_cache_and_gives_the_same_programme(
    source: Path, cache_dir: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_programme_cached(source, library, cache_dir)
    assert first == load_programme(source, library)
    assert cache_file_for(source, cache_dir).is_file()
    monkeypatch.setattr(yamlsource, "read_yaml", lambda path: pytest.fail(f"{path} was parsed again"))
    monkeypatch.setattr(programme_file, "read_yaml", lambda path: pytest.fail(f"{path} was parsed again"))
    assert load_programme_cached(source, library, cache_dir) == first


def test_an_edited_programme_is_read_again(source: Path, cache_dir: Path, library: Library) -> None:
    load_programme_cached(source, library, cache_dir)
    stat = source.stat()
    # Same size and modification time: only the content tells the two apart.
    edited = source.read_text(encoding="utf-8").replace("Marie", "Maria", 1)
    assert len(edited.encode("utf-8")) == stat.st_size
    source.write_text(edited, encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_programme_cached(source, library, cache_dir).patient == "Maria"


def test_an_exercise_the_library_no_longer_has_is_reported_as_without_a_cache(
    source: Path, cache_dir: Path, library: Library
) -> None:
    load_programme_cached(source, library, cache_dir)
    smaller = dataclasses.replace(library, exercises=tuple(e for e in library.exercises if e.id != "cobra"))
    for _attempt in range(2):
        with pytest.raises(ContentError) as caught:
            load_programme_cached(source, smaller, cache_dir)
        assert "cobra" in str(caught.value)


@pytest.mark.parametrize("damage", [b"", b"\x00\xff garbage", b'{"key": ', b"[]", b"{}\n{}"],
                         ids=["empty", "binary", "truncated", "a list", "foreign"])
def test_a_damaged_or_foreign_cache_is_ignored_and_written_again(
    source: Path, cache_dir: Path, library: Library, damage: bytes
) -> None:
    expected = load_programme_cached(source, library, cache_dir)
    cache_file = cache_file_for(source, cache_dir)
    cache_file.write_bytes(damage)
    assert load_programme_cached(source, library, cache_dir) == expected
    assert json.loads(cache_file.read_bytes().split(b"\n")[1]) == encode(expected)


def test_an_invalid_programme_is_reported_every_time_and_never_cached(
    source: Path, cache_dir: Path, library: Library
) -> None:
    source.write_text(source.read_text(encoding="utf-8").replace("revision: 4", "revision: many"), encoding="utf-8")
    for _attempt in range(2):
        with pytest.raises(ContentError):
            load_programme_cached(source, library, cache_dir)
    assert not cache_file_for(source, cache_dir).exists()


def test_without_a_cache_folder_the_file_is_loaded(source: Path, library: Library) -> None:
    assert load_programme_cached(source, library, None) == load_programme(source, library)


def test_a_data_folder_copied_whole_keeps_its_programme_cache(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    first = tmp_path / "first"
    first.mkdir()
    save_programme(_programme(), first / "programme.yaml")
    expected = load_programme_cached(first / "programme.yaml", library, first / "cache")
    shutil.copytree(first, tmp_path / "second")  # keeps the modification times
    monkeypatch.setattr(programme_file, "read_yaml", lambda path: pytest.fail(f"{path} was parsed again"))
    assert load_programme_cached(tmp_path / "second" / "programme.yaml", library, tmp_path / "second" / "cache") \
        == expected
