import { db, inOneTransaction } from '../db';
import { seedAppointments } from './appointments';
import { seedDocumentTypes } from './documents';
import { seedCannedResponses } from './cannedResponses';
import { hashPassword } from '../auth/password';
import { intake } from '../intake/intake';
import { normalizePhone } from '../shared/identities';
import { statusTimestamps } from '../tickets/update';
import type { TicketStatus } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import {
  CATEGORIES,
  CENTRUM_ZONE,
  CITIZENS,
  CLOSURES,
  CONTACTS,
  DEMO_OPEN311_KEY,
  DEMO_PASSWORD,
  DEPARTMENTS,
  MUNICIPAL_HOURS,
  OPEN311_CATEGORIES,
  USERS,
} from './data';
import { refreshSla } from '../routing/sla';
import { forgetCalendars } from '../routing/schedule';
import { forgetRoutingSet } from '../routing/routingSet';
import { createApiKey } from '../open311/apiKeys';

const STATUSES: TicketStatus[] = [
  'new',
  'new',
  'open',
  'open',
  'open',
  'pending_citizen',
  'resolved',
  'resolved',
  'closed',
];
const TICKETS = 50;

/**
 * Fills an empty database with the demo municipality; does nothing when any user exists. One transaction: a
 * seed that fails halfway leaves nothing (the next start would otherwise find users and skip a half-seeded
 * town), and a lock makes a second copy starting at the same time wait and then skip.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  try {
    const seeded = await inOneTransaction(
      async () => {
        await db().$executeRaw`SELECT pg_advisory_xact_lock(hashtext('voordeur demo seed'))`;
        if ((await db().user.count()) > 0) return false;
        await seedAll();
        return true;
      },
      { timeout: 10 * 60_000 },
    );
    return { seeded };
  } finally {
    // rules and calendars read inside the transaction were cached; after a rollback they do not exist
    forgetCalendars();
    forgetRoutingSet();
  }
}

async function seedAll(): Promise<void> {
  const departments = new Map<string, string>();
  for (const d of DEPARTMENTS) departments.set(d.name, (await db().department.create({ data: d })).id);
  const categories = new Map<string, string>();
  for (const c of CATEGORIES) {
    const { department, ...data } = c;
    categories.set(
      c.code,
      (await db().category.create({ data: { ...data, departmentId: departments.get(department) } })).id,
    );
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [];
  for (const u of USERS) {
    users.push(
      await db().user.create({
        data: {
          email: u.email,
          name: u.name,
          role: u.role,
          passwordHash,
          memberships: { create: u.departments.map((name) => ({ departmentId: departments.get(name)! })) },
        },
      }),
    );
  }
  const agents = users.filter((u) => u.role !== 'admin');
  await seedRouting(departments, categories, users);
  // the central line's menu: 1 appointments → Burgerzaken, 2 reports → Openbare Werken, 0 → the contact center
  await db().phoneLine.create({
    data: {
      id: 1,
      appointmentsDepartmentId: departments.get('Burgerzaken'),
      reportsDepartmentId: departments.get('Openbare Werken'),
      agentsDepartmentId: departments.get('Onthaal'),
    },
  });
  const now = Date.now();
  for (let i = 0; i < TICKETS; i++) {
    const t = CONTACTS[i % CONTACTS.length];
    const who = CITIZENS[(i * 7) % CITIZENS.length];
    const english = 'language' in who && who.language === 'en';
    const { ticket } = await intake({
      channel: t.channel,
      externalId: `demo-${i}`,
      contact: {
        name: who.name,
        email: 'email' in who ? who.email : undefined,
        phone: 'phone' in who && who.phone ? normalizePhone(who.phone) : undefined,
        language: english ? 'en' : 'nl',
      },
      subject: t.subject,
      body: t.body,
      categoryId: categories.get(t.category),
      location: t.address ? { address: t.address, latitude: t.lat, longitude: t.lng } : undefined,
      recordedBy: t.channel === 'phone' || t.channel === 'counter' ? agents[i % agents.length].id : undefined,
      acknowledge: false,
    });
    const createdAt = new Date(now - ((i * 13) % 30) * 86400_000 - ((i * 37) % 600) * 60_000);
    const status = STATUSES[i % STATUSES.length];
    await db().ticket.update({
      where: { id: ticket.id },
      data: {
        createdAt,
        status,
        priority: i % 11 === 0 ? 'high' : 'normal',
        assigneeId: status === 'new' ? null : agents[i % agents.length].id,
        firstResponseAt: status === 'new' ? null : new Date(createdAt.getTime() + 3 * 3600_000),
        ...statusTimestamps(status, new Date(createdAt.getTime() + 2 * 86400_000)),
      },
    });
    await db().message.updateMany({ where: { ticketId: ticket.id }, data: { createdAt } });
    await refreshSla(db(), await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } }));
    await db().ticketEvent.updateMany({ where: { ticketId: ticket.id }, data: { createdAt } });
    if (status !== 'new') {
      const agent = agents[i % agents.length];
      await db().message.create({
        data: {
          ticketId: ticket.id,
          direction: i % 3 === 0 ? 'note' : 'outbound',
          channel: i % 3 === 0 ? t.channel : 'email',
          authorUserId: agent.id,
          bodyText:
            i % 3 === 0
              ? 'Doorgegeven aan de ploeg; opvolgen volgende week.'
              : 'Bedankt voor uw melding. We hebben dit doorgegeven aan de bevoegde dienst en houden u op de hoogte.',
          createdAt: new Date(createdAt.getTime() + 3 * 3600_000),
        },
      });
    }
  }
  await seedOpen311();
  await seedAppointments(departments.get('Burgerzaken'));
  await seedDocumentTypes(departments.get('Burgerzaken'));
  await seedCannedResponses(departments);
}

/** Opening hours, closures, SLA targets, a zone and a few rules, so the demo shows routing at work. */
async function seedRouting(
  departments: Map<string, string>,
  categories: Map<string, string>,
  users: { id: string; email: string }[],
) {
  await db().openingHours.createMany({ data: MUNICIPAL_HOURS.map((h) => ({ ...h, departmentId: null })) });
  await db().closure.createMany({
    data: CLOSURES.map((c) => ({
      reason: c.reason,
      startDate: new Date(`${c.startDate}T00:00:00Z`),
      endDate: new Date(`${c.endDate}T00:00:00Z`),
    })),
  });
  await db().slaPolicy.createMany({
    data: [
      { firstResponseMinutes: 480, resolutionMinutes: 2400, warnBeforeMinutes: 60 },
      { priority: 'urgent', firstResponseMinutes: 60, resolutionMinutes: 480, warnBeforeMinutes: 15 },
      { priority: 'high', firstResponseMinutes: 240, resolutionMinutes: 1200, warnBeforeMinutes: 30 },
    ],
  });
  const byEmail = (email: string) => users.find((u) => u.email === email)!.id;
  await db().department.update({
    where: { id: departments.get('Burgerzaken')! },
    data: { assignmentStrategy: 'round_robin', leadUserId: byEmail('burgerzaken@voordeur.example') },
  });
  await db().department.update({
    where: { id: departments.get('Openbare Werken')! },
    data: {
      assignmentStrategy: 'least_loaded',
      maxOpenPerAgent: 25,
      leadUserId: byEmail('openbarewerken@voordeur.example'),
    },
  });
  const centrum = await db().zone.create({ data: { name: 'Centrum', geometry: CENTRUM_ZONE } });
  const rules = [
    {
      name: 'Politie en brandweer: dringend',
      conditions: { senders: ['@politie.be', '@brandweer.be'] },
      actions: { priority: 'urgent', tags: ['hulpdiensten'] },
    },
    {
      name: 'Sluikstort in het centrum',
      conditions: { words: ['sluikstort', 'afval', 'zakken'], zoneIds: [centrum.id] },
      actions: {
        departmentId: departments.get('Milieu'),
        priority: 'high',
        tags: ['centrum'],
        acknowledgement: 'report',
      },
    },
    {
      name: 'Straatverlichting',
      conditions: { words: ['straatlamp', 'straatverlichting', 'lantaarnpaal'] },
      actions: {
        departmentId: departments.get('Openbare Werken'),
        categoryId: categories.get('straatverlichting'),
        acknowledgement: 'report',
      },
    },
    { name: 'Engelstalige vragen', conditions: { languages: ['en'] }, actions: { tags: ['english'] } },
  ];
  await db().routingRule.createMany({ data: rules.map((r, i) => ({ ...r, position: (i + 1) * 10 })) });
  forgetCalendars();
  forgetRoutingSet();
}

/** Open311: the public-space categories become services (and map layers), and a demo app gets an API key. */
export async function seedOpen311(): Promise<void> {
  for (const [code, settings] of Object.entries(OPEN311_CATEGORIES)) {
    const { attributes, ...rest } = settings;
    await db().category.updateMany({
      where: { code },
      data: { ...rest, ...(attributes ? { attributes: attributes as Prisma.InputJsonArray } : {}) },
    });
  }
  await createApiKey(DEMO_OPEN311_KEY.name, undefined, DEMO_OPEN311_KEY.key);
}
