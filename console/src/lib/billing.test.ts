import { describe, expect, it } from 'vitest';
import { money, priceSource, signatureOf } from './billing';

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
  });
});
