#!/bin/sh
# Runs a command with a throw-away Secret Service, as a desktop session has one: a private D-Bus
# session bus (dbus-run-session) with gnome-keyring's secrets component, its login key ring created
# and unlocked with a fixed password (on stdin) in a temporary folder, removed afterwards.
# Usage: with-secret-service.sh COMMAND [ARGUMENT...]
set -e
if [ -z "${PAU_SECRET_SERVICE_SESSION:-}" ]; then
  PAU_SECRET_SERVICE_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT INT TERM
printf '%s' "pau-test-keyring" | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null
set +e
"$@"
exit $?
