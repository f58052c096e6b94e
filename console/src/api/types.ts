// The answers the console reads, as the server describes them in /openapi (schema.d.ts is generated from the
// committed snapshot openapi.json by `npm run openapi`; ConsoleServingIT checks the snapshot against the server).
import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * An answer as the server sends it: the generated schemas mark every member optional, the server's records always
 * carry them (members that may be null, like a device's serial, are still read with `??` in the pages).
 */
export type Answer<T> = T extends (infer U)[] ? Answer<U>[]
  : T extends object ? { [K in keyof T]-?: Answer<NonNullable<T[K]>> } : T;

export interface Page<T> { items: T[]; nextCursor?: string | null }
export type Custodian = Answer<Schemas['CustodianView']>;
export type Device = Answer<Schemas['DeviceView']>;
export type LedgerEntry = Answer<Schemas['EntryView']>;
export type Note = Answer<Schemas['NoteView']>;
export type TenantChoice = Answer<Schemas['TenantChoiceView']>;
export type MyContext = Answer<Schemas['MyContextView']>;
export type Transfer = Answer<Schemas['TransferView']>;
export type TransferLine = Transfer['lines'][number];
export type Location = Answer<Schemas['LocationView']>;
export type Received = Answer<Schemas['Received']>;
export type ConsoleConfig = Answer<Schemas['ConsoleConfig']>;
export type EventType = Answer<Schemas['EventTypeView']>;
export type Behaviour = Answer<Schemas['BehaviourView']>;
export type Facility = Answer<Schemas['FacilityView']>;
export type Contact = Answer<Schemas['ContactView']>;
export type Surgeon = Answer<Schemas['SurgeonView']>;
export type Tenant = Answer<Schemas['TenantView']>;
export type InstalledModule = Answer<Schemas['ModuleView']>;
export type CatalogItem = Answer<Schemas['ItemView']>;
export type Vendor = Answer<Schemas['VendorView']>;
export type VendorItem = Answer<Schemas['VendorItemView']>;
export type InventoryTemplate = Answer<Schemas['TemplateView']>;
export type RecipientOverride = Answer<Schemas['OverrideView']>;
export type Kit = Answer<Schemas['KitView']>;
export type KitAssignment = Answer<Schemas['KitAssignmentView']>;
export type PurchasingSettings = Answer<Schemas['SettingsView']>;
export type PriceListSummary = Answer<Schemas['PriceListSummary']>;
export type PriceList = Answer<Schemas['PriceListView']>;
export type FacilityPrices = Answer<Schemas['FacilityPricesView']>;
export type PriceSheet = Answer<Schemas['PriceSheetView']>;
export type BillingChange = Answer<Schemas['ChangeView']>;
export type Invoice = Answer<Schemas['InvoiceView']>;
export type ReminderSwitch = Answer<Schemas['ReminderSwitch']>;
