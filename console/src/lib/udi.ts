/** Pasted UDIs: one per line, blank lines dropped, surrounding spaces trimmed; (GS) written as \x1d. */
export function splitUdis(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/<GS>|\\x1d/gi, '\u001d'))
    .filter((l) => l.length > 0);
}
