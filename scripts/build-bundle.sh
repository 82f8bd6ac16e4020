#!/usr/bin/env bash
# Build the self-contained Linux bundle: dist/exercises-app/ (runs without Python) and
# dist/exercises-app-<version>-linux-x86_64.tar.gz with install.sh and uninstall.sh inside.
#   scripts/build-bundle.sh          build both (a few minutes the first time)
# PyInstaller and the app's dependencies go into their own venv, build/bundle-venv/, so .venv stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=${PYTHON:-python3}
venv=build/bundle-venv

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
if [ ! -f "$venv/.ready" ] || [ pyproject.toml -nt "$venv/.ready" ]; then
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  # The app's own dependencies (from pyproject.toml) and PyInstaller; the app itself is read from the checkout.
  "$venv/bin/python" -m pip install --quiet "pyinstaller>=6.10" \
    $("$venv/bin/python" -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))')
  touch "$venv/.ready"
fi

scripts/setup.sh  # the X11 libraries Qt loads, so that PyInstaller copies them into the bundle
version=$("$venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
rm -rf dist/exercises-app
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/exercises-app.spec

bundle=dist/exercises-app
cp scripts/install-launcher.sh "$bundle/install.sh"
cp packaging/linux/uninstall.sh packaging/linux/README.txt "$bundle/"
chmod +x "$bundle/install.sh" "$bundle/uninstall.sh"

tarball="dist/exercises-app-$version-linux-$arch.tar.gz"
tar -C dist -czf "$tarball" exercises-app
echo "Bundle:  $root/$bundle ($(du -sm "$bundle" | cut -f1) MB)"
echo "Tarball: $root/$tarball ($(du -sm "$tarball" | cut -f1) MB)"
