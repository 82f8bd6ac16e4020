"""Safe file names from typed text, and the recent-files list."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exercises_app.core.file_names import safe_file_name, unused_name_beside, updated_recent


@pytest.mark.parametrize(("typed", "expected"), [
    ("Marie Tremblay", "Marie Tremblay"),
    ("Élise Côté-Bérubé", "Élise Côté-Bérubé"),  # accents are fine everywhere
    ("<b>Ann</b> & Co", "b-Ann-b-Co"),
    ('a:b"c|d?e*f', "a-b-c-d-e-f"),
    ("dos/cou\\épaules", "dos-cou-épaules"),
    ("tab\there\x1b[31m", "tab-here-[31m"),
    ("  name.  ", "name"),
    ("trailing dots...", "trailing dots"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("com1", "_com1"),
    ("", "programme"),
    ("???", "programme"),
    ("  ", "programme"),
])
def test_safe_file_name(typed: str, expected: str) -> None:
    assert safe_file_name(typed) == expected


def test_safe_file_name_is_never_too_long_and_keeps_its_fallback() -> None:
    assert len(safe_file_name("x" * 500)) == 100
    assert safe_file_name("<>", fallback="report") == "report"
    for ch in '<>:"/\\|?*&':
        assert ch not in safe_file_name(f"a{ch}b")


def test_recent_files_put_the_last_opened_first_without_repeats() -> None:
    recent = ["/a.yaml", "/b.yaml", "/c.yaml"]
    assert updated_recent(recent, Path("/b.yaml")) == ["/b.yaml", "/a.yaml", "/c.yaml"]
    many = [f"/{n}.yaml" for n in range(8)]
    assert updated_recent(many, "/new.yaml") == ["/new.yaml", "/0.yaml", "/1.yaml", "/2.yaml", "/3.yaml"]
    assert updated_recent(["", "/a.yaml"], "/a.yaml") == ["/a.yaml"]


def test_a_name_beside_a_file_never_takes_one_in_use(tmp_path: Path) -> None:
    record = tmp_path / "adherence.sqlite3"
    now = dt.datetime(2026, 3, 10, 9, 0, 5)
    first = unused_name_beside(record, "damaged", now)
    assert first.name == "adherence.sqlite3.damaged-20260310-090005"
    first.write_bytes(b"")
    assert unused_name_beside(record, "damaged", now).name == "adherence.sqlite3.damaged-20260310-090005-2"
    (tmp_path / "adherence.sqlite3.before-v3-20260310-090005-wal").write_bytes(b"")  # a side file alone
    assert unused_name_beside(record, "before-v3", now).name == "adherence.sqlite3.before-v3-20260310-090005"
    assert unused_name_beside(record, "before-v3", now, ("-wal",)).name.endswith("-090005-2")
