// Shapes of the answers the console reads (the server's records; see schema.d.ts for the whole API).
export interface Page<T> { items: T[]; nextCursor?: string | null }
export interface Custodian { id: string; kind: string; name: string }
export interface ItemRef { id: string; catalogNumber: string; description: string }
export interface Device {
  id: string; item: ItemRef; serial?: string | null; lot?: string | null; expiry?: string | null; quantity: number;
  status: string; custodian: Custodian; facilityId?: string | null; pendingTransferId?: string | null;
  inactive?: { cause: string; reason: string; at: string } | null; udi?: string | null; receivedAt: string; tags: string[];
}
export interface LedgerEntry {
  seq: number; occurredAt: string; type: string; quantity: number; from?: Custodian | null; to?: Custodian | null;
  status: string; reason?: string | null; source?: { type: string; id: string; reference?: string | null } | null;
}
export interface Note { id: string; text: string; createdAt: string }
export interface TenantChoice { id: string; displayName: string; status: string; role: string; memberId: string; modules: string[] }
export interface MyContext { tenant: string; displayName: string; role: string; memberId: string; modules: string[]; username: string; operator: boolean }
export interface TransferLine { id: string; position: number; deviceId: string; quantity: number; status: string; receivedDeviceId?: string | null }
export interface Transfer {
  id: string; from: Custodian; to: Custodian; status: string; note?: string | null; createdAt: string; lines: TransferLine[];
}
export interface Location { id: string; name: string; kind: string; active: boolean }
export interface Received { receiptId?: string; deviceIds: string[] }
export interface ConsoleConfig { keycloakUrl: string; realm: string; clientId: string }
