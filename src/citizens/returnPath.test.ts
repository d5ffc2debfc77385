import { safeReturnPath } from './returnPath';

describe('the path a login returns to', () => {
  test.each(['/contact', '/contact?lang=en', '/mijn-dossiers/VD-7K3Q-92?lang=en', '/afspraak?dienst=kids-id#main'])(
    'a path on this site is kept: %s',
    (path) => {
      expect(safeReturnPath(path, 'nl')).toBe(path);
    },
  );

  test.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/ /evil',
    '/\t/evil.example',
    'contact',
    '',
    `/${'a'.repeat(600)}`,
    undefined,
    ['/contact'],
  ])('anything else goes to Mijn dossiers: %p', (path) => {
    expect(safeReturnPath(path, 'nl')).toBe('/mijn-dossiers');
    expect(safeReturnPath(path, 'en')).toBe('/mijn-dossiers?lang=en');
  });
});
