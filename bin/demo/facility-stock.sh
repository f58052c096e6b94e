# Facility-stock demo data: a stocking-order event type, par levels at the first facility and one closed stocking
# order, so the demo tenant has facility stock (below par, with an expiring lot) to look at. Sourced by bin/consigna
# after bin/demo/base.sh (its demo_* helpers, and the catalog, devices, facilities and members it makes); everything
# goes through the public API as the demo admin. Idempotent: a second run finds what the first made and changes nothing.

seed_facility_stock_demo() {
  local t="$1" sam type facility rod screw rod_device screw_lot order
  sam="$(demo_member_id "$t" sam@demo.consigna.test)"
  [[ -n "$sam" ]] || { warn "facility-stock demo: Sam is missing"; return 1; }

  type="$(demo_ensure "t/demo/events/types?includeInactive=true" "$t" behaviour stocking-order '{"name":"Stocking order",
    "behaviour":"stocking-order","patientIdRequired":false,"surgeonRequired":false,"facilityContactRequired":false}')" \
    || return 1
  facility="$(api GET "t/demo/events/facilities?limit=1" "$t" | demo_json "d['items'][0]['id'] if d['items'] else None")"
  rod="$(demo_find t/demo/inventory/items "$t" catalogNumber SP-R120)"
  screw="$(demo_find t/demo/inventory/items "$t" catalogNumber SP-6545)"
  [[ -n "$facility" && -n "$rod" && -n "$screw" ]] || { warn "facility-stock demo: base data missing"; return 1; }

  # Par levels, set once (a later run leaves whatever a user changed since)
  if [[ "$(api GET "t/demo/facility-stock/facilities/$facility/par-levels?limit=200" "$t" | demo_json "len(d['items'])")" == 0 ]]; then
    api PUT "t/demo/facility-stock/facilities/$facility/par-levels/$rod" "$t" '{"par":3}' >/dev/null || return 1
    api PUT "t/demo/facility-stock/facilities/$facility/par-levels/$screw" "$t" '{"par":20}' >/dev/null || return 1
  fi

  # One stocking order by Sam: a rod and his screw lot (expiring in 45 days) become the facility's stock
  if [[ -z "$(demo_find t/demo/events "$t" name "Opening facility stock")" ]]; then
    rod_device="$(demo_find "t/demo/inventory/devices?serial=R120-0002" "$t" serial R120-0002)"
    screw_lot="$(demo_find "t/demo/inventory/devices?lot=L6545-A" "$t" lot L6545-A)"
    [[ -n "$rod_device" && -n "$screw_lot" ]] || { warn "facility-stock demo: Sam's rod or screw lot is missing"; return 1; }
    order="$(demo_create t/demo/events "$t" "{\"typeId\":\"$type\",\"representativeId\":\"$sam\",
      \"name\":\"Opening facility stock\",\"date\":\"$(demo_day 0)\",\"facilityId\":\"$facility\"}")" || return 1
    api POST "t/demo/events/$order/lines" "$t" "{\"deviceId\":\"$rod_device\",\"usage\":\"used\"}" >/dev/null || return 1
    api POST "t/demo/events/$order/lines" "$t" "{\"deviceId\":\"$screw_lot\",\"usage\":\"used\",\"quantity\":12}" \
      >/dev/null || return 1
    # the demo tenant has billing on: a billed event closes with sign and close (typed names here), not a plain submit
    api POST "t/demo/billing/events/$order/close" "$t" \
      '{"signatures":{"rep":{"typedName":"Sam Sales"},"provider":{"typedName":"Mercy Stores"}}}' >/dev/null || return 1
  fi
  log "facility-stock demo ready: a Stocking order type, par levels and Sam's facility stock at the first facility"
  log "  (GET /api/t/demo/facility-stock/facilities/$facility/stock)"
}
