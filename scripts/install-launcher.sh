#!/usr/bin/env bash
# Add exercises_app to your desktop's application menu (Linux, for the current user only; no root needed).
#   From a checkout:        scripts/install-launcher.sh     (after ./start-app.sh has set up .venv)
#   From the unpacked app:  ./install.sh                    (this same script, copied into the bundle)
# Add --uninstall (or run ./uninstall.sh in the bundle) to remove the menu entry and the icon again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/exercises-app" ]; then  # the unpacked bundle: the executable sits next to this script
  executable="$here/exercises-app"
  assets=$(dirname "$(find "$here" -path '*/exercises_app/assets/exercises-app.desktop' -print -quit)")
else  # a checkout: scripts/ is one level down
  executable="$(dirname "$here")/.venv/bin/exercises-app"
  assets="$(dirname "$here")/assets"
fi
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/exercises-app.desktop" "$icons/exercises-app.svg"
  command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
  echo "Removed the menu entry and icon of Exercises for back and neck."
  echo "Your records stay in ${XDG_DATA_HOME:-$HOME/.local/share}/exercises-app; delete that folder to remove them too."
  exit 0
fi
if [ ! -x "$executable" ]; then
  echo "Cannot find the app at $executable; run ./start-app.sh once first." >&2
  exit 1
fi
mkdir -p "$apps" "$icons"
cp "$assets/icons/exercises-app.svg" "$icons/exercises-app.svg"
sed "s|^Exec=exercises-app|Exec=\"$executable\"|" "$assets/exercises-app.desktop" > "$apps/exercises-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "Added \"Exercises for back and neck\" to your applications menu:"
echo "  $apps/exercises-app.desktop"
echo "  $icons/exercises-app.svg"
