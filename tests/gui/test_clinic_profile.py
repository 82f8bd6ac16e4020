"""The clinic profile of Settings: kept in the settings, filled into new programmes, its logo on the handout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot
from windows import build_window

from exercises_app.core.preferences import ClinicProfile, Preferences
from exercises_app.gui.context import AppContext, read_preferences
from exercises_app.gui.settings_dialog import SettingsDialog

PROFILE = ClinicProfile(
    "Physio du Plateau",
    "Luc Gagnon, pht",
    "514 555-0199",
    "123, rue Saint-Denis, Montréal",
    "physioduplateau.example",
    "",
)


def test_the_profile_is_kept_in_the_settings_and_edited_in_the_settings_dialog(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    context = make_context()
    dialog = SettingsDialog(context.paths.data_dir)
    qtbot.addWidget(dialog)
    preferences = replace(Preferences(), clinic=PROFILE)
    dialog.load(preferences)
    assert dialog.save() == preferences
    dialog.clinic_edits["logo"].setText(str(tmp_path / "missing.png"))
    assert not dialog.logo_problem.isHidden() and "missing.png" in dialog.logo_problem.text()
    dialog.clinic_edits["logo"].setText("")
    assert dialog.logo_problem.isHidden()
    context.set_preferences(preferences)
    assert read_preferences(context.settings).clinic == PROFILE


def test_a_new_programme_takes_the_clinic_from_the_profile(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    context = make_context()
    context.set_preferences(replace(context.preferences, clinic=PROFILE))
    window = build_window(qtbot, context)
    view = window.programme_view
    template = next(p for path, p in view.templates if path.stem == "neck-desk-posture")
    view.new_programme(template)
    made = view.save()
    assert made.clinician == "Luc Gagnon, pht"
    assert (made.clinic.name, made.clinic.phone, made.clinic.website) == (
        "Physio du Plateau",
        "514 555-0199",
        "physioduplateau.example",
    )
    assert made.next_appointment is None
    view._set_dirty(False)  # closing the window must not ask about unsaved changes


def test_an_unreadable_logo_is_reported_in_the_window_and_left_off(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    context = make_context()
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not a png")
    context.set_preferences(replace(context.preferences, clinic=replace(PROFILE, logo=str(broken))))
    window = build_window(qtbot, context)
    document = window._programme_document()
    assert document is not None and document.page_count() > 1
    message = window.statusBar().currentMessage()
    assert "logo" in message and str(broken) in message
