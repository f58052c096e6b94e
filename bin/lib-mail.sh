# shellcheck shell=bash
# A local SMTP server for bin/consigna run: GreenMail standalone (from Maven Central, through the project's Maven),
# SMTP on 127.0.0.1:$MAIL_SMTP_PORT, its REST API and web page on 127.0.0.1:$MAIL_API_PORT (never 8080: Payara's).
# Source it after lib.sh; functions return non-zero on failure.
#
# Environment: MAIL_SMTP_PORT (3025), MAIL_API_PORT (18090), GREENMAIL_VERSION (2.1.13).

MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_API_PORT="${MAIL_API_PORT:-18090}"
GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.13}"
MAIL_API_URL="http://127.0.0.1:$MAIL_API_PORT"
GREENMAIL_PID_FILE="$RUN_DIR/greenmail.pid"
GREENMAIL_LOG="$RUN_DIR/greenmail.log"
GREENMAIL_JAR="${GREENMAIL_JAR:-$HOME/.m2/repository/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar}"

# The server sends to this GreenMail (its defaults are 127.0.0.1:3025; say so when the port moves).
export CONSIGNA_MAIL_SMTP_HOST="${CONSIGNA_MAIL_SMTP_HOST:-127.0.0.1}"
export CONSIGNA_MAIL_SMTP_PORT="${CONSIGNA_MAIL_SMTP_PORT:-$MAIL_SMTP_PORT}"

greenmail_ready() { [[ "$(http_status "$MAIL_API_URL/api/service/readiness")" == 200 ]]; }

greenmail_pid() {
  [[ -f "$GREENMAIL_PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$GREENMAIL_PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# ensure_greenmail: start GreenMail unless it answers already; fetch its jar once.
ensure_greenmail() {
  if greenmail_ready; then
    return 0
  fi
  if [[ ! -f "$GREENMAIL_JAR" ]]; then
    log "fetching com.icegreen:greenmail-standalone:$GREENMAIL_VERSION"
    (cd "$CONSIGNA_ROOT" && ./mvnw -q dependency:get -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION") \
      || { warn "could not fetch GreenMail"; return 1; }
  fi
  mkdir -p "$RUN_DIR"
  : > "$GREENMAIL_LOG"
  log "starting GreenMail: SMTP 127.0.0.1:$MAIL_SMTP_PORT, API $MAIL_API_URL (log $GREENMAIL_LOG)"
  setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' _ "$GREENMAIL_PID_FILE" \
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" -Dgreenmail.auth.disabled \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -jar "$GREENMAIL_JAR" \
      < /dev/null >> "$GREENMAIL_LOG" 2>&1 &
  local i
  for i in $(seq 1 100); do
    greenmail_ready && return 0
    sleep 0.3
  done
  warn "GreenMail did not answer on $MAIL_API_URL (see $GREENMAIL_LOG)"
  return 1
}

greenmail_stop() {
  local pid
  if pid="$(greenmail_pid)"; then
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    rm -f "$GREENMAIL_PID_FILE"
    log "GreenMail stopped"
  fi
}
