"""Words of Qt's own dialogs that Qt's French catalogue lacks, carried by the app's catalogue.

Qt 6.11's file dialog labels its fields "&Look in:" and "Files of &type:" (with a mnemonic), and
Qt's French catalogue has them only without one, so a French file dialog showed them in English.
Qt looks a text up in every catalogue installed, so the app's can carry them: ``lupdate`` finds
them here (``tools/update_translations.py``). Nothing needs to import this module at run time.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
