#!/usr/bin/env bash
# Resumable upload of a large file over loopback into a running packaged Warta: throughput relative to `cp` of the
# same bytes on the same disk (measured in the same run, right before), and the heap the upload adds at its peak.
#
# Starts the packaged application itself (demo profile, embedded H2, in a fresh temporary directory on the same
# disk as the source file, -Xmx384m so that a file held in memory could not pass), signs in as the demo
# contributor, creates a tus upload and sends the whole file in one PATCH with curl (which streams it from disk).
# The upload is timed until its last response, which comes after Warta has hashed, type-checked and moved the file
# into media storage, so the figure is end to end. Heap is sampled with jstat every 100 ms during the upload.
#
# Usage: bench/media/upload/upload.sh [size-MiB]        (default 2048; build first: ./mvnw -q -B package -DskipTests)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
SIZE_MIB=${1:-2048}
JAR=$(ls "$ROOT"/target/warta-*.jar | grep -v original | head -1)
for tool in java jstat curl; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done
WORK=$(mktemp -d -p "${BENCH_DIR:-$ROOT/target}" upload-bench.XXXX)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
now() { date +%s%N; }

# An MP4 container header, then random bytes: recognised as video (limit 4 GiB) by its content.
SOURCE="$WORK/lapangan.mp4"
printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41' > "$SOURCE"
head -c $((SIZE_MIB * 1024 * 1024 - 24)) /dev/urandom >> "$SOURCE"
BYTES=$(stat -c %s "$SOURCE")

# Baseline: the same bytes copied on the same disk, flushed, with a cold-ish page cache for neither (same for both).
sync
t0=$(now); cp "$SOURCE" "$WORK/copy.bin"; sync; t1=$(now)
CP_MS=$(( (t1 - t0) / 1000000 )); rm -f "$WORK/copy.bin"

mkdir -p "$WORK/app"
( cd "$WORK/app" && exec java -Xmx384m -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --server.address=127.0.0.1 ) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -s "$BASE/actuator/health" | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

JAR_COOKIES="$WORK/cookies"
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/masuk" > "$WORK/login.html"
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -d "username=kontributor&password=warta-demo-2026&_csrf=$TOKEN" "$BASE/masuk"
CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/api/v1/csrf" | sed 's/.*"token":"\([^"]*\)".*/\1/')

heap_used_kib() { jstat -gc "$APP_PID" 2>/dev/null | awk 'NR==2 {printf "%d", $3+$4+$6+$8}'; }
# Settle, then the heap in use before the upload (after a full collection, so that start-up garbage is not counted).
sleep 3; jcmd "$APP_PID" GC.run > /dev/null 2>&1 || true; sleep 1
BEFORE=$(heap_used_kib)

LOCATION=$(curl -s -D - -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H "X-CSRF-TOKEN: $CSRF" \
  -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $BYTES" \
  -H "Upload-Metadata: filename $(printf 'lapangan.mp4' | base64)" -X POST "$BASE/api/v1/uploads" \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
[ -n "$LOCATION" ] || { echo "no upload created" >&2; exit 1; }

PEAK=$BEFORE
( while kill -0 "$APP_PID" 2>/dev/null; do heap_used_kib; echo; sleep 0.1; done ) > "$WORK/heap.txt" &
SAMPLER=$!
t0=$(now)
RESULT=$(curl -s -D - -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H "X-CSRF-TOKEN: $CSRF" \
  -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' \
  -X PATCH -T "$SOURCE" "$BASE$LOCATION" | tr -d '\r')
t1=$(now)
kill "$SAMPLER" 2>/dev/null || true
UPLOAD_MS=$(( (t1 - t0) / 1000000 ))
echo "$RESULT" | grep -qi '^warta-media-id:' || { echo "upload did not finish: $RESULT" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
PEAK=$(sort -n "$WORK/heap.txt" | tail -1)

mib_s() { echo "scale=1; $BYTES / 1048576 / ($1 / 1000)" | bc; }
echo "file: $SIZE_MIB MiB"
echo "cp on the same disk:        ${CP_MS} ms   $(mib_s "$CP_MS") MiB/s"
echo "tus upload (end to end):    ${UPLOAD_MS} ms   $(mib_s "$UPLOAD_MS") MiB/s"
echo "throughput ratio upload/cp: $(echo "scale=2; $CP_MS / $UPLOAD_MS" | bc)   (aim >= 0.7)"
echo "heap before: $((BEFORE / 1024)) MiB   peak during upload: $((PEAK / 1024)) MiB   growth: $(( (PEAK - BEFORE) / 1024 )) MiB (aim < 64)"
