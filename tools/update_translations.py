"""Refresh the Qt Linguist sources from the code and compile them.

    python tools/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python tools/update_translations.py --check  # exit 1 if a string is untranslated or the .qm is stale

Translate by editing exercises_app/i18n/exercises_app_fr.ts (with Qt Linguist, `pyside6-linguist`,
or any text editor), then run this script again to rebuild the .qm that ships in the package.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "exercises_app" / "i18n"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """Path of a PySide6 tool, preferring the one beside the running interpreter."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "exercises_app").rglob("*.py") if "gui" in p.parts)


def unfinished(ts_file: Path) -> list[str]:
    """Source strings whose translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            missing.append(message.findtext("source") or "")
        elif not (translation.text or "").strip() and not list(translation):
            missing.append(message.findtext("source") or "")
    return missing


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    args = parser.parse_args()
    status = 0
    for lang in LANGUAGES:
        ts_file = I18N / f"exercises_app_{lang}.ts"
        qm_file = I18N / f"exercises_app_{lang}.qm"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh_ts = Path(tmp) / ts_file.name
                shutil.copy(ts_file, fresh_ts)
                subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources(), "-ts", str(fresh_ts)],
                               check=True, cwd=ROOT)
                missing = unfinished(fresh_ts)
                fresh_qm = Path(tmp) / qm_file.name
                compile_qm(ts_file, fresh_qm)
                stale = not qm_file.exists() or fresh_qm.read_bytes() != qm_file.read_bytes()
        else:
            subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources(), "-ts", str(ts_file)],
                           check=True, cwd=ROOT)
            missing = unfinished(ts_file)
            compile_qm(ts_file, qm_file)
            stale = False
        for source in missing:
            print(f"{ts_file.name}: untranslated: {source!r}")
        if stale:
            print(f"{qm_file.name}: out of date; run python tools/update_translations.py")
        status |= bool(missing) or stale
    return 1 if status else 0


if __name__ == "__main__":
    sys.exit(main())
