# Billing prices demo data: a price list assigned to Riverside General Hospital and a contract price sheet (CSV) for
# St. Anne Clinic, so the demo shows all three price sources (contract, price list, list price), and one invoice: a
# stocking order at Riverside closed with sign and close and given its PO number. Sourced by
# bin/consigna after bin/demo/base.sh (its demo_* helpers, catalog and facilities); everything goes through the public
# API as the demo admin (after bin/demo/facility-stock.sh, which makes the stocking-order type). Idempotent: the list
# is found by name, assigning is idempotent, the sheet is uploaded once, the invoiced order is found by name.

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
  seed_billing_invoice_demo "$t" "$riverside" || return 1
  log "billing prices demo ready: price list 'Hospital prices 2026' at Riverside, a contract price sheet at St. Anne,"
  log "  an invoice for PO-DEMO-1001 (a stocking order at Riverside)"
  log "  (GET /api/t/demo/billing/facilities/$stanne/prices?item=$screw&item=$rod)"
}

# A rod of Sam's sold to Riverside in a stocking order, signed and closed, then its PO number entered: an invoice.
seed_billing_invoice_demo() {
  local t="$1" riverside="$2" sam type rod_device order
  [[ -z "$(demo_find t/demo/events "$t" name "Riverside restock")" ]] || return 0
  sam="$(demo_member_id "$t" sam@demo.consigna.test)"
  type="$(demo_find "t/demo/events/types?includeInactive=true" "$t" behaviour stocking-order)"
  rod_device="$(demo_find "t/demo/inventory/devices?serial=R120-0003" "$t" serial R120-0003)"
  [[ -n "$sam" && -n "$type" && -n "$rod_device" ]] || { warn "billing invoice demo: Sam, the stocking-order type or rod R120-0003 missing"; return 1; }
  order="$(demo_create t/demo/events "$t" "{\"typeId\":\"$type\",\"representativeId\":\"$sam\",
    \"name\":\"Riverside restock\",\"date\":\"$(demo_day 0)\",\"facilityId\":\"$riverside\"}")" || return 1
  api POST "t/demo/events/$order/lines" "$t" "{\"deviceId\":\"$rod_device\",\"usage\":\"used\"}" >/dev/null || return 1
  api POST "t/demo/billing/events/$order/close" "$t" \
    '{"signatures":{"rep":{"typedName":"Sam Sales"},"provider":{"typedName":"Riverside Stores"}}}' >/dev/null || return 1
  api PUT "t/demo/billing/events/$order/po" "$t" '{"poNumber":"PO-DEMO-1001"}' >/dev/null || return 1
}
