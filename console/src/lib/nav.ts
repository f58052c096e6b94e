import type { MyContext } from '../api/types';

export interface NavEntry { label: string; route: string }

/** What the navigation shows: only the modules the tenant has and what the caller's role may use. */
export function navigationFor(context: MyContext | null, operator: boolean): NavEntry[] {
  const entries: NavEntry[] = [];
  if (context) {
    const t = `/t/${context.tenant}`;
    const has = (m: string) => context.modules.includes(m);
    if (has('inventory')) {
      entries.push({ label: 'Inventory', route: `${t}/inventory` });
      entries.push({ label: 'Receive', route: `${t}/receive` });
      entries.push({ label: 'Transfers', route: `${t}/transfers` });
    }
    if (has('events')) entries.push({ label: 'Events', route: `${t}/events` });
    if (has('facility-stock')) entries.push({ label: 'Facility stock', route: `${t}/facility-stock` });
    if (has('billing')) {
      if (context.role === 'admin') entries.push({ label: 'Pending PO', route: `${t}/billing/pending-po` });
      entries.push({ label: 'Invoices', route: `${t}/billing/invoices` });
      entries.push({ label: 'Price lists', route: `${t}/billing/price-lists` });
      entries.push({ label: 'Facility prices', route: `${t}/billing/facilities` });
    }
    if (has('purchasing')) entries.push({ label: 'Purchasing', route: `${t}/purchasing` });
    if (has('events') && context.role === 'admin') {
      entries.push({ label: 'Event types', route: `${t}/admin/event-types` });
      entries.push({ label: 'Facilities', route: `${t}/admin/facilities` });
      entries.push({ label: 'Surgeons', route: `${t}/admin/surgeons` });
    }
    if (has('purchasing') && context.role === 'admin') entries.push({ label: 'Purchasing setup', route: `${t}/purchasing/admin` });
    if (context.role === 'admin') {
      entries.push({ label: 'Members', route: `${t}/admin/members` });
      // The rest of the administration is about stock (its catalog, places, who shares it, prices' currency):
      // shown with inventory, which every module that holds data depends on.
      if (has('inventory')) {
        entries.push({ label: 'Catalog', route: `${t}/admin/catalog` });
        entries.push({ label: 'Locations', route: `${t}/admin/locations` });
        entries.push({ label: 'Sharing links', route: `${t}/admin/sharing-links` });
        entries.push({ label: 'Settings', route: `${t}/admin/settings` });
      }
    }
  }
  if (operator) entries.push({ label: 'Tenants', route: '/operator/tenants' });
  return entries;
}

/** The entry a route is under: the one with the longest route it starts with ("Purchasing setup" over "Purchasing"). */
export function activeEntry(entries: NavEntry[], route: string): NavEntry | undefined {
  return entries.filter((e) => route === e.route || route.startsWith(e.route + '/'))
    .reduce<NavEntry | undefined>((best, e) => (!best || e.route.length > best.route.length ? e : best), undefined);
}

/** The words the events module has used for a submitted event ("submitted", later "closed"). */
export function isSubmitted(status: string): boolean {
  return status === 'submitted' || status === 'closed';
}

/** The tenant a route is in ("/t/{tenant}/..."), else the person's first tenant, else none. */
export function currentTenant(route: string, choices: { id: string }[] | undefined): string | undefined {
  return route.match(/^\/t\/([^/]+)/)?.[1] ?? choices?.[0]?.id;
}
