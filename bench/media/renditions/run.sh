#!/usr/bin/env bash
# Times Warta's picture renditions against vipsthumbnail. Usage: bench/media/renditions/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v vips >/dev/null || { echo "vips is not installed: nothing to compare with" >&2; exit 1; }
./mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
classes=target/bench-classes
mkdir -p "$classes"
classpath="target/classes:$(cat target/bench-classpath.txt)"
# Compiled, not run as a single source file: the launcher's own class loader could not reach the processor's
# package-private factories.
javac -d "$classes" -cp "$classpath" bench/media/renditions/RenditionBench.java
java -cp "$classes:$classpath" id.warta.media.internal.image.RenditionBench "${1:-5}"
