import { describe, expect, it } from 'vitest';
import { amount, assignable, changeWords, money, priceOverride, priceSource, sheetUpload, signatureOf } from './billing';

describe('signatureOf', () => {
  it('sends the drawn image, else the typed name, else nothing', () => {
    expect(signatureOf('data:image/png;base64,iVBOR', 'Dr. Bailey')).toEqual({ drawn: 'data:image/png;base64,iVBOR' });
    expect(signatureOf(null, '  Dr. Miranda Bailey ')).toEqual({ typedName: 'Dr. Miranda Bailey' });
    expect(signatureOf(null, '   ')).toBeNull();
  });
});

describe('prices', () => {
  it('shows money in the currency and where the price came from', () => {
    expect(money(125.5, 'USD')).toBe('$125.50');
    expect(money(null, 'USD')).toBe('no price');
    expect(priceSource('list-price', null)).toBe('list price');
    expect(priceSource('price-list', 'Hospitals 2026')).toBe('price list Hospitals 2026');
    expect(priceSource(null, null)).toBe('no price: enter one');
    expect(amount(118)).toBe('118.00');
    expect(amount(95.125)).toBe('95.125');
  });
});

describe('billing administration', () => {
  it('names each step of the billing history', () => {
    expect(changeWords('price-overridden')).toBe('Price set by hand');
    expect(changeWords('po-entered')).toBe('PO entered');
    expect(changeWords('something-new')).toBe('something-new');
  });
  it('sends a manual price only with a price not below zero and a reason', () => {
    expect(priceOverride(99.5, '  contract renegotiated ')).toEqual({ unitPrice: 99.5, reason: 'contract renegotiated' });
    expect(priceOverride(0, 'sample, no charge')).toEqual({ unitPrice: 0, reason: 'sample, no charge' });
    expect(priceOverride(99.5, '   ')).toBeNull();
    expect(priceOverride('', 'why')).toBeNull();
    expect(priceOverride(-1, 'why')).toBeNull();
  });
  it('offers only the facilities not already on the list', () => {
    const all = [{ id: 'f1', name: 'Mercy' }, { id: 'f2', name: 'County' }];
    expect(assignable(all, [{ facilityId: 'f1' }])).toEqual([{ id: 'f2', name: 'County' }]);
    expect(assignable(all, [])).toEqual(all);
  });
  it('uploads a sheet as CSV text with its file name', () => {
    expect(sheetUpload('mercy 2026.csv', 'catalogNumber,unitPrice\nA,1\n')).toEqual({
      query: '?fileName=mercy%202026.csv', body: { raw: 'catalogNumber,unitPrice\nA,1\n', contentType: 'text/csv; charset=UTF-8' } });
  });
});
