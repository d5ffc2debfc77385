#!/usr/bin/env bash
# Generates the Prisma client. The CLI tries to download its schema engine even for `generate`,
# which does not need it and cannot reach the download host here; pointing
# PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download.
set -euo pipefail
cd "$(dirname "$0")/.."
PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$(command -v node)}" npx --no-install prisma generate >/dev/null
