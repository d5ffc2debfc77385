/**
 * CSV as Dutch-language Excel in Belgium opens it: semicolons between fields (the comma is the decimal sign there),
 * CRLF between rows, and a UTF-8 byte-order mark without which Excel reads "é" as "Ã©". The console's exports follow
 * the same rules (admin-ui/src/common/csv.ts).
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export type CsvValue = string | number | null | undefined;

function cell(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  // a leading = + - @ would run as a formula in the spreadsheet; negative numbers stay numbers
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and the rows, every value already in the reader's words. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `${CSV_BOM}${[header, ...rows].map((row) => row.map(cell).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}
