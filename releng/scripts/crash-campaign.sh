#!/bin/bash
# crash-campaign.sh [N]: B3/B17 under real faults, against the built product. For an H2 main database
# (pau-server) and a PostgreSQL one, each trial starts from the same fresh state — demo data, taken
# offline, offline work made by a plain H2 client (5 claims in 5 commits, a meeting's result, a claim's
# amount, a procedure's court) and colleagues' work in main (the same court, a claim) — and then:
#   (a) N trials: `pau-cli sync` killed with SIGKILL at a pause point of the engine
#       (-Dpau.faultInjection.pause, see FaultInjection) or after a delay spread over the measured sync;
#   (b) N/2 trials: the main server killed (H2: SIGKILL of pau-server; PostgreSQL: SIGKILL of the
#       postmaster and its processes) at such a moment, then started again;
#   (c) PAU_CRASH_DAMAGES trials (default max(2, N/8)): the offline file damaged before `pau-cli sync`,
#       in turn cut by 4 KB-4 MB, 16 bytes flipped 1-8 MB before its end (spread log-evenly; in a
#       smaller file both scaled to it), and 16 bytes flipped at a random offset anywhere in it
#       (reproducible with PAU_CRASH_SEED);
#   (d) 2 trials: `pau-cli discard --yes` killed with SIGKILL at its pause points DISCARD_BEFORE_MODE
#       and DISCARD_AFTER_MODE;
#   (e) 1 trial: two `pau-cli sync` started at the same moment;
#   (f) PAU_CRASH_OFFICE trials (default N/8): an office of 8 workspaces synchronizing into a main of its
#       own at the same moment, 3 of them killed meanwhile (issue 20; see crash/office-trial.sh).
# After each: main must be unchanged (every row of every table) or fully merged (exactly the offline work
# once, its values as in the copy, main's value kept where both changed it, nothing else touched); exit 0
# only when merged; a damaged copy refused with exit 5 and "damaged" (twice: a refusal must not cost the
# intact backup; and two status calls before the damage must leave the copy's files byte for byte); then
# a re-run (after `pau-cli recover` for damage) must merge exactly once. A killed discard: `pau-cli status`
# exits 0 and finishes a return the kill left half done — main mode, the checkout returned in main,
# nothing else changed; killed before the mode turned, the workspace may stay offline, copy kept and main
# unchanged, and a second discard finishes it — then a discard in main mode answers in one line (exit 4).
# Two syncs at once: each exits 0, or 4 in one line ("another synchronization … is running"), at least
# one 0, main merged once, main mode, no stack trace. Prints a table and "P passed, F failed"; exits 1
# when anything failed and keeps the first failed trial's files. N may be 0: then only (c)-(e).
# Environment: PAU_CRASH_MAINS ("h2 postgres"), PAU_CRASH_DAMAGES, PAU_CRASH_OFFICE, PAU_CRASH_STAY_ALL (1: kill
# sync --stay-offline also at the merge's pause points; default when N >= 8), PAU_CRASH_DOCUMENTS_MB (10: the
# documents' size in demo data; 0: a copy without documents), PAU_CRASH_SEED (7: demo data and random
# offsets), PAU_CRASH_POSTGRES (the "URL DIR" line of test-postgres.sh start: reuse that server instead
# of starting one), PAU_PRODUCT.
set -u
N=${1:-10}
case "$N" in '' | *[!0-9]*) echo "usage: crash-campaign.sh [N]" >&2; exit 2 ;; esac
scripts=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$scripts/../.." && pwd)
P=${PAU_PRODUCT:-$repo/releng/pau.product/target/products/pau.product/linux/gtk/x86_64/pau-desk}
[ -x "$P/pau-cli" ] || { echo "No built product in $P (run ./mvnw verify first)" >&2; exit 2; }
MAINS=${PAU_CRASH_MAINS:-h2 postgres}
DOCUMENTS_MB=${PAU_CRASH_DOCUMENTS_MB:-10}
SEED=${PAU_CRASH_SEED:-7}
DAMAGES=${PAU_CRASH_DAMAGES:-$((N / 8 > 2 ? N / 8 : 2))}
OFFICE=${PAU_CRASH_OFFICE:-$((N / 8))}
STAY_ALL=${PAU_CRASH_STAY_ALL:-$((N >= 8 ? 1 : 0))}
case "$DAMAGES$OFFICE$DOCUMENTS_MB$SEED" in '' | *[!0-9]*) echo "PAU_CRASH_DAMAGES, _OFFICE, _DOCUMENTS_MB and _SEED are numbers" >&2; exit 2 ;; esac

# A JDK 21+ (javac for the helper), found as the product's launcher finds its Java.
jdk=""
for candidate in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -r -V); do
  if [ -x "$candidate/bin/javac" ]; then
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then jdk=$candidate; break; fi
  fi
done
[ -n "$jdk" ] || { echo "crash-campaign.sh needs a JDK 21+ (JAVA_HOME or /usr/lib/jvm)" >&2; exit 2; }
export JAVA_HOME=$jdk

work=$(mktemp -d /tmp/pau-crash.XXXXXX)
cp_db="$work/cls:$(ls "$P"/plugins/com.h2database_*.jar):$(ls "$P"/plugins/org.postgresql.jdbc_*.jar)"
"$jdk/bin/javac" -nowarn -d "$work/cls" "$scripts/crash/CrashDb.java" || exit 2
db() { "$jdk/bin/java" -cp "$cp_db" CrashDb "$@"; }
. "$scripts/crash/office-trial.sh"

export PAU_OFFLINE_KEY=crash-campaign-key
# An isolated home (secure storage, ~/.pau-desk); C1 only: short runs start faster.
base_opts="-Duser.home=$work/home -XX:TieredStopAtLevel=1"
export PAU_JAVA_OPTS=$base_opts
ws=$work/ws
signal=$work/signal
kept=""
passed=0
failed=0
trial=0
results=$work/results.txt

own_postgres=""
cleanup() {
  [ "$BASHPID" = "$$" ] || return 0 # subshells leave the campaign's files alone
  [ -n "${h2_pid:-}" ] && kill -9 "$h2_pid" 2>/dev/null
  [ -n "$own_postgres" ] && "$scripts/test-postgres.sh" stop "$own_postgres"
  if [ -z "$kept" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# --- the main database, per kind: start, crash (SIGKILL), snapshot, restore -------------------------
h2_setup() {
  h2_port=$(free_port)
  main_url="jdbc:h2:tcp://localhost:$h2_port/main"; main_user=sa; main_password=""
  mkdir -p "$work/h2/server"
}
h2_start() {
  "$P/pau-server" "$h2_port" "$work/h2/server" >>"$work/h2/server.log" 2>&1 &
  h2_pid=$!
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$h2_port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "pau-server did not start" >&2; return 1
}
h2_crash() {
  [ -n "${h2_pid:-}" ] || return 0
  kill -9 "$h2_pid" 2>/dev/null; wait "$h2_pid" 2>/dev/null; h2_pid=""
}
h2_save() { h2_crash; rm -rf "$work/h2/snapshot"; cp -a "$work/h2/server" "$work/h2/snapshot"; h2_start; }
h2_restore() { h2_crash; rm -rf "$work/h2/server"; cp -a "$work/h2/snapshot" "$work/h2/server"; h2_start; }

postgres_setup() {
  if [ -n "${PAU_CRASH_POSTGRES:-}" ]; then
    pg="$PAU_CRASH_POSTGRES"
  else
    pg=$("$scripts/test-postgres.sh" start) || return 1
    own_postgres=${pg#* }
  fi
  pg_dir=${pg#* }
  pg_admin=${pg% *}
  main_url="${pg_admin%/*}/pau_crash_main"; main_user=pau; main_password=""
  db sql "$pg_admin" pau "" "DROP DATABASE IF EXISTS pau_crash_main WITH (FORCE)" \
    "DROP DATABASE IF EXISTS pau_crash_snapshot WITH (FORCE)" "CREATE DATABASE pau_crash_main"
}
postgres_start() { "$scripts/test-postgres.sh" restart "$pg_dir"; }
postgres_crash() { "$scripts/test-postgres.sh" crash "$pg_dir"; }
postgres_running() { [ -f "$pg_dir/data/postmaster.pid" ] && kill -0 "$(head -n 1 "$pg_dir/data/postmaster.pid")" 2>/dev/null; }
postgres_save() { db sql "$pg_admin" pau "" "CREATE DATABASE pau_crash_snapshot TEMPLATE pau_crash_main"; }
postgres_restore() {
  postgres_running || postgres_start
  db sql "$pg_admin" pau "" "DROP DATABASE IF EXISTS pau_crash_main WITH (FORCE)" \
    "CREATE DATABASE pau_crash_main TEMPLATE pau_crash_snapshot"
}

main_state() { db state "$main_url" "$main_user" "$main_password" "$1"; }
offline_url() { echo "jdbc:h2:file:$(ls -d "$ws"/offline/*/ | head -n 1)offline;CIPHER=AES;IFEXISTS=TRUE"; }
offline_state() { db state "$(offline_url)" PAU "$PAU_OFFLINE_KEY " "$1"; }
cli() { "$P/pau-cli" "$@"; }

# --- one fresh state per main kind, saved and restored for every trial --------------------------------
prepare() {
  local kind=$1
  echo "Preparing $kind: demo data, go offline, offline and main work"
  "${kind}_setup" || return 1
  [ "$kind" = h2 ] && h2_start
  cli demo-data --main "$main_url" --user "$main_user" --procedures 3 --documents-mb "$DOCUMENTS_MB" \
    --seed "$SEED" >"$work/prepare.log" 2>&1 || { cat "$work/prepare.log" >&2; return 1; }
  rm -rf "$ws"
  cli go-offline --main "$main_url" --user "$main_user" --all --workspace "$ws" >>"$work/prepare.log" 2>&1 \
    || { cat "$work/prepare.log" >&2; return 1; }
  db edit-offline "$(offline_url)" PAU "$PAU_OFFLINE_KEY " || return 1
  db edit-main "$main_url" "$main_user" "$main_password" || return 1
  main_state "$work/pre.txt" && offline_state "$work/offline.txt" || return 1
  "${kind}_save"
  rm -rf "$work/ws.snapshot"; cp -a "$ws" "$work/ws.snapshot"
}

restore() {
  "${kind}_restore" || return 1
  rm -rf "$ws" "$signal"; cp -a "$work/ws.snapshot" "$ws"
}

record() { # fault moment outcome ok
  trial=$((trial + 1))
  local line
  line=$(printf '%-5s %-10s %-14s %-15s %s' "$trial" "$kind" "$1" "$2" "$3")
  echo "$line"; echo "$line" >>"$results"
  if [ "$4" = ok ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    if [ -z "$kept" ]; then
      kept="$work/failed-trial-$trial"
      mkdir -p "$kept"
      cp -a "$ws" "$kept/workspace"; cp -a "$work"/*.txt "$work"/*.log "$kept/" 2>/dev/null
      [ "$kind" = h2 ] && cp -a "$work/h2/server" "$kept/h2-main"
      echo "      kept for inspection: $kept" | tee -a "$results"
    fi
  fi
}

# The re-run after a fault: exit 0, main merged exactly once against the offline copy it merged from.
rerun_merges() { # offline-state-file
  local start; start=$(date +%s.%N)
  cli sync --workspace "$ws" >"$work/rerun.log" 2>&1
  local rc=$?
  [ $rc -eq 0 ] && awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }' >"$work/last-sync-seconds"
  [ $rc -eq 0 ] || { echo "re-run exit $rc: $(grep -v '^WARNING' "$work/rerun.log" | tail -n 1)"; return 1; }
  main_state "$work/post2.txt" || { echo "main unreadable after re-run"; return 1; }
  local c; c=$(db classify "$work/pre.txt" "$1" "$work/post2.txt")
  [ "$c" = merged ] || { echo "after re-run: $c"; return 1; }
  grep -q '^mode=MAIN' "$ws/.pau-sync/state.properties" || { echo "re-run left the workspace offline"; return 1; }
  echo "re-run merged once"
}

# Starts the sync, applies the fault (cli|server) at the moment (a pause point or a delay in seconds).
kill_trial() {
  local fault=$1 moment=$2 rc first after
  restore || { record "$fault" "$moment" "FAILED: cannot restore the fresh state" bad; return; }
  if [ "${moment%s}" = "$moment" ]; then
    PAU_JAVA_OPTS="$base_opts -Dpau.faultInjection.pause=$moment -Dpau.faultInjection.signal=$signal" \
      "$P/pau-cli" sync --workspace "$ws" >"$work/sync.log" 2>&1 &
  else
    "$P/pau-cli" sync --workspace "$ws" >"$work/sync.log" 2>&1 &
  fi
  local pid=$! reached=yes # pau-cli execs java: this is the process to kill
  if [ "${moment%s}" = "$moment" ]; then
    for _ in $(seq 1 3000); do [ -f "$signal" ] || ! kill -0 $pid 2>/dev/null && break; sleep 0.05; done
    [ -f "$signal" ] || reached=no
  else
    sleep "${moment%s}"
    kill -0 $pid 2>/dev/null || reached=no
  fi
  if [ "$fault" = "kill-sync" ]; then
    kill -9 $pid 2>/dev/null
  else
    "${kind}_crash"
  fi
  { # without the shell's "Killed" line
    rm -f "$signal"
    for _ in $(seq 1 3000); do kill -0 $pid || break; sleep 0.1; done
    kill -9 $pid # still there after 5 minutes: hung
    wait $pid
  } 2>/dev/null
  rc=$?
  [ "$fault" = "kill-server" ] && { "${kind}_start" || true; }
  [ $reached = no ] && moment="$moment(done)"
  main_state "$work/post1.txt" || { record "$fault" "$moment" "FAILED: main unreadable after the fault" bad; return; }
  first=$(db classify "$work/pre.txt" "$work/offline.txt" "$work/post1.txt")
  case "$first" in
  BROKEN*) record "$fault" "$moment" "FAILED: exit $rc, main $first" bad; return ;;
  esac
  if [ $rc -eq 0 ] && [ "$first" != merged ]; then
    record "$fault" "$moment" "FAILED: exit 0 but main $first" bad; return
  fi
  if grep -q '^mode=MAIN' "$ws/.pau-sync/state.properties"; then
    # The fault came after the local finish: nothing is left to re-run.
    if [ "$first" = merged ]; then
      record "$fault" "$moment" "exit $rc, main merged, back in main mode" ok
    else
      record "$fault" "$moment" "FAILED: back in main mode but main $first: offline work lost" bad
    fi
  elif after=$(rerun_merges "$work/offline.txt"); then
    record "$fault" "$moment" "exit $rc, main $first; $after" ok
  else
    record "$fault" "$moment" "FAILED: exit $rc, main $first; $after" bad
  fi
}

# Damages the copy, then syncs. truncate and flip: AT (0-1) places the damage among the planned
# distances from the end; random: AT numbers the random offset.
damage_trial() { # truncate|flip|random AT
  local how=$1 at=$2 file rc first size moment bytes offset
  restore || { record "damage-$how" "$at" "FAILED: cannot restore the fresh state" bad; return; }
  file=$(ls "$ws"/offline/*/offline.mv.db)
  # B2 (issue 18): read-only commands leave the copy, its seal and its backups byte for byte.
  local sums; sums=$(cd "$(dirname "$file")" && find . -type f | sort | xargs sha256sum)
  cli status --workspace "$ws" >/dev/null 2>&1; cli status --json --workspace "$ws" >/dev/null 2>&1
  [ "$sums" = "$(cd "$(dirname "$file")" && find . -type f | sort | xargs sha256sum)" ] \
    || { record "damage-$how" "$at" "FAILED: status wrote to the offline copy" bad; return; }
  size=$(stat -c %s "$file")
  case $how in
  truncate) # 4 KB to 4 MB, log-evenly; at most half of a smaller file
    bytes=$(awk -v f="$at" -v s="$size" 'BEGIN { m = s / 2 < 4194304 ? s / 2 : 4194304
      b = int(4096 * (m / 4096) ^ f / 4096) * 4096; printf "%d", (b < 4096 ? 4096 : b) }')
    truncate -s "$((size - bytes))" "$file"; moment="-$((bytes / 1024))KB" ;;
  flip) # 1 MB to 8 MB before the end, log-evenly; in a file smaller than 8 MB, an eighth of it to all of it
    bytes=$(awk -v f="$at" -v s="$size" 'BEGIN { m = s < 8388608 ? s : 8388608; printf "%d", m / 8 * 8 ^ f }')
    offset=$((size - bytes)); [ $offset -gt $((size - 16)) ] && offset=$((size - 16))
    db flip "$file" "$offset" 16; moment="16B@-$(((size - offset) / 1024))KB" ;;
  random) # anywhere in the file
    offset=$(db random-offset "$SEED" "$at" "$size" 16)
    db flip "$file" "$offset" 16; moment="16B@$offset" ;;
  esac
  cli sync --workspace "$ws" >"$work/sync.log" 2>&1; rc=$?
  main_state "$work/post1.txt" || { record "damage-$how" "$moment" "FAILED: main unreadable" bad; return; }
  first=$(db classify "$work/pre.txt" "$work/offline.txt" "$work/post1.txt")
  if [ $rc -eq 0 ]; then
    if [ "$first" = merged ]; then
      record "damage-$how" "$moment" "exit 0, main merged whole (damage hit nothing read)" ok
    else
      record "damage-$how" "$moment" "FAILED: exit 0 with damage merged: main $first" bad
    fi
    return
  fi
  if [ $rc -ne 5 ] || ! grep -qi damaged "$work/sync.log"; then
    record "damage-$how" "$moment" "FAILED: exit $rc without 'damaged': $(grep -v '^WARNING' "$work/sync.log" | tail -n 1 | cut -c1-120)" bad
    return
  fi
  [ "$first" = unchanged ] || { record "damage-$how" "$moment" "FAILED: refused but main $first" bad; return; }
  # Refused again (issue 18: each refusal used to back the damaged file up and push the intact one out).
  cli sync --workspace "$ws" >"$work/sync2.log" 2>&1; rc=$?
  [ $rc -eq 5 ] || { record "damage-$how" "$moment" "FAILED: second sync exit $rc, not refused" bad; return; }
  cli recover --workspace "$ws" >"$work/recover.log" 2>&1; rc=$?
  [ $rc -eq 0 ] || { record "damage-$how" "$moment" "FAILED: recover exit $rc: $(grep -v '^WARNING' "$work/recover.log" | tail -n 1 | cut -c1-120)" bad; return; }
  offline_state "$work/recovered.txt" || { record "damage-$how" "$moment" "FAILED: recovered copy unreadable" bad; return; }
  local kept_claims; kept_claims=$(sed -n 's/^offlineClaims=//p' "$work/recovered.txt" | tr ',' '+' | bc)
  local after
  if after=$(rerun_merges "$work/recovered.txt"); then
    record "damage-$how" "$moment" "exit 5 damaged, main unchanged; recovered ($kept_claims of 5 offline claims in the backup); $after" ok
  else
    record "damage-$how" "$moment" "FAILED: exit 5, recovered; $after" bad
  fi
}

points=(BEFORE_COMMIT AFTER_COMMIT AFTER_APPLYING AFTER_PLANNING)
# Moment j of m: every third a pause point of the engine, the others delays spread over 30-95 % of
# the sync's duration (start-up, backup, planning, applying, commit, local finish), estimated from the
# control and kept up to date with every re-run (a busy machine is slower at some times than others).
moment() { # j m
  if [ $(($1 % 3)) -eq 0 ]; then
    echo "${points[$(($1 / 3 % ${#points[@]}))]}"
  else
    awk -v j="$1" -v m="$2" -v t="$duration" 'BEGIN { printf "%.2fs", t * (0.30 + 0.65 * (j + 0.5) / m) }'
  fi
}

update_duration() {
  if [ -f "$work/last-sync-seconds" ]; then
    duration=$(awk -v a="$duration" -v b="$(cat "$work/last-sync-seconds")" 'BEGIN { printf "%.2f", (a + b) / 2 }')
  fi
}

# Damage j of m, in turn a cut, a flip at a spread offset and a flip at a random offset; cuts and spread
# flips placed log-evenly from the nearest to the farthest (see damage_trial).
damage() { # j m
  local k=$(($1 / 3)) n
  case $(($1 % 3)) in
  0) n=$((($2 + 2) / 3)); damage_trial truncate "$(awk -v k=$k -v n=$n 'BEGIN { print (n > 1 ? k / (n - 1) : 0) }')" ;;
  1) n=$((($2 + 1) / 3)); damage_trial flip "$(awk -v k=$k -v n=$n 'BEGIN { print (n > 1 ? k / (n - 1) : 0) }')" ;;
  2) damage_trial random $((kind_no * 1000 + k)) ;;
  esac
}

# pau-cli's answer without the JVM's warnings; a Java stack trace in it is a failure of its own.
answer() { grep -v -e '^WARNING' -e '^[[:space:]]*$' "$1"; }
stack_trace() { grep -q -e 'Exception' -e $'^\tat ' "$1"; }

# Kills `pau-cli discard --yes` at its pause point; then `status` (exit 0) must finish a return the
# kill left half done: main mode, main's checkout returned, nothing else changed. Killed before the
# mode turned, the workspace may stay offline with its copy and main unchanged (the discard did not
# happen); then a second discard must finish it. At the end a further discard answers in one line.
discard_trial() { # point
  local point=$1 moment=$1 rc first c finished
  restore || { record kill-discard "$point" "FAILED: cannot restore the fresh state" bad; return; }
  PAU_JAVA_OPTS="$base_opts -Dpau.faultInjection.pause=$point -Dpau.faultInjection.signal=$signal" \
    "$P/pau-cli" discard --yes --workspace "$ws" >"$work/discard.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 3000); do [ -f "$signal" ] || ! kill -0 $pid 2>/dev/null && break; sleep 0.05; done
  [ -f "$signal" ] || moment="$point(done)"
  { kill -9 $pid; rm -f "$signal"; wait $pid; } 2>/dev/null # without the shell's "Killed" line
  rc=$?
  main_state "$work/post1.txt" || { record kill-discard "$moment" "FAILED: main unreadable after the kill" bad; return; }
  first=$(db classify-discard "$work/pre.txt" "$work/post1.txt")
  case "$first" in BROKEN*) record kill-discard "$moment" "FAILED: exit $rc, main $first" bad; return ;; esac
  cli status --workspace "$ws" >"$work/status.log" 2>&1; c=$?
  if [ $c -ne 0 ] || stack_trace "$work/status.log"; then
    record kill-discard "$moment" "FAILED: exit $rc; status exit $c: $(answer "$work/status.log" | tail -n 1 | cut -c1-100)" bad; return
  fi
  main_state "$work/post2.txt" || { record kill-discard "$moment" "FAILED: main unreadable after status" bad; return; }
  if grep -q '^mode=MAIN' "$ws/.pau-sync/state.properties"; then
    finished="status finished it"
  else
    c=$(db classify-discard "$work/pre.txt" "$work/post2.txt")
    if [ "$c" != unchanged ] || ! ls "$ws"/offline/*/offline.mv.db >/dev/null 2>&1; then
      record kill-discard "$moment" "FAILED: exit $rc; status left the workspace offline, main $c, copy $(ls "$ws"/offline/*/offline.mv.db 2>/dev/null | wc -l)" bad; return
    fi
    cli discard --yes --workspace "$ws" >"$work/discard2.log" 2>&1; c=$?
    if [ $c -ne 0 ] || stack_trace "$work/discard2.log" || ! grep -q '^Back in main mode' "$work/discard2.log"; then
      record kill-discard "$moment" "FAILED: exit $rc; still offline after status; discard again exit $c: $(answer "$work/discard2.log" | tail -n 1 | cut -c1-80)" bad; return
    fi
    grep -q '^mode=MAIN' "$ws/.pau-sync/state.properties" \
      || { record kill-discard "$moment" "FAILED: exit $rc; the second discard exit 0 but the workspace still offline" bad; return; }
    main_state "$work/post2.txt" || { record kill-discard "$moment" "FAILED: main unreadable after the second discard" bad; return; }
    finished="status: still offline, main unchanged; discard again finished it"
  fi
  c=$(db classify-discard "$work/pre.txt" "$work/post2.txt")
  [ "$c" = returned ] || { record kill-discard "$moment" "FAILED: exit $rc, main $first; $finished, main $c" bad; return; }
  cli discard --yes --workspace "$ws" >"$work/discard3.log" 2>&1; c=$?
  if [ $c -ne 4 ] || [ "$(answer "$work/discard3.log" | wc -l)" -ne 1 ] || stack_trace "$work/discard3.log"; then
    record kill-discard "$moment" "FAILED: $finished; in main mode discard exit $c: $(answer "$work/discard3.log" | head -n 1 | cut -c1-80)" bad; return
  fi
  record kill-discard "$moment" "exit $rc, main $first; $finished: main mode, checkout returned; discard again: exit 4" ok
}

# Two `pau-cli sync` at the same moment: each exit 0, or 4 in one line saying that another
# synchronization is running; at least one 0; main merged once; main mode; no stack trace.
# Issue 20: kills `pau-cli sync --stay-offline` (point after main's commit, or while the new copy is
# made) or `pau-cli refresh` (before the copy's commit). Main must be unchanged or merged, the copy
# openable (status exit 0, not damaged), and the same command again must finish: main merged exactly
# once (refresh: main unchanged, then a sync merges once), the workspace still offline after a
# stay-offline sync.
offline_command_trial() { # stay|refresh point
  local what=$1 point=$2 rc first st fault="kill-$1"
  restore || { record "$fault" "$point" "FAILED: cannot restore the fresh state" bad; return; }
  local args=(sync --stay-offline); [ "$what" = refresh ] && args=(refresh)
  PAU_JAVA_OPTS="$base_opts -Dpau.faultInjection.pause=$point -Dpau.faultInjection.signal=$signal" \
    "$P/pau-cli" "${args[@]}" --workspace "$ws" >"$work/sync.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 3000); do [ -f "$signal" ] || ! kill -0 $pid 2>/dev/null && break; sleep 0.05; done
  [ -f "$signal" ] || { record "$fault" "$point" "FAILED: the pause was not reached: $(answer "$work/sync.log" | tail -n 1 | cut -c1-100)" bad; return; }
  { kill -9 $pid; rm -f "$signal"; wait $pid; } 2>/dev/null
  main_state "$work/post1.txt" || { record "$fault" "$point" "FAILED: main unreadable after the kill" bad; return; }
  first=$(db classify "$work/pre.txt" "$work/offline.txt" "$work/post1.txt")
  case "$first" in
  unchanged|merged) ;;
  *) record "$fault" "$point" "FAILED: main $first after the kill" bad; return ;;
  esac
  cli status --json --workspace "$ws" >"$work/status.log" 2>&1; st=$?
  [ $st -eq 0 ] && grep -q '"offlineDamaged":false' "$work/status.log" \
    || { record "$fault" "$point" "FAILED: status exit $st: $(answer "$work/status.log" | tail -n 1 | cut -c1-100)" bad; return; }
  cli "${args[@]}" --workspace "$ws" >"$work/rerun.log" 2>&1; rc=$?
  [ $rc -eq 0 ] || { record "$fault" "$point" "FAILED: main $first; again: exit $rc: $(answer "$work/rerun.log" | tail -n 1 | cut -c1-100)" bad; return; }
  if [ "$what" = refresh ]; then
    local after
    if after=$(rerun_merges "$work/offline.txt"); then
      record "$fault" "$point" "main $first, copy whole; refresh again exit 0; sync: $after" ok
    else
      record "$fault" "$point" "FAILED: refresh again exit 0; sync: $after" bad
    fi
    return
  fi
  main_state "$work/post2.txt" || { record "$fault" "$point" "FAILED: main unreadable after the re-run" bad; return; }
  local c; c=$(db classify-stayed "$work/pre.txt" "$work/offline.txt" "$work/post2.txt")
  if [ "$c" = merged ] && grep -q '^mode=OFFLINE' "$ws/.pau-sync/state.properties"; then
    record "$fault" "$point" "main $first, copy whole; again: merged once, still offline" ok
  else
    record "$fault" "$point" "FAILED: again: main $c, mode $(sed -n 's/^mode=//p' "$ws/.pau-sync/state.properties")" bad
  fi
}

two_syncs_trial() {
  local a b ra rb out bad=""
  restore || { record two-syncs "at once" "FAILED: cannot restore the fresh state" bad; return; }
  cli sync --workspace "$ws" >"$work/sync-a.log" 2>&1 &
  a=$!
  cli sync --workspace "$ws" >"$work/sync-b.log" 2>&1 &
  b=$!
  wait $a; ra=$?
  wait $b; rb=$?
  for out in a b; do
    local rc; [ $out = a ] && rc=$ra || rc=$rb
    if stack_trace "$work/sync-$out.log"; then
      bad="$bad; sync $out: stack trace"
    elif [ "$rc" -eq 4 ]; then
      [ "$(answer "$work/sync-$out.log" | wc -l)" -eq 1 ] && answer "$work/sync-$out.log" | grep -qi 'another synchronization' \
        || bad="$bad; sync $out exit 4: $(answer "$work/sync-$out.log" | head -n 1 | cut -c1-80)"
    elif [ "$rc" -ne 0 ]; then
      bad="$bad; sync $out exit $rc: $(answer "$work/sync-$out.log" | tail -n 1 | cut -c1-80)"
    fi
  done
  [ $ra -eq 0 ] || [ $rb -eq 0 ] || bad="$bad; neither exited 0"
  if main_state "$work/post1.txt"; then
    out=$(db classify "$work/pre.txt" "$work/offline.txt" "$work/post1.txt")
    [ "$out" = merged ] || bad="$bad; main $out"
  else
    bad="$bad; main unreadable"
  fi
  grep -q '^mode=MAIN' "$ws/.pau-sync/state.properties" || bad="$bad; workspace left offline"
  if [ -z "$bad" ]; then
    record two-syncs "at once" "exits $ra and $rb, main merged once, main mode" ok
  else
    record two-syncs "at once" "FAILED: exits $ra and $rb${bad}" bad
  fi
}

: >"$results"
printf '%-5s %-10s %-14s %-15s %s\n' trial main fault moment outcome | tee -a "$results"
kind_no=0
for kind in $MAINS; do
  prepare "$kind" || { echo "Cannot prepare the $kind main database" >&2; failed=$((failed + 1)); continue; }
  # The control: no fault. Must merge, and measures the sync's duration for the delays.
  restore
  start=$(date +%s.%N)
  cli sync --workspace "$ws" >"$work/sync.log" 2>&1; rc=$?
  duration=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  main_state "$work/post1.txt"
  c=$(db classify "$work/pre.txt" "$work/offline.txt" "$work/post1.txt")
  if [ $rc -eq 0 ] && [ "$c" = merged ]; then ok=ok; else ok=bad; fi
  record none "${duration}s" "control: exit $rc, main $c" $ok
  rm -f "$work/last-sync-seconds"
  discard_trial DISCARD_BEFORE_MODE
  two_syncs_trial
  discard_trial DISCARD_AFTER_MODE
  offline_command_trial stay AFTER_COMMIT
  offline_command_trial stay DURING_CHECKOUT
  if [ "$STAY_ALL" = 1 ]; then # the merge's own pause points, in a stay-offline sync
    for point in BEFORE_MERGE AFTER_PLANNING AFTER_APPLYING BEFORE_COMMIT; do offline_command_trial stay "$point"; done
  fi
  offline_command_trial refresh REFRESH_BEFORE_COMMIT
  # Interleaved, so that every kind of fault comes early in a long run.
  steps=$((N > DAMAGES ? N : DAMAGES))
  for ((j = 0; j < steps; j++)); do
    if [ $j -lt "$N" ]; then
      update_duration; kill_trial kill-sync "$(moment $j $N)"
      if [ $((j % 2)) -eq 1 ]; then update_duration; kill_trial kill-server "$(moment $((j / 2)) $((N / 2)))"; fi
    fi
    if [ $((j * DAMAGES / steps)) -ne $(((j + 1) * DAMAGES / steps)) ]; then damage $((j * DAMAGES / steps)) "$DAMAGES"; fi
  done
  for ((o = 0; o < OFFICE; o++)); do office_trial "$o"; done
  [ "$kind" = h2 ] && h2_crash
  kind_no=$((kind_no + 1))
done
# Kills that came before the sync had ended ("(done)": it was quicker than the delay).
for kind in $MAINS; do
  awk -v k="$kind" '$2 == k && $3 ~ /^kill-/ && $4 !~ /done/ { n[$3]++ } $2 == k && $3 ~ /^damage-/ { d++ }
    $2 == k && $3 == "office" { o++; x += gsub(/@/, "@") }
    END { printf "%s: %d kills of pau-cli sync, %d of the main server, %d of pau-cli discard, %d of sync --stay-offline, %d of refresh; %d damaged copies; %d offices of 8 at once (%d syncs killed)\n",
      k, n["kill-sync"], n["kill-server"], n["kill-discard"], n["kill-stay"], n["kill-refresh"], d, o, x }' "$results"
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
