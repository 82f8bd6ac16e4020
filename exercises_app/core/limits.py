"""Bounds on the text and lists of content files (library and programme), and the control-character rule.

No real library or programme comes near these limits (the shipped files stay well inside them:
the longest exercise name is 47 characters, the longest step 148, the longest
programme notes 1,145 characters on 16 lines, at most 5 steps and 3 cues, the largest template
7 exercises), but they bound the work any valid file can cause: a 200,000-character title
printed 322 pages and a 2 MB exercise name took 9 s to start the app. With these limits the
largest valid programme prints 31 pages with the shipped library, and with a clinic library at
every limit too 177 pages in about 3 s (``benchmarks/largest_files.py``).
``docs/library-format.md`` and ``docs/programme-format.md`` list them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class TextLimit:
    """At most ``chars`` characters on at most ``lines`` lines."""

    chars: int
    lines: int = 1


#: A name or title: one line, short enough to fit a heading on paper and on screen.
NAME = TextLimit(120)
#: A phone number.
PHONE = TextLimit(40)
#: A postal address: a few lines.
ADDRESS = TextLimit(200, lines=4)
#: A web address.
WEBSITE = TextLimit(200)
#: An exercise's summary.
SUMMARY = TextLimit(300, lines=4)
#: The starting position of an exercise.
START = TextLimit(400, lines=4)
#: One step, cue, mistake, precaution, stop sign, stop rule or red flag.
ITEM = TextLimit(400, lines=4)  # the longest shipped item is about 320 characters (French)
#: An illustration frame's caption.
CAPTION = TextLimit(160, lines=2)
#: The library's disclaimer.
DISCLAIMER = TextLimit(1000, lines=10)
#: The programme's general notes (a page of the handout at most).
NOTES = TextLimit(4000, lines=60)
#: A note on one exercise of a programme.
NOTE = TextLimit(400, lines=8)

#: Longest lists: steps of an exercise, the other lists of an exercise, illustration frames,
#: the safety lists (stop rules, emergency and urgent red flags).
MAX_STEPS = 8
MAX_LIST_ITEMS = 5
MAX_FRAMES = 8
MAX_SAFETY_ITEMS = 12
#: Exercises in a library and in a programme (a programme of more than a dozen is rarely followed;
#: the handout prints every text of each exercise, so this bounds its pages).
MAX_LIBRARY_EXERCISES = 200
MAX_PROGRAMME_EXERCISES = 40

#: C0 and C1 control characters and DEL; the line breaks (line feed, carriage return and U+0085
#: NEXT LINE, which YAML reads as a line break) and tab are allowed.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


#: Names of the commonest controls (the Unicode database names none of them).
_CONTROL_NAMES = {0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def describe_character(char: str) -> str:
    """A character named in plain words for a message, e.g. ``U+001B (ESCAPE)``."""
    name = unicodedata.name(char, "")
    if not name and ord(char) < 0xA0:
        name = _CONTROL_NAMES.get(ord(char), "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else " (a control character)")


def control_character_problem(text: str) -> str | None:
    """What is wrong with ``text`` if it holds a control character, else None."""
    found = CONTROL_CHARACTERS.search(text)
    if found is None:
        return None
    return (f"the text holds the control character {describe_character(found.group())}, which cannot be "
            "shown or printed; remove it")


def length_problem(text: str, limit: TextLimit, what: str) -> str | None:
    """What is wrong with ``text`` if it is longer than ``limit``, else None."""
    if len(text) > limit.chars:
        return f"{what} is too long ({len(text)} characters; at most {limit.chars})"
    lines = len(text.strip().splitlines()) or 1
    if lines > limit.lines:
        if limit.lines == 1:
            return f"{what} must be on one line"
        return f"{what} has too many lines ({lines}; at most {limit.lines})"
    return None


def list_length_problem(count: int, limit: int, what: str) -> str | None:
    """What is wrong with a list of ``count`` items if it has more than ``limit``, else None."""
    if count > limit:
        return f"{what} has too many items ({count}; at most {limit})"
    return None

# -- own exercises: drawings given as a pose or a picture (``core/pose_frames.py``) ------------
#: The pose model's joint limits in degrees (flexion positive), defined here once: ``art.body.JOINT_LIMITS``
#: is this table, and a pose frame outside them is refused with its line.
JOINT_ANGLE_LIMITS: dict[str, tuple[float, float]] = {
    "lumbar": (-35.0, 45.0),
    "thoracic": (-30.0, 50.0),
    "neck": (-55.0, 60.0),
    "head": (-40.0, 40.0),
    "shoulder": (-75.0, 185.0),
    "elbow": (-2.0, 150.0),
    "wrist": (-95.0, 95.0),
    "hip": (-35.0, 140.0),
    "knee": (-2.0, 160.0),
    "ankle": (-70.0, 35.0),
}
#: Where a pose may put the hip joint (world units, about a centimetre; the floor at y = 0).
POSE_ROOT_X = (-250.0, 250.0)
POSE_ROOT_Y = (-50.0, 250.0)
#: Foreshortening of a segment, and the sideways place of a joint in an oblique view.
POSE_SCALE = (0.2, 1.0)
POSE_LATERAL = (-80.0, 80.0)
#: A twist of a segment about its own length: the same numbers as ``art.body.TURN_LIMITS``.
TURN_ANGLE_LIMITS: dict[str, tuple[float, float]] = {"head": (-80.0, 80.0)}
#: The camera: turned round towards the feet, then looking down; the body rolled over (90 lies it
#: on its far side) and lifted onto the mat.
VIEW_YAW = (-180.0, 180.0)
VIEW_ELEVATION = (0.0, 90.0)
VIEW_BODY_ROLL = (-90.0, 90.0)
VIEW_RISE = (0.0, 100.0)
#: Sizes and places of the props (world units).
PROP_PLACE = (-250.0, 250.0)
PROP_SIZE = (1.0, 300.0)
#: A picture of an own exercise (PNG, JPEG or SVG): at most this many bytes each, and in one
#: programme file at most ``MAX_PROGRAMME_PICTURE_BYTES`` together (base64 makes them a third
#: larger, and a programme file is read up to 5 MB).
MAX_PICTURE_BYTES = 512 * 1024
MAX_PROGRAMME_PICTURE_BYTES = 3 * 1024 * 1024
