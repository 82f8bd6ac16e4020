"""Fuzzing the content loaders: a damaged or hostile file loads or is refused with ContentError, quickly.

The inputs are the shipped files, damaged (see ``fault_helpers/yaml_fuzz.py``); the rule is
``yaml_fuzz.check_load``: load, or ContentError naming the file and a line inside it, within
``TIME_LIMIT_S``; no other exception. A programme that loads also saves and loads back unchanged.

This run is small and derandomized (about 200 examples, the same every time) so CI is stable;
``benchmarks/fuzz_loaders.py`` runs thousands. The values the fuzzing found crashing a loader are
kept below as plain examples, with the line each must be reported on.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers import yaml_fuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises_app.core.errors import ContentError
from exercises_app.core.library import load_library
from exercises_app.core.programme_file import load_programme, parse_programme

fuzz = settings(
    deadline=None,  # check_load has its own, generous, time limit
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                           HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yaml_fuzz.PWNED_MARKER.unlink(missing_ok=True)
    yield tmp_path_factory.mktemp("fuzz")
    assert not yaml_fuzz.PWNED_MARKER.exists(), "a YAML tag ran a command"


# -- the fuzzing ----------------------------------------------------------------------------------
@settings(fuzz, max_examples=60)
@given(data=st.deferred(lambda: yaml_fuzz.content_file(yaml_fuzz.library_seeds())))
def test_a_damaged_library_file_loads_or_is_refused_with_its_line(fuzz_dir: Path, data: bytes) -> None:
    """Any library file, however damaged, loads or gives ContentError with file and line, in bounded time."""
    yaml_fuzz.check_library_file(fuzz_dir / "exercises.yaml", data)


@settings(fuzz, max_examples=80)
@given(data=st.deferred(lambda: yaml_fuzz.content_file(yaml_fuzz.programme_seeds())))
def test_a_damaged_programme_file_loads_or_is_refused_with_its_line(fuzz_dir: Path, data: bytes) -> None:
    """Any programme file loads (and saves back unchanged) or gives ContentError with file and line."""
    yaml_fuzz.check_programme_file(fuzz_dir / "programme.yaml", data)


@settings(fuzz, max_examples=60)
@given(text=st.deferred(lambda: yaml_fuzz.content_text(yaml_fuzz.programme_seeds())),
       with_library=st.booleans())
def test_damaged_programme_text_parses_or_is_refused_with_its_line(text: str, with_library: bool) -> None:
    """``parse_programme`` on any text, with or without a library, obeys the same rule as the file loader."""
    yaml_fuzz.check_programme_text(text, with_library)


def test_the_shipped_files_pass_the_rule_unchanged(fuzz_dir: Path) -> None:
    """The oracle accepts what ships: the seeds load, so the fuzzing starts from valid files."""
    full, small = yaml_fuzz.library_seeds()
    assert yaml_fuzz.check_library_file(fuzz_dir / "full.yaml", full.encode()) == "loaded"
    assert yaml_fuzz.check_library_file(fuzz_dir / "small.yaml", small.encode()) == "loaded"
    for text in yaml_fuzz.programme_seeds():
        assert yaml_fuzz.check_programme_file(fuzz_dir / "programme.yaml", text.encode()) == "loaded"


# -- what the fuzzing found -----------------------------------------------------------------------
def _in_guide(old: str, new: str) -> tuple[str, int]:
    """The guide-seven template with the line starting with ``old`` replaced by ``new``, and its number."""
    guide = (yaml_fuzz.ROOT / "data" / "programmes" / "guide-seven.yaml").read_text(encoding="utf-8")
    lines = guide.splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.startswith(old))
    lines[number - 1] = new + "\n"
    return "".join(lines), number


@pytest.mark.parametrize(("old", "new"), [
    ("  id: guide-seven", "  id: !!timestamp hello"),  # AttributeError in PyYAML's timestamp constructor
    ("  language: en", "  language: !!bool maybe"),  # KeyError
    ("  sessions_per_day: 3", "  sessions_per_day: !!int ''"),  # IndexError
    ("  days_per_week: 7", "  days_per_week: !!float ''"),  # IndexError
    ("  revision: 1", "  revision: !!int '-'"),  # IndexError
    ("  revision: 1", "  revision: 0x" + "f" * 4000),  # int too long to print: ValueError in the message
    ("version: 2", "version: 0x" + "f" * 4000),
    ("  days_per_week: 7", "  days_per_week: " + ":".join(["59"] * 2500)),  # sexagesimal, same
    ("  revision: 1", "  ? 0x" + "f" * 4000 + "\n  : x\n  revision: 1"),  # as a key: in 'unknown key ...'
], ids=["timestamp-word", "bool-word", "empty-int", "empty-float", "lone-minus", "huge-hex-revision",
        "huge-hex-version", "huge-sexagesimal", "huge-hex-key"])
def test_values_that_crashed_the_programme_loader_are_refused_on_their_line(
    fuzz_dir: Path, old: str, new: str,
) -> None:
    """Explicit tags with unreadable values, and integers too long to print: ContentError on their line."""
    text, line = _in_guide(old, new)
    path = fuzz_dir / "found.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_programme(path, yaml_fuzz.bundled_library())
    assert [p.line for p in caught.value.problems] == [line], str(caught.value)
    assert caught.value.problems[0].file == str(path)


def test_a_lone_surrogate_in_programme_text_is_refused_on_its_line() -> None:
    """Text with a lone surrogate cannot be UTF-8: ContentError on its line, not UnicodeEncodeError."""
    text, line = _in_guide("  title:", "  title: broken \ud800 title")
    with pytest.raises(ContentError) as caught:
        parse_programme(text, yaml_fuzz.bundled_library(), "typed.yaml")
    assert [(p.file, p.line) for p in caught.value.problems] == [("typed.yaml", line)]


def test_an_illustration_name_too_long_for_the_file_system_is_refused_on_its_line(fuzz_dir: Path) -> None:
    """A frame file name longer than the file system allows (ENAMETOOLONG) is a ContentError, not OSError."""
    lines = yaml_fuzz.library_seeds()[1].splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if line.lstrip().startswith("- file: "))
    indent = lines[number - 1].split("- file: ")[0]
    lines[number - 1] = f"{indent}- file: illustrations/{'a' * 300}.svg\n"
    path = fuzz_dir / "long-name.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_library(path, yaml_fuzz.ASSETS_DIR)
    assert [p.line for p in caught.value.problems] == [number], str(caught.value)
    assert "does not exist" in str(caught.value)
