import { freshReferenceData, referenceData, type ReferenceData } from '../../routing/referenceData';
import { intake } from '../../intake/intake';
import { storeUploads, type IncomingFile } from '../../attachments/upload';
import { trackingUrl } from '../../tickets/tracking';
import { ValidationError } from '../../shared/errors';
import { assertInsideTown } from '../../map/boundary';
import type { PublicTicketInput } from './schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WebSubmission {
  reference: string;
  status: string;
  trackingUrl: string;
  created: boolean;
}

/**
 * A category is named by its code (stable for websites) or its id; only public, active ones. Looked up in the copy of
 * the categories intake keeps (which checks again against the current version); one it does not know is looked up
 * fresh before the citizen is told it does not exist.
 */
async function resolveCategory(value: string | undefined): Promise<string | undefined> {
  if (!value) return undefined;
  const find = (reference: ReferenceData) => {
    const c = UUID.test(value) ? reference.categories.get(value) : reference.categoriesByCode.get(value);
    return c?.active && c.public ? c : undefined;
  };
  const category = find(await referenceData()) ?? find(await freshReferenceData());
  if (!category)
    throw new ValidationError('Unknown category.', {
      category: 'Choose one of the categories listed at /api/public/categories.',
    });
  return category.id;
}

export const AUTOMATED =
  'This looks like an automated submission, so it was not sent. If you are a person, please try again.';

export async function submitWebForm(
  input: PublicTicketInput,
  files: IncomingFile[],
  submissionKey?: string,
  /** the logged-in citizen's login (src/citizens): the ticket shows in their Mijn dossiers */
  citizenSubject?: string,
): Promise<WebSubmission> {
  if (input.website) throw new ValidationError(AUTOMATED);
  assertInsideTown(input.latitude, input.longitude, input.language);
  const categoryId = await resolveCategory(input.category);
  const attachments = await storeUploads(files);
  const location =
    input.latitude !== undefined || input.address
      ? { latitude: input.latitude, longitude: input.longitude, address: input.address }
      : undefined;
  const result = await intake({
    channel: 'web',
    externalId: submissionKey ?? input.submissionKey,
    contact: { name: input.name, email: input.email, phone: input.phone, language: input.language, citizenSubject },
    language: input.language,
    subject: input.subject,
    body: input.message,
    categoryId,
    location,
    attachments,
  });
  return {
    reference: result.ticket.reference,
    status: result.ticket.status,
    trackingUrl: trackingUrl(result.trackingToken!), // a web submission always creates or repeats, never joins
    created: result.created,
  };
}
