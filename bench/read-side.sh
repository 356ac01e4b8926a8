#!/usr/bin/env bash
# Builds everything, then runs the read-side benchmark (io.caseledger.bench.ReadSideBenchmark) in a JVM
# of its own whose heap is capped at 512 MiB (HEAP=1g to change it), so a run that finishes stayed within
# that budget. Arguments pass through, e.g. bench/read-side.sh --cases 2100 --rebuild caseload --profile
set -euo pipefail
cd "$(dirname "$0")/.."
mvn="$(command -v mvn || echo ./mvnw)"   # the wrapper where Maven is not installed
"$mvn" -q -B install -DskipTests
"$mvn" -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java "-Xmx${HEAP:-512m}" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.caseledger.bench.ReadSideBenchmark "$@"
