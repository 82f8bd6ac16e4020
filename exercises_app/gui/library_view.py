"""The Library view: search and filter the exercises, and read one in full with its moving drawing."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.dose_text import dose_rows
from ..core.library import Exercise, Library
from ..core.vocabulary import CONDITIONS, EQUIPMENT, POSITIONS, REGIONS
from .content_html import bullet_list, escape, heading, labelled_paragraph, paragraph, plain_as_rich_text
from .context import AppContext
from .settings_keys import LIBRARY_EXERCISE
from .widgets.check_indicators import grow_check_indicators
from .widgets.illustration import IllustrationWidget


class WrappedNameDelegate(QStyledItemDelegate):
    """Sizes each name for the lines it takes at the list's width, so a wrapped name is never cut.

    QListView measures a wrapped item a few pixels wider than it paints it, so a name that just fits
    when measured is painted cut short with an ellipsis; this measures at the width it is painted.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 (Qt name)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        width = max(40, self.view.viewport().width() - 2 * self.view.spacing() - 2 * margin - 4)
        text = item.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text)
        return QSize(width, text.height() + 2 * margin)


class LibraryView(QWidget):
    """Searchable exercise list on the left, the selected exercise in full on the right."""

    safetyRequested = Signal()
    exerciseSelected = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self.library: Library | None = context.library_load.library

        self.banner = QLabel()
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(
            "#errorBanner { background: #fff4d6; color: #3d2b00; border: 1px solid #b07d00; padding: 8px; }"
        )
        self._show_problems()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list_panel())
        splitter.addWidget(self._build_detail_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self._refresh_list()

    # -- building --------------------------------------------------------------------------
    def _build_list_panel(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(240)
        panel.setMaximumWidth(360)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refresh_list)

        self.region_filter = QComboBox()
        self.region_filter.setAccessibleName(self.tr("Filter by body region"))
        self.region_filter.addItem(self.tr("All body regions"), None)
        for key, label in REGIONS.items():
            self.region_filter.addItem(label.get(self.lang), key)
        self.region_filter.currentIndexChanged.connect(self._refresh_list)

        self.position_filter = QComboBox()
        self.position_filter.setAccessibleName(self.tr("Filter by position"))
        self.position_filter.addItem(self.tr("All positions"), None)
        for key, label in POSITIONS.items():
            self.position_filter.addItem(label.get(self.lang), key)
        self.position_filter.currentIndexChanged.connect(self._refresh_list)

        # A check box does not wrap its text: the line break keeps it whole in the narrow list panel.
        self.off_the_floor_filter = QCheckBox(self.tr("Can be done without getting\ndown to the floor"))
        self.off_the_floor_filter.setAccessibleName(
            self.tr("Only exercises that can be done without getting down to the floor"))
        self.off_the_floor_filter.setToolTip(self.tr("Only exercises done standing or sitting on a chair"))
        self.off_the_floor_filter.toggled.connect(self._refresh_list)
        grow_check_indicators(self.off_the_floor_filter)

        self.count_label = QLabel()
        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(self.tr("Exercises"))
        self.exercise_list.setSpacing(2)
        # Long names (large text, French) wrap onto a second line rather than being cut or scrolled sideways.
        self.exercise_list.setWordWrap(True)
        self.exercise_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.exercise_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.exercise_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercise_list.setItemDelegate(WrappedNameDelegate(self.exercise_list))
        list_font = QFont(self.font())
        list_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.exercise_list.setFont(list_font)
        self.exercise_list.currentItemChanged.connect(self._on_current_item_changed)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.region_filter)
        layout.addWidget(self.position_filter)
        layout.addWidget(self.off_the_floor_filter)
        layout.addWidget(self.count_label)
        layout.addWidget(self.exercise_list, 1)
        return panel

    def _build_detail_panel(self) -> QWidget:
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.9)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the library's words, never markup
        self.title.setAccessibleName(self.tr("Exercise name"))

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        summary_font = QFont(self.font())
        summary_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.summary.setFont(summary_font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)

        # Links to the easier and harder versions of the exercise (its variations in the library).
        self.easier_button = QPushButton()
        self.easier_button.clicked.connect(lambda: self.show_variation("easier"))
        self.harder_button = QPushButton()
        self.harder_button.clicked.connect(lambda: self.show_variation("harder"))
        variations_row = QHBoxLayout()
        variations_row.addWidget(self.easier_button)
        variations_row.addWidget(self.harder_button)
        variations_row.addStretch(1)

        self.illustration = IllustrationWidget(library=self.context.pose_library())
        self.illustration.setMinimumHeight(260)
        self.captions = QLabel()
        self.captions.setWordWrap(True)

        self.dose = QLabel()
        self.dose.setObjectName("doseBox")
        self.dose.setTextFormat(Qt.TextFormat.RichText)
        self.dose.setWordWrap(True)
        self.dose.setStyleSheet("#doseBox { border: 1px solid palette(mid); border-radius: 6px; padding: 8px; }")

        self.sections = QLabel()
        self.sections.setWordWrap(True)
        self.sections.setTextFormat(Qt.TextFormat.RichText)
        self.sections.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.safety_button = QPushButton(self.tr("When to stop and seek care"))
        self.safety_button.clicked.connect(self.safetyRequested)

        picture_row = QHBoxLayout()
        picture_column = QVBoxLayout()
        picture_column.addWidget(self.illustration, 1)
        picture_column.addWidget(self.captions)
        picture_row.addLayout(picture_column, 3)
        dose_column = QVBoxLayout()
        dose_column.addWidget(self.dose)
        dose_column.addWidget(self.safety_button)
        dose_column.addStretch(1)
        picture_row.addLayout(dose_column, 2)

        content = QWidget()
        self.detail_layout = QVBoxLayout(content)
        self.detail_layout.setContentsMargins(16, 8, 16, 16)
        self.detail_layout.addWidget(self.title)
        self.detail_layout.addWidget(self.summary)
        self.detail_layout.addWidget(self.facts)
        self.detail_layout.addLayout(variations_row)
        self.detail_layout.addLayout(picture_row)
        self.detail_layout.addWidget(self.sections)
        self.detail_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.detail_scroll = scroll
        return scroll

    # -- state -----------------------------------------------------------------------------
    def _show_problems(self) -> None:
        load = self.context.library_load
        if not load.problems:
            self.banner.hide()
            return
        if load.library is None:
            intro = self.tr("The exercise library could not be loaded. Fix these problems and restart:")
        else:
            intro = self.tr("Your exercise library has problems, "
                            "so the library that comes with the app is shown instead:")
        details = "<br/>".join(escape(str(p)) for p in load.problems[:12])
        more = len(load.problems) - 12
        if more > 0:
            details += "<br/>" + escape(self.tr("…and %n more", "", more))
        self.banner.setText(f"<b>{escape(intro)}</b><br/>{details}")
        self.banner.show()

    @Slot()
    def _refresh_list(self) -> None:
        current = self.current_exercise_id()
        self.exercise_list.clear()
        exercises = self.library.filter(
            self.search.text(), self.region_filter.currentData(), self.position_filter.currentData(),
            off_the_floor=self.off_the_floor_filter.isChecked(),
        ) if self.library else []
        for exercise in exercises:
            name = exercise.name.get(self.lang)
            item = QListWidgetItem(self.tr("{name} (my exercise)").format(name=name) if exercise.own else name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(plain_as_rich_text(exercise.summary.get(self.lang)))
            self.exercise_list.addItem(item)
        count = len(exercises)  # English has no catalogue: its singular is a string of its own
        self.count_label.setText(self.tr("1 exercise") if count == 1 else self.tr("%n exercises", "", count))
        if not self.select_exercise(current or "") and self.exercise_list.count():
            self.exercise_list.setCurrentRow(0)
        if not self.exercise_list.count():
            self._show_exercise(None)

    def set_library(self, library: Library | None) -> None:
        """Show ``library`` (the own exercises changed); the selected exercise stays selected."""
        self.library = library
        self.illustration.set_pose_library(self.context.pose_library())
        self._refresh_list()
        self._on_current_item_changed(self.exercise_list.currentItem(), None)

    def current_exercise_id(self) -> str | None:
        item = self.exercise_list.currentItem() if hasattr(self, "exercise_list") else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_exercise(self, exercise_id: str) -> bool:
        """Select the exercise in the list; False when it is not shown."""
        for row in range(self.exercise_list.count()):
            if self.exercise_list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.exercise_list.setCurrentRow(row)
                return True
        return False

    def show_variation(self, which: str) -> None:
        """Select the easier or harder version of the shown exercise, clearing the filters if they hide it."""
        exercise = self.library.get(self.current_exercise_id() or "") if self.library else None
        target = getattr(exercise.variations, which) if exercise else None
        if target is None or self.select_exercise(target):
            return
        self.search.clear()
        self.region_filter.setCurrentIndex(0)
        self.position_filter.setCurrentIndex(0)
        self.off_the_floor_filter.setChecked(False)
        self.select_exercise(target)

    def _show_variations(self, exercise: Exercise | None) -> None:
        for button, which, label in ((self.easier_button, "easier", self.tr("Easier: {name}")),
                                     (self.harder_button, "harder", self.tr("Harder: {name}"))):
            target_id = getattr(exercise.variations, which) if exercise else None
            target = self.library.get(target_id) if self.library and target_id else None
            button.setVisible(target is not None)
            if target is not None:
                button.setText(label.format(name=target.name.get(self.lang)).replace("&", "&&"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def restore_state(self, settings: QSettings) -> None:
        self.select_exercise(str(settings.value(LIBRARY_EXERCISE, "")))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(LIBRARY_EXERCISE, self.current_exercise_id() or "")

    # -- showing one exercise --------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        exercise = self.library.get(str(current.data(Qt.ItemDataRole.UserRole))) if current and self.library else None
        self._show_exercise(exercise)
        if exercise:
            self.exerciseSelected.emit(exercise.id)

    def _show_exercise(self, exercise: Exercise | None) -> None:
        self._show_variations(exercise)
        has_exercise = exercise is not None
        for widget in (self.illustration, self.dose, self.safety_button):
            widget.setVisible(has_exercise)
        if exercise is None:
            self.title.setText(self.tr("No exercise matches your search") if self.library else "")
            for label in (self.summary, self.facts, self.captions, self.sections):
                label.clear()
            self.illustration.clear()
            return
        lang = self.lang
        self.title.setText(exercise.name.get(lang))
        self.summary.setText(exercise.summary.get(lang))
        equipment = ", ".join(EQUIPMENT[e].get(lang) for e in exercise.equipment) or self.tr("none")
        facts = [
            (self.tr("Region:"), REGIONS[exercise.region].get(lang)),
            (self.tr("Position:"), POSITIONS[exercise.position].get(lang)),
            (self.tr("Equipment:"), equipment),
        ]
        self.facts.setText(" &nbsp;·&nbsp; ".join(f"<b>{escape(label)}</b> {escape(value)}" for label, value in facts))
        self.illustration.set_motion(exercise.id, exercise.dose.tempo_s, exercise.dose.hold_s)
        self.illustration.set_playing(True)
        self.captions.setText(
            " &nbsp; ".join(f"<b>{i}.</b> {escape(frame.caption.get(lang))}"
                            for i, frame in enumerate(exercise.illustration, 1))
        )
        rows = "".join(
            f"<tr><td style='padding:3px 12px 3px 0'>{escape(label)}</td>"
            f"<td style='padding:3px 0'><b>{escape(value)}</b></td></tr>"
            for label, value in dose_rows(exercise.dose, lang)
        )
        title = self.tr("Usual starting dose")
        note = self.tr("Your physiotherapist may set a different dose.")
        self.dose.setText(f"<b>{escape(title)}</b><table>{rows}</table><p><i>{escape(note)}</i></p>")
        self.sections.setText(self._sections_html(exercise))
        self.detail_scroll.verticalScrollBar().setValue(0)

    def _sections_html(self, exercise: Exercise) -> str:
        lang = self.lang
        parts = [
            heading(self.tr("Starting position")), paragraph(exercise.start, lang),
            heading(self.tr("Steps")), bullet_list(exercise.steps, lang, ordered=True),
            heading(self.tr("Breathing and what to feel")), bullet_list(exercise.cues, lang),
            heading(self.tr("Common mistakes")), bullet_list(exercise.mistakes, lang),
        ]
        if exercise.progression is not None:
            parts += [heading(self.tr("Easier or harder")),
                      labelled_paragraph(self.tr("Easier:"), exercise.progression.easier, lang),
                      labelled_paragraph(self.tr("Harder:"), exercise.progression.harder, lang)]
        parts += [heading(self.tr("Precautions")), bullet_list(exercise.precautions, lang)]
        if exercise.adjust_if:
            parts += [heading(self.tr("Stop and change position if")), bullet_list(exercise.adjust_if, lang)]
        parts += [heading(self.tr("Stop and tell your physiotherapist if")), bullet_list(exercise.stop_if, lang)]
        if self.library:
            parts.append(bullet_list(self.library.safety.stop_rules, lang))
        suits = ", ".join(CONDITIONS[c].get(lang) for c in exercise.suits)
        caution = ", ".join(CONDITIONS[c].get(lang) for c in exercise.caution)
        parts.append(heading(self.tr("Often used for")) + f"<p>{escape(suits or '—')}</p>")
        parts.append(heading(self.tr("Take care with")) + f"<p>{escape(caution or '—')}</p>")
        return "".join(parts)
