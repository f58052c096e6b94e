import { describe, expect, it } from 'vitest';
import { appendScan, deviceForScan, scanToLine } from './scan';
import { splitUdis } from './udi';

const GS = '\u001d';

describe('scanToLine', () => {
  it('writes a GS1 DataMatrix as a person reads it, without its leading FNC1', () => {
    expect(scanToLine(`${GS}010401234567890117261231${GS}10LOT1${GS}21SN-9`)).toBe('(01)04012345678901(17)261231(10)LOT1(21)SN-9');
    expect(scanToLine(`01040123456789011726123110LOT1${GS}21SN-9`)).toBe('(01)04012345678901(17)261231(10)LOT1(21)SN-9');
  });
  it('drops a symbology identifier', () => {
    expect(scanToLine(']d201040123456789012112')).toBe('(01)04012345678901(21)12');
  });
  it('keeps the element string of a code with identifiers it does not know, separators written as <GS>', () => {
    expect(scanToLine(`0104012345678901240ABC${GS}21A`)).toBe('0104012345678901240ABC<GS>21A');
    expect(splitUdis(scanToLine(`0104012345678901240ABC${GS}21A`))).toEqual([`0104012345678901240ABC${GS}21A`]);
  });
  it('keeps a value with a parenthesis as an element string (the bracketed form could not hold it)', () => {
    expect(scanToLine(`010401234567890121A(1`)).toBe('010401234567890121A(1');
  });
});

describe('appendScan', () => {
  it('adds a new UDI as its own line', () => {
    expect(appendScan('(01)1(21)A\n', '0104012345678901')).toEqual({ box: '(01)1(21)A\n(01)04012345678901', added: true });
  });
  it('ignores a UDI already in the box (the camera sees the same code many times a second)', () => {
    expect(appendScan('(01)04012345678901', `${GS}0104012345678901`)).toEqual({ box: '(01)04012345678901', added: false });
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
