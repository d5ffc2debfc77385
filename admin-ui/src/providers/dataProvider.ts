import simpleRestProvider from 'ra-data-simple-rest';
import type { CreateParams, DataProvider, Identifier, RaRecord, UpdateParams } from 'react-admin';
import { categoryBody } from '../categories/categoryBody';
import { brusselsEndOfDay, brusselsStartOfDay } from '../common/dates';
import { sortTemplates } from '../notificationTemplates/templateOrder';
import { ruleBody } from '../routingRules/ruleBody';
import type {
    Appointment,
    BookingParams,
    DashboardFigures,
    SystemStatus,
    DepartmentSchedule,
    FloorVisit,
    HoursRow,
    LocationHours,
    MailboxTestResult,
    Message,
    MunicipalSchedule,
    OpeningBlock,
    PhoneCall,
    PhoneLine,
    PhoneLineChange,
    QuarantinedEmail,
    ReplyChannel,
    RuleActions,
    RuleConditions,
    RuleDryRunResult,
    RuleSample,
    Slot,
    ReportName,
    ReportPeriod,
    ReportResult,
    Ticket,
    Visit,
    VisitStep,
    FloorStep,
    VisitTransfer,
    WalkInParams,
} from '../types';
import type { BulkTicketParams, BulkTicketResult } from '../tickets/bulk/bulkTypes';
import { withFormErrors } from './formErrors';
import { apiUrl, httpClient } from './httpClient';
import { pick, writableFields } from './writableFields';

const adminUrl = `${apiUrl}/admin`;
const simpleRest = simpleRestProvider(adminUrl, httpClient);
/**
 * Long lists (tickets) count at most 1,000 matches; past that the server says the total is unknown ('*', which
 * simple-rest reads as NaN) and the list pages on without a total, react-admin's partial pagination.
 */
const base: DataProvider = {
    ...simpleRest,
    getList: async (resource, params) => {
        const result = await simpleRest.getList(resource, params);
        if (!Number.isNaN(result.total)) return result;
        const { page = 1, perPage = 25 } = params.pagination ?? {};
        return {
            data: result.data,
            pageInfo: { hasPreviousPage: page > 1, hasNextPage: result.data.length === perPage },
        };
    },
};

export interface VoordeurDataProvider extends DataProvider {
    /** Without `via` the server picks: email when the citizen has an address, else SMS. */
    replyToTicket(
        ticketId: Identifier,
        params: { body: string; via?: ReplyChannel; asTemplate?: boolean },
    ): Promise<{ data: Message }>;
    addNote(ticketId: Identifier, params: { body: string }): Promise<{ data: Message }>;
    mergeTicket(ticketId: Identifier, params: { targetId: Identifier }): Promise<{ data: Ticket }>;
    /** One change to several tickets, each saved against the version the list showed; the refused ones come back in `failed`. */
    bulkChangeTickets(params: BulkTicketParams): Promise<{ data: BulkTicketResult }>;
    /** Logs in to the mailbox with its stored settings; a failure is a result, not an error. */
    testMailbox(mailboxId: Identifier): Promise<{ data: MailboxTestResult }>;
    /** Processes a quarantined email again; it comes back resolved (with a ticket) or held with the new error. */
    retryQuarantined(id: Identifier): Promise<{ data: QuarantinedEmail }>;
    dismissQuarantined(id: Identifier): Promise<{ data: QuarantinedEmail }>;
    /** Saves the order of the routing rules; `ids` lists every rule, first one first. */
    reorderRoutingRules(ids: Identifier[]): Promise<{ data: { ok: boolean } }>;
    /** Tries unsaved conditions and actions on a ticket or a typed sample; nothing is saved. */
    dryRunRoutingRule(params: RuleDryRunParams): Promise<{ data: RuleDryRunResult }>;
    /**
     * Starts a call-back: Twilio rings the agent's phone (the one on their
     * profile unless `agentPhone` is given), then the citizen's.
     */
    callBack(ticketId: Identifier, params: CallBackParams): Promise<{ data: PhoneCall }>;
    getPhoneLine(): Promise<{ data: PhoneLine }>;
    updatePhoneLine(changes: PhoneLineChange): Promise<{ data: PhoneLine }>;
    getSchedule(): Promise<{ data: MunicipalSchedule }>;
    updateSchedule(hours: OpeningBlock[]): Promise<{ data: MunicipalSchedule }>;
    getDepartmentSchedule(departmentId: Identifier): Promise<{ data: DepartmentSchedule }>;
    /** An empty list means: the department keeps the municipality's hours. */
    updateDepartmentSchedule(departmentId: Identifier, hours: OpeningBlock[]): Promise<{ data: DepartmentSchedule }>;
    /**
     * Free times of a product between two Brussels days (at most 62), by the
     * public rules (minimum notice applies). Products not bookable online
     * have none here: staff type the time.
     */
    getAvailability(serviceId: Identifier, from: string, to: string): Promise<{ data: Slot[] }>;
    /** Books for a caller or a citizen at the counter; the citizen gets the confirmation. 409 when just taken. */
    bookAppointment(params: BookingParams): Promise<{ data: Appointment }>;
    /** Moves to another free time; the citizen is told. 409 when just taken, or changed since `version`. */
    moveAppointment(id: Identifier, start: string, version: number): Promise<{ data: Appointment }>;
    /** Cancels; the citizen is told and the time becomes free. */
    cancelAppointment(id: Identifier): Promise<{ data: Appointment }>;
    /** A visitor served now without an appointment; 409 when every desk for the product is busy. */
    registerWalkIn(params: WalkInParams): Promise<{ data: Appointment }>;
    /** The week of a location: its own blocks (deskId null) and its desks'. */
    getLocationHours(locationId: Identifier): Promise<{ data: LocationHours }>;
    /** Replaces the whole week of a location, its desks' blocks included. */
    updateLocationHours(locationId: Identifier, hours: HoursRow[]): Promise<{ data: LocationHours }>;
    /** Who waits for this desk today, in the order it calls them. */
    getDeskQueue(deskId: Identifier): Promise<{ data: Visit[] }>;
    /** Calls the next visitor to this desk (on the waiting-room screens); null when nobody waits. */
    callNext(deskId: Identifier): Promise<{ data: Visit | null }>;
    /** Calls again, starts, finishes, marks a no-show or that a waiting visitor left; 409 when the visit is no longer in that state. */
    stepVisit(visitId: Identifier, step: VisitStep | FloorStep): Promise<{ data: Visit }>;
    /** To another desk or product; the visitor keeps their number and place. 400 when the desk does not serve it. */
    transferVisit(visitId: Identifier, to: VisitTransfer): Promise<{ data: Visit }>;
    /** Reception's view of a location today: everyone waiting, called or being served. */
    getFloor(locationId: Identifier): Promise<{ data: FloorVisit[] }>;
    /** The landing page's figures, limited by the server to what the user may see. */
    getDashboard(): Promise<{ data: DashboardFigures }>;
    /** Whether the mail server and Twilio answer, and since when one does not. */
    getSystemStatus(): Promise<{ data: SystemStatus }>;
    getReport(name: ReportName, period: ReportPeriod): Promise<{ data: ReportResult }>;
}

export interface CallBackParams {
    agentPhone?: string;
    /** One of the citizen's own numbers; default their first. */
    citizenPhone?: string;
}

export type RuleDryRunParams = { conditions: RuleConditions; actions: RuleActions } & (
    { ticketId: Identifier } | { sample: RuleSample }
);

// The date filter inputs yield calendar days; the server wants instants,
// and "until" must include the whole day in Brussels.
const dayRangeField: Record<string, string> = { tickets: 'createdAt', 'audit-log': 'at' };

const dayRangeFilter = (filter: Record<string, unknown>, field: string) => {
    const { [`${field}_gte`]: from, [`${field}_lte`]: until, ...rest } = filter;
    return {
        ...rest,
        ...(typeof from === 'string' && { [`${field}_gte`]: brusselsStartOfDay(from.slice(0, 10)) }),
        ...(typeof until === 'string' && { [`${field}_lte`]: brusselsEndOfDay(until.slice(0, 10)) }),
    };
};

// Closures and absences: the filter's calendar days become the window
// [start of "from", end of "to"] in Brussels; the server keeps those overlapping it.
const closureWindowFilter = (filter: Record<string, unknown>) => {
    const { from, to, ...rest } = filter;
    return {
        ...rest,
        ...(typeof from === 'string' && { from: brusselsStartOfDay(from.slice(0, 10)) }),
        ...(typeof to === 'string' && { to: brusselsEndOfDay(to.slice(0, 10)) }),
    };
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const changedFields = (fields: Record<string, unknown>, previous: RaRecord | undefined, alwaysSent: string[] = []) =>
    Object.fromEntries(
        Object.entries(fields).filter(
            ([field, value]) => alwaysSent.includes(field) || !previous || !sameValue(value, previous[field]),
        ),
    );

/**
 * Only the ticket fields that really changed, so the server records no
 * empty "changed from X to X" events; the reason only travels with a
 * department change.
 */
const ticketChanges = (data: Record<string, unknown>, previous?: RaRecord) => {
    const changes = changedFields(pick(data, writableFields.tickets.update), previous, ['reason']);
    if (!('departmentId' in changes) || !changes.reason) delete changes.reason;
    return changes;
};

/**
 * Only the mailbox fields that really changed: the server starts reading the
 * folder again from its first message whenever the folder, host or user is
 * sent, even unchanged. An empty password means "keep the stored one".
 */
const mailboxChanges = (data: Record<string, unknown>, previous?: RaRecord) => {
    const { imapPassword, ...fields } = pick(data, writableFields.mailboxes.update);
    return { ...changedFields(fields, previous), ...(imapPassword ? { imapPassword } : {}) };
};

const updateData = (resource: string, params: UpdateParams) => {
    if (resource === 'tickets') return ticketChanges(params.data, params.previousData);
    if (resource === 'mailboxes') return mailboxChanges(params.data, params.previousData);
    if (resource === 'routing-rules') return ruleBody(params.data);
    if (resource === 'categories') return categoryBody(pick(params.data, writableFields.categories.update));
    const fields = writableFields[resource]?.update;
    const data = fields ? pick(params.data, fields) : params.data;
    // An empty password on the user form means "keep the current one".
    if (resource === 'users' && !data.password) delete data.password;
    return data;
};

const withoutEmpty = (data: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(data).filter(([, value]) => value != null && value !== ''));

const createData = (resource: string, params: CreateParams) => {
    if (resource === 'routing-rules') return ruleBody(params.data);
    if (resource === 'categories') return categoryBody(pick(params.data, writableFields.categories.create));
    const fields = writableFields[resource]?.create;
    const data = fields ? pick(params.data, fields) : params.data;
    // The citizen's name, email and phone are optional, not nullable: a
    // cleared input must be left out rather than sent as null.
    if (resource === 'tickets' && data.contact) data.contact = withoutEmpty(data.contact as Record<string, unknown>);
    if (resource === 'mailboxes' && !data.imapPassword) delete data.imapPassword;
    return data;
};

const request = async <T>(method: string, path: string, body?: unknown): Promise<{ data: T }> => {
    const { json } = await httpClient(`${adminUrl}/${path}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { data: json as T };
};

const post = <T>(path: string, body: unknown) => request<T>('POST', path, body);

/** The query string of a report: from, to and (when chosen) the departments, comma-separated. */
export const reportQuery = ({ from, to, departmentIds }: ReportPeriod) =>
    new URLSearchParams({ from, to, ...(departmentIds.length > 0 && { departmentIds: departmentIds.join(',') }) });

/** Where a report is, as JSON or (with csv) as a CSV download. */
export const reportUrl = (name: ReportName, period: ReportPeriod, csv = false) =>
    `${adminUrl}/reports/${name}${csv ? '.csv' : ''}?${reportQuery(period)}`;

const actionPath = (resource: string, id: Identifier, action: string) =>
    `${resource}/${encodeURIComponent(String(id))}/${action}`;

const ticketPath = (ticketId: Identifier, action: string) => actionPath('tickets', ticketId, action);

export const dataProvider: VoordeurDataProvider = {
    ...base,

    getList: async (resource, params) => {
        // The server sends all eight templates as they come; the list groups them by key, then language.
        if (resource === 'notification-templates') {
            const result = await base.getList(resource, params);
            return { ...result, data: sortTemplates(result.data) };
        }
        if (resource === 'desk-closures') {
            return base.getList(resource, { ...params, filter: closureWindowFilter(params.filter ?? {}) });
        }
        const field = dayRangeField[resource];
        return base.getList(
            resource,
            field ? { ...params, filter: dayRangeFilter(params.filter ?? {}, field) } : params,
        );
    },

    update: async (resource, params) => {
        const data: Record<string, unknown> = updateData(resource, params);
        if (Object.keys(data).length === 0 && params.previousData) {
            return { data: params.previousData };
        }
        // A versioned record is saved against the version the screen showed (or, while a form is being edited and
        // refreshes itself, the one the edits started from: meta.version): a colleague's later change is a 409, never overwritten.
        const pinned = (params.meta as { version?: unknown } | undefined)?.version;
        const version = typeof pinned === 'number' ? pinned : params.previousData?.version;
        if (typeof version === 'number') data.version = version;
        return withFormErrors(resource, () => base.update(resource, { ...params, data }));
    },

    create: (resource, params) =>
        withFormErrors(resource, () => base.create(resource, { ...params, data: createData(resource, params) })),

    // The server may answer 204 (users are deactivated, not removed);
    // react-admin still needs a record back.
    delete: async (resource, params) => {
        const { data } = await base.delete(resource, params);
        return { data: data ?? params.previousData ?? { id: params.id } };
    },

    replyToTicket: (ticketId, { body, via, asTemplate }) =>
        post<Message>(ticketPath(ticketId, 'reply'), {
            body,
            ...(via ? { via } : {}),
            ...(asTemplate ? { asTemplate } : {}),
        }),

    callBack: (ticketId, params) => post<PhoneCall>(ticketPath(ticketId, 'callback'), params),

    getPhoneLine: () => request<PhoneLine>('GET', 'phone/line'),

    updatePhoneLine: (changes) => request<PhoneLine>('PUT', 'phone/line', changes),

    addNote: (ticketId, { body }) => post<Message>(ticketPath(ticketId, 'notes'), { body }),

    mergeTicket: (ticketId, { targetId }) => post<Ticket>(ticketPath(ticketId, 'merge'), { targetId }),

    bulkChangeTickets: (params) => request<BulkTicketResult>('POST', 'tickets/bulk', params),

    testMailbox: (mailboxId) => post<MailboxTestResult>(actionPath('mailboxes', mailboxId, 'test'), {}),

    retryQuarantined: (id) => post<QuarantinedEmail>(actionPath('quarantine', id, 'retry'), {}),

    dismissQuarantined: (id) => post<QuarantinedEmail>(actionPath('quarantine', id, 'dismiss'), {}),

    reorderRoutingRules: (ids) => post<{ ok: boolean }>('routing-rules/reorder', { ids }),

    dryRunRoutingRule: (params) => post<RuleDryRunResult>('routing-rules/dry-run', params),

    getSchedule: () => request<MunicipalSchedule>('GET', 'schedule'),

    updateSchedule: (hours) => request<MunicipalSchedule>('PUT', 'schedule', { hours }),

    getDepartmentSchedule: (departmentId) =>
        request<DepartmentSchedule>('GET', actionPath('departments', departmentId, 'schedule')),

    updateDepartmentSchedule: (departmentId, hours) =>
        request<DepartmentSchedule>('PUT', actionPath('departments', departmentId, 'schedule'), { hours }),

    getAvailability: async (serviceId, from, to) => {
        const query = new URLSearchParams({ from, to });
        const { json } = await httpClient(
            `${apiUrl}/public/services/${encodeURIComponent(String(serviceId))}/availability?${query}`,
        );
        return { data: (json as { slots?: Slot[] }).slots ?? [] };
    },

    bookAppointment: (params) => post<Appointment>('appointments', withoutEmpty({ ...params })),

    moveAppointment: (id, start, version) =>
        request<Appointment>('PUT', actionPath('appointments', id, 'move'), { start, version }),

    cancelAppointment: (id) => request<Appointment>('DELETE', `appointments/${encodeURIComponent(String(id))}`),

    registerWalkIn: (params) => post<Appointment>('appointments/walk-in', withoutEmpty({ ...params })),

    getLocationHours: (locationId) => request<LocationHours>('GET', actionPath('locations', locationId, 'hours')),

    updateLocationHours: (locationId, hours) =>
        request<LocationHours>('PUT', actionPath('locations', locationId, 'hours'), { hours }),

    getDeskQueue: (deskId) => request<Visit[]>('GET', actionPath('desks', deskId, 'queue')),

    callNext: async (deskId) => {
        const { data } = await post<{ visit: Visit | null }>(actionPath('desks', deskId, 'call-next'), {});
        return { data: data.visit };
    },

    stepVisit: (visitId, step) => post<Visit>(actionPath('visits', visitId, step), {}),

    transferVisit: (visitId, to) => post<Visit>(actionPath('visits', visitId, 'transfer'), to),

    getFloor: (locationId) => request<FloorVisit[]>('GET', actionPath('locations', locationId, 'floor')),

    getDashboard: () => request<DashboardFigures>('GET', 'dashboard'),
    getSystemStatus: () => request<SystemStatus>('GET', 'system-status'),

    getReport: async (name, period) => {
        const { json } = await httpClient(reportUrl(name, period));
        return { data: json as ReportResult };
    },
};
