#!/usr/bin/env bash
# What the tests need from Debian, installed when missing if we are root
# (Playwright cannot download browsers on these machines, and npm has no
# office suite):
#   chromium                          the end-to-end tests (required)
#   librsvg2-bin                      how librsvg draws every exported SVG
#   libreoffice-impress, -calc        how an office suite imports the SVGs, the .pptx and the CSVs
#   poppler-utils                     PDF to PNG and text, to compare and read what LibreOffice drew
#   fonts-liberation2                 Liberation Sans, LibreOffice's metric twin of Arial
#   default-jre-headless              Java, for the W3C Nu HTML Checker (vnu-jar) that checks the markup
#   firefox-esr                       Firefox, driven through WebDriver BiDi (puppeteer-core)
#   webkit2gtk-driver, xvfb, xauth    WebKit (Safari's engine): WebKitGTK's MiniBrowser and its driver, on a virtual display
# Without root, it says what is missing; Chromium is required, and the
# export checks that need another tool are skipped, each saying why.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium fonts-dejavu-core)
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v soffice >/dev/null || missing+=(libreoffice-impress libreoffice-calc)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || ! command -v soffice >/dev/null || missing+=(libreoffice-calc)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -n "$(fc-list 'Liberation Sans' 2>/dev/null)" ] || missing+=(fonts-liberation2)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)

if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$chromium" ]; then
  echo "✗ CHROMIUM_PATH is set to $CHROMIUM_PATH, but no executable is there." >&2
  exit 1
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing what the tests need from Debian: ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  "$chromium" --version
  exit 0
fi
echo "The tests need these Debian packages, which are not installed: ${missing[*]}" >&2
echo "  Install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
if [ ! -x "$chromium" ]; then
  echo "✗ Chromium is required for the end-to-end tests (or point CHROMIUM_PATH at another Chromium)." >&2
  exit 1
fi
echo "⚠ Without them, the export checks that need them are SKIPPED (each skipped test says which tool it lacks):" >&2
echo "  librsvg and LibreOffice drawing the SVGs like the PNGs, the PowerPoint deck in LibreOffice, the CSVs in Calc, the markup check," >&2
echo "  composed views in Firefox and in WebKit." >&2
