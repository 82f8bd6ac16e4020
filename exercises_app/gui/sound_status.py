"""What the screen says when this computer cannot play the sound cues (Settings and the session share it)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sound_unavailable_text() -> str:
    """Why there is no sound, and what happens instead."""
    return QCoreApplication.translate(
        "SoundStatus",
        "Sound is not available: no sound player (pw-play, paplay or aplay) was found on this computer. "
        "Every cue also flashes on screen.")
