"""CSV export of the record, for a spreadsheet or the physiotherapist (see docs/record.md).

Two exports, both UTF-8 with a byte-order mark (so spreadsheet programs show accents), ISO dates and
fixed English column names and status words:

- **by exercise** (``write_csv``): one row per exercise per session, columns ``CSV_COLUMNS``.
  status is 'done', 'partial', 'skipped' or 'not_reached' as derived from the journal (the best
  result since the latest untick), or 'missed' for an exercise prescribed for a session of a *past*
  day (before ``today``) with nothing recorded ('excused' when that day was a day off). Today's
  unticked exercises and future days get no invented rows. The dose prescribed and the exercise's
  name (in the export's language) come from the prescription that session followed. pain is the
  session's latest rating; note holds every note (one per line); red_flag the signs reported and
  not withdrawn, in the export's language. A session with a report but no exercise row gets one row
  with empty exercise columns. The dose columns hold the dose in force, which a step accepted
  within the programme's progression may have changed: dose_step then says from what, for example
  'reps 10 -> 12' (empty when the dose is the programme's own).
- **the journal itself** (``write_events``): one row per entry, ``EVENT_COLUMNS``.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a
leading ``'`` so that a spreadsheet shows it as text and does not run it as a formula.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from ..dose_progression import value_of
from ..library import Safety
from ..prescription import PrescribedExercise
from ..red_flags import flag_words
from .days import DayRecord, SessionRecord
from .journal import Entry
from .store import RecordStore

CSV_COLUMNS: tuple[str, ...] = (
    "date", "session", "exercise_id", "exercise_name", "status",
    "sets_done", "sets_prescribed", "pain", "note", "red_flag",
    "reps_prescribed", "hold_s_prescribed", "tempo_s_prescribed", "side", "reps_done", "minutes_prescribed",
    "dose_step",
)
EVENT_COLUMNS: tuple[str, ...] = (
    "entry", "recorded_at", "date", "session", "kind", "exercise_id", "attempt", "status", "sets_done",
    "sets_prescribed", "reps_done", "pain", "text", "refers", "prescription_id", "details",
)
MISSED = "missed"
EXCUSED = "excused"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def parse_iso_date(text: str, what: str = "date") -> dt.date:
    """A ``YYYY-MM-DD`` argument (e.g. ``--from``/``--to``) as a date, with a readable error."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} must be a date written YYYY-MM-DD, not {text!r}") from None


def safe_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text (a leading ' before what could start a formula)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def csv_rows(days: Iterable[DayRecord], today: dt.date, lang: str, safety: Safety | None = None) -> list[list[str]]:
    """The export's data rows (without the header), oldest first."""
    rows: list[list[str]] = []
    for day in days:
        for session in day.sessions:
            rows.extend(_session_rows(day.on, session, day.on < today, lang, safety, day.excused is not None))
    return rows


def _step_cell(prescribed: PrescribedExercise | None) -> str:
    """'reps 10 -> 12' when the dose in force is a step from the programme's, else ''."""
    if prescribed is None or not prescribed.stepped or prescribed.progression is None:
        return ""
    field = prescribed.progression.field
    before = value_of(prescribed.as_prescribed, field) if prescribed.as_prescribed else None
    after = value_of(prescribed.dose, field) if prescribed.dose else None
    return f"{field} {before} -> {after}"


def _dose_cells(prescribed: PrescribedExercise | None) -> tuple[list[str], str]:
    """(reps, hold, tempo and side prescribed; minutes prescribed), empty where the record does not
    know them or they do not apply (an activity in minutes has no repetitions)."""
    dose = prescribed.dose if prescribed else None
    if prescribed is None or dose is None:
        return ["", "", "", ""], ""
    if dose.minutes is not None:
        return ["", "", "", ""], str(dose.minutes)
    side = prescribed.side if dose.per_side and prescribed.side != "both" else ("each" if dose.per_side else "")
    return [str(dose.reps), str(dose.hold_s or ""), str(dose.tempo_s or ""), side], ""


def _session_rows(on: dt.date, session: SessionRecord, is_past: bool, lang: str,
                  safety: Safety | None, excused: bool = False) -> list[list[str]]:
    report = session.report
    pain = "" if report is None or report.pain is None else str(report.pain)
    note = report.note if report else ""
    red_flag = ("; ".join(w for f in report.red_flags for w in (flag_words(f, safety, lang) or ["yes"]))
                if report else "")
    prescribed = {e.exercise_id: e for e in session.prescribed}
    names = {**{e.exercise_id: e.name for e in (session.prescription.exercises if session.prescription else ())},
             **{e.exercise_id: e.name for e in session.prescribed}}

    def name(exercise_id: str) -> str:
        text = names.get(exercise_id)
        return text.get(lang) if text else exercise_id

    rows = []
    recorded = {t.exercise_id for t in session.ticks}
    order = list(prescribed) + sorted(recorded - set(prescribed))
    for exercise_id in order:
        tick = session.tick(exercise_id)
        entry = prescribed.get(exercise_id)
        if tick is not None:
            cells = [tick.status, str(tick.sets_done), str(tick.sets_prescribed)]
            reps_done = "" if tick.reps_done is None else str(tick.reps_done)
        elif is_past and entry is not None:
            cells, reps_done = [EXCUSED if excused else MISSED, "0", str(entry.sets)], "0"
        else:
            continue
        dose_cells, minutes = _dose_cells(entry)
        rows.append([on.isoformat(), str(session.slot), exercise_id, name(exercise_id), *cells, pain, note, red_flag,
                     *dose_cells, reps_done, minutes, _step_cell(entry)])
    if not rows and report is not None:
        rows.append([on.isoformat(), str(session.slot), "", "", "", "", "", pain, note, red_flag, *[""] * 7])
    return rows


def _write(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
        count += 1
    return count


def write_csv(days: Iterable[DayRecord], out: TextIO, today: dt.date, lang: str, safety: Safety | None = None) -> int:
    """Write the BOM, header and rows to a text stream opened with ``newline=''``; return the row count."""
    return _write(out, CSV_COLUMNS, csv_rows(days, today, lang, safety))


def event_rows(entries: Iterable[Entry]) -> Iterable[list[str]]:
    """The journal's entries as rows of ``EVENT_COLUMNS`` (each cell as text, whatever a damaged row holds)."""
    for e in entries:
        details = ""
        if e.data:
            try:
                details = json.dumps(json.loads(e.data), ensure_ascii=False, sort_keys=True)
            except (ValueError, TypeError):
                details = _text(e.data)
        yield [_text(e.id), _text(e.at), _text(e.on), _text(e.slot), _text(e.kind), _text(e.exercise_id),
               _text(e.attempt), _text(e.status), _text(e.sets_done), _text(e.sets_prescribed), _text(e.reps_done),
               _text(e.pain), _text(e.text), _text(e.refers), _text(e.prescription_id), details]


def write_events(entries: Iterable[Entry], out: TextIO) -> int:
    """Write the journal itself (BOM, header, one row per entry); return the row count."""
    return _write(out, EVENT_COLUMNS, event_rows(entries))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):  # a damaged file may hold bytes where text belongs
        return value.decode("utf-8", "replace")
    return str(value)


def export_csv(store: RecordStore, target: Path, start: dt.date, end: dt.date, today: dt.date,
               lang: str, safety: Safety | None = None, events: bool = False) -> int:
    """Export the dates ``start``..``end`` (or, with ``events``, the whole journal) to the file
    ``target``; return the row count. The file is written beside the target and renamed over it
    once complete; nothing is left behind when that fails."""
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; give a file name")
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            if events:
                count = write_events(store.journal(), out)
            else:
                count = write_csv(store.records(start, end), out, today, lang, safety)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
