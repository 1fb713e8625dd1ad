#!/usr/bin/env bash
# Builds the one-folder desktop bundle dist/space-ai-explorer/ with PyInstaller.
#   bash packaging/build_bundle.sh            # after `bash packaging/bootstrap.sh`
#   bash packaging/build_bundle.sh --archive  # also dist/space-ai-explorer-VERSION-linux-ARCH.tar.gz
# Steps: make sure PyInstaller is in .venv; build the project's wheel and unpack it into
# build/bundle/site (so the bundle holds exactly what the wheel ships: code, presets, resources);
# run packaging/space_ai_explorer.spec; add the desktop-entry installer; print the size.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
archive=0
case "${1:-}" in
  "") ;;
  --archive) archive=1 ;;
  *) echo "usage: bash packaging/build_bundle.sh [--archive]" >&2; exit 2 ;;
esac
py=.venv/bin/python
[ -x "$py" ] || { echo "no .venv: run 'bash packaging/bootstrap.sh' first" >&2; exit 1; }

start=$(date +%s)

# PyInstaller on Linux needs objcopy and strip (binutils) and a shared libpython (Debian ships it
# in libpython3.X, which a plain python3 does not pull in).
debs=()
command -v objcopy >/dev/null || debs+=(binutils)
soname=$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("INSTSONAME") or "")')
libdir=$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
if [ -n "$soname" ] && [ ! -e "$libdir/$soname" ] && ! ldconfig -p 2>/dev/null | grep -q "$soname"; then
  debs+=("libpython$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')")
fi
if [ ${#debs[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || { echo "please install: ${debs[*]}" >&2; exit 1; }
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${debs[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
fi

if ! "$py" -c 'import PyInstaller' 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  "$py" -m pip install -q 'pyinstaller>=6.10'  # as the 'bundle' extra in pyproject.toml
fi

stage=build/bundle
# setuptools reuses build/lib between wheel builds and keeps files that have since changed or
# gone from the tree; start from nothing so the bundle is exactly the working tree.
rm -rf "$stage" build/lib build/bdist.* dist/space-ai-explorer
mkdir -p "$stage/wheel" "$stage/site"
echo "Building the wheel"
"$py" -m pip wheel -q --no-deps -w "$stage/wheel" . 2>&1 | grep -v -e "^\s*$" -e "Location .* is ignored" >&2 || true
wheel=""
for f in "$stage"/wheel/space_ai_explorer-*.whl; do [ -f "$f" ] && wheel=$f; done
[ -n "$wheel" ] || { echo "wheel build failed" >&2; exit 1; }
"$py" -m zipfile -e "$wheel" "$stage/site"

echo "Running PyInstaller (a few minutes)"
SPACE_AI_EXPLORER_STAGE="$root/$stage/site" "$py" -m PyInstaller --noconfirm --clean \
  --log-level WARN --workpath "$stage/work" --distpath dist packaging/space_ai_explorer.spec

bundle=dist/space-ai-explorer
# Debug symbols: a Python built from source (pyenv, python.org builds) ships libpython and its
# extension modules with them (~20 MB); wheels' libraries are already stripped. --strip-debug keeps
# every symbol the dynamic linker needs.
find "$bundle/_internal" -type f -name '*.so*' -print0 | while IFS= read -r -d '' lib; do
  if readelf -S -W "$lib" 2>/dev/null | grep -q '\.debug_info'; then
    strip --strip-debug "$lib"
  fi
done
install -m 755 packaging/install_desktop_entry.sh "$bundle/install-desktop-entry.sh"

end=$(date +%s)
echo
echo "Bundle: $root/$bundle  ($(du -sh "$bundle" | cut -f1), built in $((end - start)) s)"
echo "Run it: $bundle/space-ai-explorer   (or '$bundle/space-ai-explorer --help')"
if [ "$archive" = 1 ]; then
  version=$("$py" -c 'import sys; sys.path.insert(0, sys.argv[1]); import explorer; print(explorer.__version__)' "$stage/site")
  tarball=dist/space-ai-explorer-$version-linux-$(uname -m).tar.gz
  tar -C dist -czf "$tarball" space-ai-explorer
  echo "Archive: $root/$tarball  ($(du -h "$tarball" | cut -f1))"
fi
