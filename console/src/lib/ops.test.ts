import { describe, expect, it } from 'vitest';
import { addressLine, adjustmentDelta, modulesToOffer, moved, tenantActions, toggled, withoutBlanks } from './ops';

describe('forms', () => {
  it('leaves blank texts out of a request and trims the rest', () => {
    expect(withoutBlanks({ name: ' Mercy ', street: '  ', city: '', phone: undefined, active: false }))
      .toEqual({ name: 'Mercy', active: false });
  });
  it('writes an address on one line, skipping what is missing', () => {
    expect(addressLine({ street: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' }))
      .toBe('1 Main St, Springfield, IL 62701, US');
    expect(addressLine({ city: 'Springfield' })).toBe('Springfield');
    expect(addressLine(null)).toBe('');
  });
});

describe('billing contacts', () => {
  it('moves a contact one place and stops at the ends', () => {
    expect(moved(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
  it('adds a contact at the end or takes it out', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('adjustments', () => {
  it('found adds, lost and damaged take away, a count correction is the difference to the quantity held', () => {
    expect(adjustmentDelta('found', 2, 5)).toBe(2);
    expect(adjustmentDelta('lost', 1, 5)).toBe(-1);
    expect(adjustmentDelta('damaged', 3, 5)).toBe(-3);
    expect(adjustmentDelta('count_correction', 3, 5)).toBe(-2);
    expect(adjustmentDelta('count_correction', 7, 5)).toBe(2);
  });
});

describe('operator', () => {
  it('offers the action a tenant\'s status allows', () => {
    expect(tenantActions('active')).toEqual(['suspend']);
    expect(tenantActions('suspended')).toEqual(['resume']);
    expect(tenantActions('failed')).toEqual(['retry']);
    expect(tenantActions('provisioning')).toEqual([]);
  });
  it('offers tenant modules the tenant does not have yet', () => {
    const installed = [{ id: 'tenant-config', tenantModule: false }, { id: 'inventory', tenantModule: true },
      { id: 'events', tenantModule: true }, { id: 'billing', tenantModule: true }];
    expect(modulesToOffer(installed, ['inventory'])).toEqual(['events', 'billing']);
  });
});
