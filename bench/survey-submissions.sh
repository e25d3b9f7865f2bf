#!/usr/bin/env bash
# Public survey submissions benchmark (issue 5): sustained SKM submissions per second through the gateway at a few
# concurrency levels, p50/p99, errors by status, against the same load straight at survey-service in the same run
# (so the gateway's cost is a ratio); then proof that none accepted was lost: the response ids answered 2xx equal the
# response documents in MongoDB and the records on zi.survey.response.v1, and how long the outbox relay took to catch
# up. Last, a flood from one client beside ordinary respondents, against those respondents alone.
#
# Starts the whole stack (LocalStack: free ports, a temporary data folder; a running ./zi up is not touched) with
# ZI_TRUSTED_PROXIES matching loopback, so each simulated respondent is its own client through X-Forwarded-For, and
# the per-survey limit raised for the run (ZI_BENCH_PER_SURVEY, default 1000000/min; "shipped" keeps 600/min) so the
# figures measure the platform, not the limit. Removes everything on exit.
# Needs the built jars (./zi up once, or ./mvnw -B -DskipTests install of the services and deploy/local/launcher).
# Usage: bench/survey-submissions.sh [--duration S] [--levels 4,16,64] [--surveys N] [--warmup S] [--flood S]
#        [--flood-concurrency N] [--others-concurrency N]. Prints Markdown rows and a loss-check table for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"

log() { echo "survey-submissions [${SECONDS}s]: $*" >&2; }
die() { log "$*"; exit 1; }

java_home="$(./zi jdk)"
java="$java_home/bin/java"
survey_jar="$root/survey-service/target/survey-service.jar"
launcher_jar="$root/deploy/local/launcher/target/zi-launcher.jar"
for jar in "$survey_jar" "$launcher_jar" "$root/gateway/target/gateway.jar" "$root/deploy/local/launcher/target/infra/keycloak.zip"; do
  [ -f "$jar" ] || die "$jar is missing: build the services and the launcher first (./zi up once)"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/zi-bench-survey.XXXXXX")"
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

# The service's own MongoDB driver, Kafka client and Jackson, so the checks read exactly what it writes.
"$java" -Djarmode=tools -jar "$survey_jar" extract --destination "$work/app" >/dev/null
classpath="$launcher_jar"
for pattern in 'bson-[0-9]*' 'bson-record-codec-*' 'mongodb-driver-core-*' 'mongodb-driver-sync-*' 'kafka-clients-*' 'lz4-java-*' \
    'snappy-java-*' 'zstd-jni-*' 'slf4j-api-*' 'jackson-core-3*' 'jackson-databind-3*' 'jackson-annotations-*'; do
  jar="$(ls "$work"/app/lib/$pattern.jar 2>/dev/null | head -n 1 || true)"
  [ -n "$jar" ] || die "no $pattern.jar in survey-service's libraries"
  classpath+=":$jar"
done
"$java_home/bin/javac" -d "$work/classes" -cp "$classpath" "$root/bench/SurveySubmissions.java"

per_survey="${ZI_BENCH_PER_SURVEY:-1000000}"
export ZI_TRUSTED_PROXIES='127\.0\.0\.1|0:0:0:0:0:0:0:1'
if [ "$per_survey" != shipped ]; then
  export ZI_GATEWAY_RATELIMIT_PERSURVEY_CAPACITY="$per_survey"
fi
log "jars: survey-service $(date -r "$survey_jar" '+%F %T'), gateway $(date -r "$root/gateway/target/gateway.jar" '+%F %T'); data in $work/stack"
"$java" -Xmx768m -cp "$work/classes:$classpath" SurveySubmissions --home "$root" --data "$work/stack" "$@" &
bench_pid=$!
wait "$bench_pid"
