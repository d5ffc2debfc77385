#!/usr/bin/env bash
# How long `npm start` takes to "api listening" when nothing changed since the last start (the builds are all
# skipped): three starts on a database of its own, each stopped once it listens. A first start builds what is
# missing, and is not counted.
set -euo pipefail
cd "$(dirname "$0")/../.."
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/voordeur_bench_start"
export REDIS_PREFIX="voordeur-bench-start"
export PORT=$(free_port) DEV_MAILBOX_PORT=$(free_port)
export LOG_LEVEL=info

# one start until it listens; prints the seconds it took
start_once() {
  local log; log=$(mktemp)
  local begin; begin=$(date +%s.%N)
  setsid npm start >"$log" 2>&1 &
  local pid=$!
  until grep -q 'api listening' "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  local end; end=$(date +%s.%N)
  kill -TERM -- "-$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  awk "BEGIN { printf \"%.1f\", $end - $begin }"
}

echo "first start (builds what is missing, not counted): $(start_once) s"
for i in 1 2 3; do echo "second start, nothing changed, run $i: $(start_once) s"; done
git status --porcelain | grep -q . && { echo "git status is not clean after npm start:" >&2; git status --short >&2; exit 1; }
echo "git status clean"
