import { describe, expect, it } from 'vitest';
import { adminRoute, adminSection, itemLabel, numberOrNull, recipientCandidates } from './purchasing';
import { match } from './router';

describe('purchasing setup routes', () => {
  it('a section and a record in it, matched back by the page', () => {
    expect(adminRoute('acme', 'vendors')).toBe('/t/acme/purchasing/admin/vendors');
    expect(adminRoute('acme', 'kits', 'k 1')).toBe('/t/acme/purchasing/admin/kits/k%201');
    expect(match('/t/:tenant/purchasing/admin/:section/:id', adminRoute('acme', 'kits', 'k 1'))).toEqual({ tenant: 'acme', section: 'kits', id: 'k 1' });
  });
  it('knows its sections only', () => {
    expect(adminSection('templates')).toBe('templates');
    expect(adminSection('orders')).toBeUndefined();
  });
});

describe('purchasing setup helpers', () => {
  it('names an item by catalog number and description, or by the start of its id while the catalog loads', () => {
    const items = [{ id: 'i1', catalogNumber: 'OS-1', description: 'Gloves' }];
    expect(itemLabel(items, 'i1')).toBe('OS-1 Gloves');
    expect(itemLabel(undefined, '0123456789abcdef')).toBe('01234567');
  });
  it('offers members and locations that are not recipients yet, by name', () => {
    const members = [{ id: 'm1', displayName: 'Zoe Rep' }, { id: 'm2', displayName: 'Al Rep' }, { id: 'm3', displayName: 'Gone', status: 'disabled' }];
    const locations = [{ id: 'l1', name: 'Front office', kind: 'office' }];
    expect(recipientCandidates(members, locations, [{ custodianId: 'm2' }]))
      .toEqual([{ value: 'l1', label: 'Front office (office)' }, { value: 'm1', label: 'Zoe Rep' }]);
  });
  it('an empty number input is not given, 0 is', () => {
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull(0)).toBe(0);
    expect(numberOrNull('12')).toBe(12);
  });
});
