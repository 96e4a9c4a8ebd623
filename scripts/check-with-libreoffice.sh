#!/usr/bin/env bash
# Independent check of a written workbook: LibreOffice Calc opens FILE.xlsx
# headless and converts it (to .xlsx again by default, or to the format given).
# Exit 0 when LibreOffice produced the converted file, non-zero otherwise.
#
#   scripts/check-with-libreoffice.sh FILE.xlsx [FORMAT]     FORMAT: xlsx (default), csv, pdf
#
# Environment: SOFFICE (default: soffice on PATH), LO_PROFILE (a private
# profile folder, so a running LibreOffice or a broken user profile does not interfere),
# LO_OUTDIR (keep the converted file there; default: a temporary folder, removed).
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 FILE.xlsx [xlsx|csv|pdf]" >&2
  exit 2
fi
file="$1"
format="${2:-xlsx}"
soffice="${SOFFICE:-soffice}"
profile="${LO_PROFILE:-/tmp/lo-profile}"
if ! command -v "$soffice" >/dev/null 2>&1; then
  echo "soffice not found (apt-get install -y --no-install-recommends libreoffice-calc-nogui)" >&2
  exit 3
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
base="$(basename "${file%.*}")"
log="$out/soffice.log"
if ! timeout 120 "$soffice" "-env:UserInstallation=file://$profile" --headless --norestore \
  --convert-to "$format" --outdir "$out/converted" "$file" >"$log" 2>&1; then
  cat "$log" >&2
  echo "LibreOffice failed to convert $file" >&2
  exit 1
fi
result="$out/converted/$base.$format"
if [ -n "${LO_OUTDIR:-}" ]; then
  mkdir -p "$LO_OUTDIR"
  cp "$result" "$LO_OUTDIR/" 2>/dev/null || true
fi
if [ ! -s "$result" ]; then
  cat "$log" >&2
  echo "LibreOffice produced no $format for $file" >&2
  exit 1
fi
echo "ok: LibreOffice converted $file to $format ($(wc -c <"$result") bytes)"
