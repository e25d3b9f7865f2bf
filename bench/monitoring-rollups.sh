#!/usr/bin/env bash
# Monitoring roll-ups benchmark (issue 6): 25,000 units in a realistic tree (38 provinces, 514 regencies/cities,
# units round-robin under them) with ten events each (org, plan rows and status, evidence uploaded and reviewed,
# monev approved, LKE SELF and TPI scored, an SKM result) published to Kafka; times the projection (until the
# national roll-up counts every unit) and p50/p95 of a national and a provincial roll-up and a national ranking
# over HTTP (200 sequential requests each after 30 warm-up). Baseline in the same run: the same at 2,500 units
# first (phase 1), and a plain /actuator/health round trip in each phase.
# Starts its own MongoDB-protocol server, Kafka, token issuer and monitoring-service on free ports with data in
# one temporary folder (a running `./zi up` is not touched), and removes all of it on exit.
# Needs the built jars: ./mvnw -B -DskipTests package (or ./zi up once).
# Usage: bench/monitoring-rollups.sh [units...]   (default: 2500 25000). Prints a Markdown row per phase.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
phases=("$@")
[ "${#phases[@]}" -gt 0 ] || phases=(2500 25000)

log() { echo "monitoring-rollups [${SECONDS}s]: $*" >&2; }
die() { log "$*"; exit 1; }

java_home="$(./zi jdk)"
java="$java_home/bin/java"
service_jar="$root/monitoring-service/target/monitoring-service.jar"
infra="$root/deploy/local/launcher/target/infra"
mongo_jar="$(ls "$infra/mongo-runner.jar" "$root/deploy/local/mongo-runner/target/zi-mongo-runner.jar" 2>/dev/null | head -n 1 || true)"
kafka_jar="$(ls "$infra/kafka-runner.jar" "$root/deploy/local/kafka-runner/target/zi-kafka-runner.jar" 2>/dev/null | head -n 1 || true)"
for jar in "$service_jar" "$mongo_jar" "$kafka_jar"; do
  [ -n "$jar" ] && [ -f "$jar" ] || die "a jar is missing ($service_jar, mongo-runner, kafka-runner): run ./mvnw -B -DskipTests package first"
done

# As the launcher runs every JVM of the embedded default (LocalStack.javaCommand).
jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
[ "$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')" -lt 24 ] \
  || jvm+=(--sun-misc-unsafe-memory-access=allow)

work="$(mktemp -d "${TMPDIR:-/tmp}/zi-bench-rollups.XXXXXX")"
started=()
cleanup() {
  local status=$? i pid n
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    pid="${started[i]}"
    kill -TERM "$pid" 2>/dev/null || continue
    # SIGTERM, never -9 first: the MongoDB-protocol server closes its store in a shutdown hook
    for n in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  log "FAILED: $*"
  [ -f "$work/service.log" ] && { log "last lines of the service log:"; tail -n 40 "$work/service.log" >&2; }
  exit 1
}

taken=" "
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    case "$taken" in *" $port "*) continue ;; esac
    if ! (: </dev/tcp/127.0.0.1/"$port") 2>/dev/null && ! (: </dev/tcp/localhost/"$port") 2>/dev/null; then
      taken+="$port "
      printf -v "$1" '%s' "$port"
      return
    fi
  done
}

wait_for() {
  local name="$1" pid="$2" deadline=$((SECONDS + $3))
  shift 3
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || fail "$name exited while starting; its log: $(tail -n 20 "$work/$name.log" 2>/dev/null)"
    [ "$SECONDS" -lt "$deadline" ] || fail "$name not ready after ${SECONDS}s"
    sleep 0.2
  done
}

start() {
  local name="$1"
  shift
  (cd "$work" && exec "$@") >"$work/$name.log" 2>&1 &
  pid=$!
  started+=("$pid")
}

for name in mongo_port kafka_port controller_port service_port; do free_port "$name"; done
mkdir -p "$work/mongo" "$work/kafka"
log "starting the MongoDB-protocol server and Kafka in $work"
start mongo "$java" -Xmx512m "${jvm[@]}" -jar "$mongo_jar" --data "$work/mongo" --port "$mongo_port"
mongo_pid=$pid
start kafka "$java" -Xmx512m "${jvm[@]}" -jar "$kafka_jar" --data "$work/kafka" --port "$kafka_port" --controller-port "$controller_port"
kafka_pid=$pid
# The service's own class path for the driver: same Kafka client and nimbus.
"$java" -Djarmode=tools -jar "$service_jar" extract --destination "$work/app" >/dev/null
"$java_home/bin/javac" -d "$work/classes" -cp "$work/app/monitoring-service.jar" "$root/bench/RollupBench.java"
wait_for mongo "$mongo_pid" 90 grep -q "ready on" "$work/mongo.log"
wait_for kafka "$kafka_pid" 90 grep -q "ready on" "$work/kafka.log"

service_url="http://localhost:$service_port"
start bench "$java" -Xmx512m "${jvm[@]}" -cp "$work/classes:$work/app/monitoring-service.jar" RollupBench "$work/issuer" \
  "localhost:$kafka_port" "$service_url" "${phases[@]}"
bench_pid=$pid
wait_for bench "$bench_pid" 60 test -s "$work/issuer"
issuer="$(sed -n 1p "$work/issuer")"

log "starting monitoring-service (-Xmx512m) on port $service_port"
start service env ZI_PORT="$service_port" ZI_MONGODB_URI="mongodb://localhost:$mongo_port/zi-monitoring" \
  ZI_KAFKA_BOOTSTRAP="localhost:$kafka_port" ZI_ISSUER_URI="$issuer" ZI_JWK_SET_URI="$issuer/protocol/openid-connect/certs" \
  "$java" -Xmx512m -XX:+ExitOnOutOfMemoryError "${jvm[@]}" -jar "$service_jar"
service_pid=$pid

java_version="$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vendor.version/ { print $2 }')"
machine="$(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GiB, ${java_version:-Java}"
load="$(awk '{ print $1 }' /proc/loadavg)"
log "publishing and measuring phases ${phases[*]} (progress in the bench's log)"
while kill -0 "$bench_pid" 2>/dev/null; do
  kill -0 "$service_pid" 2>/dev/null || fail "the service died"
  sleep 1
done
wait "$bench_pid" || fail "the bench driver failed: $(tail -n 20 "$work/bench.log")"
rss="$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$service_pid/status")"
grep '^units=' "$work/bench.log" >&2 || fail "no results: $(tail -n 20 "$work/bench.log")"
while read -r line; do
  echo "| $(date -u +%Y-%m-%d) | \`bench/monitoring-rollups.sh ${phases[*]}\` | $machine, load $load at start | $line | service RSS $rss MiB at the end |"
done < <(grep '^units=' "$work/bench.log")
