#!/usr/bin/env bash
# Speed as users see it: the app published as deployed (Release, ReadyToRun, linux-x64) in the environment Production,
# driven by wrk, beside Debian's nginx serving the same bytes in the same run with the same client. Prints every
# figure, asserts none. tests/load/run.sh --full calls it; it also runs on its own:
#
#   tests/load/speed.sh [--app DIR] [--rounds N] [--seconds S]
#
#   --app DIR     an already published app (Portal.Web.dll in DIR) instead of publishing a copy of the working tree
#   --rounds N    repeats of each measurement; the median is printed with every round (default 3)
#   --seconds S   length of each wrk run (default 10)
#
# Figures, each the median of the rounds:
#   - a published guidance page (/skydda-din-sgi) at 64 connections: requests/s and p99, app and nginx, and the ratio;
#   - the theme's CSS file at 64 connections, app and nginx (a static file: the cost of the pipeline alone);
#   - POST /api/sgi-check at 32 connections (a lua script sends the body): requests/s and p99;
#   - the working set after that load;
#   - restart of an installed instance to the first 200 on / over SQLite and over PostgreSQL (tests/postgres.sh).
# wrk, nginx and the app share the machine's cores; take figures when nothing else runs (the load average is printed).
# The rate limit of the SGI API is raised for the run (the limiter still runs), since one client would hit it at once.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
app_dir=""
rounds=3
seconds=10
while [ $# -gt 0 ]; do
    case "$1" in
    --app) app_dir=$(cd "$2" && pwd); shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) echo "usage: tests/load/speed.sh [--app DIR] [--rounds N] [--seconds S]" >&2; exit 2 ;;
    esac
done

for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
        echo "   installing Debian's $tool"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$tool" >/dev/null 2>&1 \
            || { echo "speed: $tool is missing and could not be installed (apt-get install $tool)." >&2; exit 1; }
    fi
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/portal-speed.XXXXXX)
chmod 755 "$work"
app_pid=""
nginx_pid=""
pgdir=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    [ -n "$pgdir" ] && tests/postgres.sh stop "$pgdir"
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
figures="$work/figures.txt"
: >"$figures"
figure() { echo "$1 $2" >>"$figures"; }

if [ -z "$app_dir" ]; then
    echo "== speed: publish (Release, ReadyToRun, linux-x64)"
    app_dir="$work/app"
    tests/load/publish.sh "$app_dir" >"$work/build.log" 2>&1 \
        || { cat "$work/build.log"; echo "speed: the publish failed" >&2; exit 1; }
fi

keyring_key="$work/keyring-key.pem"
(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$keyring_key" 2>/dev/null) \
    || { echo "speed: openssl could not create the key ring key." >&2; exit 1; }

# start_app NAME PROVIDER CONNECTION: starts the app in Production, waits for the first 200 on /, sets startup_ms.
app_url=""
startup_ms=""
start_app() {
    local name=$1 provider=$2 connection=$3
    local port
    port=$(free_port)
    app_url="http://127.0.0.1:$port"
    mkdir -p "$work/data-$name"
    local began
    began=$(now_ms)
    (cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$app_url" \
        Database__Provider="$provider" ConnectionStrings__Portal="$connection" Storage__DataDirectory="$work/data-$name" \
        DataProtection__KeyFile="$keyring_key" PublicAddress__BaseUrl=https://omstallning.example \
        RateLimits__SgiApiPerMinute=100000000 CitizenIdentification__AllowTypedPersonnummer=true \
        dotnet Portal.Web.dll >>"$work/app-$name.log" 2>&1) &
    app_pid=$!
    local deadline=$(($(now_ms) + 90000))
    until curl -s -o /dev/null -w '%{http_code}' "$app_url/" 2>/dev/null | grep -q '^200$'; do
        if ! kill -0 "$app_pid" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
            echo "   the app did not start; its log:"; tail -20 "$work/app-$name.log" | sed 's/^/   /'
            app_pid=""
            return 1
        fi
        sleep 0.01
    done
    startup_ms=$(($(now_ms) - began))
}
stop_app() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    app_pid=""
}
working_set_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }

# restarts NAME PROVIDER CONNECTION: installs (first start), then restarts the installed instance $rounds times.
restarts() {
    local name=$1 provider=$2 connection=$3
    start_app "$name" "$provider" "$connection" || return 1
    echo "   $name: first start on an empty database: $startup_ms ms"
    figure "$name.first_start_ms" "$startup_ms"
    local all=""
    for _ in $(seq "$rounds"); do
        stop_app
        start_app "$name" "$provider" "$connection" || return 1
        all="$all $startup_ms"
    done
    local m
    m=$(echo "$all" | median)
    echo "   $name: restart to the first 200 on /: $m ms (median of:$all)"
    figure "$name.restart_ms" "$m"
}

# wrk_run NAME URL CONNECTIONS [LUA]: one wrk run; appends "rps p99_ms non2xx" to $work/NAME.runs.
wrk_run() {
    local name=$1 url=$2 connections=$3 lua=${4:-}
    local out
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency ${lua:+-s "$lua"} "$url" 2>&1)
    local rps p99 errors
    rps=$(echo "$out" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
    p99=$(echo "$out" | awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
        f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.2f", v * f }')
    errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF } /Socket errors:/ { print "socket:" $0 }' | tr '\n' ' ')
    echo "${rps:-0} ${p99:--} ${errors:-0}" >>"$work/$name.runs"
    printf '   %-22s %8s req/s  p99 %7s ms  %s\n' "$name" "${rps:-0}" "${p99:--}" "${errors:+non-2xx/errors: $errors}"
}
summary() {
    local name=$1
    local rps p99
    rps=$(awk '{ print $1 }' "$work/$name.runs" | tr '\n' ' ' | median)
    p99=$(awk '{ print $2 }' "$work/$name.runs" | tr '\n' ' ' | median)
    figure "$name.rps" "$rps"
    figure "$name.p99_ms" "$p99"
}

start=$(date +%s)
echo "== speed: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== sqlite: install, then restart $rounds times"
restarts sqlite Sqlite "" || exit 1

page=/skydda-din-sgi
mkdir -p "$work/www" "$work/nginx/tmp"
curl -sf "$app_url$page" -o "$work/www/page.html" || { echo "speed: $page did not answer 200" >&2; exit 1; }
css=$(grep -o 'href="[^"]*\.css[^"]*"' "$work/www/page.html" | head -1 | sed 's/^href="//; s/"$//')
curl -sf "$app_url$css" -o "$work/www/style.css" || { echo "speed: $css did not answer 200" >&2; exit 1; }
chmod -R a+rX "$work/www"
echo "   guidance page $page: $(wc -c <"$work/www/page.html") bytes; CSS $css: $(wc -c <"$work/www/style.css") bytes"
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = /page { default_type text/html; try_files /page.html =404; }
        location = /style.css { default_type text/css; }
    }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$nginx_port/page"; do sleep 0.05; done

cat >"$work/sgi-check.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"asOf":"2026-03-16","situation":"sjukpenning-ended","lastSjukpenningDay":"2026-03-13","hasSgi":"yes","sgiHoursPerWeek":40,"employment":"unemployed","next":[{"kind":"af-registration","from":"2026-03-16","status":"aktivt","hoursPerWeek":40}]}'
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$work/sgi-check.lua")" "$app_url/api/sgi-check")
[ "$status" = 200 ] || echo "   note: POST /api/sgi-check answered $status"

echo "== sqlite: warm-up ($seconds s each)"
wrk -t2 -c64 -d"${seconds}s" "$app_url$page" >/dev/null
wrk -t2 -c64 -d"${seconds}s" "$app_url$css" >/dev/null
wrk -t2 -c32 -d"${seconds}s" -s "$work/sgi-check.lua" "$app_url/api/sgi-check" >/dev/null
for round in $(seq "$rounds"); do
    echo "== sqlite: round $round of $rounds (load average $(cut -d' ' -f1 /proc/loadavg))"
    wrk_run guidance.app "$app_url$page" 64
    wrk_run guidance.nginx "http://127.0.0.1:$nginx_port/page" 64
    wrk_run css.app "$app_url$css" 64
    wrk_run css.nginx "http://127.0.0.1:$nginx_port/style.css" 64
    wrk_run sgi_api.app "$app_url/api/sgi-check" 32 "$work/sgi-check.lua"
done
for name in guidance.app guidance.nginx css.app css.nginx sgi_api.app; do summary "$name"; done
figure working_set_mb "$(working_set_mb)"
kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null; nginx_pid=""
stop_app

echo "== postgres: install, then restart $rounds times"
pgdir="$work/postgres"
if postgres=$(tests/postgres.sh start "$pgdir" "$(free_port)"); then
    restarts postgres Postgres "$postgres"
    stop_app
else
    echo "   PostgreSQL did not start"
fi

value() { awk -v k="$1" '$1 == k { print $2 }' "$figures"; }
ratio() { awk -v a="$1" -v n="$2" 'BEGIN { if (a + 0 > 0 && n + 0 > 0) printf "%.2f", a / n; else print "-" }'; }
echo "== speed figures (median of $rounds; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '   %-52s %s\n' \
    "guidance page, 64 connections, app req/s" "$(value guidance.app.rps)" \
    "guidance page, 64 connections, nginx req/s" "$(value guidance.nginx.rps)" \
    "guidance page app/nginx (target >= 0.6)" "$(ratio "$(value guidance.app.rps)" "$(value guidance.nginx.rps)")" \
    "guidance page p99 ms, app (target < 10) / nginx" "$(value guidance.app.p99_ms) / $(value guidance.nginx.p99_ms)" \
    "theme CSS, 64 connections, app / nginx req/s" "$(value css.app.rps) / $(value css.nginx.rps)" \
    "theme CSS app/nginx" "$(ratio "$(value css.app.rps)" "$(value css.nginx.rps)")" \
    "theme CSS p99 ms, app / nginx" "$(value css.app.p99_ms) / $(value css.nginx.p99_ms)" \
    "POST /api/sgi-check, 32 connections, req/s" "$(value sgi_api.app.rps)" \
    "POST /api/sgi-check p99 ms (target < 3)" "$(value sgi_api.app.p99_ms)" \
    "working set after the load, MB (target < 200)" "$(value working_set_mb)" \
    "restart to first 200, SQLite, ms (target < 1000)" "$(value sqlite.restart_ms)" \
    "restart to first 200, PostgreSQL, ms (target < 1500)" "$(value postgres.restart_ms)" \
    "first start on an empty database, SQLite / PostgreSQL, ms" "$(value sqlite.first_start_ms) / $(value postgres.first_start_ms)"
echo "== speed: done in $(($(date +%s) - start)) s"
