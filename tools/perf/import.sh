#!/usr/bin/env bash
# Import throughput: generates N small distinct plain-text articles (default 10,000; our own
# template, varied figures, regions, outlets and sources; never devset texts) with a manifest,
# imports them into a fresh database with the `import` verb, and prints articles per second.
# Then times the extract verb on the same manifest (extraction without storing). Besides the wall
# time it prints the CPU seconds (user + sys) of each process: on a shared machine the wall time is
# mostly the other sessions' load, the CPU time much less so.
# Usage: tools/perf/import.sh [articles] [app dll]
#   The app dll defaults to this checkout's Release build; pass another build's dll to compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
DLL="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "$DLL" ]; then
  dotnet build src/MobilizationTracker.Web -c Release --nologo -v quiet >/dev/null
  DLL="src/MobilizationTracker.Web/bin/Release/net10.0/MobilizationTracker.Web.dll"
fi

mkdir -p "$work/articles"
awk -v n="$N" -v dir="$work/articles" -v manifest="$work/manifest.json" 'BEGIN {
  split("Voronezh Oblast|Tyumen Oblast|Bashkortostan|Buryatia|Dagestan|Krasnodar Krai|Sverdlovsk Oblast|Novosibirsk Oblast|Tatarstan|Rostov Oblast|Primorsky Krai|Omsk Oblast", regions, "|");
  split("governor|regional administration|military commissar|deputy governor|regional parliament speaker", speakers, "|");
  split("reservists|conscripts|contract soldiers|volunteers|men of call-up age", people, "|");
  split("January|February|March|April|May|June|July|August|September|October|November|December", months, "|");
  printf "[" > manifest;
  for (i = 0; i < n; i++) {
    region = regions[i % 12 + 1]; speaker = speakers[int(i / 12) % 5 + 1]; who = people[int(i / 60) % 5 + 1];
    month = i % 12 + 1; day = i % 27 + 1; figure = 500 + (i * 37) % 40000; signed = 100 + (i * 53) % 9000;
    file = sprintf("%05d.txt", i);
    printf "%s, %d %s 2024. The %s said on Monday that up to %d %s would be called up in %s this season. ", region, day, months[month], speaker, figure, who, region > (dir "/" file);
    printf "Officials added that %d contract soldiers had signed up since the start of the month. ", signed > (dir "/" file);
    printf "Local residents said the notices came without warning. Reference item %d.\n", i > (dir "/" file);
    close(dir "/" file);
    printf "%s{\"file\":\"articles/%s\",\"outlet\":\"Perf Outlet %d\",\"title\":\"Perf article %d\",\"published\":\"2024-%02d-28\"}", (i ? "," : ""), file, i % 200, i, month > manifest;
  }
  printf "]\n" > manifest;
}'

export ConnectionStrings__Tracker="Data Source=$work/tracker.db"
export Tracker__SeedOnStartup=false
export Serilog__MinimumLevel__Default=Warning
dotnet "$DLL" migrate >/dev/null
start=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/import-cpu.txt" dotnet "$DLL" import --manifest "$work/manifest.json" >"$work/progress.txt" 2>"$work/log.txt" || true
end=$(date +%s.%N)
summary=$(tail -1 "$work/progress.txt")
claims=$(sqlite3 "$work/tracker.db" "SELECT COUNT(*) FROM Claims")
secs=$(echo "$end - $start" | bc)
rate=$(echo "scale=1; $N / $secs" | bc)
cpu=$(awk '{ print $1 + $2 }' "$work/import-cpu.txt")
echo "articles=$N seconds=$secs articles_per_s=$rate cpu_seconds=$cpu claims=$claims ($summary)"

# The same files through the extract verb (reads and extracts, stores nothing), single-threaded: what
# of the import is extraction and what is storing.
start=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/extract-cpu.txt" dotnet "$DLL" extract --manifest "$work/manifest.json" >/dev/null 2>"$work/extract-log.txt" || true
end=$(date +%s.%N)
xsecs=$(echo "$end - $start" | bc)
xcpu=$(awk '{ print $1 + $2 }' "$work/extract-cpu.txt")
echo "extract only: seconds=$xsecs articles_per_s=$(echo "scale=1; $N / $xsecs" | bc) cpu_seconds=$xcpu"
