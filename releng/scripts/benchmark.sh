#!/bin/sh
# B9 benchmark: going offline and synchronizing cost in proportion to what is taken offline, not to
# the size of main. Fills main databases of different sizes with pau-cli demo-data, takes ONE
# procedure offline, changes it, synchronizes, and prints the times. Needs the built product.
# Usage: releng/scripts/benchmark.sh [SIZES...]   (default: 50 500 2000 procedures)
set -e
. "$(dirname "$0")/pau-env.sh"
cli="$PAU_PRODUCT/pau-cli"
[ -x "$cli" ] || { echo "Build the product first: ./mvnw verify -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
port=$((20000 + $$ % 10000))
"$PAU_PRODUCT/pau-server" "$port" "$work/server" >/dev/null &
server=$!
sleep 3
h2=$(ls "$PAU_PRODUCT"/plugins/com.h2database_*.jar)
java=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64/bin/java 2>/dev/null || command -v java)
ms() { date +%s%3N; }
printf '%-12s %-12s %-14s %-12s %-10s\n' procedures fill_ms go_offline_ms sync_ms main_MB
for size in ${*:-50 500 2000}; do
  url="jdbc:h2:tcp://localhost:$port/bench$size"
  ws="$work/ws$size"
  t0=$(ms); "$cli" demo-data --main "$url" --procedures "$size" --documents-mb 20 --seed 1 >/dev/null; t1=$(ms)
  case=$("$java" -cp "$h2" org.h2.tools.Shell -url "$url" -user sa -sql "SELECT CASE_NUMBER FROM PROCEDURES ORDER BY ID LIMIT 1" | sed -n 2p | tr -d ' ')
  t2=$(ms); PAU_OFFLINE_KEY=bench "$cli" go-offline --main "$url" --case "$case" --workspace "$ws" >/dev/null 2>&1; t3=$(ms)
  offline=$(PAU_OFFLINE_KEY=bench "$cli" status --json --workspace "$ws" | sed 's/.*"offlineUrl":"\([^"]*\)".*/\1/')
  "$java" -cp "$h2" org.h2.tools.Shell -url "$offline;IFEXISTS=TRUE" -user PAU -password "bench " -sql "UPDATE CLAIMS SET STATUS = 'INCLUDED'" >/dev/null
  t4=$(ms); PAU_OFFLINE_KEY=bench "$cli" sync --workspace "$ws" >/dev/null 2>&1; t5=$(ms)
  mb=$(du -sm "$work/server/bench$size.mv.db" | cut -f1)
  printf '%-12s %-12s %-14s %-12s %-10s\n' "$size" $((t1 - t0)) $((t3 - t2)) $((t5 - t4)) "$mb"
done
echo "(go_offline_ms and sync_ms include the pau-cli JVM start, about 2 s)"
