# Sourced by ./marginalia and ./test.sh: makes sure the machine has what the build and the UI need.
# Installs missing Debian packages (as root), picks a JDK >= 21 and bootstraps Maven 3.9.x with the
# machine's own mvn into .mvn/dist (ignored by git). Sets JAVA_HOME, MVN and MARGINALIA_ROOT.

MARGINALIA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MAVEN_VERSION=3.9.11

say() { echo "[marginalia] $*" >&2; }

ensure_packages() {
  local missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || missing+=(libgtk-3-0)
  # ./test.sh only: the team tests start their own OpenSSH server on 127.0.0.1, which runs git on its side
  # (Marginalia itself needs neither)
  if [ "$(basename "$0")" = test.sh ]; then
    [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
    command -v git >/dev/null || missing+=(git)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    say "missing Debian packages: ${missing[*]} (run as root or install them, then retry)"; return 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_java() {
  local jdk v
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    return 0
  fi
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    [ -x "$jdk/bin/javac" ] || continue
    v=$("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then export JAVA_HOME=${jdk%/}; say "using JDK $v at $JAVA_HOME"; return 0; fi
  done
  say "no JDK >= 21 found under /usr/lib/jvm; Tycho 5 needs one"; return 1
}

ensure_maven() {
  local dist="$MARGINALIA_ROOT/.mvn/dist"
  MVN="$dist/apache-maven-$MAVEN_VERSION/bin/mvn"
  [ -x "$MVN" ] && return 0
  command -v mvn >/dev/null || { say "no mvn on PATH to bootstrap Maven $MAVEN_VERSION"; return 1; }
  say "bootstrapping Maven $MAVEN_VERSION with the machine's mvn into .mvn/dist"
  mkdir -p "$dist"
  # Run from outside the project: the machine's Maven must not load our .mvn/extensions.xml (Tycho needs 3.9).
  (cd "$(mktemp -d)" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin -DoutputDirectory="$dist" >&2) || return 1
  tar -xzf "$dist/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$dist" && rm -f "$dist/apache-maven-$MAVEN_VERSION-bin.tar.gz"
}

# Runs "$@" with an X display: the current one, or a private Xvfb.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; fi
}

ensure_packages && ensure_java && ensure_maven || return 1
# Maven's own libraries still use sun.misc.Unsafe; keep JDK 25 from warning about it on every run.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
export JAVA_HOME MVN MARGINALIA_ROOT
