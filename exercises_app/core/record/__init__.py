"""The patient's record: an append-only journal (``store``), the day state derived from it (``days``),
the one service through which the app writes it (``service``), figures (``figures``) and export
(``export``). See docs/record.md."""
