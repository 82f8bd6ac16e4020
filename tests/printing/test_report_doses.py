"""The report's dose over time: an exercise with a progression gets a chart and a caption on the
page, the exercise table says the dose in force, and an exercise without one gets nothing."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pdf_reading import pdf_pages

from exercises_app.core.clock import FakeClock
from exercises_app.core.dose_progression import DoseProgression
from exercises_app.core.library import Dose
from exercises_app.core.prescription import PrescribedExercise, Prescription
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.text import Text
from exercises_app.printing import build_report, write_report_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
START = dt.date(2025, 3, 3)
TILT = PrescribedExercise.of("pelvic-tilt", Text("Pelvic tilt", "Bascule du bassin"),
                             Dose(1, 10, 5, None, 30, False, 1),
                             progression=DoseProgression("reps", by=2, up_to=14, every_days=3))
BRIDGE = PrescribedExercise.of("glute-bridge", Text("Glute bridge", "Pont fessier"), Dose(1, 8, 5, None, 30, False, 1))


@pytest.fixture
def report_pdf(tmp_path: Path) -> tuple[Path, object]:
    clock = FakeClock(start=dt.datetime(2025, 3, 3, 8, tzinfo=dt.UTC))
    with RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store as store:
        service = RecordService(store, clock)
        service.use_prescription(Prescription("low-back", 1, "Low back", 1, 7, (TILT, BRIDGE)), START)
        for day in range(14):
            on = START + dt.timedelta(days=day)
            clock.advance((dt.datetime.combine(on, dt.time(8), dt.UTC) - clock.now()).total_seconds())
            for proposal in service.dose_proposals(on, 1):
                service.answer(on, 1, proposal, day != 6)  # the second proposal is declined
            for exercise in service.session(on, 1).prescribed:
                service.tick(on, 1, exercise.exercise_id)
            service.rate_pain(on, 1, 3)
        report = build_report(service, START, START + dt.timedelta(days=13), START + dt.timedelta(days=14))
    out = tmp_path / "report.pdf"
    write_report_pdf(report, None, out, lang="en", paper="letter")
    return out, report


def test_the_dose_over_time_is_on_the_page(report_pdf: tuple[Path, object]) -> None:
    out, report = report_pdf
    [line] = report.doses  # type: ignore[attr-defined]
    assert line.exercise_id == "pelvic-tilt" and [p.in_force for p in line.points][-1] == 14
    assert [(s.on.day, s.accepted) for s in line.steps] == [(6, True), (9, False), (12, True)]
    text = " ".join(pdf_pages(out)).replace("\u00a0", " ")
    assert "Dose over time" in text
    assert "Pelvic tilt · repetitions · +2 reps every 3 days, up to 14 reps" in text
    assert "Steps proposed: 3 (up 3, down 0); accepted 2, declined 1" in text
    assert "(now 14 reps)" in text
    assert "Glute bridge · repetitions" not in text
