"""Preferences: stored values round-trip; anything wrong falls back to the default with a log line."""
from __future__ import annotations

import logging

import pytest

from exercises_app.core.contrast import contrast_ratio
from exercises_app.core.preferences import Preferences, parse_reminder_times


def test_round_trip_through_the_settings_strings() -> None:
    chosen = Preferences(language="fr", text_scale=150, theme="high-contrast", sound=False, volume=35,
                         reminder_times=("08:00", "19:30"), paper="a4")
    assert Preferences.from_mapping(chosen.to_mapping()) == chosen
    assert Preferences.from_mapping({}) == Preferences()


@pytest.mark.parametrize(("key", "value"), [
    ("language", "de"), ("text_scale", "300"), ("text_scale", "big"), ("theme", "neon"),
    ("volume", "-5"), ("paper", "legal"), ("sound", "perhaps"),
])
def test_bad_values_fall_back_to_defaults_with_a_log_line(key: str, value: str,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        loaded = Preferences.from_mapping({key: value})
    assert loaded == Preferences()
    assert key in caplog.text


def test_reminder_times_are_normalised_sorted_and_capped(caplog: pytest.LogCaptureFixture) -> None:
    assert parse_reminder_times("19:30, 8:00,8:00") == ("08:00", "19:30")
    with caplog.at_level(logging.WARNING):
        assert parse_reminder_times("25:00, 7h30, 12:00") == ("12:00",)
    assert "25:00" in caplog.text and "7h30" in caplog.text
    assert len(parse_reminder_times("06:00,07:00,08:00,09:00")) == 3
    assert parse_reminder_times("") == ()


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey
