"""How a new user starts: with a physiotherapist's file, with the clinic guide's example, or as a
physiotherapist. Pure rules; the dialog that asks is ``gui/first_start_dialog.py``."""
from __future__ import annotations

PATIENT_FILE = "patient-file"  # "I have a programme file from my physiotherapist"
EXAMPLE = "example"  # "Show me the clinic guide's exercises as an example"
PHYSIOTHERAPIST = "physiotherapist"  # "I'm a physiotherapist"
START_CHOICES: tuple[str, ...] = (PATIENT_FILE, EXAMPLE, PHYSIOTHERAPIST)


def asks_how_to_start(chosen: str, has_programme_in_use: bool, record_started: bool) -> bool:
    """Whether to ask at this start: never after an answer, and never for someone who already has a
    programme in use or a record (an earlier release's user, or one who opened a file already)."""
    return not chosen and not has_programme_in_use and not record_started


def programme_for_sessions(choice: str) -> bool:
    """Whether the choice gives Today a programme to follow now: only the example does (a file is
    made the programme in use when it is opened; a physiotherapist builds one first)."""
    return choice == EXAMPLE


def offers_to_follow_an_opened_file(chosen: str, has_programme_in_use: bool, in_use_is_example: bool) -> bool:
    """Whether opening a programme file (File › Open programme, or a recent one) offers to follow it:
    for anyone but a physiotherapist, while nothing chosen is followed yet (no programme, or only the
    clinic guide's example). Otherwise the file opens in the editor only, as before."""
    return chosen != PHYSIOTHERAPIST and (not has_programme_in_use or in_use_is_example)
