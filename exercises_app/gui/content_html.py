"""Small HTML builders for showing bilingual content in Qt rich-text labels (always escaped).

Text from a file (library, programme, record) is plain text: a label that shows it alone is set to
``Qt.TextFormat.PlainText``; where it goes into rich text it is escaped here; a tooltip or a message
box, which Qt reads as rich text whenever it looks like markup, goes through :func:`plain_as_rich_text`.
Views escape with :func:`escape` from here, not ``html.escape``: the ``html`` module loads its table
of 2,231 named entities (for unescaping, which the app never does) at start-up.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import Qt

from ..core.text import Text

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` with the characters that are markup in rich text (``& < > " '``) escaped, as
    ``html.escape`` does."""
    return text.translate(_ESCAPES)


def plain_as_rich_text(text: str) -> str:
    """``text`` for a tooltip or a message box, shown as written (Qt would render ``<b>`` in it as
    bold); lines are kept."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


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
