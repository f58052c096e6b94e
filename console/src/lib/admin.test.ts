import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client';
import { addressLine, itemForm, itemRequest, linkable, memberAction, namingField, placeForm, placeRequest, price } from './admin';

describe('catalog forms', () => {
  it('sends blank optional fields as null and a typed price as a number', () => {
    const f = { ...itemForm(), productLineId: 'l1', catalogNumber: ' SP-1 ', description: 'Screw', gtin: ' ', listPrice: '12,50' };
    expect(itemRequest(f)).toEqual({ productLineId: 'l1', catalogNumber: 'SP-1', description: 'Screw', gtin: null,
      tracking: 'serial', singleUse: true, listPrice: 12.5, active: true });
  });
  it('keeps a price that is no number as typed, for the server to name', () => {
    expect(price('')).toBeNull();
    expect(price('7')).toBe(7);
    expect(price('ten')).toBe('ten');
  });
  it('starts an edit from the item as it is', () => {
    const f = itemForm({ id: 'i', productLineId: 'l', catalogNumber: 'R-1', description: 'Rod', gtin: null, tracking: 'lot',
      singleUse: false, listPrice: 40, active: false });
    expect(f).toMatchObject({ tracking: 'lot', singleUse: false, listPrice: '40', gtin: '', active: false });
  });
});

describe('location forms', () => {
  it('an address with nothing filled in is no address', () => {
    expect(placeRequest({ ...placeForm(), name: ' Depot ' })).toEqual({ name: 'Depot', kind: 'warehouse', active: true, address: null });
  });
  it('filled lines are sent trimmed, blank ones as null', () => {
    const f = placeForm();
    f.address.city = ' Berlin '; f.address.country = 'de';
    expect(placeRequest(f).address).toEqual({ line1: null, line2: null, city: 'Berlin', region: null, postalCode: null, country: 'de' });
  });
  it('an address reads on one line', () => {
    expect(addressLine({ line1: 'Hafenstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' })).toBe('Hafenstr. 1, 10115 Berlin, DE');
    expect(addressLine(null)).toBe('');
  });
});

describe('refusals named by their type', () => {
  it('name the field they are about, so the page shows them next to it', () => {
    const p = new ApiProblem(400, { type: 'urn:consigna:problem:invalid-currency', title: 'Bad request', detail: "'XX' is not a currency" });
    const named = namingField(p, { 'invalid-currency': 'currency' }) as ApiProblem;
    expect(named.fieldMessage('currency')).toBe("'XX' is not a currency");
    expect(named.title).toBe('Bad request');
  });
  it('leave other problems as they are', () => {
    const p = new ApiProblem(409, { type: 'urn:consigna:problem:duplicate', title: 'Conflict' });
    expect(namingField(p, { 'invalid-currency': 'currency' })).toBe(p);
    expect(namingField(undefined, {})).toBeUndefined();
  });
});

describe('members', () => {
  const m = (id: string, role: string, status: string) => ({ id, displayName: id, role, status });
  it('an admin disables others, enables disabled ones, never disables themselves', () => {
    expect(memberAction(m('a', 'sales', 'active'), 'me')).toBe('disable');
    expect(memberAction(m('a', 'sales', 'disabled'), 'me')).toBe('enable');
    expect(memberAction(m('me', 'admin', 'active'), 'me')).toBeNull();
  });
  it('sharing links join active distributors and sales reps', () => {
    const { distributors, sales } = linkable([m('d', 'distributor', 'active'), m('x', 'distributor', 'disabled'), m('s', 'sales', 'active'), m('a', 'admin', 'active')]);
    expect(distributors.map((o) => o.value)).toEqual(['d']);
    expect(sales.map((o) => o.value)).toEqual(['s']);
  });
});
