#!/usr/bin/env bash
# Times Warta's search index against a plain StandardAnalyzer index. Usage: bench/search/run.sh [stories] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classes=target/bench-classes
mkdir -p "$classes"
classpath="target/classes:$(cat target/bench-classpath.txt)"
# Compiled into the index's package: its classes are package-private.
javac -d "$classes" -cp "$classpath" bench/search/SearchBench.java
java -Xmx3g -cp "$classes:$classpath" id.warta.site.search.SearchBench "${1:-50000}" "${2:-5}"
