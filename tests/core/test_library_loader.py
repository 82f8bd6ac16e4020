"""The library loader: a valid file loads; each kind of bad file is refused with its line."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from exercises_app.core.errors import ContentError
from exercises_app.core.library import load_library

VALID = """\
format: exercises-app-library
version: 1
safety:
  stop_rules:
    - {en: Stop if it gets clearly worse., fr: Arrêtez si c'est nettement pire.}
  red_flags:
    emergency:
      - {en: Numbness in the saddle area., fr: Engourdissement de la région du siège.}
    urgent:
      - {en: Fever with back pain., fr: Fièvre avec mal de dos.}
  disclaimer: {en: Not a medical device., fr: Pas un dispositif médical.}
exercises:
  - id: pelvic-tilt
    name: {en: Pelvic tilt, fr: Bascule du bassin}
    summary: {en: Gentle low back movement., fr: Mouvement doux du bas du dos.}
    region: low-back
    position: lying-on-back
    equipment: [mat]
    suits: [low-back-pain]
    caution: []
    start: {en: Lie on your back., fr: Couchez-vous sur le dos.}
    steps:
      - {en: Flatten your back., fr: Aplatissez le dos.}
      - {en: Relax., fr: Relâchez.}
    cues:
      - {en: Breathe out as you flatten., fr: Expirez en aplatissant.}
    mistakes:
      - {en: Moving too much., fr: Bouger trop.}
    precautions:
      - {en: Keep it small., fr: Gardez le mouvement petit.}
    stop_if:
      - {en: Pain spreads down a leg., fr: La douleur descend dans une jambe.}
    dose:
      sets: 1
      reps: 10
      hold_s: 5
      rest_s: 30
      per_side: false
      times_per_day: 2
    illustration:
      - file: illustrations/pelvic-tilt/start.svg
        caption: {en: Start, fr: Départ}
"""


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    folder = tmp_path / "assets" / "illustrations" / "pelvic-tilt"
    folder.mkdir(parents=True)
    (folder / "start.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    return tmp_path / "assets"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "library.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing ``fragment``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return hits[occurrence - 1]


def rejection(tmp_path: Path, assets: Path, text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_library(write(tmp_path, text), assets)
    return caught.value


def test_valid_file_loads_every_field(tmp_path: Path, assets: Path) -> None:
    library = load_library(write(tmp_path, VALID), assets)
    tilt = library.get("pelvic-tilt")
    assert tilt is not None
    assert tilt.name.get("fr") == "Bascule du bassin"
    assert [s.get("en") for s in tilt.steps] == ["Flatten your back.", "Relax."]
    assert tilt.dose.hold_s == 5 and tilt.dose.tempo_s is None and tilt.dose.times_per_day == 2
    assert tilt.illustration[0].file == "illustrations/pelvic-tilt/start.svg"
    assert library.safety.emergency[0].get("en").startswith("Numbness")
    assert tilt.line == line_of(VALID, "- id: pelvic-tilt")


@pytest.mark.parametrize(
    ("old", "new", "anchor", "message"),
    [
        ("    region: low-back\n", "    region: low-back\n    colour: blue\n", "colour: blue", "unknown key 'colour'"),
        ("    position: lying-on-back\n", "", "- id: pelvic-tilt", "missing field 'position'"),
        ("      reps: 10\n", "      reps: ten\n", "reps: ten", "reps must be a whole number"),
        ("      hold_s: 5\n", "      hold_s: 0\n", "hold_s: 0", "hold_s of 0 is not plausible"),
        ("      reps: 10\n", "      reps: 500\n", "reps: 500", "reps of 500 is not plausible"),
        ("      sets: 1\n", "      sets: -2\n", "sets: -2", "sets of -2 is not plausible"),
        ("    name: {en: Pelvic tilt, fr: Bascule du bassin}\n", "    name: {en: Pelvic tilt}\n",
         "name: {en: Pelvic tilt}", "missing its French text"),
        ("      - {en: Relax., fr: Relâchez.}\n", "      - {en: Relax., fr: '  '}\n", "{en: Relax., fr: '  '}",
         "empty French text"),
        ("start.svg\n", "missing.svg\n", "missing.svg", "'illustrations/pelvic-tilt/missing.svg' does not exist"),
        ("    region: low-back\n", "    region: shoulder\n", "region: shoulder", "region 'shoulder' is not one of"),
        ("    suits: [low-back-pain]\n", "    suits: [back-ache]\n", "suits: [back-ache]",
         "condition 'back-ache' is not one of"),
        ("      per_side: false\n", "      per_side: maybe\n", "per_side: maybe", "per_side must be true or false"),
        ("      hold_s: 5\n", "", "    dose:", "needs hold_s"),
        ("version: 1\n", "version: 7\n", "version: 7", "version 7 is not supported"),
        ("    summary: {en: Gentle low back movement., fr: Mouvement doux du bas du dos.}\n",
         "    summary: Gentle low back movement.\n", "summary: Gentle", "both languages"),
    ],
)
def test_each_kind_of_mistake_is_reported_on_its_line(
    tmp_path: Path, assets: Path, old: str, new: str, anchor: str, message: str
) -> None:
    assert old in VALID
    text = VALID.replace(old, new, 1)
    error = rejection(tmp_path, assets, text)
    matching = [p for p in error.problems if message in p.message]
    assert matching, f"no problem says {message!r}: {error}"
    assert matching[0].line == line_of(text, anchor)
    assert matching[0].file == str(tmp_path / "library.yaml")


def test_duplicate_id_names_both_lines(tmp_path: Path, assets: Path) -> None:
    exercise = VALID[VALID.index("  - id: pelvic-tilt"):]
    text = VALID + exercise
    error = rejection(tmp_path, assets, text)
    problem = next(p for p in error.problems if "duplicate exercise id" in p.message)
    assert problem.line == line_of(text, "- id: pelvic-tilt", 2)
    assert f"first defined on line {line_of(text, '- id: pelvic-tilt')}" in problem.message


def test_duplicate_key_is_refused_rather_than_silently_overwritten(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace("      reps: 10\n", "      reps: 10\n      reps: 12\n")
    error = rejection(tmp_path, assets, text)
    assert error.problems[0].line == line_of(text, "reps: 12")
    assert "duplicate key 'reps'" in error.problems[0].message


def test_python_object_tags_are_refused_not_executed(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace("    caution: []\n", "    caution: !!python/object/apply:os.system ['echo hacked']\n")
    error = rejection(tmp_path, assets, text)
    assert error.problems[0].line == line_of(text, "!!python")
    assert "python/object" in error.problems[0].message


def test_syntax_error_gives_line(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace("    position: lying-on-back\n", "    position: [lying-on-back\n")
    error = rejection(tmp_path, assets, text)
    assert "YAML syntax" in error.problems[0].message
    assert line_of(text, "position: [lying") <= error.problems[0].line <= line_of(text, "position: [lying") + 2


def test_aliases_are_refused(tmp_path: Path, assets: Path) -> None:
    text = (VALID.replace("    caution: []\n", "    caution: &c []\n    suits: *c\n")
            .replace("    suits: [low-back-pain]\n", ""))
    error = rejection(tmp_path, assets, text)
    assert any("aliases" in p.message for p in error.problems)


def test_several_problems_are_all_reported_in_line_order(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace("      reps: 10\n", "      reps: 0\n").replace("    region: low-back\n", "    region: feet\n")
    error = rejection(tmp_path, assets, text)
    assert [p.line for p in error.problems] == sorted(p.line for p in error.problems)
    assert len(error.problems) == 2


def test_unreadable_and_non_utf8_files(tmp_path: Path, assets: Path) -> None:
    with pytest.raises(ContentError, match="cannot read"):
        load_library(tmp_path / "nope.yaml", assets)
    path = tmp_path / "latin1.yaml"
    path.write_bytes(VALID.replace("Relâchez", "Rel\xe2chez").encode("latin-1"))
    with pytest.raises(ContentError, match="not valid UTF-8") as caught:
        load_library(path, assets)
    assert caught.value.problems[0].line == line_of(VALID, "Arrêtez")  # first non-ASCII line


def test_deeply_nested_file_is_refused_cleanly(tmp_path: Path, assets: Path) -> None:
    depth = sys.getrecursionlimit() + 100
    error = rejection(tmp_path, assets, "[" * depth + "]" * depth)
    assert error.problems[0].line >= 1


def test_empty_and_wrong_top_level(tmp_path: Path, assets: Path) -> None:
    assert "mapping" in rejection(tmp_path, assets, "").problems[0].message
    assert "mapping" in rejection(tmp_path, assets, "- a\n- b\n").problems[0].message


def test_search_ignores_case_and_accents(tmp_path: Path, assets: Path) -> None:
    library = load_library(write(tmp_path, VALID), assets)
    assert [e.id for e in library.filter("BASCULE")] == ["pelvic-tilt"]
    assert [e.id for e in library.filter("bascule du bassin")] == ["pelvic-tilt"]
    assert library.filter("relachez") == []  # steps are not searched, only name and summary
    assert [e.id for e in library.filter("mouvement doux")] == ["pelvic-tilt"]
    assert library.filter("", region="neck") == []
    assert [e.id for e in library.filter("", position="lying-on-back")] == ["pelvic-tilt"]


def test_red_flag_signs_carry_ids_and_regions(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace(
        "      - {en: Numbness in the saddle area., fr: Engourdissement de la région du siège.}",
        "      - {id: saddle, regions: [low-back], en: Numbness in the saddle area., fr: Engourdissement.}",
    )
    safety = load_library(write(tmp_path, text), assets).safety
    assert [(s.id, s.regions, s.level) for s in safety.emergency] == [("saddle", ("low-back",), "emergency")]
    fever = safety.urgent[0]
    assert fever.id == "fever-with-back-pain" and fever.level == "urgent"  # made from the words when not given
    assert safety.signs_for(["neck"]) == (fever,)  # a sign without regions concerns every region
    assert safety.sign("saddle") is safety.emergency[0]


def test_a_red_flag_id_used_twice_is_refused_with_its_line(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace("      - {en: Fever with back pain.",
                         "      - {id: numbness-in-the-saddle-area, en: Fever with back pain.")
    error = rejection(tmp_path, assets, text)
    assert "used twice" in str(error)
    assert f":{line_of(text, 'id: numbness-in-the-saddle-area')}:" in str(error)


def test_signs_without_ids_that_begin_alike_get_ids_of_their_own(tmp_path: Path, assets: Path) -> None:
    text = VALID.replace("      - {en: Fever with back pain., fr: Fièvre avec mal de dos.}",
                         "      - {en: Fever with back pain., fr: Fièvre avec mal de dos.}\n"
                         "      - {en: Fever with back pain., fr: Fièvre et mal de dos.}")
    urgent = load_library(write(tmp_path, text), assets).safety.urgent
    assert [s.id for s in urgent] == ["fever-with-back-pain", "fever-with-back-pain-2"]


WITH_NEW_FIELDS = VALID.replace("""    dose:
      sets: 1
""", """    adjust_if:
      - {en: Your wrists ache; lean on your fists., fr: Vos poignets sont sensibles; appuyez-vous sur les poings.}
    progression:
      easier: {en: Make it smaller., fr: Faites-le plus petit.}
      harder: {en: Hold longer., fr: Maintenez plus longtemps.}
    dose:
      sets: 1
""", 1)


def test_adjust_if_and_progression_are_read_and_optional(tmp_path: Path, assets: Path) -> None:
    exercise = load_library(write(tmp_path, WITH_NEW_FIELDS), assets).exercises[0]
    assert exercise.adjust_if[0].fr == "Vos poignets sont sensibles; appuyez-vous sur les poings."
    assert exercise.progression is not None
    assert exercise.progression.easier.en == "Make it smaller."
    assert exercise.progression.harder.fr == "Maintenez plus longtemps."
    plain = load_library(write(tmp_path, VALID), assets).exercises[0]
    assert plain.adjust_if == () and plain.progression is None


@pytest.mark.parametrize(
    ("old", "new", "anchor", "message"),
    [
        ("      harder: {en: Hold longer., fr: Maintenez plus longtemps.}\n", "", "    progression:",
         "missing field 'harder'"),
        ("      easier: {en: Make it smaller., fr: Faites-le plus petit.}\n",
         "      easier: Make it smaller.\n", "easier: Make it smaller.", "both languages"),
        ("      harder: {en: Hold longer., fr: Maintenez plus longtemps.}\n",
         "      harder: {en: Hold longer., fr: Maintenez plus longtemps.}\n      variations: {}\n", "variations:",
         "unknown key 'variations'"),
        (("    adjust_if:\n      - {en: Your wrists ache; lean on your fists., "
          "fr: Vos poignets sont sensibles; appuyez-vous sur les poings.}\n"),
         "    adjust_if: []\n", "adjust_if: []", "must be a non-empty list"),
    ],
)
def test_mistakes_in_the_new_fields_are_reported_on_their_line(
    tmp_path: Path, assets: Path, old: str, new: str, anchor: str, message: str
) -> None:
    assert old in WITH_NEW_FIELDS
    text = WITH_NEW_FIELDS.replace(old, new, 1)
    error = rejection(tmp_path, assets, text)
    matching = [p for p in error.problems if message in p.message]
    assert matching, f"no problem says {message!r}: {error}"
    assert matching[0].line == line_of(text, anchor)


# -- variations, doses in minutes, exercises off the floor --------------------------------------
SECOND = """  - id: walking
    name: {en: Walking, fr: Marche}
    summary: {en: Stay active., fr: Restez actif.}
    region: low-back
    position: standing
    equipment: []
    suits: [low-back-pain]
    caution: []
    start: {en: Stand tall., fr: Tenez-vous droit.}
    steps:
      - {en: Walk., fr: Marchez.}
    cues:
      - {en: Breathe easily., fr: Respirez librement.}
    mistakes:
      - {en: Going too far too soon., fr: Aller trop loin trop vite.}
    precautions:
      - {en: Rest when needed., fr: Reposez-vous au besoin.}
    stop_if:
      - {en: Pain spreads down a leg., fr: La douleur descend dans une jambe.}
    variations: {easier: pelvic-tilt}
    dose: {minutes: 10, times_per_day: 1}
    illustration:
      - file: illustrations/pelvic-tilt/start.svg
        caption: {en: Start, fr: Départ}
"""
WITH_WALKING = VALID + SECOND
WITH_VARIATIONS = WITH_WALKING.replace("    dose:\n      sets: 1\n",
                                      "    variations: {harder: walking}\n    dose:\n      sets: 1\n", 1)


def test_variations_and_a_dose_in_minutes_are_read(tmp_path: Path, assets: Path) -> None:
    library = load_library(write(tmp_path, WITH_VARIATIONS), assets)
    tilt, walking = library.exercises
    assert (tilt.variations.easier, tilt.variations.harder) == (None, "walking")
    assert (walking.variations.easier, walking.variations.harder) == ("pelvic-tilt", None)
    assert walking.dose.minutes == 10 and walking.dose.times_per_day == 1
    assert (walking.dose.sets, walking.dose.reps, walking.dose.hold_s, walking.dose.tempo_s) == (1, 1, None, None)
    assert tilt.dose.minutes is None


def test_off_the_floor_follows_the_position(tmp_path: Path, assets: Path) -> None:
    library = load_library(write(tmp_path, WITH_WALKING), assets)
    tilt, walking = library.exercises
    assert walking.off_the_floor and not tilt.off_the_floor
    assert [e.id for e in library.filter(off_the_floor=True)] == ["walking"]
    assert len(library.filter()) == 2
    sitting = load_library(write(tmp_path, WITH_WALKING.replace("position: standing", "position: sitting")), assets)
    assert sitting.exercises[1].off_the_floor


@pytest.mark.parametrize(
    ("old", "new", "anchor", "message"),
    [
        ("variations: {easier: pelvic-tilt}", "variations: {easier: cobra}", "variations: {easier: cobra}",
         "unknown exercise id 'cobra'"),
        ("variations: {easier: pelvic-tilt}", "variations: {harder: walking}", "variations: {harder: walking}",
         "names the exercise itself"),
        ("variations: {easier: pelvic-tilt}", "variations: {easy: pelvic-tilt}", "variations: {easy",
         "unknown key 'easy'"),
        ("variations: {easier: pelvic-tilt}", "variations: {easier: 3}", "variations: {easier: 3}",
         "must be an exercise id"),
        ("dose: {minutes: 10, times_per_day: 1}", "dose: {minutes: 0, times_per_day: 1}", "minutes: 0",
         "minutes of 0 is not plausible"),
        ("dose: {minutes: 10, times_per_day: 1}", "dose: {minutes: 10, reps: 5, times_per_day: 1}", "reps: 5",
         "unknown key 'reps'"),
        ("dose: {minutes: 10, times_per_day: 1}", "dose: {minutes: 10}", "dose: {minutes: 10}",
         "missing field 'times_per_day'"),
    ],
)
def test_mistakes_in_variations_and_minutes_are_reported_on_their_line(
    tmp_path: Path, assets: Path, old: str, new: str, anchor: str, message: str
) -> None:
    text = WITH_WALKING.replace(old, new, 1)
    error = rejection(tmp_path, assets, text)
    matching = [p for p in error.problems if message in p.message]
    assert matching, f"no problem says {message!r}: {error}"
    assert matching[0].line == line_of(text, anchor)
