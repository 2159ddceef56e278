#!/usr/bin/env bash
# Runs a command against the packaged service on a throwaway embedded database, then stops the
# service and deletes the data. The command sees BASE_URL. Used by the browser tests and benchmarks.
#   scripts/with-throwaway-service.sh JAR PORT command [args...]
set -euo pipefail
jar=$1 port=$2
shift 2
if [[ ! -f "$jar" ]]; then echo "No service jar at $jar (make build)" >&2; exit 2; fi
if curl -fs -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null; then
  echo "Something already answers on port $port" >&2; exit 2
fi
data=$(mktemp -d -t throughline-throwaway.XXXXXX)
THROUGHLINE_DATA_DIR=$data QUARKUS_HTTP_PORT=$port java -jar "$jar" >"$data/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$data/service.log" >&2; exit 1; fi
  sleep 1
done
BASE_URL=http://localhost:$port "$@"
