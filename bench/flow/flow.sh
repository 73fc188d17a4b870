#!/usr/bin/env bash
# One complete SOP flow through the JSON API — material with a photo, story, submit, approve, publish — until the
# public page answers 200, repeated N times against a running Warta (demo profile). Baseline in the same run:
# an authenticated GET of the staff's own material list, the cheapest signed-in API round trip.
# Usage: bench/flow/flow.sh [base-url] [flows]     e.g. bench/flow/flow.sh http://127.0.0.1:8080 20
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
FLOWS=${2:-20}
PASSWORD=warta-demo-2026
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A complete 16 x 16 JPEG (uploads are checked for completeness).
echo '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgEBAQEBAUFBQUFBQYGBgYGBgYGBgYGBgYHBwcICAgHBwcGBgcHCAgICAkJCQgICAgJCQoKCgwMCwsODg4RERT/xABMAAEBAAAAAAAAAAAAAAAAAAAABwEBAQAAAAAAAAAAAAAAAAAABQcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAQABADASIAAhEAAxEA/9oADAMBAAIRAxEAPwCOAL+Lf//Z' | base64 -d > "$WORK/foto.jpg"

login() { # user -> cookie jar + csrf token in $WORK/<user>.csrf
  local jar="$WORK/$1.jar"
  curl -s -c "$jar" -b "$jar" "$BASE/masuk" > "$WORK/login.html"
  local token; token=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=$PASSWORD&_csrf=$token" "$BASE/masuk"
  curl -s -c "$jar" -b "$jar" "$BASE/api/v1/csrf" | sed 's/.*"token":"\([^"]*\)".*/\1/' > "$WORK/$1.csrf"
}
api() { # user method path [curl args...]
  local user=$1 method=$2 path=$3; shift 3
  curl -s -f -c "$WORK/$user.jar" -b "$WORK/$user.jar" -H "X-CSRF-TOKEN: $(cat "$WORK/$user.csrf")" \
    -X "$method" "$BASE$path" "$@"
}
json() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -1; }
now() { date +%s%N; }

for user in kontributor admin.konten penyaring; do login "$user"; done

flow_ms=()
for i in $(seq 1 "$FLOWS"); do
  t0=$(now)
  material=$(api kontributor POST /api/v1/materials -F "title=Uji alur $i $(date +%s%N)" \
    -F "activityAt=2026-11-20T02:00:00Z" -F "files=@$WORK/foto.jpg;type=image/jpeg" -F "captions=Foto uji" | json id)
  story=$(api admin.konten POST /api/v1/stories -H 'Content-Type: application/json' \
    -d "{\"materialIds\":[$material],\"type\":\"NEWS\"}" | json id)
  api admin.konten POST "/api/v1/stories/$story/submit" > /dev/null
  api penyaring POST "/api/v1/stories/$story/decisions" -H 'Content-Type: application/json' \
    -d '{"decision":"APPROVE","revision":1}' > /dev/null
  path=$(api admin.konten POST "/api/v1/stories/$story/publish" | json publicPath)
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  t1=$(now)
  [ "$code" = 200 ] || { echo "flow $i: public page answered $code" >&2; exit 1; }
  flow_ms+=($(( (t1 - t0) / 1000000 )))
done

base_ms=()
for i in $(seq 1 "$FLOWS"); do
  t0=$(now); api kontributor GET /api/v1/materials/mine > /dev/null; t1=$(now)
  base_ms+=($(( (t1 - t0) / 1000000 )))
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
f=$(median "${flow_ms[@]}"); b=$(median "${base_ms[@]}")
echo "flows: $FLOWS   median flow: ${f} ms   median baseline round trip: ${b} ms   ratio: $(echo "scale=1; $f / ($b + 0.0001)" | bc)"
