#!/usr/bin/env bash
# API benchmarks: start the packaged service on a throwaway database, run the benchmark mains
# (default PlanningApiBenchmark ScheduleEditBenchmark WorkloadBenchmark FlowBenchmark ReportsBenchmark NotifyBenchmark;
# or BENCH_MAINS) against it
# one after the other, stop it again.
#   backend/service/src/test/bench/run-api-bench.sh [path/to/quarkus-run.jar]
# Environment: BENCH_JAR (jar path), BENCH_PORT (default 18090), SERVICE_BUILD_DIR (passed as -Dservice.buildDir).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)"
JAR="${1:-${BENCH_JAR:-$ROOT/backend/service/target/quarkus-app/quarkus-run.jar}}"
PORT="${BENCH_PORT:-18090}"
BASE="http://localhost:$PORT"
BUILD_DIR_ARG=()
if [[ -n "${SERVICE_BUILD_DIR:-}" ]]; then BUILD_DIR_ARG=("-Dservice.buildDir=$SERVICE_BUILD_DIR"); fi

if [[ ! -f "$JAR" ]]; then
  echo "No service jar at $JAR; build it with: mvn -q -B -f backend/pom.xml package -pl service -am -DskipTests" >&2
  exit 2
fi
if curl -fsS -o /dev/null "$BASE/q/health/ready" 2>/dev/null; then
  echo "Something is already listening on port $PORT; set BENCH_PORT" >&2
  exit 2
fi

DATA_DIR="$(mktemp -d -t throughline-bench.XXXXXX)"
LOG="$DATA_DIR/service.log"
# NotifyBenchmark's webhook receiver listens on 127.0.0.1: this throwaway service may deliver there
THROUGHLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS="${THROUGHLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS:-127.0.0.1/32}" \
  THROUGHLINE_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" java -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!
cleanup() {
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

echo "Starting the service ($JAR) on port $PORT, data in $DATA_DIR ..."
for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "$BASE/q/health/ready" 2>/dev/null; then break; fi
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then echo "The service exited:" >&2; tail -50 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -fsS -o /dev/null "$BASE/q/health/ready" || { echo "The service did not become ready:" >&2; tail -50 "$LOG" >&2; exit 1; }

for MAIN in ${BENCH_MAINS:-PlanningApiBenchmark ScheduleEditBenchmark WorkloadBenchmark FlowBenchmark ReportsBenchmark NotifyBenchmark}; do
  mvn -q -B -f "$ROOT/backend/pom.xml" -pl service "${BUILD_DIR_ARG[@]}" test-compile exec:exec \
    -Dexec.executable=java -Dexec.classpathScope=test \
    -Dexec.args="-cp %classpath app.throughline.bench.$MAIN $BASE $DATA_DIR/postgres.url"
done
