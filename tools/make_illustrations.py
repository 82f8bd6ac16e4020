"""Write ``assets/illustrations/<exercise-id>/<frame>.svg`` for every frame in ``poses.yaml``.

Usage: python tools/make_illustrations.py [--check]
With --check nothing is written; the exit status is 1 when a file is missing or out of date.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exercises_app.art.export import illustration_files, illustrations_dir, write_illustrations
from exercises_app.art.poses import PoseLibrary, default_poses_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that differ from the generator")
    args = parser.parse_args(argv)
    library = PoseLibrary.from_file(default_poses_path())
    target = illustrations_dir()
    if args.check:
        stale = [name for name, text in illustration_files(library).items()
                 if not (target / name).exists() or (target / name).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    written = write_illustrations(library, target)
    print(f"{len(written)} illustrations in {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
