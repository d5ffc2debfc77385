/**
 * CSV as Dutch-language Excel in Belgium opens it: semicolons between fields (a comma is the decimal sign there),
 * CRLF between rows, and a UTF-8 byte-order mark without which Excel reads "é" as "Ã©".
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

const cell = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading = + - @ would run as a formula in the spreadsheet; negative numbers stay numbers.
    const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One header row and the rows, every value already in the reader's words. */
export const csvText = (header: string[], rows: unknown[][]): string =>
    CSV_BOM + [header, ...rows].map((row) => row.map(cell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
