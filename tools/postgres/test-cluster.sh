#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's postgresql, a temporary folder, a loopback
# port, trust authentication, no fsync. Run as root it runs the server as the `postgres` user.
#   tools/postgres/test-cluster.sh start     prints the server's connection string (database postgres),
#                                            then the cluster's folder on a second line
#   tools/postgres/test-cluster.sh stop DIR  stops the cluster in DIR and deletes it
# Installing postgresql on Debian may start a system cluster; the tests never use it.
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/mt-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=""
    for candidate in $(seq 55432 55531); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port="$candidate"; break; fi
    done
    [ -n "$port" ] || { echo "No free loopback port in 55432-55531." >&2; exit 1; }
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "$dir"
    ;;
  stop)
    dir="${2:?stop needs the cluster folder}"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "Usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
