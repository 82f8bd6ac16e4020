"""File > Export record as CSV: choose a file, write it with the same code as the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.record.errors import RecordError
from ..core.record.export import export_csv
from .context import AppContext
from .file_memory import last_folder, remember_folder


def export_record_csv(context: AppContext, parent: QWidget | None = None) -> tuple[Path | None, bool]:
    """Export the whole record (first recorded day to the last, or today if later). Returns (path, accepted)."""
    service = context.record
    if service is None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialog", "Nothing to export"),
            context.store_notice or QCoreApplication.translate("ExportDialog", "The record is not available."),
        )
        return None, False
    today = context.today()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export record as CSV"),
        str(last_folder(context.settings) / f"exercise-record-{today.isoformat()}.csv"),
        "CSV (*.csv)",
    )
    if not chosen:
        return None, False
    path = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
    try:
        first = min(service.first_day() or today, today)  # after the clock went back, the record may start 'tomorrow'
        last = max(service.store.last_day() or today, today)
        library = context.library_load.library
        rows = export_csv(service.store, path, first, last, today, context.lang, library.safety if library else None)
    except (OSError, RecordError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ExportDialog", "Could not export"), f"{path}: {exc}")
        return None, False
    remember_folder(context.settings, path)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ExportDialog", "Record exported"),
        QCoreApplication.translate("ExportDialog", "{rows} rows written to {path}").format(rows=rows, path=path),
    )
    return path, True
