#!/usr/bin/env bash
# The morning's work: take today's export of the contact centre from its
# folder, register it, print the day's deadline table, and commit.
#
#   examples/daily-intake.sh INBOX [YYYY-MM-DD]
#
# INBOX holds the exports as export-YYYY-MM-DD.json|.jsonl|.csv. The register
# is -R / $APPEALS_REGISTER (default ./register); set APPEALS to the binary
# (default: appeals on PATH). Re-running it registers nothing twice.
set -euo pipefail
inbox=${1:?usage: daily-intake.sh INBOX [YYYY-MM-DD]}
day=${2:-${APPEALS_TODAY:-$(date +%F)}}
appeals=${APPEALS:-appeals}

shopt -s nullglob
files=("$inbox"/export-"$day".*)
if [ ${#files[@]} -eq 0 ]; then
  echo "daily-intake: no export for $day in $inbox" >&2
  exit 1
fi
for f in "${files[@]}"; do
  # --commit: one commit for the day's intake when the register is in git.
  $appeals --today "$day" --commit register --from "$f"
done
echo
$appeals --today "$day" deadlines
