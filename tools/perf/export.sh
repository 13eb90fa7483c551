#!/usr/bin/env bash
# CSV export against the sqlite3 CLI on the same rows: the export's join (claims with source,
# article and regions, oldest first) run by `sqlite3 -csv` with its default settings and with the
# 64 MB page cache the app sets for an export (ExportQuery.ReadPragmas), then GET /export/claims.csv
# from the app (published in APP_DIR)
# on the same database copy, each run twice: wall and CPU seconds, ratios (best of two) to the CLI
# with default settings, and the app's peak RSS during its export.
# Usage: tools/perf/export.sh DATABASE [APP_DIR]   (DATABASE is copied first, never changed)
# Prints a Markdown table; RAW=<file> appends the raw lines. Needs sqlite3, curl, bc.
set -euo pipefail
cd "$(dirname "$0")/../.."
src_db="$1"
APP_DIR="${2:-${APP_DIR:?APP_DIR or a second argument: the published app folder}}"
PORT="${PORT:-5198}"
work="$(mktemp -d)"
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
db="$work/tracker.db"
cp "$src_db" "$db"

# The app migrates the copy first (for a database filled before the stories migration this
# includes finding every story), so the CLI and the app read the same file afterwards.
start=$(date +%s.%N)
ConnectionStrings__Tracker="Data Source=$db" Tracker__SeedOnStartup=false Logging__LogLevel__Default=Warning \
  Serilog__MinimumLevel__Default=Warning dotnet "$APP_DIR/MobilizationTracker.Web.dll" migrate >/dev/null
echo "migrate: $(echo "$(date +%s.%N) - $start" | bc) s" >&2

join_sql="SELECT c.Id, c.Figure, c.Low, c.High, c.Qualifier, c.Kind, s.Name, c.ClaimDate, c.ClaimDatePrecision,
  (SELECT group_concat(cr.RegionCode, ';') FROM ClaimRegions cr WHERE cr.ClaimId = c.Id), c.Denied, c.DeniedBy, c.Evidence,
  c.ArticleId, a.Outlet, a.Title, a.Url, a.Published
FROM Claims c JOIN Sources s ON s.Id = c.SourceId JOIN Articles a ON a.Id = c.ArticleId
ORDER BY c.ClaimDate, c.Id;"
rows=$(sqlite3 "$db" "SELECT count(*) FROM Claims;")

# Wall time is what a user waits; on a shared machine it mostly measures the other jobs, so the CPU
# seconds (user + system) of the process doing the export are given too.
timed() { # command... -> "wall cpu" seconds; the command leaves its CPU seconds in $work/cpu
  local t0; t0=$(date +%s.%N)
  "$@" >/dev/null
  echo "$(echo "scale=2; ($(date +%s.%N) - $t0) / 1" | bc) $(cat "$work/cpu")"
}
cli_default() { /usr/bin/time -f "%U %S" -o "$work/time" sqlite3 -csv -header "$db" "$join_sql" >"$work/cli.csv"; cli_cpu; }
cli_tuned() {
  printf 'PRAGMA cache_size = -65536;\n%s\n' "$join_sql" \
    | /usr/bin/time -f "%U %S" -o "$work/time" sqlite3 -csv -header "$db" >"$work/cli.csv"
  cli_cpu
}
cli_cpu() { read -r u s <"$work/time"; echo "scale=2; ($u + $s) / 1" | bc >"$work/cpu"; }
app_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }

env ConnectionStrings__Tracker="Data Source=$db" Tracker__SeedOnStartup=false Logging__LogLevel__Default=Warning \
  Serilog__MinimumLevel__Default=Warning "Serilog__MinimumLevel__Override__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning" \
  dotnet "$APP_DIR/MobilizationTracker.Web.dll" --urls "http://127.0.0.1:$PORT" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$app/status"; }
peak_file="$work/peak"
app_export() {
  echo 0 >"$peak_file"
  ( while kill -0 "$app" 2>/dev/null; do r=$(rss_kb); [ "$r" -gt "$(cat "$peak_file")" ] && echo "$r" >"$peak_file"; sleep 0.2; done ) &
  local sampler=$! ticks; ticks=$(app_ticks)
  curl -fs "http://127.0.0.1:$PORT/export/claims.csv" -o "$work/app.csv"
  echo "scale=2; ($(app_ticks) - $ticks) / $(getconf CLK_TCK)" | bc >"$work/cpu"
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
}
rss_before=$(rss_kb)

echo "| $rows claims | run 1: wall / CPU s | run 2: wall / CPU s | rows | wall ratio | CPU ratio |"
echo "|---|---:|---:|---:|---:|---:|"
read -r c1 cc1 <<<"$(timed cli_default)"; read -r c2 cc2 <<<"$(timed cli_default)"; cli_rows=$(($(wc -l <"$work/cli.csv") - 1))
read -r t1 tc1 <<<"$(timed cli_tuned)"; read -r t2 tc2 <<<"$(timed cli_tuned)"
read -r a1 ac1 <<<"$(timed app_export)"; peak1=$(cat "$peak_file"); read -r a2 ac2 <<<"$(timed app_export)"; peak2=$(cat "$peak_file")
app_rows=$(($(wc -l <"$work/app.csv") - 1))
best() { echo "if ($1 < $2) $1 else $2" | bc; }
cb=$(best "$c1" "$c2"); ccb=$(best "$cc1" "$cc2")
ratio() { echo "scale=2; $(best "$1" "$2") / $3" | bc; }
echo "| sqlite3 CLI, default settings | $c1 / $cc1 | $c2 / $cc2 | $cli_rows | 1.00 | 1.00 |"
echo "| sqlite3 CLI, 64 MB cache (the app's export pragma) | $t1 / $tc1 | $t2 / $tc2 | $cli_rows | $(ratio "$t1" "$t2" "$cb") | $(ratio "$tc1" "$tc2" "$ccb") |"
echo "| app \`/export/claims.csv\` | $a1 / $ac1 | $a2 / $ac2 | $app_rows | $(ratio "$a1" "$a2" "$cb") | $(ratio "$ac1" "$ac2" "$ccb") |"
echo "app RSS: $((rss_before / 1024)) MB before, peak $((peak1 / 1024)) / $((peak2 / 1024)) MB during the two exports; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${RAW:-}" ]; then echo "$rows|$c1 $cc1 $c2 $cc2|$t1 $tc1 $t2 $tc2|$a1 $ac1 $a2 $ac2|$cli_rows $app_rows|$rss_before $peak1 $peak2" >>"$RAW"; fi
