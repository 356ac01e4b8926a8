#!/usr/bin/env bash
# What HTTP Basic's per-request BCrypt check costs: builds the app jar, then for each setting of
# caseledger.security.verified-credential-ttl (remembered, PT60S; off, PT0S) starts it on a fresh data
# directory and times 400 GET /api/caseloads/alice as alice from 4 parallel curl loops. Prints requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn="$(command -v mvn || echo ./mvnw)"
"$mvn" -q -B -DskipTests package -pl app -am
JAR=app/target/caseledger-app-0.1.0-SNAPSHOT-exec.jar
PORT=${PORT:-18182}
for ttl in PT60S PT0S; do
  DIR=$(mktemp -d)
  PORT=$PORT CASELEDGER_DATA_DIR=$DIR CASELEDGER_POSTGRES_PORT=0 EMBEDDED_MONGO_PORT=0 \
    java -Xmx512m -jar "$JAR" --logging.level.root=warn --caseledger.security.verified-credential-ttl=$ttl > "$DIR/app.log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.2; done
  for _ in $(seq 1 40); do curl -s -o /dev/null -u alice:alice-demo "localhost:$PORT/api/caseloads/alice"; done   # warm-up
  start=$(date +%s%N)
  seq 1 400 | xargs -P4 -I{} curl -s -o /dev/null -w '%{http_code}\n' -u alice:alice-demo "localhost:$PORT/api/caseloads/alice" > "$DIR/codes"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "verified-credential-ttl=$ttl: 400 requests in $ms ms = $(( 400000 / ms )) requests/s; answers: $(sort "$DIR/codes" | uniq -c | tr '\n' ' ')"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$DIR"
done
