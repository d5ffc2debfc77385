#!/usr/bin/env bash
# Installs what a fresh clone needs and builds it: dependencies, the Prisma client, the server and the console.
# Re-running it skips what is already up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error(`Voordeur needs Node.js 20.19 or newer (this is ${process.version}).`); process.exit(1) }'

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> installing server dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${SKIP_CONSOLE_BUILD:-}" != "1" ] && { [ ! -f admin-ui/node_modules/.package-lock.json ] || [ admin-ui/package-lock.json -nt admin-ui/node_modules/.package-lock.json ]; }; then
  echo "==> installing console dependencies (npm ci in admin-ui)"
  npm --prefix admin-ui ci --no-audit --no-fund --loglevel=error
fi
echo "==> generating the Prisma client"
bash scripts/generate.sh
echo "==> compiling the server"
rm -rf dist
npx --no-install tsc -p tsconfig.build.json
if [ "${SKIP_CONSOLE_BUILD:-}" != "1" ]; then
  echo "==> building the console"
  npm --prefix admin-ui run build --silent >/dev/null
fi
