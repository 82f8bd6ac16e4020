"""The voice on the mat: which session events are spoken, and the speech commands (no Qt, no sound)."""
from __future__ import annotations

from exercises_app.core.clock import FakeClock
from exercises_app.core.library import Dose
from exercises_app.core.session import SessionEngine, SessionItem
from exercises_app.core.spoken_cues import phrase_for
from exercises_app.core.text import Text
from exercises_app.speech import Speaker, speech_command

TILT = SessionItem("pelvic-tilt", Text("Pelvic tilt", "Bascule du bassin"), Dose(1, 2, 5, None, 10, False, 1))
BRIDGE = SessionItem("glute-bridge", Text("Glute bridge", "Pont fessier"), Dose(1, 1, 4, None, 10, False, 1))


def spoken(seconds: float = 60) -> list[tuple[str, str, int]]:
    clock = FakeClock()
    engine = SessionEngine([TILT, BRIDGE], clock)
    events = engine.start()
    for _ in range(int(seconds * 10)):
        clock.advance(0.1)
        events += engine.tick()
    return [(p.key, p.exercise_id, p.count) for p in map(phrase_for, events) if p is not None]


def test_a_session_is_spoken_name_hold_count_relax_next_and_well_done() -> None:
    assert spoken() == [
        ("first", "pelvic-tilt", 0), ("hold", "", 0), ("count", "", 3), ("count", "", 2), ("count", "", 1),
        ("relax", "", 0), ("hold", "", 0), ("count", "", 3), ("count", "", 2), ("count", "", 1),
        ("next", "glute-bridge", 0), ("hold", "", 0), ("count", "", 3), ("count", "", 2), ("count", "", 1),
        ("done", "", 0),
    ]


def test_each_engine_gets_the_phrase_in_the_language() -> None:
    assert speech_command("Tenez", "fr", "espeak-ng") == ["espeak-ng", "-v", "fr", "--", "Tenez"]
    assert speech_command("Hold", "en", "spd-say") == ["spd-say", "-l", "en", "--", "Hold"]
    windows = speech_command("It's $HOME", "en", "powershell")
    assert windows[:3] == ["powershell", "-NoProfile", "-Command"] and "'It''s $HOME'" in windows[3]


def test_the_speaker_starts_the_phrase_and_never_waits_and_says_when_there_is_no_voice() -> None:
    started: list[list[str]] = []
    speaker = Speaker("fr", launcher=lambda command: started.append(list(command)),
                      which=lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None, platform="linux")
    assert speaker.available and speaker.say("Tenez") and started == [["espeak-ng", "-v", "fr", "--", "Tenez"]]
    silent = Speaker("en", launcher=lambda command: started.append(list(command)), which=lambda name: None,
                     platform="linux")
    assert not silent.available and not silent.say("Hold") and len(started) == 1
