"""Fuzzing the command line's arguments: validate, list and print never show a traceback or a raw
control character, and exit with 0, 1 or 2 (see ``fault_helpers/cli_fuzz.py``).

A small, derandomized run (the same examples every time); ``benchmarks/fuzz_cli.py`` runs thousands.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import cli_fuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises_app.cli import main


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> cli_fuzz.Files:
    return cli_fuzz.prepare(tmp_path_factory.mktemp("fuzz-cli"))


@settings(max_examples=100, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_argument_list_exits_0_1_or_2_without_a_traceback(files: cli_fuzz.Files,
                                                              data: st.DataObject) -> None:
    argv = data.draw(cli_fuzz.arguments(files))
    cli_fuzz.check_argv(argv, files.folder)


@pytest.mark.parametrize("argv", [
    ["print", "{guide}", "-o", "/dev/null"],
    ["print", "{guide}", "-o", "{pipe}"],
    ["validate", "{pipe}", "/dev/zero", "{sneaky}", "{empty}", "--data-dir", "{folder}/x\x00y"],
    ["list", "--lang", "\x1b[31m"],
    ["validate", "\udcff.yaml"],
], ids=["device-output", "pipe-output", "special-inputs", "escape-in-option", "undecodable-name"])
def test_hostile_arguments_found_while_fuzzing(files: cli_fuzz.Files, argv: list[str]) -> None:
    """Cases worth keeping: a device or a pipe as output is refused (never replaced by a file),
    special and hostile inputs are refused with escaped messages."""
    names = {"guide": str(files.folder / "guide-seven.yaml"), "pipe": str(files.folder / "pipe.yaml"),
             "sneaky": str(files.folder / "sneaky\x1b[2J.yaml"), "empty": str(files.folder / "empty.yaml"),
             "folder": str(files.folder)}
    filled = [arg.format(**names) if "{" in arg else arg for arg in argv]
    assert cli_fuzz.check_argv(filled, files.folder) in ("exit 1", "exit 2")
    assert Path("/dev/null").is_char_device()


def test_the_fuzzing_reaches_valid_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The oracle accepts what works: the copies of the shipped files validate and print."""
    files = cli_fuzz.prepare(tmp_path)
    guide = str(files.folder / "guide-seven.yaml")
    library = str(files.folder / "exercises.yaml")
    assert cli_fuzz.check_argv(["validate", guide, library], files.folder) == "exit 0"
    assert cli_fuzz.check_argv(["print", guide, "-o", "handout.pdf"], files.folder) == "exit 0"
    assert (files.folder / "handout.pdf").stat().st_size > 1000
    assert main(["list", "--data-dir", str(files.folder / "fresh-data")]) == 0
    assert "cat-cow" in capsys.readouterr().out
