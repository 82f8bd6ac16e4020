"""How a new user starts: asked once, never after a programme or a record exists."""
from __future__ import annotations

from exercises_app.core.first_start import (
    EXAMPLE,
    PATIENT_FILE,
    PHYSIOTHERAPIST,
    asks_how_to_start,
    offers_to_follow_an_opened_file,
    programme_for_sessions,
)
from exercises_app.core.preferences import Preferences


def test_a_first_start_is_asked_once() -> None:
    assert asks_how_to_start("", has_programme_in_use=False, record_started=False)
    for chosen in (PATIENT_FILE, EXAMPLE, PHYSIOTHERAPIST):
        assert not asks_how_to_start(chosen, has_programme_in_use=False, record_started=False)


def test_someone_with_a_programme_or_a_record_is_never_asked() -> None:
    assert not asks_how_to_start("", has_programme_in_use=True, record_started=False)
    assert not asks_how_to_start("", has_programme_in_use=False, record_started=True)  # an earlier release's user


def test_only_the_example_gives_a_programme_at_once() -> None:
    assert programme_for_sessions(EXAMPLE)
    assert not programme_for_sessions(PATIENT_FILE) and not programme_for_sessions(PHYSIOTHERAPIST)


def test_the_choice_is_a_preference_kept_and_checked() -> None:
    assert Preferences.from_mapping(Preferences(start=EXAMPLE).to_mapping()).start == EXAMPLE
    assert Preferences.from_mapping({"start": "nonsense"}).start == ""


def test_opening_a_file_offers_to_follow_it_only_while_nothing_chosen_is_followed() -> None:
    for chosen in ("", PATIENT_FILE, EXAMPLE):
        assert offers_to_follow_an_opened_file(chosen, has_programme_in_use=False, in_use_is_example=False)
        assert offers_to_follow_an_opened_file(chosen, has_programme_in_use=True, in_use_is_example=True)
        assert not offers_to_follow_an_opened_file(chosen, has_programme_in_use=True, in_use_is_example=False)
    # a physiotherapist opens patients' files to edit them: never offered
    assert not offers_to_follow_an_opened_file(PHYSIOTHERAPIST, has_programme_in_use=False, in_use_is_example=False)
