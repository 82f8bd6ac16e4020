"""Entry point of the frozen app (PyInstaller): the same as ``python -m exercises_app``."""
import os
import sys

from exercises_app.cli import main

if __name__ == "__main__":
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"  # Qt needs UTF-8 and says so on stderr when started with no locale
    sys.exit(main())
