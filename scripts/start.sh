#!/usr/bin/env bash
# One command from a fresh clone to a running Voordeur with a demo municipality:
# install, build, create and migrate the database, seed the demo, start the API and the workers.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f .env ]; then set -a; . ./.env; set +a; fi
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/voordeur}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export PORT="${PORT:-3000}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"

if [ -z "${SECRET_KEY:-}" ]; then
  # a key of this installation's own, kept across restarts, to encrypt mailbox passwords
  mkdir -p data
  [ -f data/secret.key ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))' > data/secret.key
  export SECRET_KEY=$(cat data/secret.key)
fi

node scripts/check-services.cjs
bash scripts/install.sh
echo "==> preparing the database"
node dist/scripts/create-database.js
node dist/scripts/migrate.js
node dist/scripts/seed.js

pids=()
if [ -z "${SMTP_URL:-}" ]; then
  # no mail provider configured: catch outgoing mail locally so the demo's emails can be read
  export SMTP_URL="smtp://127.0.0.1:${DEV_MAILBOX_PORT:-1025}"
  node dist/scripts/dev-mailbox.js &
  pids+=($!)
fi
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

# one node for the four demo values (each start of node costs a moment)
eval "$(node -e '
const { DEMO_PASSWORD, DEMO_OPEN311_KEY, DEMO_DEVICES } = require("./dist/src/demo/data");
const q = (v) => "\x27" + String(v).replace(/\x27/g, "") + "\x27";
console.log(`demo_password=${q(DEMO_PASSWORD)} open311_key=${q(DEMO_OPEN311_KEY.key)} kiosk_token=${q(DEMO_DEVICES.kiosk)} screen_token=${q(DEMO_DEVICES.screen)}`);
')"
cat <<INFO

  Voordeur is starting with the demo municipality.

  Contact form (citizens)   $PUBLIC_URL/contact
  Public map of reports     $PUBLIC_URL/kaart
  Book an appointment       $PUBLIC_URL/afspraak
  Request a document        $PUBLIC_URL/e-loket
  Kiosk (town hall)         $PUBLIC_URL/kiosk?device=$kiosk_token
  Waiting-room screen       $PUBLIC_URL/scherm?device=$screen_token
  Open311 GeoReport v2      $PUBLIC_URL/open311/v2/services.json   (demo api_key: $open311_key)
  Phone and SMS webhooks    $PUBLIC_URL/webhooks/twilio/voice, /webhooks/twilio/sms$( [ -z "${TWILIO_AUTH_TOKEN:-}" ] && echo "  (set TWILIO_* to use them)" )
  Citizen login             $( [ -n "${OIDC_ISSUER:-}" ] && echo "$PUBLIC_URL/mijn-dossiers" || echo "off (set OIDC_* to log citizens in, see README)" )
  Console (agents, staff)   $PUBLIC_URL/admin/
  API description           $PUBLIC_URL/api/openapi.json
  Health                    $PUBLIC_URL/health/ready
  Outgoing mail             ${SMTP_URL}$( [ ${#pids[@]} -gt 0 ] && echo "  (demo mailbox: files in data/mail/)" )

  Demo logins (password for all: $demo_password)
    admin@voordeur.example            administrator (sets up an authenticator app at the first login)
    sofie@voordeur.example            contact-center agent
    jan@voordeur.example              contact-center agent
    burgerzaken@voordeur.example      department staff, Burgerzaken
    openbarewerken@voordeur.example   department staff, Openbare Werken and Milieu

  Stop with Ctrl+C.

INFO
# a young generation of 64 MB: see "Node's young generation" in README.md (the same in the Dockerfile and the benchmarks)
node --max-semi-space-size=64 dist/src/main.js all
