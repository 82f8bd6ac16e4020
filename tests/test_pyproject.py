"""pyproject.toml: every folder of shipped data is declared, and both entry points start the same CLI."""
from __future__ import annotations

import keyword
import tomllib
from pathlib import Path

from exercises_app import cli

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PROJECT["tool"]["setuptools"]


def importable(parts: tuple[str, ...]) -> bool:
    """True when Python could import a folder with this relative path as a package."""
    return all(part.isidentifier() and not keyword.iskeyword(part) for part in parts)


def test_every_data_folder_python_could_import_is_a_declared_package() -> None:
    """Otherwise setuptools warns, for each such folder, that its files "would be ignored"."""
    packages = set(SETUPTOOLS["packages"])
    for package, folder in SETUPTOOLS["package-dir"].items():
        assert package in packages
        for sub in (ROOT / folder).rglob("*"):
            parts = sub.relative_to(ROOT / folder).parts
            if sub.is_dir() and importable(parts) and any(f.is_file() for f in sub.iterdir()):
                assert ".".join((package, *parts)) in packages, f"{sub} is not listed in [tool.setuptools] packages"


def test_every_declared_package_is_a_folder() -> None:
    mapped = SETUPTOOLS["package-dir"]
    for package in SETUPTOOLS["packages"]:
        top = next((name for name in mapped if package == name or package.startswith(name + ".")), None)
        folder = (ROOT / mapped[top] / Path(*package[len(top) + 1:].split(".")) if top
                  else ROOT / Path(*package.split(".")))
        assert folder.is_dir(), f"{package}: no folder {folder}"


def test_the_window_and_the_console_entry_points_run_the_same_command_line() -> None:
    project = PROJECT["project"]
    assert project["gui-scripts"] == {"exercises-app": "exercises_app.cli:main"}
    assert project["scripts"] == {"exercises-app-cli": "exercises_app.cli:main"}
    assert callable(cli.main)


def test_the_licence_is_an_spdx_expression_without_a_licence_classifier() -> None:
    project = PROJECT["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]
