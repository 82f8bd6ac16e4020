"""Charts painted with QPainter, the same routine on screen and on paper.

Each chart is drawn by one function that takes the data, a style (colours, pen widths, fonts,
spacing) and the words; the History view and the printed report each build their own style and
words and call it. Nothing here imports ``gui`` or ``printing``: only ``core`` and QtGui.
"""
