"""The printed programme: a patient's handout with illustrations, doses, safety advice and a tick sheet.

No dialogs here (STYLE.md principle 8). ``ProgrammeDocument`` lays the handout out once, in
device-independent units, and paints any page onto any QPainter: a ``QPdfWriter`` (see
``write_programme_pdf``), a ``QPrinter`` for direct printing, or the printer a
``QPrintPreviewWidget`` hands to its ``paintRequested`` slot::

    document = ProgrammeDocument(programme, library, paths.assets_dir, paper="letter")
    preview.paintRequested.connect(document.print_to)

Illustrations are SVG files drawn with QSvgRenderer straight into the painter, so they stay
vectors in the PDF and on paper. The handout's words follow the programme's language (or
``lang``), from ``printing.strings``, independent of the interface language.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer

from ..core.care import care_for, commonest_emergency_signs, heading_for, signs_by_level
from ..core.dose_text import describe_dose, describe_progression, dose_rows
from ..core.library import EMERGENCY, Dose, Exercise, Frame, Library
from ..core.own_exercises import library_with
from ..core.programme import Programme, ProgrammeExercise, in_language, programme_regions, session_dose
from ..core.text import normalise_language
from . import strings as S
from .document import PAPERS, PagedDocument, paper_size, sheet_rect
from .handout_layout import PLAIN, Typography, handout_layout
from .headless import ensure_gui_application
from .layout import (
    ACCENT,
    ACCENT_TINT,
    BODY,
    BODY_BOLD,
    CAPTION,
    FOOTER,
    INK,
    KICKER,
    LABEL,
    LIGHT_RULE,
    MM,
    MUTED,
    NAVY,
    RULE,
    SMALL,
    SMALL_BOLD,
    TINT,
    TITLE,
    Box,
    Flow,
    Item,
    Row,
    Rule,
    Stack,
    Style,
    Table,
    TextBuilder,
    TextItem,
    centre_text,
    fit_rect,
    kept,
    make_font,
    pt,
    text_item,
)
from .logo import Logo, load_logo
from .own_frames import own_frame_pictures

HANDOUT_MARGIN = 12 * MM  # room for three 6 cm drawings side by side on A4 as on Letter

SECTION = Style(15, bold=True, colour=NAVY, line_height=1.0)
EXERCISE_NAME = Style(14, bold=True, colour=NAVY, line_height=1.0)
SUMMARY = Style(9.5, italic=True, colour=MUTED)
BADGE = Style(11, bold=True, colour="#FFFFFF")
GRID_HEAD = Style(9, bold=True)
GRID_LABEL = Style(9)
FILL_IN = Style(10.5, bold=True)

SECTION_GAP = pt(7)
EXERCISE_GAP = pt(16)
COMPACT_EXERCISE_GAP = pt(10)
FIGURE_GAP = pt(6)  # narrow enough for three 6 cm drawings side by side on Letter
FIGURE_ROW_GAP = pt(6)
SIDEBAR_SHARE = 0.37
LOGO_WIDTH, LOGO_HEIGHT = 45 * MM, 20 * MM  # the clinic's logo, top right of page 1
COMPACT_FIGURE_SHARE = 0.56  # the compact block's drawings and stop signs; its steps beside them
GUTTER = pt(14)


def write_programme_pdf(
    programme: Programme,
    library: Library,
    assets_dir: Path,
    out: Path,
    *,
    lang: str | None = None,
    paper: str = "letter",
    layout: str = "standard",
) -> int:
    """Write the programme's handout to the PDF file ``out``; return its number of pages.

    ``lang`` defaults to the programme's language; ``paper`` is 'letter' (the default, for
    Canada) or 'a4'; ``layout`` is 'standard', 'compact' or 'large' (``handout_layout``). The
    file is written next to ``out`` and moved into place when complete.
    """
    ensure_gui_application()
    document = ProgrammeDocument(programme, library, assets_dir, lang=lang, paper=paper, layout=layout)
    return document.write_pdf(Path(out))


# -- drawings ------------------------------------------------------------------------------------
class Figure(Item):
    """One illustration frame drawn as vectors, with its caption centred below."""

    def __init__(
        self, renderer: QSvgRenderer | QImage | None, caption: str, width: float, lang: str, ty: Typography = PLAIN
    ) -> None:
        self.ty = ty
        self.renderer = renderer
        self.width = width
        if isinstance(renderer, QImage):  # a picture of an own exercise: as tall as a drawing, at most
            view = QRectF(0, 0, 400, min(250.0, 400.0 * renderer.height() / max(1, renderer.width())))
        else:
            view = renderer.viewBoxF() if renderer is not None else QRectF(0, 0, 400, 250)
        if view.isEmpty():
            view = QRectF(0, 0, 400, 250)
        self.image_height = width * view.height() / view.width()
        self.caption = text_item(caption, self.ty(CAPTION), width, Qt.AlignmentFlag.AlignHCenter)
        self.missing = S.text("missing_drawing", lang)
        self.height = self.image_height + pt(3) + self.caption.height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        frame = QRectF(x, y, self.width, self.image_height)
        if isinstance(self.renderer, QImage):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(fit_rect(frame, self.renderer.width(), self.renderer.height()), self.renderer)
            painter.restore()
        elif self.renderer is not None:
            painter.save()
            painter.setClipRect(frame, Qt.ClipOperation.IntersectClip)
            self.renderer.render(painter, frame)
            painter.restore()
        else:
            centre_text(painter, frame, self.missing, self.ty(CAPTION))
        painter.save()
        painter.setPen(QPen(QColor(LIGHT_RULE), pt(0.6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        painter.restore()
        self.caption.paint(painter, x, y + self.image_height + pt(3))


class ExerciseHeading(Item):
    """A numbered badge, the exercise's name and its one-line purpose, over an accent rule."""

    BADGE_SIZE = pt(21)
    RULE_GAP = pt(4)

    def __init__(self, number: int, name: str, summary: str, width: float, ty: Typography = PLAIN) -> None:
        self.ty = ty
        self.BADGE_SIZE = ty.length(21)
        self.number = str(number)
        self.width = width
        text_width = width - self.BADGE_SIZE - pt(8)
        builder = TextBuilder(text_width).paragraph(name, self.ty(EXERCISE_NAME))
        if summary:
            builder.paragraph(summary, self.ty(SUMMARY), before=pt(2))
        self.text = builder.build()
        name_line = QFontMetricsF(make_font(self.ty(EXERCISE_NAME))).height()
        self.text_offset = max(0.0, (self.BADGE_SIZE - name_line) / 2)
        self.height = max(self.BADGE_SIZE, self.text_offset + self.text.height) + self.RULE_GAP + pt(1.2)
        self.keep_with_next = True

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(NAVY))
        badge = QRectF(x, y, self.BADGE_SIZE, self.BADGE_SIZE)
        painter.drawEllipse(badge)
        painter.restore()
        centre_text(painter, badge, self.number, self.ty(BADGE))
        self.text.paint(painter, x + self.BADGE_SIZE + pt(8), y + self.text_offset)
        painter.fillRect(QRectF(x, y + self.height - pt(1.2), self.width, pt(1.2)), QColor(ACCENT))


class FillIn(Item):
    """A label followed by a line to write on (e.g. 'Week of: ________')."""

    def __init__(self, label: str, line_width: float, style: Style = FILL_IN) -> None:
        self.label, self.style, self.line_width = label, style, line_width
        metrics = QFontMetricsF(make_font(style))
        self.label_width = metrics.horizontalAdvance(label)
        self.ascent = metrics.ascent()
        self.width = self.label_width + pt(6) + line_width
        self.height = metrics.height() + pt(4)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setFont(make_font(self.style))
        painter.setPen(QColor(self.style.colour))
        baseline = y + self.ascent + pt(2)
        painter.drawText(QPointF(x, baseline), self.label)
        start = x + self.label_width + pt(6)
        painter.fillRect(QRectF(start, baseline + pt(1.5), self.line_width, pt(0.7)), QColor(INK))
        painter.restore()


class NoteLines(Item):
    """Ruled lines for handwritten notes under a label."""

    SPACING = pt(22)

    def __init__(self, label: str, width: float, height: float, ty: Typography = PLAIN) -> None:
        self.ty = ty
        self.SPACING = ty.length(22)
        self.label = text_item(label, self.ty(Style(10.5, bold=True)), width)
        self.width = width
        lines = max(1, int((height - self.label.height) // self.SPACING))
        self.lines = lines
        self.height = self.label.height + lines * self.SPACING

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.label.paint(painter, x, y)
        top = y + self.label.height
        for index in range(1, self.lines + 1):
            painter.fillRect(QRectF(x, top + index * self.SPACING - pt(0.5), self.width, pt(0.5)), QColor(RULE))


class TickGrid(Item):
    """The weekly grid: one row per exercise, for each day one box per session, then a pain row."""

    HEAD = pt(20)
    SUB_HEAD = pt(12)
    PAIN_ROW = pt(30)
    BOX = pt(13)

    def __init__(
        self,
        rows: list[tuple[str, int]],
        sessions: int,
        lang: str,
        width: float,
        row_height: float,
        pain_row: bool,
        ty: Typography = PLAIN,
    ) -> None:
        self.ty = ty
        self.HEAD, self.SUB_HEAD, self.PAIN_ROW = ty.length(20), ty.length(12), ty.length(30)
        self.sessions = max(1, sessions)
        self.days = S.weekdays(lang)
        self.width = width
        # Narrower names when many sessions a day need room for their boxes.
        self.label_width = max(pt(120), width * 0.3) if self.sessions <= 3 else max(pt(100), width * 0.2)
        self.day_width = (width - self.label_width) / 7
        self.sub_width = self.day_width / self.sessions
        self.box = min(self.BOX, self.sub_width - pt(3.5))
        self.labels = [text_item(text, self.ty(GRID_LABEL), self.label_width - pt(10)) for text, _ in rows]
        self.done = [count for _, count in rows]
        self.row_heights = [max(row_height, label.height + pt(8)) for label in self.labels]
        self.head = self.HEAD + (self.SUB_HEAD if self.sessions > 1 else 0.0)
        self.exercise_label = S.text("tick_exercise", lang)
        self.pain_label = (
            text_item(S.text("pain_row", lang), self.ty(GRID_HEAD), self.label_width - pt(10)) if pain_row else None
        )
        self.height = (
            self.head
            + sum(self.row_heights)
            + (max(self.PAIN_ROW, self.pain_label.height + pt(8)) if self.pain_label else 0.0)
        )

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.fillRect(QRectF(x, y, self.width, self.head), QColor(TINT))
        centre_text(
            painter,
            QRectF(x + pt(5), y, self.label_width - pt(5), self.HEAD),
            self.exercise_label,
            self.ty(GRID_HEAD),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
        for day, name in enumerate(self.days):
            left = x + self.label_width + day * self.day_width
            centre_text(painter, QRectF(left, y, self.day_width, self.HEAD), name, self.ty(GRID_HEAD))
            if self.sessions > 1:
                for slot in range(self.sessions):
                    cell = QRectF(left + slot * self.sub_width, y + self.HEAD - pt(4), self.sub_width, self.SUB_HEAD)
                    centre_text(painter, cell, str(slot + 1), self.ty(CAPTION))
        top = y + self.head
        painter.fillRect(QRectF(x, top - pt(0.4), self.width, pt(0.8)), QColor(NAVY))
        for label, count, height in zip(self.labels, self.done, self.row_heights):
            label.paint(painter, x + pt(5), top + (height - label.height) / 2)
            for day in range(7):
                left = x + self.label_width + day * self.day_width
                for slot in range(self.sessions):
                    centre = QPointF(left + (slot + 0.5) * self.sub_width, top + height / 2)
                    if slot < count:
                        painter.setPen(QPen(QColor(INK), pt(0.8)))
                        painter.setBrush(QColor("#FFFFFF"))
                        painter.drawRect(
                            QRectF(centre.x() - self.box / 2, centre.y() - self.box / 2, self.box, self.box)
                        )
                    else:  # this exercise is not done in this session: a dash, nothing to tick
                        painter.fillRect(
                            QRectF(centre.x() - self.box / 4, centre.y() - pt(0.4), self.box / 2, pt(0.8)), QColor(RULE)
                        )
            top += height
            painter.fillRect(QRectF(x, top - pt(0.25), self.width, pt(0.5)), QColor(LIGHT_RULE))
        if self.pain_label is not None:
            height = max(self.PAIN_ROW, self.pain_label.height + pt(8))
            painter.fillRect(QRectF(x, top - pt(0.4), self.width, pt(0.8)), QColor(NAVY))
            self.pain_label.paint(painter, x + pt(5), top + (height - self.pain_label.height) / 2)
            top += height
        # day separators and the frame
        painter.setPen(QPen(QColor(NAVY), pt(0.8)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for day in range(8):
            left = x + self.label_width + day * self.day_width
            painter.drawLine(QPointF(left, y), QPointF(left, y + self.height))
        painter.drawRect(QRectF(x, y, self.width, self.height))
        painter.restore()


# -- the document --------------------------------------------------------------------------------
class ProgrammeDocument(PagedDocument):
    """The laid-out handout of one programme, in one language, on one paper size.

    ``page_count()`` and ``paint(painter, page_index)`` are all a printer or preview needs;
    ``blocks()`` tells where each block (header, exercise-N, safety, ticksheet) landed.
    """

    def __init__(
        self,
        programme: Programme,
        library: Library,
        assets_dir: Path,
        *,
        lang: str | None = None,
        paper: str = "letter",
        layout: str = "standard",
        logo: Path | None = None,
    ) -> None:
        self.layout = handout_layout(layout)
        self.logo, self.logo_problem = load_logo(logo) if logo is not None else (None, None)
        self.ty = self.layout.typography
        self.lang = normalise_language(lang or programme.language)
        self.programme = in_language(programme, self.lang)  # a template's own words in the handout's language
        self.library = library_with(programme, library)  # with the own exercises the programme carries
        self.assets_dir = Path(assets_dir)
        self._set_paper(paper, self.layout.footer_height, HANDOUT_MARGIN)
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._own_pictures: dict[str, list[QSvgRenderer | QImage | None]] = {}
        self.regions = programme_regions(self.programme, library)  # whose warning signs the handout names
        self._flow = self._lay_out()

    def pdf_title(self) -> str:
        return self.programme.title or S.text("handout", self.lang)

    # -- layout ---------------------------------------------------------------------------------
    def _lay_out(self) -> Flow:
        """Lay out twice when needed: the first page refers to the pages the later blocks land on."""
        pages: dict[str, int] = {}
        flow = self._flow_once(pages)
        for _ in range(3):
            found = {key: extent.first_page + 1 for key, extent in flow.blocks.items()}
            if found == pages:
                break
            pages = found
            flow = self._flow_once(pages)
        return flow

    def _flow_once(self, pages: dict[str, int]) -> Flow:
        flow = Flow(self.content_rect)
        width = self.content_rect.width()
        flow.block("header", self._header(width, pages), gap=pt(9))
        compact = self.layout.arrangement == "compact"
        for number, entry in enumerate(self.programme.exercises, start=1):
            forms, pieces = self._exercise(number, entry, width)
            flow.block(
                f"exercise-{number}",
                forms[:1],
                alternatives=[[f] for f in forms[1:]],
                space_before=COMPACT_EXERCISE_GAP if compact else EXERCISE_GAP,
                fallback=pieces,
                gap=SECTION_GAP,
            )
        flow.block("safety", self._safety(width), gap=pt(9), space_before=EXERCISE_GAP + pt(4))
        self._tick_sheet(flow, width)
        return flow

    def _t(self, key: str, **values: object) -> str:
        return S.text(key, self.lang, **values)

    def _display_dose(self, entry: ProgrammeExercise) -> Dose:
        """The dose as the patient does it: one side only when limited, and no more sessions than the day has."""
        dose = session_dose(entry)
        return replace(dose, times_per_day=max(1, min(dose.times_per_day, self.programme.sessions_per_day)))

    def _side(self, entry: ProgrammeExercise) -> str:
        if entry.dose.per_side and entry.side in ("left", "right"):
            return self._t(f"side_{entry.side}")
        return ""

    def _name(self, entry: ProgrammeExercise) -> str:
        exercise = self.library.get(entry.exercise_id)
        return exercise.name.get(self.lang) if exercise is not None else entry.exercise_id

    # header -------------------------------------------------------------------------------------
    def _header(self, width: float, pages: dict[str, int]) -> list[Item]:
        programme = self.programme
        items: list[Item] = []
        logo_width = LOGO_WIDTH if self.logo is not None else 0.0
        title = TextBuilder(width - logo_width - (GUTTER if logo_width else 0.0))
        if programme.title.strip():
            title.paragraph(self._t("handout").upper(), self.ty(KICKER), after=pt(3))
        title.paragraph(programme.title.strip() or self._t("handout"), self.ty(TITLE))
        if self.logo is None:
            items.append(title.build())
        else:
            items.append(
                Row([(0.0, title.build()), (width - logo_width, Logo(self.logo, logo_width, LOGO_HEIGHT))], width)
            )
        items.append(Rule(width, ACCENT, pt(1.5), pt(2)))
        if programme.example:
            inner = Box.inner_width(width, bar=True)
            example = TextBuilder(inner).paragraph(self._t("example_title"), LABEL, after=pt(2), keep_with_next=True)
            example.paragraph(self._t("example_text"), BODY)
            items.append(Box(example.build(), width, fill=TINT, bar=ACCENT))

        def field(builder: TextBuilder, key: str, value: str) -> None:
            if value.strip():
                builder.paragraph(
                    [(S.label(key, self.lang) + " ", self.ty(SMALL_BOLD)), (value.strip(), self.ty(BODY))],
                    self.ty(BODY),
                    after=pt(3),
                )

        column = (width - GUTTER) / 2
        left = TextBuilder(column)
        field(left, "patient", programme.patient)
        if programme.start_date:
            field(left, "start_date", S.format_date(programme.start_date, self.lang))
        if programme.review_date:
            field(left, "review_date", S.format_date(programme.review_date, self.lang))
        if programme.next_appointment:
            field(left, "next_appointment", S.format_date_time(programme.next_appointment, self.lang))
        field(left, "how_often", S.how_often(programme.sessions_per_day, programme.days_per_week, self.lang))
        right = TextBuilder(column)
        field(right, "clinician", programme.clinician)
        clinic = programme.clinic
        field(right, "clinic", clinic.name)
        field(right, "phone", clinic.phone)
        if clinic.address.strip():
            right.paragraph(
                ", ".join(line.strip() for line in clinic.address.splitlines() if line.strip()),
                self.ty(BODY),
                after=pt(3),
            )
        if clinic.website.strip():
            right.paragraph(clinic.website.strip(), self.ty(BODY), after=pt(3))
        items.append(Row([(0.0, left.build()), (column + GUTTER, right.build())], width))

        safety_page = pages.get("safety", 0)
        items.append(self._call_911_box(width, safety_page))

        if programme.advice.strip():
            inner = Box.inner_width(width, bar=True)
            advice = TextBuilder(inner).paragraph(self._t("advice"), self.ty(LABEL), after=pt(2), keep_with_next=True)
            for paragraph in programme.advice.strip().splitlines():
                if paragraph.strip():
                    advice.paragraph(paragraph.strip(), self.ty(BODY), after=pt(3))
            items.append(Box(advice.build(), width, fill=TINT, bar=NAVY))

        if safety_page != 1:  # on the first page itself, the section needs no pointer
            items.append(
                text_item(self._t("read_safety", page=safety_page or "–"), self.ty(Style(10, bold=True)), width)
            )

        if programme.exercises and self.layout.arrangement != "compact":  # compact: the exercises follow at once
            rows: list[list[Item]] = []
            widths = [pt(24), width * 0.36, 0.0, pt(48)]
            widths[2] = width - sum(widths)
            for number, entry in enumerate(programme.exercises, start=1):
                dose_text = describe_dose(self._display_dose(entry), self.lang)
                if self._side(entry):
                    dose_text += f" ({self._side(entry).lower()})"
                page = pages.get(f"exercise-{number}")
                rows.append(
                    [
                        text_item(f"{number}.", self.ty(SMALL_BOLD), widths[0] - pt(6)),
                        text_item(self._name(entry), self.ty(SMALL_BOLD), widths[1] - pt(6)),
                        text_item(dose_text, self.ty(SMALL), widths[2] - pt(6)),
                        text_item(
                            self._t("glance_page", page=page) if page else "",
                            self.ty(SMALL),
                            widths[3] - pt(6),
                            Qt.AlignmentFlag.AlignRight,
                        ),
                    ]
                )
            glance = Stack(
                [kept(text_item(self._t("at_a_glance"), self.ty(LABEL), width)), Table(widths, rows)], gap=pt(3)
            )
            items.append(glance)
        return items

    def _call_911_box(self, width: float, safety_page: int) -> Item:
        """Page 1's short box: call 911 now if… (the commonest emergency signs of the programme's
        regions), what to do, and the page of the full list."""
        inner = Box.inner_width(width, padding=pt(7), bar=True, bar_width=pt(5))
        signs = commonest_emergency_signs(self.library.safety, self.regions)
        box = TextBuilder(inner, indent=pt(11))
        box.paragraph(
            heading_for(EMERGENCY).get(self.lang), self.ty(Style(11, bold=True)), after=pt(2.5), keep_with_next=True
        )
        box.items([sign.get(self.lang) for sign in signs], self.ty(SMALL))
        box.paragraph(care_for(EMERGENCY).get(self.lang), self.ty(SMALL_BOLD), before=pt(2.5))
        box.paragraph(self._t("full_list", page=safety_page or "–"), self.ty(SMALL), before=pt(1.5))
        return Box(box.build(), width, padding=pt(7), fill=ACCENT_TINT, bar=ACCENT, bar_width=pt(5))

    # exercises ----------------------------------------------------------------------------------
    def _renderer(self, frame: Frame) -> QSvgRenderer | None:
        if frame.file not in self._renderers:
            renderer = QSvgRenderer(str(self.assets_dir / frame.file))
            self._renderers[frame.file] = renderer if renderer.isValid() else None
        return self._renderers[frame.file]

    def _picture(self, exercise: Exercise, index: int, frame: Frame) -> QSvgRenderer | QImage | None:
        """The drawing of a frame: an SVG file of the assets, or an own exercise's pose or picture."""
        if not exercise.own:
            return self._renderer(frame)
        if exercise.id not in self._own_pictures:
            self._own_pictures[exercise.id] = own_frame_pictures(exercise)
        return self._own_pictures[exercise.id][index]

    def _figures(self, exercise: Exercise, width: float, largest: float | None = None) -> Item | None:
        """The drawings side by side, each at most ``largest`` and never narrower than the layout's
        least width: as many to a row as fit at that width, the rest on further rows."""
        frames = exercise.illustration
        if not frames:
            return None
        largest = self.layout.figure_widths[0] if largest is None else largest
        least = self.layout.figure_widths[-1]
        per_row = max(1, min(len(frames), int((width + FIGURE_GAP) // (least + FIGURE_GAP))))
        rows: list[Item] = []
        for first in range(0, len(frames), per_row):
            chunk = frames[first : first + per_row]
            count = len(chunk)
            figure_width = min(largest, (width - FIGURE_GAP * (per_row - 1)) / per_row)
            figures = [
                Figure(self._picture(exercise, first + i, f), f.caption.get(self.lang), figure_width, self.lang,
                       self.ty)
                for i, f in enumerate(chunk)
            ]
            used = count * figure_width + (count - 1) * FIGURE_GAP
            start = (width - used) / 2
            rows.append(Row([(start + i * (figure_width + FIGURE_GAP), f) for i, f in enumerate(figures)], width))
        return rows[0] if len(rows) == 1 else Stack(rows, FIGURE_ROW_GAP, width)

    def _section(
        self,
        width: float,
        key: str,
        *,
        paragraph: str = "",
        items: tuple[str, ...] = (),
        numbered: bool = False,
        style: Style | None = None,
    ) -> TextItem:
        style = style or self.ty(BODY)
        builder = TextBuilder(width, indent=pt(15) if numbered else pt(11))
        builder.paragraph(self._t(key), self.ty(LABEL), after=pt(2.5), keep_with_next=True)
        if paragraph:
            builder.paragraph(paragraph, style)
        if items:
            builder.items(items, style, numbered=numbered)
        return builder.build()

    def _dose_table(self, entry: ProgrammeExercise, width: float) -> Item:
        rows = dose_rows(self._display_dose(entry), self.lang)
        if self._side(entry):
            rows.append((self._t("side"), self._side(entry)))
        if (steps := self._steps_text(entry)) is not None:
            rows.append((self._t("dose_steps"), steps))
        label_width = width * 0.56
        table = Table(
            [label_width, width - label_width],
            [
                [
                    text_item(label, self.ty(SMALL), label_width - pt(6)),
                    text_item(value, self.ty(SMALL_BOLD), width - label_width - pt(6)),
                ]
                for label, value in rows
            ],
        )
        return Stack([kept(text_item(self._t("dose"), self.ty(LABEL), width)), table], gap=pt(3))

    def _steps_text(self, entry: ProgrammeExercise) -> str | None:
        """The progression the physiotherapist allows, in words ('+2 reps every 3 days, up to 16 reps')."""
        rule = entry.progression
        if rule is None:
            return None
        return describe_progression(rule.field, rule.by, rule.every_days, rule.up_to, self.lang)

    def _note(self, entry: ProgrammeExercise, width: float) -> Item | None:
        if not entry.note.strip():
            return None
        inner = Box.inner_width(width, bar=True)
        builder = TextBuilder(inner).paragraph(
            self._t("exercise_note"), self.ty(LABEL), after=pt(2), keep_with_next=True
        )
        for paragraph in entry.note.strip().splitlines():
            if paragraph.strip():
                builder.paragraph(paragraph.strip(), self.ty(BODY), after=pt(2))
        return Box(builder.build(), width, fill=TINT, bar=NAVY)

    def _stop_box(self, exercise: Exercise, width: float) -> Item:
        """'Stop and tell your physiotherapist if', over the exercise's stop rules."""
        inner = Box.inner_width(width, bar=True)
        builder = TextBuilder(inner, indent=pt(11))
        builder.paragraph(self._t("stop_if"), self.ty(Style(9.5, bold=True)), after=pt(2.5), keep_with_next=True)
        builder.items([t.get(self.lang) for t in exercise.stop_if], self.ty(SMALL))
        return Box(builder.build(), width, fill=ACCENT_TINT, bar=ACCENT)

    def _adjust_box(self, exercise: Exercise, width: float) -> Item | None:
        """'Stop and change position if': discomforts the patient fixes by adjusting, not reasons to call."""
        if not exercise.adjust_if:
            return None
        inner = Box.inner_width(width, bar=True)
        builder = TextBuilder(inner, indent=pt(11))
        builder.paragraph(self._t("adjust_if"), self.ty(Style(9.5, bold=True)), after=pt(2.5), keep_with_next=True)
        builder.items([t.get(self.lang) for t in exercise.adjust_if], self.ty(SMALL))
        return Box(builder.build(), width, fill=TINT, bar=NAVY)

    def _progression(self, exercise: Exercise, width: float) -> Item | None:
        """How to make the exercise easier and harder."""
        if exercise.progression is None:
            return None
        builder = TextBuilder(width, indent=pt(11))
        builder.paragraph(self._t("progression"), self.ty(LABEL), after=pt(2.5), keep_with_next=True)
        for key, words in (("easier", exercise.progression.easier), ("harder", exercise.progression.harder)):
            builder.paragraph(
                [(S.label(key, self.lang) + " ", self.ty(SMALL_BOLD)), (words.get(self.lang), self.ty(SMALL))],
                self.ty(SMALL),
                after=pt(2),
            )
        return builder.build()

    def _exercise(self, number: int, entry: ProgrammeExercise, width: float) -> tuple[list[Item], list[Item]]:
        """The exercise's compact forms (unsplittable blocks, largest drawings first) and its splittable pieces."""
        exercise = self.library.get(entry.exercise_id)
        lang = self.lang
        if exercise is None:
            heading = ExerciseHeading(number, entry.exercise_id, "", width, self.ty)
            missing = text_item(self._t("missing_exercise", id=entry.exercise_id), self.ty(BODY), width)
            optional = [heading, missing, self._dose_table(entry, width * SIDEBAR_SHARE), self._note(entry, width)]
            pieces = [p for p in optional if p is not None]
            return [Stack(pieces, SECTION_GAP, width)], pieces
        if self.layout.arrangement == "compact":
            block = self._compact_exercise(number, entry, exercise, width)
            return [block], [block]
        heading = ExerciseHeading(number, exercise.name.get(lang), exercise.summary.get(lang), width, self.ty)

        def main_sections(w: float) -> list[Item]:
            sections = [
                self._section(w, "start_position", paragraph=exercise.start.get(lang)),
                self._section(w, "steps", items=tuple(t.get(lang) for t in exercise.steps), numbered=True),
                self._section(w, "cues", items=tuple(t.get(lang) for t in exercise.cues)),
                self._section(w, "mistakes", items=tuple(t.get(lang) for t in exercise.mistakes)),
                self._progression(exercise, w),
            ]
            return [s for s in sections if s is not None]

        def side_sections(w: float, adjust: bool) -> list[Item]:
            """Dose, precautions, then the stop boxes: 'change position' (when ``adjust``) and 'tell'."""
            sections = [
                self._dose_table(entry, w),
                self._section(
                    w, "precautions", items=tuple(t.get(lang) for t in exercise.precautions), style=self.ty(SMALL)
                ),
                self._adjust_box(exercise, w) if adjust else None,
                self._stop_box(exercise, w),
            ]
            return [s for s in sections if s is not None]

        if self.layout.arrangement == "single":  # large print: one column, split between pages as needed
            full_side = side_sections(width, adjust=True)
            items = [
                heading,
                self._figures(exercise, width),
                self._note(entry, width),
                *full_side[:1],
                *main_sections(width),
                *full_side[1:],
            ]
            column: list[Item] = [i for i in items if i is not None]
            return [Stack(column, SECTION_GAP, width)], column
        side_width = width * SIDEBAR_SHARE
        main_width = width - side_width - GUTTER
        # The 'change position' box goes under whichever column leaves the block shorter.
        main, side = Stack(main_sections(main_width), SECTION_GAP, main_width), None
        beside = Stack(side_sections(side_width, adjust=True), SECTION_GAP, side_width)
        below_main = self._adjust_box(exercise, main_width)
        if below_main is not None:
            longer_main = Stack([*main.items, below_main], SECTION_GAP, main_width)
            plain_side = Stack(side_sections(side_width, adjust=False), SECTION_GAP, side_width)
            if max(longer_main.height, plain_side.height) < max(main.height, beside.height):
                main, side = longer_main, plain_side
        columns = Row([(0.0, main), (main_width + GUTTER, side or beside)], width)
        note = self._note(entry, width)
        forms: list[Item] = [
            Stack(
                [i for i in (heading, self._figures(exercise, width, largest), note, columns) if i is not None],
                pt(8),
                width,
            )
            for largest in self.layout.figure_widths
        ]
        # Too tall for a page even so: full-width pieces that the flow may put on successive pages.
        least = self.layout.figure_widths[-1]
        pieces = [i for i in (heading, self._figures(exercise, width, least), note) if i is not None]
        full_side = side_sections(width, adjust=True)
        pieces += full_side[:1] + main_sections(width) + full_side[1:]
        return forms, pieces

    def _compact_exercise(self, number: int, entry: ProgrammeExercise, exercise: Exercise, width: float) -> Item:
        """The compact block: the name; the drawings over the stop signs beside the dose, the steps and the
        note; small enough for three to a page."""
        lang = self.lang
        heading = ExerciseHeading(number, exercise.name.get(lang), "", width, self.ty)
        left_width = width * COMPACT_FIGURE_SHARE
        right_width = width - left_width - GUTTER
        inner = Box.inner_width(left_width, padding=pt(4), bar=True)
        stop = TextBuilder(inner, indent=pt(10))
        stop.paragraph(self._t("stop_if"), self.ty(SMALL_BOLD), after=pt(1.5), keep_with_next=True)
        stop.items([t.get(lang) for t in exercise.stop_if], self.ty(SMALL), between=pt(0.5))
        left = [
            self._figures(exercise, left_width),
            Box(stop.build(), left_width, padding=pt(4), fill=ACCENT_TINT, bar=ACCENT),
        ]
        dose_text = describe_dose(self._display_dose(entry), lang)
        if self._side(entry):
            dose_text += f" ({self._side(entry).lower()})"
        right = TextBuilder(right_width, indent=pt(13))
        right.paragraph(
            [(S.label("dose", lang) + " ", self.ty(LABEL)), (dose_text, self.ty(SMALL_BOLD))],
            self.ty(SMALL),
            after=pt(3),
        )
        if (steps := self._steps_text(entry)) is not None:
            right.paragraph([(S.label("dose_steps", lang) + " ", self.ty(LABEL)), (steps, self.ty(SMALL))],
                            self.ty(SMALL), after=pt(3))
        right.paragraph(self._t("steps"), self.ty(LABEL), after=pt(1.5), keep_with_next=True)
        right.items([t.get(lang) for t in exercise.steps], self.ty(SMALL), numbered=True, between=pt(1))
        right_items: list[Item] = [right.build()]
        note = self._note(entry, right_width)
        if note is not None:
            right_items.append(note)
        columns = Row(
            [
                (0.0, Stack([i for i in left if i is not None], pt(4), left_width)),
                (left_width + GUTTER, Stack(right_items, pt(4), right_width)),
            ],
            width,
        )
        return Stack([heading, columns], pt(5), width)

    # safety -------------------------------------------------------------------------------------
    def _safety(self, width: float) -> list[Item]:
        safety = self.library.safety
        lang = self.lang
        items: list[Item] = [
            Stack(
                [
                    kept(text_item(self._t("safety_title"), self.ty(SECTION), width)),
                    kept(Rule(width, ACCENT, pt(1.5), pt(5))),
                ],
                pt(2),
            ),
        ]
        rules = TextBuilder(width, indent=pt(11)).paragraph(
            self._t("stop_rules"), self.ty(LABEL), after=pt(2.5), keep_with_next=True
        )
        rules.items([t.get(lang) for t in safety.stop_rules], self.ty(BODY))
        items.append(rules.build())
        inner = Box.inner_width(width, padding=pt(8), bar=True, bar_width=pt(5))
        colours = {EMERGENCY: (ACCENT_TINT, ACCENT)}
        for level, signs in signs_by_level(safety, self.regions).items():
            if not signs:
                continue
            box = TextBuilder(inner, indent=pt(11)).paragraph(
                heading_for(level).get(lang), self.ty(Style(11, bold=True)), after=pt(3), keep_with_next=True
            )
            box.items([sign.get(lang) for sign in signs], self.ty(BODY))
            box.paragraph(care_for(level).get(lang), self.ty(BODY_BOLD), before=pt(3))
            fill, bar = colours.get(level, (TINT, NAVY))
            items.append(Box(box.build(), width, padding=pt(8), fill=fill, bar=bar, bar_width=pt(5)))
        disclaimer = TextBuilder(width).paragraph(
            safety.disclaimer.get(lang), self.ty(Style(9, italic=True, colour=MUTED))
        )
        items.append(disclaimer.build())
        return items

    # tick sheet ---------------------------------------------------------------------------------
    def _tick_sheet(self, flow: Flow, width: float) -> None:
        programme = self.programme
        sessions = max(1, programme.sessions_per_day)
        rows = [
            (f"{n}. {self._name(e)}", max(1, min(e.dose.times_per_day, sessions)))
            for n, e in enumerate(programme.exercises, start=1)
        ]

        def top_items(continued: bool) -> list[Item]:
            title = self._t("tick_title") + (f" {self._t('continued')}" if continued else "")
            rule = kept(Rule(width, ACCENT, pt(1.5), pt(5)))
            head: list[Item] = [Stack([kept(text_item(title, self.ty(SECTION), width)), rule], pt(2))]
            week = FillIn(S.label("week_of", self.lang), pt(130), self.ty(FILL_IN))
            info: list[tuple[float, Item]] = [(0.0, week)]
            if programme.patient.strip():
                patient = text_item(
                    f"{S.label('patient', self.lang)} {programme.patient.strip()}",
                    self.ty(BODY),
                    width / 2,
                    Qt.AlignmentFlag.AlignRight,
                )
                info.append((width / 2, patient))
            head.append(Row(info, width))
            if not continued:
                help_text = TextBuilder(width).paragraph(self._t("tick_help"), self.ty(BODY))
                if sessions == 2:
                    help_text.paragraph(self._t("tick_two_sessions"), self.ty(BODY), before=pt(2))
                elif sessions > 2:
                    help_text.paragraph(self._t("tick_sessions", n=sessions), self.ty(BODY), before=pt(2))
                head.append(help_text.build())
            return head

        gap = pt(9)

        def height_of(items: list[Item]) -> float:
            return sum(i.height for i in items) + gap * len(items)

        remaining = list(rows)
        continued = False
        sheet, key = 1, "ticksheet"  # later pages: ticksheet-2, ticksheet-3, ...
        min_row, max_row = pt(22), pt(32)
        rise = text_item(self._t("pain_rise"), self.ty(Style(9.5, bold=True)), width)
        while True:
            head = top_items(continued)
            room = self.content_rect.height() - height_of(head)
            last_room = room - rise.height - gap - self.ty.length(22) * 4 - gap
            # rows that fit with the pain row and notes (last page) at the smallest row height
            count = len(remaining)
            while (
                count > 0
                and TickGrid(remaining[:count], sessions, self.lang, width, min_row, True, self.ty).height > last_room
            ):
                count -= 1
            if count == len(remaining):
                probe = TickGrid(remaining, sessions, self.lang, width, min_row, True, self.ty)
                spare = last_room - probe.height
                row = min(max_row, min_row + spare / max(1, len(remaining)) * 0.5)
                grid = TickGrid(remaining, sessions, self.lang, width, row, True, self.ty)
                body: list[Item] = [grid, rise]
                notes_room = self.content_rect.height() - height_of(head) - height_of(body) - gap
                body.append(NoteLines(self._t("notes"), width, notes_room, self.ty))
                flow.block(key, head + body, gap=gap, page_break=True)
                return
            count = len(remaining)
            while (
                count > 1
                and TickGrid(remaining[:count], sessions, self.lang, width, min_row, False, self.ty).height > room
            ):
                count -= 1
            grid = TickGrid(remaining[:count], sessions, self.lang, width, min_row, False, self.ty)
            flow.block(key, head + [grid], gap=gap, page_break=True)
            remaining = remaining[count:]
            continued = True
            sheet += 1
            key = f"ticksheet-{sheet}"

    # footer -------------------------------------------------------------------------------------
    def _paint_footer(self, painter: QPainter, page_index: int) -> None:
        rect = self.footer_rect
        painter.save()
        painter.fillRect(QRectF(rect.left(), rect.top() + pt(6), rect.width(), pt(0.6)), QColor(RULE))
        font = make_font(self.ty(FOOTER))
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(QColor(self.ty(FOOTER).colour))
        baseline = rect.bottom() - metrics.descent()
        page_text = self._t("page_of", page=page_index + 1, pages=self.page_count())
        page_width = metrics.horizontalAdvance(page_text)
        painter.drawText(QPointF(rect.right() - page_width, baseline), page_text)
        who = " · ".join(p for p in (self.programme.patient.strip(), self.programme.title.strip()) if p)
        if who:
            who = metrics.elidedText(who, Qt.TextElideMode.ElideRight, rect.width() - page_width - pt(20))
            painter.drawText(QPointF(rect.left(), baseline), who)
        painter.restore()


__all__ = ["PAPERS", "ProgrammeDocument", "paper_size", "sheet_rect", "write_programme_pdf"]
