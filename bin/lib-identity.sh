# Tenant users for dev scripts (demo seeding, benchmarks). Source after lib.sh.
#
# Dev tooling only: it uses the dev realm's confidential client to give platform-created users a
# known password, so scripts can sign them in with the password grant.

KEYCLOAK_ADMIN_CLIENT_ID="${KEYCLOAK_ADMIN_CLIENT_ID:-consigna-admin}"
KEYCLOAK_ADMIN_CLIENT_SECRET="${KEYCLOAK_ADMIN_CLIENT_SECRET:-consigna-admin-secret}"

# kc_admin_token: an access token of the platform's Keycloak admin client (client credentials).
kc_admin_token() {
  curl -s --max-time 20 -d grant_type=client_credentials \
      -d "client_id=$KEYCLOAK_ADMIN_CLIENT_ID" -d "client_secret=$KEYCLOAK_ADMIN_CLIENT_SECRET" \
      "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" | json_field access_token
}

# kc_set_password EMAIL PASSWORD: a permanent password for a user the platform created.
kc_set_password() {
  local email="$1" password="$2" admin id
  admin="$(kc_admin_token)" || return 1
  id="$(curl -s --max-time 20 -H "Authorization: Bearer $admin" -G \
      --data-urlencode "email=$email" --data-urlencode exact=true \
      "$KEYCLOAK_URL/admin/realms/$KEYCLOAK_REALM/users" | sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p')"
  [[ -n "$id" ]] || { log "no Keycloak user with e-mail $email"; return 1; }
  curl -s --fail --max-time 20 -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "{\"type\":\"password\",\"value\":\"$password\",\"temporary\":false}" \
      "$KEYCLOAK_URL/admin/realms/$KEYCLOAK_REALM/users/$id/reset-password" >/dev/null
}

# user_token USERNAME PASSWORD [SCOPE]: a user's access token (password grant through consigna-cli).
user_token() {
  curl -s --max-time 20 -d grant_type=password -d client_id=consigna-cli \
      -d "username=$1" -d "password=$2" --data-urlencode "scope=${3:-openid organization}" \
      "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" | json_field access_token
}

# api METHOD PATH TOKEN [JSON]: calls the platform; prints the body, fails on HTTP errors.
api() {
  local method="$1" path="$2" token="$3" body="${4:-}"
  if [[ -n "$body" ]]; then
    curl -s --fail-with-body --max-time 120 -X "$method" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "$body" "$BASE_URL/api/$path"
  else
    curl -s --fail-with-body --max-time 120 -X "$method" -H "Authorization: Bearer $token" "$BASE_URL/api/$path"
  fi
}
