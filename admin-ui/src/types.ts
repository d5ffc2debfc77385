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
    /** An image the HTML body refers to (cid:), rather than a separate file. */
    inline?: boolean;
    url: string;
}

/** An attachment the server refused to keep (too large, forbidden type...). */
export interface SkippedAttachment {
    filename: string | null;
    contentType: string | null;
    size: number | null;
    reason: string;
}

export const emailKinds = ['person', 'auto_reply', 'bulk', 'bounce'] as const;
export type EmailKind = (typeof emailKinds)[number];

export interface EmailHeaders {
    from: string;
    fromName: string | null;
    subject: string | null;
    to?: string[];
    cc?: string[];
    date?: string | null;
}

export interface MessageMeta {
    email?: EmailHeaders;
    kind?: EmailKind;
    skippedAttachments?: SkippedAttachment[];
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** What became of the email or SMS that carried an outbound message. */
export interface Delivery {
    status: DeliveryStatus;
    error: string | null;
    sentAt: string | null;
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
    /** The body without quoted history and signature; absent on older servers. */
    displayText?: string | null;
    meta?: MessageMeta | null;
    delivery?: Delivery | null;
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
    /** Addresses mail bounced from permanently. */
    bouncingEmails?: BouncingEmail[];
    ticketCount: number;
    createdAt: string;
}

export interface BouncingEmail {
    address: string;
    since: string | null;
    reason: string | null;
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

export const mailboxHealths = ['ok', 'error', 'waiting', 'inactive'] as const;
export type MailboxHealth = (typeof mailboxHealths)[number];

export interface Mailbox extends RaRecord<string> {
    name: string;
    address: string;
    imapHost: string;
    imapPort: number;
    imapTls: boolean;
    imapUser: string;
    hasPassword: boolean;
    folder: string;
    processedFolder: string | null;
    defaultDepartmentId: string | null;
    fromAddress: string | null;
    active: boolean;
    /** 'env' when IMAP_URL created it. */
    source: string | null;
    lastSyncAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    lastUid: string;
    health: MailboxHealth;
    createdAt: string;
}

/** Shape of POST /api/admin/mailboxes/:id/test. */
export interface MailboxTestResult {
    ok: boolean;
    error?: string;
    messages?: number;
}

export const quarantineReasons = ['unparseable', 'no_sender', 'too_large', 'processing_error'] as const;
export type QuarantineReason = (typeof quarantineReasons)[number];

export const quarantineStatuses = ['held', 'resolved', 'dismissed'] as const;
export type QuarantineStatus = (typeof quarantineStatuses)[number];

/** Mail that could not become a ticket, kept raw. */
export interface QuarantinedEmail extends RaRecord<string> {
    mailboxId: string | null;
    uid: string | null;
    messageIdHeader: string | null;
    fromAddress: string | null;
    subject: string | null;
    size: number | null;
    reason: QuarantineReason;
    error: string | null;
    status: QuarantineStatus;
    attempts: number;
    ticketId: string | null;
    canRetry: boolean;
    rawUrl: string | null;
    createdAt: string;
    resolvedAt: string | null;
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
