#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed".
# Installs what the tests need when it is missing (Debian packages through apt-get), so it works
# on a fresh machine. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v sqlite3 >/dev/null 2>&1 || need_pkgs+=(sqlite3)
# PostgreSQL for the second engine's tests, nginx for the two-instance test.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_pkgs+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_pkgs+=(nginx)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "Installing ${need_pkgs[*]} (apt-get)..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# A throwaway PostgreSQL cluster (temporary folder, loopback port) unless one is given; the
# PostgreSQL tests fail, never skip, without it. Stopped and deleted when the script ends.
if [ -z "${TRACKER_TEST_POSTGRES:-}" ]; then
  cluster="$(tools/postgres/test-cluster.sh start)"
  TRACKER_TEST_POSTGRES="$(echo "$cluster" | sed -n 1p)"
  cluster_dir="$(echo "$cluster" | sed -n 2p)"
  trap 'tools/postgres/test-cluster.sh stop "$cluster_dir"' EXIT
  export TRACKER_TEST_POSTGRES
fi

results="$(pwd)/TestResults"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet build MobilizationTracker.sln -c Release -warnaserror --nologo -v quiet || exit 1
# One test project after another: the Web and Browser projects both start real processes, kill
# them and wait on them with time bounds, and side by side on two cores they starved each other.
for project in tests/*/*.Tests.csproj; do
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx" --results-directory "$results" "$@" || status=$?
done

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
