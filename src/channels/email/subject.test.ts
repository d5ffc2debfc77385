import { cleanSubject, findReferenceInSubject, stripReplyPrefixes } from './subject';

describe('reply and forward markers in a subject', () => {
  test.each([
    ['Re: Straatlamp kapot', 'Straatlamp kapot'],
    ['RE: AW: Fwd: [VD-1234-5671] Re: Straatlamp', '[VD-1234-5671] Straatlamp'],
    ['Antw: Antwoord: Doorst: Doorgestuurd: Vergunning terras', 'Vergunning terras'],
    ['WG: AW: Baustelle Kerkstraat', 'Baustelle Kerkstraat'],
    ['FW: Fw: fwd: TR: RE : Lampadaire cassé', 'Lampadaire cassé'],
    ['Réf : Demande de prime', 'Demande de prime'],
    ['RV: Re: Cita previa', 'Cita previa'],
    ['SV: VS: Vs: Odp: Parkeerkaart', 'Parkeerkaart'],
    ['R: I: RIF: Rifiuti ingombranti', 'Rifiuti ingombranti'],
    ['ΑΠ: ΣΧΕΤ: Άδεια', 'Άδεια'],
    ['回复：转发: 垃圾收集', '垃圾收集'],
    ['Ynt: Pasaport randevusu', 'Pasaport randevusu'],
    ['Re[2]: Re(3): Re^4: Containerpark', 'Containerpark'],
    ['  re:re:Fwd:   Vraag  over\tafval ', 'Vraag over afval'],
  ])('%s → %s', (subject, expected) => {
    expect(stripReplyPrefixes(subject)).toBe(expected);
  });

  test.each([
    'Reservatie zaal',
    'Awel, wanneer komt de vuilkar?',
    'Trouw op 12 juni',
    'Rijbewijs verloren',
    'Informatie: openingsuren',
    'Fwdd geen marker',
  ])('words that merely start with a marker stay: %s', (subject) => {
    expect(stripReplyPrefixes(subject)).toBe(subject);
  });
});

describe('finding the ticket reference in a subject', () => {
  test.each([
    ['Re: [VD-1234-5671] Straatlamp', 'VD-1234-5671'],
    ['Vraag over dossier VD-2026-1146', 'VD-2026-1146'],
    ['Nog steeds niets gehoord (VD 7305 1188)', 'VD-7305-1188'],
    ['mijn nummer is vd-55501235', 'VD-5550-1235'],
    ['VD.4821.9375 graag terugbellen', 'VD-4821-9375'],
  ])('%s', (subject, expected) => {
    expect(findReferenceInSubject(subject)).toBe(expected);
  });

  test('a mistyped reference is not a reference', () => {
    expect(findReferenceInSubject('Re: [VD-1234-5617] Straatlamp')).toBeUndefined();
    expect(findReferenceInSubject('Re: [VD-1234-5672] Straatlamp')).toBeUndefined();
  });

  test('a mistyped reference does not hide a correct one later in the subject', () => {
    expect(findReferenceInSubject('VD-1234-5672 sorry, bedoel VD-1234-5671')).toBe('VD-1234-5671');
  });

  test('digits that are longer than a reference or glued to other letters are not one', () => {
    expect(findReferenceInSubject('Factuur VD-1234-56710')).toBeUndefined();
    expect(findReferenceInSubject('AVD-1234-5671')).toBeUndefined();
    expect(findReferenceInSubject('Bel 0471 23 45 67')).toBeUndefined();
  });
});

describe('the subject a ticket keeps', () => {
  test('drops markers and our tag wherever the mail program put them', () => {
    expect(cleanSubject('RE: AW: Fwd: [VD-1234-5671] Re: Straatlamp')).toBe('Straatlamp');
    expect(cleanSubject('Re: Straatlamp kapot [VD-1234-5671]')).toBe('Straatlamp kapot');
    expect(cleanSubject('[VD-1234-5671]  Re:   Straatlamp\r\n kapot')).toBe('Straatlamp kapot');
  });

  test('keeps a reference the citizen typed in the subject text', () => {
    expect(cleanSubject('Re: Vraag over dossier VD-2026-1146')).toBe('Vraag over dossier VD-2026-1146');
  });

  test('is empty when nothing but markers and our tag was left', () => {
    expect(cleanSubject('Re: [VD-1234-5671]')).toBe('');
  });
});
