#!/usr/bin/env bash
# The load, fault and speed suite. Starts the built app as a separate process on 127.0.0.1, once over SQLite and once
# over a throw-away PostgreSQL cluster (tests/postgres.sh), and drives it with tests/Portal.LoadTests:
#   - guidance page: every response 200 at 64 connections (its speed beside nginx: tests/load/speed.sh, run by --full);
#   - N people at once open their invitation, identify, fill in and submit the questionnaire; the database is checked
#     afterwards: every confirmed submission stored exactly once;
#   - SIGKILL in the middle of the submission load, restart: every confirmed submission there and readable, nothing
#     half-written;
#   - PostgreSQL stopped during load: readiness unhealthy, the Swedish error page, recovery when the database is back;
#   - malformed requests against every form: no 5xx, nothing stored;
#   - working set after the load and the time from process start to the first 200.
# The invitations are created by the app itself on start (LoadTest:Invitations, refused in Production; the app runs
# in the environment "LoadTest").
#
#   tests/load/run.sh --smoke   CI-sized (tests/run.sh calls it): small counts, Debug build, no nginx; prints
#                               "load-smoke: N passed, N failed" (each check is one test).
#   tests/load/run.sh --full    on demand: 200 people, the app published as deployed (Release, ReadyToRun); prints
#                               every figure; then tests/load/speed.sh (wrk against the published
#                               app in Production and nginx on the same bytes, restart times; needs wrk and nginx,
#                               installed with apt-get if missing). --smoke needs neither.
# Figures are printed, never asserted. Only correctness is checked.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
mode=${1:---smoke}
case "$mode" in
--smoke) users=40; kill_users=40; kill_after=10; rounds=1; guidance_seconds=3; outage_users=40; configuration=Debug ;;
--full) users=200; kill_users=200; kill_after=60; rounds=3; guidance_seconds=15; outage_users=100; configuration=Release ;;
*) echo "usage: tests/load/run.sh [--smoke|--full]" >&2; exit 2 ;;
esac
label=${mode#--}
cfg=$(echo "$configuration" | tr '[:upper:]' '[:lower:]')
app_dir="$root/artifacts/bin/Portal.Web/$cfg"
tool_dll="$root/tests/artifacts/bin/Portal.LoadTests/$cfg/Portal.LoadTests.dll"

# The invitation numbers of each part of the run (the app creates all of them on start).
kill_from=$((users + 1))
bad_from=$((users + kill_users + 1)); bad_count=2
outage_from=$((bad_from + bad_count)); recover_invitation=$((outage_from + outage_users))
invitations=$recover_invitation

work=$(mktemp -d /tmp/portal-load.XXXXXX)
chmod 755 "$work"
app_pid=""
load_pid=""
pgdir=""
cleanup() {
    [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    [ -n "$pgdir" ] && tests/postgres.sh stop "$pgdir"
    # The app's own logs explain a failed check; keep them where CI keeps the test results.
    if [ "$failed" -gt 0 ]; then
        mkdir -p "$root/artifacts/load-logs"
        cp "$work"/app-*.log "$root/artifacts/load-logs/" 2>/dev/null
        echo "   app logs kept in artifacts/load-logs"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
# The key that wraps the Data Protection key ring (DataProtection:KeyFile): outside Development the app needs one.
keyring_key="$work/keyring-key.pem"
(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$keyring_key" 2>/dev/null) \
    || { echo "load: openssl could not create the key ring key." >&2; exit 1; }
check() {
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1)); echo "   ok: $name"
    else
        failed=$((failed + 1)); echo "   FAILED: $name"
        return 1
    fi
}
figures="$work/figures.txt"
: >"$figures"
# Runs the load tool, shows its output and keeps its "figure" lines under a prefix (sqlite./postgres.).
tool() {
    local prefix=$1
    shift
    local out
    out=$(dotnet "$tool_dll" "$@" 2>&1)
    local code=$?
    echo "$out" | grep -v '^figure ' | sed 's/^/   /'
    echo "$out" | grep '^figure ' | sed "s/^figure /$prefix./" >>"$figures"
    return $code
}
figure() { echo "$1 $2" >>"$figures"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

if [ "$mode" = --full ]; then
    # Measured as it is deployed (README, "Deploying"): published for linux-x64 with ReadyToRun code.
    echo "== load ($label): publish (Release, ReadyToRun, linux-x64) and build the load tool"
    app_dir="$work/app"
    tests/load/publish.sh "$app_dir" >"$work/build.log" 2>&1 \
        && dotnet build tests/Portal.LoadTests -c "$configuration" -nologo -clp:ErrorsOnly >>"$work/build.log" 2>&1 \
        || { cat "$work/build.log"; echo "load-$label: 0 passed, 1 failed"; exit 1; }
else
    echo "== load ($label): build ($configuration)"
    if [ ! -f "$app_dir/Portal.Web.dll" ] || [ ! -f "$tool_dll" ]; then
        dotnet build src/Portal.Web -c "$configuration" -nologo -clp:ErrorsOnly >"$work/build.log" 2>&1 \
            && dotnet build tests/Portal.LoadTests -c "$configuration" -nologo -clp:ErrorsOnly >>"$work/build.log" 2>&1 \
            || { cat "$work/build.log"; echo "load-$label: 0 passed, 1 failed"; exit 1; }
    fi
fi

# start_app NAME PROVIDER CONNECTION DATADIR: starts the app, waits for the first 200 on /, prints the start-up time.
app_url=""
start_app() {
    local name=$1 provider=$2 connection=$3 data=$4
    local port
    port=$(free_port)
    app_url="http://127.0.0.1:$port"
    local began
    began=$(now_ms)
    (cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=LoadTest ASPNETCORE_URLS="$app_url" \
        Database__Provider="$provider" ConnectionStrings__Portal="$connection" Storage__DataDirectory="$data" \
        DataProtection__KeyFile="$keyring_key" \
        LoadTest__Invitations="$invitations" Logging__LogLevel__Default=Warning \
        RateLimits__IdentifyPerMinute=100000000 RateLimits__SignInPerMinute=100000000 \
        RateLimits__SgiApiPerMinute=100000000 RateLimits__CaseApiPerMinute=100000000 \
        dotnet Portal.Web.dll >>"$work/app-$name.log" 2>&1) &
    app_pid=$!
    local deadline=$(($(now_ms) + 90000))
    until curl -s -o /dev/null -w '%{http_code}' "$app_url/" 2>/dev/null | grep -q '^200$'; do
        if ! kill -0 "$app_pid" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
            echo "   the app did not start; its log:"; tail -20 "$work/app-$name.log" | sed 's/^/   /'
            return 1
        fi
        sleep 0.02
    done
    startup_ms=$(($(now_ms) - began))
    echo "   $name: first 200 after $startup_ms ms (pid $app_pid, $app_url)"
}
stop_app() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    app_pid=""
}
working_set_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }
# wait_for_lines FILE N SECONDS: until FILE has N lines (or the time is up).
wait_for_lines() {
    local deadline=$(($(date +%s) + $3))
    while [ "$(wc -l <"$1" 2>/dev/null || echo 0)" -lt "$2" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.05; done
}

guidance() {
    local page="/skydda-din-sgi"
    check "guidance page under load: every response 200 (app)" \
        tool sqlite guidance --url "$app_url$page" --connections 64 --seconds "$guidance_seconds" --label app
    # The comparison with nginx, with a client (wrk) that does not share the app's runtime, is tests/load/speed.sh.
}

# run_database NAME PROVIDER CONNECTION VERIFY_CONNECTION
run_database() {
    local name=$1 provider=$2 connection=$3 verify=$4
    local data="$work/data-$name"
    mkdir -p "$data"
    echo "== $name: start (creates the schema, imports content/ and $invitations load-test invitations)"
    check "$name: the app starts and answers 200" start_app "$name" "$provider" "$connection" "$data" || return
    figure "$name.startup.first_ms" "$startup_ms"
    # The start a deployed instance makes: the schema, content and invitations are there (a clean stop, then start).
    stop_app
    check "$name: the app starts again after a clean stop" start_app "$name" "$provider" "$connection" "$data" || return
    figure "$name.startup.restart_ms" "$startup_ms"

    if [ "$name" = sqlite ]; then
        echo "== $name: guidance page at 64 connections"
        guidance
    fi

    echo "== $name: $users people fill in and submit the questionnaire at once"
    check "$name: every person's submission confirmed, no 5xx" \
        tool "$name" submit --base "$app_url" --from 1 --count "$users" --acks "$work/acks-$name-load"
    check "$name: every confirmed submission stored exactly once" \
        tool "$name" verify --provider "$name" --connection "$verify" --from 1 --count "$users" --acks "$work/acks-$name-load"

    echo "== $name: malformed requests"
    check "$name: no 5xx for malformed requests" tool "$name" badinput --base "$app_url" --invitation "$bad_from" --rounds "$rounds"
    check "$name: nothing stored from malformed requests" \
        tool "$name" nogarbage --provider "$name" --connection "$verify" --from "$bad_from" --count "$bad_count"
    figure "$name.working_set_mb" "$(working_set_mb)"
    echo "   working set after the load: $(working_set_mb) MB"

    echo "== $name: SIGKILL during $kill_users submissions, then restart"
    local acks="$work/acks-$name-kill"
    : >"$acks"
    dotnet "$tool_dll" submit --base "$app_url" --from "$kill_from" --count "$kill_users" --acks "$acks" --allow-failures yes \
        >"$work/kill-load-$name.log" 2>&1 &
    load_pid=$!
    wait_for_lines "$acks" "$kill_after" 60
    kill -KILL "$app_pid"
    wait "$app_pid" 2>/dev/null
    app_pid=""
    wait "$load_pid"
    load_pid=""
    grep -v '^figure' "$work/kill-load-$name.log" | head -3 | sed 's/^/   /'
    echo "   killed after $(wc -l <"$acks") confirmed submissions"
    check "$name: the app restarts after SIGKILL" start_app "$name" "$provider" "$connection" "$data" || return
    figure "$name.startup.after_kill_ms" "$startup_ms"
    check "$name: after SIGKILL every confirmed submission stored once, nothing half-written" \
        tool "$name" verify --provider "$name" --connection "$verify" --from "$kill_from" --count "$kill_users" --acks "$acks"
    check "$name: after SIGKILL every confirmed submission reads back intact" tool "$name" intact --base "$app_url" --acks "$acks"

    if [ "$name" = postgres ]; then
        echo "== $name: PostgreSQL stopped during $outage_users submissions"
        acks="$work/acks-$name-outage"
        : >"$acks"
        dotnet "$tool_dll" submit --base "$app_url" --from "$outage_from" --count "$outage_users" --acks "$acks" --allow-failures yes \
            >"$work/outage-load-$name.log" 2>&1 &
        load_pid=$!
        wait_for_lines "$acks" 1 30
        tests/postgres.sh halt "$pgdir"
        check "$name: database down: readiness unhealthy, the Swedish error page, no details" \
            tool "$name" outage --base "$app_url" --invitation "$recover_invitation"
        wait "$load_pid"
        load_pid=""
        grep -v '^figure' "$work/outage-load-$name.log" | head -3 | sed 's/^/   /'
        tests/postgres.sh resume "$pgdir"
        check "$name: the app recovers by itself when the database is back" \
            tool "$name" recover --base "$app_url" --invitation "$recover_invitation" --timeout 60
        check "$name: after the outage every confirmed submission stored once, nothing half-written" \
            tool "$name" verify --provider "$name" --connection "$verify" --from "$outage_from" --count "$outage_users" --acks "$acks"
    fi
    stop_app
}

start=$(date +%s)
run_database sqlite Sqlite "" "Data Source=$work/data-sqlite/portal.db"

pgdir="$work/postgres"
pg_port=$(free_port)
if postgres=$(tests/postgres.sh start "$pgdir" "$pg_port"); then
    run_database postgres Postgres "$postgres" "$postgres"
else
    failed=$((failed + 1)); echo "   FAILED: PostgreSQL did not start"
fi

echo "== figures ($label, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
sed 's/^/   /' "$figures"
echo "== done in $(( $(date +%s) - start )) s"
if [ "$mode" = --full ]; then
    # Speed as users see it: wrk against the app published as deployed, in Production, beside nginx (figures only).
    echo "== speed (tests/load/speed.sh --app, the app published above)"
    tests/load/speed.sh --app "$app_dir" || echo "   speed: did not finish (figures above are incomplete)"
fi
echo "load-$label: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
