"""Every key of the settings file, declared once with what it holds and its default.

The preferences the Settings dialog edits are ``core/preferences.py``'s, kept under ``PREFERENCES``
(each field's default and choices are declared there); the keys below are the window's own memory.
"""
from __future__ import annotations

PREFERENCES = "preferences"  # group: one key per Preferences field (core/preferences.py)
WINDOW_GEOMETRY = "window/geometry"  # the main window's geometry; default: 1280×800
WINDOW_VIEW = "window/view"  # the view shown when the app closed; default: "today"
LIBRARY_EXERCISE = "library/exercise"  # the exercise selected in the Library; default: the first
LAST_FOLDER = "files/last_folder"  # default: the home folder (also when the folder is gone)
RECENT_PROGRAMMES = "files/recent_programmes"  # default: none; at most RECENT_LIMIT paths, newest first
REMINDERS_LAST_CHECK = "reminders/last_check"  # when the reminders last looked; default: never
