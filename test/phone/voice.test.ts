import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { clock } from '../../src/shared/clock';
import { forgetCalendars } from '../../src/routing/schedule';
import { makeDepartment, makeTicket } from '../support/factories';
import { AUTH_TOKEN, callParams, parseTwiml, signedPost, twilioSid, type Verb } from '../support/twilio';

let app: Express;
let burgerzaken: string;
let werken: string;
let onthaal: string;

// a Tuesday morning and a Sunday evening in Brussels
const TUESDAY_10H = new Date('2026-11-24T10:00:00+01:00');
const SUNDAY_20H = new Date('2026-11-22T20:00:00+01:00');
const realNow = clock.now;

beforeAll(async () => {
  app = buildApp();
  burgerzaken = (await makeDepartment('Burgerzaken')).id;
  werken = (await makeDepartment('Openbare Werken')).id;
  onthaal = (await makeDepartment('Onthaal')).id;
  await db().department.update({ where: { id: burgerzaken }, data: { phoneTarget: '+3250000001' } });
  await db().department.update({ where: { id: werken }, data: { phoneTarget: 'sip:werken@pbx.testdorp.be' } });
  await db().department.update({ where: { id: onthaal }, data: { phoneTarget: 'queue:onthaal' } });
  await db().phoneLine.create({
    data: { id: 1, appointmentsDepartmentId: burgerzaken, reportsDepartmentId: werken, agentsDepartmentId: onthaal },
  });
  forgetCalendars();
});

beforeEach(() => {
  clock.now = () => TUESDAY_10H;
});
afterAll(() => {
  clock.now = realNow;
});

const verbs = (v: Verb[]) => v.map((x) => x.verb);
const said = (v: Verb[]): string =>
  v
    .map((x) => (x.verb === 'Say' ? (x.text ?? '') : said(x.children)))
    .filter(Boolean)
    .join(' ');

async function twiml(path: string, params: Record<string, string>): Promise<Verb[]> {
  const res = await signedPost(app, path, params).expect(200);
  expect(res.headers['content-type']).toMatch(/text\/xml/);
  return parseTwiml(res.text);
}

describe('the central line answers with the Dutch menu', () => {
  test("an incoming call is logged on the caller's contact and hears a Gather for keys and speech in nl-BE", async () => {
    const callSid = twilioSid('CA');
    const v = await twiml('/webhooks/twilio/voice', callParams(callSid, '+32470111222'));
    expect(verbs(v)).toEqual(['Gather']);
    const gather = v[0];
    expect(gather.attrs).toMatchObject({
      input: 'dtmf speech',
      numDigits: '1',
      language: 'nl-BE',
      action: 'http://voordeur.test/webhooks/twilio/voice/menu?lang=nl&attempt=1',
    });
    expect(gather.children.every((c) => c.verb === 'Say' && c.attrs.language === 'nl-BE')).toBe(true);
    expect(said(v)).toContain('Welkom bij Gemeente Testdorp');
    expect(said(v)).toMatch(/afspraak, druk 1.*probleem te melden, druk 2.*dossier, druk 3.*medewerker, druk 0/);

    const call = await db().phoneCall.findUniqueOrThrow({
      where: { callSid },
      include: { contact: { include: { identities: true } } },
    });
    expect(call).toMatchObject({
      direction: 'inbound',
      fromNumber: '+32470111222',
      toNumber: '+3250000099',
      status: 'ringing',
    });
    expect(call.contact!.identities).toEqual([expect.objectContaining({ kind: 'phone', value: '+32470111222' })]);
  });

  test('Twilio retrying the same call makes no second call log entry or contact', async () => {
    const callSid = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(callSid, '+32470333444'));
    await twiml('/webhooks/twilio/voice', callParams(callSid, '+32470333444'));
    await Promise.all([1, 2, 3].map(() => twiml('/webhooks/twilio/voice', callParams(callSid, '+32470333444'))));
    expect(await db().phoneCall.count({ where: { callSid } })).toBe(1);
    expect(await db().contactIdentity.count({ where: { value: '+32470333444' } })).toBe(1);
  });

  test("key 1 during opening hours puts the caller through to the appointments department's number", async () => {
    const callSid = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(callSid));
    const v = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(callSid, undefined, { Digits: '1' }),
    );
    expect(verbs(v)).toEqual(['Say', 'Dial']);
    expect(v[1].attrs).toMatchObject({
      timeout: '25',
      action: 'http://voordeur.test/webhooks/twilio/voice/dial-result?lang=nl',
    });
    expect(v[1].children).toEqual([expect.objectContaining({ verb: 'Number', text: '+3250000001' })]);
    const call = await db().phoneCall.findUniqueOrThrow({ where: { callSid } });
    expect(call.choices).toEqual(['1']);
    expect(call).toMatchObject({ outcome: 'routing', departmentId: burgerzaken });
  });

  test('saying "ik wil een melding doen" reaches the reports department over SIP', async () => {
    const callSid = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(callSid));
    const v = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(callSid, undefined, { SpeechResult: 'ik wil een melding doen', Confidence: '0.91' }),
    );
    expect(v[1].verb).toBe('Dial');
    expect(v[1].children).toEqual([expect.objectContaining({ verb: 'Sip', text: 'sip:werken@pbx.testdorp.be' })]);
  });

  test("key 0 puts the caller in the agents' Twilio queue, where they hear their position and hold music", async () => {
    const callSid = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(callSid));
    const v = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(callSid, undefined, { Digits: '0' }),
    );
    expect(verbs(v)).toEqual(['Say', 'Enqueue']);
    expect(v[1]).toMatchObject({
      text: 'onthaal',
      attrs: {
        waitUrl: 'http://voordeur.test/webhooks/twilio/voice/queue-wait?lang=nl',
        action: 'http://voordeur.test/webhooks/twilio/voice/queue-result?lang=nl',
      },
    });

    const wait = await twiml(
      '/webhooks/twilio/voice/queue-wait?lang=nl',
      callParams(callSid, undefined, {
        QueuePosition: '3',
        QueueTime: '40',
        QueueSid: twilioSid('QU'),
        CurrentQueueSize: '3',
        AvgQueueTime: '30',
      }),
    );
    expect(verbs(wait)).toEqual(['Say', 'Play']);
    expect(said(wait)).toBe('U bent nummer 3 in de wachtrij.');
    const tooLong = await twiml(
      '/webhooks/twilio/voice/queue-wait?lang=nl',
      callParams(callSid, undefined, { QueuePosition: '2', QueueTime: '301' }),
    );
    expect(verbs(tooLong)).toEqual(['Leave']);
    const left = await twiml(
      '/webhooks/twilio/voice/queue-result?lang=nl',
      callParams(callSid, undefined, { QueueResult: 'leave', QueueTime: '301' }),
    );
    expect(verbs(left)).toEqual(['Say', 'Say', 'Record', 'Say', 'Hangup']);
  });

  test('outside opening hours the caller is offered voicemail, with recording and transcription callbacks', async () => {
    clock.now = () => SUNDAY_20H;
    const callSid = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(callSid));
    const v = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(callSid, undefined, { Digits: '1' }),
    );
    expect(verbs(v)).toEqual(['Say', 'Say', 'Record', 'Say', 'Hangup']);
    expect(v[0].text).toBe('U belt buiten onze openingsuren.');
    expect(v[2].attrs).toMatchObject({
      maxLength: '120',
      playBeep: 'true',
      transcribe: 'true',
      action: 'http://voordeur.test/webhooks/twilio/voice/recorded?lang=nl',
      recordingStatusCallback: 'http://voordeur.test/webhooks/twilio/voice/recording',
      transcribeCallback: 'http://voordeur.test/webhooks/twilio/voice/transcription',
    });
    expect(await db().phoneCall.findUniqueOrThrow({ where: { callSid } })).toMatchObject({
      outcome: 'voicemail_offered',
      departmentId: burgerzaken,
    });
  });

  test('an unanswered department offers voicemail; an answered one ends the call as connected', async () => {
    const missed = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(missed));
    const v = await twiml(
      '/webhooks/twilio/voice/dial-result?lang=nl',
      callParams(missed, undefined, { DialCallStatus: 'no-answer', DialCallSid: twilioSid('CA') }),
    );
    expect(verbs(v)).toContain('Record');
    expect(v[0].text).toBe('Al onze medewerkers zijn in gesprek.');

    const answered = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(answered));
    expect(
      verbs(
        await twiml(
          '/webhooks/twilio/voice/dial-result?lang=nl',
          callParams(answered, undefined, { DialCallStatus: 'completed', DialCallDuration: '95' }),
        ),
      ),
    ).toEqual(['Hangup']);
    expect((await db().phoneCall.findUniqueOrThrow({ where: { callSid: answered } })).outcome).toBe('connected');
  });

  test('a central line closed from the console sends every caller straight to voicemail until it is opened', async () => {
    await db().phoneLine.update({ where: { id: 1 }, data: { closed: true, closedReason: 'personeelsvergadering' } });
    try {
      const v = await twiml('/webhooks/twilio/voice', callParams(twilioSid('CA')));
      expect(verbs(v)).toEqual(['Say', 'Say', 'Record', 'Say', 'Hangup']);
      expect(v[0].text).toBe('Onze telefonische dienstverlening is op dit moment gesloten.');
      // a caller already in the menu when it closed is not put through either
      const v2 = await twiml(
        '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
        callParams(twilioSid('CA'), undefined, { Digits: '0' }),
      );
      expect(verbs(v2)).toContain('Record');
    } finally {
      await db().phoneLine.update({ where: { id: 1 }, data: { closed: false } });
    }
    expect(verbs(await twiml('/webhooks/twilio/voice', callParams(twilioSid('CA'))))).toEqual(['Gather']);
  });

  test('an unclear choice is asked once more, then the caller goes to an agent', async () => {
    const callSid = twilioSid('CA');
    const again = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(callSid, undefined, { Digits: '7' }),
    );
    expect(verbs(again)).toEqual(['Gather']);
    expect(again[0].attrs.action).toContain('attempt=2');
    expect(said(again)).toContain('Sorry, dat heb ik niet begrepen.');
    const agent = await twiml('/webhooks/twilio/voice/menu?lang=nl&attempt=2', callParams(callSid, undefined, {}));
    expect(verbs(agent)).toEqual(['Say', 'Enqueue']);
  });

  test('key 9 gives the menu in English', async () => {
    const v = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(twilioSid('CA'), undefined, { Digits: '9' }),
    );
    expect(v[0].attrs).toMatchObject({
      language: 'en-GB',
      action: 'http://voordeur.test/webhooks/twilio/voice/menu?lang=en&attempt=1',
    });
    expect(said(v)).toContain('For an appointment, press 1');
  });
});

describe('key 3: the status of a case by its reference', () => {
  test('the caller keys in the eight digits and hears the status and department, digit by digit', async () => {
    const ticket = await makeTicket({ departmentId: burgerzaken });
    await db().ticket.update({ where: { id: ticket.id }, data: { status: 'open' } });
    const callSid = twilioSid('CA');
    await twiml('/webhooks/twilio/voice', callParams(callSid));
    const ask = await twiml(
      '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      callParams(callSid, undefined, { Digits: '3' }),
    );
    expect(ask[0]).toMatchObject({
      verb: 'Gather',
      attrs: {
        finishOnKey: '#',
        numDigits: '8',
        action: 'http://voordeur.test/webhooks/twilio/voice/reference?lang=nl&attempt=1',
      },
    });
    const digits = ticket.reference.replace(/\D/g, '');
    const v = await twiml(
      '/webhooks/twilio/voice/reference?lang=nl&attempt=1',
      callParams(callSid, undefined, { Digits: digits }),
    );
    expect(said(v)).toContain(`Dossier ${digits.split('').join(' ')} is in behandeling, bij de dienst Burgerzaken.`);
    expect(await db().phoneCall.findUniqueOrThrow({ where: { callSid } })).toMatchObject({
      outcome: 'status_told',
      choices: ['3', ticket.reference],
    });
  });

  test('a mistyped digit fails the check digit and is asked again; nothing about any case is said', async () => {
    const ticket = await makeTicket();
    const digits = ticket.reference.replace(/\D/g, '');
    const wrong = digits.slice(0, 3) + String((Number(digits[3]) + 1) % 10) + digits.slice(4);
    const v = await twiml(
      '/webhooks/twilio/voice/reference?lang=nl&attempt=1',
      callParams(twilioSid('CA'), undefined, { Digits: wrong }),
    );
    expect(verbs(v)).toEqual(['Gather']);
    expect(v[0].attrs.action).toContain('attempt=2');
    expect(said(v)).toContain('Dat dossiernummer klopt niet.');
    expect(said(v)).not.toContain('Dossier ');
  });

  test('a valid number that is no case says so; the third failure returns to the menu', async () => {
    const v = await twiml(
      '/webhooks/twilio/voice/reference?lang=nl&attempt=3',
      callParams(twilioSid('CA'), undefined, { Digits: '00000000' }),
    );
    expect(said(v)).toContain('Wij vinden geen dossier met dat nummer.');
    expect(v[0].attrs.action).toContain('/webhooks/twilio/voice/menu');
  });
});

describe('only Twilio gets in', () => {
  test('an unsigned request is refused with 403 and logs no call', async () => {
    const callSid = twilioSid('CA');
    const res = await request(app).post('/webhooks/twilio/voice').type('form').send(callParams(callSid)).expect(403);
    expect(res.body.message).toMatch(/not signed by Twilio/);
    expect(await db().phoneCall.count({ where: { callSid } })).toBe(0);
  });

  test('a request signed with another token, or changed after signing, is refused', async () => {
    const callSid = twilioSid('CA');
    await signedPost(app, '/webhooks/twilio/voice', callParams(callSid), 'someone-elses-token-0000000').expect(403);
    const twilio = (await import('twilio')).default;
    const params = callParams(callSid);
    const signature = twilio.getExpectedTwilioSignature(
      AUTH_TOKEN,
      'http://voordeur.test/webhooks/twilio/voice',
      params,
    );
    await request(app)
      .post('/webhooks/twilio/voice')
      .type('form')
      .set('X-Twilio-Signature', signature)
      .send({ ...params, From: '+32499999999' })
      .expect(403);
    // the signature covers the URL too: the same parameters posted to another webhook are refused
    await request(app)
      .post('/webhooks/twilio/voice/menu?lang=nl&attempt=1')
      .type('form')
      .set('X-Twilio-Signature', signature)
      .send(params)
      .expect(403);
    expect(await db().phoneCall.count({ where: { callSid } })).toBe(0);
  });

  test('a signed request missing what Twilio always sends gets a 400 that names the field', async () => {
    const res = await signedPost(app, '/webhooks/twilio/voice', {
      AccountSid: callParams('x').AccountSid,
      From: '+32470123456',
    }).expect(400);
    expect(res.body.errors).toHaveProperty('CallSid');
  });
});
