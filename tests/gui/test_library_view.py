"""The Library view: counts and wording."""
from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_the_library_counts_exercises_with_plural_forms(qtbot: QtBot, make_context) -> None:
    from exercises_app.gui.library_view import LibraryView

    for lang, one, many in (("en", "1 exercise", "exercises"), ("fr", "1 exercice", "exercices")):
        view = LibraryView(make_context(lang))
        qtbot.addWidget(view)
        assert view.count_label.text() == f"{len(view.library.exercises)} {many}"
        view.search.setText("chin-tuck")
        assert view.count_label.text() == one


def test_the_off_the_floor_filter_keeps_standing_and_sitting_exercises(qtbot: QtBot, make_context) -> None:
    from exercises_app.gui.library_view import LibraryView

    view = LibraryView(make_context("en"))
    qtbot.addWidget(view)
    everything = view.exercise_list.count()
    view.off_the_floor_filter.setChecked(True)
    shown = [view.library.get(view.exercise_list.item(row).data(0x0100)) for row in range(view.exercise_list.count())]
    assert 0 < len(shown) < everything
    assert all(e is not None and e.position in ("standing", "sitting") for e in shown)
    assert {e.id for e in shown if e} == {e.id for e in view.library.exercises if e.off_the_floor}
