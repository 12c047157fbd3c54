#!/usr/bin/env bash
# SGI-skyddskoll benchmark: the engine's evaluations per second, then the API's throughput and latency percentiles
# at 32 concurrent connections against the real app (Release, SQLite in a temporary folder, 127.0.0.1 only).
# Usage: tests/benchmarks/sgi-check.sh [seconds of load, default 10]. Not run by tests/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
port=${SGI_BENCH_PORT:-5397}

echo "== build (Release)"
dotnet build src/Portal.Web -c Release -nologo -clp:ErrorsOnly -v quiet
dotnet build tests/benchmarks/SgiCheckBenchmark -c Release -nologo -clp:ErrorsOnly -v quiet
bench="tests/benchmarks/artifacts/bin/SgiCheckBenchmark/release/SgiCheckBenchmark.dll"
web="artifacts/bin/Portal.Web/release/Portal.Web.dll"

echo "== engine"
dotnet "$bench" engine

echo "== api"
data=$(mktemp -d)
# The API's rate limit (600 per client and minute) would answer almost every benchmark request with 429.
(cd src/Portal.Web && Storage__DataDirectory="$data" Logging__LogLevel__Default=Warning RateLimits__SgiApiPerMinute=1000000000 ASPNETCORE_URLS="http://127.0.0.1:$port" \
    exec dotnet "../../$web" > "$data/server.log" 2>&1) &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1 && break
    sleep 1
done
curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null || { echo "the server did not start; see below" >&2; cat "$data/server.log" >&2; exit 1; }
dotnet "$bench" api "http://127.0.0.1:$port" "$seconds"
