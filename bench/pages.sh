#!/usr/bin/env bash
# First paint of the pages, in server time: builds the app jar, starts it on a fresh data directory,
# enrols 70 cases for alice with 300 events between them (each case: enrolment, then contacts and
# notes in turn), signs in through the form, and times 50 GET /app/caseload and 50 GET /app/cases/{id}
# (time to first byte on loopback: the server's time to render). Prints median and 95th percentile in ms.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn="$(command -v mvn || echo ./mvnw)"
"$mvn" -q -B -DskipTests package -pl app -am
JAR=app/target/caseledger-app-0.1.0-SNAPSHOT-exec.jar
PORT=${PORT:-18183}
B="http://localhost:$PORT"
DIR=$(mktemp -d)
PORT=$PORT CASELEDGER_DATA_DIR=$DIR CASELEDGER_POSTGRES_PORT=0 EMBEDDED_MONGO_PORT=0 \
  java -Xmx512m -jar "$JAR" --logging.level.root=warn > "$DIR/app.log" 2>&1 &
pid=$!
trap 'kill $pid; wait $pid 2>/dev/null || true; rm -rf "$DIR"' EXIT
until curl -sf "$B/actuator/health" >/dev/null 2>&1; do sleep 0.2; done

post() { curl -sf -o /dev/null -u alice:alice-demo -H 'Content-Type: application/json' -X POST "$B$1" -d "$2"; }
for i in $(seq -w 1 70); do
  post /api/cases "{\"caseId\":\"paint-$i\",\"client\":{\"givenName\":\"Given$i\",\"familyName\":\"Family$i\",\"dateOfBirth\":\"1980-01-01\"}}"
done
for n in $(seq 1 230); do
  i=$(printf '%02d' $(( (n % 70) + 1 )))
  if (( n % 2 )); then
    post "/api/cases/paint-$i/contacts" "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"2026-01-0$(( n % 9 + 1 ))T10:00:00Z\"}"
  else
    post "/api/cases/paint-$i/notes" "{\"text\":\"Note $n\"}"
  fi
done

JAR_COOKIES="$DIR/cookies"
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -X POST "$B/login" -d "username=alice&password=alice-demo&_csrf=$token"

measure() {
  for _ in $(seq 1 10); do curl -s -o /dev/null -b "$JAR_COOKIES" "$B$1"; done   # warm-up
  for _ in $(seq 1 50); do curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{time_starttransfer}\n' "$B$1"; done \
    | sort -n | awk -v page="$1" '{ t[NR] = $1 * 1000 } END { printf "%s: median %.1f ms, p95 %.1f ms (50 requests)\n", page, t[int(NR / 2)], t[int(NR * 0.95)] }'
}
measure /app/caseload
measure /app/cases/paint-35
