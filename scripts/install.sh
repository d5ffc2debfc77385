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
# Each build step runs only when its inputs changed: a hash of them is kept beside the step's output (all
# gitignored), so deleting an output also forces its step.
inputs_hash() {
  find "$@" -type f -not -path '*/node_modules/*' -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
up_to_date() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

prisma_inputs=$(inputs_hash prisma/schema.prisma prisma.config.ts package-lock.json scripts/generate.sh)
if up_to_date src/generated/.inputs "$prisma_inputs"; then
  echo "==> the Prisma client is up to date"
else
  echo "==> generating the Prisma client"
  bash scripts/generate.sh
  echo "$prisma_inputs" > src/generated/.inputs
fi

# what tsc reads: TypeScript and JSON (the public pages' scripts and stylesheets are served from src as they are)
server_sources=(src scripts test/support/dovecot.ts test/support/teardown.ts test/support/redisKeys.ts tsconfig.json tsconfig.build.json package-lock.json)
server_files() { find "${server_sources[@]}" -type f \( -name '*.ts' -o -name '*.json' \) -not -path '*/node_modules/*' -print0; }
server_inputs=$(server_files | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if up_to_date dist/.inputs "$server_inputs"; then
  echo "==> the server is up to date"
else
  echo "==> compiling the server"
  # tsc compiles incrementally (dist/.tsbuildinfo) but never deletes the output of a source that is gone, which
  # could then still be run: a new, removed or renamed file starts from an empty dist
  file_list=$(server_files | LC_ALL=C sort -z | sha256sum | cut -d' ' -f1)
  up_to_date dist/.files "$file_list" || rm -rf dist
  npx --no-install tsc -p tsconfig.build.json
  echo "$file_list" > dist/.files
  echo "$server_inputs" > dist/.inputs
fi

if [ "${SKIP_CONSOLE_BUILD:-}" != "1" ]; then
  console_inputs=$(inputs_hash admin-ui/src admin-ui/public admin-ui/index.html admin-ui/vite.config.ts \
    admin-ui/tsconfig.json admin-ui/package.json admin-ui/package-lock.json)
  if up_to_date admin-ui/dist/.inputs "$console_inputs"; then
    echo "==> the console is up to date"
  else
    echo "==> building the console"
    npm --prefix admin-ui run build --silent >/dev/null
    echo "$console_inputs" > admin-ui/dist/.inputs
  fi
fi
