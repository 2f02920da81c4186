#!/usr/bin/env bash
# Builds Cloudshop and starts the whole system on this machine (no Docker needed):
# PostgreSQL, Kafka, Zipkin and every service, each its own process. Ctrl-C stops everything.
#
#   ./cloudshop.sh              build, then start (data kept in .cloudshop/data)
#   ./cloudshop.sh --clean      start with empty databases and topics
#   ./cloudshop.sh --no-build   start what was built last time
#
# Logs: .cloudshop/logs/<process>.log. More in local-stack/README.md.
set -euo pipefail
cd "$(dirname "$0")"

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --help|-h) build=false ;;
  esac
done

# Refuse before building: a build replaces the jars of a stack that is running.
# (The launcher checks this precisely; this only saves a pointless build.)
if [[ -f .cloudshop/stack.pid ]]; then
  launcher_pid=$(sed -n 's/^launcher=\([0-9]*\) .*/\1/p' .cloudshop/stack.pid)
  if [[ -n "$launcher_pid" ]] && ps -p "$launcher_pid" -o args= 2>/dev/null | grep -q 'local-stack'; then
    echo "Cloudshop is already running (launcher pid $launcher_pid). Stop it first: Ctrl-C in its terminal, or kill $launcher_pid." >&2
    exit 1
  fi
fi

if [[ "$build" == true ]]; then
  echo "Building Cloudshop (./mvnw -q -B -DskipTests package); the first build downloads dependencies and takes a few minutes..."
  ./mvnw -q -B -DskipTests package
fi

java_command=java
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_command="$JAVA_HOME/bin/java"
fi
# The launcher itself only starts, watches and stops processes: a small heap is plenty.
exec "$java_command" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar local-stack/target/local-stack.jar "$@"
