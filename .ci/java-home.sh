# shellcheck shell=bash
# Sourced by build scripts (.ci/run and friends): makes sure JAVA_HOME points at a JDK >= 21.
#
#   source .ci/java-home.sh || exit 1
#
# Keeps a JAVA_HOME that is already a JDK >= 21. Otherwise picks a JDK under /usr/lib/jvm
# (temurin-25-jdk-amd64 when present, else the newest JDK >= 21), exports JAVA_HOME and puts
# its bin/ first on PATH. Returns 1 with a message on stderr when there is none.
# Safe under `set -euo pipefail`; leaves no helper functions or variables behind.

# Prints the major version of the java under $1 (a JDK home), or nothing.
# Handles "1.8.0_402" -> 8, "17.0.15" -> 17, "21" -> 21, "25-ea" -> 25.
__overgang_java_major() {
  local home="$1" line ver major
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  line="$("$home/bin/java" -version 2>&1 | grep -m1 -E 'version "' || true)"
  ver="${line#*version \"}"
  ver="${ver%%\"*}"
  [[ -n "$ver" && "$ver" != "$line" ]] || return 0
  if [[ "$ver" == 1.* ]]; then
    ver="${ver#1.}"
  fi
  major="${ver%%[^0-9]*}"
  [[ "$major" =~ ^[0-9]+$ ]] && printf '%s\n' "$major"
  return 0
}

__overgang_pick_java_home() {
  local min=21 preferred=/usr/lib/jvm/temurin-25-jdk-amd64 best="" best_major=0 dir major
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major="$(__overgang_java_major "$JAVA_HOME")"
    if [[ -n "$major" ]] && (( major >= min )); then
      best="$JAVA_HOME"
    fi
  fi
  if [[ -z "$best" ]]; then
    major="$(__overgang_java_major "$preferred")"
    if [[ -n "$major" ]] && (( major >= min )); then
      best="$preferred"
    fi
  fi
  if [[ -z "$best" ]]; then
    for dir in /usr/lib/jvm/*/; do
      dir="${dir%/}"
      [[ -d "$dir" ]] || continue
      major="$(__overgang_java_major "$dir")"
      if [[ -n "$major" ]] && (( major >= min && major > best_major )); then
        best="$dir"
        best_major="$major"
      fi
    done
  fi
  if [[ -z "$best" ]]; then
    echo "overgang needs a JDK 21 or newer; install one or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$best"
  case ":${PATH:-}:" in
    "$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin${PATH:+:$PATH}" ;;
  esac
  return 0
}

if __overgang_pick_java_home; then
  unset -f __overgang_java_major __overgang_pick_java_home
  true
else
  unset -f __overgang_java_major __overgang_pick_java_home
  # shellcheck disable=SC2317 # exit only when executed instead of sourced
  return 1 2>/dev/null || exit 1
fi
