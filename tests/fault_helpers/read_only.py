"""Read-only folders for fault tests: chmod for a user, the immutable attribute for root (who ignores
modes); skipped where neither makes a folder read-only."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _chattr(flag: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["chattr", flag, str(folder)], check=False, capture_output=True, text=True, timeout=30)


def lock_folder(folder: Path) -> None:
    """Make ``folder`` read-only, or skip the test when this machine cannot."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
    else:
        if shutil.which("chattr") is None:
            pytest.skip("root ignores folder modes and chattr is not installed")
        result = _chattr("+i", folder)
        if result.returncode != 0:
            pytest.skip(f"cannot make a folder read-only as root here: {result.stderr.strip()}")
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return
    (folder / "probe").unlink()
    pytest.skip("this file system lets us write into a read-only folder")


def unlock_folder(folder: Path) -> None:
    """Undo ``lock_folder`` (safe on a folder that was never locked)."""
    if os.geteuid() == 0 and shutil.which("chattr"):
        _chattr("-i", folder)
    folder.chmod(0o755)


@contextmanager
def unlocked_afterwards(*folders: Path) -> Iterator[None]:
    """Unlock ``folders`` when the block ends, whatever happened in it."""
    try:
        yield
    finally:
        for folder in folders:
            unlock_folder(folder)
