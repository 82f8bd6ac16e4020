"""The programme file: a valid file loads; each kind of mistake is refused with its line;
saving round-trips, is atomic, and older versions are upgraded by registered steps."""
from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises_app.config import AppPaths
from exercises_app.core import programme_file
from exercises_app.core.errors import ContentError
from exercises_app.core.library import DOSE_LIMITS, Dose, Library, load_library
from exercises_app.core.programme import Clinic, Programme, ProgrammeExercise
from exercises_app.core.programme_file import (
    PROGRAMME_FORMAT,
    PROGRAMME_VERSION,
    UPGRADES,
    dump_programme,
    load_programme,
    new_programme_id,
    parse_programme,
    programme_from_template,
    save_programme,
)
from exercises_app.core.vocabulary import CONDITIONS

VALID = """\
format: exercises-app-programme
version: 1
programme:
  id: 3f2c9a
  revision: 4
  title: Bas du dos — extension
  language: fr
  patient: Marie Tremblay
  conditions: [disc-herniation, sciatica]
  clinician: Luc Gagnon, pht
  clinic: {name: Clinique du Plateau, phone: 514-555-0199, address: 123 rue Saint-Denis}
  start_date: 2026-11-27
  review_date: 2026-12-18
  sessions_per_day: 2
  days_per_week: 7
  notes: |
    Faites les exercices le matin et le soir.
    Arrêtez si la douleur descend dans la jambe.
exercises:
  - id: cobra
    dose: {sets: 1, reps: 10, hold_s: 2, rest_s: 30, per_side: false, times_per_day: 2}
    note: Hanches au sol.
  - id: hamstring-stretch
    dose:
      sets: 1
      reps: 2
      hold_s: 20
      rest_s: 15
      per_side: true
      times_per_day: 1
    side: left
"""

#: The same programme in the current file shape (version 2: the notes are the patient's advice).
VALID_2 = VALID.replace("version: 1\n", "version: 2\n").replace("  notes: |\n", "  advice: |\n")


@pytest.fixture(scope="module")
def library() -> Library:
    paths = AppPaths(data_dir=Path("unused"))
    return load_library(paths.bundled_library, paths.assets_dir)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's data dir)."""
    path = tmp_path / "files"
    path.mkdir()
    return path


def write(tmp_path: Path, text: str, name: str = "programme.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing ``fragment`` (or equal to it, without the '$', when it ends in '$')."""
    if fragment.endswith("$"):
        hits = [n for n, line in enumerate(text.splitlines(), 1) if line == fragment[:-1]]
    else:
        hits = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return hits[occurrence - 1]


def rejection(tmp_path: Path, library: Library, text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_programme(write(tmp_path, text), library)
    return caught.value


# -- reading -----------------------------------------------------------------------------------
def test_valid_file_loads_every_field(tmp_path: Path, library: Library) -> None:
    programme = load_programme(write(tmp_path, VALID), library)
    assert programme == Programme(
        programme_id="3f2c9a", version=4, title="Bas du dos — extension", language="fr",
        patient="Marie Tremblay", conditions=("disc-herniation", "sciatica"), clinician="Luc Gagnon, pht",
        clinic=Clinic("Clinique du Plateau", "514-555-0199", "123 rue Saint-Denis"),
        start_date=dt.date(2026, 11, 27), review_date=dt.date(2026, 12, 18),
        advice="Faites les exercices le matin et le soir.\nArrêtez si la douleur descend dans la jambe.\n",
        sessions_per_day=2, days_per_week=7,
        exercises=(
            ProgrammeExercise("cobra", Dose(1, 10, 2, None, 30, False, 2), "Hanches au sol."),
            ProgrammeExercise("hamstring-stretch", Dose(1, 2, 20, None, 15, True, 1), "", "left"),
        ),
    )


def test_optional_fields_may_be_left_out_or_empty(tmp_path: Path, library: Library) -> None:
    text = """\
format: exercises-app-programme
version: 1
programme:
  id: minimal
  revision: 1
  title: Minimal
  language: en
  patient:
  conditions:
  clinic:
  start_date:
  sessions_per_day: 1
  days_per_week: 3
exercises:
  - id: chin-tuck
    dose: {sets: 1, reps: 10, hold_s: 5, rest_s: 30, per_side: false, times_per_day: 1}
"""
    programme = load_programme(write(tmp_path, text), library)
    assert programme == Programme(
        "minimal", 1, "Minimal", "en", days_per_week=3,
        exercises=(ProgrammeExercise("chin-tuck", Dose(1, 10, 5, None, 30, False, 1)),),
    )


@pytest.mark.parametrize(
    ("old", "new", "anchor", "message"),
    [
        # unknown keys and missing fields
        ("  language: fr\n", "  language: fr\n  colour: blue\n", "colour: blue", "unknown key 'colour' in programme"),
        ("    side: left\n", "    side: left\n    colour: red\n", "colour: red",
         "unknown key 'colour' in exercise 'hamstring-stretch'"),
        ("{name: Clinique", "{nom: Clinique", "{nom: Clinique", "unknown key 'nom' in clinic"),
        ("exercises:\n", "extras: 1\nexercises:\n", "extras: 1", "unknown key 'extras' in the programme file"),
        ("  title: Bas du dos — extension\n", "", "programme:", "missing field 'title' in programme"),
        ("  sessions_per_day: 2\n", "", "programme:", "missing field 'sessions_per_day'"),
        ("    dose: {sets: 1, reps: 10, hold_s: 2, rest_s: 30, per_side: false, times_per_day: 2}\n", "",
         "- id: cobra", "missing field 'dose' in exercise 'cobra'"),
        ("      rest_s: 15\n", "", "    dose:$", "missing field 'rest_s' in dose of exercise 'hamstring-stretch'"),
        # wrong types
        ("  revision: 4\n", "  revision: four\n", "revision: four", "revision must be a whole number"),
        ("  patient: Marie Tremblay\n", "  patient: 1234\n", "patient: 1234",
         "patient must be text, not a number (put it in quotes)"),
        ("phone: 514-555-0199", "phone: 5145550199", "phone: 5145550199", "clinic phone must be text"),
        ("  conditions: [disc-herniation, sciatica]\n", "  conditions: sciatica\n", "conditions: sciatica",
         "condition must be a list"),
        ("      per_side: true\n", "      per_side: maybe\n", "per_side: maybe", "per_side must be true or false"),
        ("    note: Hanches au sol.\n", "    note: [Hanches]\n", "note: [Hanches]",
         "note of exercise 'cobra' must be text"),
        ("  title: Bas du dos — extension\n", "  title: '  '\n", "title: '  '", "title must not be empty"),
        ("  id: 3f2c9a\n", "  id: 'a b'\n", "id: 'a b'", "must be 1 to 64 letters, digits, hyphens or underscores"),
        ("  - id: cobra\n", "  - id: 12\n", "- id: 12", "exercise id must be an id of the library, not a number"),
        ("  - id: cobra\n", "  - id: ''\n", "- id: ''", "exercise id must be an id of the library, not empty text"),
        # doses out of DOSE_LIMITS
        ("reps: 10, hold_s: 2", "reps: 500, hold_s: 2", "reps: 500", "reps of 500 is not plausible (allowed 1 to 50)"),
        ("      hold_s: 20\n", "      hold_s: 0\n", "hold_s: 0", "hold_s of 0 is not plausible"),
        ("      sets: 1\n", "      sets: -2\n", "sets: -2", "sets of -2 is not plausible"),
        ("rest_s: 30, per", "rest_s: 9999, per", "rest_s: 9999", "rest_s of 9999 is not plausible"),
        ("      hold_s: 20\n", "", "    dose:$", "needs hold_s (seconds held) or tempo_s"),
        # exercises of the library
        ("  - id: cobra\n", "  - id: cobr\n", "- id: cobr", "unknown exercise 'cobr'; did you mean 'cobra'?"),
        ("  - id: cobra\n", "  - id: zzzzzz\n", "- id: zzzzzz", "unknown exercise 'zzzzzz' (the library has: cat-cow,"),
        # vocabulary, language, dates
        ("[disc-herniation, sciatica]", "[disc-herniation, back-ache]", "back-ache",
         "condition 'back-ache' is not one of"),
        ("[disc-herniation, sciatica]", "[sciatica, sciatica]", "[sciatica, sciatica]",
         "condition 'sciatica' is listed twice"),
        ("  language: fr\n", "  language: es\n", "language: es", "language 'es' is not one of: en, fr"),
        ("  start_date: 2026-11-27\n", "  start_date: 27/11/2026\n", "start_date: 27/11",
         "start_date must be a date written YYYY-MM-DD"),
        ("  start_date: 2026-11-27\n", "  start_date: 2026-11-27 10:00:00\n", "start_date: 2026", "without a time"),
        ("  review_date: 2026-12-18\n", "  review_date: '2026-02-30'\n", "review_date: '2026",
         "review_date '2026-02-30' is not a real date"),
        ("  review_date: 2026-12-18\n", "  review_date: 2026-02-30\n", "review_date: 2026", "not a real date"),
        ("  review_date: 2026-12-18\n", "  review_date: 2026-11-01\n", "review_date: 2026-11-01",
         "review_date 2026-11-01 is before start_date 2026-11-27"),
        # sessions, days and sides
        ("  sessions_per_day: 2\n", "  sessions_per_day: 6\n", "sessions_per_day: 6",
         "sessions_per_day of 6 is not plausible (allowed 1 to 5)"),
        ("  sessions_per_day: 2\n", "  sessions_per_day: 0\n", "sessions_per_day: 0",
         "sessions_per_day of 0 is not plausible"),
        ("  days_per_week: 7\n", "  days_per_week: 8\n", "days_per_week: 8",
         "days_per_week of 8 is not plausible (allowed 1 to 7)"),
        ("per_side: false, times_per_day: 2}", "per_side: false, times_per_day: 3}", "times_per_day: 3}",
         "times_per_day of 3 for exercise 'cobra' is more than the programme's sessions_per_day of 2"),
        ("    side: left\n", "    side: up\n", "side: up", "side 'up' is not one of: both, left, right"),
        ("      per_side: true\n", "      per_side: false\n", "side: left", "side 'left' needs a per-side dose"),
        # the header
        ("version: 1\n", "version: 4\n", "version: 4",
         "made by a newer version of the app (version 4; this app reads up to 3)"),
        ("version: 1\n", "version: 0\n", "version: 0", "version 0 does not exist"),
        ("version: 1\n", "version: one\n", "version: one", "version must be a whole number"),
        ("version: 1\n", "", "format:", "missing field 'version'"),
        ("format: exercises-app-programme\n", "format: exercises-app-library\n", "format:",
         "this is an exercise library file"),
        ("format: exercises-app-programme\n", "format: recipe\n", "format:",
         "format must be 'exercises-app-programme', not 'recipe'"),
        ("format: exercises-app-programme\n", "", "version: 1", "missing field 'format'"),
    ],
)
def test_each_kind_of_mistake_is_reported_on_its_line(
    tmp_path: Path, library: Library, old: str, new: str, anchor: str, message: str
) -> None:
    assert old in VALID
    text = VALID.replace(old, new, 1)
    error = rejection(tmp_path, library, text)
    matching = [p for p in error.problems if message in p.message]
    assert matching, f"no problem says {message!r}: {error}"
    assert matching[0].line == line_of(text, anchor), str(error)
    assert matching[0].file == str(tmp_path / "programme.yaml")


def test_the_brief_example_of_a_typo_names_the_nearest_exercise(tmp_path: Path, library: Library) -> None:
    text = VALID.replace("  - id: cobra\n", "  - id: cat-cw\n")
    error = rejection(tmp_path, library, text)
    assert [str(p) for p in error.problems] == [
        f"{tmp_path / 'programme.yaml'}:{line_of(text, 'cat-cw')}: unknown exercise 'cat-cw'; did you mean 'cat-cow'?"
    ]


def test_the_same_exercise_twice_names_both_lines(tmp_path: Path, library: Library) -> None:
    text = VALID + ("  - id: cobra\n"
                    "    dose: {sets: 2, reps: 5, hold_s: 2, rest_s: 30, per_side: false, times_per_day: 1}\n")
    error = rejection(tmp_path, library, text)
    problem = next(p for p in error.problems if "listed twice" in p.message)
    assert problem.line == line_of(text, "- id: cobra", 2)
    assert problem.message == f"exercise 'cobra' is listed twice (first on line {line_of(text, '- id: cobra')})"


@pytest.mark.parametrize("exercises", ["exercises: []\n", "exercises:\n", "exercises: {id: cobra}\n"])
def test_an_empty_or_malformed_exercise_list_is_refused(tmp_path: Path, library: Library, exercises: str) -> None:
    text = VALID[: VALID.index("exercises:")] + exercises
    error = rejection(tmp_path, library, text)
    assert len(error.problems) == 1
    assert "exercises must be a non-empty list" in error.problems[0].message
    assert error.problems[0].line == line_of(text, "exercises:")


def test_every_problem_is_reported_at_once_in_line_order(tmp_path: Path, library: Library) -> None:
    text = (VALID.replace("  language: fr\n", "  language: de\n")
            .replace("reps: 10, hold_s: 2", "reps: 0, hold_s: 2")
            .replace("  - id: hamstring-stretch\n", "  - id: hamstring\n")
            .replace("  days_per_week: 7\n", "  days_per_week: 9\n"))
    error = rejection(tmp_path, library, text)
    assert [p.line for p in error.problems] == [
        line_of(text, "language: de"), line_of(text, "days_per_week: 9"),
        line_of(text, "reps: 0"), line_of(text, "- id: hamstring"),
    ]
    assert "did you mean 'hamstring-stretch'?" in error.problems[-1].message


def test_times_per_day_above_sessions_is_reported_with_other_problems(tmp_path: Path, library: Library) -> None:
    text = (VALID.replace("per_side: false, times_per_day: 2}", "per_side: false, times_per_day: 3}")
            .replace("  title: Bas du dos — extension\n", "  title: ''\n"))
    messages = [p.message for p in rejection(tmp_path, library, text).problems]
    assert messages == ["title must not be empty",
                        "times_per_day of 3 for exercise 'cobra' is more than the programme's sessions_per_day of 2"]


def test_a_newer_version_is_the_only_problem_reported(tmp_path: Path, library: Library) -> None:
    """A future file may have keys this app does not know: they are not listed as mistakes."""
    text = (VALID.replace("version: 1\n", "version: 4\n")
            .replace("  language: fr\n", "  language: fr\n  reminders: [8:00]\n"))
    error = rejection(tmp_path, library, text)
    assert [p.message for p in error.problems] == [
        ("this programme was made by a newer version of the app (version 4; this app reads up to 3): "
         "update the app to open it")
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n- b\n", "a programme file must be a mapping of keys to values, not a list"),
        ("", "a programme file must be a mapping of keys to values, not nothing"),
        (VALID.replace("    note: Hanches au sol.\n", "    note: &n Hanches\n    side: *n\n"), "anchors and aliases"),
        (VALID.replace("  revision: 4\n", "  revision: 4\n  revision: 5\n"), "duplicate key 'revision'"),
        (VALID.replace("  patient: Marie Tremblay\n", "  patient: !!python/object/apply:os.system ['echo hacked']\n"),
         "python/object"),
    ],
)
def test_files_that_are_not_plain_programme_yaml_are_refused(tmp_path: Path, library: Library, text: str,
                                                             message: str) -> None:
    error = rejection(tmp_path, library, text)
    assert message in error.problems[0].message


def test_an_unreadable_file_is_a_content_error(tmp_path: Path, library: Library) -> None:
    with pytest.raises(ContentError, match="cannot read the file"):
        load_programme(tmp_path / "missing.yaml", library)


def test_parse_without_a_library_checks_everything_but_exercise_ids() -> None:
    programme = parse_programme(VALID.replace("  - id: cobra\n", "  - id: not-in-any-library\n"), library=None)
    assert programme.exercises[0].exercise_id == "not-in-any-library"
    with pytest.raises(ContentError, match="reps of 0"):
        parse_programme(VALID.replace("reps: 10, hold_s: 2", "reps: 0, hold_s: 2"), library=None, name="x.yaml")


# -- writing -----------------------------------------------------------------------------------
def _full_programme() -> Programme:
    return Programme(
        programme_id=new_programme_id(),
        version=12,
        title="Bas du dos : extension — « douce »",
        language="fr",
        patient="Hélène Bélanger-Côté",
        conditions=("disc-herniation", "sciatica", "osteoporosis"),
        clinician="Luc Gagnon, pht",
        clinic=Clinic("Clinique Physio Saint-Jérôme", "0450 555 0199", "1234, rue de l’Église\nMontréal (Québec)"),
        start_date=dt.date(2026, 11, 27),
        review_date=dt.date(2026, 11, 27),
        advice="Matin et soir.\n  Ligne en retrait: oui\n# pas un commentaire\nFin sans saut de ligne  ",
        sessions_per_day=5,
        days_per_week=1,
        exercises=(
            ProgrammeExercise("cobra", Dose(3, 50, 300, 20, 600, False, 5), "Hanches au sol : détendues # oui"),
            ProgrammeExercise("hamstring-stretch", Dose(1, 1, 1, None, 0, True, 1), "", "right"),
            ProgrammeExercise("dead-bug", Dose(10, 8, None, 4, 15, True, 2), "yes", "left"),
            ProgrammeExercise("chin-tuck", Dose(1, 10, 5, None, 30, False, 3), "Attention: ‘quotes’ \"doubles\""),
        ),
    )


def _minimal_programme() -> Programme:
    return Programme("p1", 1, "Minimal", "en",
                     exercises=(ProgrammeExercise("pelvic-tilt", Dose(1, 10, 5, None, 30, False, 1)),))


def _tricky_programme() -> Programme:
    """Texts that YAML would read as something else if they were written unquoted."""
    return Programme(
        programme_id="123", version=1, title="yes", language="en", patient="null", clinician="- 3",
        clinic=Clinic("@home", "0123", "~\x85next line"), advice="\n\nstarts with blank lines\n\n\n",
        sessions_per_day=2,
        exercises=(ProgrammeExercise("cat-cow", Dose(1, 10, None, 4, 30, False, 2), "1.5"),
                   ProgrammeExercise("cobra", Dose(1, 10, 2, None, 30, False, 1), "2026-11-27")),
    )


@pytest.mark.parametrize("make", [_full_programme, _minimal_programme, _tricky_programme])
def test_save_then_load_gives_the_same_programme(tmp_path: Path, library: Library, make: Any) -> None:
    programme = make()
    path = tmp_path / "programme.yaml"
    save_programme(programme, path)
    assert load_programme(path, library) == programme


def test_the_written_file_is_plain_and_readable(tmp_path: Path) -> None:
    programme = replace(_full_programme(), advice="Matin et soir.\n  Ligne en retrait\n# pas un commentaire")
    text = dump_programme(programme)
    lines = text.splitlines()
    assert lines[0].startswith("# exercises_app programme file") and "docs/programme-format.md" in lines[1]
    assert lines[2:4] == [f"format: {PROGRAMME_FORMAT}", "version: 2"]  # nothing in it needs version 3
    assert "Hélène Bélanger-Côté" in text  # unicode kept, not escaped
    assert "  start_date: 2026-11-27" in lines  # a date, written ISO and unquoted
    assert "  conditions: [disc-herniation, sciatica, osteoporosis]" in lines
    assert "  advice: |-" in lines and "    Matin et soir." in lines  # multi-line text as a block
    assert "    dose: {sets: 1, reps: 1, hold_s: 1, rest_s: 0, per_side: true, times_per_day: 1}" in lines
    assert "tempo_s" not in lines[lines.index("  - id: chin-tuck") + 1]  # None is left out, not 'null'
    assert "null" not in text
    minimal = dump_programme(_minimal_programme())
    for key in ("patient", "conditions", "clinician", "clinic", "start_date", "review_date", "advice", "side", "note"):
        assert f" {key}:" not in minimal


def test_the_shape_written_is_the_documented_one() -> None:
    document = programme_file.programme_document(_full_programme())
    assert list(document) == ["format", "version", "programme", "exercises"]
    assert list(document["programme"]) == [
        "id", "revision", "title", "language", "patient", "conditions", "clinician", "clinic", "start_date",
        "review_date", "sessions_per_day", "days_per_week", "advice",
    ]
    assert list(document["exercises"][0]) == ["id", "dose", "note"]
    assert list(document["exercises"][1]) == ["id", "dose", "side"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: replace(p, title=""), "title must not be empty"),
        (lambda p: replace(p, exercises=()), "exercises must be a non-empty list"),
        (lambda p: replace(p, sessions_per_day=1), "is more than the programme's sessions_per_day of 1"),
        (lambda p: replace(p, review_date=dt.date(2026, 1, 1)), "is before start_date"),
        (lambda p: replace(p, conditions=("back-ache",)), "condition 'back-ache' is not one of"),
        (lambda p: replace(p, exercises=(replace(p.exercises[0], side="left"),)), "needs a per-side dose"),
    ],
)
def test_a_programme_that_would_not_load_back_is_never_written(folder: Path, change: Any, message: str) -> None:
    path = write(folder, "old content\n")
    with pytest.raises(ContentError, match=message) as caught:
        save_programme(change(_full_programme()), path)
    assert caught.value.problems[0].file == str(path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert list(folder.iterdir()) == [path]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failure_while_saving_leaves_the_old_file_whole(
    folder: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = folder / "programme.yaml"
    save_programme(_minimal_programme(), path)
    before = path.read_bytes()

    def broken(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(programme_file.os, failing, broken)
    with pytest.raises(OSError, match="No space left"):
        save_programme(_full_programme(), path)
    assert path.read_bytes() == before
    assert list(folder.iterdir()) == [path]  # no temporary file left behind


def test_saving_replaces_the_file_and_keeps_its_permissions(folder: Path, library: Library) -> None:
    path = folder / "programme.yaml"
    save_programme(_minimal_programme(), path)
    if sys.platform != "win32":
        os.chmod(path, 0o640)
    revised = replace(_minimal_programme(), version=2, title="Revised")
    save_programme(revised, path)
    assert load_programme(path, library) == revised
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o640
    assert list(folder.iterdir()) == [path]


#: Valid text (no control characters but tab and the line breaks); names and titles are one line.
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r\x85"),
                max_size=40)
_LINE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), whitelist_characters="\t"),
                max_size=40)
_FEW_LINES = _TEXT.filter(lambda text: len(text.strip().splitlines()) <= 4)
_DOSES = st.builds(
    Dose,
    sets=st.integers(*DOSE_LIMITS.sets), reps=st.integers(*DOSE_LIMITS.reps),
    hold_s=st.none() | st.integers(*DOSE_LIMITS.hold_s), tempo_s=st.integers(*DOSE_LIMITS.tempo_s),
    rest_s=st.integers(*DOSE_LIMITS.rest_s), per_side=st.booleans(), times_per_day=st.integers(1, 5),
)


@st.composite
def _programmes(draw: st.DrawFn) -> Programme:
    ids = draw(st.lists(st.sampled_from(["cobra", "cat-cow", "dead-bug", "chin-tuck", "bird-dog"]),
                        min_size=1, max_size=5, unique=True))
    entries = []
    for exercise_id in ids:
        dose = draw(_DOSES)
        side = draw(st.sampled_from(["both", "left", "right"] if dose.per_side else ["both"]))
        entries.append(ProgrammeExercise(exercise_id, dose, draw(_FEW_LINES), side))
    start = draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
    review = None if start is None else draw(st.none() | st.dates(start, dt.date(2100, 12, 31)))
    return Programme(
        programme_id=draw(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,20}", fullmatch=True)),
        version=draw(st.integers(1, 1000)),
        title=draw(_LINE.filter(str.strip)),
        language=draw(st.sampled_from(["en", "fr"])),
        patient=draw(_LINE), conditions=tuple(draw(st.lists(st.sampled_from(list(CONDITIONS)), unique=True))),
        clinician=draw(_LINE), clinic=Clinic(draw(_LINE), draw(_LINE), draw(_FEW_LINES)),
        start_date=start, review_date=review, advice=draw(_TEXT),
        sessions_per_day=max(e.dose.times_per_day for e in entries), days_per_week=draw(st.integers(1, 7)),
        exercises=tuple(entries),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_programmes())
def test_any_valid_programme_round_trips(programme: Programme) -> None:
    assert parse_programme(dump_programme(programme), library=None) == programme


# -- new programmes ----------------------------------------------------------------------------
def test_new_ids_are_distinct_hex() -> None:
    ids = {new_programme_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_a_programme_from_a_template_is_new_and_personal(tmp_path: Path, library: Library) -> None:
    template = load_programme(write(tmp_path, VALID), library)
    made = programme_from_template(template, patient="Jean Roy", language="en", clinician="Luc Gagnon, pht",
                                   start_date=dt.date(2026, 12, 1))
    assert made.programme_id != template.programme_id and len(made.programme_id) == 32
    assert made.version == 1
    assert (made.patient, made.language, made.start_date, made.review_date) == (
        "Jean Roy", "en", dt.date(2026, 12, 1), None)
    assert made.clinic == Clinic()
    assert made.exercises == template.exercises and made.conditions == template.conditions
    assert made.title == template.title and made.advice == template.advice
    other = programme_from_template(template, conditions=("posture",), title="Autre", advice="", programme_id="fixed")
    assert (other.conditions, other.title, other.advice, other.programme_id) == (("posture",), "Autre", "", "fixed")
    save_programme(made, tmp_path / "jean.yaml")
    assert load_programme(tmp_path / "jean.yaml", library) == made


# -- versions and upgrades -----------------------------------------------------------------------
def test_every_older_version_has_its_registered_upgrade() -> None:
    assert set(UPGRADES) == set(range(1, PROGRAMME_VERSION))


def test_a_registered_upgrade_brings_an_old_file_up_to_date(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend the app is at version 4, where days_per_week became required (older files lacked it)."""

    def from_3(data: dict[str, Any]) -> dict[str, Any]:
        programme = data.get("programme")
        if isinstance(programme, dict):
            programme.setdefault("days_per_week", 7)
        return data

    monkeypatch.setattr(programme_file, "PROGRAMME_VERSION", 4)
    monkeypatch.setattr(programme_file, "UPGRADES", {**programme_file.UPGRADES, 3: from_3})
    monkeypatch.setattr(programme_file, "written_version", lambda programme: 4)  # every file needs the key
    old = VALID.replace("  days_per_week: 7\n", "")
    programme = load_programme(write(tmp_path, old), library)
    assert programme.days_per_week == 7 and programme.version == 4

    # a version-4 file is not upgraded: without the key it is refused
    error = rejection(tmp_path, library,
                      VALID_2.replace("  days_per_week: 7\n", "").replace("version: 2\n", "version: 4\n"))
    assert [p.message for p in error.problems] == ["missing field 'days_per_week' in programme"]
    # saving writes the version the writer asks for, which this app reads back
    save_programme(programme, tmp_path / "saved.yaml")
    assert "version: 4\n" in (tmp_path / "saved.yaml").read_text(encoding="utf-8")
    assert load_programme(tmp_path / "saved.yaml", library) == programme
    # and a version 5 file is still refused as newer
    assert "this app reads up to 4" in str(rejection(tmp_path, library, VALID.replace("version: 1\n", "version: 5\n")))


def test_upgrades_run_one_step_at_a_time_in_order(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []

    def step(n: int) -> Any:
        def upgrade(data: dict[str, Any]) -> dict[str, Any]:
            calls.append((n, data["version"]))
            return data
        return upgrade

    monkeypatch.setattr(programme_file, "PROGRAMME_VERSION", 4)
    monkeypatch.setattr(programme_file, "UPGRADES", {3: step(3), 1: step(1), 2: step(2)})
    load_programme(write(tmp_path, VALID_2), library)
    assert calls == [(2, 2), (3, 3)]
    calls.clear()
    load_programme(write(tmp_path, VALID_2.replace("version: 2\n", "version: 3\n")), library)
    assert calls == [(3, 3)]
    calls.clear()
    load_programme(write(tmp_path, VALID_2.replace("version: 2\n", "version: 4\n")), library)
    assert calls == []


def test_an_upgrade_that_trips_on_a_damaged_file_is_reported(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fragile(data: dict[str, Any]) -> dict[str, Any]:
        data["programme"]["title"] += "!"
        return data

    monkeypatch.setattr(programme_file, "PROGRAMME_VERSION", 3)
    monkeypatch.setattr(programme_file, "UPGRADES", {1: programme_file.UPGRADES[1], 2: fragile})
    text = VALID.replace("  title: Bas du dos — extension\n", "")
    error = rejection(tmp_path, library, text)
    assert error.problems[0].line == line_of(text, "version: 1")
    assert "could not be brought up to version 3" in error.problems[0].message


def test_a_missing_upgrade_step_is_a_programming_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(programme_file, "PROGRAMME_VERSION", 3)
    monkeypatch.setattr(programme_file, "UPGRADES", {1: lambda data: data})
    with pytest.raises(LookupError, match="from programme file version 2 to 3"):
        programme_file.upgrade_document({"version": 1}, 1)


def test_the_documented_example_is_a_valid_file(tmp_path: Path, library: Library) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "programme-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    programme = load_programme(write(tmp_path, example), library)
    assert programme.patient == "Marie Tremblay" and programme.entry("cobra").dose.hold_s == 3
    assert dump_programme(programme).splitlines()[:2] == example.splitlines()[:2]  # the same header comment


def test_rest_is_shown_only_when_there_is_something_to_rest_between() -> None:
    from exercises_app.core.dose_text import dose_rows

    one_set = Dose(1, 10, 5, None, 30, False, 2)
    labels = [label for label, _ in dose_rows(one_set, "en")]
    assert not any(label.startswith("Rest") for label in labels)
    assert ("Rest between sides", "30 s") in dose_rows(replace(one_set, per_side=True), "en")
    assert ("Repos entre les séries", "30 s") in dose_rows(replace(one_set, sets=2), "fr")
    assert ("Répétitions (de chaque côté)", "10") in dose_rows(replace(one_set, per_side=True), "fr")
    assert ("Maintien", "5 s") in dose_rows(one_set, "fr")
    assert ("Nombre de fois par jour", "2") in dose_rows(one_set, "fr")


def test_the_example_mark_is_kept_in_the_file_and_dropped_from_a_programme_made_from_it(tmp_path: Path) -> None:
    from exercises_app.core.programme_file import default_programme, programme_from_template

    library = load_library(AppPaths(data_dir=tmp_path).bundled_library, AppPaths(data_dir=tmp_path).assets_dir)
    example = default_programme(library, AppPaths(data_dir=tmp_path).bundled_templates_dir)
    assert example is not None and example.example
    path = tmp_path / "example.yaml"
    save_programme(example, path)
    assert "example: true" in path.read_text(encoding="utf-8")
    assert load_programme(path, library).example
    assert not programme_from_template(example, patient="Ann").example


def test_a_dose_in_minutes_reads_as_minutes_and_times_a_day() -> None:
    from exercises_app.core.dose_text import describe_dose, dose_rows

    walking = Dose.for_minutes(10, 1)
    assert describe_dose(walking, "en") == "10 minutes, once a day"
    assert describe_dose(replace(walking, minutes=1, times_per_day=2), "fr") == "1 minute, 2 fois par jour"
    assert dose_rows(walking, "fr") == [("Durée", "10 minutes"), ("Nombre de fois par jour", "1")]
