import type { Identifier, RaRecord } from 'react-admin';

export type Role = 'admin' | 'agent' | 'staff';
export type Language = 'nl' | 'en';

export const ticketStatuses = ['new', 'open', 'pending_citizen', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export { manualTicketChannels, replyChannels, ticketChannels, type ReplyChannel, type TicketChannel } from './channels';
import type { ReplyChannel, TicketChannel } from './channels';

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
    /** Names that come with the rows of the ticket list (not with a single ticket). */
    departmentName?: string | null;
    categoryNameNl?: string | null;
    categoryNameEn?: string | null;
    assigneeName?: string | null;
    latitude: number | null;
    longitude: number | null;
    address: string | null;
    tags: string[];
    mergedIntoId: string | null;
    /** An e-loket document request, or any other contact. */
    kind?: 'document_request' | 'contact';
    /** Counted up by every change; a save names the version it was made against. */
    version: number;
    createdAt: string;
    updatedAt: string;
    firstResponseAt: string | null;
    resolvedAt: string | null;
    closedAt: string | null;
    /** The routing rule that decided where the ticket went, if any. */
    routedByRuleId?: string | null;
    sla?: TicketSla | null;
    legalHold?: boolean;
    /** When the personal data in the ticket was removed. */
    anonymisedAt?: string | null;
}

/** A ticket-list filter the user saved under a name; only they see it. */
export interface SavedFilter extends RaRecord<string> {
    name: string;
    filter: Record<string, unknown>;
    createdAt: string;
}

export const slaStates = ['none', 'ok', 'warning', 'breached', 'met'] as const;
export type SlaState = (typeof slaStates)[number];

/** Deadlines of a ticket; minutes left are business minutes, negative when late. */
export interface TicketSla {
    firstResponseDueAt: string | null;
    resolutionDueAt: string | null;
    firstResponseMinutesLeft: number | null;
    resolutionMinutesLeft: number | null;
    state: SlaState;
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
    /** Files still being fetched from the channel (or that could not be), and transcriptions under way. */
    media?: MessageMedia[];
}

/** A recording or MMS file the server fetches from Twilio after the ticket was made. */
export interface MessageMedia {
    id: string;
    kind: 'recording' | 'media';
    filename: string;
    status: 'pending' | 'stored' | 'failed' | 'refused';
    transcriptionStatus: 'pending' | 'done' | 'failed' | null;
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
    preferredChannel: ReplyChannel | null;
    emails: string[];
    phones: string[];
    /** Addresses mail bounced from permanently. */
    bouncingEmails?: BouncingEmail[];
    ticketCount: number;
    createdAt: string;
    /** Kept whatever the retention rules say; cannot be erased. */
    legalHold?: boolean;
    legalHoldReason?: string | null;
    /** False once the citizen unsubscribed from status updates; absent on older servers. */
    statusUpdates?: boolean;
    /** Numbers that sent STOP: no more text messages to them. */
    smsOptedOut?: string[];
    /** a channel's addresses of their own (admin-ui/src/channels.ts names the field) come as more string arrays */
}

export interface BouncingEmail {
    address: string;
    since: string | null;
    reason: string | null;
}

export const assignmentStrategies = ['none', 'round_robin', 'least_loaded'] as const;
export type AssignmentStrategy = (typeof assignmentStrategies)[number];

export interface Department extends RaRecord<string> {
    name: string;
    email: string | null;
    phone: string | null;
    active: boolean;
    assignmentStrategy?: AssignmentStrategy;
    maxOpenPerAgent?: number | null;
    /** Gets the SLA escalations. */
    leadUserId?: string | null;
    /** Where the central line puts callers through: +32… (E.164), sip:user@host, client:name or queue:name. */
    phoneTarget?: string | null;
}

export interface Category extends RaRecord<string> {
    code: string;
    nameNl: string;
    nameEn: string;
    description: string | null;
    departmentId: string | null;
    public: boolean;
    active: boolean;
    /** Days after closing before tickets are anonymised; null keeps them. */
    retentionDays?: number | null;
    /** A problem in public space: shown on the public map (/kaart) and offered as an Open311 service. */
    reportable?: boolean;
    mapVisibility?: MapVisibility;
    /** Open311 group. */
    groupName?: string | null;
    /** Open311 keywords. */
    keywords?: string[];
    /** What an Open311 app asks the citizen for this kind of report. */
    attributes?: Open311Attribute[];
}

export const mapVisibilities = ['exact', 'approximate', 'hidden'] as const;
export type MapVisibility = (typeof mapVisibilities)[number];

export const attributeDatatypes = [
    'string',
    'number',
    'datetime',
    'text',
    'singlevaluelist',
    'multivaluelist',
] as const;
export type AttributeDatatype = (typeof attributeDatatypes)[number];

/** An Open311 attribute definition (GET /services/{code}.json), in Open311's own spelling. */
export interface Open311Attribute {
    /** False: the attribute only informs, the citizen fills nothing in. */
    variable: boolean;
    code: string;
    datatype: AttributeDatatype;
    required: boolean;
    datatype_description: string;
    order: number;
    description: string;
    /** The choices of a list attribute. */
    values: { key: string; name: string }[];
}

export interface User extends RaRecord<string> {
    email: string;
    name: string;
    role: Role;
    language: Language;
    active: boolean;
    /** an authenticator app is set up */
    secondFactor?: boolean;
    departmentIds: string[];
    lastLoginAt: string | null;
    /** Takes new tickets from automatic assignment. */
    available?: boolean;
    /** Rung first when this user calls a citizen back (E.164). */
    phone?: string | null;
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
    /** Takes new tickets from automatic assignment; absent on older servers. */
    available?: boolean;
    /** 'ok' once the second factor is done (or not needed); absent on older servers. */
    secondFactor?: SecondFactorState;
}

export type SecondFactorState = 'ok' | 'required' | 'setup';

/** Shape of GET /api/auth/totp/setup. */
export interface TotpSetup {
    secret: string;
    otpauthUrl: string;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const weekdays: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export interface TimeOfDay {
    /** HH:MM, Brussels time. */
    from: string;
    /** HH:MM; earlier than from means the window runs past midnight. */
    to: string;
    weekdays?: number[];
}

/** Every stated condition must match; each list means "any of these". */
export interface RuleConditions {
    channels?: TicketChannel[];
    categoryIds?: string[];
    words?: string[];
    senders?: string[];
    phonePrefixes?: string[];
    languages?: Language[];
    zoneIds?: string[];
    timeOfDay?: TimeOfDay;
    /** true: only while the department is closed; false: only while it is open. */
    outsideOpeningHours?: boolean;
}

export const acknowledgements = ['standard', 'report', 'none'] as const;
export type Acknowledgement = (typeof acknowledgements)[number];

export interface RuleActions {
    departmentId?: string;
    categoryId?: string;
    priority?: TicketPriority;
    tags?: string[];
    assigneeId?: string;
    acknowledgement?: Acknowledgement;
}

export interface RoutingRule extends RaRecord<string> {
    name: string;
    position: number;
    active: boolean;
    conditions: RuleConditions;
    actions: RuleActions;
    createdAt: string;
    updatedAt: string;
}

/** What a ticket (or a typed sample) looks like to the rules in a dry run. */
export interface RuleSample {
    channel: TicketChannel;
    subject: string;
    body: string;
    senderEmail?: string;
    senderPhone?: string;
    language?: Language;
    categoryId?: string;
    latitude?: number;
    longitude?: number;
    receivedAt?: string;
}

/** Shape of POST /api/admin/routing-rules/dry-run. */
export interface RuleDryRunResult {
    matched: boolean;
    /** detail: the reason as a sentence in the user's language; reason: the same as a code with its values. */
    checks: { condition: string; matched: boolean; detail?: string | null; reason?: { code: string } }[];
    /** The saved rule that would route this ticket today. */
    winner: { ruleId: string; ruleName: string } | null;
}

export type LngLat = [number, number];
export type ZoneGeometry =
    { type: 'Polygon'; coordinates: LngLat[][] } | { type: 'MultiPolygon'; coordinates: LngLat[][][] };

export interface Zone extends RaRecord<string> {
    name: string;
    geometry: ZoneGeometry;
    createdAt: string;
}

/** One opening block on a weekday; a day can have several (morning and afternoon). */
export interface OpeningBlock {
    weekday: Weekday;
    opens: string;
    closes: string;
}

export interface Closure extends RaRecord<string> {
    /** Empty: the whole municipality is closed. */
    departmentId: string | null;
    startDate: string;
    endDate: string;
    reason: string;
}

export interface PublicHoliday {
    date: string;
    nameNl: string;
    nameEn: string;
}

/** Shape of GET /api/admin/schedule. */
export interface MunicipalSchedule {
    hours: OpeningBlock[];
    closures: Closure[];
    holidays: PublicHoliday[];
}

/** Shape of GET /api/admin/departments/:id/schedule. */
export interface DepartmentSchedule {
    departmentId: string;
    hours: OpeningBlock[];
    inheritsMunicipality: boolean;
    closures: Closure[];
}

export interface SlaPolicy extends RaRecord<string> {
    /** Empty: every category. */
    categoryId: string | null;
    /** Empty: every priority. */
    priority: TicketPriority | null;
    firstResponseMinutes: number;
    resolutionMinutes: number;
    warnBeforeMinutes: number;
}

/** One login of the current user, from GET /api/auth/sessions. */
export interface AuthSession {
    id: string;
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
    /** The session this browser uses. */
    current: boolean;
}

export type AuditAction = 'view' | 'change' | 'create' | 'export' | 'erase';
export type AuditEntityType = 'contact' | 'ticket' | 'message' | 'attachment' | 'user' | 'quarantined_email';

/** Who looked at or changed personal data, from GET /api/admin/audit-log. */
export interface AuditLogEntry {
    id: Identifier;
    at: string;
    actorUserId: Identifier | null;
    actorName: string | null;
    action: AuditAction;
    entityType: AuditEntityType;
    entityId: string;
    /** What a person knows the record by: a ticket's reference, a contact's name; null when erased or unknown. */
    entityLabel?: string | null;
    /** Names of the ids in details.changes (departments, users, categories). */
    names?: Record<string, string>;
    ip: string | null;
    details: AuditDetails | null;
}

export interface AuditDetails {
    route?: string;
    fields?: string[];
    query?: Record<string, unknown>;
    changes?: Record<string, { from: unknown; to: unknown }>;
    [key: string]: unknown;
}

/** Shape of GET and PUT /api/admin/phone/line: the central number of the contact center. */
export interface PhoneLine {
    id: 'line';
    /** Closed by hand: every caller goes straight to voicemail. */
    closed: boolean;
    closedReason: string | null;
    closedAt: string | null;
    closedByUserId: string | null;
    /** Menu key 1. */
    appointmentsDepartmentId: string | null;
    /** Menu key 2. */
    reportsDepartmentId: string | null;
    /** Menu key 0, and where calls go when the chosen department has no phone. */
    agentsDepartmentId: string | null;
    /** Twilio is set up on the server. */
    configured: boolean;
    phoneNumber: string | null;
}

export type MenuDepartments = Pick<
    PhoneLine,
    'appointmentsDepartmentId' | 'reportsDepartmentId' | 'agentsDepartmentId'
>;

/** Body of PUT /api/admin/phone/line: any of these. */
export type PhoneLineChange = Partial<Pick<PhoneLine, 'closed' | 'closedReason'> & MenuDepartments>;

export const callDirections = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof callDirections)[number];

export const callOutcomes = [
    'connected',
    'voicemail',
    'status_told',
    'routing',
    'voicemail_offered',
    'missed',
    'abandoned',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

/** A call through the central line, or a call-back; from GET /api/admin/calls. */
export interface PhoneCall extends RaRecord<string> {
    callSid: string;
    direction: CallDirection;
    /** On a call-back: the agent's phone. */
    fromNumber: string | null;
    /** On a call-back: the citizen's phone. */
    toNumber: string | null;
    contactId: string | null;
    ticketId: string | null;
    departmentId: string | null;
    startedByUserId: string | null;
    /** Twilio's call status (queued, ringing, in-progress, completed, busy, no-answer…). */
    status: string;
    /** Keys pressed or words said in the menu, in order. */
    choices: string[];
    outcome: CallOutcome | null;
    durationSeconds: number | null;
    recordingSeconds: number | null;
    transcription: string | null;
    startedAt: string;
    endedAt: string | null;
}

export const notificationTemplateKeys = [
    'status_open',
    'status_pending_citizen',
    'status_resolved',
    'status_reopened',
] as const;
export type NotificationTemplateKey = (typeof notificationTemplateKeys)[number];

/** A status update citizens get, from GET /api/admin/notification-templates; id is key.language. */
export interface NotificationTemplate extends RaRecord<string> {
    key: NotificationTemplateKey;
    language: Language;
    subject: string;
    body: string;
    /** Changed by an administrator; false: the built-in wording. */
    custom: boolean;
    /** The placeholders the text may use, without braces. */
    variables: string[];
}

/** Shape of POST /api/admin/notification-templates/:id/preview: filled in with sample values. */
export interface NotificationTemplatePreview {
    subject: string;
    text: string;
    html: string;
    sms: string;
}

/** A key an Open311 client uses; the key itself is never shown again after it was made. */
export interface ApiKey extends RaRecord<string> {
    name: string;
    /** The first characters of the key, to tell keys apart. */
    keyPrefix: string;
    createdAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
    createdByUserId: string | null;
}

/** Shape of POST /api/admin/api-keys: the only answer that holds the key. */
export interface CreatedApiKey extends RaRecord<string> {
    name: string;
    keyPrefix: string;
    createdAt: string;
    key: string;
}

/** The letter of a product's queue numbers at the town hall (A012). */
export const queuePrefixes = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** A product citizens come to the counter for (a passport, a moving notice), from /api/admin/services. */
export interface Product extends RaRecord<string> {
    /** Stable for websites: /afspraak?dienst=kids-id. */
    code: string;
    nameNl: string;
    nameEn: string;
    descriptionNl: string | null;
    descriptionEn: string | null;
    durationMinutes: number;
    /** Kept free after each appointment. */
    bufferMinutes: number;
    /** What the citizen brings along. */
    documentsNl: string[];
    documentsEn: string[];
    priceNote: string | null;
    bookableOnline: boolean;
    walkInAllowed: boolean;
    /** Online bookings only; staff may book at shorter notice. */
    minNoticeMinutes: number;
    maxDaysAhead: number;
    reminderHoursBefore: number;
    queuePrefix: string;
    departmentId: string | null;
    active: boolean;
    /** The desks that serve it. */
    deskIds: string[];
}

/** A town hall or service point with counters. */
export interface Location extends RaRecord<string> {
    name: string;
    address: string | null;
    active: boolean;
}

/** A counter at a location. */
export interface Desk extends RaRecord<string> {
    locationId: string;
    name: string;
    active: boolean;
    /** The products it serves. */
    serviceIds: string[];
}

export const hoursKinds = ['appointments', 'walk_in'] as const;
export type HoursKind = (typeof hoursKinds)[number];

/** A block of weekly hours (Brussels wall clock); without deskId it is the location's, for all its desks. */
export interface HoursRow {
    deskId: string | null;
    weekday: Weekday;
    opens: string;
    /** HH:MM; '24:00' is midnight at the end of the day. */
    closes: string;
    kind: HoursKind;
}

/** Shape of GET and PUT /api/admin/locations/:id/hours. */
export interface LocationHours {
    locationId: string;
    hours: (HoursRow & { id?: string })[];
}

/** A closure (of every location, or one) or a staff absence (at a desk), from one instant to another. */
export interface DeskClosure extends RaRecord<string> {
    locationId: string | null;
    deskId: string | null;
    startsAt: string;
    endsAt: string;
    reason: string;
}

export const appointmentStatuses = ['booked', 'checked_in', 'completed', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export const appointmentChannels = ['online', 'phone', 'counter', 'walk_in'] as const;
export type AppointmentChannel = (typeof appointmentChannels)[number];

/** The channels staff book through: a caller, or a citizen at the counter. */
export const staffBookingChannels = ['phone', 'counter'] as const;
export type StaffBookingChannel = (typeof staffBookingChannels)[number];

/** An appointment at a counter, from /api/admin/appointments. */
export interface Appointment extends RaRecord<string> {
    /** Read out or typed at the kiosk. */
    code: string;
    serviceId: string;
    deskId: string | null;
    locationId: string;
    startsAt: string;
    endsAt: string;
    status: AppointmentStatus;
    channel: AppointmentChannel;
    name: string;
    email: string | null;
    phone: string | null;
    language: Language;
    contactId: string | null;
    ticketId: string | null;
    createdByUserId: string | null;
    reminderSentAt: string | null;
    cancelledAt: string | null;
    version: number;
    createdAt: string;
    /** Where the visitor stands at the counter, once they checked in or a clerk registered them. */
    visit: AppointmentVisit | null;
}

/** The visit of an appointment: its queue number and where it stands in the one visit lifecycle. */
export interface AppointmentVisit {
    id: string;
    number: string;
    status: VisitStatus;
}

/** A free time of a product, from GET /api/public/services/:id/availability. */
export interface Slot {
    /** ISO 8601 with the Brussels offset; sent back as it is when booking. */
    start: string;
    end: string;
    freeDesks: number;
}

/** Body of POST /api/admin/appointments. */
export interface BookingParams {
    serviceId: string;
    start: string;
    name: string;
    email?: string;
    phone?: string;
    language: Language;
    channel: StaffBookingChannel;
    ticketId?: string;
}

/** Body of POST /api/admin/appointments/walk-in. */
export interface WalkInParams {
    serviceId: string;
    deskId?: string;
    name?: string;
    /** Outside the desk's hours: why the visitor is served anyway (kept on the visit). */
    outsideHoursReason?: string;
}

export const visitStatuses = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** A visitor with a queue number at a location, from /api/admin/desks/:id/queue and /api/admin/visits. */
export interface Visit extends RaRecord<string> {
    /** Shown at the kiosk and on the screens, e.g. A012. */
    number: string;
    status: VisitStatus;
    serviceId: string;
    appointmentId: string | null;
    walkIn: boolean;
    language: Language;
    /** An appointment's start, a walk-in's arrival. */
    dueAt: string;
    /** The desk that called the visitor. */
    deskId: string | null;
    /** After a transfer to one desk: only that desk calls them. */
    onlyDeskId: string | null;
    checkedInAt: string;
    calledAt: string | null;
    callCount: number;
    servedAt: string | null;
    finishedAt: string | null;
    /** In a desk's queue: 1 is called next. */
    position?: number;
}

/** What a desk does with the visitor it called: POST /api/admin/visits/:id/<step>. */
export type VisitStep = 'recall' | 'start' | 'finish' | 'no-show';

/** What the reception does with a waiting visitor who went away: POST /api/admin/visits/:id/left. */
export type FloorStep = 'left';

/** Body of POST /api/admin/visits/:id/transfer: to one desk, or to a product (any desk serving it). */
export interface VisitTransfer {
    deskId?: string;
    serviceId?: string;
}

export const floorStatuses = ['waiting', 'called', 'serving'] as const;
export type FloorStatus = (typeof floorStatuses)[number];

/** One visitor on the reception's view, from GET /api/admin/locations/:id/floor. */
export interface FloorVisit {
    id: string;
    number: string;
    status: FloorStatus;
    /** The product's Dutch name. */
    service: string;
    desk: string | null;
    walkIn: boolean;
    appointmentAt: string | null;
    name: string | null;
    checkedInAt: string;
    /** Until now, or until they were called. */
    waitingMinutes: number;
}

export const deviceKinds = ['kiosk', 'screen'] as const;
export type DeviceKind = (typeof deviceKinds)[number];

/** A kiosk or a waiting-room screen, from /api/admin/devices; its token is never shown again. */
export interface Device extends RaRecord<string> {
    name: string;
    kind: DeviceKind;
    locationId: string;
    createdAt: string;
    lastSeenAt: string | null;
    revokedAt: string | null;
}

/** Shape of POST /api/admin/devices: the only answer that holds the token. */
export interface CreatedDevice extends Device {
    token: string;
    /** To open on the device itself. */
    url: string;
}

/** Shape of GET /api/admin/dashboard. */
export interface DashboardFigures {
    openTickets: { department: string; status: TicketStatus; tickets: number }[];
    sla: { near: number; past: number };
    contactsToday: { channel: TicketChannel; contacts: number }[];
    appointmentsToday: { status: AppointmentStatus; appointments: number }[];
    queueNow: { location: string; waiting: number; atDesk: number; longestWaitMinutes: number | null }[];
}

/** A provider the outbox sends through: the mail server, Twilio. */
export type Provider = 'mail' | 'twilio';

/** Shape of GET /api/admin/system-status. */
export interface SystemStatus {
    providers: {
        provider: Provider;
        reachable: boolean;
        /** Since when it does not answer (its messages wait meanwhile); null while it answers. */
        unreachableSince: string | null;
        /** Administrators only. */
        lastError?: string | null;
    }[];
}

export const reportNames = [
    'contacts-per-day',
    'contacts-per-week',
    'appointment-channels',
    'visitors-per-product',
    'visits-heatmap',
    'waiting-times',
    'no-shows',
    'walk-ins',
    'response-times',
    'sla-compliance',
    'document-requests',
    'document-online-share',
    'document-handling',
] as const;
export type ReportName = (typeof reportNames)[number];

export type ReportRow = Record<string, string | number | null>;

/** The period of a report: whole Brussels days, and optionally some departments. */
export interface ReportPeriod {
    /** YYYY-MM-DD */
    from: string;
    /** YYYY-MM-DD, included. */
    to: string;
    departmentIds: string[];
}

/** Shape of GET /api/admin/reports/:name. */
export interface ReportResult {
    name: ReportName;
    title: string;
    from: string;
    to: string;
    rows: ReportRow[];
}

/** What the compose box starts with: greeting, then (after the caret) the sign-off and signature. */
export interface ReplyDraft {
    text: string;
    caret: number;
}

export interface ReplyDrafts {
    language: 'nl' | 'en';
    email: ReplyDraft;
    sms: ReplyDraft;
}

/**
 * Whether the agent's own words may go now on the chosen channel (a chat app allows free text only at times), and
 * when not, the server's words for why (%{last}: the citizen's last message, written in the agent's format).
 */
export type FreeText =
    | { allowed: true }
    | {
          allowed: false;
          reason: string;
          templateAvailable: boolean;
          lastInboundAt: string | null;
          notice: Record<'nl' | 'en', { title: string; closed: string; never: string; noTemplate: string }>;
      };

/** Exactly what a reply sends, made by the server's sending code. */
export type ReplyPreview =
    | { channel: 'email'; recipient: string; subject: string; html: string; text: string; freeText?: FreeText }
    | {
          channel: Exclude<ReplyChannel, 'email'>;
          recipient: string;
          text: string;
          maxLength: number | null;
          tooLong: boolean;
          freeText: FreeText;
          /** the SMS count, for a channel that pays per segment */
          sms?: {
              encoding: 'GSM-7' | 'UCS-2';
              characters: number;
              units: number;
              segments: number;
              perSegment: number;
              maxLength: number;
              tooLong: boolean;
          };
      };

/** A canned reply; with actions it is a macro that also changes the ticket. */
export interface CannedResponse extends RaRecord<string> {
    title: string;
    bodyNl: string;
    bodyEn: string;
    departmentId: string | null;
    ownerId: string | null;
    scope: 'shared' | 'department' | 'personal';
    setStatus: TicketStatus | null;
    setPriority: TicketPriority | null;
    setCategoryId: string | null;
    setDepartmentId: string | null;
    addTags: string[];
}

export interface AppliedCannedResponse {
    text: string;
    language: 'nl' | 'en';
    changed: string[];
    ticket: Ticket;
}
