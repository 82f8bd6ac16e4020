#!/usr/bin/env bash
# Prepare this checkout to run: Debian/Ubuntu libraries that Qt needs, then a local .venv with the app.
#   scripts/setup.sh          for the app (adds the X11 platform libraries)
#   scripts/setup.sh --test   for the test suite (offscreen Qt, test extras)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=app
[ "${1:-}" = "--test" ] && mode=test

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "exercises_app needs Python 3.11 or newer (found: $("$python" --version 2>&1 || echo none))." >&2
  exit 1
fi

# soname -> Debian package. Qt's offscreen and X11 platforms load these at start.
base_libs=(
  "libEGL.so.1 libegl1" "libGL.so.1 libgl1" "libxkbcommon.so.0 libxkbcommon0"
  "libfontconfig.so.1 libfontconfig1" "libfreetype.so.6 libfreetype6" "libglib-2.0.so.0 libglib2.0-0"
  "libdbus-1.so.3 libdbus-1-3" "libX11.so.6 libx11-6" "libxcb.so.1 libxcb1"
)
x11_libs=(
  "libxcb-cursor.so.0 libxcb-cursor0" "libxcb-icccm.so.4 libxcb-icccm4" "libxcb-image.so.0 libxcb-image0"
  "libxcb-keysyms.so.1 libxcb-keysyms1" "libxcb-randr.so.0 libxcb-randr0" "libxcb-render-util.so.0 libxcb-render-util0"
  "libxcb-shape.so.0 libxcb-shape0" "libxcb-xkb.so.1 libxcb-xkb1" "libxkbcommon-x11.so.0 libxkbcommon-x11-0"
  "libX11-xcb.so.1 libx11-xcb1"
)
wanted=("${base_libs[@]}")
[ "$mode" = app ] && wanted+=("${x11_libs[@]}")

missing=()
known=$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null || true)
for pair in "${wanted[@]}"; do
  set -- $pair
  grep -q "$1 " <<<"$known" || missing+=("$2")
done
# Text needs at least one font; a bare container has none.
ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
# PDF pages are checked with pdftoppm in the tests.
[ "$mode" = test ] && ! command -v pdftoppm >/dev/null && missing+=(poppler-utils)
# The voice test speaks a cue into a WAV file.
[ "$mode" = test ] && ! command -v espeak-ng >/dev/null && missing+=(espeak-ng)
# Debian's python3 has no venv module until python3-venv is installed.
"$python" -c 'import ensurepip, venv' 2>/dev/null || missing+=("python3-venv")

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages Qt needs: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Please install them as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock || true)" ]; then $sudo apt-get update; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extra=""
[ "$mode" = test ] && extra="[test]"
stamp=".venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".$extra"
  touch "$stamp"
fi
