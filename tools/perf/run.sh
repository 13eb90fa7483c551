#!/usr/bin/env bash
# Timeline performance: fills a fresh database with N claims (default 100,000), starts the app in
# Release with the /perf/baseline page on, and measures each timeline filter with wrk against the
# baseline (one compiled EF query for 50 rows). Prints a Markdown table of p95 and requests/s,
# also as ratios to the baseline. Needs: dotnet, sqlite3, wrk (Debian packages).
# Usage: tools/perf/run.sh [claims] [seconds per URL] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
SECONDS_PER_URL="${2:-10}"
CONNECTIONS="${3:-1}"
PORT="${PORT:-5199}"
work="$(mktemp -d)"
db="$work/tracker.db"
app=""
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/MobilizationTracker.Web -c Release --nologo -v quiet >/dev/null
export ConnectionStrings__Tracker="Data Source=$db"
export Tracker__SeedOnStartup=false
export Tracker__PerfBaseline=true
export Logging__LogLevel__Default=Warning
export Serilog__MinimumLevel__Default=Warning
dotnet src/MobilizationTracker.Web/bin/Release/net10.0/MobilizationTracker.Web.dll migrate >/dev/null
start=$(date +%s.%N)
(cd tools/perf && printf '.parameter set @n %s\n.read fill.sql\n' "$N" | sqlite3 "$db")
echo "Filled $N claims in $(echo "$(date +%s.%N) - $start" | bc) s" >&2

# Request logging off: the measurement is the page, not the console.
env "Serilog__MinimumLevel__Override__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning" \
  dotnet src/MobilizationTracker.Web/bin/Release/net10.0/MobilizationTracker.Web.dll --urls "http://127.0.0.1:$PORT" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/perf/baseline" >/dev/null 2>&1 && break
  sleep 0.2
done

urls=(
  "baseline|/perf/baseline"
  "timeline, no filter|/"
  "from/to|/?from=2024-01-01&to=2024-06-30"
  "region RU-TYU|/?region=RU-TYU"
  "regions RU-VOR+UA-43|/?region=RU-VOR&region=UA-43"
  "source|/?source=Verstka"
  "outlet|/?outlet=Meduza"
  "kind force_size|/?kind=force_size"
  "denied yes|/?denied=yes"
  "min/max|/?min=100000&max=500000"
  "q (FTS)|/?q=reservists"
  "oldest first|/?order=asc"
  "next page (cursor)|/?after=2024-06-01_50000"
  "all filters|/?from=2023-01-01&region=RU-VOR&kind=target&denied=no&min=1000&q=summons"
  "api/claims|/api/claims"
)

# Warm-up: every URL for a few seconds first, so tiered JIT and SQLite's page cache settle before any measurement.
for entry in "${urls[@]}"; do
  wrk -t1 -c1 -d2s "http://127.0.0.1:$PORT${entry#*|}" >/dev/null
done

echo "| URL | p50 ms | p95 ms | p99 ms | req/s | p95 / baseline | req/s / baseline |"
echo "|---|---|---|---|---|---|---|"
base_p95=""
base_rps=""
for entry in "${urls[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  for _ in 1 2 3 4 5; do curl -fs "http://127.0.0.1:$PORT$path" >/dev/null; done
  line=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_URL}s" -s tools/perf/p95.lua "http://127.0.0.1:$PORT$path" | grep '^RESULT')
  read -r _ p50 p95 p99 rps non2xx <<<"$line"
  if [ -z "$base_p95" ]; then base_p95=$p95; base_rps=$rps; fi
  rp95=$(echo "scale=2; $p95 / $base_p95" | bc)
  rrps=$(echo "scale=3; $rps / $base_rps" | bc)
  echo "| $name \`$path\` | $p50 | $p95 | $p99 | $rps | $rp95 | $rrps |"
  if [ "$non2xx" != "0" ]; then echo "  ($non2xx non-2xx responses for $path)" >&2; fi
done
