import type { ReactNode } from 'react';
import type { ReportName, ReportPeriod, ReportRow } from '../types';
import { AppointmentChannelsReport } from './AppointmentChannelsReport';
import { ContactsReport } from './ContactsReport';
import { TableReport } from './TableReport';
import { VisitorsPerProductReport } from './VisitorsPerProductReport';
import { VisitsHeatmap } from './VisitsHeatmap';

interface ReportView {
    /** No figures for the period: the section says so instead of an empty chart. */
    isEmpty: (rows: ReportRow[]) => boolean;
    render: (rows: ReportRow[], period: ReportPeriod) => ReactNode;
}

// Grouped reports always answer with a total row ("all"), also when nothing
// happened; they are empty when that row counts nothing.
const countsNothing =
    (...keys: string[]) =>
    (rows: ReportRow[]) =>
        rows.every((row) => keys.every((key) => !Number(row[key])));

const noRows = (rows: ReportRow[]) => rows.length === 0;

/** How each report shows: a chart and its table, a heat map, or a table. */
export const reportViews: Record<ReportName, ReportView> = {
    'contacts-per-day': {
        isEmpty: noRows,
        render: (rows, period) => <ContactsReport rows={rows} period={period} unit="day" />,
    },
    'contacts-per-week': {
        isEmpty: noRows,
        render: (rows, period) => <ContactsReport rows={rows} period={period} unit="week" />,
    },
    'appointment-channels': {
        isEmpty: countsNothing('appointments', 'cancelled'),
        render: (rows) => <AppointmentChannelsReport rows={rows} />,
    },
    'visitors-per-product': {
        isEmpty: noRows,
        render: (rows) => <VisitorsPerProductReport rows={rows} />,
    },
    'visits-heatmap': {
        isEmpty: noRows,
        render: (rows) => <VisitsHeatmap rows={rows} />,
    },
    'waiting-times': {
        isEmpty: countsNothing('visitors'),
        render: (rows) => (
            <TableReport
                name="waiting-times"
                rows={rows}
                columns={[
                    { key: 'group', kind: 'group' },
                    { key: 'visitors', kind: 'number' },
                    { key: 'averageMinutes', kind: 'number' },
                    { key: 'p90Minutes', kind: 'number' },
                    { key: 'calledBeforeTime', kind: 'percent' },
                ]}
            />
        ),
    },
    'no-shows': {
        isEmpty: countsNothing('due'),
        render: (rows) => (
            <TableReport
                name="no-shows"
                rows={rows}
                columns={[
                    { key: 'product' },
                    { key: 'due', kind: 'number' },
                    { key: 'noShows', kind: 'number' },
                    { key: 'rate', kind: 'percent' },
                ]}
            />
        ),
    },
    'walk-ins': {
        isEmpty: noRows,
        render: (rows) => (
            <TableReport
                name="walk-ins"
                rows={rows}
                columns={[
                    { key: 'day', kind: 'day' },
                    { key: 'walkIns', kind: 'number' },
                    { key: 'visitors', kind: 'number' },
                ]}
            />
        ),
    },
    'response-times': {
        isEmpty: countsNothing('tickets'),
        render: (rows) => (
            <TableReport
                name="response-times"
                rows={rows}
                columns={[
                    { key: 'department', kind: 'department' },
                    { key: 'tickets', kind: 'number' },
                    { key: 'answered', kind: 'number' },
                    { key: 'firstResponseAvgHours', kind: 'number' },
                    { key: 'firstResponseP90Hours', kind: 'number' },
                    { key: 'resolved', kind: 'number' },
                    { key: 'resolutionAvgHours', kind: 'number' },
                    { key: 'resolutionP90Hours', kind: 'number' },
                ]}
            />
        ),
    },
    'sla-compliance': {
        isEmpty: countsNothing('firstResponseMet', 'firstResponseMissed', 'resolutionMet', 'resolutionMissed'),
        render: (rows) => (
            <TableReport
                name="sla-compliance"
                rows={rows}
                columns={[
                    { key: 'department', kind: 'department' },
                    { key: 'firstResponseMet', kind: 'number' },
                    { key: 'firstResponseMissed', kind: 'number' },
                    { key: 'firstResponseCompliance', kind: 'percent' },
                    { key: 'resolutionMet', kind: 'number' },
                    { key: 'resolutionMissed', kind: 'number' },
                    { key: 'resolutionCompliance', kind: 'percent' },
                ]}
            />
        ),
    },
    'document-requests': {
        isEmpty: noRows,
        render: (rows) => (
            <TableReport
                name="document-requests"
                rows={rows}
                columns={[
                    { key: 'week' },
                    { key: 'document' },
                    { key: 'channel', kind: 'channel' },
                    { key: 'requests', kind: 'number' },
                ]}
            />
        ),
    },
    'document-online-share': {
        isEmpty: countsNothing('requests'),
        render: (rows) => (
            <TableReport
                name="document-online-share"
                rows={rows}
                columns={[
                    { key: 'week', kind: 'total' },
                    { key: 'requests', kind: 'number' },
                    { key: 'online', kind: 'number' },
                    { key: 'counter', kind: 'number' },
                    { key: 'phone', kind: 'number' },
                    { key: 'onlineShare', kind: 'percent' },
                ]}
            />
        ),
    },
    'document-handling': {
        isEmpty: countsNothing('requests'),
        render: (rows) => (
            <TableReport
                name="document-handling"
                rows={rows}
                columns={[
                    { key: 'document', kind: 'total' },
                    { key: 'requests', kind: 'number' },
                    { key: 'delivered', kind: 'number' },
                    { key: 'handlingAvgHours', kind: 'number' },
                    { key: 'deliveredOnTime', kind: 'number' },
                    { key: 'deliveredLate', kind: 'number' },
                    { key: 'targetMet', kind: 'percent' },
                    { key: 'pickups', kind: 'number' },
                    { key: 'pickupsBooked', kind: 'number' },
                    { key: 'pickedUp', kind: 'number' },
                ]}
            />
        ),
    },
};
