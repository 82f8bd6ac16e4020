"""Write the session's cue sounds to assets/sounds/ (16-bit mono WAV, generated, deterministic).

    python tools/make_sounds.py

Each cue has its own shape so it can be told apart without looking:
- move.wav: two rising notes ("start moving / hold")
- relax.wav: two falling, softer notes ("relax")
- countdown.wav: one short high tick (each of the last 3 seconds of a hold)
- done.wav: three rising notes ("exercise done")
"""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(frequency: float, seconds: float, volume: float) -> list[float]:
    """A sine note with a soft attack and release (no clicks), plus a quiet octave for warmth."""
    count = int(RATE * seconds)
    attack, release = int(RATE * 0.01), int(RATE * 0.06)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / attack, (count - i) / release)
        t = i / RATE
        value = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        samples.append(volume * envelope * value / 1.25)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


CUES: dict[str, list[float]] = {
    "move": tone(660, 0.14, 0.7) + silence(0.03) + tone(880, 0.22, 0.7),
    "relax": tone(660, 0.18, 0.45) + silence(0.03) + tone(440, 0.3, 0.45),
    "countdown": tone(1046, 0.08, 0.55),
    "done": tone(523, 0.14, 0.6) + tone(659, 0.14, 0.6) + tone(784, 0.36, 0.6),
}


def write_wav(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, samples in CUES.items():
        write_wav(OUT / f"{name}.wav", samples)
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()
