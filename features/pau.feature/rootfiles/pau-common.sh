# Sourced by the PAU Desk launcher scripts (pau, pau-cli, pau-server): finds the product folder,
# a Java 21+ runtime (JAVA_HOME, then java on the PATH, then /usr/lib/jvm) and the Equinox launcher.

pau_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}

# Asking a JVM its version costs a JVM start (0.2 s) on every command: the answer is kept per runtime
# (its path, inode, size and time) in the user's cache, and asked again only when the runtime changes.
PAU_JAVA_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/pau-desk/java-versions"

pau_java_major_cached() {
  id=$(stat -L -c '%i:%s:%Y' "$1" 2>/dev/null) || { pau_java_major "$1"; return; }
  known=$(grep -F "$1 $id " "$PAU_JAVA_CACHE" 2>/dev/null | head -n 1 | cut -d' ' -f3)
  if [ -n "$known" ]; then echo "$known"; return; fi
  major=$(pau_java_major "$1")
  if [ -n "$major" ] && mkdir -p "$(dirname "$PAU_JAVA_CACHE")" 2>/dev/null; then
    { grep -v -F "$1 " "$PAU_JAVA_CACHE" 2>/dev/null; echo "$1 $id $major"; } > "$PAU_JAVA_CACHE.$$" \
      && mv -f "$PAU_JAVA_CACHE.$$" "$PAU_JAVA_CACHE"
  fi
  echo "$major"
}

pau_java_ok() {
  major=$(pau_java_major_cached "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

pau_find_java() {
  if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ] && pau_java_ok "$JAVA_HOME/bin/java"; then
    echo "$JAVA_HOME/bin/java"; return 0
  fi
  if command -v java >/dev/null 2>&1 && pau_java_ok "$(command -v java)"; then
    command -v java; return 0
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -r -V); do
    if pau_java_ok "$candidate"; then echo "$candidate"; return 0; fi
  done
  return 1
}

PAU_HOME=$(cd "$(dirname "$0")" && pwd)
if ! PAU_JAVA=$(pau_find_java); then
  echo "PAU Desk needs Java 21 or newer, and none was found (JAVA_HOME, java on the PATH, /usr/lib/jvm)." >&2
  echo "Install a Java 21+ runtime or set JAVA_HOME to one." >&2
  exit 1
fi
PAU_LAUNCHER=$(ls "$PAU_HOME"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
# SWT and H2 load native code; say so instead of printing JDK warnings on every start.
PAU_DEFAULT_JAVA_OPTS="--enable-native-access=ALL-UNNAMED"
# pau and pau-cli compile with the client compiler only (C1). On two cores, C2 compiling the start-up
# code competed with the start itself: the window's first listing of procedures cost 10.1-10.5 s of
# CPU with C2, 5.3-6.4 s without; all 1,000 procedures of a demo main went offline in 22.6 s of CPU
# instead of 30.0 s, and came back in 8.3 s instead of 11.8 s: PAU's work is short and spread out, not
# the long hot loops C2 pays off on. PAU_JAVA_OPTS=-XX:TieredStopAtLevel=4 gives C2 back. (pau-server,
# a long-running H2 server, keeps the JVM's default.)
PAU_CLIENT_JAVA_OPTS="-XX:TieredStopAtLevel=1"
# The class-data archive made at build time by a training run (releng/scripts/make-class-archive.sh):
# the classes of the JDK, Equinox and PAU's bundles, ready to map instead of being parsed and verified
# at every start. Only mapped, never written, so processes started at once share it safely; used only
# with the runtime that made it (its identity is kept beside it), and with -Xlog:cds off a refused
# archive (e.g. a runtime updated in place) costs nothing but the time it would have saved.
pau_class_archive_id() {
  echo "$PAU_JAVA $(stat -L -c '%i:%s:%Y' "$PAU_JAVA")"
}
PAU_ARCHIVE_JAVA_OPTS=""
if [ -f "$PAU_HOME/pau.jsa" ] && [ "$(cat "$PAU_HOME/pau.jsa.id" 2>/dev/null)" = "$(pau_class_archive_id)" ]; then
  PAU_ARCHIVE_JAVA_OPTS="-XX:SharedArchiveFile=$PAU_HOME/pau.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
# The user's Java options go after the launchers' defaults, so that they win (e.g. -Xmx4g).
PAU_JAVA_OPTS=${PAU_JAVA_OPTS:-}

# pau-cli shows no window: it runs on the product's bundles without the user-interface stack (SWT,
# JFace, the workbench, e4, EMF, CSS and our UI bundles). Equinox then installs, resolves and starts
# about 45 bundles instead of 100, and Declarative Services reads no UI components: a command starts in
# ~1.5 s instead of ~2.5 s. The configuration is made from the product's own (bundles.info minus these)
# in the product folder or, if that is read-only, in the user's cache, and made again when the product's
# bundles change. Without a writable place, pau-cli runs on the product's whole configuration. Its
# product is pau-cli's own (pau.cli.product), so that Equinox never logs the desktop one as missing.
# SPI-Fly stays installed (Liquibase requires its capability) but is not started: scanning every
# bundle's headers at start is its cost, and Liquibase finds its parts through PAU's own locator.
PAU_CLI_LEAVES_OUT='com\.github\.weisj|org\.apache\.batik|org\.eclipse\.e4|org\.eclipse\.emf|org\.eclipse\.jface|org\.eclipse\.swt|org\.eclipse\.ui|org\.eclipse\.urischeme|org\.eclipse\.help|org\.eclipse\.core\.databinding|org\.eclipse\.core\.commands|org\.eclipse\.core\.expressions|wrapped\.xml-apis|com\.ibm\.icu|jakarta\.inject|jakarta\.annotation|pau\.app|pau\.ui|pau\.nl'

pau_cli_configuration() {
  product="$PAU_HOME/configuration"
  bundles="$product/org.eclipse.equinox.simpleconfigurator/bundles.info"
  [ -f "$bundles" ] && [ -f "$product/config.ini" ] || return 1
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/pau-desk/cli-configuration-$(printf '%s' "$PAU_HOME" | cksum | cut -d' ' -f1)"
  for dir in "$PAU_HOME/configuration-cli" "$cache"; do
    # product-bundles.info is written last: its presence and equality mark a complete, current copy.
    if cmp -s "$bundles" "$dir/product-bundles.info"; then echo "$dir"; return 0; fi
    mkdir -p "$(dirname "$dir")" 2>/dev/null || continue
    made="$dir.$$"
    rm -rf "$made"
    mkdir -p "$made/org.eclipse.equinox.simpleconfigurator" 2>/dev/null || continue
    if grep -v -E "^($PAU_CLI_LEAVES_OUT)[^,]*," "$bundles" \
        | sed 's/^\(org\.apache\.aries\.spifly[^,]*,[^,]*,[^,]*,[^,]*\),true$/\1,false/' \
        > "$made/org.eclipse.equinox.simpleconfigurator/bundles.info" \
        && sed 's/^eclipse\.product=.*/eclipse.product=pau.cli.product/;/^eclipse\.application=/d' "$product/config.ini" > "$made/config.ini" \
        && cp "$bundles" "$made/product-bundles.info"; then
      # Another pau-cli starting at the same moment may have made it first: then that one is used, as
      # it is (it may be starting on it). Only a copy of other bundles is replaced.
      if cmp -s "$bundles" "$dir/product-bundles.info"; then rm -rf "$made"; echo "$dir"; return 0; fi
      rm -rf "$dir"
      mv -T "$made" "$dir" 2>/dev/null || rm -rf "$made"
      if cmp -s "$bundles" "$dir/product-bundles.info"; then echo "$dir"; return 0; fi
    fi
    rm -rf "$made"
  done
  return 1
}
