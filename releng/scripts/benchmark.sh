#!/bin/sh
# The project's benchmark (issue 10; releng/bench): fills main databases of several sizes (once, cached in
# ~/.cache/pau-bench), serves them with pau-server and runs go offline, sync and status through the built
# product's launchers as whole processes, each interleaved with its in-project floor; prints medians, min/max
# and ratios. --write-docs also writes docs/performance.md (its table section) and docs/performance.png.
# Builds nothing: needs the built product and releng/bench/target/pau-bench.jar (./mvnw verify -DskipTests).
# Usage: releng/scripts/benchmark.sh [SIZE...] [--runs N] [--write-docs] ...   (--help lists the options)
set -e
. "$(dirname "$0")/pau-env.sh"
jar="$PAU_REPO/releng/bench/target/pau-bench.jar"
if [ ! -x "$PAU_PRODUCT/pau-cli" ] || [ ! -f "$jar" ]; then
  echo "Build the product and the benchmark first: ./mvnw verify -DskipTests" >&2
  echo "  (or: ./mvnw verify -DskipTests -pl features/pau.feature,releng/pau.product,releng/bench -am)" >&2
  exit 1
fi
# The GUI start scenario needs a display: without one, the benchmark runs under a virtual one (Xvfb).
if [ -z "${DISPLAY:-}" ]; then
  pau_apt_install xvfb xauth xdotool
  exec xvfb-run -a -s "-screen 0 1366x1024x24" "$JAVA_HOME/bin/java" -jar "$jar" --product "$PAU_PRODUCT" \
    --docs "$PAU_REPO/docs" "$@"
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" --product "$PAU_PRODUCT" --docs "$PAU_REPO/docs" "$@"
