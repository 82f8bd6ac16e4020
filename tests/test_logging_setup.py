"""Quiet by default, --verbose for details, and errors kept in the data folder's log file."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.logging_setup import setup_logging


@pytest.fixture
def restored_logging() -> Iterator[None]:
    """Put the root logger back as pytest had it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_errors_go_to_the_log_file_created_only_when_needed(tmp_path: Path, restored_logging: None,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    log_file = AppPaths(data_dir=tmp_path / "not-yet").log_file
    setup_logging(log_file)
    log = logging.getLogger("exercises_app.test")
    log.info("a detail")
    log.warning("a warning")
    assert not log_file.exists() and not log_file.parent.exists()
    log.error("the record cannot be read")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "ERROR exercises_app.test: the record cannot be read" in written and "warning" not in written
    err = capsys.readouterr().err
    assert "a warning" in err and "a detail" not in err


def test_setting_up_twice_keeps_one_pair_of_handlers(tmp_path: Path, restored_logging: None) -> None:
    before = len(logging.getLogger().handlers)
    setup_logging(tmp_path / "a.log", verbose=True)
    setup_logging(tmp_path / "b.log")
    assert len(logging.getLogger().handlers) == before + 2


def test_an_unwritable_log_file_is_silent(tmp_path: Path, restored_logging: None,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    setup_logging(blocker / "sub" / "exercises-app.log")
    logging.getLogger("exercises_app.test").error("disk full")
    err = capsys.readouterr().err
    assert "disk full" in err and "Traceback" not in err


def _start(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    no_players = data_dir.parent / "empty-bin"  # no pw-play, paplay or aplay on PATH
    no_players.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATH": str(no_players)}
    return subprocess.run([sys.executable, "-m", "exercises_app", "--check-startup", "--data-dir", str(data_dir),
                           *extra],
                          capture_output=True, text=True, env=env, timeout=60, check=False)


def test_start_up_is_quiet_and_verbose_tells_what_it_opened(isolated_data_dir: Path) -> None:
    quiet = _start(isolated_data_dir)
    assert quiet.returncode == 0, quiet.stderr
    assert "INFO" not in quiet.stderr and "sound" not in quiet.stderr
    verbose = _start(isolated_data_dir, "--verbose")
    assert verbose.returncode == 0, verbose.stderr
    assert f"data folder {isolated_data_dir}" in verbose.stderr and "record " in verbose.stderr
    assert not AppPaths(data_dir=isolated_data_dir).log_file.exists()
