"""Qt's own dialogs in French: what Qt's catalogue lacks, the app's carries."""
from __future__ import annotations

from collections.abc import Callable

from exercises_app.gui.context import AppContext


def test_a_french_file_dialog_has_no_english_label(make_context: Callable[..., AppContext]) -> None:
    """Qt's French catalogue lacks two of its file dialog's labels; the app's catalogue carries them
    (``gui/qt_catalogue_gaps.py``)."""
    from PySide6.QtWidgets import QFileDialog

    make_context("fr")  # installs the app's and Qt's French catalogues
    dialog = QFileDialog(None, "Ouvrir un programme")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Voir dans :"
        assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Fichiers de &type :"
    finally:
        dialog.deleteLater()
        make_context("en")
