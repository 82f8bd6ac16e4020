#!/usr/bin/env bash
# Smoke test of the built bundle, as on a machine with no Python and no checkout:
# unpack the tarball into a temporary folder, then with an empty environment (env -i) start the window
# offscreen (--check-startup), validate, list in French, print a template to PDF, export the record as CSV,
# and add then remove the menu entry. Exits non-zero at the first step that fails.
#   scripts/smoke-bundle.sh [dist/exercises-app-VERSION-linux-ARCH.tar.gz]   (default: the newest tarball in dist/)
set -euo pipefail
checkout=$(cd "$(dirname "$0")/.." && pwd)
tarball=${1:-$(ls -t "$checkout"/dist/exercises-app-*-linux-*.tar.gz 2>/dev/null | head -1)}
[ -f "$tarball" ] || { echo "No tarball found; run scripts/build-bundle.sh first." >&2; exit 1; }
tarball=$(cd "$(dirname "$tarball")" && pwd)/$(basename "$tarball")

work=$(mktemp -d /tmp/exercises-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
cd "$work"  # nothing of the checkout is on any path from here on
tar -xzf "$tarball"
app="$work/exercises-app/exercises-app"
data="$work/home/data"
internal="$work/exercises-app/_internal/exercises_app"
run() {  # an empty environment: no PATH, no PYTHONPATH, no DISPLAY
  env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen "$app" "$@"
}
step() { printf '%-34s' "$1"; }

step "start-up (--check-startup)"
seconds=$(run --check-startup --data-dir "$data" 2>"$work/startup.err")
[ ! -s "$work/startup.err" ] || { echo "FAILED: stderr not empty:"; cat "$work/startup.err"; exit 1; }
echo "ok, first paint after $seconds s, nothing on stderr"

step "start-up in French (catalogues)"
run --check-startup --lang fr --data-dir "$data" >/dev/null 2>"$work/startup-fr.err"
[ ! -s "$work/startup-fr.err" ] || { echo "FAILED:"; cat "$work/startup-fr.err"; exit 1; }
echo "ok, the app's and Qt's French catalogues load (no warning)"

step "validate (library, a template)"
run validate "$internal/data/exercises.yaml" "$internal/data/programmes/guide-seven.yaml" --data-dir "$data" 2>&1 \
  | grep -c ": valid" | grep -qx 2
echo "ok"

step "list --lang fr"
rows=$(run list --lang fr --data-dir "$data" | tee "$work/list.txt" | wc -l)
grep -q "Chat-vache" "$work/list.txt"
echo "ok, $((rows - 2)) exercises, French names"

step "print (template to PDF, French)"
run print "$internal/data/programmes/neck-desk-posture.yaml" -o "$work/handout.pdf" --lang fr --paper a4 \
  --data-dir "$data" 2>"$work/print.err"
head -c 5 "$work/handout.pdf" | grep -q "%PDF-"
echo "ok, $(cat "$work/print.err")"

step "report (follow-up PDF)"
run report -o "$work/report.pdf" --data-dir "$data" 2>"$work/report.err"
head -c 5 "$work/report.pdf" | grep -q "%PDF-"
echo "ok, $(cat "$work/report.err")"

step "export (record as CSV)"
run export -o "$work/record.csv" --data-dir "$data" 2>"$work/export.err"
[ -s "$work/record.csv" ]
echo "ok, $(cat "$work/export.err")"

step "no desktop: plain message, exit 2"
status=0; env -i HOME="$work/home" "$app" --data-dir "$data" 2>"$work/nodisplay.err" || status=$?
[ "$status" = 2 ] && grep -q "needs a desktop" "$work/nodisplay.err"
echo "ok"

step "install.sh / uninstall.sh"
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/exercises-app/install.sh" >/dev/null
grep -q "^Exec=\"$app\"" "$work/home/.local/share/applications/exercises-app.desktop"
[ -f "$work/home/.local/share/icons/hicolor/scalable/apps/exercises-app.svg" ]
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/exercises-app/uninstall.sh" >/dev/null
[ ! -e "$work/home/.local/share/applications/exercises-app.desktop" ]
echo "ok"

[ ! -e "$data/exercises-app.log" ] || { echo "unexpected errors logged:"; cat "$data/exercises-app.log"; exit 1; }
echo "Bundle $(basename "$tarball"): all smoke checks passed ($(du -sm "$work/exercises-app" | cut -f1) MB unpacked)."
