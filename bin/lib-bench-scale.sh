# shellcheck shell=bash
# Shared by bin/bench-path and bin/bench-tenants (source after lib.sh; do not run).

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }

# The build, a free port, PostgreSQL and Keycloak (never started or stopped here: it is shared).
bench_scale_preflight() {
  if [[ ! -f "$CONSIGNA_WAR" || ! -f "$PAYARA_JAR" || ! -d "$CONSIGNA_ROOT/benchmarks/target/classes" ]]; then
    log "no build found; run ./mvnw -q -o package -DskipTests first"; return 1
  fi
  if [[ "$(http_status "$BASE_URL/")" != 000 ]]; then
    log "port $HTTP_PORT is in use; pass --port"; return 1
  fi
  ensure_postgres || return 1
  if [[ "$(http_status "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM")" != 200 ]]; then
    log "Keycloak does not answer at $KEYCLOAK_URL (bin/keycloak.sh start)"; return 1
  fi
}

# keycloak_cleanup_bench_scale KIND: deletes the Keycloak organizations and users that tenant onboarding created
# for these benchmarks: KIND "path" those of bench-scale-path-* (bin/bench-path), "tenants" those of
# bench-scale-NNNN (bin/bench-tenants), so that one never removes the other's while it runs. Needs jq.
keycloak_cleanup_bench_scale() {
  local alias
  case "$1" in
    path) alias='bench-scale-path-[a-z0-9]+' ;;
    tenants) alias='bench-scale-[0-9]+' ;;
    *) log "keycloak_cleanup_bench_scale: path or tenants"; return 1 ;;
  esac
  command -v jq >/dev/null 2>&1 || { log "jq not found: not cleaning bench-scale-* organizations/users in Keycloak"; return 0; }
  local admin_token api ids id n=0
  admin_token="$(curl -s --max-time 20 -d grant_type=client_credentials \
      -d "client_id=${KEYCLOAK_ADMIN_CLIENT_ID:-consigna-admin}" \
      -d "client_secret=${KEYCLOAK_ADMIN_CLIENT_SECRET:-consigna-admin-secret}" \
      "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" | json_field access_token)"
  [[ -n "$admin_token" ]] || { log "no consigna-admin token: not cleaning Keycloak"; return 0; }
  api="$KEYCLOAK_URL/admin/realms/$KEYCLOAK_REALM"
  ids="$(curl -s --max-time 60 -H "Authorization: Bearer $admin_token" "$api/organizations?search=bench-scale&max=100000" \
      | jq -r --arg a "$alias" '.[]? | select(.alias | test("^" + $a + "$")) | .id')"
  for id in $ids; do
    curl -s -o /dev/null --max-time 20 -X DELETE -H "Authorization: Bearer $admin_token" "$api/organizations/$id"; n=$((n + 1))
  done
  ids="$(curl -s --max-time 60 -H "Authorization: Bearer $admin_token" "$api/users?search=bench-scale-&max=100000" \
      | jq -r --arg a "$alias" '.[]? | select((.email // .username // "") | test("^admin@" + $a + "\\.consigna\\.test$")) | .id')"
  for id in $ids; do
    curl -s -o /dev/null --max-time 20 -X DELETE -H "Authorization: Bearer $admin_token" "$api/users/$id"; n=$((n + 1))
  done
  (( n == 0 )) || log "deleted $n organizations/users of $1 from Keycloak"
}
