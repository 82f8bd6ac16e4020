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
