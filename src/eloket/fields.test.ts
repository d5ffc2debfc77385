import { checkAnswers, DocumentFields, type DocumentField } from './fields';

const FIELDS: DocumentField[] = DocumentFields.parse([
  {
    key: 'forWhom',
    type: 'choice',
    labelNl: 'Voor wie',
    labelEn: 'For whom',
    required: true,
    options: [
      { value: 'self', labelNl: 'Mezelf', labelEn: 'Myself' },
      { value: 'family', labelNl: 'Een gezinslid', labelEn: 'A family member' },
    ],
  },
  {
    key: 'memberNumber',
    type: 'nationalRegister',
    labelNl: 'Rijksregisternummer',
    labelEn: 'Number',
    when: { field: 'forWhom', equals: 'family' },
  },
  { key: 'birthDate', type: 'date', labelNl: 'Geboortedatum', labelEn: 'Birth date' },
  { key: 'purpose', type: 'text', labelNl: 'Doel', labelEn: 'Purpose', required: true },
]);

test('a complete answer passes; the national-register number is kept apart to be sealed', () => {
  const r = checkAnswers(FIELDS, { forWhom: 'family', memberNumber: '85.07.30-033.28', purpose: 'werkgever' }, 'nl');
  expect(r.errors).toEqual({});
  expect(r.answers).toEqual({ forWhom: 'family', purpose: 'werkgever' });
  expect(r.nationalRegister).toEqual({ memberNumber: '85073003328' });
});

test('every problem is named by its field, in the citizen language', () => {
  const r = checkAnswers(FIELDS, { forWhom: 'family', memberNumber: '85073003329', birthDate: '2999-01-01' }, 'en');
  expect(Object.keys(r.errors).sort()).toEqual(['birthDate', 'memberNumber', 'purpose']);
  expect(r.errors.purpose).toBe('Fill in this field.');
});

test('a conditional field is not asked when its condition does not hold, and unknown answers are refused', () => {
  const r = checkAnswers(FIELDS, { forWhom: 'self', memberNumber: 'rubbish', purpose: 'x', colour: 'red' }, 'nl');
  expect(r.errors).toEqual({ colour: 'Deze vraag hoort niet bij dit document.' });
  expect(r.nationalRegister).toEqual({});
});

test('a choice outside the options and an impossible date are refused', () => {
  const r = checkAnswers(FIELDS, { forWhom: 'neighbour', birthDate: '2001-02-30', purpose: 'x' }, 'en');
  expect(Object.keys(r.errors).sort()).toEqual(['birthDate', 'forWhom']);
});

test('a condition must name an earlier field', () => {
  expect(
    DocumentFields.safeParse([
      { key: 'a', type: 'text', labelNl: 'A', labelEn: 'A', when: { field: 'b', equals: 'x' } },
    ]).success,
  ).toBe(false);
});
