#!/usr/bin/env bash
# Builds the one-folder desktop bundle dist/space-ai-explorer/ with PyInstaller.
#   bash packaging/build_bundle.sh            # after `bash packaging/bootstrap.sh`
# Steps: make sure PyInstaller is in .venv; build the project's wheel and unpack it into
# build/bundle/site (so the bundle holds exactly what the wheel ships: code, presets, resources);
# run packaging/space_ai_explorer.spec; add the desktop-entry installer; print the size.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
py=.venv/bin/python
[ -x "$py" ] || { echo "no .venv: run 'bash packaging/bootstrap.sh' first" >&2; exit 1; }

start=$(date +%s)
if ! "$py" -c 'import PyInstaller' 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  "$py" -m pip install -q 'pyinstaller>=6.10'
fi

stage=build/bundle
rm -rf "$stage" dist/space-ai-explorer
mkdir -p "$stage/wheel" "$stage/site"
echo "Building the wheel"
"$py" -m pip wheel -q --no-deps -w "$stage/wheel" . 2>&1 | grep -v -e "^\s*$" -e "Location .* is ignored" >&2 || true
wheel=$(ls "$stage"/wheel/space_ai_explorer-*.whl 2>/dev/null | head -n 1)
[ -n "$wheel" ] || { echo "wheel build failed" >&2; exit 1; }
"$py" -m zipfile -e "$wheel" "$stage/site"

echo "Running PyInstaller (a few minutes)"
SPACE_AI_EXPLORER_STAGE="$root/$stage/site" "$py" -m PyInstaller --noconfirm --clean \
  --log-level WARN --workpath "$stage/work" --distpath dist packaging/space_ai_explorer.spec

bundle=dist/space-ai-explorer
install -m 755 packaging/install_desktop_entry.sh "$bundle/install-desktop-entry.sh"

end=$(date +%s)
echo
echo "Bundle: $root/$bundle  ($(du -sh "$bundle" | cut -f1), built in $((end - start)) s)"
echo "Run it: $bundle/space-ai-explorer   (or '$bundle/space-ai-explorer --help')"
