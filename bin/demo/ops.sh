# Operations demo data: a second case type that asks for more than the default one, a retired type the admin page
# shows as inactive, and one stock adjustment (Sue found a screw she had missed), so the device page's history shows
# what an adjustment looks like. Sourced by bin/consigna after bin/demo/base.sh (its demo_* helpers); everything goes
# through the public API as the demo admin. Idempotent: a second run finds what the first made and changes nothing.

seed_ops_demo() {
  local t="$1" retired lot
  demo_ensure "t/demo/events/types?includeInactive=true" "$t" name "Trauma call-out" '{"name":"Trauma call-out",
    "behaviour":"case","patientIdRequired":true,"surgeonRequired":true,"facilityContactRequired":true}' >/dev/null || return 1
  if [[ -z "$(demo_find "t/demo/events/types?includeInactive=true" "$t" name "Loaner set (retired)")" ]]; then
    retired="$(demo_create t/demo/events/types "$t" '{"name":"Loaner set (retired)","behaviour":"case"}')" || return 1
    api POST "t/demo/events/types/$retired/deactivate" "$t" >/dev/null || return 1
  fi

  # Sue's lot L6545-B: one screw found in the car, once (its history tells whether it was adjusted already).
  lot="$(demo_find "t/demo/inventory/devices?lot=L6545-B" "$t" lot L6545-B)"
  if [[ -n "$lot" && "$(api GET "t/demo/inventory/devices/$lot/history?limit=200" "$t" \
      | demo_json "any(e['type'] == 'adjusted' for e in d['items'])")" == False ]]; then
    api POST t/demo/inventory/adjustments "$t" "{\"reason\":\"found\",\"note\":\"one more in the car\",
      \"lines\":[{\"deviceId\":\"$lot\",\"delta\":1}]}" >/dev/null || return 1
  fi
  log "operations demo ready: event types Trauma call-out and a retired one (Event types, as admin),"
  log "  an adjustment in the history of Sue's screws lot L6545-B"
}
