import { describe, expect, it } from 'vitest';
import { countDelta, lineKey, ordersFor, requisitionOrder, type ReplenishmentLine } from './purchasing';

const line = (recipientId: string, itemId: string, vendorName: string | null, suggested: number) =>
  ({ recipientId, itemId, vendorName, suggested } as unknown as ReplenishmentLine);

describe('ordersFor', () => {
  it('groups the selected lines per vendor and counts those without one', () => {
    const lines = [line('r1', 'a', 'Acme', 15), line('r1', 'b', 'Bulk', 10), line('r2', 'a', 'Acme', 5), line('r2', 'c', null, 3)];
    const selected = new Set([lineKey(lines[0]), lineKey(lines[2]), lineKey(lines[3])]);
    const { vendors, withoutVendor } = ordersFor(lines, selected);
    expect([...vendors.entries()]).toEqual([['Acme', 20]]);
    expect(withoutVendor).toBe(1);
  });
});

describe('countDelta', () => {
  it('corrects only ticked lines, by counted minus expected', () => {
    expect(countDelta({ itemId: 'a', expected: 7, onHandNow: 9, movedSince: 2, counted: 5, ticked: true })).toBe(-2);
    expect(countDelta({ itemId: 'a', expected: 7, onHandNow: 9, movedSince: 2, counted: 100, ticked: false })).toBe(0);
    expect(countDelta({ itemId: 'a', expected: 4, onHandNow: 4, movedSince: 0, counted: 0, ticked: true })).toBe(-4);
  });
});

describe('requisitionOrder', () => {
  it('orders the lines given a quantity, at most what is left', () => {
    const lines = [
      { id: 'a', position: 1, itemId: 'i1', quantity: 10, ordered: 6, remaining: 4 },
      { id: 'b', position: 2, itemId: 'i2', quantity: 3, ordered: 0, remaining: 3 },
      { id: 'c', position: 3, itemId: 'i3', quantity: 2, ordered: 2, remaining: 0 },
    ];
    expect(requisitionOrder(lines, { a: 9, b: 0, c: 1 })).toEqual([{ lineId: 'a', quantity: 4 }]);
    expect(requisitionOrder(lines, { b: 2 })).toEqual([{ lineId: 'b', quantity: 2 }]);
  });
});
