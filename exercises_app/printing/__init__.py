"""Printed output: writers that paint documents on a QPdfWriter or QPrinter, with no dialogs.

``programme_pdf`` builds a programme's handout (illustrations, doses, safety advice and a
weekly tick sheet); print previews and the command line call it.
"""
from .programme_pdf import PAPERS, ProgrammeDocument, write_programme_pdf

__all__ = ["PAPERS", "ProgrammeDocument", "write_programme_pdf"]
