#!/usr/bin/env bash
# Benchmarks against a real running Voordeur (its own fresh database); prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/check-services.cjs
SKIP_CONSOLE_BUILD=1 bash scripts/install.sh
only="${1:-all}"
if [ "$only" = all ] || [ "$only" = intake ]; then
  node dist/scripts/bench/intake.js
  node dist/scripts/bench/intake.js --redis-cut
fi
if [ "$only" = redis ]; then
  # Redis commands per web-form ticket, on a Redis of its own (needs redis-server)
  node dist/scripts/bench/redisPerTicket.js
fi
if [ "$only" = all ] || [ "$only" = routing ]; then
  node dist/scripts/bench/routing.js
fi
if [ "$only" = all ] || [ "$only" = phone ]; then
  node dist/scripts/bench/phone.js
fi
if [ "$only" = all ] || [ "$only" = whatsapp ]; then
  node dist/scripts/bench/whatsapp.js
fi
if [ "$only" = all ] || [ "$only" = appointments ]; then
  node dist/scripts/bench/appointments.js
fi
if [ "$only" = all ] || [ "$only" = display ]; then
  node dist/scripts/bench/display.js
fi
if [ "$only" = all ] || [ "$only" = console ]; then
  # the agents' console: its live stream, then the ticket list over a million tickets
  node dist/scripts/bench/consoleEvents.js
  node dist/scripts/bench/consoleList.js
fi
if [ "$only" = all ] || [ "$only" = reports ]; then
  node dist/scripts/bench/reports.js
fi
if [ "$only" = all ] || [ "$only" = outage ]; then
  # the mail server away for a minute while 1,000 acknowledgements wait, then back: how fast the backlog leaves
  node dist/scripts/bench/outage.js
fi
if [ "$only" = all ] || [ "$only" = email ]; then
  command -v dovecot >/dev/null || { echo "The email benchmark needs Dovecot (apt-get install -y dovecot-imapd)." >&2; exit 1; }
  node dist/scripts/bench/email.js
fi
if [ "$only" = all ] || [ "$only" = start ]; then
  # npm start again with nothing changed: how long until the api listens
  bash scripts/bench/second-start.sh
fi
