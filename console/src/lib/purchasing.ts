// Purchasing's shapes (the server's records) and the little logic the purchasing pages need.

export interface DocumentRef { type: string; id: string; label: string; quantity: number }
export interface ReplenishmentLine {
  recipientId: string; recipientName: string; itemId: string; catalogNumber: string; description: string;
  min: number; base: number; onHand: number; expiring: number; counted: number; transfersIn: number; transfersOut: number;
  onOrder: number; requested: number; projected: number; belowMinimum: boolean; suggested: number;
  vendorId?: string | null; vendorName?: string | null; vendorSource?: string | null; partNumber?: string | null;
  unitCost?: number | null; documents: DocumentRef[]; explanation: string[];
}
export interface Replenishment { expiryHorizon: string; lines: ReplenishmentLine[] }
export interface OrderSummary { id: string; number: number; vendorId: string; vendorName: string; status: string; createdAt: string;
  submittedTo?: string | null; vendorReference?: string | null }
export interface OrderLine { id: string; position: number; recipientId: string; itemId: string; catalogNumber?: string | null;
  description?: string | null; partNumber?: string | null;
  quantity: number; received: number; remaining: number; unitCost?: number | null; explanation?: string | null }
export interface Order extends OrderSummary { cancelReason?: string | null; cancelledAt?: string | null; emailedTo?: string | null;
  emailedAt?: string | null; lines: OrderLine[];
  receipts: { lineId: string; quantity: number; lot?: string | null; expiry?: string | null; deviceId?: string | null; receivedAt: string }[] }
export interface CountLine { itemId: string; catalogNumber?: string | null; description?: string | null; expected: number; onHandNow: number; movedSince: number; counted?: number | null;
  ticked: boolean; appliedDelta?: number | null }
export interface Count { id: string; recipientId: string; status: string; initial: boolean; startedAt: string;
  appliedAt?: string | null; lines: CountLine[] }
export interface Recipient { custodianId: string; name: string; templateId?: string | null; autoReplenish: boolean; addedAt: string }

/** A line's key in a selection. */
export const lineKey = (l: { recipientId: string; itemId: string }) => `${l.recipientId}/${l.itemId}`;

/** What saving the selected lines makes: one order per vendor, with its units; lines without a vendor cannot be saved. */
export function ordersFor(lines: ReplenishmentLine[], selected: Set<string>): { vendors: Map<string, number>; withoutVendor: number } {
  const vendors = new Map<string, number>();
  let withoutVendor = 0;
  for (const l of lines) {
    if (!selected.has(lineKey(l))) continue;
    if (!l.vendorName) { withoutVendor++; continue; }
    vendors.set(l.vendorName, (vendors.get(l.vendorName) ?? 0) + l.suggested);
  }
  return { vendors, withoutVendor };
}

/** The correction applying a count line makes (what the server applies): counted minus expected, for ticked lines. */
export function countDelta(line: CountLine): number {
  return line.ticked && line.counted != null ? line.counted - line.expected : 0;
}

export interface ReasonCode { id: string; code: string; label: string; requiresReimbursement: boolean }
export interface SpillageLine { id: string; position: number; itemId: string; quantity: number; reasonCodeId: string; note?: string | null; addedAt: string }
export interface Rma { id: string; number: number; reportId: string; vendorId: string; status: string; createdAt: string; spillageLineIds: string[] }
export interface SpillageReport { id: string; number: number; recipientId: string; status: string; createdAt: string;
  lockedAt?: string | null; closedAt?: string | null; lines: SpillageLine[]; rmas: Rma[] }

export interface RequisitionLine { id: string; position: number; itemId: string; quantity: number; ordered: number; remaining: number }
export interface Requisition { id: string; number: number; recipientId: string; status: string; source: string;
  createdAt: string; rejectReason?: string | null; lines: RequisitionLine[]; purchaseOrderIds: string[] }
export interface RequisitionSummary { id: string; number: number; recipientId: string; status: string; source: string; createdAt: string }

/** The lines an admin orders: those given a quantity above 0, never more than is left (the server refuses more). */
export function requisitionOrder(lines: RequisitionLine[], quantities: Record<string, number>): { lineId: string; quantity: number }[] {
  return lines.filter((l) => (quantities[l.id] ?? 0) > 0 && l.remaining > 0)
    .map((l) => ({ lineId: l.id, quantity: Math.min(quantities[l.id], l.remaining) }));
}

/** The tabs of the purchasing setup page (admins), each at /t/{tenant}/purchasing/admin/{section}. */
export const ADMIN_SECTIONS = [
  { value: 'vendors', label: 'Vendors' },
  { value: 'templates', label: 'Templates' },
  { value: 'recipients', label: 'Recipients' },
  { value: 'kits', label: 'Kits' },
  { value: 'settings', label: 'Settings' },
] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number]['value'];

/** The route of a setup section, or of one record in it. */
export function adminRoute(tenant: string, section: AdminSection, id?: string): string {
  return `/t/${tenant}/purchasing/admin/${section}${id ? `/${encodeURIComponent(id)}` : ''}`;
}

/** A known section name, or undefined (the page then says there is nothing there). */
export function adminSection(name: string): AdminSection | undefined {
  return ADMIN_SECTIONS.find((s) => s.value === name)?.value;
}

/** An item as people know it ("OS-GL100 Exam gloves"), or the start of its id while the catalog loads. */
export function itemLabel(items: { id: string; catalogNumber: string; description: string }[] | undefined, id: string): string {
  const i = items?.find((x) => x.id === id);
  return i ? `${i.catalogNumber} ${i.description}` : id.slice(0, 8);
}

/** Who may become an inventory recipient: members and office locations not yet recipients, by name. */
export function recipientCandidates(members: { id: string; displayName: string; status?: string }[],
  locations: { id: string; name: string; kind?: string }[], recipients: { custodianId: string }[]): { value: string; label: string }[] {
  const taken = new Set(recipients.map((r) => r.custodianId));
  return [
    ...members.filter((m) => m.status !== 'disabled').map((m) => ({ value: m.id, label: m.displayName })),
    ...locations.map((l) => ({ value: l.id, label: `${l.name} (${l.kind ?? 'location'})` })),
  ].filter((c) => !taken.has(c.value)).sort((a, b) => a.label.localeCompare(b.label));
}

/** A number input's value for a request: an empty input is "not given" (null), never 0. */
export function numberOrNull(value: number | string): number | null {
  return value === '' || value === null || Number.isNaN(Number(value)) ? null : Number(value);
}
