"""Doses in words: an amount that a progression steps reads as an amount in a sentence."""
from __future__ import annotations

import pytest

from exercises_app.core.dose_text import describe_amount


@pytest.mark.parametrize(("field", "value", "lang", "words"), [
    ("reps", 12, "en", "12 reps"), ("reps", 1, "en", "1 rep"), ("reps", 12, "fr", "12 répétitions"),
    ("hold_s", 10, "en", "10 s holds"), ("hold_s", 10, "fr", "10 s de maintien"),
    ("minutes", 25, "en", "25 minutes"), ("minutes", 1, "fr", "1 minute"),
])
def test_an_amount_follows_keep_or_up_to(field: str, value: int, lang: str, words: str) -> None:
    """'No, keep 10 s holds' / 'Non, garder 10 s de maintien': never 'keep hold 10 s'."""
    assert describe_amount(field, value, lang) == words
