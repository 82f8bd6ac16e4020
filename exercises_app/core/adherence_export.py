"""CSV export of the adherence record, for a spreadsheet or the physiotherapist.

One row per exercise per session: ``date, session, exercise_id, exercise_name, status,
sets_done, sets_prescribed, pain, note, red_flag``. UTF-8 with a byte-order mark so spreadsheet
programs show accents; ISO dates; column names and status words are fixed English tokens (the
exercise name is in the chosen language). Choices:
- status is 'done', 'partial' or 'skipped' as recorded, or 'missed' for an exercise prescribed
  for a session of a *past* day (before ``today``) that has no record. Today's unticked exercises
  and future days get no invented rows; a recorded day after ``today`` is still exported as is.
- pain, note and red flag are the session's, repeated on each of its rows; a session with a
  report but no exercise row gets one row with empty exercise columns, so no report is lost.
- red_flag is empty when none was reported, otherwise 'yes' or the text given for it.
- an exercise's name comes from the prescription snapshot of that day, else from ``names``,
  else its id.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from .adherence import AdherenceStore
from .adherence_records import DayRecord, SessionRecord
from .text import Text

CSV_COLUMNS: tuple[str, ...] = (
    "date", "session", "exercise_id", "exercise_name", "status",
    "sets_done", "sets_prescribed", "pain", "note", "red_flag",
)
MISSED = "missed"


def parse_iso_date(text: str, what: str = "date") -> dt.date:
    """A ``YYYY-MM-DD`` argument (e.g. ``--from``/``--to``) as a date, with a readable error."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} must be a date written YYYY-MM-DD, not {text!r}") from None


def csv_rows(days: Iterable[DayRecord], today: dt.date, lang: str,
             names: Mapping[str, Text] | None = None) -> list[list[str]]:
    """The export's data rows (without the header), oldest first."""
    rows: list[list[str]] = []
    for day in days:
        day_names = {**(names or {}), **({e.exercise_id: e.name for e in day.prescription.exercises}
                                          if day.prescription else {})}
        for session in day.sessions:
            rows.extend(_session_rows(day.on, session, day.on < today, lang, day_names))
    return rows


def _session_rows(on: dt.date, session: SessionRecord, is_past: bool, lang: str,
                  names: Mapping[str, Text]) -> list[list[str]]:
    report = session.report
    pain = "" if report is None or report.pain is None else str(report.pain)
    note = report.note if report else ""
    red_flag = "" if report is None or report.red_flag is None else (report.red_flag or "yes")

    def name(exercise_id: str) -> str:
        text = names.get(exercise_id)
        return text.get(lang) if text else exercise_id

    rows = []
    recorded = {t.exercise_id for t in session.ticks}
    prescribed_ids = [e.exercise_id for e in session.prescribed]
    missing = {e.exercise_id: e for e in session.prescribed if is_past and e.exercise_id not in recorded}
    order = prescribed_ids + sorted(recorded - set(prescribed_ids))
    for exercise_id in order:
        tick = session.tick(exercise_id)
        if tick is not None:
            rows.append([on.isoformat(), str(session.slot), exercise_id, name(exercise_id), tick.status,
                         str(tick.sets_done), str(tick.sets_prescribed), pain, note, red_flag])
        elif exercise_id in missing:
            rows.append([on.isoformat(), str(session.slot), exercise_id, name(exercise_id), MISSED,
                         "0", str(missing[exercise_id].sets), pain, note, red_flag])
    if not rows and report is not None:
        rows.append([on.isoformat(), str(session.slot), "", "", "", "", "", pain, note, red_flag])
    return rows


def write_csv(days: Iterable[DayRecord], out: TextIO, today: dt.date, lang: str,
              names: Mapping[str, Text] | None = None) -> int:
    """Write the BOM, header and rows to a text stream opened with ``newline=''``; return the row count."""
    rows = csv_rows(days, today, lang, names)
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return len(rows)


def export_csv(store: AdherenceStore, target: Path, start: dt.date, end: dt.date, today: dt.date,
               lang: str, names: Mapping[str, Text] | None = None) -> int:
    """Export the dates ``start``..``end`` (inclusive) to the file ``target``; return the row count.

    The file is written beside the target and renamed over it once complete.
    """
    days = store.records(start, end)
    partial = target.with_name(target.name + ".part")
    with partial.open("w", encoding="utf-8", newline="") as out:
        count = write_csv(days, out, today, lang, names)
    partial.replace(target)
    return count
