#!/usr/bin/env bash
# Installs the Debian packages Sinergi needs to build, test and run, if any is missing.
# Runs apt-get as root, or through sudo otherwise. Safe to run again: it does nothing when all is present.
set -euo pipefail

packages=(
  g++ cmake make pkg-config ninja-build clang-format
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libpq-dev libsodium-dev libssl-dev
  libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  nodejs npm
)
if [[ "${SINERGI_SKIP_BROWSER:-0}" != "1" ]]; then
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  # nodejs may come from another Debian-compatible source that bundles npm; accept any installed node+npm.
  if [[ "$p" == "nodejs" ]] && command -v node >/dev/null; then continue; fi
  if [[ "$p" == "npm" ]] && command -v npm >/dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

check_node() {
  # Vite 7 needs Node >= 20.19. Debian 12's own nodejs is 18; the project's machines carry Node 20.
  local v major minor
  v=$(node --version 2>/dev/null | sed 's/^v//') || return 0
  major=${v%%.*}; minor=$(echo "$v" | cut -d. -f2)
  if (( major < 20 || (major == 20 && minor < 19) )); then
    echo "sinergi: Node.js $v is too old for the web build; install Node.js 20.19 or newer (e.g. NodeSource)." >&2
    exit 1
  fi
}

if [[ ${#missing[@]} -eq 0 ]]; then
  check_node
  exit 0
fi

echo "sinergi: installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ "$(id -u)" != "0" ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
check_node
