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
