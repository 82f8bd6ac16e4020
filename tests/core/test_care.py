"""Where to get care and which warning signs a programme names first (core/care.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from exercises_app.config import AppPaths
from exercises_app.core.care import EMERGENCY_CARE, SAME_DAY_CARE, commonest_emergency_signs, signs_by_level
from exercises_app.core.library import Library, load_library


@pytest.fixture(scope="module")
def library() -> Library:
    paths = AppPaths(data_dir=Path("unused"))
    return load_library(paths.bundled_library, paths.assets_dir)


def ids(signs) -> list[str]:
    return [s.id for s in signs]


def test_the_words_follow_the_clinical_facts() -> None:
    assert EMERGENCY_CARE.en.startswith("Call 911 or go to the nearest emergency department now.")
    assert "811" in SAME_DAY_CARE.en and "Info-Santé 811" in SAME_DAY_CARE.fr
    assert "ligne santé de votre province" in SAME_DAY_CARE.fr


def test_page_one_names_the_commonest_signs_of_each_region(library: Library) -> None:
    safety = library.safety
    assert ids(commonest_emergency_signs(safety, ("low-back", "hips-and-legs"))) == [
        "saddle-numbness", "bladder-bowel", "both-legs"]
    assert ids(commonest_emergency_signs(safety, ("neck", "upper-back"))) == [
        "neck-dizziness", "sudden-headache", "neck-trauma"]
    mixed = ids(commonest_emergency_signs(safety, ("low-back", "neck")))
    assert len(mixed) == 3 and "saddle-numbness" in mixed and "neck-dizziness" in mixed
    assert len(commonest_emergency_signs(safety, ())) == 3


def test_signs_by_level_keeps_the_library_order(library: Library) -> None:
    levels = signs_by_level(library.safety, ("neck",))
    assert all(s.level == "emergency" for s in levels["emergency"])
    assert all(s.level == "urgent" for s in levels["urgent"])
    assert ids(levels["urgent"]) == [s.id for s in library.safety.urgent if "neck" in s.regions]
