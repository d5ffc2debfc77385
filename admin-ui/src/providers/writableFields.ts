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
        create: ['name', 'email', 'phone', 'active'],
        update: ['name', 'email', 'phone', 'active'],
    },
    categories: {
        create: ['code', 'nameNl', 'nameEn', 'description', 'departmentId', 'public', 'active'],
        update: ['code', 'nameNl', 'nameEn', 'description', 'departmentId', 'public', 'active'],
    },
    mailboxes: {
        create: mailboxFields,
        update: mailboxFields,
    },
    users: {
        create: ['email', 'name', 'role', 'language', 'active', 'departmentIds', 'password'],
        update: ['email', 'name', 'role', 'language', 'active', 'departmentIds', 'password'],
    },
};

export const pick = (data: Record<string, unknown>, fields: string[]) =>
    Object.fromEntries(fields.filter(field => data[field] !== undefined).map(field => [field, data[field]]));
