"""The safety and warning-sign dialogs show the signs of a programme's body regions, with where to get care."""
from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exercises_app.config import AppPaths
from exercises_app.core.care import EMERGENCY_CARE, SAME_DAY_CARE
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme import programme_regions
from exercises_app.core.programme_file import load_programme
from exercises_app.gui.red_flag_dialog import RedFlagDialog
from exercises_app.gui.safety_dialog import SafetyDialog

PATHS = AppPaths(data_dir=Path("unused"))
NECK_EMERGENCY = ("neck-dizziness", "sudden-headache", "neck-trauma")
LOW_BACK_EMERGENCY = ("saddle-numbness", "bladder-bowel", "both-legs")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(PATHS.bundled_library, PATHS.assets_dir)


def regions_of(template: str, library: Library) -> tuple[str, ...]:
    return programme_regions(load_programme(PATHS.bundled_templates_dir / f"{template}.yaml", library), library)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_safety_dialog_for_a_neck_programme_shows_the_necks_signs(qtbot: QtBot, library: Library,
                                                                      lang: str) -> None:
    regions = regions_of("neck-desk-posture", library)
    assert set(regions) == {"neck", "upper-back"}
    dialog = SafetyDialog(library.safety, lang, regions=regions)
    qtbot.addWidget(dialog)
    text = " ".join(dialog.browser.toPlainText().split())
    for sign_id in (*NECK_EMERGENCY, "myelopathy", "neck-fever"):
        assert library.safety.sign(sign_id).get(lang) in text, sign_id  # type: ignore[union-attr]
    for sign_id in LOW_BACK_EMERGENCY:
        assert library.safety.sign(sign_id).get(lang) not in text, sign_id  # type: ignore[union-attr]
    assert EMERGENCY_CARE.get(lang) in text and SAME_DAY_CARE.get(lang) in text


def test_without_regions_the_safety_dialog_shows_every_sign(qtbot: QtBot, library: Library) -> None:
    dialog = SafetyDialog(library.safety, "en")
    qtbot.addWidget(dialog)
    text = " ".join(dialog.browser.toPlainText().split())
    assert all(sign.en in text for sign in library.safety.signs)


def test_show_safety_passes_the_regions_on(qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(SafetyDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    SafetyDialog.show_safety(library.safety, "en", None, regions_of("lumbar-extension-bias", library))
    assert library.safety.sign("saddle-numbness").en in shown[0]  # type: ignore[union-attr]
    assert library.safety.sign("neck-dizziness").en not in shown[0]  # type: ignore[union-attr]


def test_the_warning_sign_dialog_for_a_neck_programme_offers_the_necks_signs(qtbot: QtBot, library: Library,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    regions = regions_of("neck-desk-posture", library)
    dialog = RedFlagDialog(library.safety, "fr", regions=regions)
    qtbot.addWidget(dialog)
    offered = [label.text() for _, label in (*dialog.emergency_boxes, *dialog.urgent_boxes)]
    assert [s.fr for s in library.safety.signs_for(regions)] == offered
    assert library.safety.sign("neck-dizziness").fr in offered  # type: ignore[union-attr]
    assert library.safety.sign("saddle-numbness").fr not in offered  # type: ignore[union-attr]
    assert [label.text() for label in dialog.care_labels] == [EMERGENCY_CARE.fr, SAME_DAY_CARE.fr]

    sign = library.safety.sign("neck-dizziness").fr  # type: ignore[union-attr]
    monkeypatch.setattr(RedFlagDialog, "exec", lambda d: (d.set_checked(sign), RedFlagDialog.DialogCode.Accepted)[1])
    choice, accepted = RedFlagDialog.ask(library.safety, "fr", None, regions)
    assert accepted and choice is not None and [s.id for s in choice.signs] == ["neck-dizziness"]


def test_every_sign_scrolls_inside_a_dialog_that_fits_the_screen(qtbot: QtBot, library: Library) -> None:
    """All 20-odd signs are taller than a 800-pixel screen: the signs scroll, Report and Cancel stay in view."""
    dialog = RedFlagDialog(library.safety, "fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry().height()
    assert dialog.height() <= room
    button = dialog.report_button
    assert dialog.rect().contains(button.mapTo(dialog, button.rect().bottomRight()))
    last_box = dialog.urgent_boxes[-1][0]
    last_box.setFocus()
    dialog.scroll_area.ensureWidgetVisible(last_box)
    assert dialog.scroll_area.verticalScrollBar().value() > 0 or dialog.scroll_area.verticalScrollBar().maximum() == 0

