#!/usr/bin/env python3
"""Writes under load and the checks after a crash, for bin/crash-test (run it, not this).

  crash-load.py setup BASE KEYCLOAK STATE          a tenant with custodians, items, devices, a facility
  crash-load.py load  BASE KEYCLOAK STATE JOURNAL SECONDS MAX_OPS CLIENTS
  crash-load.py check BASE KEYCLOAK STATE JOURNAL  prints the counts; exit 1 when something is lost

Only local addresses are accepted. Every write is journalled with its outcome: "ack" (2xx), "refused" (a 4xx:
the server said no) or "doubt" (no answer, a 5xx, a balancer's 502/503, a timeout: it may or may not have
happened). The check reads everything back through the API: each acknowledged write must be there, each one in
doubt must have happened completely or not at all, no device may be in two open events or in an open event and a
pending transfer, and the inventory ledger must verify.
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

ADMIN_CLIENT = ("consigna-admin", "consigna-admin-secret")
LINES_PER_EVENT = 10
TALLY = {"ack": "acknowledged", "doubt": "in doubt", "refused": "refused"}


def local_only(url):
    host = urllib.parse.urlparse(url).hostname
    if host not in ("localhost", "127.0.0.1", "::1"):
        sys.exit(f"crash-load: {url} is not a local address")


def call(method, url, token=None, body=None, form=None, timeout=30):
    """(status, parsed body or text, headers); status 0 when nothing answered."""
    headers = {"Accept": "application/json"}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, parse(response.read()), response.headers
    except urllib.error.HTTPError as e:
        return e.code, parse(e.read()), e.headers
    except (OSError, urllib.error.URLError):
        return 0, None, {}


def parse(raw):
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw.decode(errors="replace")


def must(status_body, expected, what):
    status, body, _ = status_body
    if status != expected:
        raise SystemExit(f"crash-load: {what} answered {status}: {str(body)[:400]}")
    return body


class Realm:
    def __init__(self, keycloak):
        self.token_url = keycloak.rstrip("/") + "/realms/consigna/protocol/openid-connect/token"
        self.admin_url = keycloak.rstrip("/") + "/admin/realms/consigna"

    def password(self, user, password):
        return must(call("POST", self.token_url, form={"grant_type": "password", "client_id": "consigna-cli",
                                                        "scope": "openid organization", "username": user,
                                                        "password": password}), 200, "token of " + user)["access_token"]

    def set_password(self, user):
        service = must(call("POST", self.token_url, form={"grant_type": "client_credentials", "client_id": ADMIN_CLIENT[0],
                                                           "client_secret": ADMIN_CLIENT[1]}), 200, "admin client")["access_token"]
        users = must(call("GET", self.admin_url + "/users?exact=true&username=" + urllib.parse.quote(user), service),
                     200, "user " + user)
        secret = "Crash-" + uuid.uuid4().hex
        must(call("PUT", f"{self.admin_url}/users/{users[0]['id']}/reset-password", service,
                  {"type": "password", "value": secret, "temporary": False}), 204, "password of " + user)
        return secret


class Session:
    """The tenant admin's token, renewed every two minutes (tokens live five)."""

    def __init__(self, realm, state):
        self.realm, self.state = realm, state
        self.lock = threading.Lock()
        self.token, self.at = None, 0

    def get(self):
        with self.lock:
            if time.time() - self.at > 120:
                for attempt in range(10):
                    try:
                        self.token = self.realm.password(self.state["adminEmail"], self.state["adminPassword"])
                        break
                    except SystemExit:
                        time.sleep(2)
                self.at = time.time()
            return self.token


def setup(base, realm, state_file, clients=8):
    tenant = "crash-" + uuid.uuid4().hex[:8]
    email = f"admin@{tenant}.test"
    operator = realm.password("operator", "operator")
    must(call("POST", base + "/api/platform/tenants", operator, {
        "id": tenant, "displayName": "Crash test",
        "admin": {"email": email, "firstName": "Crash", "lastName": "Admin"}}, timeout=120), 201, "tenant")
    password = realm.set_password(email)
    admin = realm.password(email, password)
    t = f"{base}/api/t/{tenant}/"

    def post(path, body, what):
        return must(call("POST", t + path, admin, body, timeout=120), 201, what)

    custodian = {name: post("custodians", {"displayName": "Crash " + name}, "custodian")["id"]
                 for name in ("from", "to", "user", "receiving")}
    line = post("inventory/product-lines", {"name": "Crash line"}, "product line")["id"]
    serial = post("inventory/items", {"productLineId": line, "catalogNumber": "CR-S", "description": "Crash screw",
                                      "tracking": "serial", "singleUse": True}, "serial item")["id"]
    lot = post("inventory/items", {"productLineId": line, "catalogNumber": "CR-L", "description": "Crash pack",
                                   "tracking": "lot", "singleUse": False}, "lot item")["id"]
    per_client = 300

    def receive(custodian_id, prefix):
        body = post("inventory/receipts", {"custodianId": custodian_id, "itemId": serial,
                                           "serials": [f"{prefix}-{i}" for i in range(clients * per_client)]}, "receipt")
        ids = body["deviceIds"]
        return [ids[c * per_client:(c + 1) * per_client] for c in range(clients)]

    pairs = []
    for c in range(clients):
        body = post("inventory/receipts", {"custodianId": custodian["from"], "itemId": lot, "lines": [
            {"lot": f"L{c}-a", "quantity": 100000}, {"lot": f"L{c}-b", "quantity": 100000}]}, "lot receipt")
        pairs.append(body["deviceIds"])
    state = {
        "tenant": tenant, "adminEmail": email, "adminPassword": password, "custodian": custodian, "serialItem": serial,
        "transferDevices": receive(custodian["from"], "T"), "useDevices": receive(custodian["user"], "U"),
        "adjustPairs": pairs, "clients": clients,
        "facility": post("events/facilities", {"name": "Crash General"}, "facility")["id"],
        "surgeon": post("events/surgeons", {"firstName": "Cas", "lastName": "Crash"}, "surgeon")["id"],
        "caseType": must(call("GET", t + "events/types", admin), 200, "event types")["items"][0]["id"],
    }
    with open(state_file, "w") as f:
        json.dump(state, f)
    print(f"crash-load: tenant {tenant} ready", file=sys.stderr)


def outcome(status):
    if 200 <= status < 300:
        return "ack"
    if 400 <= status < 500 and status not in (408, 429):
        return "refused"
    return "doubt"


def load(base, realm, state, journal_file, seconds, max_ops, clients):
    session = Session(realm, state)
    t = f"{base}/api/t/{state['tenant']}/"
    journal, lock = [], threading.Lock()
    budget = [max_ops]
    deadline = time.time() + seconds

    def record(entry):
        with lock:
            journal.append(entry)
        if entry["status"] in (0, 404) or entry["status"] >= 500:
            time.sleep(1)  # down, or up without the application yet (404): do not spin until it is back

    def take():
        with lock:
            if budget[0] <= 0 or time.time() > deadline:
                return False
            budget[0] -= 1
            return True

    def client(c):
        transfer_devices = list(state["transferDevices"][c])
        use_devices = list(state["useDevices"][c])
        pair = state["adjustPairs"][c]
        event, event_lines, used = None, 0, []
        n = 0
        while take():
            kind = n % 4
            n += 1
            if kind == 0:
                serials = [f"R{c}-{n}-{i}-{uuid.uuid4().hex[:6]}" for i in range(3)]
                s = call("POST", t + "inventory/receipts", session.get(), {
                    "custodianId": state["custodian"]["receiving"], "itemId": state["serialItem"], "serials": serials})[0]
                record({"op": "receipt", "serials": serials, "result": outcome(s), "status": s})
            elif kind == 1 and len(transfer_devices) >= 2:
                devices = [transfer_devices.pop(), transfer_devices.pop()]
                s, body, headers = call("POST", t + "inventory/transfers", session.get(), {
                    "toCustodianId": state["custodian"]["to"], "lines": [{"deviceId": d} for d in devices]})
                entry = {"op": "transfer", "devices": devices, "result": outcome(s), "status": s}
                record(entry)
                if entry["result"] != "ack":
                    continue
                entry["id"] = body["id"]
                if event and used:
                    # a device pending transfer may not go into an event (refused, or an invariant breaks)
                    s2 = call("POST", f"{t}events/{event}/lines", session.get(), {"deviceId": devices[0], "usage": "used"})[0]
                    record({"op": "conflict-use", "device": devices[0], "event": event, "result": outcome(s2), "status": s2})
                s = call("POST", f"{t}inventory/transfers/{entry['id']}/accept", session.get(), body={})[0]
                record({"op": "accept", "transfer": entry["id"], "devices": devices, "result": outcome(s), "status": s})
            elif kind == 2 and use_devices:
                if event is None or event_lines >= LINES_PER_EVENT:
                    s, body, _ = call("POST", t + "events", session.get(), {
                        "typeId": state["caseType"], "representativeId": state["custodian"]["user"],
                        "name": f"Crash case {c}-{n}", "date": "2026-03-01", "facilityId": state["facility"],
                        "surgeonId": state["surgeon"], "patientId": "MRN-1"})
                    if s != 201:
                        continue
                    event, event_lines = body["id"], 0
                device = use_devices.pop()
                s = call("POST", f"{t}events/{event}/lines", session.get(), {"deviceId": device, "usage": "used"})[0]
                record({"op": "use", "device": device, "event": event, "result": outcome(s), "status": s})
                event_lines += 1
                if outcome(s) == "ack":
                    used.append(device)
                    if len(used) % 5 == 0:
                        # a device in an open event may not be transferred (refused, or an invariant breaks)
                        s2 = call("POST", t + "inventory/transfers", session.get(), {
                            "toCustodianId": state["custodian"]["to"], "lines": [{"deviceId": device}]})[0]
                        record({"op": "conflict-transfer", "device": device, "result": outcome(s2), "status": s2})
            else:
                s = call("POST", t + "inventory/adjustments", session.get(), {
                    "reason": "lost", "note": f"crash {c}-{n}", "lines": [{"deviceId": d, "delta": -1} for d in pair]})[0]
                record({"op": "adjust", "devices": pair, "result": outcome(s), "status": s})

    threads = [threading.Thread(target=client, args=(c,)) for c in range(min(clients, state["clients"]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open(journal_file, "w") as f:
        json.dump(journal, f)
    done = {r: sum(1 for e in journal if e["result"] == r) for r in ("ack", "refused", "doubt")}
    print(f"crash-load: {len(journal)} writes: {done['ack']} acknowledged, {done['refused']} refused, "
          f"{done['doubt']} in doubt", file=sys.stderr)


def pages(url, token):
    cursor = None
    while True:
        status, body, _ = call("GET", url + ("&" if "?" in url else "?") + "limit=200"
                               + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else ""), token, timeout=60)
        if status != 200:
            raise SystemExit(f"crash-load: GET {url} answered {status}: {str(body)[:300]}")
        yield from body.get("items", [])
        cursor = body.get("nextCursor")
        if not cursor:
            return


def pending(view):
    """The device's pending transfer (JSON-B leaves null fields out)."""
    return view.get("pendingTransferId")


def holder(view):
    return (view.get("custodian") or {}).get("id")


def check(base, realm, state, journal_file):
    with open(journal_file) as f:
        journal = json.load(f)
    token = Session(realm, state).get()
    t = f"{base}/api/t/{state['tenant']}/"
    devices = {}

    def device(device_id):
        if device_id not in devices:
            devices[device_id] = must(call("GET", f"{t}inventory/devices/{device_id}", token, timeout=60), 200, "device")
        return devices[device_id]

    received = {d["serial"] for d in pages(f"{t}inventory/devices?custodian={state['custodian']['receiving']}", token)}
    in_event = {}
    for summary in pages(f"{t}events?status=open", token):
        event = must(call("GET", f"{t}events/{summary['id']}", token, timeout=60), 200, "event")
        for line in event["lines"]:
            if line.get("inEvent"):
                in_event.setdefault(line["deviceId"], []).append(event["id"])
    counts = {"acknowledged": 0, "in doubt": 0, "in doubt, applied": 0, "lost": 0, "partial": 0, "refused": 0}
    problems = []
    adjusts = {}

    def judge(entry, happened, partial=False):
        if entry["result"] == "ack":
            counts["acknowledged"] += 1
            if not happened:
                counts["lost"] += 1
                problems.append(f"lost: {entry}")
        elif entry["result"] == "doubt":
            counts["in doubt"] += 1
            counts["in doubt, applied"] += 1 if happened else 0
        else:
            counts["refused"] += 1
        if partial:
            counts["partial"] += 1
            problems.append(f"partly applied: {entry}")

    for entry in journal:
        op = entry["op"]
        if op == "receipt":
            present = [s in received for s in entry["serials"]]
            judge(entry, all(present), any(present) and not all(present))
        elif op == "transfer":
            views = [device(d) for d in entry["devices"]]
            moved = [pending(v) is not None or holder(v) == state["custodian"]["to"] for v in views]
            same = len({pending(v) for v in views}) == 1
            judge(entry, all(moved), any(moved) and not (all(moved) and same))
        elif op == "accept":
            views = [device(d) for d in entry["devices"]]
            arrived = [holder(v) == state["custodian"]["to"] for v in views]
            transfer = must(call("GET", f"{t}inventory/transfers/{entry['transfer']}", token), 200, "transfer")
            consistent = (transfer["status"] == "accepted") == all(arrived)
            judge(entry, all(arrived), (any(arrived) and not all(arrived)) or not consistent)
        elif op == "use":
            judge(entry, entry["event"] in in_event.get(entry["device"], []))
        elif op in ("conflict-use", "conflict-transfer"):
            counts[TALLY[entry["result"]]] += 1
            if entry["result"] == "ack":
                problems.append(f"a conflicting write was accepted: {entry}")
        elif op == "adjust":
            a = adjusts.setdefault(tuple(entry["devices"]), {"ack": 0, "doubt": 0, "refused": 0})
            a[entry["result"]] += 1
            counts[TALLY[entry["result"]]] += 1
    for key, a in adjusts.items():
        drops = [100000 - device(d).get("quantity", 0) for d in key]
        if drops[0] != drops[1]:
            counts["partial"] += 1
            problems.append(f"adjustment applied to one device of a pair only: {key} dropped by {drops}")
        if drops[0] < a["ack"]:
            counts["lost"] += a["ack"] - drops[0]
            problems.append(f"lost adjustments on {key}: {a['ack']} acknowledged, {drops[0]} applied")
        elif drops[0] > a["ack"] + a["doubt"]:
            problems.append(f"more adjustments than sent on {key}: {drops[0]} > {a['ack']} + {a['doubt']}")
        else:
            counts["in doubt, applied"] += drops[0] - a["ack"]
    for device_id, events in in_event.items():
        if len(events) > 1:
            problems.append(f"device {device_id} is in {len(events)} open events: {events}")
        if pending(device(device_id)) is not None:
            problems.append(f"device {device_id} is in an open event and in pending transfer {pending(device(device_id))}")
    ledger = must(call("GET", f"{t}inventory/ledger/verify", token, timeout=120), 200, "ledger verify")
    if not ledger.get("consistent"):
        problems.append(f"ledger not consistent: {json.dumps(ledger)[:600]}")
    print(f"acknowledged {counts['acknowledged']} / in doubt {counts['in doubt']} "
          f"({counts['in doubt, applied']} applied, the rest not) / lost {counts['lost']} / partly applied "
          f"{counts['partial']} / refused {counts['refused']} / ledger "
          f"{'clean' if ledger.get('consistent') else 'NOT clean'} ({ledger.get('entries')} entries)")
    for problem in problems[:30]:
        print("  PROBLEM " + problem)
    return 1 if problems else 0


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    mode, base, keycloak, state_file = argv[1], argv[2].rstrip("/"), argv[3], argv[4]
    local_only(base)
    local_only(keycloak)
    realm = Realm(keycloak)
    if mode == "setup":
        setup(base, realm, state_file)
        return 0
    with open(state_file) as f:
        state = json.load(f)
    if mode == "load":
        load(base, realm, state, argv[5], float(argv[6]), int(argv[7]), int(argv[8]))
        return 0
    if mode == "check":
        return check(base, realm, state, argv[5])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
