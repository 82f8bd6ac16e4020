"""Print preview, direct printing and Save as PDF for the documents of printing/ (no painting here)."""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPagedPaintDevice, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.file_names import safe_file_name
from ..core.library import Library
from ..core.programme import Programme
from .content_html import plain_as_rich_text
from .context import AppContext
from .file_memory import last_folder, remember_folder
from .handout_options_dialog import HandoutChoice


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


def save_as_pdf(document: PrintableDocument, suggested: str, parent: QWidget | None = None,
                settings: QSettings | None = None) -> tuple[Path | None, bool]:
    """Ask where to save (in the last folder used, when ``settings`` keep it), write ``document`` as
    PDF and say where it went, with a button to open it. Returns (path, accepted)."""
    folder = last_folder(settings) if settings is not None else Path.home()
    name = safe_file_name(suggested, fallback="document")
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PrintDialogs", "Save as PDF"),
                                            str(folder / f"{name}.pdf"), "PDF (*.pdf)")
    if not chosen:
        return None, False
    path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
    try:
        document.write_pdf(path)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintDialogs", "Could not save the PDF"),
                            plain_as_rich_text(f"{path}: {exc.strerror or exc}"))
        return None, False
    if settings is not None:
        remember_folder(settings, path)
    show_saved(path, parent)
    return path, True


def show_saved(path: Path, parent: QWidget | None = None) -> None:
    """Say where the PDF was saved; its Open button opens it in the system's PDF viewer."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PrintDialogs", "PDF saved"), "",
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name may hold '<'
    box.setText(QCoreApplication.translate("PrintDialogs", "The PDF is saved as:\n{path}").format(path=path))
    open_button = box.addButton(QCoreApplication.translate("PrintDialogs", "Open"), QMessageBox.ButtonRole.ActionRole)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("PrintDialogs", "OK"))
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    box.deleteLater()


def programme_document(programme: Programme, library: Library, assets_dir: Path,
                       choice: HandoutChoice, logo: Path | None = None):
    """The handout of ``programme`` in the chosen layout, language and paper, with the clinic's
    ``logo`` (its ``logo_problem`` says why a logo was left off)."""
    from ..printing import ProgrammeDocument

    return ProgrammeDocument(programme, library, assets_dir, lang=choice.language, paper=choice.paper,
                             layout=choice.layout, logo=logo)


def report_document(context: AppContext, paper: str) -> PrintableDocument | None:
    """The follow-up report from the first recorded day to today, in the interface's language (what
    the person asking for it reads; ``report --lang`` on the command line chooses another); None
    (after saying why) without a record."""
    from ..printing import ReportDocument, build_report

    store, library = context.record, context.library_load.library
    if store is None or library is None:
        QMessageBox.warning(None, QCoreApplication.translate("PrintDialogs", "No report"),
                            context.store_notice
                            or QCoreApplication.translate("PrintDialogs", "The record is not available."))
        return None
    today = context.today()
    report = build_report(store, store.first_day() or today, today, today, programme=context.programme)
    return ReportDocument(report, library, lang=context.lang, paper=paper)
