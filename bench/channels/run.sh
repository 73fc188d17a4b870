#!/usr/bin/env bash
# Times a story from "Terbitkan" to all seven social channels confirmed, against WireMock stubs that answer at
# once, and the dispatcher's overhead per publication. See bench/channels/README.md.
# Usage: bench/channels/run.sh [-n STORIES] [-w WARM_UPS] [-p POLL_INTERVAL] [-v VIDEO_BYTES] [-l STUB_LATENCY_MS]
#   defaults: -n 10 -w 2 -p 50ms -v 1048576 -l 0 (no delay in the stubs: the figures of README.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-test-classpath.txt \
	-Dmdep.includeScope=test
echo "$(date -u +%Y-%m-%dT%H:%MZ), load:$(uptime | sed 's/.*load average://')"
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-test-classpath.txt)" \
	bench/channels/DispatchBench.java "$@"
