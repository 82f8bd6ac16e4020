"""Bad input from outside: special files, oversized text, control characters, markup, wrong kinds of
file and bad output paths. The rule everywhere: a clear message naming the file and line, no traceback,
and bounded work. ``docs/faults.md`` lists each case with the test that shows it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exercises_app.cli import main
from exercises_app.config import AppPaths
from exercises_app.core.errors import ContentError
from exercises_app.core.library import load_library
from exercises_app.core.programme_file import load_programme
from exercises_app.core.yamlsource import MAX_FILE_BYTES, read_yaml

ROOT = Path(__file__).resolve().parents[1]
PATHS = AppPaths(data_dir=Path("unused"))
GUIDE = ROOT / "data" / "programmes" / "guide-seven.yaml"


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process (a hang fails the test instead of stopping the suite)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "exercises_app", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


# -- special files ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_by_validate(tmp_path: Path) -> None:
    """`validate` on a named pipe with no writer returns at once with a message; it used to block forever."""
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    done = run_cli("validate", str(fifo), "--data-dir", str(tmp_path / "data"), timeout=30)
    assert done.returncode == 1
    assert done.stdout.strip() == f"{fifo}:1: this is not a regular file (it is a named pipe); give a .yaml file"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_without_reading_it(special: str) -> None:
    """/dev/zero used to be read until memory ran out: a device is refused before any byte is read."""
    if not os.path.exists(special):
        pytest.skip(f"no {special}")
    with pytest.raises(ContentError) as caught:
        read_yaml(Path(special))
    assert str(caught.value) == f"{special}:1: this is not a regular file (it is a device); give a .yaml file"


def test_a_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path, PATHS.assets_dir)
    assert str(caught.value) == f"{tmp_path}:1: this is not a regular file (it is a folder); give a .yaml file"


def test_an_oversized_file_is_refused_from_its_size_without_being_read(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The size is checked before reading; a file that grows while read is still cut at the limit plus one."""
    big = tmp_path / "big.yaml"
    with big.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ContentError) as caught:
        read_yaml(big)
    assert f"{big}:1: the file is too large ({MAX_FILE_BYTES + 1} bytes; at most {MAX_FILE_BYTES})" == str(caught.value)


def test_programmes_and_libraries_share_one_reader(tmp_path: Path) -> None:
    """The same special-file message for both formats (one reading helper)."""
    with pytest.raises(ContentError) as library:
        load_library(tmp_path, PATHS.assets_dir)
    with pytest.raises(ContentError) as programme:
        load_programme(tmp_path, load_library(PATHS.bundled_library, PATHS.assets_dir))
    assert str(library.value) == str(programme.value)
