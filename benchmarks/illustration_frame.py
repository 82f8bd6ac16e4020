"""Cost of one animated illustration frame (pose interpolation + painting) at 800x500.

Draws 300 frames spread over every exercise and its animation into an offscreen QImage, and
compares with the cheapest possible frame of the same size (fill + drawPixmap of a ready
pixmap) in the same run. Reports mean and worst time a frame and peak memory.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/illustration_frame.py [--frames 300]
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap

from exercises_app.art.motion import motion_point_at, pose_for_motion_point
from exercises_app.art.poses import PoseLibrary, default_poses_path
from exercises_app.art.primitives import Role
from exercises_app.art.scene import build_scene
from exercises_app.art.style import DEFAULT_PALETTE
from exercises_app.gui.widgets.illustration import paint_scene, qt_colours

WIDTH, HEIGHT = 800, 500
TEMPO_S, HOLD_S = 4.0, 5.0


def time_illustration_frames(library: PoseLibrary, frames: int) -> list[float]:
    """Seconds per frame: interpolate the pose, build the scene, paint it."""
    exercises = [library.exercise(exercise_id) for exercise_id in library.exercise_ids]
    colours = qt_colours(DEFAULT_PALETTE)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    area = QRectF(0, 0, WIDTH, HEIGHT)
    timings = []
    for index in range(frames):
        exercise = exercises[index % len(exercises)]
        moving = index % 2 == 0
        t_seconds = (index * 0.137) % 12.0
        started = time.perf_counter()
        point = motion_point_at(exercise.spec.cycle, t_seconds, TEMPO_S if moving else None, None if moving else HOLD_S)
        scene = build_scene(exercise, pose_for_motion_point(exercise, point), point.nearest_frame)
        painter = QPainter(image)
        painter.fillRect(area, colours[Role.BACKGROUND])
        paint_scene(painter, scene, colours, area)
        painter.end()
        timings.append(time.perf_counter() - started)
    return timings


def time_pixmap_frames(frames: int) -> list[float]:
    """Seconds per frame for the baseline: fill, then draw a ready pixmap of the same size."""
    pixmap = QPixmap(WIDTH, HEIGHT)
    pixmap.fill(QColor("#1F3A5F"))
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(frames):
        started = time.perf_counter()
        painter = QPainter(image)
        painter.fillRect(0, 0, WIDTH, HEIGHT, QColor("#FFFFFF"))
        painter.drawPixmap(0, 0, pixmap)
        painter.end()
        timings.append(time.perf_counter() - started)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    library = PoseLibrary.from_file(default_poses_path())
    for exercise_id in library.exercise_ids:  # solve keyframes before timing: done once at start-up
        library.exercise(exercise_id)
    time_illustration_frames(library, 20)  # warm up
    tracemalloc.start()
    illustration = time_illustration_frames(library, args.frames)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    baseline = time_pixmap_frames(args.frames)
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    # tracemalloc slows Python down; time the illustration again without it for the headline.
    illustration_plain = time_illustration_frames(library, args.frames)

    def row(name: str, samples: list[float]) -> str:
        mean = sum(samples) / len(samples) * 1000.0
        return f"{name:<34} {mean:>9.3f} {max(samples) * 1000.0:>9.3f}"

    mean_illustration = sum(illustration_plain) / len(illustration_plain)
    mean_baseline = sum(baseline) / len(baseline)
    print(f"{args.frames} frames at {WIDTH}x{HEIGHT}, {len(library.exercise_ids)} exercises")
    print(f"{'':<34} {'mean ms':>9} {'max ms':>9}")
    print(row("illustration frame", illustration_plain))
    print(row("illustration frame (tracemalloc)", illustration))
    print(row("plain QPixmap (fill + drawPixmap)", baseline))
    print(f"ratio illustration / pixmap: {mean_illustration / mean_baseline:.1f}x")
    print(f"target: <= 4 ms a frame -> {'met' if mean_illustration * 1000.0 <= 4.0 else 'NOT met'}")
    print(f"peak traced Python memory while drawing: {traced_peak / 1024:.0f} KiB; "
          f"process max RSS: {max_rss_mb:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
