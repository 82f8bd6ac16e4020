"""Light, dark and high-contrast themes, and text scaling, applied to the whole application."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


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
    ),
    "dark": ThemeColours(
        window="#1e2126", window_text="#eceff4", base="#15171b", text="#eceff4", alternate_base="#23272e",
        button="#2c313a", button_text="#eceff4", highlight="#4c8ed9", highlighted_text="#0b0d10",
        link="#8cc4ff", placeholder="#a3abb8", disabled_text="#8a929e", mid="#5a6270",
    ),
    "high-contrast": ThemeColours(
        window="#000000", window_text="#ffffff", base="#000000", text="#ffffff", alternate_base="#141414",
        button="#000000", button_text="#ffff00", highlight="#ffff00", highlighted_text="#000000",
        link="#00ffff", placeholder="#d0d0d0", disabled_text="#b0b0b0", mid="#ffffff",
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


def apply_appearance(app: QApplication, theme: str, text_scale: int) -> None:
    """Set the palette and scale the application font (percent of the system size)."""
    base = app.property("systemFontPointSize")  # read once, so repeated calls do not compound
    if base is None:
        base = max(app.font().pointSizeF(), 9.0)
        app.setProperty("systemFontPointSize", base)
    app.setStyle("Fusion")  # the one built-in style that follows the palette everywhere
    app.setPalette(palette_for(theme))
    font = QFont(app.font())
    font.setPointSizeF(float(base) * text_scale / 100)
    app.setFont(font)
