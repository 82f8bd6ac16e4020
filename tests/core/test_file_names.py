"""Safe file names from typed text, and the recent-files list."""
from __future__ import annotations

from pathlib import Path

import pytest

from exercises_app.core.file_names import safe_file_name, updated_recent


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
