#!/bin/sh
# A throw-away PostgreSQL server for the tests (R8/B5): `test-postgres.sh start` initialises a cluster
# in a temporary folder, starts it on a free local port with trust authentication for the user "pau",
# and prints its JDBC URL; `test-postgres.sh stop DIR` stops and deletes it. Needs Debian's postgresql.
set -e
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 1; }
run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
case "$1" in
start)
  dir=$(mktemp -d /tmp/pau-postgres.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  run_as_postgres "$bin/initdb -D $dir/data -U pau -A trust -E UTF8 --locale=C.UTF-8 >$dir/initdb.log 2>&1"
  run_as_postgres "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l $dir/server.log -w start >/dev/null"
  echo "$port" >"$dir/port"
  echo "jdbc:postgresql://127.0.0.1:$port/postgres $dir"
  ;;
crash)
  pid=$(head -n 1 "$2/data/postmaster.pid" 2>/dev/null) || exit 0
  kill -9 "$pid" $(pgrep -P "$pid") 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  ;;
restart)
  port=$(cat "$2/port")
  run_as_postgres "$bin/pg_ctl -D $2/data -o '-p $port -k $2 -c listen_addresses=127.0.0.1' -l $2/server.log -w start >/dev/null"
  ;;
stop)
  [ -d "$2" ] || exit 0
  run_as_postgres "$bin/pg_ctl -D $2/data -m immediate stop >/dev/null 2>&1" || true
  rm -rf "$2"
  ;;
*)
  echo "usage: test-postgres.sh start | stop DIR | crash DIR | restart DIR" >&2; exit 2
  ;;
esac
