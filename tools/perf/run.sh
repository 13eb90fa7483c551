#!/usr/bin/env bash
# Timeline, search, compare and API speed at several database sizes in one go.
#
# For each size (default 100,000 and 1,000,000 claims) it fills a database with tools/perf/fill.sql
# once (kept in $PERF_CACHE, keyed by the fill script's hash and the size), starts the published app
# on a fresh copy of it (the app migrates the copy on start: an older filled file is upgraded, which
# also times the migration), warms every URL up, then measures each URL with
# `wrk -t2 -c<connections> -d<seconds>` and tools/perf/p95.lua. The baseline page /perf/baseline
# (one compiled EF query for 50 rows) is measured before and after the other URLs; each URL's
# figure is its requests/s divided by the mean baseline requests/s of the same size. The growth
# ratio is (ratio at the largest size) / (ratio at the smallest): 1.0 means the page costs the same
# at both sizes. NNN in a path becomes a new number on every request (tools/perf/p95.lua): the row
# "min, a new value each request" is the timeline's first view of a filter, which no per-filter
# cache (the chart, the match count) has seen; the other rows repeat one URL, as paging does.
#
# Usage: tools/perf/run.sh [sizes, comma-separated] [seconds per URL] [connections]
#   The filled file is upgraded to the build's migrations once and kept too (…-migrated-<hash>.db).
#   env: APP_DIR=<published app folder> (default: publish the web project to a temp folder)
#        PERF_CACHE=<folder for filled databases> (default /tmp/mt-perf-cache)
#        OUT=<file> also writes the Markdown table there; RAW=<file> appends the raw lines
#        ONLY=<regex> measures only the pages whose name matches (the baseline always)
#        WARM_ALL=<seconds> of warm-up over all the URLs in turn before measuring (default 90; 0: none)
#        EXPORT=1 also runs tools/perf/export.sh (CSV export against the sqlite3 CLI) at each size
#        POSTGRES=<Npgsql connection string of a server, database postgres> measures the app on PostgreSQL:
#          the filled SQLite file is moved with the app's `copy` verb into a database per size
#          (mt_perf_<hash>_<size>, kept for the next run), and the app runs with Tracker__Database=PostgreSql
# Needs: dotnet, sqlite3, wrk, bc, curl (Debian packages; wrk is installed with apt-get if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
SIZES="${1:-100000,1000000}"
SECONDS_PER_URL="${2:-10}"
CONNECTIONS="${3:-8}"
WARM_ALL="${WARM_ALL:-90}"
PORT="${PORT:-5199}"
PERF_CACHE="${PERF_CACHE:-/tmp/mt-perf-cache}"
work="$(mktemp -d)"
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq wrk >/dev/null
fi

if [ -z "${APP_DIR:-}" ]; then
  APP_DIR="$work/app"
  echo "Publishing the web project to $APP_DIR ..." >&2
  dotnet publish src/MobilizationTracker.Web -c Release -o "$APP_DIR" --nologo -v quiet >/dev/null
fi
dll="$APP_DIR/MobilizationTracker.Web.dll"

export Tracker__SeedOnStartup=false
export Tracker__PerfBaseline=true
export Logging__LogLevel__Default=Warning
export Serilog__MinimumLevel__Default=Warning
# Request logging off: the measurement is the page, not the console.
quiet_http="Serilog__MinimumLevel__Override__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning"

fill_hash="$(sha1sum tools/perf/fill.sql | cut -c1-12)"
mkdir -p "$PERF_CACHE"

# template_for SIZE: a filled database for SIZE claims, built once.
template_for() {
  local n="$1" file="$PERF_CACHE/fill-$fill_hash-$1.db"
  if [ ! -f "$file" ]; then
    echo "Filling $n claims (once, into $file) ..." >&2
    rm -f "$file.tmp"
    ConnectionStrings__Tracker="Data Source=$file.tmp" dotnet "$dll" migrate >/dev/null
    local start; start=$(date +%s.%N)
    (cd tools/perf && printf '.parameter set @n %s\n.read fill.sql\nPRAGMA wal_checkpoint(TRUNCATE);\n' "$n" | sqlite3 "$file.tmp" >/dev/null)
    echo "  filled $n claims in $(echo "$(date +%s.%N) - $start" | bc) s ($(du -h "$file.tmp" | cut -f1))" >&2
    mv "$file.tmp" "$file"
  fi
  echo "$file"
}

# migrated_for SIZE: the filled database upgraded to this build's migrations, built once per set of
# migrations (a 1M upgrade can take minutes; each run then starts from a copy of it).
migrations_hash="$(ls src/MobilizationTracker.Web/Data/Migrations | sha1sum | cut -c1-12)"
migrated_for() {
  local template file="$PERF_CACHE/fill-$fill_hash-$1-migrated-$migrations_hash.db"
  template="$(template_for "$1")"
  if [ ! -f "$file" ]; then
    echo "Migrating the $1-claim file (once, into $file) ..." >&2
    cp "$template" "$file.tmp"
    local start; start=$(date +%s.%N)
    ConnectionStrings__Tracker="Data Source=$file.tmp" dotnet "$dll" migrate >/dev/null
    sqlite3 "$file.tmp" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    echo "  migrated in $(echo "$(date +%s.%N) - $start" | bc) s ($(du -h "$file.tmp" | cut -f1))" >&2
    mv "$file.tmp" "$file"; rm -f "$file.tmp.migrating"
  fi
  echo "$file"
}

# Ten claim ids spread over the table, for /compare.
compare_path() {
  local ids
  ids=$(sqlite3 "$1" "SELECT group_concat('id=' || Id, '&') FROM (SELECT Id FROM Claims WHERE Id % (SELECT max(1, count(*) / 10) FROM Claims) = 7 LIMIT 10);")
  echo "/compare?$ids"
}

measure() { # path -> "p50 p95 p99 rps non2xx"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_URL}s" --timeout 10s -s tools/perf/p95.lua "http://127.0.0.1:$PORT$1" | grep '^RESULT' | cut -d' ' -f2-
}

declare -A result
names=()
sizes=()
IFS=',' read -r -a sizes <<<"$SIZES"
for n in "${sizes[@]}"; do
  template="$(migrated_for "$n")"
  db="$work/tracker-$n.db"
  cp "$template" "$db"
  database=(ConnectionStrings__Tracker="Data Source=$db")
  if [ -n "${POSTGRES:-}" ]; then
    pg="${POSTGRES%;};Database=mt_perf_${fill_hash}_$n" # the last Database= wins
    if ! ConnectionStrings__Tracker="Data Source=$db" dotnet "$dll" copy --to "$pg" >"$work/copy-$n.log" 2>&1; then
      grep -q "not empty" "$work/copy-$n.log" || { cat "$work/copy-$n.log" >&2; exit 1; }
    fi
    database=(Tracker__Database=PostgreSql ConnectionStrings__Tracker="$pg")
  fi
  start=$(date +%s.%N)
  env "$quiet_http" "${database[@]}" dotnet "$dll" --urls "http://127.0.0.1:$PORT" >"$work/app-$n.log" 2>&1 &
  app=$!
  for _ in $(seq 1 3000); do
    curl -fs "http://127.0.0.1:$PORT/perf/baseline" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { cat "$work/app-$n.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "[$n] app up in $(echo "$(date +%s.%N) - $start" | bc) s; load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

  urls=(
    "timeline, no filter|/"
    "from/to|/?from=2024-01-01&to=2024-06-30"
    "region RU-TYU|/?region=RU-TYU"
    "regions RU-VOR+UA-43|/?region=RU-VOR&region=UA-43"
    "source|/?source=Verstka"
    "outlet|/?outlet=Meduza"
    "kind force_size|/?kind=force_size"
    "denied yes|/?denied=yes"
    "min/max|/?min=100000&max=500000"
    "min, a new value each request (no cache)|/?min=NNN"
    "q, a word in a quarter of the claims|/?q=reservists"
    "q, Russian word form (мобилизация)|/?q=%D0%BC%D0%BE%D0%B1%D0%B8%D0%BB%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F"
    "oldest first|/?order=asc"
    "next page (cursor)|/?after=2024-06-01_50000"
    "all filters|/?from=2023-01-01&region=RU-VOR&kind=target&denied=no&min=1000&q=summons"
    "compare, 10 claims|$(compare_path "$db")"
    "api/claims|/api/claims"
  )
  if [ -n "${ONLY:-}" ]; then
    kept=(); for entry in "${urls[@]}"; do [[ "${entry%%|*}" =~ $ONLY ]] && kept+=("$entry"); done; urls=("${kept[@]}")
  fi
  # Warm-up: tiered JIT and SQLite's page cache settle before any measurement.
  wrk -t1 -c1 -d2s "http://127.0.0.1:$PORT/perf/baseline" >/dev/null
  for entry in "${urls[@]}"; do
    wrk -t1 -c1 -d2s "http://127.0.0.1:$PORT${entry#*|}" >/dev/null
  done
  # Then every URL in turn under the measurement's load until the JIT has settled: a page measured
  # while the runtime still recompiles its methods (tier 0, instrumented, tier 1) served half its
  # steady requests/s in a 10 s run (docs/performance.md), and the simple baseline settles first.
  if [ "$WARM_ALL" -gt 0 ]; then
    all_paths=(/perf/baseline); for entry in "${urls[@]}"; do all_paths+=("${entry#*|}"); done
    wrk -t2 -c"$CONNECTIONS" -d"${WARM_ALL}s" --timeout 10s -s tools/perf/warm.lua "http://127.0.0.1:$PORT" -- "${all_paths[@]}" >/dev/null
  fi

  read -r b1p50 b1p95 b1p99 b1rps _ <<<"$(measure /perf/baseline)"
  lines=()
  for entry in "${urls[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    line="$(measure "$path")"
    lines+=("$name|$path|$line")
    read -r _ _ _ _ non2xx <<<"$line"
    if [ "$non2xx" != "0" ]; then echo "  ($non2xx non-2xx responses for $path)" >&2; fi
  done
  read -r b2p50 b2p95 b2p99 b2rps _ <<<"$(measure /perf/baseline)"
  base_rps=$(echo "scale=1; ($b1rps + $b2rps) / 2" | bc)
  result["baseline|$n"]="$b1p50/$b1p95/$b1p99 (then $b2p50/$b2p95/$b2p99)|$base_rps|1.000"
  [ "${#names[@]}" -gt 0 ] || names=("baseline")
  for l in "${lines[@]}"; do
    IFS='|' read -r name path stats <<<"$l"
    read -r p50 p95 p99 rps _ <<<"$stats"
    ratio=$(echo "scale=3; $rps / $base_rps" | bc)
    # No request finished inside wrk's timeout: say so instead of 0/0/0.
    if [ "$rps" == "0.0" ]; then p50="timeout"; p95="(>10 s)"; p99="-"; fi
    result["$name|$n"]="$p50/$p95/$p99|$rps|$ratio"
    result["path|$name"]="${path%%\?id=*}"
    found=0; for x in "${names[@]}"; do [ "$x" == "$name" ] && found=1; done
    [ "$found" == 1 ] || names+=("$name")
    if [ -n "${RAW:-}" ]; then echo "$n|$name|$path|$stats|$ratio" >>"$RAW"; fi
  done
  echo "[$n] baseline $b1rps then $b2rps req/s; load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  if [ -n "${EXPORT:-}" ]; then PORT=$((PORT + 1)) tools/perf/export.sh "$db" "$APP_DIR" | tee -a "${OUT:-/dev/null}" >&2; fi
  rm -f "$db" "$db-wal" "$db-shm"
done

{
  header="| page |"; rule="|---|"
  for n in "${sizes[@]}"; do
    header+=" $n: p50/p95/p99 ms | $n: req/s | $n: ratio |"; rule+="---|---:|---:|"
  done
  if [ "${#sizes[@]}" -gt 1 ]; then header+=" growth ${sizes[-1]}/${sizes[0]} |"; rule+="---:|"; fi
  echo "$header"; echo "$rule"
  for name in "${names[@]}"; do
    p="${result["path|$name"]:-/perf/baseline}"
    row="| $name \`$p\` |"
    for n in "${sizes[@]}"; do
      IFS='|' read -r lat rps ratio <<<"${result["$name|$n"]}"
      row+=" $lat | $rps | $ratio |"
    done
    if [ "${#sizes[@]}" -gt 1 ]; then
      IFS='|' read -r _ _ first <<<"${result["$name|${sizes[0]}"]}"
      IFS='|' read -r _ _ last <<<"${result["$name|${sizes[-1]}"]}"
      if [ "$(echo "$first > 0" | bc)" == 1 ]; then row+=" $(echo "scale=2; $last / $first" | bc) |"; else row+=" - |"; fi
    fi
    echo "$row"
  done
} | tee "${OUT:-/dev/null}"
