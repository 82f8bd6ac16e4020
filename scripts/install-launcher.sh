#!/usr/bin/env bash
# Add exercises_app to your desktop's application menu (Linux, for the current user only).
# Run it once after ./start-app.sh has set up .venv. Remove the two files it names to undo.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp assets/icons/exercises-app.svg "$icons/exercises-app.svg"
sed "s|^Exec=exercises-app|Exec=$here/.venv/bin/exercises-app|" assets/exercises-app.desktop > "$apps/exercises-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "Added $apps/exercises-app.desktop and $icons/exercises-app.svg"
