import type { Identifier, RaRecord } from 'react-admin';

export type Role = 'admin' | 'agent' | 'staff';
export type Language = 'nl' | 'en';

export const ticketStatuses = ['new', 'open', 'pending_citizen', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const ticketChannels = ['web', 'email', 'phone', 'sms', 'counter', 'open311'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

/** Channels an agent can record a ticket for by hand. */
export const manualTicketChannels = ['phone', 'counter', 'email', 'web'] as const;

export interface Ticket extends RaRecord<string> {
    reference: string;
    subject: string;
    status: TicketStatus;
    priority: TicketPriority;
    channel: TicketChannel;
    language: Language;
    contactId: string | null;
    contactName: string | null;
    departmentId: string | null;
    categoryId: string | null;
    assigneeId: string | null;
    latitude: number | null;
    longitude: number | null;
    address: string | null;
    tags: string[];
    mergedIntoId: string | null;
    createdAt: string;
    updatedAt: string;
    firstResponseAt: string | null;
    resolvedAt: string | null;
    closedAt: string | null;
}

export interface Attachment {
    id: string;
    filename: string;
    contentType: string;
    size: number;
    url: string;
}

export interface Message extends RaRecord<string> {
    ticketId: string;
    direction: 'inbound' | 'outbound' | 'note';
    channel: TicketChannel;
    authorUserId: string | null;
    authorContactId: string | null;
    authorName: string | null;
    bodyText: string;
    bodyHtml: string | null;
    externalId: string | null;
    createdAt: string;
    attachments: Attachment[];
}

export interface TicketEvent extends RaRecord<string> {
    ticketId: string;
    type: string;
    actorUserId: string | null;
    actorName: string | null;
    data: Record<string, unknown> | null;
    createdAt: string;
}

export interface Contact extends RaRecord<string> {
    name: string | null;
    language: Language;
    preferredChannel: 'email' | 'sms' | null;
    emails: string[];
    phones: string[];
    ticketCount: number;
    createdAt: string;
}

export interface Department extends RaRecord<string> {
    name: string;
    email: string | null;
    phone: string | null;
    active: boolean;
}

export interface Category extends RaRecord<string> {
    code: string;
    nameNl: string;
    nameEn: string;
    description: string | null;
    departmentId: string | null;
    public: boolean;
    active: boolean;
}

export interface User extends RaRecord<string> {
    email: string;
    name: string;
    role: Role;
    language: Language;
    active: boolean;
    departmentIds: string[];
    lastLoginAt: string | null;
}

/** Shape of GET /api/auth/me and POST /api/auth/login. */
export interface CurrentUser {
    id: Identifier;
    fullName: string;
    email: string;
    role: Role;
    departmentIds: string[];
    language: Language;
    csrfToken: string;
}
