#!/usr/bin/env bash
# Start-up to healthy on the embedded H2 default, and heap in use after start, against a baseline measured in the
# same run: the same JVM starting and exiting with nothing to load (java -Xmx384m -version).
# Usage: bench/startup/measure.sh [runs] [extra JVM flags...]   (build the jar first: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}; shift || true
EXTRA=("$@")
JAR=$(realpath "$(ls target/warta-*.jar | grep -v original | head -1)")
PORT=18090
now() { date +%s.%N; }

baseline=()
for _ in $(seq 1 "$RUNS"); do
  t0=$(now); java -Xmx384m -version >/dev/null 2>&1; t1=$(now)
  baseline+=("$(echo "$t1 - $t0" | bc)")
done

printf 'run  healthy_s  heap_used_MiB\n'
times=()
for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  t0=$(now)
  (cd "$dir" && exec java -Xmx384m "${EXTRA[@]}" -jar "$JAR" --spring.profiles.active=demo --server.port=$PORT \
     > "$dir/app.log" 2>&1) &
  pid=$!
  healthy=""
  for _ in $(seq 1 1200); do
    if curl -s "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      healthy=$(echo "$(now) - $t0" | bc); break
    fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  heap="-"
  if [ -n "$healthy" ]; then
    jcmd $pid GC.run >/dev/null 2>&1 || true
    heap=$(jcmd $pid GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}')
  fi
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  rm -rf "$dir"
  printf '%3d  %9s  %13s\n' "$run" "${healthy:-failed}" "$heap"
  [ -n "$healthy" ] && times+=("$healthy")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m=$(median "${times[@]}"); b=$(median "${baseline[@]}")
printf '\nmedian healthy: %ss   baseline (java -version): %ss   ratio: %.1fx\n' "$m" "$b" "$(echo "$m / $b" | bc -l)"
