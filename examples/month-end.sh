#!/usr/bin/env bash
# Month end: the monthly monitoring report as a spreadsheet and as a web
# page with charts, for the coordinators and the controller (the order's
# point 8.4), plus the table in the terminal.
#
#   examples/month-end.sh YYYY-MM [OUTDIR]
#
# The register is -R / $APPEALS_REGISTER (default ./register); set APPEALS to
# the binary (default: appeals on PATH). No personal data goes into either file.
set -euo pipefail
month=${1:?usage: month-end.sh YYYY-MM [OUTDIR]}
out=${2:-reports}
appeals=${APPEALS:-appeals}

mkdir -p "$out"
$appeals report --month "$month" --format xlsx -o "$out/report-$month.xlsx"
$appeals report --month "$month" --format html -o "$out/report-$month.html"
$appeals report --month "$month"
echo
echo "written: $out/report-$month.xlsx, $out/report-$month.html"
