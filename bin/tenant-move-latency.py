#!/usr/bin/env python3
"""Latency of one read, a tenant on the main cluster next to one moved to another (bin/tenant-move-test).

  tenant-move-latency.py BASE KEYCLOAK STATE_MAIN STATE_MOVED [N]

Alternates N GETs of the device list (one custodian's, first page) between the two tenants, one client, after 50
warm-up requests each; prints p50 / p90 / p99 in ms per tenant. Only local addresses.
"""
import importlib.util
import json
import os
import sys
import time

spec = importlib.util.spec_from_file_location("crash_load", os.path.join(os.path.dirname(__file__), "crash-load.py"))
crash = importlib.util.module_from_spec(spec)
spec.loader.exec_module(crash)


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    base, keycloak = argv[1].rstrip("/"), argv[2]
    crash.local_only(base)
    crash.local_only(keycloak)
    n = int(argv[5]) if len(argv) > 5 else 300
    realm = crash.Realm(keycloak)
    tenants = []
    for name, path in (("main", argv[3]), ("moved", argv[4])):
        with open(path) as f:
            state = json.load(f)
        url = f"{base}/api/t/{state['tenant']}/inventory/devices?custodian={state['custodian']['receiving']}&limit=20"
        tenants.append((name, crash.Session(realm, state), url, []))
    for i in range(50 + n):
        for name, session, url, times in tenants:
            start = time.perf_counter()
            status = crash.call("GET", url, session.get())[0]
            elapsed = (time.perf_counter() - start) * 1000
            if status != 200:
                sys.exit(f"tenant-move-latency: {name} answered {status}")
            if i >= 50:
                times.append(elapsed)
    for name, _, _, times in tenants:
        times.sort()
        pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
        print(f"{name}: n={len(times)} p50={pick(0.5):.1f} ms p90={pick(0.9):.1f} ms p99={pick(0.99):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
