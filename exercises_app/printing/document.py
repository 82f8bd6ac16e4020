"""What every printed document shares: its paper, and painting its laid-out pages to a printer,
a print preview or a PDF file. ``ProgrammeDocument`` and ``ReportDocument`` lay out their own pages."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter

from .layout import MM, BlockExtent, Flow, Placed, fit_rect, pt

PDF_RESOLUTION = 1200
MARGIN = 15 * MM
PAPERS: dict[str, QPageSize.PageSizeId] = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def paper_size(paper: str) -> QPageSize:
    """Letter (the default in Canada) or A4."""
    try:
        return QPageSize(PAPERS[paper.lower()])
    except KeyError:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}") from None


def sheet_rect(device: QPaintDevice) -> QRectF:
    """Where the whole sheet of paper lies in a painter's coordinates on ``device``.

    A QPrinter in full-page mode paints from the paper's corner; QPdfWriter and a QPrinter
    with margins paint from the corner of the margins. Other devices are taken as the sheet.
    """
    if isinstance(device, QPagedPaintDevice):
        layout = device.pageLayout()
        resolution = device.logicalDpiX()
        full = layout.fullRectPixels(resolution)
        full_page = bool(getattr(device, "fullPage", lambda: False)())
        origin = QPointF(0, 0) if full_page else QPointF(layout.paintRectPixels(resolution).topLeft())
        return QRectF(-origin.x(), -origin.y(), full.width(), full.height())
    return QRectF(0, 0, device.width(), device.height())


class PagedDocument:
    """Pages laid out in points on one paper size. Subclasses call ``_set_paper`` and set
    ``self._flow``, and provide ``pdf_title()`` and ``_paint_footer(painter, page_index)``."""

    _flow: Flow

    def _set_paper(self, paper: str, footer_height: float, margin: float = MARGIN) -> None:
        self.paper = paper.lower()
        self.page_size = paper_size(self.paper)
        size = self.page_size.size(QPageSize.Unit.Point)
        self.paper_rect = QRectF(0, 0, pt(size.width()), pt(size.height()))
        self.content_rect = QRectF(margin, margin, self.paper_rect.width() - 2 * margin,
                                   self.paper_rect.height() - 2 * margin - footer_height)
        self.footer_rect = QRectF(margin, self.content_rect.bottom(), self.content_rect.width(), footer_height)

    def pdf_title(self) -> str:
        raise NotImplementedError

    def _paint_footer(self, painter: QPainter, page_index: int) -> None:
        raise NotImplementedError

    def page_count(self) -> int:
        return self._flow.page_count

    def page_layout(self) -> QPageLayout:
        """Portrait, this document's paper, no margins (the document draws its own)."""
        return QPageLayout(self.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))

    def blocks(self) -> dict[str, BlockExtent]:
        """Every block by key, with the pages it starts and ends on and its pieces' rectangles."""
        return dict(self._flow.blocks)

    def placements(self) -> list[Placed]:
        return list(self._flow.placed)

    def paint(self, painter: QPainter, page_index: int, target: QRectF | None = None) -> None:
        """Paint page ``page_index`` (0-based) with the sheet mapped onto ``target``.

        ``target`` is where the whole sheet lies in the painter's coordinates; by default it is
        worked out from the painter's device (a QPdfWriter or QPrinter, with or without margins).
        """
        if not 0 <= page_index < self.page_count():
            raise IndexError(f"page {page_index} of a {self.page_count()}-page document")
        if target is None:
            target = sheet_rect(painter.device())
        sheet = fit_rect(target, self.paper_rect.width(), self.paper_rect.height())
        scale = sheet.width() / self.paper_rect.width()
        painter.save()
        painter.translate(sheet.topLeft())
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for placed in self._flow.items_on(page_index):
            placed.item.paint(painter, placed.rect.x(), placed.rect.y())
        self._paint_footer(painter, page_index)
        painter.restore()

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Paint every page on a QPrinter or QPdfWriter (also the slot for a preview's paintRequested)."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("could not start printing")
        try:
            for index in range(self.page_count()):
                if index:
                    device.newPage()
                self.paint(painter, index)
        finally:
            painter.end()
        return self.page_count()

    def write_pdf(self, out: Path) -> int:
        """Write the PDF to ``out`` (via a temporary file in the same folder); return the page count."""
        partial = out.with_name(out.name + ".part")
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(self.page_layout())
        writer.setTitle(self.pdf_title())
        writer.setCreator("exercises_app")
        try:
            self.print_to(writer)
        except OSError:
            del writer
            partial.unlink(missing_ok=True)
            raise OSError(f"cannot write {out}") from None
        del writer  # flushes and closes the file
        os.replace(partial, out)
        return self.page_count()
