"""Second baseline for the start-up benchmark: a screen like the app's Today, in Qt alone.

The bare window (``bare_qt_window.py``) shows nothing, so it never pays what any Qt screen of text
and controls pays on first use: the ``Qt`` namespace's enums, the classes of labels, check boxes,
buttons, a scroll area and menus, the font database and the shaping and drawing of text. This
window pays exactly that and nothing of the app: a 1280×800 ``QMainWindow`` with a File, View and
Help menu, a navigation list of five views, and a scroll area holding a two-line date, an
instruction, two framed notices, two buttons, and a checklist of ten exercises (name, dose, a
check box per session) under two session columns with their Start buttons, as the app's Today
shows for a ten-exercise, twice-a-day programme. No data is read: the texts are written here.

It prints what ``bare_qt_window.py`` prints (seconds from the process's start to the first paint,
then the peak RSS, through its ``show_until_painted``), so ``startup.py`` runs it the same way and
reports it beside the bare window.

    QT_QPA_PLATFORM=offscreen python benchmarks/qt_first_screen_window.py
"""

from __future__ import annotations

import sys

from bare_qt_window import HEIGHT, WIDTH, show_until_painted  # (the script's folder is on the path)
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

VIEWS = ("Today", "Session", "History", "Programme", "Library")
EXERCISES = (
    ("Cat-cow", "1 set × 10 reps, 4 s per movement, 2 times a day"),
    ("Pelvic tilt", "2 sets × 10 reps, hold 5 s, 2 times a day"),
    ("Cobra stretch (press-up)", "1 set × 10 reps, hold 2 s, 2 times a day"),
    ("Glute bridge", "2 sets × 10 reps, hold 5 s, 2 times a day"),
    ("Hamstring stretch", "1 set × 3 reps, hold 30 s, 2 times a day"),
    ("Child's pose", "1 set × 3 reps, hold 30 s, 2 times a day"),
    ("Lumbar extension", "1 set × 10 reps, hold 2 s, 2 times a day"),
    ("Knee to chest", "1 set × 3 reps, hold 30 s, 2 times a day"),
    ("Bird-dog", "2 sets × 8 reps, hold 5 s, 2 times a day"),
    ("Chin tuck", "1 set × 10 reps, hold 5 s, 2 times a day"),
)
SESSIONS = ("Morning", "Evening")


def notice(text: str) -> QLabel:
    """A framed paragraph, as Today's notices are."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.Box)
    label.setMargin(12)
    return label


def checklist() -> QWidget:
    """Session columns with their Start buttons, then one row per exercise: name, dose, check boxes."""
    grid_widget = QWidget()
    grid = QGridLayout(grid_widget)
    grid.addWidget(QLabel("<b>Exercise</b>"), 0, 0)
    for column, session in enumerate(SESSIONS, start=1):
        grid.addWidget(QLabel(f"<b>{session}</b>"), 0, column, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(QLabel(f"0 of {len(EXERCISES)} done"), 1, column, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(QPushButton("▶ Start"), 2, column)
    for row, (name, dose) in enumerate(EXERCISES, start=3):
        title = QLabel(name)
        title.setFont(QFont(title.font().family(), -1, QFont.Weight.Bold))
        detail = QLabel(dose)
        detail.setWordWrap(True)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.addWidget(title)
        cell_layout.addWidget(detail)
        grid.addWidget(cell, row, 0)
        for column, session in enumerate(SESSIONS, start=1):
            box = QCheckBox()
            box.setAccessibleName(f"{name}, {session}")
            grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignHCenter)
    return grid_widget


def today_page() -> QWidget:
    """The date, the instruction, two buttons, two notices and the checklist, in a scroll area."""
    page = QWidget()
    layout = QVBoxLayout(page)
    header = QHBoxLayout()
    words = QVBoxLayout()
    date = QLabel("Monday, November 30, 2026")
    date.setWordWrap(True)
    date_font = QFont(date.font())
    date_font.setPointSizeF(date_font.pointSizeF() * 2)
    date_font.setBold(True)
    date.setFont(date_font)
    words.addWidget(date)
    words.addWidget(QLabel("Tick each exercise when you have done it, or press Start to be guided."))
    header.addLayout(words, 1)
    buttons = QVBoxLayout()
    buttons.addWidget(QPushButton("I have a warning sign…"))
    buttons.addWidget(QPushButton("A day off…"))
    header.addLayout(buttons)
    layout.addLayout(header)
    layout.addWidget(notice("These are the clinic guide's exercises, shown as an example: nobody chose them "
                            "for you. Check with a physiotherapist before following them."))
    layout.addWidget(notice("Check-in (2 minutes): how well can you do the activities that are hard for you?"))
    layout.addWidget(checklist())
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll


def build_window() -> QMainWindow:
    """The main window: menus, the navigation list and the stack of views with Today showing."""
    window = QMainWindow()
    window.setWindowTitle("Exercises for back and neck")
    for menu_name, actions in (("&File", ("Open programme…", "Print…", "Quit")),
                               ("&View", ("Today", "History")), ("&Help", ("About",))):
        menu = window.menuBar().addMenu(menu_name)
        for text in actions:
            menu.addAction(QAction(text, window))
    navigation = QListWidget()
    nav_font = QFont(navigation.font())
    nav_font.setBold(True)
    navigation.setFont(nav_font)
    stack = QStackedWidget()
    for view in VIEWS:
        item = QListWidgetItem(view)
        item.setSizeHint(QSize(160, 56))
        navigation.addItem(item)
        stack.addWidget(today_page() if view == "Today" else QWidget())
    navigation.setFixedWidth(max(170, max(navigation.fontMetrics().horizontalAdvance(v) for v in VIEWS) + 44))
    navigation.setCurrentRow(0)
    body = QWidget()
    body_layout = QHBoxLayout(body)
    body_layout.addWidget(navigation)
    body_layout.addWidget(stack, 1)
    window.setCentralWidget(body)
    window.resize(WIDTH, HEIGHT)
    return window


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    return show_until_painted(app, build_window(), "qt_first_screen_window")


if __name__ == "__main__":
    sys.exit(main())
