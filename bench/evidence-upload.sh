#!/usr/bin/env bash
# Evidence upload benchmark (issue 4): a 500 MiB PDF uploaded through evidence-service with its heap capped at
# 256 MB, against the same bytes written straight to the same S3 server in the same run (the MinIO client the
# service uses, same 8 MiB multipart parts; and curl with a presigned PUT), so the ratio survives a noisy host.
# Starts its own s3proxy, MongoDB-protocol server, Kafka, token issuer and service on free ports with data in
# one temporary folder (a running `./zi up` is not touched), and removes all of it on exit.
# Needs the built jars: ./mvnw -B -DskipTests package (or ./zi up once).
# Usage: bench/evidence-upload.sh [runs]   (default 3). Prints Markdown rows for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
runs="${1:-3}"
size_mib="${ZI_BENCH_SIZE_MIB:-500}"

log() { echo "evidence-upload [${SECONDS}s]: $*" >&2; }
die() { log "$*"; exit 1; }

java_home="$(./zi jdk)"
java="$java_home/bin/java"
service_jar="$root/evidence-service/target/evidence-service.jar"
infra="$root/deploy/local/launcher/target/infra"
# The S3 server as the launcher runs it; the test kit's copy (from ~/.m2 by the build) when the launcher is not packaged.
s3proxy_jar="$(ls "$infra/s3proxy.jar" "$root"/*/target/zi-infra/s3proxy.jar 2>/dev/null | head -n 1 || true)"
mongo_jar="$(ls "$infra/mongo-runner.jar" "$root/deploy/local/mongo-runner/target/zi-mongo-runner.jar" 2>/dev/null | head -n 1 || true)"
kafka_jar="$(ls "$infra/kafka-runner.jar" "$root/deploy/local/kafka-runner/target/zi-kafka-runner.jar" 2>/dev/null | head -n 1 || true)"
for jar in "$service_jar" "$s3proxy_jar" "$mongo_jar" "$kafka_jar"; do
  [ -n "$jar" ] && [ -f "$jar" ] || die "a jar is missing ($service_jar, s3proxy, mongo-runner, kafka-runner): run ./mvnw -B -DskipTests package first"
done
# The service's S3 part size, which the SDK baseline copies.
part_mib="$(sed -n 's/^ *part-size: *\([0-9][0-9]*\)MB *$/\1/p' evidence-service/src/main/resources/application.yml)"
[ -n "$part_mib" ] || die "zi.evidence.part-size not found in evidence-service/src/main/resources/application.yml"
part_bytes=$((part_mib * 1024 * 1024))

# As the launcher runs every JVM of the embedded default (LocalStack.javaCommand).
jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
[ "$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')" -lt 24 ] \
  || jvm+=(--sun-misc-unsafe-memory-access=allow)

work="$(mktemp -d "${TMPDIR:-/tmp}/zi-bench-evidence.XXXXXX")"
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

# Shows why, from the service's own log and GC log, before everything is removed.
fail() {
  log "FAILED: $*"
  if [ -f "$work/service.log" ]; then
    log "last lines of the service log:"
    tail -n 40 "$work/service.log" >&2
  fi
  if [ -f "$work/gc.log" ]; then
    log "last lines of the service's GC log:"
    tail -n 15 "$work/gc.log" >&2
  fi
  exit 1
}

# free_port VAR: a port nothing listens on and not handed out before, in VAR (not in $(...): it remembers them).
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

# wait_for NAME PID TIMEOUT_S COMMAND...: until COMMAND succeeds, failing if PID dies or time runs out.
wait_for() {
  local name="$1" pid="$2" deadline=$((SECONDS + $3))
  shift 3
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || fail "$name exited while starting; its log: $(tail -n 20 "$work/$name.log" 2>/dev/null)"
    [ "$SECONDS" -lt "$deadline" ] || fail "$name not ready after ${SECONDS}s"
    sleep 0.2
  done
}

# start NAME COMMAND...: in the background from $work, log in $work/NAME.log, stopped on exit; its pid in $pid.
# Not called in $(...): the pid must be recorded by this shell, whose children they are.
start() {
  local name="$1"
  shift
  (cd "$work" && exec "$@") >"$work/$name.log" 2>&1 &
  pid=$!
  started+=("$pid")
}

mb_per_s() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / s / 1e6 }'; }
round() { awk -v s="$1" 'BEGIN { printf "%.1f", s }'; }

for name in s3_port mongo_port kafka_port controller_port service_port; do free_port "$name"; done
s3_endpoint="http://localhost:$s3_port"
s3_access=zi-bench
s3_secret=zi-bench-secret
mkdir -p "$work/s3" "$work/mongo" "$work/kafka"
cat >"$work/s3proxy.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$s3_access
s3proxy.credential=$s3_secret
jclouds.provider=filesystem-nio2
jclouds.identity=$s3_access
jclouds.credential=$s3_secret
jclouds.filesystem.basedir=$work/s3
EOF

log "starting the S3 server, MongoDB-protocol server and Kafka in $work"
start s3proxy "$java" -Xmx192m "${jvm[@]}" -jar "$s3proxy_jar" --properties "$work/s3proxy.properties"
s3_pid=$pid
start mongo "$java" -Xmx256m "${jvm[@]}" -jar "$mongo_jar" --data "$work/mongo" --port "$mongo_port"
mongo_pid=$pid
start kafka "$java" -Xmx256m "${jvm[@]}" -jar "$kafka_jar" --data "$work/kafka" --port "$kafka_port" --controller-port "$controller_port"
kafka_pid=$pid
# The service's own class path, in its order, for the two helpers: same nimbus, same MinIO client and OkHttp.
"$java" -Djarmode=tools -jar "$service_jar" extract --destination "$work/app" >/dev/null
"$java_home/bin/javac" -d "$work/classes" -cp "$work/app/evidence-service.jar" "$root/bench/BenchIssuer.java" "$root/bench/S3Baseline.java"
classpath="$work/classes:$work/app/evidence-service.jar"
start issuer "$java" "${jvm[@]}" -cp "$classpath" BenchIssuer "$work/token"
issuer_pid=$pid
# s3proxy refuses anonymous requests: any HTTP answer means it serves
wait_for s3proxy "$s3_pid" 90 curl -s -o /dev/null "$s3_endpoint/"
wait_for mongo "$mongo_pid" 90 grep -q "ready on" "$work/mongo.log"
wait_for kafka "$kafka_pid" 90 grep -q "ready on" "$work/kafka.log"
wait_for issuer "$issuer_pid" 90 test -s "$work/token"
issuer="$(sed -n 1p "$work/token")"
token="$(sed -n 2p "$work/token")"

log "starting evidence-service (-Xmx256m) on port $service_port"
start service env ZI_PORT="$service_port" ZI_MONGODB_URI="mongodb://localhost:$mongo_port/zi-evidence" \
  ZI_KAFKA_BOOTSTRAP="localhost:$kafka_port" ZI_ISSUER_URI="$issuer" ZI_JWK_SET_URI="$issuer/protocol/openid-connect/certs" \
  ZI_S3_ENDPOINT="$s3_endpoint" ZI_S3_ACCESS_KEY="$s3_access" ZI_S3_SECRET_KEY="$s3_secret" \
  "$java" -Xmx256m -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$work/gc.log" "${jvm[@]}" -jar "$service_jar"
service_pid=$pid
wait_for service "$service_pid" 300 curl -fs "http://localhost:$service_port/actuator/health"
api="http://localhost:$service_port/api/evidence"

file="$work/laporan.pdf"
size=$((size_mib * 1024 * 1024))
log "writing a $size_mib MiB PDF ($size bytes)"
# %PDF header, then incompressible bytes (nothing on the way can shrink them)
{ printf '%%PDF-1.4\n%%\342\343\317\323\n'; head -c "$((size - 15))" /dev/urandom; } >"$file"
[ "$(stat -c %s "$file")" -eq "$size" ] || fail "the test file has the wrong size"

# Peak RSS of the upload alone: writing 5 to clear_refs resets the kernel's high-water mark (VmHWM).
clear_peak() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null && echo reset || echo "since start"; }
peak_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

java_version="$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vendor.version/ { print $2 }')"
machine="$(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GiB, ${java_version:-Java $("$java" -version 2>&1 | head -1)}"

# Not counted: the first request's one-off costs (key set fetch, bucket creation, class loading) on both sides.
log "warm-up: 1 MiB through the service and the MinIO client"
{ printf '%%PDF-1.4\n'; head -c 1048567 /dev/urandom; } >"$work/warmup.pdf"
warm_status="$(curl -sS -o "$work/response.json" -w '%{http_code}' -H "Authorization: Bearer $token" -F kind=LAPORAN -F title=Warm-up \
  -F effectiveDate=2024-03-01 -F year=2024 -F "file=@$work/warmup.pdf;filename=laporan.pdf;type=application/pdf" "$api/uploads" || true)"
[ "$warm_status" = 201 ] || fail "the warm-up upload answered HTTP $warm_status: $(head -c 1000 "$work/response.json" 2>/dev/null)"
"$java" -Xmx256m "${jvm[@]}" -cp "$classpath" S3Baseline put "$s3_endpoint" "$s3_access" "$s3_secret" \
  zi-bench-baseline warmup.pdf "$work/warmup.pdf" "$part_bytes" >/dev/null 2>"$work/baseline.log" \
  || fail "the MinIO client warm-up failed: $(tail -n 20 "$work/baseline.log")"
rm -f "$work/warmup.pdf"
load="$(awk '{ print $1 }' /proc/loadavg)"
rows=()
for run in $(seq "$runs"); do
  # Each run sends different bytes: the service recognises a file already stored in the unit and refuses it.
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | dd of="$file" bs=1 seek=15 count=64 conv=notrunc status=none
  expected_sha="$(sha256sum "$file" | cut -d' ' -f1)"

  log "run $run: upload through the service"
  peak_mode="$(clear_peak "$service_pid")"
  gc_before="$(wc -l <"$work/gc.log")"
  read -r status seconds < <(curl -sS -o "$work/response.json" -w '%{http_code} %{time_total}\n' --max-time 900 \
    -H "Authorization: Bearer $token" -F kind=LAPORAN -F "title=Laporan benchmark run $run" -F effectiveDate=2024-03-01 -F year=2024 \
    -F "file=@$file;filename=laporan.pdf;type=application/pdf" "$api/uploads" || echo "000 0")
  kill -0 "$service_pid" 2>/dev/null || fail "the service died during upload $run (HTTP $status)"
  if grep -q OutOfMemoryError "$work/service.log"; then fail "the service ran out of memory during upload $run"; fi
  [ "$status" = 201 ] || fail "upload $run answered HTTP $status: $(head -c 1000 "$work/response.json" 2>/dev/null)"
  got_sha="$(grep -o '"sha256":"[0-9a-f]*"' "$work/response.json" | head -1 | cut -d'"' -f4)"
  got_size="$(grep -o '"size":[0-9]*' "$work/response.json" | head -1 | cut -d: -f2)"
  [ "$got_sha" = "$expected_sha" ] || fail "upload $run: the service's sha256 $got_sha differs from sha256sum's $expected_sha"
  [ "$got_size" = "$size" ] || fail "upload $run: the service stored $got_size bytes of $size"
  peak="$(peak_mb "$service_pid")"
  # Heap left after each collection during the upload: flat if the service streams.
  gc_summary="$(tail -n +"$((gc_before + 1))" "$work/gc.log" | awk '
    /Pause/ { n++; if (match($0, /->[0-9]+M/)) { a = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (a > max) max = a }
              if (match($0, /[0-9.]+ms$/)) pause += substr($0, RSTART, RLENGTH - 2) }
    END { printf "%d GC%s, %.0f ms paused, heap after GC ≤ %d MiB", n, n == 1 ? "" : "s", pause, max }')"
  service_mbs="$(mb_per_s "$size" "$seconds")"
  # The stored object is the file: read it back through the service (streamed) and hash it.
  id="$(grep -o '"id":"[^"]*"' "$work/response.json" | head -1 | cut -d'"' -f4)"
  back_sha="$(curl -sS -f --max-time 900 -H "Authorization: Bearer $token" "$api/items/$id/files/1" | sha256sum | cut -d' ' -f1)"
  [ "$back_sha" = "$expected_sha" ] || fail "upload $run: the file read back has sha256 $back_sha, not $expected_sha"
  log "run $run: service HTTP $status in ${seconds}s = $service_mbs MB/s, sha256 ok (returned and read back), peak RSS $peak MiB ($peak_mode), $gc_summary"

  log "run $run: same bytes straight to S3 with the MinIO client, $part_mib MiB parts"
  sdk_seconds="$("$java" -Xmx256m "${jvm[@]}" -cp "$classpath" S3Baseline put "$s3_endpoint" "$s3_access" "$s3_secret" \
    zi-bench-baseline "sdk-$run.pdf" "$file" "$part_bytes" 2>"$work/baseline.log")" \
    || fail "the MinIO client baseline failed: $(tail -n 20 "$work/baseline.log")"
  sdk_mbs="$(mb_per_s "$size" "$sdk_seconds")"

  log "run $run: same bytes straight to S3 with curl, one presigned PUT"
  url="$("$java" "${jvm[@]}" -cp "$classpath" S3Baseline presign-put "$s3_endpoint" "$s3_access" "$s3_secret" \
    zi-bench-baseline "curl-$run.pdf" 2>"$work/baseline.log")" || fail "presigning failed: $(tail -n 20 "$work/baseline.log")"
  read -r put_status put_seconds < <(curl -sS -o "$work/put.txt" -w '%{http_code} %{time_total}\n' --max-time 900 -T "$file" "$url" \
    || echo "000 0")
  [ "$put_status" = 200 ] || fail "the presigned PUT answered HTTP $put_status: $(head -c 500 "$work/put.txt")"
  curl_mbs="$(mb_per_s "$size" "$put_seconds")"

  seconds="$(round "$seconds")"; sdk_seconds="$(round "$sdk_seconds")"; put_seconds="$(round "$put_seconds")"
  ratio_sdk="$(awk -v a="$service_mbs" -v b="$sdk_mbs" 'BEGIN { printf "%.2f", a / b }')"
  ratio_curl="$(awk -v a="$service_mbs" -v b="$curl_mbs" 'BEGIN { printf "%.2f", a / b }')"
  log "run $run: MinIO client $sdk_mbs MB/s (${sdk_seconds}s), curl PUT $curl_mbs MB/s (${put_seconds}s); service/client $ratio_sdk, service/curl $ratio_curl"
  rows+=("| $(date -u +%Y-%m-%d) | \`bench/evidence-upload.sh $runs\` run $run | $machine, load $load before the runs | service (-Xmx256m): $size_mib MiB, HTTP $status in ${seconds} s = **$service_mbs MB/s**, sha256 ok, peak RSS $peak MiB$([ "$peak_mode" = reset ] || echo " since the service started"), $gc_summary | MinIO client ($part_mib MiB parts) $sdk_mbs MB/s; curl presigned PUT $curl_mbs MB/s | **$ratio_sdk×** of the client; $ratio_curl× of curl |")
done

kill -0 "$service_pid" 2>/dev/null || fail "the service died after the last upload"
printf '%s\n' "${rows[@]}"
