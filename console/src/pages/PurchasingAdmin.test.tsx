import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/client';
import { PurchasingAdminPage } from './PurchasingAdmin';

const answers: Record<string, unknown> = {
  't/acme/inventory/items?active=true&limit=200': { items: [{ id: 'i1', catalogNumber: 'OS-1', description: 'Gloves' }] },
  't/acme/purchasing/vendors?limit=200': { items: [{ id: 'v1', name: 'Northwind', email: 'o@n.test', connector: null, active: true }] },
  't/acme/purchasing/vendors/v1': { id: 'v1', name: 'Northwind', email: 'o@n.test', connector: null, active: true },
  't/acme/purchasing/vendors/v1/items': [{ vendorId: 'v1', itemId: 'i1', partNumber: 'NW-1', unitCost: 4.5, leadTimeDays: 3, preferred: true }],
  't/acme/purchasing/kits/k1': { id: 'k1', name: 'Starter', createdAt: '2026-12-01T00:00:00Z', items: [{ itemId: 'i1', quantity: 4 }] },
  't/acme/purchasing/recipients': [{ custodianId: 'm1', name: 'Sam Rep', templateId: null, autoReplenish: false }],
  't/acme/purchasing/templates?limit=200': { items: [{ id: 't1', name: 'Rep bag', createdAt: '2026-12-01T00:00:00Z', lines: [] }] },
  't/acme/purchasing/recipients/m1/overrides': [
    { custodianId: 'm1', itemId: 'i1', catalogNumber: 'OS-1', description: 'Gloves', vendorId: 'v1', min: 2, base: 8 },
    { custodianId: 'm1', itemId: 'i2', catalogNumber: 'OS-2', description: 'Drapes' },
  ],
  't/acme/purchasing/settings': { expiryHorizonDays: 30, requisitionsEnabled: false },
  't/acme/purchasing/reason-codes': [{ id: 'r1', code: 'DMG', label: 'Damaged', requiresReimbursement: true }],
};
// What the page PUT, and the answer the next PUT gets (a refusal when set).
const puts: unknown[][] = [];
let refusal: ApiProblem | undefined;
vi.mock('../api/client', async (original) => ({
  ...(await original<typeof import('../api/client')>()),
  get: (path: string) => (path in answers ? Promise.resolve(answers[path]) : Promise.reject(new Error(`no answer for ${path}`))),
  put: (...args: unknown[]) => { puts.push(args); return refusal ? Promise.reject(refusal) : Promise.resolve({}); },
}));

const show = (section: string, id?: string) =>
  render(<MantineProvider><PurchasingAdminPage tenant="acme" section={section} id={id} /></MantineProvider>);

describe('purchasing setup', () => {
  beforeEach(() => { puts.length = 0; refusal = undefined; });

  it('a vendor with the items it supplies, named from the catalog', async () => {
    show('vendors', 'v1');
    await waitFor(() => expect(screen.getByRole('table', { name: 'Items supplied' }).textContent).toContain('OS-1 Gloves'));
    expect(screen.getByRole('table', { name: 'Items supplied' }).textContent).toContain('NW-1');
    expect(screen.getByRole('tab', { name: 'Vendors' }).getAttribute('aria-selected')).toBe('true');
  });

  it('a kit with its items and the form assigning it', async () => {
    show('kits', 'k1');
    await waitFor(() => expect(screen.getByRole('table', { name: 'Kit items' }).textContent).toContain('OS-1 Gloves4'));
    expect(screen.getByRole('button', { name: 'Assign' })).toBeTruthy();
  });

  it("a recipient's saved overrides, named as the server names them", async () => {
    show('recipients', 'm1');
    const overrides = () => screen.getByRole('table', { name: 'Overrides' }).textContent;
    await waitFor(() => expect(overrides()).toContain('OS-1 GlovesNorthwind28'));
    expect(overrides()).toContain("OS-2 Drapesthe template'sthe template'sthe template's");
    expect(screen.getByRole('button', { name: 'Save the override' })).toBeTruthy();
  });

  it('settings and reason codes; a refused setting is shown next to its field', async () => {
    refusal = new ApiProblem(400, { title: 'Invalid request', detail: '1 invalid field',
      errors: [{ field: 'changeSettings.request.expiryHorizonDays', message: 'must be less than or equal to 3650' }] });
    show('settings');
    await waitFor(() => expect(screen.getByRole('table', { name: 'Reason codes' }).textContent).toContain('Damaged'));
    fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
    await waitFor(() => expect(screen.getByText('Invalid request: must be less than or equal to 3650')).toBeTruthy());
    expect(puts).toEqual([['t/acme/purchasing/settings', { expiryHorizonDays: 30, requisitionsEnabled: false }]]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so for a section it does not know', () => {
    show('orders');
    expect(screen.getByText('Nothing here. Choose a tab above.')).toBeTruthy();
  });
});
