"""Printed output: writers that paint documents on a QPdfWriter or QPrinter, with no dialogs.

``programme_pdf`` builds a programme's handout (illustrations, doses, safety advice and a
weekly tick sheet); ``report_pdf`` the physiotherapist's follow-up report, from the figures
``report_data.build_report`` gathers. Print previews and the command line call them.
"""
from .programme_pdf import PAPERS, ProgrammeDocument, write_programme_pdf
from .report_data import ReportData, build_report
from .report_pdf import ReportDocument, write_report_pdf

__all__ = ["PAPERS", "ProgrammeDocument", "ReportData", "ReportDocument", "build_report", "write_programme_pdf",
           "write_report_pdf"]
