"""Accent- and case-insensitive matching, so 'etirement' finds 'Étirement'."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents and dashes variants for forgiving search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("–", "-").replace("—", "-").replace("’", "'")
