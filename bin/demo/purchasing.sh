# Purchasing demo data: office supplies as counted items, a vendor with its part numbers, a template, and the front
# office as a recipient below its minimum, so replenishment has a line to explain and save, with its own levels for
# drapes (an override); a kit; a spillage reason code.
# Sourced by bin/consigna after bin/demo/base.sh (its demo_* helpers); everything goes through the public API as the
# demo admin. Idempotent: a second run finds what the first made and changes nothing.

seed_purchasing_demo() {
  local t="$1" supplies gloves drapes office vendor template kit
  supplies="$(demo_ensure t/demo/inventory/product-lines "$t" name "Office supplies" \
    '{"name":"Office supplies","description":"Consumables the offices and reps keep on hand"}')" || return 1
  gloves="$(demo_ensure t/demo/inventory/items "$t" catalogNumber OS-GL100 "{\"productLineId\":\"$supplies\",
    \"catalogNumber\":\"OS-GL100\",\"description\":\"Exam gloves, box of 100\",\"gtin\":\"04012345000054\",
    \"tracking\":\"none\",\"singleUse\":true,\"listPrice\":9.50}")" || return 1
  drapes="$(demo_ensure t/demo/inventory/items "$t" catalogNumber OS-DR200 "{\"productLineId\":\"$supplies\",
    \"catalogNumber\":\"OS-DR200\",\"description\":\"Sterile drape 200 x 150 cm\",\"gtin\":\"04012345000061\",
    \"tracking\":\"none\",\"singleUse\":true,\"listPrice\":14.00}")" || return 1
  office="$(demo_ensure t/demo/inventory/locations "$t" name "Front office" '{"name":"Front office","kind":"office",
    "address":{"line1":"Friedrichstrasse 100","city":"Berlin","postalCode":"10117","country":"DE"}}')" || return 1

  vendor="$(demo_ensure t/demo/purchasing/vendors "$t" name "Acme Medical Supply" \
    '{"name":"Acme Medical Supply","email":"orders@acme-medical.example"}')" || return 1
  api PUT "t/demo/purchasing/vendors/$vendor/items/$gloves" "$t" \
    '{"partNumber":"AC-GL-100","unitCost":6.20,"leadTimeDays":3,"preferred":true}' >/dev/null || return 1
  api PUT "t/demo/purchasing/vendors/$vendor/items/$drapes" "$t" \
    '{"partNumber":"AC-DR-200","unitCost":9.80,"leadTimeDays":5,"preferred":true}' >/dev/null || return 1

  template="$(demo_ensure t/demo/purchasing/templates "$t" name "Standard office" '{"name":"Standard office"}')" || return 1
  api PUT "t/demo/purchasing/templates/$template/lines/$gloves" "$t" '{"min":5,"base":20}' >/dev/null || return 1
  api PUT "t/demo/purchasing/templates/$template/lines/$drapes" "$t" '{"min":2,"base":10}' >/dev/null || return 1

  # A kit to assign (not assigned here: each assignment adds stock, and the demo runs again and again)
  kit="$(demo_ensure t/demo/purchasing/kits "$t" name "Office starter kit" '{"name":"Office starter kit"}')" || return 1
  api PUT "t/demo/purchasing/kits/$kit/items/$gloves" "$t" '{"quantity":2}' >/dev/null || return 1
  api PUT "t/demo/purchasing/kits/$kit/items/$drapes" "$t" '{"quantity":1}' >/dev/null || return 1

  # The front office becomes a recipient holding 3 boxes of gloves (below its minimum of 5), once
  if [[ -z "$(api GET t/demo/purchasing/recipients "$t" | demo_json "next((r['custodianId'] for r in d if r['custodianId'] == '$office'), None)")" ]]; then
    api PUT "t/demo/purchasing/recipients/$office" "$t" "{\"templateId\":\"$template\",\"autoReplenish\":false}" \
      >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$office\",\"itemId\":\"$gloves\",\"reference\":\"opening stock\",
      \"lines\":[{\"quantity\":3}]}" >/dev/null || return 1
  fi
  # Its own levels for drapes, over the template's, so the recipient's page lists an override (a PUT: the same each run)
  api PUT "t/demo/purchasing/recipients/$office/overrides/$drapes" "$t" '{"min":1,"base":6}' >/dev/null || return 1
  if [[ -z "$(api GET t/demo/purchasing/reason-codes "$t" | demo_json "next((r['id'] for r in d if r['code'] == 'DMG'), None)")" ]]; then
    api POST t/demo/purchasing/reason-codes "$t" '{"code":"DMG","label":"Damaged on arrival","requiresReimbursement":true}' \
      >/dev/null || return 1
  fi
  log "purchasing demo ready: the Front office is below its minimum of exam gloves"
  log "  (GET /api/t/demo/purchasing/replenishment)"
}
