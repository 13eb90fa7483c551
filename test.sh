#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed".
# Installs what the tests need when it is missing (Debian packages through apt-get), so it works
# on a fresh machine. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v sqlite3 >/dev/null 2>&1 || need_pkgs+=(sqlite3)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "Installing ${need_pkgs[*]} (apt-get)..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

results="$(pwd)/TestResults"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet build MobilizationTracker.sln -c Release -warnaserror --nologo -v quiet || exit 1
dotnet test MobilizationTracker.sln -c Release --no-build --nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# Count outcomes from the TRX files, so the closing line is what the runner recorded.
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$({ grep -o '<UnitTestResult [^>]*outcome="Passed"' "$trx" || true; } | wc -l)
  f=$({ grep -o '<UnitTestResult [^>]*outcome="Failed"' "$trx" || true; } | wc -l)
  passed=$((passed + p))
  failed=$((failed + f))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "No test results were recorded."
  status=1
fi
echo "$passed passed, $failed failed"
if [ "$failed" -gt 0 ]; then
  status=1
fi
exit "$status"
