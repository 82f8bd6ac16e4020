"""Light, dark and high-contrast themes, and text scaling, applied to the whole application.

The palette colours the text; ``ThemedStyle`` draws the controls whose outline Fusion derives from
the window colour (check boxes, fields, the slider's handle, a pressed-in toggle button), so that
each one stands out at least 3:1 from what is around it (WCAG non-text contrast) in every theme.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from .colours import mix, palette_is_light, readable


@dataclass(frozen=True)
class ThemeColours:
    """The colour pairs a theme must keep readable (checked for WCAG AA in the tests)."""

    window: str
    window_text: str
    base: str
    text: str
    alternate_base: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    mid: str
    control_border: str  # outlines of check boxes, fields and buttons, and the slider's handle

    def control_pairs(self) -> dict[str, tuple[str, str]]:
        """(control, background) pairs that must differ by 3:1 (WCAG non-text contrast)."""
        return {
            "outline on window": (self.control_border, self.window),
            "outline on base": (self.control_border, self.base),
            "chosen on window": (self.highlight, self.window),
            "chosen on base": (self.highlight, self.base),
        }

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """(foreground, background) pairs used for body text."""
        return {
            "window text": (self.window_text, self.window),
            "text": (self.text, self.base),
            "alternate rows": (self.text, self.alternate_base),
            "buttons": (self.button_text, self.button),
            "selection": (self.highlighted_text, self.highlight),
            "links": (self.link, self.base),
            "placeholders": (self.placeholder, self.base),
        }


THEMES: dict[str, ThemeColours] = {
    "light": ThemeColours(
        window="#efefef", window_text="#111111", base="#ffffff", text="#111111", alternate_base="#f3f5f8",
        button="#e6e6e6", button_text="#111111", highlight="#0b5cad", highlighted_text="#ffffff",
        link="#0b4f94", placeholder="#5f6368", disabled_text="#6b6b6b", mid="#a0a0a0",
        control_border="#6b6b6b",
    ),
    "dark": ThemeColours(
        window="#1e2126", window_text="#eceff4", base="#15171b", text="#eceff4", alternate_base="#23272e",
        button="#2c313a", button_text="#eceff4", highlight="#4c8ed9", highlighted_text="#0b0d10",
        link="#8cc4ff", placeholder="#a3abb8", disabled_text="#8a929e", mid="#5a6270",
        control_border="#9aa3b0",
    ),
    "high-contrast": ThemeColours(
        window="#000000", window_text="#ffffff", base="#000000", text="#ffffff", alternate_base="#141414",
        button="#000000", button_text="#ffff00", highlight="#ffff00", highlighted_text="#000000",
        link="#00ffff", placeholder="#d0d0d0", disabled_text="#b0b0b0", mid="#ffffff",
        control_border="#ffffff",
    ),
}


def palette_for(name: str) -> QPalette:
    """A QPalette built from the theme's colours."""
    colours = THEMES.get(name, THEMES["light"])
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window, QPalette.ColorRole.WindowText: colours.window_text,
        QPalette.ColorRole.Base: colours.base, QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.AlternateBase: colours.alternate_base, QPalette.ColorRole.Button: colours.button,
        QPalette.ColorRole.ButtonText: colours.button_text, QPalette.ColorRole.Highlight: colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.highlighted_text, QPalette.ColorRole.Link: colours.link,
        QPalette.ColorRole.PlaceholderText: colours.placeholder, QPalette.ColorRole.ToolTipBase: colours.base,
        QPalette.ColorRole.ToolTipText: colours.text, QPalette.ColorRole.Mid: colours.mid,
        QPalette.ColorRole.Dark: colours.mid, QPalette.ColorRole.BrightText: colours.highlight,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.disabled_text))
    return palette


class ThemedStyle(QProxyStyle):
    """Fusion (the one built-in style that follows the palette everywhere), with control outlines,
    check marks, radio buttons, the slider's handle and toggled buttons drawn in the theme's own colours. Check
    boxes grow with the text through ``widgets/check_indicators.py``, not a ``pixelMetric`` here."""

    def __init__(self, colours: ThemeColours) -> None:
        super().__init__("Fusion")
        self.colours = colours

    def _outline(self, option: QStyleOption) -> QColor:
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        return QColor(self.colours.control_border if enabled else self.colours.disabled_text)

    def _pen_width(self) -> float:
        return 2.0 if self.colours is THEMES["high-contrast"] else 1.0

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802 (Qt name)
                      widget: QWidget | None = None) -> None:
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck):
            self._draw_check_box(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._draw_radio_button(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._draw_frame(option, painter, option.rect)
            return
        toggled = QStyle.StateFlag.State_On | QStyle.StateFlag.State_Enabled
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and option.state & toggled == toggled:
            self._draw_toggled_button(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand:
            self._draw_frame(option, painter, option.rect, focus=False)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802 (Qt name)
                    widget: QWidget | None = None) -> None:
        toggled = QStyle.StateFlag.State_On | QStyle.StateFlag.State_Enabled
        if element == QStyle.ControlElement.CE_PushButtonLabel and option.state & toggled == toggled:
            option.palette.setColor(QPalette.ColorRole.ButtonText, QColor(self.colours.highlighted_text))
        super().drawControl(element, option, painter, widget)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,  # noqa: N802 (Qt name)
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if control == QStyle.ComplexControl.CC_Slider:
            # Qt takes no widget here (a null pointer); PySide6's stub says one is required.
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)  # type: ignore[arg-type]
            option.subControls &= ~QStyle.SubControl.SC_SliderHandle
            super().drawComplexControl(control, option, painter, widget)
            self._draw_slider_handle(option, painter, handle)
            return
        super().drawComplexControl(control, option, painter, widget)
        frame = getattr(option, "frame", False)
        if control in (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox) and frame:
            self._draw_frame(option, painter, option.rect)

    def _draw_frame(self, option: QStyleOption, painter: QPainter, rect: QRect, focus: bool = True) -> None:
        """The outline of a field or button; the highlight colour, thicker, while it has the focus."""
        focused = focus and bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = self._pen_width() + (1.0 if focused else 0.0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(self.colours.highlight) if focused else self._outline(option), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(width / 2, width / 2, -width / 2, -width / 2), 2, 2)
        painter.restore()

    def _draw_check_box(self, option: QStyleOption, painter: QPainter) -> None:
        """An outlined box; ticked, filled with the highlight and a check mark in the highlighted text colour."""
        state = option.state
        ticked = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        side = min(option.rect.width(), option.rect.height())
        box = QRectF(option.rect.x(), option.rect.y() + (option.rect.height() - side) / 2, side, side)
        width = self._pen_width() + (0.5 if side >= 16 else 0.0)
        box = box.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        fill = QColor(self.colours.highlight if (ticked or partly) and enabled else self.colours.base)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._outline(option), width))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 2, 2)
        mark = QColor(self.colours.highlighted_text if enabled else self.colours.disabled_text)
        painter.setPen(QPen(mark, max(1.5, side / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        x, y, s = box.x(), box.y(), box.width()
        if ticked:
            painter.drawPolyline([QPointF(x + s * 0.22, y + s * 0.52), QPointF(x + s * 0.42, y + s * 0.72),
                                  QPointF(x + s * 0.78, y + s * 0.30)])
        elif partly:
            painter.drawLine(QPointF(x + s * 0.25, y + s / 2), QPointF(x + s * 0.75, y + s / 2))
        painter.restore()

    def _draw_radio_button(self, option: QStyleOption, painter: QPainter) -> None:
        """An outlined circle, as the check box is outlined; chosen, a dot in the highlight inside it."""
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        side = min(option.rect.width(), option.rect.height())
        width = self._pen_width() + 0.5  # a thin ring smooths to less than the outline's colour
        circle = QRectF(option.rect.x() + (option.rect.width() - side) / 2,
                        option.rect.y() + (option.rect.height() - side) / 2, side, side)
        circle = circle.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._outline(option), width))
        painter.setBrush(QColor(self.colours.base))
        painter.drawEllipse(circle)
        if option.state & QStyle.StateFlag.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.colours.highlight if enabled else self.colours.disabled_text))
            inset = circle.width() * 0.25
            painter.drawEllipse(circle.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def _draw_toggled_button(self, option: QStyleOption, painter: QPainter) -> None:
        """A button that is pressed in (the chosen pain rating, Sound off): filled with the highlight."""
        width = self._pen_width()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(self.colours.control_border), width))
        painter.setBrush(QColor(self.colours.highlight))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2), 3, 3)
        painter.restore()

    def _draw_slider_handle(self, option: QStyleOptionComplex, painter: QPainter, handle: QRect) -> None:
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        width = self._pen_width() + 0.5
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._outline(option), width))
        painter.setBrush(QColor(self.colours.highlight if enabled else self.colours.base))
        painter.drawRoundedRect(QRectF(handle).adjusted(width / 2, width / 2, -width / 2, -width / 2), 3, 3)
        painter.restore()


def apply_appearance(app: QApplication, theme: str, text_scale: int) -> None:
    """Set the style, the palette and scale the application font (percent of the system size).

    A widget with a style sheet of its own keeps the palette it had when the sheet was set (Qt
    resolves it then, and sends it no palette change): each one's sheet is set again, so that a
    check box's text or the library's dose box follow a new theme."""
    base = app.property("systemFontPointSize")  # read once, so repeated calls do not compound
    if base is None:
        base = max(app.font().pointSizeF(), 9.0)
        app.setProperty("systemFontPointSize", base)
    app.setStyle(ThemedStyle(THEMES.get(theme, THEMES["light"])))
    app.setPalette(palette_for(theme))
    font = QFont(app.font())
    font.setPointSizeF(float(base) * text_scale / 100)
    app.setFont(font)
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


# -- the colours of the Today and History screens (the light theme's reviewed ones, or the palette's) --
@dataclass(frozen=True)
class TodayColours:
    """Every colour the view paints with or puts in its style sheet, as '#rrggbb'."""

    background: str  # behind the whole view
    text: str
    stripe: str  # behind every other exercise row
    dose: str  # the dose under an exercise's name
    not_in_session: str  # the dash where an exercise is not part of a session
    flag_border: str  # the 'I have a warning sign' button
    flag_text: str
    flag_background: str
    flag_hover: str
    notice_background: str  # the yellow notices about the record
    notice_text: str
    notice_border: str
    start_background: str  # Start buttons
    start_text: str
    start_border: str
    primary_background: str  # the Start button of the next session to do
    primary_text: str
    primary_border: str
    pressed_background: str
    pressed_text: str
    disabled_text: str
    disabled_border: str
    tick_border: str  # tick boxes
    tick_fill: str
    tick_disabled_border: str
    tick_checked_border: str
    tick_checked_fill: str
    tick_checked_disabled_fill: str
    tick_mark: str
    tick_partial: str
    focus: str = "#e66100"  # the focus ring, orange in every theme

    @classmethod
    def of(cls, palette: QPalette) -> TodayColours:
        """The light theme's reviewed colours, or colours taken from a dark palette's roles."""
        if palette_is_light(palette):
            return LIGHT_COLOURS
        role = QPalette.ColorRole
        return _dark_colours(*(palette.color(r).name() for r in (
            role.Base, role.Text, role.AlternateBase, role.PlaceholderText, role.Highlight, role.HighlightedText,
            role.Link, role.Mid)), palette.color(QPalette.ColorGroup.Disabled, role.ButtonText).name())


LIGHT_COLOURS = TodayColours(
    background="#ffffff", text="#111111", stripe="#eef2f7", dose="#2d3748", not_in_session="#5f6670",
    flag_border="#a4161a", flag_text="#7a0010", flag_background="#ffffff", flag_hover="#fdecec",
    notice_background="#fff4d6", notice_text="#3d2b00", notice_border="#b07d00",
    start_background="#ffffff", start_text="#0b3d91", start_border="#0b5cad",
    primary_background="#0b5cad", primary_text="#ffffff", primary_border="#083d77",
    pressed_background="#083d77", pressed_text="#ffffff", disabled_text="#8a94a0", disabled_border="#c0c6cc",
    tick_border="#1f2933", tick_fill="#ffffff", tick_disabled_border="#9aa5b1", tick_checked_border="#0b3d91",
    tick_checked_fill="#0b5cad", tick_checked_disabled_fill="#8a9bb0", tick_mark="#ffffff", tick_partial="#0b5cad",
)


@lru_cache(maxsize=8)
def _dark_colours(base: str, text: str, alternate: str, placeholder: str, highlight: str, highlighted_text: str,
                  link: str, mid: str, disabled: str) -> TodayColours:
    """Colours on a dark palette: text at least 4.5:1 on the background and the stripes, lines 3:1."""
    background, stripe = QColor(base), QColor(alternate)

    def on_both(colour: QColor | str, ratio: float = 4.5) -> str:
        return readable(readable(QColor(colour), stripe, ratio), background, ratio).name()

    ink = on_both(text)
    accent = QColor(highlight)
    pressed = mix(accent, background, 0.3)
    return TodayColours(
        background=base, text=ink, stripe=alternate, dose=on_both(mix(QColor(ink), background, 0.18)),
        not_in_session=on_both(placeholder),
        flag_border=on_both("#e5484d", 3.0), flag_text=on_both("#ffb3b3"), flag_background=base,
        flag_hover=mix(background, QColor("#a4161a"), 0.3).name(),
        notice_background="#3d2b00", notice_text="#ffe9a8", notice_border="#b07d00",
        start_background=base, start_text=on_both(link), start_border=on_both(accent, 3.0),
        primary_background=highlight, primary_text=readable(QColor(highlighted_text), accent).name(),
        primary_border=highlight,
        pressed_background=pressed.name(), pressed_text=readable(QColor(highlighted_text), pressed).name(),
        disabled_text=on_both(disabled), disabled_border=on_both(mid, 1.5),
        tick_border=ink, tick_fill=base, tick_disabled_border=on_both(disabled, 3.0),
        tick_checked_border=highlight, tick_checked_fill=highlight,
        tick_checked_disabled_fill=mix(accent, background, 0.5).name(),
        tick_mark=readable(QColor(highlighted_text), accent).name(), tick_partial=on_both(accent, 3.0),
    )


# One style sheet for the whole view (see where it is set), filled in with TodayColours.
