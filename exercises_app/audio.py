"""Cue sounds played through the desktop's own sound player, without extra Qt modules.

QtMultimedia lives in the heavy PySide6-Addons wheel, so the app plays its short WAV cues with
the first of PipeWire's ``pw-play``, PulseAudio's ``paplay`` or ALSA's ``aplay`` that exists.
With none of them (a server, a container) or no sound device, the app stays silent and works:
every cue also has a visual flash on screen.
"""
from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

CUE_NAMES = ("move", "relax", "countdown", "done")
PLAYERS: tuple[tuple[str, ...], ...] = (("pw-play",), ("paplay",), ("aplay", "-q"))

Launcher = Callable[[Sequence[str]], object]


def _launch(command: Sequence[str]) -> object:
    import subprocess  # only once a cue plays: not needed to start

    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class CuePlayer:
    """Plays a named cue once, in the background; never raises."""

    def __init__(self, sounds_dir: Path, muted: bool = False, launcher: Launcher = _launch,
                 which: Callable[[str], str | None] = shutil.which, volume: int = 80) -> None:
        self.sounds_dir = sounds_dir
        self.muted = muted
        self.volume = volume  # percent; pw-play and paplay honour it, aplay plays at the system volume
        self._launch = launcher
        self._player = next((list(p) for p in PLAYERS if which(p[0])), None)
        if self._player is None:
            log.info("no sound player found (pw-play, paplay, aplay): cues are visual only")

    @property
    def available(self) -> bool:
        """True when a sound player was found."""
        return self._player is not None

    def _volume_options(self) -> list[str]:
        level = max(0, min(100, self.volume))
        if self._player and self._player[0] == "pw-play":
            return [f"--volume={level / 100:.2f}"]
        if self._player and self._player[0] == "paplay":
            return [f"--volume={int(65536 * level / 100)}"]
        return []

    def play(self, cue: str) -> bool:
        """Start playing ``cue``; False when muted, unavailable or failed."""
        if self.muted or self._player is None or cue not in CUE_NAMES:
            return False
        try:
            self._launch([*self._player, *self._volume_options(), str(self.sounds_dir / f"{cue}.wav")])
        except OSError as exc:
            log.warning("could not play %s: %s", cue, exc)
            self._player = None
            return False
        return True
