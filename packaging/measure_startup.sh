#!/usr/bin/env bash
# Measures a built bundle: its size and biggest parts, the start-up time of `evaluate --json`
# (cold: page cache dropped, when allowed; warm: median of 5), and the time from launch to the
# first window on a real X server (Xvfb + xdotool), cold and warm.
#   bash packaging/measure_startup.sh [BUNDLE_DIR]     # default dist/space-ai-explorer
# Needs nothing beyond the bundle for the first two; the window timing needs xvfb and xdotool
# (Debian packages of the same names) and is skipped without them. Dropping the page cache needs
# root; otherwise "cold" is the first run after whatever ran before.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(cd "${1:-dist/space-ai-explorer}" && pwd)
exe=$bundle/space-ai-explorer
[ -x "$exe" ] || { echo "no bundle at $bundle; run packaging/build_bundle.sh" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/space-ai-explorer-measure.XXXXXX")
xvfb_pid=""
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work XDG_CONFIG_HOME=$work/.config XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
drop_caches() {
  sync
  if { echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then cold="cold (page cache dropped)"
  else cold="first run (page cache not droppable)"; fi
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== Size"
du -sh "$bundle" | awk '{ print "total on disk: " $1 }'
echo "as .tar.gz:    $(tar -C "$(dirname "$bundle")" -czf - "$(basename "$bundle")" | wc -c | awk '{ printf "%.0fM", $1 / 1048576 }')"
echo "biggest parts:"
(cd "$bundle/_internal" && du -s -l ./* PySide6/Qt/lib/* PySide6/*.so* numpy.libs/* 2>/dev/null \
  | sort -rn | awk '{ printf "  %6.1fM  %s\n", $1 / 1024, $2 }' | head -n 14)

echo "== evaluate baseline-2026 --json"
cd "$work"
export QT_QPA_PLATFORM=offscreen
drop_caches
t0=$(now); "$exe" evaluate baseline-2026 --json >/dev/null; echo "$cold: $(since "$t0") s"
for _ in 1 2 3 4 5; do
  t0=$(now); "$exe" evaluate baseline-2026 --json >/dev/null; since "$t0"; echo
done | median | awk '{ print "warm (median of 5): " $1 " s" }'

echo "== launch to first window (Xvfb)"
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  echo "skipped: needs Xvfb and xdotool"
  exit 0
fi
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
unset QT_QPA_PLATFORM
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

window_time() {
  local t0 id
  t0=$(now)
  "$exe" >"$work/gui.log" 2>&1 &
  app_pid=$!
  id=$(timeout 60 xdotool search --sync --onlyvisible --classname space-ai-explorer | head -n 1)
  echo "$(since "$t0") s (window $id, WM_CLASS $(xprop -id "$id" WM_CLASS | cut -d= -f2))"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
drop_caches
echo "$cold: $(window_time)"
echo "warm: $(window_time)"
