"""Render the app's views to PNG files for the README and for review (offscreen, temporary data: the
views are shown on ten weeks of a realistic record, made by ``benchmarks/realistic_data.py``).

    python tools/screenshots.py [--out docs/screenshots]

Writes library-<lang>-<size>.png and a guided-session series (session-<lang>-<step>.png).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-screen.json'}"

from PySide6.QtWidgets import QApplication  # noqa: E402

from exercises_app.audio import CuePlayer  # noqa: E402
from exercises_app.config import AppPaths  # noqa: E402
from exercises_app.core.clock import FakeClock  # noqa: E402
from exercises_app.core.first_start import EXAMPLE  # noqa: E402
from exercises_app.core.programme import Programme, ProgrammeExercise  # noqa: E402
from exercises_app.core.session import StepKind  # noqa: E402
from exercises_app.gui.app import install_translators  # noqa: E402
from exercises_app.gui.context import AppContext  # noqa: E402
from exercises_app.gui.main_window import MainWindow  # noqa: E402
from exercises_app.gui.theme import apply_appearance  # noqa: E402

SIZES = {"1280x800": (1280, 800), "1024x640": (1024, 640)}


@contextmanager
def app_window(app: QApplication, lang: str, data_dir: Path, clock: FakeClock,
               size: tuple[int, int] | None = None) -> Iterator[MainWindow]:
    """The main window in ``lang`` on ``data_dir``, shown (at ``size``); closed, with its translators
    removed, when the block ends."""
    translators = install_translators(app, lang)
    context = AppContext.create(AppPaths(data_dir=data_dir), lang, clock)
    if context.start_pending:  # a fresh folder: as after "Show me the clinic guide's exercises as an example"
        context.choose_start(EXAMPLE)
    # Silent, but as on a desktop that has a sound player (the controls show "Sound on", not "No sound").
    cues = CuePlayer(context.paths.assets_dir / "sounds", muted=True, launcher=lambda command: None,
                     which=lambda name: f"/usr/bin/{name}")
    window = MainWindow(context, cues)
    if size is not None:
        window.resize(*size)
    window.show()
    try:
        yield window
    finally:
        window.close()
        for translator in translators:
            app.removeTranslator(translator)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shoot(window: MainWindow, path: Path, app: QApplication) -> None:
    settle(app)
    window.grab().save(str(path))
    print(path)


def session_series(app: QApplication, lang: str, out: Path, clock: FakeClock, data_dir: Path) -> None:
    """Get ready, moving, hold with countdown, relax, rest, next exercise — for one exercise."""
    with app_window(app, lang, data_dir, clock, (1280, 800)) as window:
        _session_series(app, window, lang, out, clock)


def _session_series(app: QApplication, window: MainWindow, lang: str, out: Path, clock: FakeClock) -> None:
    # A glute bridge moved into over 3 s and held for 8 s, two sets, then the next exercise.
    library = window.context.library_load.library
    bridge, tilt = library.get("glute-bridge"), library.get("pelvic-tilt")
    dose = replace(bridge.dose, sets=2, reps=3, tempo_s=3, hold_s=8, rest_s=20, times_per_day=1)
    window.context.use_programme(Programme(
        programme_id="screenshots", version=1, title="Screenshots", language=lang, sessions_per_day=1,
        exercises=(ProgrammeExercise(bridge.id, dose), ProgrammeExercise(tilt.id, replace(tilt.dose, times_per_day=1))),
    ), keep_copy=False)
    window.show_view("session")
    view = window.session_view
    view.prepare(1)
    view.start()
    wanted = [StepKind.GET_READY, StepKind.MOVE, StepKind.HOLD, StepKind.RELAX, StepKind.REST, StepKind.TRANSITION]
    names = {StepKind.GET_READY: "1-get-ready", StepKind.MOVE: "2-moving", StepKind.HOLD: "3-hold",
             StepKind.RELAX: "4-relax", StepKind.REST: "5-rest", StepKind.TRANSITION: "6-next"}
    shot: set[StepKind] = set()
    for _ in range(4000):
        step = view.engine.current_step
        if step.kind in wanted and step.kind not in shot and view.engine.remaining_s() < step.duration_s - 0.9:
            view._on_flash_over()  # the cue's flash lasts a moment; show the steady screen
            shoot(window, out / f"session-{lang}-{names[step.kind]}.png", app)
            shot.add(step.kind)
            if shot == set(wanted):
                break
        clock.advance(0.5)
        view.tick()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=("views", "controls", "hc150"),
                        help="only the views and session series, the controls in each theme, or the 150 %% set")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    apply_appearance(app, "light", 100)  # as the app starts: Fusion style and the light palette
    if args.only in (None, "views"):
        views_and_sessions(app, args.out)
    if args.only in (None, "hc150"):
        high_contrast_large_text(app, args.out)
    if args.only in (None, "controls"):
        controls_in_each_theme(app, args.out)


def views_and_sessions(app: QApplication, out: Path) -> None:
    """Every view in English and French at two window sizes, and the guided-session series."""
    from benchmarks.realistic_data import make_realistic_data_dir

    for lang in ("en", "fr"):
        with tempfile.TemporaryDirectory() as tmp:
            clock = FakeClock()
            # Ten weeks of a patient's record (as the app writes it), so History shows weeks, not an empty month.
            make_realistic_data_dir(Path(tmp), days=70, today=clock.now().date())
            with app_window(app, lang, Path(tmp), clock) as window:
                window.library_view.select_exercise("cat-cow")
                for view in ("today", "history", "programme", "library"):
                    window.show_view(view)
                    for name, (width, height) in SIZES.items():
                        window.resize(width, height)
                        shoot(window, out / f"{view}-{lang}-{name}.png", app)
        with tempfile.TemporaryDirectory() as tmp:
            session_series(app, lang, out, FakeClock(), Path(tmp))


def high_contrast_large_text(app: QApplication, out: Path) -> None:
    """Every view in French, high-contrast theme, text at 150 %, at 1280×800."""
    apply_appearance(app, "high-contrast", 150)
    try:
        with tempfile.TemporaryDirectory() as tmp, app_window(app, "fr", Path(tmp), FakeClock(), (1280, 800)) as window:
            for view in ("today", "history", "programme", "library", "session"):
                window.show_view(view)
                shoot(window, out / f"hc150-fr-{view}.png", app)
            window.session_view.start()
            window.session_view._on_flash_over()
            shoot(window, out / "hc150-fr-session-running.png", app)
    finally:
        apply_appearance(app, "light", 100)


def controls_in_each_theme(app: QApplication, out: Path) -> None:
    """Settings in the dark and high-contrast themes; Settings without a sound player and the end of a
    session with a pain rating chosen, in French at 150 % in high contrast."""
    from exercises_app.core.preferences import Preferences
    from exercises_app.gui.settings_dialog import SettingsDialog

    chosen = Preferences(reminder_times=("08:00",))
    for theme, scale, lang, sound, name in (("dark", 100, "en", True, "settings-dark-en.png"),
                                            ("high-contrast", 100, "en", True, "settings-hc-en.png"),
                                            ("high-contrast", 150, "fr", False, "settings-hc150-fr-no-sound.png")):
        apply_appearance(app, theme, scale)
        translators = install_translators(app, lang)
        with tempfile.TemporaryDirectory() as tmp:
            dialog = SettingsDialog(Path(tmp) / "exercises-app", sound_available=sound)
            dialog.load(chosen)
            dialog.show()
            shoot(dialog, out / name, app)
            dialog.close()
        for translator in translators:
            app.removeTranslator(translator)
    apply_appearance(app, "high-contrast", 150)
    try:
        with tempfile.TemporaryDirectory() as tmp, app_window(app, "fr", Path(tmp), FakeClock(), (1280, 800)) as window:
            window.show_view("session")
            view = window.session_view
            view.start()
            view._handle(view.engine.end_early())  # as after "End" and "Yes": the "Session ended" page
            view.pain_scale.set_value(4)
            shoot(window, out / "hc150-fr-session-ended.png", app)
    finally:
        apply_appearance(app, "light", 100)


if __name__ == "__main__":
    main()
