#!/usr/bin/env bash
# Puts Space-vs-Earth AI Explorer into the current user's application menu: the .desktop entry into
# ~/.local/share/applications and the icons into ~/.local/share/icons/hicolor. No root needed.
#
#   bash packaging/install_desktop_entry.sh               # from a clone: runs .venv/bin/space-ai-explorer
#   dist/space-ai-explorer/install-desktop-entry.sh       # from a built bundle: runs that bundle
#   ... --exec /path/to/space-ai-explorer                 # run this program instead
#   ... --uninstall                                       # remove what an earlier run installed
#
# XDG_DATA_HOME, when set, replaces ~/.local/share.
set -euo pipefail

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

exec_path=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || { usage >&2; exit 2; }; exec_path=$2; shift 2 ;;
    --exec=*) exec_path=${1#--exec=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

app_id=space-ai-explorer
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
apps_dir=$data_home/applications
icons_dir=$data_home/icons/hicolor
sizes=(16 24 32 48 64 128 256 512)

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$apps_dir" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$icons_dir/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons_dir" 2>/dev/null || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -f "$apps_dir/$app_id.desktop" "$icons_dir/scalable/apps/$app_id.svg"
  for s in "${sizes[@]}"; do rm -f "$icons_dir/${s}x${s}/apps/$app_id.png"; done
  refresh_caches
  echo "Removed the $app_id menu entry and icons from $data_home"
  exit 0
fi

# Where the entry and the icons come from, and which program the menu entry runs.
if [ -d "$here/_internal/explorer/bundled_resources" ]; then
  resources=$here/_internal/explorer/bundled_resources          # inside a built bundle
  default_exec=$here/$app_id
else
  resources=$(cd "$here/../resources" && pwd)                   # packaging/ in a clone
  default_exec=$(cd "$here/.." && pwd)/.venv/bin/$app_id
  [ -x "$default_exec" ] || default_exec=$(command -v "$app_id" || true)
fi
[ -n "$exec_path" ] || exec_path=$default_exec
if [ -z "$exec_path" ] || [ ! -x "$exec_path" ]; then
  echo "cannot find the $app_id program${exec_path:+ at $exec_path};" \
       "run packaging/bootstrap.sh, build the bundle, or pass --exec PATH" >&2
  exit 1
fi
case "$exec_path" in
  /*) ;;
  *) exec_path=$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path") ;;
esac
# The Exec key quotes its program when needed; these characters would need escaping rules that
# differ between desktop environments, so refuse them rather than write a broken entry.
case "$exec_path" in
  *[\"\`\$\\%]*) echo "unsupported character in program path: $exec_path" >&2; exit 1 ;;
esac
quoted=$exec_path
case "$exec_path" in *[[:space:]\'\<\>\~\|\&\;\*\?\#\(\)]*) quoted="\"$exec_path\"" ;; esac

entry=$resources/$app_id.desktop
[ -f "$entry" ] || { echo "missing $entry" >&2; exit 1; }

mkdir -p "$apps_dir" "$icons_dir/scalable/apps"
tmp=$(mktemp "$apps_dir/.$app_id.XXXXXX")
trap 'rm -f "$tmp"' EXIT
# Rewrite Exec to the program found above; TryExec hides the entry if that program later
# disappears (a moved or deleted bundle).
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    TryExec=*) ;;
    Exec=*) printf 'TryExec=%s\nExec=%s\n' "$exec_path" "$quoted" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$entry" >"$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$apps_dir/$app_id.desktop"
trap - EXIT

for s in "${sizes[@]}"; do
  install -D -m 644 "$resources/icons/$app_id-$s.png" "$icons_dir/${s}x${s}/apps/$app_id.png"
done
install -m 644 "$resources/icons/$app_id.svg" "$icons_dir/scalable/apps/$app_id.svg"
refresh_caches

echo "Installed $apps_dir/$app_id.desktop (runs $exec_path) and icons under $icons_dir"
