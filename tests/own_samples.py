"""A sample own exercise, shared by the core, printing and GUI tests."""
from __future__ import annotations

import base64

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

EXERCISE = """\
  - id: my-wall-push
    name: {en: Wall push}
    summary: {en: Gentle push against a wall., fr: Poussée douce contre un mur.}
    region: upper-back
    position: standing
    equipment: [wall]
    suits: [posture]
    caution: []
    start: {en: Stand facing a wall.}
    steps:
      - {en: Lean on the wall.}
      - {en: Push back.}
    cues: [{en: Breathe out as you push.}]
    mistakes: [{en: Holding your breath.}]
    precautions: [{en: Stop if your shoulder hurts.}]
    stop_if: [{en: Pain spreads down the arm.}]
    dose: {sets: 1, reps: 8, tempo_s: 4, rest_s: 30, per_side: false, times_per_day: 1}
    illustration:
      - caption: {en: Start}
        pose:
          root: [0, 95]
          trunk: 90
          joints: {near_shoulder: 80, far_shoulder: 80, near_elbow: 10}
          props: {wall: {x: 60}}
      - caption: {en: Push}
        pose:
          root: [0, 95]
          trunk: 80
          joints: {near_shoulder: 90, far_shoulder: 90, near_elbow: 90, far_elbow: 90}
          props: {wall: {x: 60}}
"""
OWN_FILE = "format: exercises-app-own-exercises\nversion: 1\nexercises:\n" + EXERCISE
