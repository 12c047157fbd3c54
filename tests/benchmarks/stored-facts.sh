#!/usr/bin/env bash
# Stored facts benchmark: "Mina möten" for a team lead with 1,000 meetings and the follow-up figures over 100,000
# meetings, through the real pages of the in-process app (Release). Prints the database commands per request and the
# server time; asserts no timing. SQLite by default; PostgreSQL with PORTAL_TEST_DATABASE=postgres
# PORTAL_TEST_POSTGRES=<admin connection string> (tests/postgres.sh start). Sizes: PORTAL_BENCHMARK_MEETINGS,
# PORTAL_BENCHMARK_FOLLOWUP. Usage: tests/benchmarks/stored-facts.sh. Not run by tests/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORTAL_BENCHMARK=1 dotnet test tests/Portal.IntegrationTests -c Release -nologo \
    --filter "FullyQualifiedName~Portal.IntegrationTests.Benchmarks.StoredFactsBenchmark" \
    --logger "console;verbosity=detailed" 2>&1 | grep -E "(seeded|app start|GET |Passed|Failed|Total|error)" || true
