#!/usr/bin/env bash
# Start-up benchmark of the embedded default: a warm `./zi up` (everything built, data present) against
# the start of ONE service alone on the same machine in the same run, so the ratio survives a noisy host.
# Usage: bench/startup.sh [runs]   (default 1). Prints a Markdown row for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-1}"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

java_home="$(./zi jdk)"
for run in $(seq "$runs"); do
  ./zi down >/dev/null 2>&1 || true
  start="$(now)"
  ./zi up >/tmp/zi-bench-up.log 2>&1
  warm="$(elapsed "$start" "$(now)")"
  total_rss="$(./zi status | awk '/^total/ { print $(NF-1) " " $NF }')"

  # Baseline: planning-service alone, against the running infrastructure, on a spare port and database.
  port=18081
  start="$(now)"
  ZI_PORT=$port ZI_MONGODB_URI="mongodb://localhost:27017/zi-bench-$$" ZI_KAFKA_BOOTSTRAP=localhost:9092 \
    "$java_home/bin/java" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar planning-service/target/planning-service.jar \
    >/tmp/zi-bench-planning.log 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "baseline service died; see /tmp/zi-bench-planning.log" >&2; exit 1; }
    sleep 0.2
  done
  single="$(elapsed "$start" "$(now)")"
  kill "$pid"; wait "$pid" 2>/dev/null || true

  ratio="$(awk -v a="$warm" -v b="$single" 'BEGIN { printf "%.1f", a / b }')"
  echo "| $(date -u +%Y-%m-%d) | \`bench/startup.sh\` run $run | $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GiB, $("$java_home/bin/java" -version 2>&1 | head -1) | warm \`./zi up\` ${warm} s, total RSS ${total_rss} | one service alone ${single} s | ${ratio}× |"
done
