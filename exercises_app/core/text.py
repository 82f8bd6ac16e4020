"""Bilingual text: every content string carries English and French."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .search import fold

LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT_LANGUAGE = "en"


def normalise_language(lang: str | None) -> str:
    """Map a locale name such as ``fr_CA`` or ``en-US`` to a supported language code."""
    code = (lang or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Text:
    """A string in English and French."""

    en: str
    fr: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` (falls back to English for an unknown code)."""
        return self.fr if normalise_language(lang) == "fr" else self.en

    def matches(self, needle: str) -> bool:
        """True when the folded ``needle`` occurs in either language."""
        return needle in fold(self.en) or needle in fold(self.fr)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language from the POSIX locale variables (LC_ALL, LC_MESSAGES, LANG)."""
    import os

    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return normalise_language(env[name])
    return DEFAULT_LANGUAGE
