"""The physiotherapist's follow-up report: adherence, pain and flags over a period, on one or two pages.

No dialogs here (STYLE.md principle 8). The figures are gathered once by ``report_data.build_report``
(the same ``record.figures`` functions as the History view); ``ReportDocument`` lays them out
with the handout's measured layout, styles and footer, and paints any page onto a ``QPdfWriter``,
a ``QPrinter`` or a print preview's printer::

    report = build_report(store, start, end, today, programme=programme)
    write_report_pdf(report, library, Path("report.pdf"), lang="fr", paper="letter")
    # or, for a preview:
    document = ReportDocument(report, library, lang="fr", paper="letter")
    preview.paintRequested.connect(document.print_to)

Words come from ``printing.strings`` (English or French, independent of the interface language).
The pain chart is drawn with QPainter lines and dots, so it stays a vector in the PDF.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
)

from ..core.dose_text import describe_amount, describe_dose, describe_progression
from ..core.library import Library
from ..core.record.figures import PAIN_RISE_POINTS
from ..core.red_flags import EMERGENCY, flag_level, flag_words
from ..core.text import Text, normalise_language
from . import strings as S
from .document import PagedDocument
from .headless import ensure_gui_application
from .layout import (
    ACCENT,
    ACCENT_TINT,
    BODY,
    CAPTION,
    FOOTER,
    KICKER,
    LIGHT_RULE,
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
    kept,
    make_font,
    pt,
    text_item,
)
from .report_chart import DoseChartItem, DoseLegendItem, PainChartItem
from .report_data import ExerciseAdherence, ReportData, flag_days_shown

REPORT_FOOTER_HEIGHT = pt(30)  # rule, then two lines: who and page, and the self-report line
MAX_PAGES = 2
NOTE_LIMITS = (40, 30, 24, 18, 14, 10, 8, 6)  # fewer notes, most recent kept, until the report fits
NOTE_CHARS = 360  # a longer note is cut at a word and ends with '…'
FLAG_ROWS = 12
WEEK_ROWS = 14  # more weeks than this: the earliest are summed in one row
MIN_ROWS_SPLIT = 3  # a table split between pages keeps at least 3 rows on the first and 2 on the next

SECTION = Style(12.5, bold=True, colour=NAVY, line_height=1.0)
HEAD = Style(8.5, bold=True, colour="#FFFFFF")
GLANCE_LABEL = Style(9.5, bold=True, colour=NAVY)
GLANCE_VALUE = Style(10.5, bold=True)
GLANCE_DETAIL = Style(10)
ALERT = Style(9, bold=True, colour=ACCENT)
CELL_MUTED = Style(9, italic=True, colour=MUTED)
GAP = pt(10)
SECTION_SPACE = pt(14)
GUTTER = pt(16)


def write_report_pdf(report: ReportData, library: Library | None, out: Path, *, lang: str = "en",
                     paper: str = "letter") -> int:
    """Write the follow-up report to the PDF file ``out``; return its number of pages.

    ``report`` comes from ``build_report`` (or ``gather_report``); ``library`` names the
    exercises and recognises red flags (None: the record's own names). The file is written
    next to ``out`` and moved into place when complete.
    """
    ensure_gui_application()
    return ReportDocument(report, library, lang=lang, paper=paper).write_pdf(Path(out))


# -- small items -------------------------------------------------------------------------------
class ShareBar(Item):
    """A percentage as a bar with its number on the right, for a table cell."""

    def __init__(self, share: float | None, text: str, width: float, style: Style = SMALL_BOLD) -> None:
        self.share, self.text, self.style = share, text, style
        metrics = QFontMetricsF(make_font(style))
        self.text_width = metrics.horizontalAdvance("100 %")
        self.ascent = metrics.ascent()
        self.width = width
        self.height = metrics.height()

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        bar_width = self.width - self.text_width - pt(4)
        painter.save()
        if self.share is not None and bar_width > pt(8):
            track = QRectF(x, y + self.height * 0.25, bar_width, self.height * 0.5)
            painter.fillRect(track, QColor(LIGHT_RULE))
            painter.fillRect(QRectF(track.left(), track.top(), bar_width * max(0.0, min(1.0, self.share)),
                                    track.height()), QColor(NAVY))
        painter.setFont(make_font(self.style))
        painter.setPen(QColor(self.style.colour))
        metrics = QFontMetricsF(painter.font())
        painter.drawText(QPointF(x + self.width - metrics.horizontalAdvance(self.text), y + self.ascent), self.text)
        painter.restore()


def heading(text: str, width: float) -> Item:
    """A section title over a thin accent rule, kept with what follows."""
    return kept(Stack([text_item(text, SECTION, width), Rule(width, ACCENT, pt(1.2), pt(4))], pt(2), width))


# -- the document ------------------------------------------------------------------------------
class ReportDocument(PagedDocument):
    """The laid-out follow-up report, in one language, on one paper size.

    The same surface as ``ProgrammeDocument``: ``page_count()``, ``paint(painter, page)``,
    ``print_to(device)``, ``write_pdf(path)``, ``blocks()`` and ``placements()``. When the
    patient wrote many notes, the oldest are left out until the report fits on two pages
    (``notes_shown`` says how many are printed); ``note_limit`` fixes that number instead.
    """

    def __init__(self, report: ReportData, library: Library | None = None, *, lang: str = "en",
                 paper: str = "letter", note_limit: int | None = None) -> None:
        self.report = report
        self.library = library
        self.lang = normalise_language(lang)
        self._set_paper(paper, REPORT_FOOTER_HEIGHT)
        notes = len(report.notes)
        if note_limit is not None:
            levels = [(min(notes, max(0, note_limit)), FLAG_ROWS, WEEK_ROWS)]
        else:  # the most detail that fits on two pages: fewer notes first, then fewer flag and week rows
            steps = [notes] + [n for n in NOTE_LIMITS if n < notes]
            levels = [(n, FLAG_ROWS, WEEK_ROWS) for n in steps if n >= 10 or n == notes]
            levels += [(n, 8, 10) for n in steps if n >= 6 or n == notes]
            levels += [(n, 5, 8) for n in [*steps, 4, 3] if n <= notes]
        for notes_shown, flag_rows, week_rows in levels:
            self.notes_shown, self._flag_rows, self._week_rows = notes_shown, flag_rows, week_rows
            self._flow = self._flow_once(notes_shown)
            if self._flow.page_count <= MAX_PAGES:
                break

    def pdf_title(self) -> str:
        title = self._t("report")
        return f"{title} – {self.report.patient}" if self.report.patient else title

    # -- words and numbers ----------------------------------------------------------------------
    def _t(self, key: str, **values: object) -> str:
        return S.text(key, self.lang, **values)

    def _colon(self) -> str:
        return S.colon(self.lang)

    def _number(self, value: float) -> str:
        return S.format_number(value, self.lang)

    def _signed(self, value: float) -> str:
        return S.format_signed(value, self.lang)

    def _percent(self, share: float | None) -> str:
        return S.format_percent(share, self.lang)

    def _short(self, on: dt.date) -> str:
        return S.format_short_date(on, self.lang)

    def _day(self, on: dt.date) -> str:
        """'Mon Mar 3' / 'Lun 3 mars', with the year when it is not the year of the report."""
        text = f"{S.weekdays(self.lang)[on.weekday()]} {self._short(on)}"
        return text if on.year == self.report.as_of.year else f"{text} {on.year}"

    def _week_label(self, first: dt.date, last: dt.date) -> str:
        return S.format_date_range(first, last, self.lang)

    def _session(self, slot: int, sessions_per_day: int) -> str:
        if sessions_per_day <= 1 and slot == 1:
            return self._t("session_only")
        if sessions_per_day in (2, 3) and slot == 1:
            return self._t("session_morning")
        if sessions_per_day == 3 and slot == 2:
            return self._t("session_midday")
        if sessions_per_day == slot and slot in (2, 3):
            return self._t("session_evening")
        return self._t("session_n", n=slot)

    def _name(self, exercise_id: str, fallback: Text | None) -> str:
        exercise = self.library.get(exercise_id) if self.library is not None else None
        if exercise is not None:
            return exercise.name.get(self.lang)
        return fallback.get(self.lang) if fallback is not None else exercise_id

    def _skip_counts(self, counts: ExerciseAdherence) -> str:
        """'skipped 6, partial 2 of 42 sessions' (a zero left out)."""
        parts = [self._t(key, n=n) for key, n in (("report_skipped_times", counts.skipped),
                                                   ("report_partial_times", counts.partial)) if n]
        return ", ".join(parts) + " " + S.plural("report_of_sessions", self.lang, counts.prescribed)

    def _programme_title(self) -> str:
        report = self.report
        if report.programme is not None:
            title = report.programme.title.strip() or report.programme.programme_id
            revision = report.programme.version
        elif report.prescription is not None:
            title, revision = report.prescription.title, report.prescription.programme_version
        else:
            return "—"
        return f"{title} ({self._t('report_revision', n=revision)})"

    # -- layout ---------------------------------------------------------------------------------
    def _flow_once(self, note_limit: int) -> Flow:
        flow = Flow(self.content_rect)
        width = self.content_rect.width()
        flow.block("header", self._header(width), gap=pt(8))
        flow.block("glance", [self._glance(width)], space_before=GAP)
        flags = self._flags(width)
        if flags is not None:
            head, table, after = flags
            self._place(flow, "flags", head, table, width, after=after)
        flow.block("weeks-pain", [self._weeks_and_pain(width)], space_before=SECTION_SPACE)
        for index, items in enumerate(self._doses(width)):  # each exercise's chart whole on a page
            flow.block(f"dose-{index}", items, gap=pt(3), space_before=SECTION_SPACE if index == 0 else pt(8))
        head, table, after = self._exercises(width)
        self._place(flow, "exercises", head, table, width, after=after)
        head, table, after = self._notes(width, note_limit)
        self._place(flow, "notes", head, table, width, after=after)
        return flow

    def _place(self, flow: Flow, key: str, head: list[Item], body: Item, width: float,
               after: Sequence[Item] = ()) -> None:
        """Place a section; its table may start at the bottom of this page and go on over the next."""
        items = [*head, body, *after]
        gap = pt(5)
        total = sum(i.height for i in items) + gap * (len(items) - 1)
        before = 0.0 if flow.at_top() else SECTION_SPACE
        if total + before <= flow.remaining() + 0.01 or not isinstance(body, Table):
            flow.block(key, items, gap=gap, space_before=SECTION_SPACE, fallback=items)
            return
        head_height = sum(i.height for i in head) + gap * len(head)
        parts = body.split(flow.remaining() - before - head_height)
        if parts is None or len(parts[0].rows) <= MIN_ROWS_SPLIT or len(parts[1].rows) <= MIN_ROWS_SPLIT - 1:
            flow.block(key, items, gap=gap, space_before=SECTION_SPACE, fallback=items)
            return
        flow.block(key, [*head, parts[0]], gap=gap, space_before=SECTION_SPACE)
        flow.new_page()
        rest = [heading(f"{self._section_title(key)} {S.text('continued', self.lang)}", width), parts[1], *after]
        flow.block(f"{key}-2", rest, gap=gap, fallback=rest)

    def _section_title(self, key: str) -> str:
        return self._t({"flags": "report_flagged_title", "exercises": "report_exercises_title",
                        "notes": "report_notes_title"}[key])

    # header -------------------------------------------------------------------------------------
    def _header(self, width: float) -> list[Item]:
        report, programme = self.report, self.report.programme
        title = TextBuilder(width)
        if report.patient:
            title.paragraph(self._t("report").upper(), KICKER, after=pt(3))
        title.paragraph(report.patient or self._t("report"), TITLE)
        items: list[Item] = [title.build(), Rule(width, ACCENT, pt(1.5), pt(2))]

        def field(builder: TextBuilder, key: str, value: str) -> None:
            if value.strip():
                builder.paragraph([(S.label(key, self.lang) + " ", SMALL_BOLD), (value.strip(), BODY)], after=pt(2.5))

        column = (width - GUTTER) * 0.58
        left = TextBuilder(column)
        field(left, "report_programme", self._programme_title())
        span = (report.as_of - report.start).days + 1
        length = (S.plural("report_weeks", self.lang, span // 7) if span % 7 == 0
                  else S.plural("report_days", self.lang, span))
        period = f"{S.format_date(report.start, self.lang)} – {S.format_date(report.as_of, self.lang)} ({length})"
        field(left, "report_period", period)
        prescription = report.prescription
        if prescription is not None:
            field(left, "how_often", S.how_often(prescription.sessions_per_day, prescription.days_per_week, self.lang))
        right_width = width - column - GUTTER
        right = TextBuilder(right_width)
        if programme is not None:
            field(right, "clinician", programme.clinician)
            field(right, "clinic", programme.clinic.name)
        if report.first_day is not None and report.first_day < report.start:
            field(right, "report_record_since", S.format_date(report.first_day, self.lang))
        field(right, "report_printed", S.format_date(report.today, self.lang))
        items.append(Row([(0.0, left.build()), (column + GUTTER, right.build())], width))
        if len(report.prescriptions) > 1:
            changes = TextBuilder(width)
            for change in report.prescriptions[1:]:
                changes.paragraph(self._t("report_changed", date=S.format_date(change.since, self.lang),
                                          title=change.prescription.title,
                                          revision=self._t("report_revision", n=change.prescription.programme_version)),
                                  CAPTION)
            items.append(changes.build())
        return items

    # at a glance ------------------------------------------------------------------------------------
    def _glance(self, width: float) -> Item:
        report = self.report
        inner = Box.inner_width(width, padding=pt(7), bar=True, bar_width=pt(4))
        keys = ("report_sessions_done", "report_streaks", "report_pain", "report_most_skipped", "report_flags",
                "report_days_off", "report_psfs")
        metrics = QFontMetricsF(make_font(GLANCE_LABEL))
        label_width = max(metrics.horizontalAdvance(S.label(k, self.lang)) for k in keys) + pt(10)
        value_width = inner - label_width
        rows: list[tuple[str, list[tuple[str, Style]], bool]] = []
        if report.sessions_prescribed:
            done = self._t("report_sessions_of", done=report.sessions_done, prescribed=report.sessions_prescribed)
            rows.append(("report_sessions_done", [(f"{done} ({self._percent(report.overall_share)})", GLANCE_VALUE)],
                         False))
            days = {n: S.plural("report_days", self.lang, n) for n in (report.streaks.current, report.streaks.longest)}
            rows.append(("report_streaks", [(self._t("report_streak_text", current=days[report.streaks.current],
                                                     longest=days[report.streaks.longest]), GLANCE_DETAIL)], False))
        else:
            rows.append(("report_sessions_done", [(self._t("report_no_record"), GLANCE_DETAIL)], False))
        latest = report.latest_pain
        if latest is not None and report.baseline is not None:
            change = latest[1] - report.baseline
            pain = [(f"{self._number(report.baseline)} → {self._number(latest[1])} ", GLANCE_VALUE),
                    (f"({self._signed(change)})  ", GLANCE_VALUE),
                    (S.plural("report_pain_text", self.lang, len(report.recent_ratings), date=self._short(latest[0]),
                             recent=self._number(report.recent_mean or 0.0)), GLANCE_DETAIL)]
        else:
            pain = [(self._t("report_no_pain"), GLANCE_DETAIL)]
        rows.append(("report_pain", pain, False))
        skipped = report.most_skipped()
        if skipped:
            text = "; ".join(f"{self._name(e.exercise_id, e.name)} ({self._skip_counts(e)})" for e in skipped)
            rows.append(("report_most_skipped", [(text, GLANCE_DETAIL)], False))
        else:
            rows.append(("report_most_skipped", [(self._t("report_none_skipped"), GLANCE_DETAIL)], False))
        flag_parts = []
        if report.red_flags:
            dates = ", ".join(self._short(on) for on in sorted({f.on for f in report.red_flags}))
            flag_parts.append(S.plural("report_red_flag_count", self.lang, len(report.red_flags)) + f" ({dates})")
        if report.pain_flags:
            flag_parts.append(S.plural("report_pain_flag_count", self.lang, len(report.pain_flags)))
        if flag_parts:
            rows.append(("report_flags", [(" · ".join(flag_parts), Style(10.5, bold=True, colour=ACCENT))], True))
        else:
            rows.append(("report_flags", [(self._t("report_flags_none"), GLANCE_DETAIL)], False))
        if report.days_off:
            counts: dict[str, int] = {}
            for _, reason in report.days_off:
                counts[reason] = counts.get(reason, 0) + 1
            reasons = ", ".join(f"{self._t('report_day_off_' + r)} {n}" for r, n in counts.items())
            rows.append(("report_days_off", [(S.plural("report_days_off_text", self.lang, len(report.days_off),
                                                        reasons=reasons), GLANCE_DETAIL)], False))
        if report.psfs:
            runs_psfs: list[tuple[str, Style]] = []
            for index, item in enumerate(report.psfs):
                if index:
                    runs_psfs.append(("; ", GLANCE_DETAIL))
                if item.first is None:
                    text = f"{item.activity} {item.latest} ({self._t('report_psfs_new')})"
                else:
                    text = f"{item.activity} {item.first} → {item.latest} ({self._signed(float(item.change or 0))})"
                runs_psfs.append((text, GLANCE_VALUE if item.meaningful else GLANCE_DETAIL))
            rows.append(("report_psfs", runs_psfs, False))
        lines = []
        for key, runs, _alert in rows:
            label = text_item(S.label(key, self.lang), GLANCE_LABEL, label_width - pt(6))
            value = TextBuilder(value_width).paragraph(runs).build()
            lines.append(Row([(0.0, label), (label_width, value)], inner))
        alert = any(a for *_, a in rows)
        body = Stack(lines, pt(3.5), inner)
        title = text_item(self._t("report_glance").upper(), Style(8.5, bold=True, colour=MUTED), inner)
        return Box(Stack([title, body], pt(4), inner), width, padding=pt(7), fill=TINT,
                   bar=ACCENT if alert else NAVY, bar_width=pt(4))

    # flagged days -----------------------------------------------------------------------------------
    def _flags(self, width: float) -> tuple[list[Item], Item, list[Item]] | None:
        report = self.report
        care = report.warning
        if not report.red_flags and not report.pain_flags and care is None:
            return None
        items: list[Item] = [heading(self._t("report_flagged_title"), width)]
        if care is not None:
            inner = Box.inner_width(width, padding=pt(6), bar=True)
            now = (self._t("report_warning_now") if report.as_of >= report.today
                   else self._t("report_warning_then", date=S.format_date(report.as_of, self.lang)))
            text = TextBuilder(inner).paragraph(now, Style(10, bold=True))
            if care.pain_rise is not None:
                rise = care.pain_rise
                text.paragraph(S.plural("report_warning_rise", self.lang, len(rise.ratings),
                                        recent=self._number(rise.recent),
                                       rise=self._number(rise.recent - rise.baseline),
                                       baseline=self._number(rise.baseline)), BODY, before=pt(1.5))
            if care.red_flags:
                text.paragraph(self._t("report_warning_flag", date=S.format_date(care.red_flags[-1].on, self.lang)),
                               BODY, before=pt(1.5))
            items.append(Box(text.build(), width, padding=pt(6), fill=ACCENT_TINT, bar=ACCENT))
        entries: list[tuple[dt.date, int, int, list[tuple[str, Style]]]] = []
        safety = self.library.safety if self.library is not None else None
        for flag in report.red_flags:
            signs, level = flag_words(flag.flag, safety, self.lang), flag_level(flag.flag, safety)
            urgency = self._t("report_red_flag_emergency" if level == EMERGENCY else "report_red_flag_urgent")
            what = "; ".join(signs) if signs else self._t("report_red_flag_unspecified")
            runs = [(f"{self._t('report_red_flag')} ({urgency}){self._colon()} ", ALERT), (what, SMALL)]
            entries.append((flag.on, 0, flag.slot, runs))
        baseline = report.baseline
        for pain in report.pain_flags:
            slots = [slot for slot, value in pain.ratings if value == pain.highest]
            rise_text = self._t("report_pain_rise", pain=pain.highest,
                                rise=self._number(pain.highest - (baseline or 0)), baseline=self._number(baseline or 0))
            entries.append((pain.on, 1, slots[0], [(rise_text, SMALL_BOLD)]))
        entries.sort(key=lambda e: (e[0], -e[1]), reverse=True)
        widths = [pt(86), pt(62), 0.0]
        widths[2] = width - sum(widths)
        rows: list[list[Item]] = [[text_item(self._t(k), HEAD, w - pt(6)) for k, w in
                                   zip(("report_date", "report_session", "report_what"), widths)]]
        days_per: dict[tuple[dt.date, int], int] = {(f.on, f.slot): f.sessions_per_day for f in report.red_flags}
        days_per.update({(p.on, s): p.sessions_per_day for p in report.pain_flags for s, _ in p.ratings})
        shown_days, hidden = flag_days_shown([f.on for f in report.red_flags], [p.on for p in report.pain_flags],
                                             self._flag_rows)
        for on, _kind, slot, runs in entries:
            if on not in shown_days:
                continue
            rows.append([text_item(self._day(on), SMALL_BOLD, widths[0] - pt(6)),
                         text_item(self._session(slot, days_per.get((on, slot), 1)), SMALL, widths[1] - pt(6)),
                         TextBuilder(widths[2] - pt(6)).paragraph(runs).build()])
        after: list[Item] = (
            [text_item(S.plural("report_more_flags", self.lang, hidden), CAPTION, width)] if hidden > 0 else [])
        if len(rows) == 1:  # a warning from before the period, nothing flagged inside it
            return items[:-1], items[-1], after
        return items, Table(widths, rows, header=True, padding=pt(2.5)), after

    # weeks and pain ---------------------------------------------------------------------------------
    def _weeks_and_pain(self, width: float) -> Item:
        left_width = width * 0.40
        right_width = width - left_width - GUTTER
        left = Stack([heading(self._t("report_weekly_title"), left_width), self._week_table(left_width),
                      text_item(self._t("report_session_rule"), CAPTION, left_width)], pt(5), left_width)
        right = Stack([heading(self._t("report_pain_title"), right_width), *self._pain(right_width)], pt(5),
                      right_width)
        return Row([(0.0, left), (left_width + GUTTER, right)], width)

    def _week_table(self, width: float) -> Item:
        report = self.report
        widths = [width * 0.40, width * 0.27, 0.0]
        widths[2] = width - sum(widths)
        centre = Qt.AlignmentFlag.AlignHCenter
        rows: list[list[Item]] = [[
            text_item(self._t("report_week"), HEAD, widths[0] - pt(6)),
            text_item(self._t("report_sessions"), HEAD, widths[1] - pt(6), centre),
            text_item(self._t("report_share"), HEAD, widths[2] - pt(6), Qt.AlignmentFlag.AlignRight),
        ]]
        if not report.weeks:
            return text_item(self._t("report_no_record"), CELL_MUTED, width)
        weeks = report.weeks
        hidden = weeks[:-self._week_rows] if len(weeks) > self._week_rows else []
        if hidden:
            done = sum(min(w.figure.done, w.figure.prescribed) for w in hidden)
            prescribed = sum(w.figure.prescribed for w in hidden)
            rows.append([text_item(S.plural("report_earlier_weeks", self.lang, len(hidden)), CELL_MUTED,
                                   widths[0] - pt(6)),
                         text_item(f"{done} / {prescribed}", SMALL, widths[1] - pt(6), centre),
                         ShareBar(done / prescribed if prescribed else None,
                                  self._percent(done / prescribed if prescribed else None), widths[2] - pt(6), SMALL)])
        for week in weeks[len(hidden):]:
            figure = week.figure
            label = self._week_label(week.first, week.last)
            if week.so_far:
                label += f" ({self._t('report_so_far')})"
            rows.append([text_item(label, SMALL, widths[0] - pt(6)),
                         text_item(f"{figure.done} / {figure.prescribed}", SMALL, widths[1] - pt(6), centre),
                         ShareBar(figure.share, self._percent(figure.share), widths[2] - pt(6))])
        rows.append([text_item(self._t("report_total"), SMALL_BOLD, widths[0] - pt(6)),
                     text_item(f"{report.sessions_done} / {report.sessions_prescribed}", SMALL_BOLD, widths[1] - pt(6),
                               centre),
                     ShareBar(report.overall_share, self._percent(report.overall_share), widths[2] - pt(6))])
        return Table(widths, rows, header=True, padding=pt(2.5))

    def _pain(self, width: float) -> list[Item]:
        report = self.report
        chart = PainChartItem(report.pain_points, report.start, report.as_of, report.baseline,
                              [f.on for f in report.red_flags], self.lang, width, pt(150), self._short)
        words = TextBuilder(width)
        if report.baseline is not None:
            since = report.first_day or report.start
            rated = next((p[0] for p in report.pain_points), since)
            words.paragraph(self._t("report_baseline_text", baseline=self._number(report.baseline),
                                    date=S.format_date(min(since, rated), self.lang)), CAPTION, after=pt(1.5))
        latest = report.latest_pain
        if latest is not None and report.recent_mean is not None:
            change = report.recent_mean - report.baseline if report.baseline is not None else 0.0
            words.paragraph(S.plural("report_latest_text", self.lang, len(report.recent_ratings),
                                    latest=self._number(latest[1]), date=self._short(latest[0]),
                                    recent=self._number(report.recent_mean), change=self._signed(change)),
                            CAPTION, after=pt(1.5))
        words.paragraph(S.plural("report_rated_days", self.lang, len(report.pain_points)), CAPTION)
        return [chart, words.build()]

    # dose over time ---------------------------------------------------------------------------------
    def _doses(self, width: float) -> list[list[Item]]:
        """One block per exercise with a progression (the first with the section's heading and legend):
        its name and bounds, its chart on the pain chart's dates, and adherence and steps in words."""
        report = self.report
        adherence = {e.exercise_id: e for e in report.exercises}
        blocks: list[list[Item]] = []
        for line in report.doses:
            items: list[Item] = []
            if not blocks:
                items += [heading(self._t("report_dose_title"), width), DoseLegendItem(self.lang, width)]
            rule = None
            if report.prescription is not None and (prescribed := report.prescription.exercise(line.exercise_id)):
                rule = prescribed.progression
            title = f"{self._name(line.exercise_id, line.name)} · {self._t(f'report_dose_unit_{line.field}')}"
            if rule is not None:
                title += " · " + describe_progression(rule.field, rule.by, rule.every_days, rule.up_to, self.lang)
            items.append(text_item(title, SMALL_BOLD, width))
            items.append(DoseChartItem(line, report.start, report.as_of, self.lang, width, pt(78), self._short))
            counts = adherence.get(line.exercise_id)
            accepted = sum(s.accepted for s in line.steps)
            up = sum(s.direction == "up" for s in line.steps)
            items.append(text_item(self._t(
                "report_dose_caption", done=counts.done if counts else 0,
                prescribed=counts.prescribed if counts else 0, proposed=len(line.steps), up=up,
                down=len(line.steps) - up, accepted=accepted, declined=len(line.steps) - accepted), CAPTION, width))
            blocks.append(items)
        return blocks

    # exercises -------------------------------------------------------------------------------------
    def _exercises(self, width: float) -> tuple[list[Item], Item, list[Item]]:
        report = self.report
        widest_number = QFontMetricsF(make_font(SMALL_BOLD)).horizontalAdvance(f"{max(1, len(report.exercises))}.")
        number_width = max(pt(16), widest_number + pt(6))  # '10.' never wraps, in either language
        widths = [number_width, width * 0.25, width * 0.25, pt(34), pt(40), pt(44), pt(48), 0.0]
        widths[-1] = width - sum(widths)
        centre = Qt.AlignmentFlag.AlignHCenter
        keys = ("", "report_exercise", "report_dose", "report_done", "report_partial", "report_skipped",
                "report_not_recorded", "report_exercise_share")
        rows: list[list[Item]] = [[text_item(self._t(k) if k else "", HEAD, w - pt(5), centre if i >= 3 else
                                             Qt.AlignmentFlag.AlignLeft) for i, (k, w) in enumerate(zip(keys, widths))]]
        most = {e.exercise_id for e in report.most_skipped(1)}
        in_force = {line.exercise_id: describe_amount(line.field, line.points[-1].in_force, self.lang)
                    for line in report.doses if line.points and line.points[-1].in_force != line.points[-1].prescribed}
        for number, counts in enumerate(report.exercises, start=1):
            prescribed = report.prescription.exercise(counts.exercise_id) if report.prescription else None
            dose = prescribed.session_dose if prescribed is not None else None
            if dose is not None:  # as the record has it prescribed now, and the step in force if any
                text = describe_dose(dose, self.lang)
                if (now := in_force.get(counts.exercise_id)) is not None:
                    text += f" ({self._t('report_dose_now', amount=now)})"
                dose_item = text_item(text, SMALL, widths[2] - pt(5))
            else:
                dose_item = text_item(self._t("report_earlier_prescription"), CELL_MUTED, widths[2] - pt(5))
            cells: list[Item] = [text_item(f"{number}.", SMALL_BOLD, widths[0] - pt(4)),
                                 text_item(self._name(counts.exercise_id, counts.name), SMALL_BOLD, widths[1] - pt(5)),
                                 dose_item]
            if counts.prescribed:
                skipped_style = ALERT if counts.exercise_id in most else SMALL
                values = [(counts.done, SMALL), (counts.partial, skipped_style if counts.partial else SMALL),
                          (counts.skipped, skipped_style), (counts.not_recorded, SMALL)]
                cells += [text_item(str(v), style, w - pt(5), centre) for (v, style), w in zip(values, widths[3:7])]
                cells.append(ShareBar(counts.share, self._percent(counts.share), widths[7] - pt(5)))
            else:
                cells += [text_item("–", CELL_MUTED, w - pt(5), centre) for w in widths[3:7]]
                cells.append(text_item(self._t("report_not_in_period"), CELL_MUTED, widths[7] - pt(5)))
            rows.append(cells)
        head = [heading(self._t("report_exercises_title"), width)]
        after: list[Item] = [text_item(self._t("report_exercise_rule"), CAPTION, width)]
        return head, Table(widths, rows, header=True, padding=pt(2.5)), after

    # notes -----------------------------------------------------------------------------------------
    def _notes(self, width: float, limit: int) -> tuple[list[Item], Item, list[Item]]:
        notes = self.report.notes
        head = [heading(self._t("report_notes_title"), width)]
        if not notes:
            return head, text_item(self._t("report_no_notes"), CELL_MUTED, width), []
        widths = [pt(86), pt(62), pt(44), 0.0]
        widths[-1] = width - sum(widths)
        centre = Qt.AlignmentFlag.AlignHCenter
        rows: list[list[Item]] = [[
            text_item(self._t("report_date"), HEAD, widths[0] - pt(5)),
            text_item(self._t("report_session"), HEAD, widths[1] - pt(5)),
            text_item(self._t("report_pain_short"), HEAD, widths[2] - pt(5), centre),
            text_item(self._t("report_note"), HEAD, widths[3] - pt(5)),
        ]]
        threshold = self.report.baseline + PAIN_RISE_POINTS if self.report.baseline is not None else None
        for note in notes[:limit]:
            pain_style = ALERT if threshold is not None and note.pain is not None and note.pain >= threshold else SMALL
            rows.append([
                text_item(self._day(note.on), SMALL_BOLD, widths[0] - pt(5)),
                text_item(self._session(note.slot, note.sessions_per_day), SMALL, widths[1] - pt(5)),
                text_item("–" if note.pain is None else str(note.pain), pain_style, widths[2] - pt(5), centre),
                text_item(shorten(note.note, NOTE_CHARS), SMALL, widths[3] - pt(5)),
            ])
        after: list[Item] = []
        if len(notes) > limit:
            after.append(text_item(S.plural("report_more_notes", self.lang, len(notes) - limit), CAPTION, width))
        return head, Table(widths, rows, header=True, padding=pt(2.5)), after

    # footer ----------------------------------------------------------------------------------------
    def _paint_footer(self, painter: QPainter, page_index: int) -> None:
        rect = self.footer_rect
        painter.save()
        painter.fillRect(QRectF(rect.left(), rect.top() + pt(6), rect.width(), pt(0.6)), QColor(RULE))
        font = make_font(FOOTER)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(QColor(FOOTER.colour))
        second = rect.bottom() - metrics.descent()
        first = second - metrics.lineSpacing() - pt(1)
        page_text = self._t("page_of", page=page_index + 1, pages=self.page_count())
        page_width = metrics.horizontalAdvance(page_text)
        painter.drawText(QPointF(rect.right() - page_width, first), page_text)
        who = " · ".join(p for p in (self.report.patient, self._t("report"),
                                     S.format_date(self.report.today, self.lang)) if p)
        who = metrics.elidedText(who, Qt.TextElideMode.ElideRight, rect.width() - page_width - pt(20))
        painter.drawText(QPointF(rect.left(), first), who)
        italic = make_font(Style(FOOTER.size, italic=True, colour=FOOTER.colour))
        painter.setFont(italic)
        line = QFontMetricsF(italic).elidedText(self._t("report_footer"), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(rect.left(), second), line)
        painter.restore()


def shorten(text: str, limit: int) -> str:
    """``text`` on one paragraph, cut at a word before ``limit`` characters with '…' when longer."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


__all__ = ["ReportDocument", "shorten", "write_report_pdf"]
