#!/usr/bin/env bash
# Sets up a fresh machine for the explorer: the Debian libraries Qt needs, a virtual environment in
# .venv, and the project installed into it (editable). Safe to run again; it only adds what is missing.
#   bash packaging/bootstrap.sh          # to run the app
#   bash packaging/bootstrap.sh --test   # also the test tools and the X server the end-to-end test uses
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt's xcb platform plugin and its rendering stack. Wheels bring Qt itself, not these.
debs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 fonts-dejavu-core
      fonts-droid-fallback)
# fonts-dejavu-core writes Latin and Cyrillic; fonts-droid-fallback (Droid Sans Fallback, 4 MB,
# Apache 2.0) the Chinese, where a full Noto CJK family would take over 100 MB.
[ "$with_tests" = 1 ] && debs+=(xvfb xauth)

missing=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
echo "Ready: .venv/bin/space-ai-explorer"
