"""Fuzzing damaged records: bytes of a real record changed at random. Reading commands and the app
either work or refuse with a RecordError (one line naming the file); nothing else is ever raised.
``benchmarks/fuzz_record.py`` runs 5,000 examples; the suite runs a few hundred."""
from __future__ import annotations

import shutil
from pathlib import Path

from fault_helpers.record_fuzz import damaged, make_record, open_for_the_app, read_everything
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CHANGES = st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=12)


def test_damaged_records_are_read_or_refused_never_a_crash(tmp_path: Path) -> None:
    original = make_record(tmp_path / "original.sqlite3")
    target = tmp_path / "work" / "adherence.sqlite3"
    outcomes: dict[str, int] = {}

    @settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(CHANGES)
    def check(changes: list[tuple[int, int]]) -> None:
        shutil.rmtree(target.parent, ignore_errors=True)
        target.parent.mkdir()
        target.write_bytes(damaged(original, changes))
        before = target.read_bytes()
        outcome = read_everything(target)
        assert target.read_bytes() == before  # reading never writes
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        open_for_the_app(target)

    check()
    assert outcomes.get("ok") and outcomes.get("refused"), outcomes  # both kinds of damage were met
