#!/usr/bin/env bash
# CPU per request of the app process, for A/B runs of two builds on one database file.
#
# req/s moves with whatever else the machine does; the CPU the app process spends per request
# (utime + stime from /proc, over a wrk run, divided by the requests it served) moves much less,
# so a change of a few percent shows. For each published app folder given, in turn: copy the
# database, start the app on the copy, warm the baseline and every URL up, then measure
# /perf/baseline and each URL with `wrk -t2 -c8`. One line per app:
#   <app> base <ms> | <url> <ms> x<ms / base ms> (rps ratio <req/s / base req/s>) ...
#
# Usage: tools/perf/cpu.sh DB APP_DIR [APP_DIR ...]
#   env: URLS (space-separated paths, default "/ /?region=RU-TYU /?q=reservists"),
#        SECS (seconds per measurement, default 8), WARM (seconds of warm-up per URL, default 8),
#        WARM_ALL (then seconds of warm-up over all URLs in turn, default 60; 0: none),
#        PORT (default 5300), COPY (where the database copy goes, default /tmp/mt-cpu.db)
# Needs: dotnet, wrk, curl, bc. A filled file comes from tools/perf/run.sh ($PERF_CACHE).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
db="$1"; shift
URLS="${URLS:-/ /?region=RU-TYU /?q=reservists}"
SECS="${SECS:-8}"
WARM="${WARM:-8}"
WARM_ALL="${WARM_ALL:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
PORT="${PORT:-5300}"
COPY="${COPY:-/tmp/mt-cpu.db}"
ticks="$(getconf CLK_TCK)"
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null || true' EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# pid path -> "<cpu ms per request> <req/s>"
measure() {
  local before after out requests
  before="$(cpu_ticks "$1")"
  out="$(wrk -t2 -c8 -d"${SECS}s" "http://127.0.0.1:$PORT$2")"
  after="$(cpu_ticks "$1")"
  requests="$(echo "$out" | awk '/requests in/ {print $1}')"
  echo "$(echo "scale=3; ($after - $before) * 1000 / $ticks / $requests" | bc) $(echo "$out" | awk '/Requests\/sec/ {print $2}')"
}

for dir in "$@"; do
  cp "$db" "$COPY"; rm -f "$COPY-wal" "$COPY-shm"
  (cd "$dir" && Tracker__SeedOnStartup=false Tracker__PerfBaseline=true Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__Tracker="Data Source=$COPY" exec dotnet MobilizationTracker.Web.dll --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1) &
  app=$!
  for _ in $(seq 300); do curl -fs "http://127.0.0.1:$PORT/perf/baseline" >/dev/null && break; sleep 0.2; done
  for url in /perf/baseline $URLS; do wrk -t1 -c2 -d"${WARM}s" "http://127.0.0.1:$PORT$url" >/dev/null; done
  # Every URL in turn under load until the tiered JIT has settled (as tools/perf/run.sh does).
  # shellcheck disable=SC2086 # URLS is a list
  [ "$WARM_ALL" -gt 0 ] && wrk -t2 -c8 -d"${WARM_ALL}s" -s "$here/warm.lua" "http://127.0.0.1:$PORT" -- /perf/baseline $URLS >/dev/null
  read -r base_ms base_rps <<<"$(measure "$app" /perf/baseline)"
  line="$dir base ${base_ms}ms"
  for url in $URLS; do
    read -r ms rps <<<"$(measure "$app" "$url")"
    line="$line | $url ${ms}ms x$(echo "scale=2; $ms / $base_ms" | bc) (rps ratio $(echo "scale=3; $rps / $base_rps" | bc))"
  done
  echo "$line  (load $(cut -d' ' -f1 /proc/loadavg))"
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
done
rm -f "$COPY" "$COPY-wal" "$COPY-shm"
