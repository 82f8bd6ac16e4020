"""The user's preferences as plain data: validated, with defaults for anything missing or wrong.

Stored by the GUI in the settings file of the data folder; this module knows nothing of Qt,
so the rules (bounds, defaults, what a bad value becomes) are tested without a QApplication.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .first_start import START_CHOICES

log = logging.getLogger(__name__)

LANGUAGE_CHOICES = ("system", "en", "fr")
THEMES = ("light", "dark", "high-contrast")
PAPERS = ("letter", "a4")
HANDOUT_LAYOUTS = ("standard", "compact", "large")  # printing.handout_layout describes each
TEXT_SCALE_RANGE = (100, 200)
VOLUME_RANGE = (0, 100)
MAX_REMINDERS = 3
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


#: The clinic profile's keys in the settings file (each one line of text).
CLINIC_PROFILE_KEYS = ("clinic_name", "clinician", "clinic_phone", "clinic_address", "clinic_website", "clinic_logo")


@dataclass(frozen=True)
class ClinicProfile:
    """The physiotherapist's clinic, set once in Settings: filled into new programmes, and its logo
    (a PNG or SVG file) printed on page 1 of the handout."""

    name: str = ""
    clinician: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""
    logo: str = ""  # path of the logo file; '' for none


@dataclass(frozen=True)
class Preferences:
    """Everything the Settings dialog edits."""

    language: str = "system"  # 'system' follows the locale
    text_scale: int = 100  # percent of the system font size
    theme: str = "light"
    sound: bool = True
    voice: bool = False  # with sound on: speak the cues ("hold", "relax", "3, 2, 1") instead of beeps
    volume: int = 80  # percent
    reminder_times: tuple[str, ...] = ()  # "HH:MM", at most one per session of the day; empty = off
    paper: str = "letter"  # Canada's default
    start: str = ""  # how the user chose to start (first_start.START_CHOICES); '' = not asked yet
    handout_layout: str = "standard"  # the handout layout offered first: one of HANDOUT_LAYOUTS
    clinic: ClinicProfile = ClinicProfile()

    def to_mapping(self) -> dict[str, str]:
        """Plain strings for the settings file (keys under 'preferences/')."""
        return {
            "language": self.language, "text_scale": str(self.text_scale), "theme": self.theme,
            "sound": "true" if self.sound else "false", "voice": "true" if self.voice else "false",
            "volume": str(self.volume),
            "reminder_times": ",".join(self.reminder_times), "paper": self.paper, "start": self.start,
            "handout_layout": self.handout_layout,
            **{key: getattr(self.clinic, _profile_field(key)) for key in CLINIC_PROFILE_KEYS},
        }

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> Preferences:
        """Read stored values; a missing, unknown or out-of-range value becomes the default, with a log line."""
        default = cls()

        def choice(key: str, allowed: tuple[str, ...], fallback: str) -> str:
            value = str(values.get(key, fallback)).strip().lower()
            if value not in allowed:
                log.warning("setting %s=%r is not one of %s; using %r", key, value, allowed, fallback)
                return fallback
            return value

        def number(key: str, bounds: tuple[int, int], fallback: int) -> int:
            raw = values.get(key, fallback)
            try:
                value = int(str(raw).strip())
            except ValueError:
                log.warning("setting %s=%r is not a number; using %d", key, raw, fallback)
                return fallback
            if not bounds[0] <= value <= bounds[1]:
                log.warning("setting %s=%d is outside %s; using %d", key, value, bounds, fallback)
                return fallback
            return value

        sound_text = str(values.get("sound", "true")).strip().lower()
        if sound_text not in ("true", "false"):
            log.warning("setting sound=%r is not true/false; using true", sound_text)
        return cls(
            language=choice("language", LANGUAGE_CHOICES, default.language),
            text_scale=number("text_scale", TEXT_SCALE_RANGE, default.text_scale),
            theme=choice("theme", THEMES, default.theme),
            sound=sound_text != "false",
            voice=str(values.get("voice", "false")).strip().lower() == "true",
            volume=number("volume", VOLUME_RANGE, default.volume),
            reminder_times=parse_reminder_times(str(values.get("reminder_times", ""))),
            paper=choice("paper", PAPERS, default.paper),
            start=choice("start", ("", *START_CHOICES), default.start),
            handout_layout=choice("handout_layout", HANDOUT_LAYOUTS, default.handout_layout),
            clinic=ClinicProfile(**{_profile_field(key): _one_line(values.get(key)) for key in CLINIC_PROFILE_KEYS}),
        )


def _profile_field(key: str) -> str:
    """The ClinicProfile field of a settings key: 'clinic_phone' → 'phone', 'clinician' → 'clinician'."""
    return key.removeprefix("clinic_") if key != "clinician" else key


def _one_line(value: object) -> str:
    """A stored text on one line, without control characters, at most 200 characters."""
    if not isinstance(value, str):
        return ""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())[:200]


def parse_reminder_times(text: str) -> tuple[str, ...]:
    """'8:00, 19:30' → ('08:00', '19:30'): sorted, without duplicates; bad entries are dropped with a log line."""
    times: set[str] = set()
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        match = _TIME.match(part)
        if not match:
            log.warning("reminder time %r is not HH:MM; ignored", part)
            continue
        times.add(f"{int(match.group(1)):02d}:{match.group(2)}")
    ordered = tuple(sorted(times))
    if len(ordered) > MAX_REMINDERS:
        log.warning("at most %d reminder times; keeping %s", MAX_REMINDERS, ordered[:MAX_REMINDERS])
    return ordered[:MAX_REMINDERS]
