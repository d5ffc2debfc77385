import type { Channel, DocumentType } from '../generated/prisma/client';
import { intake } from '../intake/intake';
import { storeUploads, type IncomingFile } from '../attachments/upload';
import { trackingUrl } from '../tickets/tracking';
import { encryptSecret } from '../shared/secretBox';
import { AppError, ValidationError } from '../shared/errors';
import { activeTypeByCode, fieldsOf } from './catalogue';
import { checkAnswers, type Lang } from './fields';
import type { DocumentRequestInput } from './schema';

export interface DocumentRequestResult {
  ticketId: string;
  reference: string;
  trackingUrl: string;
  created: boolean;
}

const WORDS = {
  nl: {
    subject: (name: string) => `Aanvraag ${name}`,
    delivery: { email: 'per e-mail (pdf)', post: 'per post', pickup: 'afhalen aan het loket' },
    sealed: '(versleuteld bewaard)',
    deliveryLabel: 'Levering',
    address: 'Adres',
    proofMissing: 'Voeg het gevraagde bewijs toe (een pdf of foto).',
    deliveryRefused: 'Dit document kan niet zo geleverd worden.',
  },
  en: {
    subject: (name: string) => `Request for ${name}`,
    delivery: { email: 'by email (PDF)', post: 'by post', pickup: 'pick up at the counter' },
    sealed: '(stored encrypted)',
    deliveryLabel: 'Delivery',
    address: 'Address',
    proofMissing: 'Add the proof asked for (a PDF or photo).',
    deliveryRefused: 'This document cannot be delivered that way.',
  },
} as const;

/**
 * The message text of a request: the answers with their labels, national-register numbers left out (they live
 * only sealed on the request), so the ticket reads well in every place a message is shown.
 */
function describe(
  type: DocumentType,
  answers: Record<string, string>,
  sealedKeys: string[],
  input: DocumentRequestInput,
) {
  const w = WORDS[input.language];
  const lines = fieldsOf(type).flatMap((f) => {
    const label = input.language === 'en' ? f.labelEn : f.labelNl;
    if (sealedKeys.includes(f.key)) return [`${label}: ${w.sealed}`];
    const value = answers[f.key];
    if (value === undefined) return [];
    const option = f.options?.find((o) => o.value === value);
    return [`${label}: ${option ? (input.language === 'en' ? option.labelEn : option.labelNl) : value}`];
  });
  lines.push(`${w.deliveryLabel}: ${w.delivery[input.delivery]}`);
  if (input.delivery === 'post' && input.postalAddress) lines.push(`${w.address}: ${input.postalAddress}`);
  return lines.join('\n');
}

export interface RequestOrigin {
  channel: Extract<Channel, 'web' | 'counter' | 'phone'>;
  /** the agent who took the request at the counter or on the phone */
  recordedBy?: string;
  submissionKey?: string;
  /** the citizen was logged in (src/citizens): their Mijn dossiers shows the request */
  citizenSubject?: string;
}

/**
 * A citizen's document request becomes an ordinary ticket through the one intake (department and handling time
 * from the type, the answers on the ticket's document_request row), with the usual acknowledgement and tracking
 * link. Every answer and the proof are checked before anything is stored, so a refused request leaves nothing.
 */
export async function submitDocumentRequest(
  input: DocumentRequestInput,
  files: IncomingFile[],
  origin: RequestOrigin,
): Promise<DocumentRequestResult> {
  const lang: Lang = input.language;
  const w = WORDS[lang];
  if (input.website) throw new ValidationError('This looks like an automated submission, so it was not sent.');
  const type = await activeTypeByCode(input.documentType);
  const checked = checkAnswers(fieldsOf(type), input.answers, lang);
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(checked.errors).map(([k, m]) => [`answers.${k}`, m]),
  );
  if (!type.deliveryOptions.includes(input.delivery)) errors.delivery = w.deliveryRefused;
  if (type.proofNl && type.proofRequired && files.length === 0) errors.proof = w.proofMissing;
  if (Object.keys(errors).length)
    throw new ValidationError(`Some answers are missing or invalid: ${Object.keys(errors).join(', ')}.`, errors);
  let proof;
  try {
    proof = await storeUploads(files);
  } catch (err) {
    if (err instanceof AppError && err.status < 500)
      throw new AppError(err.status, err.message, { proof: err.message });
    throw err;
  }
  const sealed = Object.fromEntries(Object.entries(checked.nationalRegister).map(([k, v]) => [k, encryptSecret(v)]));
  const result = await intake({
    channel: origin.channel,
    externalId: origin.submissionKey ?? input.submissionKey,
    contact: {
      name: input.name,
      email: input.email,
      phone: input.phone,
      language: lang,
      citizenSubject: origin.citizenSubject,
    },
    language: lang,
    subject: WORDS[lang].subject(lang === 'en' ? type.nameEn : type.nameNl),
    body: describe(type, checked.answers, Object.keys(sealed), input),
    departmentId: type.departmentId ?? undefined,
    resolutionTargetMinutes: type.targetMinutes ?? undefined,
    recordedBy: origin.recordedBy,
    attachments: proof,
    tags: ['e-loket'],
    alsoInsert: (ticketId) => [
      {
        table: 'document_request',
        rows: [
          {
            ticket_id: ticketId,
            document_type_id: type.id,
            answers: checked.answers,
            sealed_answers: sealed,
            delivery: input.delivery,
            postal_address: input.delivery === 'post' ? input.postalAddress : null,
          },
        ],
      },
    ],
  });
  return {
    ticketId: result.ticket.id,
    reference: result.ticket.reference,
    trackingUrl: trackingUrl(result.trackingToken!),
    created: result.created,
  };
}
