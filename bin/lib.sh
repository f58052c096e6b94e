# shellcheck shell=bash
# Shared helpers for bin/consigna and bin/bench-provisioning. Source it; do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Everything here is dev tooling: fixed dev passwords, local PostgreSQL with trust auth.
# Functions return non-zero on failure instead of exiting, so callers decide.

# --- settings (environment wins) --------------------------------------------------------
CONSIGNA_ROOT="${CONSIGNA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
HTTP_PORT="${HTTP_PORT:-8080}"
DB_USER="${DB_USER:-postgres}"
DB_PASSWORD="${DB_PASSWORD:-postgres}"
DB_URL="${DB_URL:-jdbc:postgresql://localhost:5432/consigna}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:$KEYCLOAK_PORT}"
KEYCLOAK_REALM="${KEYCLOAK_REALM:-consigna}"
OPERATOR_USER="${OPERATOR_USER:-operator}"
OPERATOR_PASSWORD="${OPERATOR_PASSWORD:-operator}"
SERVER_START_TIMEOUT="${SERVER_START_TIMEOUT:-420}"
CONSIGNA_JAVA_OPTS="${CONSIGNA_JAVA_OPTS:-}"

# How long an alive but unhealthy server that is older than SERVER_START_TIMEOUT may take to answer
# again before server_start stops it and starts a new one.
SERVER_UNHEALTHY_GRACE="${SERVER_UNHEALTHY_GRACE:-20}"
# Clustered runs (bin/consigna run --nodes N, N > 1): node i listens on HTTP_PORT + i, HAProxy on
# HTTP_PORT; Hazelcast members on CLUSTER_START_PORT and up, all on 127.0.0.1.
CLUSTER_START_PORT="${CLUSTER_START_PORT:-7900}"
CLUSTER_NAME="${CLUSTER_NAME:-consigna}"

RUN_DIR="${CONSIGNA_RUN_DIR:-$CONSIGNA_ROOT/.run}"
SERVER_PID_FILE="$RUN_DIR/server.pid"
SERVER_LOG="$RUN_DIR/server.log"
BALANCER_PID_FILE="$RUN_DIR/haproxy.pid"
BALANCER_CFG="$RUN_DIR/haproxy.cfg"
PAYARA_JAR="${PAYARA_JAR:-$CONSIGNA_ROOT/consigna-server/target/payara-micro.jar}"
CONSIGNA_WAR="${CONSIGNA_WAR:-$CONSIGNA_ROOT/consigna-server/target/consigna.war}"
BASE_URL="http://localhost:$HTTP_PORT"
# The node the server_* functions act on (node_select changes it); BASE_URL is what users call.
SERVER_PORT="$HTTP_PORT"
SERVER_URL="$BASE_URL"
SERVER_NODE=0

# Host, port and database of DB_URL (jdbc:postgresql://HOST[:PORT]/NAME[?params]); psql uses them.
db_url_parts() {
  local rest="${1#jdbc:postgresql://}" hostport
  rest="${rest%%\?*}"
  hostport="${rest%%/*}"
  DB_NAME="${rest#*/}"
  DB_HOST="${hostport%%:*}"
  if [[ "$hostport" == *:* ]]; then DB_PORT="${hostport##*:}"; else DB_PORT=5432; fi
  [[ -n "$DB_HOST" ]] || DB_HOST=localhost
}
db_url_parts "$DB_URL"

export HTTP_PORT DB_URL DB_USER DB_PASSWORD KEYCLOAK_PORT KEYCLOAK_URL KEYCLOAK_REALM

# --- small things -----------------------------------------------------------------------
log()  { echo "consigna: $*" >&2; }
warn() { echo "consigna: WARNING: $*" >&2; }

# Milliseconds since the epoch (GNU date).
now_ms() { date +%s%3N; }

# Value of a top-level string field of a JSON document on stdin: json_field access_token
json_field() {
  local field="$1"
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$field" '.[$f] // empty'
  else
    tr -d '\n' | sed -n "s/.*\"$field\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p"
  fi
}

# HTTP status of a GET (000 when nothing answers). Extra curl args may follow the URL.
http_status() {
  local url="$1"; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" "$url" 2>/dev/null || true
}

# wait_for_url URL TIMEOUT_SECONDS [PID]  -- until GET URL answers 200.
# Gives up early when PID (if given) dies. Returns 0 when ready, 1 otherwise.
wait_for_url() {
  local url="$1" timeout="${2:-120}" pid="${3:-}" start
  start=$(date +%s)
  while true; do
    [[ "$(http_status "$url")" == 200 ]] && return 0
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "process $pid exited while waiting for $url"
      return 1
    fi
    if (( $(date +%s) - start >= timeout )); then
      log "$url not ready after $timeout s"
      return 1
    fi
    sleep 0.2
  done
}

# --- PostgreSQL -------------------------------------------------------------------------
# -w: never prompt; PGPASSWORD is only used when the server asks for a password.
psql_admin() { PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -w -v ON_ERROR_STOP=1 -X -q "$@"; }

pg_installed() { command -v psql >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null 2>&1; }

# Cluster on DB_PORT as "VERSION NAME" (first cluster when none uses the port).
pg_local_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local line
  line="$(pg_lsclusters -h 2>/dev/null | awk -v p="$DB_PORT" '$3 == p { print $1, $2; exit }')"
  [[ -n "$line" ]] || line="$(pg_lsclusters -h 2>/dev/null | awk 'NR == 1 { print $1, $2 }')"
  [[ -n "$line" ]] || return 1
  echo "$line"
}

# ensure_postgres: PostgreSQL answers on DB_HOST:DB_PORT, starting the local cluster if needed.
# Prints how to install it and returns 1 when it is not installed.
ensure_postgres() {
  if pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null; then
    return 0
  fi
  if ! pg_installed; then
    log "PostgreSQL is not installed (no psql/pg_ctlcluster). Install and start it with:"
    log "    apt-get install -y postgresql      # as root; then run this command again"
    log "or point DB_URL/DB_HOST/DB_PORT at a running PostgreSQL 15."
    return 1
  fi
  if [[ "$DB_HOST" != localhost && "$DB_HOST" != 127.0.0.1 ]]; then
    log "PostgreSQL at $DB_HOST:$DB_PORT does not answer (pg_isready) and is not local: start it, then retry"
    return 1
  fi
  local cluster
  if ! cluster="$(pg_local_cluster)"; then
    log "PostgreSQL is installed but has no cluster; create one with: pg_createcluster 15 main --start"
    return 1
  fi
  log "PostgreSQL is not running; starting cluster $cluster (pg_ctlcluster)"
  # shellcheck disable=SC2086
  if ! pg_ctlcluster --skip-systemctl-redirect $cluster start; then
    log "could not start PostgreSQL cluster $cluster (try as root: pg_ctlcluster --skip-systemctl-redirect $cluster start)"
    return 1
  fi
  local i
  for i in $(seq 1 60); do
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null && { log "PostgreSQL is up"; return 0; }
    sleep 0.5
  done
  log "PostgreSQL cluster $cluster started but $DB_HOST:$DB_PORT does not answer after 30 s"
  return 1
}

db_exists() {
  [[ "$(psql_admin -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" == 1 ]]
}

# ensure_database NAME: create it when missing.
ensure_database() {
  local name="$1"
  if ! psql_admin -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
    log "cannot connect as $DB_USER to $DB_HOST:$DB_PORT without a password; local PostgreSQL should trust it (see docs/operations.md)"
    return 1
  fi
  if db_exists "$name"; then
    return 0
  fi
  log "creating database $name"
  psql_admin -d postgres -c "CREATE DATABASE \"$name\""
}

# recreate_database NAME: drop (terminating its sessions) and create it empty.
recreate_database() {
  local name="$1"
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null
  psql_admin -d postgres -c "CREATE DATABASE \"$name\"" >/dev/null
}

# --- Keycloak / tokens --------------------------------------------------------------------
ensure_keycloak() {
  "$CONSIGNA_ROOT/bin/keycloak.sh" start
}

# operator_token: prints an access token of the dev operator (password grant, client consigna-cli).
# Retries for up to TOKEN_RETRY_SECONDS (60) in case Keycloak is (re)starting, e.g. when a test
# run restarts it after a realm change.
operator_token() {
  local body="" token="" start
  start=$(date +%s)
  while true; do
    body="$(curl -s --max-time 20 \
        -d grant_type=password -d client_id=consigna-cli \
        -d "username=$OPERATOR_USER" -d "password=$OPERATOR_PASSWORD" \
        -d 'scope=openid organization' \
        "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token")" || true
    token="$(printf '%s' "$body" | json_field access_token)"
    [[ -n "$token" ]] && break
    if (( $(date +%s) - start >= ${TOKEN_RETRY_SECONDS:-60} )); then
      log "no operator token from $KEYCLOAK_URL (is Keycloak up? bin/keycloak.sh status): ${body:0:300}"
      return 1
    fi
    sleep 2
  done
  printf '%s\n' "$token"
}

# --- the Payara Micro server(s) -------------------------------------------------------------
# The server_* functions act on one node: by default the single server (.run/server.pid, .run/server.log,
# HTTP_PORT, not clustered). node_select I points them at clustered node I (.run/nodeI.pid, .run/nodeI.log,
# port HTTP_PORT + I); node_select 0 goes back to the single server.
node_select() {
  SERVER_NODE="$1"
  if (( SERVER_NODE == 0 )); then
    SERVER_PID_FILE="$RUN_DIR/server.pid"; SERVER_LOG="$RUN_DIR/server.log"; SERVER_PORT="$HTTP_PORT"
  else
    SERVER_PID_FILE="$RUN_DIR/node$SERVER_NODE.pid"; SERVER_LOG="$RUN_DIR/node$SERVER_NODE.log"
    SERVER_PORT=$(( HTTP_PORT + SERVER_NODE ))
  fi
  SERVER_URL="http://localhost:$SERVER_PORT"
}

server_name() { if (( SERVER_NODE == 0 )); then echo server; else echo "node $SERVER_NODE"; fi; }

# Numbers of the clustered nodes that have a pid file (running or not), ascending.
cluster_nodes() {
  local f n
  for f in "$RUN_DIR"/node*.pid; do
    [[ -e "$f" ]] || continue
    n="${f##*/node}"; n="${n%.pid}"
    [[ "$n" =~ ^[0-9]+$ ]] && echo "$n"
  done | sort -n
}

# True when PID is a live (not zombie, not exiting) java running our Payara jar.
is_our_server() {
  local pid="$1" state cmd
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  state="$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ "$state" == Z || "$state" == X || -z "$state" ]] && return 1
  cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *java* && "$cmd" == *"-jar $PAYARA_JAR"* && "$cmd" == *"--port $SERVER_PORT"* ]]
}

# Pid of the server we started, if it is still alive and still ours. A pid file naming a process that
# is gone, or a pid reused by another program, is stale: it is removed and never blocks a start.
server_pid() {
  [[ -f "$SERVER_PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$SERVER_PID_FILE" 2>/dev/null || true)"
  if ! is_our_server "$pid"; then
    rm -f "$SERVER_PID_FILE"
    return 1
  fi
  echo "$pid"
}

# Seconds since PID started (0 when unknown).
process_age() { ps -o etimes= -p "$1" 2>/dev/null | tr -d ' ' || echo 0; }

server_ready() { [[ "$(http_status "$SERVER_URL/health/ready")" == 200 ]]; }

# Payara Micro's clustering arguments for this node: none (--nocluster) for the single server.
cluster_args() {
  if (( SERVER_NODE == 0 )); then
    echo "--nocluster"
  else
    echo "--name node$SERVER_NODE --clustername $CLUSTER_NAME --clustermode tcpip:127.0.0.1:$CLUSTER_START_PORT" \
      "--startport $CLUSTER_START_PORT --interfaces 127.0.0.1"
  fi
}

# asadmin property value: ':' and '=' escaped.
asadmin_escape() { local v="${1//\\/\\\\}"; v="${v//:/\\:}"; printf '%s' "${v//=/\\=}"; }

# clusters_boot_args: Payara Micro arguments for the database clusters other than main listed in
# CONSIGNA_DB_CLUSTERS (each CONSIGNA_DB_CLUSTER_<NAME>_URL, optional _USER/_PASSWORD): an XA connection pool and
# the JDBC resource jdbc/consigna-<name> per cluster, made by post-boot asadmin commands ($RUN_DIR/clusters.asadmin),
# and the PostgreSQL driver on the server's class path (a pool made by asadmin cannot load it from the war).
# XA because a tenant transaction on another cluster may also touch the platform schema on main: Payara commits
# the one non-XA resource (main) last (last agent optimization) and that cluster's PostgreSQL needs
# max_prepared_transactions > 0. Prints nothing when only main is configured.
clusters_boot_args() {
  local names="${CONSIGNA_DB_CLUSTERS:-main}" name var url user password driver file="$RUN_DIR/clusters.asadmin"
  local DB_HOST DB_PORT DB_NAME extra=0
  : > "$file"
  for name in ${names//,/ }; do
    [[ "$name" == main ]] && continue
    var="CONSIGNA_DB_CLUSTER_${name^^}_URL"; url="${!var:-}"
    [[ -n "$url" ]] || { log "CONSIGNA_DB_CLUSTERS lists '$name' but $var is not set"; return 1; }
    var="CONSIGNA_DB_CLUSTER_${name^^}_USER"; user="${!var:-$DB_USER}"
    var="CONSIGNA_DB_CLUSTER_${name^^}_PASSWORD"; password="${!var:-$DB_PASSWORD}"
    db_url_parts "$url"
    {
      echo "create-jdbc-connection-pool --datasourceclassname org.postgresql.xa.PGXADataSource --restype javax.sql.XADataSource" \
        "--steadypoolsize 2 --maxpoolsize 40 --isconnectvalidatereq true --validationmethod auto-commit" \
        "--property serverName=$(asadmin_escape "$DB_HOST"):portNumber=$DB_PORT:databaseName=$(asadmin_escape "$DB_NAME"):user=$(asadmin_escape "$user"):password=$(asadmin_escape "$password")" \
        "consigna-$name"
      echo "create-jdbc-resource --connectionpoolid consigna-$name jdbc/consigna-$name"
    } >> "$file"
    extra=1
  done
  (( extra )) || return 0
  driver="$(ls "$CONSIGNA_ROOT"/consigna-server/target/consigna/WEB-INF/lib/postgresql-*.jar 2>/dev/null | head -n 1)"
  [[ -n "$driver" ]] || { log "no PostgreSQL driver in consigna-server/target/consigna/WEB-INF/lib: build first"; return 1; }
  echo "--postbootcommandfile $file --addlibs $driver"
}

# server_launch: start Payara Micro in the background (own session, log and pid file of the selected
# node) and return at once; the pid is in SERVER_PID afterwards.
server_launch() {
  if [[ ! -f "$PAYARA_JAR" || ! -f "$CONSIGNA_WAR" ]]; then
    log "missing $PAYARA_JAR or $CONSIGNA_WAR: build first (./mvnw -q -DskipTests package, or bin/consigna run without --no-build)"
    return 1
  fi
  if [[ "$(http_status "$SERVER_URL/")" != 000 ]]; then
    log "port $SERVER_PORT is already in use by another process; stop it or set HTTP_PORT"
    return 1
  fi
  mkdir -p "$RUN_DIR"
  local clusters
  clusters="$(clusters_boot_args)" || return 1
  : > "$SERVER_LOG"
  rm -f "$SERVER_PID_FILE"
  # setsid: own session and process group (stop kills the group). The inner shell writes its
  # own pid (== pgid, and java's pid after exec) before exec'ing java.
  # shellcheck disable=SC2086,SC2046
  DB_URL="$DB_URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' _ "$SERVER_PID_FILE" \
      java $CONSIGNA_JAVA_OPTS -jar "$PAYARA_JAR" \
      --deploy "$CONSIGNA_WAR" --contextroot / \
      $(cluster_args) $clusters --disablephonehome --port "$SERVER_PORT" \
      --prebootcommandfile "$CONSIGNA_ROOT/consigna-server/src/main/payara/preboot.asadmin" \
      < /dev/null >> "$SERVER_LOG" 2>&1 &
  local i
  for i in $(seq 1 50); do
    [[ -s "$SERVER_PID_FILE" ]] && break
    sleep 0.1
  done
  SERVER_PID="$(cat "$SERVER_PID_FILE" 2>/dev/null || true)"
  if [[ ! "$SERVER_PID" =~ ^[0-9]+$ ]]; then
    log "could not start java (see $SERVER_LOG)"
    return 1
  fi
}

# server_wait_ready [PID [TIMEOUT]]: until /health/ready is 200 and GET /api/platform/tenants answers 200.
server_wait_ready() {
  local pid="${1:-$(server_pid || true)}" timeout="${2:-$SERVER_START_TIMEOUT}" start token_args=()
  start=$(date +%s)
  if ! wait_for_url "$SERVER_URL/health/ready" "$timeout" "$pid"; then
    log "server not ready; last lines of $SERVER_LOG:"
    tail -n 40 "$SERVER_LOG" >&2 || true
    return 1
  fi
  local status
  while true; do
    token_args=()
    if [[ -n "${OPERATOR_TOKEN:-}" ]]; then token_args=(-H "Authorization: Bearer $OPERATOR_TOKEN"); fi
    status="$(http_status "$SERVER_URL/api/platform/tenants" "${token_args[@]}")"
    [[ "$status" == 200 ]] && return 0
    # Tokens live 5 minutes: a long wait (a slow start, a restart after a load) outlives the one we had.
    if [[ "$status" == 401 && -n "${OPERATOR_TOKEN:-}" ]]; then OPERATOR_TOKEN="$(operator_token)" || true; fi
    if (( $(date +%s) - start >= timeout )); then
      log "/health/ready is up but GET /api/platform/tenants does not answer 200 (last: $status)"
      return 1
    fi
    sleep 0.2
  done
}

# server_adopt: 0 when a server of ours already runs and becomes ready in a bounded time. A server that
# is still starting gets what is left of SERVER_START_TIMEOUT; an older one that stopped answering gets
# SERVER_UNHEALTHY_GRACE seconds, then is stopped. 1 (and no pid file) when a new server must be started.
server_adopt() {
  local pid age wait
  pid="$(server_pid)" || return 1
  if server_ready; then
    log "server already running (pid $pid) on $SERVER_URL"
    return 0
  fi
  age="$(process_age "$pid")"
  wait=$(( SERVER_START_TIMEOUT - ${age:-0} ))
  (( wait >= SERVER_UNHEALTHY_GRACE )) || wait="$SERVER_UNHEALTHY_GRACE"
  log "server (pid $pid, up ${age:-?} s) is not ready; waiting up to $wait s for it"
  if server_wait_ready "$pid" "$wait" 2>/dev/null; then
    log "server (pid $pid) is ready"
    return 0
  fi
  if is_our_server "$pid"; then
    log "server (pid $pid) still not healthy after $wait s; stopping it and starting a new one"
    server_stop
  else
    log "server (pid $pid) exited; starting a new one"
  fi
  rm -f "$SERVER_PID_FILE"
  return 1
}

# server_start: launch and wait until ready. No-op when our server already answers; never blocked
# by a stale pid file or a dying server.
server_start() {
  server_adopt && return 0
  log "starting Payara Micro on port $SERVER_PORT (database $DB_URL); log: $SERVER_LOG"
  local t0
  t0=$(now_ms)
  server_launch || return 1
  if server_wait_ready "$SERVER_PID"; then
    log "server ready after $(( ($(now_ms) - t0) / 1000 )) s (pid $SERVER_PID)"
  else
    log "server did not become ready; stopping it"
    server_stop
    return 1
  fi
}

# server_stop: TERM the server we started (its whole process group), KILL after 30 s.
server_stop() {
  local pid
  if ! pid="$(server_pid)"; then
    rm -f "$SERVER_PID_FILE"
    log "$(server_name) not running"
    return 0
  fi
  log "stopping $(server_name) (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 30 s; sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$SERVER_PID_FILE"
  log "$(server_name) stopped"
}

# --- N clustered nodes behind HAProxy (bin/consigna run --nodes N) ---------------------------------

balancer_bin() { command -v haproxy 2>/dev/null || { [[ -x /usr/sbin/haproxy ]] && echo /usr/sbin/haproxy; }; }

balancer_pid() {
  [[ -f "$BALANCER_PID_FILE" ]] || return 1
  local pid
  pid="$(head -n 1 "$BALANCER_PID_FILE" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q haproxy; then
    echo "$pid"
    return 0
  fi
  rm -f "$BALANCER_PID_FILE"
  return 1
}

# balancer_config N: HAProxy on HTTP_PORT, round-robin over nodes 1..N, each checked on /health/ready every
# second. A request is sent to another node when its connection failed; a GET or HEAD also when the node
# closed the connection without answering (a node killed while accepting: the kernel frees a large JVM's
# memory before its sockets). Any other request is never sent twice once it was sent.
balancer_config() {
  local n="$1" i
  cat <<CFG
# written by bin/consigna run --nodes $n (bin/lib.sh balancer_config); do not edit
global
  maxconn 1024
defaults
  mode http
  timeout connect 2s
  timeout client 180s
  timeout server 180s
  retries 2
  option redispatch
  retry-on conn-failure empty-response
frontend consigna
  bind 127.0.0.1:$HTTP_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  http-request disable-l7-retry unless METH_GET || METH_HEAD
CFG
  for i in $(seq 1 "$n"); do
    echo "  server node$i 127.0.0.1:$(( HTTP_PORT + i )) check"
  done
}

# balancer_start N: (re)writes the configuration and starts HAProxy when it is not running; restarts it
# when the configuration changed. Waits until it answers /health/ready (some node is ready).
balancer_start() {
  local n="$1" bin pid
  bin="$(balancer_bin)" || { log "HAProxy is not installed: apt-get install -y haproxy"; return 1; }
  mkdir -p "$RUN_DIR"
  balancer_config "$n" > "$BALANCER_CFG.new"
  if pid="$(balancer_pid)"; then
    if cmp -s "$BALANCER_CFG.new" "$BALANCER_CFG"; then
      rm -f "$BALANCER_CFG.new"
      log "balancer already running (pid $pid) on $BASE_URL"
      return 0
    fi
    balancer_stop
  fi
  mv "$BALANCER_CFG.new" "$BALANCER_CFG"
  "$bin" -c -q -f "$BALANCER_CFG" || { log "HAProxy refuses $BALANCER_CFG"; return 1; }
  if [[ "$(http_status "$BASE_URL/")" != 000 ]]; then
    log "port $HTTP_PORT is already in use by another process; stop it or set HTTP_PORT"
    return 1
  fi
  "$bin" -D -p "$BALANCER_PID_FILE" -f "$BALANCER_CFG" || { log "HAProxy did not start"; return 1; }
  log "balancer (HAProxy, round-robin over $n nodes) on $BASE_URL; configuration $BALANCER_CFG"
  wait_for_url "$BASE_URL/health/ready" 30
}

balancer_stop() {
  local pid
  pid="$(balancer_pid)" || { rm -f "$BALANCER_PID_FILE"; return 0; }
  log "stopping balancer (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$BALANCER_PID_FILE"
}

# cluster_start N: node 1 first (it migrates the platform and the tenants), then the others together,
# then the balancer. Nodes above N left from an earlier run are stopped; so is a single server.
cluster_start() {
  local n="$1" i pids=() rc=0
  node_select 0
  server_pid >/dev/null && { log "a single server runs on $HTTP_PORT: stopping it for the cluster"; server_stop; }
  for i in $(cluster_nodes); do
    (( i > n )) && { node_select "$i"; server_stop; }
  done
  node_select 1
  server_start || return 1
  for i in $(seq 2 "$n"); do
    ( node_select "$i"; server_start ) &
    pids+=("$!")
  done
  for i in "${pids[@]}"; do wait "$i" || rc=1; done
  node_select 0
  (( rc == 0 )) || { log "not every node started (logs: $RUN_DIR/node*.log)"; return 1; }
  balancer_start "$n"
}

# servers_stop: every server this checkout started (single or clustered) and the balancer.
servers_stop() {
  local i
  balancer_stop
  for i in $(cluster_nodes); do
    node_select "$i"
    server_stop
  done
  node_select 0
  server_stop
}
