#!/usr/bin/env bash
# Start-up benchmark on the embedded H2 default: wall time from launching the packaged application to the first
# GET /actuator/health answering UP, CPU time used by then, and memory after start (heap in use after a full GC,
# metaspace, resident set). Every start runs in a fresh, empty working directory, so ./data (the H2 file database)
# is new: the schema is migrated and the demo agency loaded each time.
#
# It builds nothing: package first (./mvnw -q -B package -DskipTests), or name a jar with -j.
#
# Usage:
#   bench/startup/measure.sh [-n RUNS] [-j JAR] [-t TIMEOUT_S] [-s SETTLE_S] [-l LOGDIR] [JVM flags...] [-- Spring args...]
#   bench/startup/measure.sh [-n RUNS] [-j JAR] ... -f VARIANTS_FILE
#
#   -n RUNS      starts per variant (default 3); the median is reported
#   -j JAR       the application jar (default: target/warta-*.jar)
#   -t TIMEOUT_S give up on a start after this many seconds (default 120)
#   -s SETTLE_S  wait after UP before measuring memory, so the runners have finished (default 3)
#   -l LOGDIR    keep each start's log there (default: logs are deleted)
#   -f FILE      several variants, one a line: "label | JVM flags | Spring args" (# starts a comment); the starts
#                are interleaved (run 1 of every variant, then run 2, ...) so that drift hits all alike
#
# Every start gets -Xmx384m, --spring.profiles.active=demo, a free --server.port and --server.address=127.0.0.1;
# the script itself only talks to 127.0.0.1. Two tokens may appear among the JVM flags:
#   @extracted  run the jar extracted by Spring Boot's tools jar mode (java -Djarmode=tools -jar ... extract)
#   @cds        the same, with a class-data-sharing archive made once per script run by a training start
#               (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh), used with -XX:SharedArchiveFile
#
# Baseline, measured in the same run and interleaved with the variants: bench/startup/Baseline.java, a bare JVM
# (same -Xmx384m, same empty directory) that opens the port and answers /actuator/health with UP, polled exactly
# like the application. Ratios are "variant median / baseline median".
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${RUNS:-3}; JAR=""; TIMEOUT=120; SETTLE=3; LOGDIR=""; VARIANTS_FILE=""; CDS_TRAINING=full; COMMON=""
XMX=-Xmx384m
while getopts "n:j:t:s:l:f:c:x:h" opt; do
	case $opt in
		n) RUNS=$OPTARG ;; j) JAR=$OPTARG ;; t) TIMEOUT=$OPTARG ;; s) SETTLE=$OPTARG ;; l) LOGDIR=$OPTARG ;;
		f) VARIANTS_FILE=$OPTARG ;; c) CDS_TRAINING=$OPTARG ;; x) COMMON=$OPTARG ;;
		*) sed -n '2,32p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
	esac
done
shift $((OPTIND - 1))

if [ -z "$JAR" ]; then
	JAR=$(ls "$ROOT"/target/warta-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
fi
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no application jar: run ./mvnw -q -B package -DskipTests first, or pass -j JAR" >&2; exit 2; }
JAR=$(realpath "$JAR")
for tool in java javac jcmd jstat curl; do
	command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

# ---- variants -----------------------------------------------------------------------------------------------------
LABELS=(); JVMS=(); APPS=()
trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; s=${s%"${s##*[![:space:]]}"}; printf '%s' "$s"; }
if [ -n "$VARIANTS_FILE" ]; then
	[ $# -eq 0 ] || { echo "give either -f or flags, not both" >&2; exit 2; }
	while IFS= read -r line; do
		line=${line%%#*}; [ -n "$(trim "$line")" ] || continue
		IFS='|' read -r label jvm app <<<"$line"
		LABELS+=("$(trim "$label")"); JVMS+=("$(trim "${jvm:-}")"); APPS+=("$(trim "${app:-}")")
	done <"$VARIANTS_FILE"
else
	jvm=(); app=(); seen=0
	for a in "$@"; do
		if [ "$a" = "--" ] && [ $seen -eq 0 ]; then seen=1; continue; fi
		if [ $seen -eq 0 ]; then jvm+=("$a"); else app+=("$a"); fi
	done
	label="${jvm[*]:-} ${app[*]:-}"; label=$(trim "$label")
	LABELS+=("${label:-default}"); JVMS+=("${jvm[*]:-}"); APPS+=("${app[*]:-}")
fi
NV=${#LABELS[@]}

# ---- housekeeping ------------------------------------------------------------------------------------------------
WORK=$(mktemp -d /tmp/warta-startup.XXXXXX)
cleanup() { # the start under way, if any, is recorded in $WORK/pid (starts run in command substitutions)
	local pid
	pid=$(cat "$WORK/pid" 2>/dev/null)
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[ -z "$LOGDIR" ] || mkdir -p "$LOGDIR"

free_port() {
	local p
	while :; do
		p=$((20000 + RANDOM % 40000))
		(exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }
	done
}
CLK_TCK=$(getconf CLK_TCK)
cpu_seconds() { # user+system CPU time of a process so far, all threads
	awk -v t="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$1/stat" 2>/dev/null
}
memory() { # "heap_MiB metaspace_MiB rss_MiB" after a full GC
	local pid=$1
	jcmd "$pid" GC.run >/dev/null 2>&1
	local gc
	gc=$(jstat -gc "$pid" 2>/dev/null | awk 'NR==1 { for (i = 1; i <= NF; i++) c[$i] = i }
		NR==2 { printf "%.0f %.0f ", ($(c["S0U"]) + $(c["S1U"]) + $(c["EU"]) + $(c["OU"])) / 1024, $(c["MU"]) / 1024 }')
	if [ -z "$gc" ]; then # no jstat data (e.g. -XX:-UsePerfData): read GC.heap_info instead
		gc=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '
			/Metaspace/ { if (match($0, /used [0-9]+K/)) meta = substr($0, RSTART + 5, RLENGTH - 6); next }
			/class space/ { next }
			match($0, /used [0-9]+K/) { heap += substr($0, RSTART + 5, RLENGTH - 6) }
			END { printf "%.0f %.0f ", heap / 1024, meta / 1024 }')
	fi
	printf '%s' "$gc"
	awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null
}
stop() {
	local pid=$1
	kill "$pid" 2>/dev/null
	for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	rm -f "$WORK/pid"
}

# One start. Arguments: log name, then the whole command line after "java". Prints
# "healthy_s started_s cpu_s heap_MiB meta_MiB rss_MiB", "-" where unknown, "failed ..." when it never became UP.
measure_start() {
	local name=$1; shift
	local dir port t0 pid healthy="" cpu="-" mem="- - -" started="-" deadline
	dir=$(mktemp -d "$WORK/run.XXXXXX"); port=$(free_port)
	local args=("$@")
	args=("${args[@]//@PORT@/$port}")
	t0=$EPOCHREALTIME
	(cd "$dir" && exec java "${args[@]}" >"$dir/app.log" 2>&1) &
	pid=$!; echo "$pid" >"$WORK/pid"
	deadline=$(( ${t0%.*} + TIMEOUT ))
	while :; do
		if curl -s -m 2 --noproxy '*' "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
			healthy=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
			cpu=$(cpu_seconds "$pid")
			break
		fi
		kill -0 "$pid" 2>/dev/null || break
		[ "${EPOCHREALTIME%.*}" -lt "$deadline" ] || break
		sleep 0.1
	done
	if [ -n "$healthy" ]; then
		sleep "$SETTLE"
		mem=$(memory "$pid")
	fi
	stop "$pid"
	started=$(grep -o 'process running for [0-9.]*' "$dir/app.log" | head -1 | awk '{ printf "%.2f", $4 }')
	[ -z "$LOGDIR" ] || cp "$dir/app.log" "$LOGDIR/$name.log"
	if [ -z "$healthy" ]; then
		echo "failed (see log: $(tail -c 300 "$dir/app.log" | tr '\n' ' '))" >&2
		echo "failed - - - - -"
	else
		echo "$healthy ${started:--} $cpu $mem"
	fi
	rm -rf "$dir"
}

# ---- preparation -------------------------------------------------------------------------------------------------
mkdir -p "$WORK/baseline"
javac -d "$WORK/baseline" "$ROOT/bench/startup/Baseline.java" || exit 1

JAR_NAME=$(basename "$JAR")
if printf '%s\n' "${JVMS[@]}" | grep -q '@extracted\|@cds'; then
	echo "extracting $JAR_NAME (java -Djarmode=tools -jar $JAR_NAME extract) ..." >&2
	java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null || exit 1
fi
if printf '%s\n' "${JVMS[@]}" | grep -q '@cds'; then
	echo "training start for the class-data-sharing archive ($CDS_TRAINING) ..." >&2
	tdir=$(mktemp -d "$WORK/train.XXXXXX"); tport=$(free_port)
	if [ "$CDS_TRAINING" = refresh ]; then
		# Spring's documented way: the JVM exits (and writes the archive) as soon as the context is refreshed
		(cd "$tdir" && timeout "$TIMEOUT" java $XMX $COMMON -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh \
			-jar "$WORK/extracted/$JAR_NAME" --spring.profiles.active=demo --server.port="$tport" \
			--server.address=127.0.0.1 >"$tdir/train.log" 2>&1)
	else
		# a whole start: until UP, one health request, then a normal stop (SIGTERM), which writes the archive
		(cd "$tdir" && exec java $XMX $COMMON -XX:ArchiveClassesAtExit="$WORK/app.jsa" \
			-jar "$WORK/extracted/$JAR_NAME" --spring.profiles.active=demo --server.port="$tport" \
			--server.address=127.0.0.1 >"$tdir/train.log" 2>&1) &
		tpid=$!; echo "$tpid" >"$WORK/pid"; deadline=$(( ${EPOCHREALTIME%.*} + TIMEOUT ))
		until curl -s -m 2 --noproxy '*' "http://127.0.0.1:$tport/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
			kill -0 "$tpid" 2>/dev/null && [ "${EPOCHREALTIME%.*}" -lt "$deadline" ] || break
			sleep 0.2
		done
		sleep "$SETTLE"
		stop "$tpid"
	fi
	[ -f "$WORK/app.jsa" ] || { echo "no CDS archive was written:" >&2; tail -20 "$tdir/train.log" >&2; exit 1; }
	echo "archive: $(du -m "$WORK/app.jsa" | cut -f1) MiB" >&2
	rm -rf "$tdir"
fi

command_for() { # the java arguments of variant $1
	local i=$1 flags=() f target=$JAR
	for f in ${JVMS[$i]}; do
		case $f in
			@extracted) target=$WORK/extracted/$JAR_NAME ;;
			@cds) target=$WORK/extracted/$JAR_NAME; flags+=("-XX:SharedArchiveFile=$WORK/app.jsa") ;;
			*) flags+=("$f") ;;
		esac
	done
	# shellcheck disable=SC2206
	local app=(${APPS[$i]})
	echo "$XMX $COMMON ${flags[*]} -jar $target --spring.profiles.active=demo --server.port=@PORT@ --server.address=127.0.0.1 ${app[*]}"
}

# ---- the run -----------------------------------------------------------------------------------------------------
echo "# $(date -u +%FT%TZ)  $(nproc) cores, $(free -h | awk '/^Mem/ { print $2 }') RAM, $(java -version 2>&1 | head -1)"
echo "# jar: $JAR_NAME ($(du -m "$JAR" | cut -f1) MiB, $(date -u -r "$JAR" +%FT%TZ)), runs: $RUNS"
cpu_busy() { # per cent of all cores busy during the next 2 seconds
	local a b
	a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat); sleep 2
	b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
	echo "$a $b" | awk '{ t = ($3 - $1) + ($4 - $2); printf "%.0f", t ? 100 * ($3 - $1) / t : 0 }'
}
busy=$(cpu_busy)
echo "# CPU busy before the run: $busy %"
[ "$busy" -lt 15 ] || echo "# warning: something else is using the CPU; the figures will be slower than on an idle machine"
printf '%-4s %-44s %9s %9s %7s %9s %9s %8s\n' run variant healthy_s started_s cpu_s heap_MiB meta_MiB rss_MiB

declare -A RESULTS
for run in $(seq 1 "$RUNS"); do
	r=$(measure_start "baseline-$run" $XMX -cp "$WORK/baseline" Baseline @PORT@)
	RESULTS[base,$run]=$r
	read -r h s c hp m rs <<<"$r"
	printf '%-4s %-44.44s %9s %9s %7s %9s %9s %8s\n' "$run" "baseline (bare JVM + HTTP)" "$h" "$s" "$c" "$hp" "$m" "$rs"
	for i in $(seq 0 $((NV - 1))); do
		# shellcheck disable=SC2046
		r=$(measure_start "v$i-$run" $(command_for "$i"))
		RESULTS[$i,$run]=$r
		read -r h s c hp m rs <<<"$r"
		printf '%-4s %-44.44s %9s %9s %7s %9s %9s %8s\n' "$run" "${LABELS[$i]}" "$h" "$s" "$c" "$hp" "$m" "$rs"
	done
done

median() { # median of the numeric arguments ("-" and "failed" ignored)
	printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -n | awk '{ a[NR] = $1 }
		END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
column_of() { # column_of KEY FIELD: the FIELD-th figure of every run of KEY
	local run
	for run in $(seq 1 "$RUNS"); do echo "${RESULTS[$1,$run]}" | awk -v f="$2" '{ print $f }'; done
}
base=$(median $(column_of base 1))
echo
echo "| variant | healthy, median s | ratio to baseline | \"Started\" (process) s | CPU s by UP | heap used MiB | metaspace MiB | RSS MiB |"
echo "|---|---|---|---|---|---|---|---|"
echo "| baseline: bare JVM answering /actuator/health | $base | 1 | - | $(median $(column_of base 3)) | $(median $(column_of base 4)) | $(median $(column_of base 5)) | $(median $(column_of base 6)) |"
for i in $(seq 0 $((NV - 1))); do
	m=$(median $(column_of "$i" 1))
	ratio=$(awk -v a="$m" -v b="$base" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.0f", a / b }')
	fails=$(column_of "$i" 1 | grep -c failed)
	note=""; [ "$fails" -eq 0 ] || note=" ($fails of $RUNS failed)"
	echo "| ${LABELS[$i]}$note | $m | $ratio | $(median $(column_of "$i" 2)) | $(median $(column_of "$i" 3)) | $(median $(column_of "$i" 4)) | $(median $(column_of "$i" 5)) | $(median $(column_of "$i" 6)) |"
done
