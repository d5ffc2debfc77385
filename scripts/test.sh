#!/usr/bin/env bash
# Runs every test on a fresh clone: installs and builds what the tests need, then type-checks and runs jest
# against real PostgreSQL, Redis, an in-process SMTP server and headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/check-services.cjs
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$CHROMIUM_PATH" ]; then
  echo "The console's browser test needs Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
if ! command -v dovecot >/dev/null; then
  echo "The email tests need a real IMAP server, Dovecot: install it (Debian: apt-get install -y dovecot-imapd)." >&2
  exit 1
fi
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "The many-copies test runs the api behind a real nginx: install it (Debian: apt-get install -y nginx)." >&2
  exit 1
fi
bash scripts/install.sh
echo "==> type-checking the server (the console build type-checks the console)"
npx --no-install tsc -p tsconfig.json --noEmit
echo "==> linting the server and the console"
npx --no-install eslint --max-warnings=0 .
npx --no-install prettier --check --log-level=warn . || { echo "Formatting differs: npm run format" >&2; exit 1; }
echo "==> running the tests"
results=$(mktemp)
status=0
npx --no-install jest --json --outputFile="$results" "$@" || status=$?
# one plain closing line that any CI can read
node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$results" 2>/dev/null || true
exit $status
