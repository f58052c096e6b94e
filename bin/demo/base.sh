# Demo data every module builds on: a catalog, a warehouse, devices in several custodies, facilities with
# contacts and surgeons, an open case with a device marked used and a pending transfer. Sourced by
# bin/consigna (needs bin/lib.sh and bin/lib-identity.sh); each bin/demo/<module>.sh adds its own part
# the same way. Everything goes through the public API with the demo admin's token, as a user would.
#
# Idempotent: a run finds what an earlier one made (by catalog number, name or e-mail) and makes only
# what is missing, so `bin/consigna run` may be repeated.

# demo_json EXPR < json  -- evaluates a Python expression over the parsed document `d` and prints it
# (empty for None). The demo scripts' one JSON reader, so they need neither jq nor a JSON library.
demo_json() {
  python3 -c '
import json, sys
d = json.load(sys.stdin)
v = eval(sys.argv[1], {"d": d})
print("" if v is None else v)' "$1"
}

# demo_find PATH TOKEN FIELD VALUE  -- id of the first item of the list at PATH (one page of up to 200)
# whose FIELD equals VALUE; empty when there is none.
demo_find() {
  local path="$1" token="$2" field="$3" value="$4" sep='?'
  [[ "$path" == *\?* ]] && sep='&'
  api GET "$path${sep}limit=200" "$token" | demo_json \
    "next((i['id'] for i in (d['items'] if isinstance(d, dict) else d) if str(i.get('$field')) == '''$value'''), None)"
}

# demo_create PATH TOKEN BODY  -- POSTs BODY and prints the new resource's id.
demo_create() {
  local out
  out="$(api POST "$1" "$2" "$3")" || { warn "POST /api/$1 failed: ${out:0:400}"; return 1; }
  demo_json "d.get('id')" <<<"$out"
}

# demo_ensure PATH TOKEN FIELD VALUE BODY  -- the id of the list item with FIELD = VALUE, created from BODY
# when missing.
demo_ensure() {
  local id
  id="$(demo_find "$1" "$2" "$3" "$4")" || return 1
  [[ -n "$id" ]] || id="$(demo_create "$1" "$2" "$5")" || return 1
  echo "$id"
}

# A date N days from today (negative: ago), ISO.
demo_day() { date -u -d "$1 days" +%F; }

seed_base_demo() {
  local t="$1" spine trauma warehouse sam sue dist screw rod drill plate riverside stanne shepherd hunt \
        case_type event rods plates screws drills contact
  sam="$(demo_member_id "$t" sam@demo.consigna.test)"
  sue="$(demo_member_id "$t" sue@demo.consigna.test)"
  dist="$(demo_member_id "$t" dist@demo.consigna.test)"
  [[ -n "$sam" && -n "$sue" && -n "$dist" ]] || { warn "demo people missing; seed them first"; return 1; }

  spine="$(demo_ensure t/demo/inventory/product-lines "$t" name Spine \
    '{"name":"Spine","description":"Pedicle screw systems and rods"}')" || return 1
  trauma="$(demo_ensure t/demo/inventory/product-lines "$t" name Trauma \
    '{"name":"Trauma","description":"Plates, screws and instruments for fracture fixation"}')" || return 1

  screw="$(demo_ensure t/demo/inventory/items "$t" catalogNumber SP-6545 "{\"productLineId\":\"$spine\",
    \"catalogNumber\":\"SP-6545\",\"description\":\"Pedicle screw 6.5 x 45 mm\",\"gtin\":\"04012345000016\",
    \"tracking\":\"lot\",\"singleUse\":true,\"listPrice\":180.00}")" || return 1
  rod="$(demo_ensure t/demo/inventory/items "$t" catalogNumber SP-R120 "{\"productLineId\":\"$spine\",
    \"catalogNumber\":\"SP-R120\",\"description\":\"Spinal rod 5.5 x 120 mm\",\"gtin\":\"04012345000023\",
    \"tracking\":\"serial\",\"singleUse\":true,\"listPrice\":420.00}")" || return 1
  plate="$(demo_ensure t/demo/inventory/items "$t" catalogNumber TR-LP8 "{\"productLineId\":\"$trauma\",
    \"catalogNumber\":\"TR-LP8\",\"description\":\"Locking plate, 8 holes\",\"gtin\":\"04012345000030\",
    \"tracking\":\"serial\",\"singleUse\":true,\"listPrice\":650.00}")" || return 1
  drill="$(demo_ensure t/demo/inventory/items "$t" catalogNumber TR-DG35 "{\"productLineId\":\"$trauma\",
    \"catalogNumber\":\"TR-DG35\",\"description\":\"Drill guide 3.5 mm (reusable instrument)\",
    \"gtin\":\"04012345000047\",\"tracking\":\"serial\",\"singleUse\":false,\"listPrice\":95.00}")" || return 1

  warehouse="$(demo_ensure t/demo/inventory/locations "$t" name "Berlin warehouse" '{"name":"Berlin warehouse",
    "kind":"warehouse","address":{"line1":"Lagerstrasse 4","city":"Berlin","postalCode":"10115","country":"DE"}}')" || return 1

  riverside="$(demo_ensure t/demo/events/facilities "$t" name "Riverside General Hospital" '{"name":"Riverside General Hospital",
    "street":"12 River Road","city":"Potsdam","postalCode":"14467","country":"DE","phone":"+49 331 555 0100"}')" || return 1
  stanne="$(demo_ensure t/demo/events/facilities "$t" name "St. Anne Clinic" '{"name":"St. Anne Clinic",
    "street":"3 Chapel Lane","city":"Berlin","postalCode":"10117","country":"DE","phone":"+49 30 555 0199"}')" || return 1
  if [[ -z "$(demo_find "t/demo/events/facilities/$riverside/contacts" "$t" email billing@riverside.example)" ]]; then
    contact="$(demo_create "t/demo/events/facilities/$riverside/contacts" "$t" '{"name":"Bea Billing",
      "title":"Accounts payable","email":"billing@riverside.example","phone":"+49 331 555 0140"}')" || return 1
    api PUT "t/demo/events/facilities/$riverside/billing-contacts" "$t" "{\"contactIds\":[\"$contact\"]}" >/dev/null || return 1
    demo_create "t/demo/events/facilities/$riverside/contacts" "$t" '{"name":"Olga Theatre","title":"OR coordinator",
      "email":"or@riverside.example"}' >/dev/null || return 1
  fi
  if [[ -z "$(demo_find "t/demo/events/facilities/$stanne/contacts" "$t" email ap@stanne.example)" ]]; then
    contact="$(demo_create "t/demo/events/facilities/$stanne/contacts" "$t" '{"name":"Paul Payable",
      "title":"Purchasing","email":"ap@stanne.example"}')" || return 1
    api PUT "t/demo/events/facilities/$stanne/billing-contacts" "$t" "{\"contactIds\":[\"$contact\"]}" >/dev/null || return 1
  fi
  shepherd="$(demo_ensure t/demo/events/surgeons "$t" lastName Shepherd '{"firstName":"Derek","lastName":"Shepherd"}')" || return 1
  hunt="$(demo_ensure t/demo/events/surgeons "$t" lastName Hunt '{"firstName":"Owen","lastName":"Hunt"}')" || return 1

  # Devices: received once (the receipt reference marks it), spread over the custodians.
  if [[ -z "$(demo_find "t/demo/inventory/devices?serial=R120-0001" "$t" serial R120-0001)" ]]; then
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$sam\",\"itemId\":\"$rod\",\"reference\":\"DEMO-1\",
      \"expiry\":\"$(demo_day 400)\",\"serials\":[\"R120-0001\",\"R120-0002\",\"R120-0003\"]}" >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$sam\",\"itemId\":\"$screw\",\"reference\":\"DEMO-2\",
      \"lines\":[{\"lot\":\"L6545-A\",\"quantity\":12,\"expiry\":\"$(demo_day 45)\"}]}" >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$dist\",\"itemId\":\"$plate\",\"reference\":\"DEMO-3\",
      \"expiry\":\"$(demo_day 700)\",\"serials\":[\"LP8-1001\",\"LP8-1002\",\"LP8-1003\",\"LP8-1004\"]}" >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$sue\",\"itemId\":\"$screw\",\"reference\":\"DEMO-4\",
      \"lines\":[{\"lot\":\"L6545-B\",\"quantity\":8,\"expiry\":\"$(demo_day 20)\"}]}" >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$sue\",\"itemId\":\"$drill\",\"reference\":\"DEMO-5\",
      \"serials\":[\"DG35-01\"]}" >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$warehouse\",\"itemId\":\"$rod\",\"reference\":\"DEMO-6\",
      \"expiry\":\"$(demo_day 900)\",\"serials\":[\"R120-0101\",\"R120-0102\",\"R120-0103\",\"R120-0104\",\"R120-0105\"]}" \
      >/dev/null || return 1
    api POST t/demo/inventory/receipts "$t" "{\"custodianId\":\"$warehouse\",\"itemId\":\"$drill\",\"reference\":\"DEMO-7\",
      \"serials\":[\"DG35-02\",\"DG35-03\"]}" >/dev/null || return 1
    # A transfer from the warehouse to Sue that waits for her to accept it.
    rods="$(demo_find "t/demo/inventory/devices?serial=R120-0101" "$t" serial R120-0101)"
    api POST t/demo/inventory/transfers "$t" "{\"toCustodianId\":\"$sue\",\"note\":\"Restock for next week\",
      \"lines\":[{\"deviceId\":\"$rods\"}]}" >/dev/null || return 1
  fi

  # An open case for Sam at Riverside, with a rod marked used.
  case_type="$(api GET t/demo/events/types "$t" | demo_json "next((i['id'] for i in d['items'] if i['behaviour'] == 'case'), None)")"
  if [[ -n "$case_type" && -z "$(demo_find t/demo/events "$t" name "Lumbar fusion L4-L5")" ]]; then
    event="$(demo_create t/demo/events "$t" "{\"typeId\":\"$case_type\",\"representativeId\":\"$sam\",
      \"name\":\"Lumbar fusion L4-L5\",\"date\":\"$(demo_day 1)\",\"facilityId\":\"$riverside\",
      \"surgeonId\":\"$shepherd\",\"patientId\":\"MRN-204811\",\"productLineIds\":[\"$spine\"]}")" || return 1
    rods="$(demo_find "t/demo/inventory/devices?serial=R120-0001" "$t" serial R120-0001)"
    api POST "t/demo/events/$event/lines" "$t" "{\"deviceId\":\"$rods\",\"usage\":\"implanted\"}" >/dev/null || return 1
    demo_create t/demo/events "$t" "{\"typeId\":\"$case_type\",\"representativeId\":\"$sue\",
      \"name\":\"Distal radius fixation\",\"date\":\"$(demo_day 3)\",\"facilityId\":\"$stanne\",
      \"surgeonId\":\"$hunt\",\"patientId\":\"MRN-310057\",\"productLineIds\":[\"$trauma\"]}" >/dev/null || return 1
  fi
  log "demo data ready: catalog (Spine, Trauma), a warehouse, devices with Sam, Sue, Dirk and the warehouse,"
  log "  facilities Riverside General Hospital and St. Anne Clinic with contacts and surgeons, two open cases"
}
