# Sourced by the developer scripts: repository root and a Java 21+ JDK for Tycho 5 (prefers Temurin 25).
PAU_REPO=$(cd "$(dirname "$0")/../.." && pwd)

pau_jdk_ok() {
  [ -x "$1/bin/javac" ] || return 1
  major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

if [ -z "${JAVA_HOME:-}" ] || ! pau_jdk_ok "$JAVA_HOME"; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -r -V); do
    if pau_jdk_ok "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "Building PAU Desk needs a JDK 21 or newer (Tycho 5); none found. Set JAVA_HOME to one." >&2
    exit 1
  fi
fi
export JAVA_HOME

# Installs Debian packages that are missing (as root, or through sudo).
pau_apt_install() {
  missing=""
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
  done
  [ -z "$missing" ] && return 0
  echo "Installing:$missing"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y -q $missing >/dev/null 2>&1 || {
    $sudo_cmd apt-get update -q >/dev/null && $sudo_cmd apt-get install -y -q $missing >/dev/null
  } || { echo "Could not install:$missing" >&2; exit 1; }
}

PAU_PRODUCT="$PAU_REPO/releng/pau.product/target/products/pau.product/linux/gtk/x86_64/pau-desk"
