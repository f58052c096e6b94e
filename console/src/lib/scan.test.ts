import { describe, expect, it } from 'vitest';
import { appendScan, deviceForScan, scanToLine } from './scan';
import { splitUdis } from './udi';

const GS = '\u001d';

describe('scanToLine', () => {
  it('drops the FNC1 a GS1 DataMatrix starts with and writes inner separators as <GS>', () => {
    const raw = `${GS}010401234567890117261231${GS}10LOT1${GS}21SN-9`;
    expect(scanToLine(raw)).toBe('010401234567890117261231<GS>10LOT1<GS>21SN-9');
  });
  it('drops a symbology identifier', () => {
    expect(scanToLine(']d201040123456789012112')).toBe('01040123456789012112');
  });
  it('round-trips through splitUdis to the separator the server reads', () => {
    expect(splitUdis(scanToLine(`${GS}0104012345678901${GS}21A`))).toEqual([`0104012345678901${GS}21A`]);
  });
});

describe('appendScan', () => {
  it('adds a new UDI as its own line', () => {
    expect(appendScan('(01)1(21)A\n', '0104012345678901')).toEqual({ box: '(01)1(21)A\n0104012345678901', added: true });
  });
  it('ignores a UDI already in the box (the camera sees the same code many times a second)', () => {
    expect(appendScan('0104012345678901', `${GS}0104012345678901`)).toEqual({ box: '0104012345678901', added: false });
  });
});

describe('deviceForScan', () => {
  const stock = [
    { id: 'a', item: { id: 'i1' }, serial: 'S1', lot: 'L1' },
    { id: 'b', item: { id: 'i1' }, serial: 'S2', lot: 'L1' },
    { id: 'c', item: { id: 'i2' }, serial: null, lot: 'L9' },
  ];
  it('finds the device by item and serial', () => {
    expect(deviceForScan(stock, { gtin: 'g', serial: 'S2', item: { id: 'i1' } })?.id).toBe('b');
  });
  it('finds a lot-tracked device by lot when the code has no serial', () => {
    expect(deviceForScan(stock, { gtin: 'g', lot: 'L9', item: { id: 'i2' } })?.id).toBe('c');
  });
  it('finds nothing for an unknown item or serial', () => {
    expect(deviceForScan(stock, { gtin: 'g', serial: 'S1', item: null })).toBeUndefined();
    expect(deviceForScan(stock, { gtin: 'g', serial: 'S7', item: { id: 'i1' } })).toBeUndefined();
  });
});
