#!/usr/bin/env bash
# Installs whatever the local stack needs and is missing; a second run does nothing and is quick.
# Pinned versions live here so every machine runs the same emulators.
set -euo pipefail
cd "$(dirname "$0")/.."

HIDANE_VERSION=0.6.0
FAKE_GCS_VERSION=v1.56.1
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
GO_BIN="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin"

say() { printf '[ensure] %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Chromium drives the browser smoke and end-to-end tests; fonts make screenshots readable.
# poppler-utils: the PDF tests read each page's text (pdftotext) and render pages (pdftoppm).
apt_install chromium fonts-dejavu-core poppler-utils

if [ "$("$CARGO_BIN/hidane" --version 2>/dev/null)" != "hidane $HIDANE_VERSION" ]; then
  say "building the Firestore emulator hidane $HIDANE_VERSION (first time only, a few minutes)"
  cargo install --locked --quiet hidane --version "$HIDANE_VERSION"
fi

if ! "$GO_BIN/fake-gcs-server" -help >/dev/null 2>&1; then
  say "building fake-gcs-server $FAKE_GCS_VERSION (first time only)"
  GOFLAGS=-mod=mod go install "github.com/fsouza/fake-gcs-server@$FAKE_GCS_VERSION"
fi

# npm ci only when the lock file changed since the last install.
stamp=node_modules/.package-lock.stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages"
  # Install scripts are skipped: the only native build (re2, optional for firebase-tools' hosting
  # emulator) takes minutes and nothing here needs it.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

say "building shared code and functions"
npx tsc -b packages/shared functions
