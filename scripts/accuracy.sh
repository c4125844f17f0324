#!/usr/bin/env bash
# Regenerate every accuracy report under docs/accuracy/ from the public gold data in ../shared/data.
# Usage: bash scripts/accuracy.sh   (about 8 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
DL=${DYADLINE:-.venv/bin/dyadline}
out=docs/accuracy
mkdir -p "$out"
"$DL" eval plover_gsr --half test --report "$out/plover_gsr-test.md" > /dev/null
"$DL" eval plover_gsr --report "$out/plover_gsr-all.md" > /dev/null
"$DL" eval cameo_ner --half test --report "$out/cameo_ner-test.md" > /dev/null
"$DL" eval cameo_class --learned --report "$out/cameo_class.md" > /dev/null
"$DL" eval event_location --report "$out/event_location.md" > /dev/null
"$DL" eval acled_where --report "$out/acled_where.md" > /dev/null
"$DL" eval acled_types --learned --report "$out/acled_types.md" > /dev/null
"$DL" eval india_police_events --report "$out/india_police_events.md" > /dev/null
echo "reports written to $out/"
