/** What a camera scan of a GS1 DataMatrix gives, turned into what a person reads and the server parses. */

const GS = '\u001d';

/**
 * One UDI line for the receive box: a leading symbology identifier (]d2) and FNC1 (sent as GS) are dropped, and the
 * GS between variable-length fields is written as <GS>, which `splitUdis` turns back into the separator.
 */
export function scanToLine(text: string): string {
  let line = text.trim();
  if (/^\][A-Za-z]\d/.test(line)) line = line.slice(3);
  while (line.startsWith(GS)) line = line.slice(1);
  return line.split(GS).join('<GS>');
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
