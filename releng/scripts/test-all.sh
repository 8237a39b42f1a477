#!/bin/sh
# Installs what the tests need when missing, then builds PAU Desk and runs every test (headless and UI)
# under Xvfb. Fails on any failure. Extra arguments go to Maven.
set -e
. "$(dirname "$0")/pau-env.sh"
cd "$PAU_REPO"
pau_apt_install xvfb xauth libgtk-3-0 dbus-x11 imagemagick x11-utils
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
