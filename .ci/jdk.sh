# shellcheck shell=bash
# Finds a JDK >= 21 and exports JAVA_HOME (and puts it first on PATH).
# Sourced by ./zoning, ./test and .ci/run, so all three use the same JDK.
#
#   source .ci/jdk.sh && ecozoning_find_jdk
#
# Order: $JAVA_HOME if it is a JDK >= 21; /usr/lib/jvm/temurin-25-jdk-amd64; the newest
# /usr/lib/jvm/* JDK >= 21; the javac on PATH if >= 21. Otherwise a clear error (exit status 1).
# This file only defines functions; it changes no shell options of the caller.

ECOZONING_MIN_JAVA=21

# Prints the major Java version of a JDK home (e.g. 25), or fails if it is not a JDK.
ecozoning_java_major() {
  local home=$1 v=""
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  if [[ -r "$home/release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z "$v" ]]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}          # 1.8.0 -> 8.0
  v=${v%%[.+_-]*}    # 25.0.1 -> 25
  [[ "$v" =~ ^[0-9]+$ ]] || return 1
  echo "$v"
}

ecozoning_find_jdk() {
  local candidate v best="" best_v=0
  if [[ -n "${JAVA_HOME:-}" ]] && v=$(ecozoning_java_major "$JAVA_HOME") && (( v >= ECOZONING_MIN_JAVA )); then
    best=$JAVA_HOME
  elif v=$(ecozoning_java_major /usr/lib/jvm/temurin-25-jdk-amd64) && (( v >= ECOZONING_MIN_JAVA )); then
    best=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    for candidate in /usr/lib/jvm/*; do
      [[ -d "$candidate" && ! -L "$candidate" ]] || continue
      if v=$(ecozoning_java_major "$candidate") && (( v >= ECOZONING_MIN_JAVA && v > best_v )); then
        best=$candidate
        best_v=$v
      fi
    done
    if [[ -z "$best" ]] && command -v javac >/dev/null 2>&1; then
      candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
      if v=$(ecozoning_java_major "$candidate") && (( v >= ECOZONING_MIN_JAVA )); then
        best=$candidate
      fi
    fi
  fi
  if [[ -z "$best" ]]; then
    {
      echo "错误：未找到 JDK ${ECOZONING_MIN_JAVA} 或更高版本。请安装（例如 Temurin 21+）或把 JAVA_HOME 指向它。"
      echo "Error: no JDK ${ECOZONING_MIN_JAVA} or newer found. Install one (e.g. Temurin 21+) or point JAVA_HOME at it."
      echo "       (looked at \$JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm/*, and javac on PATH)"
    } >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8's bundled Guava warns about sun.misc.Unsafe on newer JDKs; JDK 23+ has a flag to allow it quietly.
  v=$(ecozoning_java_major "$JAVA_HOME")
  if (( v >= 23 )) && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
}
