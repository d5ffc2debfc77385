#!/usr/bin/env bash
# Installs what a fresh clone needs and builds it: dependencies, the Prisma client, the server and the console.
# Re-running it skips what is already up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error(`Voordeur needs Node.js 20.19 or newer (this is ${process.version}).`); process.exit(1) }'

# npm ci, the exact lockfile install. A registry mirror that lacks some other platform's prebuilt
# binaries (swc, msgpackr-extract, jest's resolver) leaves them out of the lockfile, and npm ci then refuses
# the lockfile as incomplete; npm install still installs exactly the locked versions in that case.
install_deps() {
  local dir=$1 what=$2
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "==> installing $what dependencies"
    local log; log=$(mktemp)
    if ! npm --prefix "$dir" ci --no-audit --no-fund --loglevel=error 2>"$log"; then
      grep -q "Missing: .* from lock file" "$log" || { cat "$log" >&2; exit 1; }
      npm --prefix "$dir" install --no-audit --no-fund --loglevel=error
    fi
  fi
}
install_deps . server
[ "${SKIP_CONSOLE_BUILD:-}" = "1" ] || install_deps admin-ui console
echo "==> generating the Prisma client"
bash scripts/generate.sh
echo "==> compiling the server"
rm -rf dist
npx --no-install tsc -p tsconfig.build.json
if [ "${SKIP_CONSOLE_BUILD:-}" != "1" ]; then
  echo "==> building the console"
  npm --prefix admin-ui run build --silent >/dev/null
fi
