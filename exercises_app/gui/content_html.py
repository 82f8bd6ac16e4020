"""Small HTML builders for showing bilingual content in Qt rich-text labels (always escaped)."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..core.text import Text


def heading(title: str, level: int = 3) -> str:
    return f"<h{level}>{escape(title)}</h{level}>"


def paragraph(text: Text, lang: str) -> str:
    return f"<p>{escape(text.get(lang))}</p>"


def bullet_list(items: Iterable[Text], lang: str, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{escape(item.get(lang))}</li>" for item in items)
    return f"<{tag}>{body}</{tag}>"


def strong_paragraph(text: Text, lang: str) -> str:
    return f"<p><b>{escape(text.get(lang))}</b></p>"


def labelled_paragraph(label: str, text: Text, lang: str) -> str:
    return f"<p><b>{escape(label)}</b> {escape(text.get(lang))}</p>"
