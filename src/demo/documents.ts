import { db } from '../db';
import type { DocumentField } from '../eloket/fields';

const FOR_WHOM: DocumentField = {
  key: 'forWhom',
  type: 'choice',
  labelNl: 'Voor wie vraagt u het document aan?',
  labelEn: 'Who is the document for?',
  required: true,
  options: [
    { value: 'self', labelNl: 'Voor mezelf', labelEn: 'Myself' },
    { value: 'family', labelNl: 'Voor een gezinslid', labelEn: 'A family member' },
  ],
};
/** The "self" number: the public page pre-fills it for a citizen signed in with the town's login (key fixed). */
const OWN_NUMBER: DocumentField = {
  key: 'nationalRegisterNumber',
  type: 'nationalRegister',
  labelNl: 'Uw rijksregisternummer',
  labelEn: 'Your national-register number',
  required: true,
};
const FAMILY: DocumentField[] = [
  {
    key: 'memberName',
    type: 'text',
    labelNl: 'Naam van het gezinslid',
    labelEn: 'Name of the family member',
    required: true,
    when: { field: 'forWhom', equals: 'family' },
  },
  {
    key: 'memberBirthDate',
    type: 'date',
    labelNl: 'Geboortedatum van het gezinslid',
    labelEn: 'Birth date of the family member',
    required: true,
    when: { field: 'forWhom', equals: 'family' },
  },
  {
    key: 'memberNumber',
    type: 'nationalRegister',
    labelNl: 'Rijksregisternummer van het gezinslid',
    labelEn: 'National-register number of the family member',
    required: false,
    when: { field: 'forWhom', equals: 'family' },
  },
];
const PURPOSE: DocumentField = {
  key: 'purpose',
  type: 'text',
  labelNl: 'Waarvoor hebt u het nodig?',
  labelEn: 'What do you need it for?',
  required: true,
};
const LANGUAGE: DocumentField = {
  key: 'documentLanguage',
  type: 'choice',
  labelNl: 'Taal van het document',
  labelEn: 'Language of the document',
  required: true,
  options: [
    { value: 'nl', labelNl: 'Nederlands', labelEn: 'Dutch' },
    { value: 'fr', labelNl: 'Frans', labelEn: 'French' },
    { value: 'de', labelNl: 'Duits', labelEn: 'German' },
    { value: 'en', labelNl: 'Engels', labelEn: 'English' },
  ],
};

/** Business minutes of about one working day (the SLA clock counts only the department's opening hours). */
const DAY = 7 * 60;

export const DEMO_DOCUMENT_TYPES = [
  {
    code: 'attest-van-woonst',
    nameNl: 'Attest van woonst',
    nameEn: 'Certificate of residence',
    descriptionNl: 'Bewijst waar u (of een gezinslid) officieel woont.',
    descriptionEn: 'Proves where you (or a family member) officially live.',
    fields: [FOR_WHOM, OWN_NUMBER, ...FAMILY, PURPOSE, LANGUAGE],
    feeNote: 'Gratis',
    targetMinutes: 2 * DAY,
    deliveryOptions: ['email', 'post', 'pickup'] as const,
  },
  {
    code: 'samenstelling-van-het-gezin',
    nameNl: 'Samenstelling van het gezin',
    nameEn: 'Composition of the household',
    descriptionNl: 'Wie er officieel op uw adres woont.',
    descriptionEn: 'Who officially lives at your address.',
    fields: [FOR_WHOM, OWN_NUMBER, ...FAMILY, PURPOSE, LANGUAGE],
    feeNote: 'Gratis',
    targetMinutes: 2 * DAY,
    deliveryOptions: ['email', 'post', 'pickup'] as const,
  },
  {
    code: 'uittreksel-strafregister',
    nameNl: 'Uittreksel uit het strafregister',
    nameEn: 'Extract from the criminal record',
    descriptionNl: 'Vroeger "bewijs van goed gedrag en zeden".',
    descriptionEn: 'Formerly the "certificate of good conduct".',
    fields: [
      OWN_NUMBER,
      {
        key: 'model',
        type: 'choice',
        labelNl: 'Welk model?',
        labelEn: 'Which model?',
        required: true,
        options: [
          { value: 'model1', labelNl: 'Model 1 (algemeen)', labelEn: 'Model 1 (general)' },
          { value: 'model2', labelNl: 'Model 2 (werken met minderjarigen)', labelEn: 'Model 2 (working with minors)' },
        ],
      },
      PURPOSE,
      LANGUAGE,
    ] satisfies DocumentField[],
    proofNl: 'Voor model 2: de brief van de organisatie of werkgever',
    proofEn: 'For model 2: the letter from the organisation or employer',
    proofRequired: false,
    feeNote: 'Gratis',
    targetMinutes: 3 * DAY,
    deliveryOptions: ['email', 'pickup'] as const,
  },
  {
    code: 'attest-van-leven',
    nameNl: 'Attest van leven',
    nameEn: 'Certificate of life',
    descriptionNl: 'Bijvoorbeeld voor een pensioenfonds in het buitenland.',
    descriptionEn: 'For instance for a pension fund abroad.',
    fields: [OWN_NUMBER, PURPOSE, LANGUAGE] satisfies DocumentField[],
    feeNote: '€ 5',
    targetMinutes: 2 * DAY,
    deliveryOptions: ['email', 'post', 'pickup'] as const,
  },
];

export async function seedDocumentTypes(burgerzakenId: string | undefined): Promise<void> {
  for (const t of DEMO_DOCUMENT_TYPES)
    await db().documentType.create({
      data: { ...t, deliveryOptions: [...t.deliveryOptions], departmentId: burgerzakenId },
    });
}
