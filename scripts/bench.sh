#!/usr/bin/env bash
# Benchmarks against a real running Voordeur (its own fresh database); prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/check-services.cjs
SKIP_CONSOLE_BUILD=1 bash scripts/install.sh
node dist/scripts/bench/intake.js
