// Billing's shapes (the server's records) and the little logic the sign-and-close and billing views need.

export interface ReviewLine {
  lineId: string; itemId: string; catalogNumber?: string | null; description?: string | null; quantity: number; usage: string;
  unitPrice?: number | null; source?: string | null; sourceName?: string | null; lineTotal?: number | null;
}
export interface Review { eventId: string; status: string; billingApplies: boolean; currency: string; lines: ReviewLine[]; total: number }
export interface BilledLine extends ReviewLine { overridden: boolean; overrideReason?: string | null }
export interface SignatureMeta { party: string; kind: string; imageBytes?: number | null; typedName?: string | null; signedAt: string }
export interface BillingEvent {
  id: string; eventId: string; submission: number; status: string; facilityId: string; representativeId: string; sale: boolean;
  closedAt: string; currency: string; lines: BilledLine[]; total: number; signatures: SignatureMeta[];
  poNumber?: string | null; poEnteredAt?: string | null; pricesEdited: boolean; invoiceNumber?: number | null;
  lastSharedAt?: string | null;
}

/** One party's signature as the server takes it: the drawn PNG, else the typed full name, else none. */
export function signatureOf(drawn: string | null, typedName: string): { drawn: string } | { typedName: string } | null {
  if (drawn) return { drawn };
  const name = typedName.trim();
  return name ? { typedName: name } : null;
}

/** A price in the tenant's currency; "no price" when the item has none here. */
export function money(amount: number | null | undefined, currency: string): string {
  if (amount == null) return 'no price';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
}

/** Where a price came from, in words. */
export function priceSource(source: string | null | undefined, name: string | null | undefined): string {
  switch (source) {
    case 'contract': return `contract${name ? ` (${name})` : ''}`;
    case 'price-list': return `price list${name ? ` ${name}` : ''}`;
    case 'list-price': return 'list price';
    default: return 'no price: enter one';
  }
}

/** A step of an event's billing history, in words. */
export function changeWords(action: string): string {
  switch (action) {
    case 'closed': return 'Signed and closed';
    case 'price-overridden': return 'Price set by hand';
    case 'po-entered': return 'PO entered';
    case 'po-corrected': return 'PO corrected';
    case 'voided': return 'Voided (reopened)';
    case 'replenishment-requested': return 'Replenishment requested';
    case 'replenishment-transfer': return 'Replenishment sent';
    default: return action;
  }
}

/** The body of a manual price: a price not below zero and a reason, else null (the button stays off). */
export function priceOverride(unitPrice: number | string | undefined, reason: string): { unitPrice: number; reason: string } | null {
  const price = typeof unitPrice === 'number' ? unitPrice : Number.NaN;
  const why = reason.trim();
  return Number.isFinite(price) && price >= 0 && why ? { unitPrice: price, reason: why } : null;
}

/** The facilities a price list may still be assigned to: every one not currently on it. */
export function assignable<F extends { id: string }>(facilities: F[], assigned: { facilityId: string }[]): F[] {
  const on = new Set(assigned.map((a) => a.facilityId));
  return facilities.filter((f) => !on.has(f.id));
}

/** What a price sheet upload sends: the file's text as CSV and its name (for the sheet's history). */
export function sheetUpload(fileName: string, text: string): { query: string; body: { raw: string; contentType: string } } {
  return { query: `?fileName=${encodeURIComponent(fileName.slice(0, 255))}`, body: { raw: text, contentType: 'text/csv; charset=UTF-8' } };
}

/** A price where the list carries no currency (price lists, sheets): two decimals at least, up to the four kept. */
export function amount(value: number | null | undefined): string {
  if (value == null) return '';
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value);
}
