# Billing prices demo data: a price list assigned to Riverside General Hospital and a contract price sheet (CSV) for
# St. Anne Clinic, so the demo shows all three price sources (contract, price list, list price). Sourced by
# bin/consigna after bin/demo/base.sh (its demo_* helpers, catalog and facilities); everything goes through the public
# API as the demo admin. Idempotent: the list is found by name, assigning is idempotent, the sheet is uploaded once.

seed_billing_prices_demo() {
  local t="$1" riverside stanne screw rod plate list out
  riverside="$(demo_find t/demo/events/facilities "$t" name "Riverside General Hospital")"
  stanne="$(demo_find t/demo/events/facilities "$t" name "St. Anne Clinic")"
  screw="$(demo_find t/demo/inventory/items "$t" catalogNumber SP-6545)"
  rod="$(demo_find t/demo/inventory/items "$t" catalogNumber SP-R120)"
  plate="$(demo_find t/demo/inventory/items "$t" catalogNumber TR-LP8)"
  [[ -n "$riverside" && -n "$stanne" && -n "$screw" && -n "$rod" && -n "$plate" ]] \
    || { warn "billing prices demo: base data missing"; return 1; }

  list="$(demo_ensure t/demo/billing/price-lists "$t" name "Hospital prices 2026" "{\"name\":\"Hospital prices 2026\",
    \"prices\":[{\"itemId\":\"$screw\",\"unitPrice\":118.00},{\"itemId\":\"$rod\",\"unitPrice\":410.00},
    {\"itemId\":\"$plate\",\"unitPrice\":265.00}]}")" || return 1
  api POST "t/demo/billing/price-lists/$list/facilities" "$t" "{\"facilityIds\":[\"$riverside\"]}" >/dev/null || return 1

  if [[ "$(api GET "t/demo/billing/facilities/$stanne/price-sheets?limit=1" "$t" | demo_json "len(d['items'])")" == 0 ]]; then
    out="$(curl -s --fail-with-body --max-time 120 -X POST -H "Authorization: Bearer $t" \
        -H 'Content-Type: text/csv; charset=UTF-8' --data-binary $'catalogNumber,unitPrice\nSP-6545,109.50\nTR-LP8,249.00\n' \
        "$BASE_URL/api/t/demo/billing/facilities/$stanne/price-sheets?fileName=st-anne-2026.csv")" \
      || { warn "billing prices demo: the price sheet upload failed: ${out:0:400}"; return 1; }
  fi
  log "billing prices demo ready: price list 'Hospital prices 2026' at Riverside, a contract price sheet at St. Anne"
  log "  (GET /api/t/demo/billing/facilities/$stanne/prices?item=$screw&item=$rod)"
}
