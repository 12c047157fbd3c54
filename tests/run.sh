#!/usr/bin/env bash
# Runs every check and every test of the portal: restore (locked), build (warnings are errors), dotnet format,
# unit tests, integration tests against SQLite and against a throw-away PostgreSQL cluster (tests/postgres.sh), and
# browser tests (Playwright + axe on Debian's chromium), then the load and fault smoke (tests/load/run.sh --smoke).
# Prints one closing line "tests: N passed, N failed" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

fail() { echo "run.sh: $*" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }

command -v dotnet >/dev/null || fail "dotnet is not installed."
command -v npm >/dev/null || fail "npm is not installed."
command -v java >/dev/null || fail "java is not installed (needed by the Nu HTML Checker); apt-get install default-jre-headless."
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing; apt-get install chromium (.ci/run does this)."
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || fail "PostgreSQL is missing; apt-get install postgresql (.ci/run does this)."

start=$(date +%s)
echo "== npm ci (test tools)"
(cd tests && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) || fail "npm ci in tests/ failed."

echo "== restore (locked) and build"
dotnet restore Portal.sln --locked-mode || fail "restore failed (did a package change without updating packages.lock.json?)."
dotnet build Portal.sln --no-restore -nologo -clp:ErrorsOnly || fail "build failed."

echo "== EF Core compiled models are current (tools/compiled-model.sh --check)"
tools/compiled-model.sh --check || fail "the compiled model is stale; run tools/compiled-model.sh."

echo "== dotnet format --verify-no-changes"
dotnet format Portal.sln --verify-no-changes --no-restore || fail "dotnet format found changes; run 'dotnet format Portal.sln'."

echo "== PostgreSQL (throw-away cluster on 127.0.0.1:${PORTAL_TEST_POSTGRES_PORT:=55432})"
pgdir=$(mktemp -d /tmp/portal-pg.XXXXXX)
trap 'tests/postgres.sh stop "$pgdir"' EXIT
postgres=$(tests/postgres.sh start "$pgdir" "$PORTAL_TEST_POSTGRES_PORT") || fail "could not start PostgreSQL."

passed=0
failed=0
status=0
# Each run: a name for the results, the test project, and the database provider of the integration suite.
for run in Portal.UnitTests:Portal.UnitTests:sqlite \
           Portal.IntegrationTests.Sqlite:Portal.IntegrationTests:sqlite \
           Portal.IntegrationTests.Postgres:Portal.IntegrationTests:postgres \
           Portal.EndToEndTests:Portal.EndToEndTests:sqlite; do
    IFS=: read -r name project database <<<"$run"
    echo "== $name"
    log="$results/$name.log"
    PORTAL_TEST_DATABASE=$database PORTAL_TEST_POSTGRES=$postgres \
    dotnet test "tests/$project" --no-build --nologo --results-directory "$results" \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" 2>&1 | tee "$log" \
        | grep -E '^\s+Failed [A-Z]|\[FAIL\]|Error Message|^\s+(Assert|Expected|Actual)|Passed!|Failed!|Total tests|error' || true
    code=${PIPESTATUS[0]}
    trx="$results/$name.trx"
    counters=$(grep -oE '<Counters [^>]*>' "$trx" 2>/dev/null | head -1)
    if [ -z "$counters" ]; then
        echo "run.sh: $name wrote no test results (exit $code)." >&2
        failed=$((failed + 1))
        status=1
        continue
    fi
    p=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
    f=$(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')
    e=$(echo "$counters" | sed -E 's/.* error="([0-9]+)".*/\1/')
    echo "   $name: $p passed, $f failed"
    passed=$((passed + p))
    failed=$((failed + f + e))
    [ "$p" -gt 0 ] || { echo "run.sh: $name ran no test." >&2; status=1; }
    [ "$code" -eq 0 ] || status=1
done

# The CI-sized load and fault suite: the built app as its own process over SQLite and PostgreSQL; each check is one test.
echo "== load smoke (tests/load/run.sh --smoke)"
smoke_log="$results/load-smoke.log"
tests/load/run.sh --smoke 2>&1 | tee "$smoke_log" | grep -E 'FAILED|FAIL:|^load-smoke:' || true
smoke=$(grep -E '^load-smoke: [0-9]+ passed, [0-9]+ failed' "$smoke_log" | tail -1)
if [ -z "$smoke" ]; then
    echo "run.sh: the load smoke printed no result." >&2
    failed=$((failed + 1))
    status=1
else
    p=$(echo "$smoke" | sed -E 's/^load-smoke: ([0-9]+) passed.*/\1/')
    f=$(echo "$smoke" | sed -E 's/.* ([0-9]+) failed$/\1/')
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$f" -eq 0 ] || status=1
fi

echo "== done in $(( $(date +%s) - start )) s; results in artifacts/test-results"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
