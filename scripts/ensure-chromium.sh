#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its
# own browsers here). Installs it when missing and we are root; otherwise says
# exactly what to run.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "✗ CHROMIUM_PATH is set to $CHROMIUM_PATH, but no executable is there." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "✗ The end-to-end tests need Chromium at /usr/bin/chromium. Install it with:" >&2
  echo "    sudo apt-get update && sudo apt-get install -y chromium" >&2
  echo "  (or point CHROMIUM_PATH at another Chromium), then run the tests again." >&2
  exit 1
fi
echo "Chromium not found: installing Debian's chromium with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
"$chromium" --version
