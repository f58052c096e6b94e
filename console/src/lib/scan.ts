/** What a camera scan of a GS1 DataMatrix gives, turned into what a person reads and the server parses. */

const GS = '\u001d';

/** Fixed lengths of the application identifiers a UDI carries; 10 (lot) and 21 (serial) run to a GS or the end. */
const FIXED: Record<string, number> = { '01': 14, '11': 6, '17': 6 };
const VARIABLE = new Set(['10', '21']);

/**
 * One UDI line for the receive box, as a person reads it: "(01)…(17)…(10)…(21)…". A leading symbology identifier
 * (]d2) and FNC1 (sent as GS) are dropped. A code with other identifiers keeps its element string, with each GS
 * written as <GS> (which `splitUdis` turns back into the separator): the server knows more identifiers than this.
 */
export function scanToLine(text: string): string {
  let line = text.trim();
  if (/^\][A-Za-z]\d/.test(line)) line = line.slice(3);
  while (line.startsWith(GS)) line = line.slice(1);
  return bracketed(line) ?? line.split(GS).join('<GS>');
}

function bracketed(elements: string): string | undefined {
  let out = '';
  let at = 0;
  while (at < elements.length) {
    const ai = elements.slice(at, at + 2);
    let end: number;
    if (FIXED[ai]) end = at + 2 + FIXED[ai];
    else if (VARIABLE.has(ai)) end = elements.indexOf(GS, at) < 0 ? elements.length : elements.indexOf(GS, at);
    else return undefined;
    const value = elements.slice(at + 2, end);
    if (value.length === 0 || end > elements.length || value.includes('(')) return undefined;
    out += `(${ai})${value}`;
    at = elements[end] === GS ? end + 1 : end;
  }
  return out;
}

/** The receive box with a scan appended as its own line, unless that UDI is already in it. */
export function appendScan(box: string, text: string): { box: string; added: boolean } {
  const line = scanToLine(text);
  const lines = box.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (line.length === 0 || lines.includes(line)) return { box, added: false };
  return { box: [...lines, line].join('\n'), added: true };
}

export interface ScannedUdi { gtin: string; serial?: string | null; lot?: string | null; item?: { id: string } | null }
export interface StockDevice { id: string; item: { id: string }; serial?: string | null; lot?: string | null }

/**
 * The device in a person's stock a scanned UDI names: same catalog item and serial (or, for lot-tracked items with no
 * serial, the same lot). Undefined when it is not in the stock shown.
 */
export function deviceForScan<D extends StockDevice>(devices: D[], scanned: ScannedUdi): D | undefined {
  const itemId = scanned.item?.id;
  if (!itemId) return undefined;
  return devices.find((d) => d.item.id === itemId
    && (scanned.serial ? d.serial === scanned.serial : !!scanned.lot && d.lot === scanned.lot));
}
