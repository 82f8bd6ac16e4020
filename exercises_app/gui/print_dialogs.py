"""Print preview, direct printing and Save as PDF for a programme; the painting lives in printing/."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.library import Library
from ..core.programme import Programme


def show_print_preview(programme: Programme, library: Library, assets_dir: Path, paper: str,
                       parent: QWidget | None = None) -> tuple[int, bool]:
    """Preview the handout; the dialog's Print button prints it. Returns (pages, accepted)."""
    from PySide6.QtGui import QPageSize

    from ..printing import ProgrammeDocument

    document = ProgrammeDocument(programme, library, assets_dir, paper=paper)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter))
    printer.setDocName(programme.title or "programme")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Print preview"))
    dialog.resize(1000, 760)
    dialog.paintRequested.connect(document.print_to)
    accepted = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    return document.page_count(), accepted


def save_pdf(programme: Programme, library: Library, assets_dir: Path, paper: str,
             parent: QWidget | None = None) -> tuple[Path | None, bool]:
    """Ask where to save, then write the handout as PDF. Returns (path, accepted)."""
    from ..printing import write_programme_pdf

    name = (programme.patient or programme.title or "programme").replace("/", "-")
    title = QCoreApplication.translate("PrintDialogs", "Save programme as PDF")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / f"{name}.pdf"), "PDF (*.pdf)")
    if not chosen:
        return None, False
    path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
    try:
        write_programme_pdf(programme, library, assets_dir, path, paper=paper)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintDialogs", "Could not save the PDF"),
                            f"{path}: {exc.strerror or exc}")
        return None, False
    return path, True
