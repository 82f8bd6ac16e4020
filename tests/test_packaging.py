"""Packaging: the PyInstaller spec and bundle scripts agree with the checkout, and the wheel runs from a fresh venv.

The bundle itself is built by scripts/build-bundle.sh and checked by scripts/smoke-bundle.sh (minutes, not part of
this suite); only its size is checked here, when a bundle happens to be built.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "exercises-app.spec"


def _spec_constant(name: str) -> list:
    """A list assigned at the top of the spec (the spec itself only runs inside PyInstaller)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} has no {name}")


def test_every_data_file_the_spec_collects_exists() -> None:
    for source, target in _spec_constant("BUNDLED_DATA"):
        assert list(ROOT.glob(source)), f"{SPEC.name}: {source} matches nothing"
        assert target.startswith("exercises_app/"), f"{target}: config.py looks inside the package folder"


def test_the_spec_collects_everything_the_wheel_ships() -> None:
    """The library, drawings, sounds, templates, icon and French catalogue: what the wheel carries."""
    sources = [ROOT / source for source, _target in _spec_constant("BUNDLED_DATA")]
    shipped = [*(ROOT / "assets").rglob("*"), *(ROOT / "data").rglob("*.yaml"),
               *(ROOT / "exercises_app" / "i18n").glob("*.qm")]
    files = [f for f in shipped if f.is_file()]
    assert len(files) > 20
    for file in files:
        assert any(file == s or s in file.parents or file.match(str(s)) for s in sources), f"{file} is not bundled"


def test_the_spec_leaves_out_the_heavy_qt_modules() -> None:
    excluded = set(_spec_constant("EXCLUDED_MODULES"))
    for module in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQml", "PySide6.QtQuick",
                   "PySide6.QtMultimedia"):
        assert module in excluded
    used = {line.split()[1] for f in (ROOT / "exercises_app").rglob("*.py")
            for line in f.read_text(encoding="utf-8").splitlines() if line.startswith("from PySide6.")}
    assert not used & excluded, f"the app imports excluded modules: {used & excluded}"


def test_the_bundle_scripts_are_there_and_consistent() -> None:
    build = (ROOT / "scripts" / "build-bundle.sh").read_text(encoding="utf-8")
    assert "packaging/exercises-app.spec" in build
    assert 'cp scripts/install-launcher.sh "$bundle/install.sh"' in build  # one launcher script, two homes
    for script in ("build-bundle.sh", "smoke-bundle.sh", "install-launcher.sh"):
        assert os.access(ROOT / "scripts" / script, os.X_OK), script
    assert os.access(ROOT / "packaging" / "linux" / "uninstall.sh", os.X_OK)
    assert "env -i" in (ROOT / "scripts" / "smoke-bundle.sh").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "install.md").exists()


def test_a_built_bundle_stays_under_350_mb() -> None:
    bundle = ROOT / "dist" / "exercises-app"
    if not (bundle / "exercises-app").exists():
        pytest.skip("no bundle built (scripts/build-bundle.sh)")
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < 350 * 1024 * 1024, f"{size / 1024 / 1024:.0f} MB"


def test_the_wheel_runs_from_a_fresh_venv_outside_the_checkout(tmp_path: Path) -> None:
    """Build the wheel, install it with no dependencies into a new venv, borrow only PySide6 and PyYAML."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
                   check=True, capture_output=True, cwd=tmp_path)
    wheel = next(wheels.glob("exercises_app-*.whl"))
    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True, cwd=tmp_path)
    # The dependencies come from the test venv's site-packages, added after the fresh venv's own
    # (a .pth line: the editable install's finder there is not loaded).
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen",
           "EXERCISES_APP_DATA_DIR": str(tmp_path / "data")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(venv / "bin" / "exercises-app"), *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=60, check=False)

    code = "import exercises_app.config as c; print(c.AppPaths(data_dir=c.Path('.')).bundled_library)"
    where = subprocess.run([str(python), "-c", code],
                           capture_output=True, text=True, env=env, cwd=tmp_path, check=True).stdout.strip()
    assert where.startswith(str(venv)) and Path(where).is_file(), where
    listed = run("list", "--lang", "fr")
    assert listed.returncode == 0 and "Chat-vache" in listed.stdout, listed.stderr
    template = Path(where).parent / "programmes" / "guide-seven.yaml"
    assert run("validate", str(template)).returncode == 0
    started = run("--check-startup", "--lang", "fr")
    assert started.returncode == 0 and not started.stderr, started.stderr
