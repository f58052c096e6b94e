// Logic of the administration pages (event types, facilities, surgeons), the operator's tenant controls and
// stock adjustments, kept apart from the pages so it can be tested without a browser.

/** A form's values as a request body: blank texts are left out, so the server stores no empty strings. */
export function withoutBlanks<T extends Record<string, unknown>>(form: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(form) as [keyof T, T[keyof T]][]) {
    const value = typeof v === 'string' ? v.trim() : v;
    if (value !== '' && value !== undefined && value !== null) out[k] = value as T[keyof T];
  }
  return out;
}

export interface AddressParts { street?: string; line2?: string; city?: string; region?: string; postalCode?: string; country?: string }

/** A facility's address on one line ("1 Main St, Springfield, IL 62701, US"); empty when it has none. */
export function addressLine(a: AddressParts | null | undefined): string {
  if (!a) return '';
  const place = [a.region, a.postalCode].filter(Boolean).join(' ');
  return [a.street, a.line2, a.city, place, a.country].filter(Boolean).join(', ');
}

/** The billing order with one contact moved one place up (-1) or down (+1); unchanged at either end. */
export function moved(ids: string[], id: string, by: -1 | 1): string[] {
  const at = ids.indexOf(id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= ids.length) return ids;
  const out = [...ids];
  [out[at], out[to]] = [out[to], out[at]];
  return out;
}

/** The billing order with a contact added at the end, or taken out if it is in it. */
export function toggled(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

export const ADJUSTMENT_REASONS = [
  { value: 'found', label: 'Found (adds units)' },
  { value: 'lost', label: 'Lost (takes units away)' },
  { value: 'damaged', label: 'Damaged (takes units away)' },
  { value: 'count_correction', label: 'Count correction (set the counted quantity)' },
];

/**
 * The signed change an adjustment sends: the person types how many units were found, lost or damaged, or for a
 * count correction the quantity they counted, and the change is the difference to what the device holds.
 */
export function adjustmentDelta(reason: string, typed: number, quantity: number): number {
  if (reason === 'count_correction') return typed - quantity;
  return reason === 'found' ? typed : -typed;
}

/** What the operator may do with a tenant in a status. */
export function tenantActions(status: string): ('suspend' | 'resume' | 'retry')[] {
  switch (status) {
    case 'active': return ['suspend'];
    case 'suspended': return ['resume'];
    case 'failed': return ['retry'];
    default: return [];
  }
}

/** The installed modules a tenant can be given, by id, without the ones it has. */
export function modulesToOffer(installed: { id: string; tenantModule: boolean }[], enabled: string[]): string[] {
  return installed.filter((m) => m.tenantModule && !enabled.includes(m.id)).map((m) => m.id);
}
