// The admin pages' shapes (the server's records) and what turns their forms into requests.
import { ApiProblem } from '../api/client';

export interface ProductLine { id: string; name: string; description?: string | null; active: boolean }
export interface Item { id: string; productLineId: string; catalogNumber: string; description: string; gtin?: string | null;
  tracking: string; singleUse: boolean; listPrice?: number | null; active: boolean }
export interface Address { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null;
  postalCode?: string | null; country?: string | null }
export interface Place { id: string; name: string; kind: string; address?: Address | null; active: boolean }
export interface Settings { displayName: string; timeZone: string; currency: string }
export interface SharingLink { id: string; distributorId: string; distributorName?: string | null; salesId: string;
  salesName?: string | null; active: boolean; createdAt: string; createdBy?: string | null; removedAt?: string | null }
export interface Member { id: string; displayName: string; role: string; kind?: string | null; status?: string | null; email?: string | null }

/** Trimmed text, or null when blank: the API's optional fields take null, not "". */
export function orNull(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  return t === '' ? null : t;
}

/** A price as typed: blank is none, a number is sent as one, anything else as typed (the server names the field). */
export function price(text: string): number | string | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

export interface ItemForm { productLineId: string | null; catalogNumber: string; description: string; gtin: string;
  tracking: string; singleUse: boolean; listPrice: string; active: boolean }

export const itemForm = (i?: Item): ItemForm => ({ productLineId: i?.productLineId ?? null, catalogNumber: i?.catalogNumber ?? '',
  description: i?.description ?? '', gtin: i?.gtin ?? '', tracking: i?.tracking ?? 'serial', singleUse: i?.singleUse ?? true,
  listPrice: i?.listPrice == null ? '' : String(i.listPrice), active: i?.active ?? true });

export function itemRequest(f: ItemForm) {
  return { productLineId: f.productLineId, catalogNumber: f.catalogNumber.trim(), description: f.description.trim(),
    gtin: orNull(f.gtin), tracking: f.tracking, singleUse: f.singleUse, listPrice: price(f.listPrice), active: f.active };
}

export const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
export interface PlaceForm { name: string; kind: string; active: boolean; address: Record<(typeof ADDRESS_FIELDS)[number], string> }

export const placeForm = (p?: Place): PlaceForm => ({ name: p?.name ?? '', kind: p?.kind ?? 'warehouse', active: p?.active ?? true,
  address: Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, p?.address?.[k] ?? ''])) as PlaceForm['address'] });

/** A location's request: an address with no line filled in is no address at all. */
export function placeRequest(f: PlaceForm) {
  const address = Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, orNull(f.address[k])]));
  const any = Object.values(address).some((v) => v !== null);
  return { name: f.name.trim(), kind: f.kind, active: f.active, address: any ? address : null };
}

/** One line for an address in a table. */
export const addressLine = (a?: Address | null) =>
  a ? [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ') : '';

/**
 * A refusal that names its field only by its type (e.g. urn:consigna:problem:invalid-currency) made to name the field,
 * so the page shows it next to that input.
 */
export function namingField(error: unknown, fieldsByType: Record<string, string>): unknown {
  if (!(error instanceof ApiProblem) || error.errors.length > 0) return error;
  const slug = error.type.slice(error.type.lastIndexOf(':') + 1);
  const field = fieldsByType[slug];
  return field ? new ApiProblem(error.status, { ...error.body, field }) : error;
}

/** What an admin may do to a member: never disable themselves; a disabled member can be enabled again. */
export function memberAction(m: Member, self: string | undefined): 'disable' | 'enable' | null {
  if (m.id === self) return null;
  if (m.status === 'disabled') return 'enable';
  return m.status === 'active' ? 'disable' : null;
}

/** The members a sharing link may join: signed-in or custodian-only distributors, and sales reps, active ones only. */
export function linkable(members: Member[]) {
  const active = members.filter((m) => m.status !== 'disabled');
  const option = (m: Member) => ({ value: m.id, label: m.displayName });
  return { distributors: active.filter((m) => m.role === 'distributor').map(option), sales: active.filter((m) => m.role === 'sales').map(option) };
}
