// Only these fields are sent on create/update; read-only fields such as
// id, createdAt or ticketCount never reach the server.
const mailboxFields = [
    'name',
    'address',
    'imapHost',
    'imapPort',
    'imapTls',
    'imapUser',
    'imapPassword',
    'folder',
    'processedFolder',
    'defaultDepartmentId',
    'fromAddress',
    'active',
];

const departmentFields = [
    'name',
    'email',
    'phone',
    'phoneTarget',
    'active',
    'assignmentStrategy',
    'maxOpenPerAgent',
    'leadUserId',
    'signature',
];

const userFields = ['email', 'name', 'phone', 'role', 'language', 'active', 'available', 'departmentIds', 'password'];

const categoryFields = [
    'code',
    'nameNl',
    'nameEn',
    'description',
    'departmentId',
    'public',
    'active',
    'retentionDays',
    'reportable',
    'mapVisibility',
    'groupName',
    'keywords',
    'attributes',
];

const productFields = [
    'code',
    'nameNl',
    'nameEn',
    'descriptionNl',
    'descriptionEn',
    'durationMinutes',
    'bufferMinutes',
    'documentsNl',
    'documentsEn',
    'priceNote',
    'bookableOnline',
    'walkInAllowed',
    'minNoticeMinutes',
    'maxDaysAhead',
    'reminderHoursBefore',
    'queuePrefix',
    'departmentId',
    'active',
    'deskIds',
];

const locationFields = ['name', 'address', 'active'];

const deskFields = ['locationId', 'name', 'active', 'serviceIds'];

const deskClosureFields = ['locationId', 'deskId', 'startsAt', 'endsAt', 'reason'];

const cannedResponseFields = [
    'title',
    'bodyNl',
    'bodyEn',
    'departmentId',
    'ownerId',
    'setStatus',
    'setPriority',
    'setCategoryId',
    'setDepartmentId',
    'addTags',
];

const documentTypeFields = [
    'code',
    'nameNl',
    'nameEn',
    'descriptionNl',
    'descriptionEn',
    'fields',
    'proofNl',
    'proofEn',
    'proofRequired',
    'feeNote',
    'departmentId',
    'targetMinutes',
    'deliveryOptions',
    'active',
];

const slaPolicyFields = ['categoryId', 'priority', 'firstResponseMinutes', 'resolutionMinutes', 'warnBeforeMinutes'];

export const writableFields: Record<string, { create: string[]; update: string[] }> = {
    tickets: {
        create: ['subject', 'body', 'channel', 'categoryId', 'departmentId', 'contact'],
        update: ['status', 'priority', 'categoryId', 'departmentId', 'assigneeId', 'subject', 'tags', 'reason'],
    },
    contacts: {
        create: ['name', 'language', 'preferredChannel', 'emails', 'phones'],
        update: ['name', 'language', 'preferredChannel', 'emails', 'phones'],
    },
    departments: {
        create: departmentFields,
        update: departmentFields,
    },
    categories: {
        create: categoryFields,
        update: categoryFields,
    },
    'document-types': {
        create: documentTypeFields,
        update: documentTypeFields,
    },
    mailboxes: {
        create: mailboxFields,
        update: mailboxFields,
    },
    users: {
        create: userFields,
        update: userFields,
    },
    // position is the server's: new rules go last, the list reorders them.
    'routing-rules': {
        create: ['name', 'active', 'conditions', 'actions'],
        update: ['name', 'active', 'conditions', 'actions'],
    },
    zones: {
        create: ['name', 'geometry'],
        update: ['name', 'geometry'],
    },
    closures: {
        create: ['departmentId', 'startDate', 'endDate', 'reason'],
        update: ['startDate', 'endDate', 'reason'],
    },
    'sla-policies': {
        create: slaPolicyFields,
        update: slaPolicyFields,
    },
    // Templates exist for every key and language: they are changed, never created.
    'notification-templates': {
        create: [],
        update: ['subject', 'body'],
    },
    // Products citizens come to the counter for (resource "services").
    services: {
        create: productFields,
        update: productFields,
    },
    locations: {
        create: locationFields,
        update: locationFields,
    },
    desks: {
        create: deskFields,
        update: deskFields,
    },
    'desk-closures': {
        create: deskClosureFields,
        update: deskClosureFields,
    },
    'canned-responses': {
        create: cannedResponseFields,
        update: cannedResponseFields,
    },
    // Kiosks and screens are set up once and then only revoked.
    devices: {
        create: ['name', 'kind', 'locationId'],
        update: [],
    },
    // Keys are made from a name and then only revoked.
    'api-keys': {
        create: ['name'],
        update: [],
    },
};

export const pick = (data: Record<string, unknown>, fields: string[]) =>
    Object.fromEntries(fields.filter((field) => data[field] !== undefined).map((field) => [field, data[field]]));
