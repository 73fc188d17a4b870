#!/usr/bin/env bash
# An article page served by Warta against the same HTML served by nginx as a static file, in the same run on the
# same machine: wrk at 64 connections for 20 s each, after a short warm-up. Prints requests/s, p99 latency and
# the ratio Warta/nginx.
#
# Starts the packaged application (demo profile, H2 in a temporary folder) on a free port, publishes one article
# through the JSON API (material with a photo, story, submit, approve, publish), saves its HTML and serves that
# with nginx (non-daemon, generated configuration, free port). Everything lives in a temporary folder that is
# removed at the end.
#
# Usage: bench/site/article.sh                       (after ./mvnw -q package -DskipTests)
# Environment: DURATION (default 20s), CONNECTIONS (64), THREADS (2), WARMUP (10s),
#              WARTA_ARGS for more application arguments (e.g. --warta.site.page-cache.enabled=false),
#              WARTA_URL + ARTICLE_PATH to measure an already running Warta and an existing article instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
PASSWORD=warta-demo-2026

for tool in java curl wrk nginx python3; do
  command -v "$tool" > /dev/null || { echo "missing: $tool (Debian: apt-get install -y nginx wrk)" >&2; exit 1; }
done

WORK=$(mktemp -d)
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2> /dev/null && wait "$NGINX_PID" 2> /dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

if [ -z "${WARTA_URL:-}" ]; then
  JAR=$(ls target/warta-*.jar 2> /dev/null | grep -v -- '-plain' | head -1 || true)
  [ -n "$JAR" ] || { echo "no target/warta-*.jar: run ./mvnw -q package -DskipTests first" >&2; exit 1; }
  JAR=$(realpath "$JAR")
  PORT=$(free_port)
  WARTA_URL="http://127.0.0.1:$PORT"
  echo "starting Warta on $WARTA_URL (log: $WORK/warta.log)"
  # From the temporary folder: H2, media and the seal key all go under its ./data.
  (cd "$WORK" && exec java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --warta.site.base-url="$WARTA_URL" ${WARTA_ARGS:-} > "$WORK/warta.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 180); do
    curl -s "$WARTA_URL/actuator/health" 2> /dev/null | grep -q '"UP"' && break
    kill -0 "$APP_PID" 2> /dev/null || { tail -40 "$WORK/warta.log" >&2; exit 1; }
    sleep 1
  done
fi

if [ -z "${ARTICLE_PATH:-}" ]; then
  login() { # user -> cookie jar and CSRF token for the API
    local jar="$WORK/$1.jar" token
    token=$(curl -s -c "$jar" -b "$jar" "$WARTA_URL/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
      | sed 's/.*value="//; s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=$PASSWORD&_csrf=$token" "$WARTA_URL/masuk"
    curl -s -c "$jar" -b "$jar" "$WARTA_URL/api/v1/csrf" | sed 's/.*"token":"\([^"]*\)".*/\1/' > "$WORK/$1.csrf"
  }
  api() { # user method path [curl args...]
    local user=$1 method=$2 path=$3; shift 3
    curl -s -f -c "$WORK/$user.jar" -b "$WORK/$user.jar" -H "X-CSRF-TOKEN: $(cat "$WORK/$user.csrf")" \
      -X "$method" "$WARTA_URL$path" "$@"
  }
  json() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
  for user in kontributor admin.konten penyaring; do login "$user"; done
  # A whole picture: uploads are checked, a truncated file is refused.
  java bench/site/Photo.java "$WORK/foto.jpg"
  material=$(api kontributor POST /api/v1/materials -F "title=Peresmian taman kota $(date +%s)" \
    -F "description=Wali Kota meresmikan taman kota yang baru ditata bersama warga." \
    -F "activityAt=2026-11-20T02:00:00Z" -F "files=@$WORK/foto.jpg;type=image/jpeg" -F "captions=Taman kota" \
    | json id)
  story=$(api admin.konten POST /api/v1/stories -H 'Content-Type: application/json' \
    -d "{\"materialIds\":[$material],\"type\":\"NEWS\"}" | json id)
  api admin.konten POST "/api/v1/stories/$story/submit" > /dev/null
  api penyaring POST "/api/v1/stories/$story/decisions" -H 'Content-Type: application/json' \
    -d '{"decision":"APPROVE","revision":1}' > /dev/null
  ARTICLE_PATH=$(api admin.konten POST "/api/v1/stories/$story/publish" | json publicPath)
fi

mkdir -p "$WORK/www" "$WORK/nginx"
curl -s -f "$WARTA_URL$ARTICLE_PATH" -o "$WORK/www/article.html"
chmod -R a+rX "$WORK/www"
echo "article: $WARTA_URL$ARTICLE_PATH ($(wc -c < "$WORK/www/article.html") bytes of HTML)"

NGINX_PORT=$(free_port)
cat > "$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type text/html; try_files /article.html =404; }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.1; done

measure() { # name url -> "requests/s p99-in-ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$2" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/$1.wrk"
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$1.wrk")
  p99=$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' "$WORK/$1.wrk")
  grep -E 'Non-2xx|Socket errors' "$WORK/$1.wrk" >&2 || true
  echo "$rps $p99"
}

read -r warta_rps warta_p99 < <(measure warta "$WARTA_URL$ARTICLE_PATH")
read -r nginx_rps nginx_p99 < <(measure nginx "http://127.0.0.1:$NGINX_PORT$ARTICLE_PATH")
printf '%-8s %12s %12s\n' server 'requests/s' 'p99 (ms)'
printf '%-8s %12.0f %12.2f\n' warta "$warta_rps" "$warta_p99"
printf '%-8s %12.0f %12.2f\n' nginx "$nginx_rps" "$nginx_p99"
echo "ratio warta/nginx (requests/s): $(python3 -c "print(round($warta_rps / $nginx_rps, 3))")"
echo "cores: $(nproc), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
