import type { Role } from '../types';

type Action = 'list' | 'show' | 'create' | 'edit' | 'delete';

const read: Action[] = ['list', 'show'];
const readWrite: Action[] = ['list', 'show', 'create', 'edit'];
const all: Action[] = [...readWrite, 'delete'];

// Everyone at the console books (create), moves (edit) and cancels (delete)
// appointments and registers walk-ins; the day planning page is for all.
const appointments: Record<string, Action[]> = {
    appointments: all,
    planning: ['list'],
};

// Pages for everyone: calling visitors at a desk ("Mijn loket"), the
// reception's view of the waiting room, and the reports (the server limits
// department staff to their departments).
const everyone: Record<string, Action[]> = {
    counter: ['list'],
    floor: ['list'],
    reports: ['list'],
    // canned replies: the server limits staff to shared ones, their departments' and their own
    'canned-responses': all,
};

// Agents and staff read the counters' set-up (products, locations, desks, hours, closures); admins change it.
const countersReadOnly: Record<string, Action[]> = {
    services: read,
    locations: read,
    desks: read,
    'location-hours': read,
    'desk-closures': read,
};

// Mirrors what the server allows, so the console hides buttons that would
// only lead to a 403. The server stays the authority.
const rules: Record<Role, Record<string, Action[]>> = {
    admin: {
        tickets: readWrite,
        contacts: readWrite,
        departments: readWrite,
        categories: readWrite,
        'document-types': readWrite,
        'document-requests': ['create'],
        users: [...readWrite, 'delete'],
        mailboxes: [...readWrite, 'delete'],
        quarantine: read,
        // Read-only: who looked at or changed personal data.
        'audit-log': ['list'],
        'routing-rules': all,
        zones: all,
        'sla-policies': all,
        closures: all,
        // The opening hours page (municipality's week); not a react-admin resource.
        schedule: ['list', 'edit'],
        calls: read,
        // The telephony page (central line); not a react-admin resource.
        // Admins also choose the department behind each menu key.
        'phone-line': ['list', 'edit'],
        // The status updates citizens get; "back to the built-in text" is a button on the edit page.
        'notification-templates': ['list', 'edit'],
        // Open311 keys are made and revoked, never edited; revoking is a DELETE.
        'api-keys': ['list', 'create', 'delete'],
        // Kiosks and waiting-room screens: set up (the token is shown once) and revoked (a DELETE).
        devices: ['list', 'create', 'delete'],
        ...appointments,
        ...everyone,
        // DELETE deactivates products, locations and desks; closures are removed.
        services: all,
        locations: all,
        desks: all,
        // The week of a location and its desks, saved as a whole.
        'location-hours': ['list', 'show', 'edit'],
        'desk-closures': all,
    },
    agent: {
        tickets: readWrite,
        contacts: readWrite,
        departments: read,
        categories: read,
        'document-types': read,
        'document-requests': ['create'],
        'routing-rules': read,
        zones: read,
        calls: read,
        // Agents open and close the central line.
        'phone-line': ['list', 'edit'],
        ...appointments,
        ...everyone,
        ...countersReadOnly,
    },
    staff: {
        tickets: ['list', 'show', 'edit'],
        contacts: read,
        departments: read,
        categories: read,
        'document-types': read,
        // The server limits them to their departments' calls.
        calls: read,
        // Sees whether the line is open; cannot change it.
        'phone-line': ['list'],
        ...appointments,
        ...everyone,
        ...countersReadOnly,
    },
};

export const isAllowed = (role: Role, resource: string, action: string) =>
    (rules[role]?.[resource] ?? []).includes(action as Action);
