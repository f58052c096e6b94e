#!/usr/bin/env bash
# Fetch, configure, start and stop a local Keycloak for the demo and for integration tests.
#
#   bin/keycloak.sh start    fetch + unpack if needed, (re)import keycloak/consigna-realm.json, start, wait until ready
#   bin/keycloak.sh stop     stop the Keycloak this script started (whole process group) and wait for it to exit
#   bin/keycloak.sh status   print state; exit 0 when ready, 1 otherwise
#   bin/keycloak.sh url      print the base URL (http://127.0.0.1:$KEYCLOAK_PORT)
#
# Environment:
#   KEYCLOAK_PORT             HTTP port (default 8180)
#   KEYCLOAK_MANAGEMENT_PORT  management port with /health (default 9180)
#   KEYCLOAK_START_TIMEOUT    seconds to wait for /health/ready (default 240)
#   KEYCLOAK_CLEAN=1          start from empty data (drop the dev H2 database) even if the realm file did not change
#
# The server lives in <repo>/.keycloak/keycloak-<version> (git-ignored, outside target/ so that
# `mvn clean` does not throw away the one-time Quarkus build). Pid file and log are in .keycloak/.
# Admin console: http://127.0.0.1:8180/admin (admin/admin). Dev only.
#
# Realm re-import: `--import-realm` only imports a realm that does not exist yet, and in dev mode
# the H2 database lives in <dist>/data/h2. `start` stores the sha256 of keycloak/consigna-realm.json
# in .keycloak/realm.sha256 and deletes <dist>/data/h2 whenever the realm file's content differs from
# it (content, not mtime: git checkouts change mtimes both ways). So an unchanged realm file keeps the
# data (users and organizations made by a demo survive a restart), a changed one is re-imported into a
# fresh database. KEYCLOAK_CLEAN=1 forces a fresh database. Tests use random names, so either is fine.
set -euo pipefail

KC_VERSION=26.7.3
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-240}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/.keycloak"
DIST="$WORK/keycloak-$KC_VERSION"
REALM_FILE="$ROOT/keycloak/consigna-realm.json"
PID_FILE="$WORK/keycloak.pid"
LOG_FILE="$WORK/keycloak.log"
REALM_MARKER="$WORK/realm.sha256"
LOCK_FILE="$WORK/keycloak.lock"
BASE_URL="http://127.0.0.1:$KEYCLOAK_PORT"
READY_URL="http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready"

log() { echo "keycloak.sh: $*" >&2; }

is_ready() {
  curl -fsS -o /dev/null --max-time 3 "$READY_URL" 2>/dev/null
}

# Pid of the session/process-group leader we started (setsid makes pid == pgid), if still alive.
running_pgid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pgid
  pgid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pgid" =~ ^[0-9]+$ ]] || return 1
  # any process left in the group?
  if kill -0 -- "-$pgid" 2>/dev/null; then
    echo "$pgid"
    return 0
  fi
  return 1
}

fetch_and_unpack() {
  if [[ -x "$DIST/bin/kc.sh" ]]; then
    return 0
  fi
  local zip_name="keycloak-quarkus-dist-$KC_VERSION.zip"
  local download="$WORK/download"
  local m2_zip="${HOME}/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/$zip_name"
  mkdir -p "$download"
  if [[ ! -f "$download/$zip_name" ]]; then
    log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip with the Maven wrapper"
    # -N: only the parent pom, so a module that another engineer is editing cannot break the fetch.
    if ! (cd "$ROOT" && ./mvnw -q -N dependency:copy \
          "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
          "-DoutputDirectory=$download" >&2); then
      if [[ -f "$m2_zip" ]]; then
        log "Maven fetch failed; using $m2_zip"
        cp "$m2_zip" "$download/$zip_name"
      else
        log "could not fetch Keycloak $KC_VERSION"
        return 1
      fi
    fi
  fi
  log "unpacking $zip_name to $DIST"
  local tmp="$WORK/unpack.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$download/$zip_name" -d "$tmp"
  rm -rf "$DIST"
  mv "$tmp/keycloak-$KC_VERSION" "$DIST"
  rm -rf "$tmp"
  # The zip stays in ~/.m2; no need for a second 170 MiB copy here.
  rm -f "$download/$zip_name"
}

# Decide whether the dev database must be dropped so that the realm file is imported again.
prepare_data() {
  local sum
  sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  if [[ "${KEYCLOAK_CLEAN:-0}" == "1" ]]; then
    log "KEYCLOAK_CLEAN=1: starting from an empty database"
    rm -rf "$DIST/data/h2"
  elif [[ ! -f "$REALM_MARKER" || "$(cat "$REALM_MARKER")" != "$sum" ]]; then
    if [[ -d "$DIST/data/h2" ]]; then
      log "realm file changed since last import: dropping $DIST/data/h2 to re-import it"
    fi
    rm -rf "$DIST/data/h2"
  fi
  mkdir -p "$DIST/data/import"
  rm -f "$DIST/data/import/"*.json
  cp "$REALM_FILE" "$DIST/data/import/consigna-realm.json"
  echo "$sum" > "$REALM_MARKER"
}

wait_ready() {
  local pgid="$1" start now
  start=$(date +%s)
  while true; do
    if is_ready; then
      now=$(date +%s)
      log "ready at $BASE_URL after $((now - start)) s (log: $LOG_FILE)"
      return 0
    fi
    if ! kill -0 -- "-$pgid" 2>/dev/null; then
      log "Keycloak exited before becoming ready; last lines of $LOG_FILE:"
      tail -n 60 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      return 1
    fi
    now=$(date +%s)
    if (( now - start >= KEYCLOAK_START_TIMEOUT )); then
      log "not ready after ${KEYCLOAK_START_TIMEOUT} s; last lines of $LOG_FILE:"
      tail -n 60 "$LOG_FILE" >&2 || true
      return 1
    fi
    sleep 1
  done
}

do_start() {
  if is_ready; then
    log "already ready at $BASE_URL"
    return 0
  fi
  mkdir -p "$WORK"
  # Serialise concurrent starts (e.g. two test JVMs) and the download/unpack.
  exec 9>"$LOCK_FILE"
  flock 9
  if is_ready; then
    log "already ready at $BASE_URL"
    return 0
  fi
  local pgid
  if pgid="$(running_pgid)"; then
    log "Keycloak (pgid $pgid) is already starting; waiting for it"
    wait_ready "$pgid"
    return $?
  fi
  if curl -s -o /dev/null --max-time 2 "$BASE_URL/" 2>/dev/null; then
    log "port $KEYCLOAK_PORT answers but $READY_URL is not ready: something else is listening there"
    return 1
  fi
  fetch_and_unpack
  prepare_data
  log "starting Keycloak $KC_VERSION on $BASE_URL (management $KEYCLOAK_MANAGEMENT_PORT); log: $LOG_FILE"
  : > "$LOG_FILE"
  # setsid: own session and process group, so that stop can kill kc.sh and its java child together.
  # The inner shell writes its own pid (== pgid) before exec'ing kc.sh.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' _ "$PID_FILE" \
      "$DIST/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 \
      "--http-port=$KEYCLOAK_PORT" \
      "--http-management-port=$KEYCLOAK_MANAGEMENT_PORT" \
      "--hostname=$BASE_URL" \
      --health-enabled=true \
      --import-realm \
      < /dev/null >> "$LOG_FILE" 2>&1 9>&- &
  local i
  for i in $(seq 1 50); do
    [[ -s "$PID_FILE" ]] && break
    sleep 0.1
  done
  pgid="$(cat "$PID_FILE")"
  wait_ready "$pgid"
}

do_stop() {
  local pgid
  if ! pgid="$(running_pgid)"; then
    rm -f "$PID_FILE"
    if is_ready; then
      log "a Keycloak is answering on $READY_URL but it was not started by this script (no live pid file); not stopping it"
      return 1
    fi
    log "not running"
    return 0
  fi
  log "stopping Keycloak (process group $pgid)"
  kill -TERM -- "-$pgid" 2>/dev/null || true
  local i
  for i in $(seq 1 300); do           # up to 30 s for a graceful shutdown
    kill -0 -- "-$pgid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 -- "-$pgid" 2>/dev/null; then
    log "still alive after 30 s; sending KILL"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    for i in $(seq 1 100); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

do_status() {
  local pgid=""
  pgid="$(running_pgid || true)"
  if is_ready; then
    echo "ready $BASE_URL${pgid:+ (pgid $pgid)}"
    return 0
  elif [[ -n "$pgid" ]]; then
    echo "starting (pgid $pgid), not ready yet"
    return 1
  else
    echo "stopped"
    return 1
  fi
}

case "${1:-}" in
  start)  do_start ;;
  stop)   do_stop ;;
  status) do_status ;;
  url)    echo "$BASE_URL" ;;
  *)
    echo "usage: $0 {start|stop|status|url}" >&2
    exit 2
    ;;
esac
