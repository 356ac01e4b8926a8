#!/usr/bin/env bash
# Builds everything, then runs the benchmark harness on a fresh embedded store; arguments pass
# through, e.g. bench/run.sh --cases 5000 --threads 4. exec:java runs the harness inside Maven's
# JVM, so size its heap with MAVEN_OPTS (e.g. MAVEN_OPTS=-Xmx2g bench/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn="$(command -v mvn || echo ./mvnw)"   # the wrapper where Maven is not installed
"$mvn" -q -B install -DskipTests
exec "$mvn" -q -B -pl bench exec:java -Dexec.args="$*"
