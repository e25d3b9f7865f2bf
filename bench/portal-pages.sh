#!/usr/bin/env bash
# Portal page render benchmark (issue 7: "no page of the main journeys takes more than 1 s to render on the demo
# data"): signs the demo users in through Keycloak's login form with a plain HTTP client and times the portal's
# answer to the main pages of their journeys through the gateway (/beranda, the evaluators' /dasbor at the
# national, city and unit level, the unit team's /rencana, /bukti, /monev, /lke, /survei, the TPI's /tpi, /tpi/reviu, /tpi/lke/33.71.dpmptsp/2024, /admin where the
# portal has them; a missing page is skipped with a note): N sequential GETs each after a warm-up, p50/p95/max
# per page, against /actuator/health through the gateway in the same run (one after each page request).
#
# Starts the whole stack with the demo data (LocalStack: free ports, a temporary data folder; a running ./zi up
# is not touched) and removes everything on exit.
# Needs the built jars (./zi up once, or ./mvnw -B -DskipTests install of the services and deploy/local/launcher).
# Usage: bench/portal-pages.sh [--requests N] [--warmup N]   (default 50 and 10). Prints Markdown rows for
# bench/RESULTS.md; exits 1 when a page took over 1 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"

log() { echo "portal-pages [${SECONDS}s]: $*" >&2; }
die() { log "$*"; exit 1; }

java_home="$(./zi jdk)"
java="$java_home/bin/java"
launcher_jar="$root/deploy/local/launcher/target/zi-launcher.jar"
for jar in "$launcher_jar" "$root/portal/target/portal.jar" "$root/gateway/target/gateway.jar" \
    "$root/deploy/local/launcher/target/infra/keycloak.zip"; do
  [ -f "$jar" ] || die "$jar is missing: build the services and the launcher first (./zi up once)"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/zi-bench-portal.XXXXXX")"
bench_pid=""
cleanup() {
  local status=$?
  # the bench stops the stack itself (and on SIGTERM through its shutdown hook); wait so no process outlives the folder
  if [ -n "$bench_pid" ] && kill -0 "$bench_pid" 2>/dev/null; then
    kill -TERM "$bench_pid" 2>/dev/null || true
    wait "$bench_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$java_home/bin/javac" -d "$work/classes" -cp "$launcher_jar" "$root/bench/PortalPages.java"
log "jars: portal $(date -r "$root/portal/target/portal.jar" '+%F %T'), gateway $(date -r "$root/gateway/target/gateway.jar" '+%F %T'); data in $work/stack"
"$java" -Xmx256m -cp "$work/classes:$launcher_jar" PortalPages --home "$root" --data "$work/stack" "$@" &
bench_pid=$!
wait "$bench_pid"
