#!/usr/bin/env bash
# Runs a tool (jlink, jpackage, java) of the JDK the package bundles: JDK 25 or newer, for its AOT cache
# (JEP 483/514: classes loaded and linked ahead of time, see packaging/aot-train.sh). The app itself is
# compiled for Java 17 and runs on any JDK 17+; only the package's runtime is newer.
#   packaging/jdk.sh --jdk=[JDK_HOME] TOOL ARGS...      (an empty JDK_HOME: it is searched for)
# Searched: $PACKAGE_JDK, $JAVA_HOME, the running java, then /usr/lib/jvm/* (newest first).
set -euo pipefail
given=${1#--jdk=}; tool=$2; shift 2

feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
usable() { [ -x "$1/bin/$tool" ] && [ "$(feature "$1" || echo 0)" -ge 25 ] 2>/dev/null; }

candidates=("$given" "${PACKAGE_JDK:-}" "${JAVA_HOME:-}")
command -v java >/dev/null && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
mapfile -t -O ${#candidates[@]} candidates < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV)
for jdk in "${candidates[@]}"; do
  [ -n "$jdk" ] && usable "${jdk%/}" && exec "${jdk%/}/bin/$tool" "$@"
done
cat >&2 <<MSG
packaging needs a JDK 25 or newer with $tool (the package bundles its runtime and AOT cache);
none was found. Install one (e.g. Debian/Ubuntu: openjdk-25-jdk, or Temurin 25) and run
  mvn -Ppackage package -Dpackage.jdk=/path/to/jdk-25
(or set PACKAGE_JDK). Building and testing the app needs only JDK 17.
MSG
exit 1
