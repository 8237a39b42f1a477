#!/bin/sh
# Builds PAU Desk when the product is missing or older than the sources, then starts it.
# Arguments go to the product (e.g. -nl ru, -data DIR). Without a display it starts Xvfb first.
set -e
. "$(dirname "$0")/pau-env.sh"
cd "$PAU_REPO"
stamp="$PAU_PRODUCT/pau"
if [ ! -x "$stamp" ] || [ -n "$(find bundles features releng/pau.product target-platform pom.xml -newer "$stamp" -type f \
      -not -path '*/target/*' -not -path '*/bin/*' 2>/dev/null | head -n 1)" ]; then
  echo "Building PAU Desk (./mvnw verify -DskipTests)..."
  ./mvnw -B -q verify -DskipTests
fi
if [ -z "${DISPLAY:-}" ]; then
  pau_apt_install xvfb xauth libgtk-3-0 imagemagick x11-utils
  display_number=99
  while [ -e "/tmp/.X11-unix/X$display_number" ] || [ -e "/tmp/.X$display_number-lock" ]; do
    display_number=$((display_number + 1))
  done
  Xvfb ":$display_number" -screen 0 1366x1024x24 >/dev/null 2>&1 &
  export DISPLAY=":$display_number"
  echo "No display: started Xvfb on $DISPLAY (screenshot: DISPLAY=$DISPLAY import -window root shot.png)"
fi
exec "$PAU_PRODUCT/pau" "$@"
