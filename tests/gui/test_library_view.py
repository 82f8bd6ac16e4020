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


def test_easier_and_harder_buttons_open_the_linked_exercise_even_when_filtered_out(qtbot: QtBot, make_context) -> None:
    from exercises_app.gui.library_view import LibraryView

    view = LibraryView(make_context("fr"))
    qtbot.addWidget(view)
    assert view.select_exercise("prone-on-elbows")
    assert view.easier_button.isVisibleTo(view) and view.harder_button.isVisibleTo(view)
    assert view.easier_button.text() == "Plus facile : Couché sur le ventre"
    view.harder_button.click()
    assert view.current_exercise_id() == "cobra"
    assert not view.harder_button.isVisibleTo(view)  # the cobra has no harder version in the library
    view.search.setText("étirement du cobra")
    view.easier_button.click()  # hidden by the search: the filters are cleared to show it
    assert view.current_exercise_id() == "prone-on-elbows" and view.search.text() == ""
