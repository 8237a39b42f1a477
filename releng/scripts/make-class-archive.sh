#!/bin/sh
# Issue 21 (7): makes the product's class-data archive (pau.jsa) once, at build time. A training run of
# pau-cli (demo data, go offline, sync) in a throw-away home and workspace; the JVM of the sync writes
# the classes it loaded, Equinox's bundles included, into a dynamic CDS archive (-XX:ArchiveClassesAtExit).
# First the Equinox launcher's and framework's jars lose their signatures (UnsignJar.java): CDS leaves
# out every class of a signed jar, and the JVM verified the launcher's signature at every start.
# At run time the launchers only map it, read-only (pau-common.sh), so any number of processes may use it
# at once; a runtime other than the one that made it does not use it. Without it the product only starts
# slower: a failed training prints a warning and leaves no archive.
# Usage: make-class-archive.sh PRODUCT_DIR
product=$(cd "$1" && pwd) || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
rm -f "$product/pau.jsa" "$product/pau.jsa.id"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" "$(dirname "$0")/UnsignJar.java" "$product"/plugins/org.eclipse.equinox.launcher_*.jar \
  "$product"/plugins/org.eclipse.osgi_*.jar || echo "[WARNING] The launcher's and framework's jars stay signed."
# Keys go to a key file in this home, never into the builder's keyring; the launchers' caches too.
export HOME="$work/home" XDG_CACHE_HOME="$work/cache"
unset DBUS_SESSION_BUS_ADDRESS PAU_OFFLINE_KEY
mkdir -p "$HOME"
export PAU_JAVA_OPTS="-Duser.home=$HOME"
main="jdbc:h2:$work/main"
cli="$product/pau-cli"
if "$cli" demo-data --main "$main" --procedures 5 --documents-mb 1 --workspace "$work/ws" >"$work/log" 2>&1 \
    && "$cli" go-offline --main "$main" --all --workspace "$work/ws" >>"$work/log" 2>&1 \
    && "$cli" status --workspace "$work/ws" >>"$work/log" 2>&1 \
    && PAU_JAVA_OPTS="$PAU_JAVA_OPTS -XX:ArchiveClassesAtExit=$work/pau.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
      "$cli" sync --workspace "$work/ws" >>"$work/log" 2>&1 \
    && [ -s "$work/pau.jsa" ] \
    && id=$(cd "$product" && sh -c '. ./pau-common.sh && pau_class_archive_id'); then
  # The identity is written last: the launchers use the archive only when it is there and matches.
  mv -f "$work/pau.jsa" "$product/pau.jsa" && echo "$id" > "$product/pau.jsa.id"
  echo "Class-data archive: $product/pau.jsa ($(du -h "$product/pau.jsa" | cut -f1))"
else
  echo "[WARNING] No class-data archive for the product (it starts without one); the training run said:"
  tail -n 5 "$work/log"
fi
