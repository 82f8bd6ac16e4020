"""Spoken cues through the platform's own speech, without extra Qt modules.

Found like the sound players (``audio.py``): speech-dispatcher's ``spd-say`` or ``espeak-ng`` on
Linux, ``say`` on macOS, the Windows speech API through PowerShell. Each phrase is started in the
background and never waited for, so speech cannot delay the session's timer; with no engine the
voice option is greyed and the beeps stay.
"""
from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable

from .audio import Launcher, _launch

log = logging.getLogger(__name__)

_WINDOWS_SAY = ("Add-Type -AssemblyName System.Speech; "
                "(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak({text})")


def speech_command(text: str, lang: str, engine: str) -> list[str]:
    """The command line that says ``text`` in ``lang`` with ``engine`` (the program found)."""
    if engine == "spd-say":
        return ["spd-say", "-l", lang, "--", text]
    if engine in ("espeak-ng", "espeak"):
        return [engine, "-v", lang, "--", text]
    if engine == "say":
        return ["say", "--", text]
    quoted = "'" + text.replace("'", "''") + "'"  # a PowerShell string that expands nothing
    return ["powershell", "-NoProfile", "-Command", _WINDOWS_SAY.format(text=quoted)]


class Speaker:
    """Says a phrase in the background; never raises, never waits."""

    ENGINES: tuple[str, ...] = ("spd-say", "espeak-ng", "espeak", "say", "powershell")

    def __init__(self, lang: str, launcher: Launcher = _launch,
                 which: Callable[[str], str | None] = shutil.which, platform: str = sys.platform) -> None:
        self.lang = lang
        self.enabled = True
        self._launch = launcher
        candidates = [e for e in self.ENGINES if (e != "powershell" or platform == "win32")
                      and (e != "say" or platform == "darwin")]
        self.engine = next((e for e in candidates if which(e)), None)
        if self.engine is None:
            log.info("no speech engine found (spd-say, espeak-ng, say): the voice option is off")

    @property
    def available(self) -> bool:
        return self.engine is not None

    def say(self, text: str) -> bool:
        """Start saying ``text``; False when off, unavailable or failed."""
        if not self.enabled or self.engine is None or not text:
            return False
        try:
            self._launch(speech_command(text, self.lang, self.engine))
        except OSError as exc:
            log.warning("could not speak: %s", exc)
            self.engine = None
            return False
        return True


__all__ = ["Speaker", "speech_command"]
