"""Print preview, direct printing and Save as PDF for the documents of printing/ (no painting here)."""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.library import Library
from ..core.programme import Programme
from .content_html import plain_as_rich_text
from .context import AppContext


class PrintableDocument(Protocol):
    """What printing/ documents offer: ProgrammeDocument and ReportDocument."""

    def page_count(self) -> int: ...

    def print_to(self, device: QPagedPaintDevice) -> int: ...

    def write_pdf(self, out: Path) -> int: ...



def preview(document: PrintableDocument, paper: str, name: str, parent: QWidget | None = None) -> tuple[int, bool]:
    """Preview ``document``; the dialog's Print button prints it. Returns (pages, accepted)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter))
    printer.setDocName(name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Print preview"))
    dialog.resize(1000, 760)
    dialog.paintRequested.connect(document.print_to)
    accepted = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    dialog.deleteLater()
    return document.page_count(), accepted


def save_as_pdf(document: PrintableDocument, suggested: str, parent: QWidget | None = None) -> tuple[Path | None, bool]:
    """Ask where to save, then write ``document`` as PDF. Returns (path, accepted)."""
    safe_name = suggested.replace("/", "-") or "document"
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PrintDialogs", "Save as PDF"),
                                            str(Path.home() / f"{safe_name}.pdf"), "PDF (*.pdf)")
    if not chosen:
        return None, False
    path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
    try:
        document.write_pdf(path)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintDialogs", "Could not save the PDF"),
                            plain_as_rich_text(f"{path}: {exc.strerror or exc}"))
        return None, False
    return path, True


def programme_document(programme: Programme, library: Library, assets_dir: Path, paper: str) -> PrintableDocument:
    """The handout of ``programme`` in its own language."""
    from ..printing import ProgrammeDocument

    return ProgrammeDocument(programme, library, assets_dir, paper=paper)


def report_document(context: AppContext, paper: str) -> PrintableDocument | None:
    """The follow-up report from the first recorded day to today; None (after saying why) without a record."""
    from ..printing import ReportDocument, build_report

    store, library = context.record, context.library_load.library
    if store is None or library is None:
        QMessageBox.warning(None, QCoreApplication.translate("PrintDialogs", "No report"),
                            context.store_notice
                            or QCoreApplication.translate("PrintDialogs", "The record is not available."))
        return None
    today = context.today()
    report = build_report(store, store.first_day() or today, today, today, programme=context.programme)
    lang = context.programme.language if context.programme else context.lang
    return ReportDocument(report, library, lang=lang, paper=paper)
