"""The follow-up report: its figures are the History view's, its words the patient's, its chart a vector."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pdf_reading import page_points, pdf_info, pdf_pages

from exercises_app.config import AppPaths
from exercises_app.core.clock import FakeClock
from exercises_app.core.library import Library, load_library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.core.record.figures import pain_baseline, streaks, weekly_adherence
from exercises_app.core.record.service import RecordService
from exercises_app.core.record.store import RecordStore
from exercises_app.core.red_flags import red_flag_signs
from exercises_app.core.session_results import ExerciseResult
from exercises_app.printing import ReportDocument, build_report, write_report_pdf
from exercises_app.printing.report_data import gather_report
from exercises_app.printing.report_pdf import shorten

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

MONTREAL = ZoneInfo("America/Montreal")
START = dt.date(2025, 3, 3)  # a Monday
END = dt.date(2025, 3, 23)  # the Sunday three weeks later
TODAY = dt.date(2025, 3, 24)  # the follow-up visit
MISSING = "missing"
FEVER = "Fever together with back pain."

# What happened, session by session: None = every exercise done, MISSING = nothing recorded,
# {exercise: status} = done except those. Session 1 is tilt, bridge and cobra; session 2 tilt and bridge.
# Sessions done by hand: week 1 = 2+1+1+0+2+1+1 = 8, week 2 = 2+2+1+2+1+2+1 = 11, week 3 = 2+2+2+1+2+2+1 = 12.
PLAN: dict[dt.date, tuple[object, object]] = {
    dt.date(2025, 3, 3): (None, None),
    dt.date(2025, 3, 4): (None, MISSING),
    dt.date(2025, 3, 5): ({"cobra": "skipped"}, None),
    dt.date(2025, 3, 6): (MISSING, MISSING),
    dt.date(2025, 3, 7): (None, None),
    dt.date(2025, 3, 8): (None, {"glute-bridge": "partial"}),
    dt.date(2025, 3, 9): ({"cobra": "skipped"}, None),
    dt.date(2025, 3, 10): (None, None),
    dt.date(2025, 3, 11): (None, None),
    dt.date(2025, 3, 12): ({"cobra": "skipped"}, None),
    dt.date(2025, 3, 13): (None, None),
    dt.date(2025, 3, 14): (None, MISSING),
    dt.date(2025, 3, 15): (None, None),
    dt.date(2025, 3, 16): ({"cobra": "partial"}, None),
    dt.date(2025, 3, 17): (None, None),
    dt.date(2025, 3, 18): (None, None),
    dt.date(2025, 3, 19): (None, None),
    dt.date(2025, 3, 20): ({"cobra": "skipped"}, None),
    dt.date(2025, 3, 21): (None, None),
    dt.date(2025, 3, 22): (None, None),
    dt.date(2025, 3, 23): (None, MISSING),
}
# Morning pain: 6 at first (baseline: median of 6,6,7,6,5,6,5 = 6), 8 on 12 March (the rise), 4 at the end.
PAIN = dict(zip(
    [d for d in PLAN if d != dt.date(2025, 3, 6)],
    [6, 6, 7, 6, 5, 6, 5, 5, 8, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4],
))
NOTES = {
    (dt.date(2025, 3, 4), 1): "Raideur au réveil, ça va mieux après les bascules.",
    (dt.date(2025, 3, 12), 1): "Déménagement chez ma fille : grosse journée, élancements dans la jambe.",
    (dt.date(2025, 3, 20), 2): "Très bien aujourd’hui — marché 30 minutes, pas d’engourdissement.",
}
RED_FLAG_DAY = dt.date(2025, 3, 14)


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> AppPaths:
    return AppPaths(data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def library(paths: AppPaths) -> Library:
    return load_library(paths.bundled_library, paths.assets_dir)


def programme_for(library: Library) -> Programme:
    def entry(exercise_id: str, times: int) -> ProgrammeExercise:
        exercise = library.get(exercise_id)
        assert exercise is not None
        return ProgrammeExercise(exercise_id, replace(exercise.dose, times_per_day=times))

    return Programme(
        programme_id="elise-lumbar", version=2, title="Programme lombaire", language="fr",
        patient="Élise Côté-Bérubé", clinician="Luc Gagnon, pht", clinic=Clinic("Clinique Saint-Laurent"),
        sessions_per_day=2, days_per_week=7,
        exercises=(entry("pelvic-tilt", 2), entry("glute-bridge", 2), entry("cobra", 1)),
    )


def record(store: RecordService, library: Library, programme: Programme) -> None:
    """The plan above, session by session, as the app records it (a guided session, then its report)."""
    store.use_prescription(programme.to_prescription(library), START)
    fever = next(sign for sign in library.safety.signs if sign.get("en") == FEVER)
    for on, sessions in PLAN.items():
        prescription = store.prescription_on(on)
        assert prescription is not None
        for slot, plan in enumerate(sessions, start=1):
            at = dt.datetime.combine(on, dt.time(8 if slot == 1 else 19), MONTREAL)
            attempt = None
            if plan != MISSING:
                changes = plan or {}
                attempt = store.start_session(on, slot)
                for exercise in prescription.exercises_for_session(slot):
                    status = changes.get(exercise.exercise_id, "done")
                    done = exercise.sets if status == "done" else 0
                    store.record_result(on, slot, attempt, ExerciseResult(
                        exercise.exercise_id, status, done, exercise.sets, at, at, 10 * done))
                store.end_session(on, slot, attempt, "finished" if not changes else "ended_early")
            pain = PAIN.get(on) if slot == 1 and plan != MISSING else None
            store.report_session(on, slot, attempt, pain, NOTES.get((on, slot), ""))
            if (on, slot) == (RED_FLAG_DAY, 2):
                store.report_red_flag(on, (fever,), "en", slot=slot)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, library: Library):
    """The record, written through the service the app uses."""
    clock = FakeClock(start=dt.datetime.combine(START, dt.time(8), MONTREAL))
    service = RecordService(RecordStore.open(tmp_path_factory.mktemp("record") / "adherence.sqlite3",
                                             clock=clock).store, clock)
    record(service, library, programme_for(library))
    yield service
    service.store.close()


@pytest.fixture(scope="module")
def report(store: RecordService, library: Library):
    return build_report(store, START, END, TODAY, programme=programme_for(library))


@pytest.fixture(scope="module")
def english_pdf(qapp, report, library: Library, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("en") / "report.pdf"
    return out, write_report_pdf(report, library, out, lang="en", paper="letter")


@pytest.fixture(scope="module")
def french_pdf(qapp, report, library: Library, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("fr") / "rapport.pdf"
    return out, write_report_pdf(report, library, out, lang="fr", paper="a4")


PAPER_POINTS = {"letter": (612, 792), "a4": (595, 842)}


def content_streams(path: Path) -> list[bytes]:
    """Every stream of the PDF, inflated when compressed."""
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", path.read_bytes(), re.DOTALL):
        try:
            streams.append(zlib.decompress(match.group(1)))
        except zlib.error:
            streams.append(match.group(1))
    return streams


def assert_inside_and_apart(document: ReportDocument) -> None:
    """Every placed piece lies inside the content rectangle, and no two pieces on a page overlap."""
    content = document.content_rect.adjusted(-0.01, -0.01, 0.01, 0.01)
    placements = document.placements()
    for placed in placements:
        assert content.contains(placed.rect), (placed.block, placed.page, placed.rect, content)
    for page in range(document.page_count()):
        rects = [p.rect for p in placements if p.page == page]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                overlap = a.intersected(b)
                assert overlap.height() < 0.01 or overlap.width() < 0.01, (page, a, b)


def text_of(path: Path) -> str:
    return " ".join(pdf_pages(path)).replace("\u00a0", " ")


# -- the figures: the History view's functions, checked by hand ------------------------------------
def test_weekly_figures_are_weekly_adherence_of_the_same_days(store: RecordService, report):
    expected = weekly_adherence(store.records(START, END))
    assert [w.figure for w in report.weeks] == expected
    assert [(w.done, w.prescribed) for w in expected] == [(8, 14), (11, 14), (12, 14)]  # by hand, see PLAN
    assert (report.sessions_done, report.sessions_prescribed) == (31, 42)


def test_streaks_and_baseline_are_the_history_views(store: RecordService, report):
    days = store.records(store.first_day(), END)
    assert report.streaks == streaks(days, END)
    assert (report.streaks.current, report.streaks.longest) == (17, 17)  # 7 to 23 March; nothing done on the 6th
    assert report.baseline == pain_baseline(days) == 6.0
    assert report.latest_pain == (END, 4.0)
    assert report.recent_ratings == (4, 4, 4)


def test_per_exercise_counts_and_the_most_skipped(report):
    counts = {e.exercise_id: e for e in report.exercises}
    assert [e.exercise_id for e in report.exercises] == ["pelvic-tilt", "glute-bridge", "cobra"]
    cobra = counts["cobra"]  # session 1 only: 21 sessions; skipped 4, partial 1, nothing on 6 March
    assert (cobra.prescribed, cobra.done, cobra.partial, cobra.skipped, cobra.not_recorded) == (21, 15, 1, 4, 1)
    bridge = counts["glute-bridge"]  # both sessions: 42; partial on 8 March; 5 sessions without a record
    assert (bridge.prescribed, bridge.done, bridge.partial, bridge.skipped, bridge.not_recorded) == (42, 36, 1, 0, 5)
    assert [e.exercise_id for e in report.most_skipped()] == ["cobra"]  # the bridge was only cut short


def test_flags_and_notes(report):
    assert [f.on for f in report.pain_flags] == [dt.date(2025, 3, 12)]
    assert report.pain_flags[0].highest == 8
    assert [(f.on, f.slot, f.flag.which) for f in report.red_flags] == [(RED_FLAG_DAY, 2, FEVER)]
    assert [(f.flag.sign_ids, f.flag.level) for f in report.red_flags] == [(("fever",), "urgent")]
    assert report.warning is not None and report.warning.red_flags and report.warning.pain_rise is None
    assert [(n.on, n.slot) for n in report.notes] == sorted(NOTES, reverse=True)  # most recent first


def test_a_period_cut_mid_week_counts_only_its_days(store: RecordService, library: Library):
    start = dt.date(2025, 3, 5)
    cut = build_report(store, start, END, TODAY, programme=programme_for(library))
    assert [w.figure for w in cut.weeks] == weekly_adherence(store.records(start, END))
    assert (cut.weeks[0].first, cut.weeks[0].last) == (start, dt.date(2025, 3, 9))
    assert cut.baseline == 6.0  # still the record's first rated days
    assert cut.first_day == START


def test_days_after_today_are_left_out(store: RecordService, library: Library):
    early = build_report(store, START, dt.date(2025, 4, 30), dt.date(2025, 3, 12), programme=programme_for(library))
    assert early.as_of == dt.date(2025, 3, 12)
    assert early.weeks[-1].so_far
    assert early.weeks[-1].figure == weekly_adherence(store.records(dt.date(2025, 3, 10), dt.date(2025, 3, 12)))[0]
    assert early.latest_pain == (dt.date(2025, 3, 12), 8.0)


def test_red_flags_are_worded_in_the_reports_language(library: Library):
    assert red_flag_signs(FEVER, library.safety, "fr") == (["Fièvre accompagnée de mal de dos."], "urgent")
    both = "Douleur, faiblesse ou engourdissement dans les deux jambes.; " + FEVER
    signs, level = red_flag_signs(both, library.safety, "en")
    assert level == "emergency" and signs[1] == FEVER
    assert red_flag_signs("", library.safety, "en") == ([], "urgent")
    assert red_flag_signs("my own words", None, "en") == (["my own words"], "urgent")


# -- the English Letter report ---------------------------------------------------------------------
def test_english_letter_is_at_most_two_letter_pages(english_pdf):
    path, count = english_pdf
    assert 1 <= count <= 2
    assert page_points(path) == PAPER_POINTS["letter"]
    assert int(pdf_info(path)["Pages"]) == count
    pages = pdf_pages(path)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
        assert "not a medical device" in page


def test_english_report_prints_the_weekly_figures(english_pdf, store: RecordService):
    text = text_of(english_pdf[0])
    assert "Follow-up report" in text.replace("FOLLOW-UP REPORT", "Follow-up report")
    assert "Élise Côté-Bérubé" in text and "Programme lombaire (revision 2)" in text
    assert "March 3, 2025 – March 23, 2025 (3 weeks)" in text and "Printed: March 24, 2025" in text
    for figure in weekly_adherence(store.records(START, END)):
        assert f"{figure.done} / {figure.prescribed} {round(figure.share * 100)}%" in text
    assert "11 / 14 79%" in text  # week 2, by hand
    assert "Mar 3–9" in text and "Mar 17–23" in text
    assert "31 / 42 74%" in text and "31 of 42 (74%)" in text
    assert "current 17 days, longest 17 days" in text


def test_english_report_names_the_most_skipped_exercise(english_pdf, library: Library):
    text = text_of(english_pdf[0])
    cobra = library.get("cobra").name.en  # type: ignore[union-attr]
    match = re.search(r"Most often skipped: (.{0,200})", text)
    assert match and match.group(1).startswith(f"{cobra} (skipped 4, partial 1 of 21 sessions)")
    assert "Programme and adherence by exercise" in text
    assert f"3. {cobra}" in text
    for exercise_id in ("pelvic-tilt", "glute-bridge"):
        assert library.get(exercise_id).name.en in text  # type: ignore[union-attr]
    assert "1 set × 10 reps, hold 2 s, once a day" in text  # cobra's dose, as on the handout


def test_english_report_shows_the_flags(english_pdf):
    text = text_of(english_pdf[0])
    assert "Flagged days" in text
    assert "On March 23, 2025, the end of the period, the app was asking the patient to contact you." in text
    assert "A red flag was reported on March 14, 2025, less than 14 days before the end of the period." in text
    assert "Fri Mar 14 Evening Red flag (see a doctor the same day): Fever together with back pain." in text
    assert "Wed Mar 12 Morning Pain 8/10: 2 points above baseline (6)" in text
    assert "1 red flag (Mar 14) · 1 day with pain 2+ points above baseline" in text


def test_english_report_gives_the_pain_in_words(english_pdf):
    text = text_of(english_pdf[0])
    assert "6 → 4 (−2)" in text
    assert "Baseline 6/10: the median of the ratings of the first 7 rated days (from March 3, 2025)." in text
    assert "Latest 4/10 on Mar 23; the last 3 ratings average 4 (−2 from baseline)." in text


def test_notes_appear_most_recent_first_with_their_accents(english_pdf):
    text = text_of(english_pdf[0])
    positions = [text.find(note) for _, note in sorted(NOTES.items(), reverse=True)]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    assert "Thu Mar 20 Evening – Très bien aujourd’hui" in text
    assert "Wed Mar 12 Morning 8 Déménagement" in text


def test_the_pain_chart_is_a_vector_drawing(english_pdf):
    path, _ = english_pdf
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True, text=True).stdout
    assert len(listing.strip().splitlines()) == 2  # the header lines only: no image at all
    streams = content_streams(path)
    assert not any(b"/Subtype /Image" in s or b"/Subtype/Image" in s for s in streams)
    page = max(streams, key=len)
    assert re.search(rb"\[[\d.]+ [\d. ]+\]\s*[\d.]+\s+d\s", page), "the baseline is dashed"
    assert len(re.findall(rb"\sl\n", page)) > 30  # the line through the daily points
    text = text_of(path)
    assert all(word in text for word in ("Day’s mean", "Baseline", "+2 points", "Red flag"))  # the legend


# -- the French A4 report ------------------------------------------------------------------------------
def test_french_a4_pages_and_words(french_pdf, library: Library):
    path, count = french_pdf
    assert 1 <= count <= 2
    assert page_points(path) == PAPER_POINTS["a4"]
    pages = pdf_pages(path)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} de {count}" in page
        assert "n’est pas un instrument médical" in page
    text = text_of(path)
    assert "RAPPORT DE SUIVI" in text and "Élise Côté-Bérubé" in text
    assert "Période : 3 mars 2025 – 23 mars 2025 (3 semaines)" in text
    assert "11 / 14 79 %" in text and "31 sur 42 (74 %)" in text
    cobra = library.get("cobra").name.fr  # type: ignore[union-attr]
    assert re.search(rf"Le plus souvent sauté : {re.escape(cobra)} \(sauté 4, partiel 1 sur 21 séances\)", text)
    assert "Ven 14 mars Soir Signal d’alarme (voir un médecin le jour même) : Fièvre accompagnée de mal de dos." in text
    assert "Douleur 8/10 : 2 points au-dessus de la référence (6)" in text
    for note in NOTES.values():
        assert note in text
    assert "Ã" not in text and "\ufffd" not in text


# -- layout -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "paper"), [("en", "letter"), ("fr", "a4"), ("fr", "letter"), ("en", "a4")])
def test_layout_stays_inside_the_page_and_within_two_pages(qapp, report, library: Library, lang: str, paper: str):
    document = ReportDocument(report, library, lang=lang, paper=paper)
    assert document.page_count() <= 2
    assert document.notes_shown == len(report.notes)
    assert_inside_and_apart(document)


def test_many_long_notes_are_cut_to_keep_two_pages(qapp, report, library: Library, tmp_path: Path):
    from exercises_app.printing.report_data import NoteEntry

    many = [NoteEntry(END - dt.timedelta(days=i // 2), 2 - i % 2, 5, f"Note {i}: " + "à peu près pareil, " * 30, 2)
            for i in range(120)]
    crowded = replace(report, notes=many)
    document = ReportDocument(crowded, library, lang="fr", paper="letter")
    assert document.page_count() <= 2
    assert 0 < document.notes_shown < len(many)
    assert_inside_and_apart(document)
    out = tmp_path / "crowded.pdf"
    assert write_report_pdf(crowded, library, out, lang="fr") == document.page_count()
    text = text_of(out)
    assert "Note 0: à peu près pareil" in text and "…" in text
    assert f"{len(many) - document.notes_shown} notes antérieures non affichées" in text


def test_an_empty_record_still_prints(qapp, library: Library, tmp_path: Path):
    with RecordStore.open(tmp_path / "empty.sqlite3").store as empty:
        nothing = build_report(RecordService(empty, FakeClock()), START, END, TODAY)
    out = tmp_path / "empty.pdf"
    assert write_report_pdf(nothing, None, out) == 1
    text = text_of(out)
    assert "Follow-up report" in text and "Nothing was recorded in this period." in text
    assert "No pain rating in this period." in text and "No note in this period." in text


def test_gather_report_needs_a_period_in_order_and_begun():
    with pytest.raises(ValueError, match="before it starts"):
        gather_report([], END, START, TODAY)
    with pytest.raises(ValueError, match="after today"):
        gather_report([], TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=9), TODAY)


def test_shorten_cuts_at_a_word():
    assert shorten("un  deux\ntrois", 50) == "un deux trois"
    assert shorten("un deux trois quatre", 12) == "un deux…"


def test_a_report_up_to_today_says_the_warning_is_current(qapp, store: RecordService, library: Library,
                                                          tmp_path: Path):
    current = build_report(store, START, TODAY, TODAY, programme=programme_for(library))
    out = tmp_path / "today.pdf"
    write_report_pdf(current, library, out)
    text = text_of(out)
    assert "The app is now asking the patient to contact you." in text
    assert "Mar 24 (so far)" in text  # today's week has begun: its one day so far
    assert re.search(r"Mar 24 \(so far\) 0 ?/ ?2 0%", text)  # pdftotext may drop the spaces of a short cell


def test_days_off_are_listed_at_a_glance_and_not_counted_as_missed(qapp, library: Library, tmp_path: Path) -> None:
    clock = FakeClock(start=dt.datetime.combine(START, dt.time(8), MONTREAL))
    service = RecordService(RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store, clock)
    record(service, library, programme_for(library))
    plain = build_report(service, START, END, TODAY, programme=programme_for(library))
    service.excuse(START + dt.timedelta(days=2), START + dt.timedelta(days=3), "ill")
    excused = build_report(service, START, END, TODAY, programme=programme_for(library))
    service.store.close()
    assert [reason for _, reason in excused.days_off] == ["ill", "ill"]
    assert excused.sessions_prescribed < plain.sessions_prescribed and excused.sessions_done == plain.sessions_done
    out = tmp_path / "report.pdf"
    write_report_pdf(excused, library, out, lang="fr")
    assert "2 jours indiqués par le patient (malade 2)" in " ".join(text_of(out).split())


def test_the_check_ins_show_each_activitys_change_at_a_glance(qapp, library: Library, tmp_path: Path) -> None:
    clock = FakeClock(start=dt.datetime.combine(START, dt.time(8), MONTREAL))
    service = RecordService(RecordStore.open(tmp_path / "adherence.sqlite3", clock=clock).store, clock)
    record(service, library, programme_for(library))
    service.record_psfs(START, [("Sitting at my desk", 3), ("Lifting my grandson", 2)])
    service.record_psfs(START + dt.timedelta(days=14), [("Sitting at my desk", 6), ("Lifting my grandson", 3)])
    report = build_report(service, START, END, TODAY, programme=programme_for(library))
    service.store.close()
    assert [(c.activity, c.change, c.meaningful) for c in report.psfs] == [
        ("Sitting at my desk", 3, True), ("Lifting my grandson", 1, False)]
    out = tmp_path / "report.pdf"
    write_report_pdf(report, library, out, lang="en")
    text = " ".join(text_of(out).split())
    assert "Sitting at my desk 3 → 6 (+3)" in text and "Lifting my grandson 2 → 3 (+1)" in text
