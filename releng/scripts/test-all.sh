#!/bin/sh
# Installs what the tests need when missing, starts a throw-away PostgreSQL server (R8/B5), then
# builds PAU Desk and runs every test (headless and UI) under Xvfb, inside a D-Bus session with a
# throw-away Secret Service (gnome-keyring), so the key store is tested for real (issue 9), then a
# short crash campaign against the built product (B3/B17). Fails on any failure. Extra arguments go
# to Maven (and skip the Russian UI run and the crash campaign).
set -e
. "$(dirname "$0")/pau-env.sh"
cd "$PAU_REPO"
pau_apt_install xvfb xauth libgtk-3-0 dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools imagemagick x11-utils xdotool postgresql
postgres=$("$PAU_REPO/releng/scripts/test-postgres.sh" start)
trap '"$PAU_REPO/releng/scripts/test-postgres.sh" stop "${postgres#* }"' EXIT INT TERM
set +e
releng/scripts/with-secret-service.sh xvfb-run -a -s "-screen 0 1366x1024x24" \
  ./mvnw -B verify "-Dpau.test.postgres=${postgres% *}" -Dpau.test.secretService=true "$@"
status=$?
if [ $status -eq 0 ] && [ $# -eq 0 ]; then
  # The UI once more in Russian (B7): -nl ru must show the wording of the original.
  echo "UI tests with -nl ru"
  releng/scripts/with-secret-service.sh xvfb-run -a -s "-screen 0 1366x1024x24" ./mvnw -B -o verify -Dpau.test.nl=ru \
    -pl features/pau.feature,tests/pau.ui.tests,tests/pau.ui.offline.tests -am
  status=$?
fi
if [ $status -eq 0 ] && [ $# -eq 0 ]; then
  # B3/B17 under real faults, against the product just built and this PostgreSQL server: a short
  # crash campaign (12 kills of sync and the server, 4 of discard, 6 of sync --stay-offline and refresh,
  # 4 damaged offline files; about 4 minutes on a quiet machine). The
  # full run is in docs/reliability.md.
  echo "Crash campaign (short)"
  PAU_CRASH_POSTGRES="$postgres" "$PAU_REPO/releng/scripts/crash-campaign.sh" 4
  status=$?
fi
exit $status
