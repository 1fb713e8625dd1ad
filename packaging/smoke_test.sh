#!/usr/bin/env bash
# Smoke test of the BUILT bundle (packaging/build_bundle.sh first). Runs it the way a user would:
# from an empty folder, with an empty home, on Qt's offscreen platform (no display needed).
#   bash packaging/smoke_test.sh [BUNDLE_DIR]     # default dist/space-ai-explorer
# Checks --version, --help, presets, params, validate, talk --check, evaluate --json, a PNG export
# at 1920 px, that the window opens and closes cleanly, the desktop-entry installer, and that the
# bundle stays lean. Exits 0 only if every check passes; prints how long each run took.
# shellcheck disable=SC2016  # the Python snippets are single-quoted on purpose
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
root=$PWD
bundle=$(cd "${1:-dist/space-ai-explorer}" 2>/dev/null && pwd) || {
  echo "no bundle at ${1:-dist/space-ai-explorer}; run packaging/build_bundle.sh" >&2
  exit 1
}
exe=$bundle/space-ai-explorer
[ -x "$exe" ] || { echo "no executable $exe" >&2; exit 1; }
# A Python to read the JSON and the PNG: never the bundle's own.
py=$root/.venv/bin/python
[ -x "$py" ] || py=$(command -v python3)

work=$(mktemp -d "${TMPDIR:-/tmp}/space-ai-explorer-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cwd" "$work/home"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY PYTHONPATH PYTHONHOME

failures=0
pass() { printf 'ok    %-34s %s\n' "$1" "${2:-}"; }
fail() { printf 'FAIL  %-34s %s\n' "$1" "${2:-}"; failures=$((failures + 1)); }

# run NAME TIMEOUT ARGS...: runs the bundle in the empty folder; stdout in $work/NAME.out, stderr
# in $work/NAME.err, exit status in $rc, wall time in $secs.
run() {
  local name=$1 limit=$2
  shift 2
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$work/cwd" && timeout "$limit" "$exe" "$@") >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  t1=$(date +%s.%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')
}
show_err() { sed -n '1,15p' "$work/$1.err" | sed 's/^/      /'; }

# 1. --version: the project's version.
want_version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
run version 60 --version
if [ "$rc" = 0 ] && grep -qx "space-ai-explorer $want_version" "$work/version.out"; then
  pass "--version" "$(cat "$work/version.out")  ($secs, first run)"
else
  fail "--version" "rc=$rc, got '$(head -c 200 "$work/version.out")', want $want_version"
  show_err version
fi

# 2. --help lists the subcommands.
run help 60 --help
if [ "$rc" = 0 ] && grep -q evaluate "$work/help.out" && grep -q export "$work/help.out"; then
  pass "--help" "($secs)"
else
  fail "--help" "rc=$rc"
  show_err help
fi

# 3. presets: every YAML in presets/ is listed, with a description.
run presets 60 presets
missing=""
for f in presets/*.yaml; do
  n=$(basename "$f" .yaml)
  grep -Eq "^${n}[[:space:]]+[^[:space:]]" "$work/presets.out" || missing="$missing $n"
done
if [ "$rc" = 0 ] && [ -z "$missing" ] && [ -s "$work/presets.out" ]; then
  pass "presets" "$(wc -l <"$work/presets.out") listed ($secs)"
else
  fail "presets" "rc=$rc, missing:${missing:- none}"
  show_err presets
fi

# 4. params --json: the registry, parsed.
run params 60 params --json
if [ "$rc" = 0 ] && n=$("$py" -c '
import json, sys
data = json.load(open(sys.argv[1]))
rows = data if isinstance(data, list) else data.get("params", data)
assert len(rows) >= 10, len(rows)
print(len(rows))' "$work/params.out" 2>"$work/params.py.err"); then
  pass "params --json" "$n parameters ($secs)"
else
  fail "params --json" "rc=$rc $(tail -n 1 "$work/params.py.err" 2>/dev/null)"
  show_err params
fi

# 5. validate: the repository's preset files, read by the frozen YAML loader.
run validate 60 validate "$root"/presets/*.yaml
if [ "$rc" = 0 ]; then
  pass "validate presets/*.yaml" "($secs)"
else
  fail "validate presets/*.yaml" "rc=$rc"
  show_err validate
  sed -n '1,10p' "$work/validate.out" | sed 's/^/      /'
fi

# 5b. talk --check: the bundled talk ships, loads its presets, and every caption holds.
run talk 60 talk --check
if [ "$rc" = 0 ] && grep -q "^scene 1 (.*): ok" "$work/talk.out"; then
  pass "talk --check" "$(wc -l <"$work/talk.out") scenes ($secs)"
else
  fail "talk --check" "rc=$rc"
  show_err talk
  sed -n '1,10p' "$work/talk.out" | sed 's/^/      /'
fi

# 6. evaluate --json: both sides, finite positive $/GPU-hour, and the ratio between them.
run evaluate 60 evaluate baseline-2026 --json
if [ "$rc" = 0 ] && summary=$("$py" -c '
import json, math, sys
data = json.load(open(sys.argv[1]))
cost = {}
for side in ("earth", "space"):
    v = data[side]["usd_per_gpu_hour"]
    assert isinstance(v, (int, float)) and math.isfinite(v) and v > 0, (side, v)
    cost[side] = v
ratio = data["space_to_earth_ratio"]
assert math.isclose(ratio, cost["space"] / cost["earth"], rel_tol=1e-9), ratio
print("earth ${:.2f}/GPU-h, space ${:.2f}/GPU-h".format(cost["earth"], cost["space"]))' "$work/evaluate.out" 2>"$work/evaluate.py.err"); then
  pass "evaluate baseline-2026 --json" "$summary ($secs)"
else
  fail "evaluate baseline-2026 --json" "rc=$rc $(tail -n 1 "$work/evaluate.py.err" 2>/dev/null)"
  show_err evaluate
fi

# 7. export: a real PNG, 1920 px wide, with the preset riding along in its text metadata.
png=$work/cwd/dashboard.png
run export 120 export baseline-2026 --chart dashboard --out "$png" --width 1920
if [ "$rc" = 0 ] && info=$("$py" -c '
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, chunks, width, height = 8, [], 0, 0
while pos < len(data):
    (n,) = struct.unpack(">I", data[pos:pos + 4])
    kind = data[pos + 4:pos + 8]
    body = data[pos + 8:pos + 8 + n]
    (crc,) = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
    assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
    if kind == b"IHDR":
        width, height = struct.unpack(">II", body[:8])
    chunks.append(kind)
    pos += 12 + n
assert chunks[0] == b"IHDR" and chunks[-1] == b"IEND", chunks
assert width == 1920, f"width {width}"
assert height >= 400, f"height {height}"
assert b"tEXt" in chunks or b"iTXt" in chunks or b"zTXt" in chunks, "no text metadata"
print(f"{width}x{height}, {len(data) // 1024} KiB")' "$png" 2>"$work/export.py.err"); then
  pass "export dashboard --width 1920" "$info ($secs)"
else
  fail "export dashboard --width 1920" "rc=$rc $(tail -n 1 "$work/export.py.err" 2>/dev/null)"
  show_err export
fi

# 8. the window: opens on the offscreen platform and exits cleanly. With the app's quit-after hook
# (SPACE_AI_EXPLORER_QUIT_AFTER_MS, once explorer/ has it) it must quit by itself with status 0;
# without it, it must still be running, traceback-free, after 15 s (then it is stopped).
if grep -rqs SPACE_AI_EXPLORER_QUIT_AFTER_MS explorer; then
  SPACE_AI_EXPLORER_QUIT_AFTER_MS=1500 run gui 60
  if [ "$rc" = 0 ] && ! grep -q Traceback "$work/gui.err"; then
    pass "window opens and quits" "($secs, including 1.5 s shown)"
  else
    fail "window opens and quits" "rc=$rc (124: did not quit within 60 s)"
    show_err gui
  fi
else
  run gui 15
  if [ "$rc" = 124 ] && ! grep -q Traceback "$work/gui.err"; then
    pass "window opens (no quit hook)" "still up after 15 s, stopped"
  else
    fail "window opens (no quit hook)" "rc=$rc: it ended by itself"
    show_err gui
  fi
fi

# 9. a bad preset name: one clear line, non-zero exit, no traceback.
run badpreset 60 evaluate no-such-preset
if [ "$rc" != 0 ] && [ -s "$work/badpreset.err" ] && ! grep -q Traceback "$work/badpreset.err"; then
  pass "unknown preset is refused" "rc=$rc: $(head -n 1 "$work/badpreset.err" | cut -c 1-70)"
else
  fail "unknown preset is refused" "rc=$rc"
  show_err badpreset
fi

# 10. the bundle's desktop-entry installer points the menu at this bundle (into the empty home).
if (cd "$work/cwd" && "$bundle/install-desktop-entry.sh") >"$work/install.out" 2>&1 \
  && grep -qx "TryExec=$exe" "$XDG_DATA_HOME/applications/space-ai-explorer.desktop" \
  && [ -f "$XDG_DATA_HOME/icons/hicolor/48x48/apps/space-ai-explorer.png" ]; then
  pass "install-desktop-entry.sh" "Exec=$exe"
else
  fail "install-desktop-entry.sh" "$(tail -n 1 "$work/install.out")"
fi

# 11. lean: none of the Qt parts the app does not use came along.
internal=$bundle/_internal
fat=$(cd "$internal" && find . \( -path './PySide6/Qt/translations/*' ! -name 'qtbase_ru.qm' \
  ! -name 'qtbase_zh_CN.qm' -o -path './PySide6/Qt/qml' \
  -o -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6Network*' -o -name 'libQt6Pdf*' \
  -o -name 'libQt6WebEngine*' -o -name 'libQt6Multimedia*' -o -name 'libQt63D*' \
  -o -name 'libQt6Designer*' -o -name 'QtNetwork*.so' -o -name 'libqsqlite*' -o -name 'tkinter' \
  -o -name '_tkinter*' -o -name 'libssl*' \) -print | head -n 10)
if [ -z "$fat" ]; then
  pass "lean" "$(du -sh "$bundle" | cut -f1) on disk"
else
  fail "lean" "unexpected: $(echo "$fat" | tr '\n' ' ')"
fi

# Warm start, for the record.
run evaluate_warm 60 evaluate baseline-2026 --json
echo "      evaluate --json again (warm): $secs"

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures check(s) failed"
  exit 1
fi
echo "smoke test: all checks passed"
