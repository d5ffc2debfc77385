import { toCsv } from '../../src/shared/csv';
import { csvText } from '../../admin-ui/src/common/csv';

// The server's report CSVs and the console's list exports follow the same rules, each with its own small helper.
describe.each([
  ['server', (header: string[], rows: (string | number | null)[][]) => toCsv(header, rows)],
  ['console', (header: string[], rows: (string | number | null)[][]) => csvText(header, rows)],
])('CSV for Excel in Belgium (%s)', (_side, csv) => {
  test('starts with the UTF-8 byte-order mark and separates fields with semicolons, rows with CRLF', () => {
    const text = csv(['Referentie', 'Kanaal'], [['VD-1234-5678', 'Webformulier']]);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe('\uFEFFReferentie;Kanaal\r\nVD-1234-5678;Webformulier\r\n');
  });

  test('quotes values holding a semicolon, a quote or a line break, and doubles the quotes', () => {
    const text = csv(['Onderwerp'], [['Lamp; kapot'], ['De "grote" put'], ['regel 1\nregel 2'], ['gewoon, met komma']]);
    expect(text).toBe(
      '\uFEFFOnderwerp\r\n"Lamp; kapot"\r\n"De ""grote"" put"\r\n"regel 1\nregel 2"\r\ngewoon, met komma\r\n',
    );
  });

  test('a value a spreadsheet would run as a formula is written as text; numbers and empty cells stay as they are', () => {
    expect(csv(['a', 'b', 'c', 'd'], [['=HYPERLINK("x")', -3, null, '+32470123456']])).toBe(
      '\uFEFFa;b;c;d\r\n"\'=HYPERLINK(""x"")";-3;;\'+32470123456\r\n',
    );
  });
});
