# Sourced by crash-campaign.sh (its functions and variables: cli, db, record, answer, stack_trace, kind,
# main_url, main_user, pg_admin, h2_port, base_opts, P, work, SEED).
#
# Issue 20, an office comes back at once: a main of its own with 7 demo procedures; 8 workspaces take one
# each (workspaces 7 and 8 the same) and make offline work naming them (CrashDb office-edit). The 8
# `pau-cli sync` are held at the engine's pause point BEFORE_MERGE and released at the same moment; 3 of
# them, chosen by PAU_CRASH_SEED and the trial, are killed with SIGKILL 0-1.5 s after the release. Every
# survivor must exit 0, or 3 in one line after its bounded retries; no stack trace. Then each workspace
# not back in main mode syncs again and must exit 0. Main must then hold each workspace's work exactly
# once, the shared procedure's court one of the two (M1), no checkout open, 8 reports (CrashDb office-check).
office_trial() { # n
  local n=$1 url dbname office="$work/office" w pids=() ids rc kills="" bad="" before
  rm -rf "$office"; mkdir -p "$office"
  if [ "$kind" = h2 ]; then
    url="jdbc:h2:tcp://localhost:$h2_port/office$n"
    cli init-main --main "$url" --user "$main_user" >"$office/prepare.log" 2>&1 \
      || { record office "8 at once" "FAILED: init-main: $(answer "$office/prepare.log" | tail -n 1)" bad; return; }
  else
    dbname="pau_crash_office_$n"
    url="${pg_admin%/*}/$dbname"
    db sql "$pg_admin" pau "" "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" "CREATE DATABASE $dbname"
  fi
  cli demo-data --main "$url" --user "$main_user" --procedures 7 --documents-mb 1 --seed "$SEED" >>"$office/prepare.log" 2>&1 \
    || { record office "8 at once" "FAILED: demo-data: $(answer "$office/prepare.log" | tail -n 1)" bad; return; }
  mapfile -t ids < <(db sql "$url" "$main_user" "" "SELECT ID FROM PROCEDURES ORDER BY CAST(ID AS VARCHAR(36))")
  before=$(db sql "$url" "$main_user" "" "SELECT COUNT(*) FROM CLAIMS")
  for w in 1 2 3 4 5 6 7 8; do
    local id=${ids[$((w < 7 ? w - 1 : 6))]}
    cli go-offline --main "$url" --user "$main_user" --procedure "$id" --workspace "$office/w$w" >>"$office/prepare.log" 2>&1 \
      || { record office "8 at once" "FAILED: go-offline $w: $(answer "$office/prepare.log" | tail -n 1)" bad; return; }
    db office-edit "jdbc:h2:file:$(ls -d "$office/w$w"/offline/*/ | head -n 1)offline;CIPHER=AES;IFEXISTS=TRUE" PAU \
      "$PAU_OFFLINE_KEY " "$w" "$id" || { record office "8 at once" "FAILED: offline work of $w" bad; return; }
  done
  for w in 1 2 3 4 5 6 7 8; do
    PAU_JAVA_OPTS="$base_opts -Dpau.faultInjection.pause=BEFORE_MERGE -Dpau.faultInjection.signal=$office/signal-$w" \
      "$P/pau-cli" sync --workspace "$office/w$w" >"$office/sync-$w.log" 2>&1 &
    pids[$w]=$!
  done
  for w in 1 2 3 4 5 6 7 8; do
    for _ in $(seq 1 6000); do [ -f "$office/signal-$w" ] || ! kill -0 "${pids[$w]}" 2>/dev/null && break; sleep 0.05; done
    [ -f "$office/signal-$w" ] || bad="$bad; sync $w never reached main"
  done
  # The victims and their delays, reproducible for the seed and the trial.
  local plan; plan=$(awk -v s="$SEED" -v n="$n" -v k="$kind" 'BEGIN { srand(s * 100 + n + (k == "h2" ? 0 : 50))
    while (c < 3) { w = 1 + int(rand() * 8); if (!(w in seen)) { seen[w]; c++; printf "%d:%.2f\n", w, rand() * 1.5 } } }')
  rm -f "$office"/signal-*
  local started; started=$(date +%s.%N)
  local victim delay rcs=()
  { # without the shell's "Killed" lines
    for victim in $(echo "$plan" | sort -t: -k2 -n); do
      delay=${victim#*:}
      sleep "$(awk -v d="$delay" -v s="$started" -v now="$(date +%s.%N)" 'BEGIN { w = d - (now - s); printf "%.3f", (w > 0 ? w : 0) }')"
      kill -9 "${pids[${victim%:*}]}" && kills="$kills ${victim%:*}@${delay}s"
    done
    for w in 1 2 3 4 5 6 7 8; do wait "${pids[$w]}"; rcs[$w]=$?; done
  } 2>/dev/null
  for w in 1 2 3 4 5 6 7 8; do
    rc=${rcs[$w]}
    if stack_trace "$office/sync-$w.log"; then
      bad="$bad; sync $w: stack trace"
    elif [ $rc -eq 3 ]; then
      [ "$(answer "$office/sync-$w.log" | wc -l)" -eq 1 ] || bad="$bad; sync $w exit 3 in more than one line"
    elif [ $rc -ne 0 ] && ! echo "$plan" | grep -q "^$w:"; then
      bad="$bad; sync $w exit $rc: $(answer "$office/sync-$w.log" | tail -n 1 | cut -c1-80)"
    fi
  done
  local again=0
  for w in 1 2 3 4 5 6 7 8; do
    grep -q '^mode=MAIN' "$office/w$w/.pau-sync/state.properties" && continue
    again=$((again + 1))
    cli sync --workspace "$office/w$w" >"$office/rerun-$w.log" 2>&1; rc=$?
    [ $rc -eq 0 ] || bad="$bad; sync $w again: exit $rc: $(answer "$office/rerun-$w.log" | tail -n 1 | cut -c1-80)"
  done
  local c; c=$(db office-check "$url" "$main_user" "" "$before" "${ids[@]}")
  [ "$c" = merged ] || bad="$bad; main $c"
  [ "$kind" = postgres ] && db sql "$pg_admin" pau "" "DROP DATABASE IF EXISTS $dbname WITH (FORCE)"
  if [ -z "$bad" ]; then
    record office "8 at once" "killed${kills}; $again synced again; main merged each once" ok
  else
    cp -a "$office/"*.log "$work/" 2>/dev/null
    record office "8 at once" "FAILED: killed${kills}${bad}" bad
  fi
}
