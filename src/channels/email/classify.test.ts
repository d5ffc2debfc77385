import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type SimpleParserOptions } from 'mailparser';
import { classifyEmail } from './classify';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../test/fixtures/email', name), 'utf8');

/** A mail as a citizen's mail program sends it, with the extra headers under test. */
function rawMail(
  extraHeaders: string[],
  {
    from = 'An Peeters <an.peeters@telenet.example>',
    subject = 'Straatlamp kapot',
    body = 'Beste,\n\nDe straatlamp voor Kerkstraat 12 is kapot.\n\nAn',
  } = {},
) {
  return [
    'Return-Path: <an.peeters@telenet.example>',
    `From: ${from}`,
    'To: Gemeente Testdorp <info@testdorp.example>',
    `Subject: ${subject}`,
    'Date: Mon, 23 Nov 2026 10:30:00 +0100',
    'Message-ID: <a1b2c3d4@mail.telenet.example>',
    ...extraHeaders,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
}

const classify = async (raw: string, options: SimpleParserOptions = {}) =>
  classifyEmail(await simpleParser(raw, options));

describe.each([
  ['as mailparser hands them over by default', {}],
  ['when the delivery status is kept as an attachment', { keepDeliveryStatus: true }],
])('delivery failure reports, %s', (_how, options: SimpleParserOptions) => {
  test('Postfix: the returned mail, the rejected address and the server words, permanent', async () => {
    expect(await classify(fixture('bounce-postfix.eml'), options)).toEqual({
      kind: 'bounce',
      reason: 'delivery status report',
      bounce: {
        originalMessageId: '<3f1c9a52-7d4e-4b8a-9c61-2e5f8a7b0d13@testdorp.example>',
        recipient: 'jan.peeters@telenet.example',
        diagnostic:
          '550 5.1.1 <jan.peeters@telenet.example>: Recipient address rejected: User unknown in virtual mailbox table',
        permanent: true,
      },
    });
  });

  test('Exchange Online in Dutch ("Onbestelbaar:")', async () => {
    expect(await classify(fixture('bounce-exchange.eml'), options)).toEqual({
      kind: 'bounce',
      reason: 'delivery status report',
      bounce: {
        originalMessageId: '<a7d2e410-5b3c-4f6e-8d21-9c0b1e2f3a45@testdorp.example>',
        recipient: 'marie.janssens@bedrijf.example',
        diagnostic:
          '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient marie.janssens@bedrijf.example not found by SMTP address lookup',
        permanent: true,
      },
    });
  });

  test('Gmail still retrying is a bounce that is not permanent', async () => {
    expect(await classify(fixture('bounce-gmail-delay.eml'), options)).toEqual({
      kind: 'bounce',
      reason: 'delivery status report',
      bounce: {
        originalMessageId: '<5c0e8f21-3a9d-4b7e-a612-7d4c9b2e1f08@testdorp.example>',
        recipient: 'pol.devos@gemeente-buur.example',
        diagnostic:
          'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.gemeente-buur.example 192.0.2.10: timed out]',
        permanent: false,
      },
    });
  });

  test('a plain-text bounce from a mailer daemon, with X-Failed-Recipients and the returned mail in its text', async () => {
    expect(await classify(fixture('bounce-plain-text.eml'), options)).toEqual({
      kind: 'bounce',
      reason: 'bounce from Mailer-Daemon',
      bounce: {
        originalMessageId: '<e91b4c07-6f2a-4d38-b5e1-0a9c7d3f2b64@testdorp.example>',
        recipient: 'lies.wouters@provider.example',
        diagnostic: '550 5.2.1 Mailbox disabled for this recipient',
        permanent: true,
      },
    });
  });
});

describe('delivery failure reports in their less common shapes', () => {
  test('without the returned headers, Gmail’s X-Original-Message-ID still names the mail that bounced', async () => {
    const withoutReturnedHeaders = fixture('bounce-gmail-delay.eml').replace(
      /--000000000000a1b2c3d4e5f6a7b8\nContent-Type: text\/rfc822-headers[\s\S]*$/,
      '--000000000000a1b2c3d4e5f6a7b8--\n',
    );
    expect((await classify(withoutReturnedHeaders)).bounce?.originalMessageId).toBe(
      '<5c0e8f21-3a9d-4b7e-a612-7d4c9b2e1f08@testdorp.example>',
    );
  });

  test('a returned mail marked inline loses its headers in mailparser, so only the recipient says who bounced', async () => {
    const inline = fixture('bounce-postfix.eml').replace(
      'Content-Type: message/rfc822\n',
      'Content-Type: message/rfc822\nContent-Disposition: inline\n',
    );
    expect((await classify(inline)).bounce).toEqual({
      originalMessageId: undefined,
      recipient: 'jan.peeters@telenet.example',
      diagnostic:
        '550 5.1.1 <jan.peeters@telenet.example>: Recipient address rejected: User unknown in virtual mailbox table',
      permanent: true,
    });
  });

  test('of several recipients the one that failed is reported, and a server that gave up retrying is a permanent failure', async () => {
    const report = [
      'From: MAILER-DAEMON@mail.testdorp.example (Mail Delivery System)',
      'To: info@testdorp.example',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
      '',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.testdorp.example',
      '',
      'Final-Recipient: rfc822; wegen@testdorp.example',
      'Action: relayed',
      'Status: 2.0.0',
      '',
      'Final-Recipient: rfc822; <Piet@oud-bedrijf.example>',
      'Action: failed',
      'Status: 4.4.1',
      'Diagnostic-Code: X-Postfix; connect to mx.oud-bedrijf.example[198.51.100.7]:25: Connection timed out',
      '',
      '--B--',
      '',
    ].join('\n');
    expect((await classify(report)).bounce).toEqual({
      originalMessageId: undefined,
      recipient: 'piet@oud-bedrijf.example',
      diagnostic: 'connect to mx.oud-bedrijf.example[198.51.100.7]:25: Connection timed out',
      permanent: true,
    });
  });

  test.each([
    'Delivery Status Notification (Failure)',
    'Undeliverable: Straatlamp kapot',
    'Onbestelbaar: [VD-4821-9375] Straatlamp kapot',
    'Niet te bezorgen: [VD-4821-9375] Straatlamp kapot',
    'failure notice',
  ])('a mail from postmaster titled "%s" is a bounce, even without a report in it', async (subject) => {
    const notice = rawMail([], {
      from: 'postmaster@telenet.example',
      subject,
      body: 'Your message could not be delivered.\n\n550 5.1.1 User unknown',
    });
    expect(await classify(notice)).toMatchObject({
      kind: 'bounce',
      reason: 'bounce from postmaster',
      bounce: { diagnostic: '550 5.1.1 User unknown', permanent: true },
    });
  });

  test('a citizen forwarding a bounce they received is a person', async () => {
    const forwarded = rawMail([], {
      subject: 'Fwd: Undelivered Mail Returned to Sender',
      body: 'Ik krijg uw mails niet, zie hieronder.',
    });
    expect(await classify(forwarded)).toEqual({ kind: 'person', reason: 'no sign of automatic mail' });
  });
});

describe('automatic replies', () => {
  test('Exchange absence reply in Dutch', async () => {
    const reply = rawMail(
      [
        'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: All',
        'X-MS-Exchange-Inbox-Rules-Loop: an.peeters@telenet.example',
      ],
      {
        subject: 'Automatisch antwoord: [VD-4821-9375] Straatlamp kapot',
        body: 'Ik ben afwezig tot en met 4 januari. Voor dringende zaken: bel 09 123 45 67.',
      },
    );
    expect(await classify(reply)).toEqual({ kind: 'auto_reply', reason: 'Auto-Submitted: auto-generated' });
  });

  test('Gmail vacation responder, whatever its subject', async () => {
    const reply = rawMail(['Auto-Submitted: auto-replied'], {
      subject: 'Re: [VD-4821-9375] Straatlamp kapot',
      body: 'Ik ben op vakantie.',
    });
    expect(await classify(reply)).toEqual({ kind: 'auto_reply', reason: 'Auto-Submitted: auto-replied' });
  });

  test.each([
    ['X-Autoreply: yes', 'X-Autoreply header'],
    ['X-Autorespond: Ik ben afwezig', 'X-Autorespond header'],
    ['Precedence: auto_reply', 'Precedence: auto_reply'],
  ])('%s', async (headerLine, reason) => {
    expect(await classify(rawMail([headerLine], { subject: 'Re: Straatlamp kapot' }))).toEqual({
      kind: 'auto_reply',
      reason,
    });
  });

  test.each([
    'Afwezig: [VD-4821-9375] Straatlamp kapot',
    'Automatic reply: Pothole',
    'Out of Office: Pothole',
    'Réponse automatique : Lampadaire cassé',
    'Absence du bureau : Lampadaire cassé',
    'Abwesenheitsnotiz: Baustelle',
    'Automatische Antwort: Baustelle',
    'AutoReply: Pothole',
  ])('the absence label of a mail program in the subject: "%s"', async (subject) => {
    expect(await classify(rawMail([], { subject }))).toEqual({ kind: 'auto_reply', reason: 'auto-reply subject' });
  });

  test('an absence notice from an Exchange rule: X-Auto-Response-Suppress with a subject about being away', async () => {
    const reply = rawMail(['X-Auto-Response-Suppress: All'], { subject: 'Ik ben afwezig tot 4 januari' });
    expect(await classify(reply)).toEqual({
      kind: 'auto_reply',
      reason: 'X-Auto-Response-Suppress with an absence subject',
    });
  });

  test('X-Auto-Response-Suppress alone is not enough: Outlook and business systems set it on ordinary mail', async () => {
    const mail = rawMail(['X-Auto-Response-Suppress: All', 'X-MS-Has-Attach: yes'], {
      subject: 'Vraag over mijn aanslagbiljet',
    });
    expect((await classify(mail)).kind).toBe('person');
  });

  test('a read receipt is an automatic reply', async () => {
    const receipt = [
      'From: An Peeters <an.peeters@telenet.example>',
      'To: info@testdorp.example',
      'Subject: Gelezen: [VD-4821-9375] Straatlamp kapot',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="R"',
      '',
      '--R',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Uw bericht is gelezen op maandag 23 november 2026 10:40.',
      '',
      '--R',
      'Content-Type: message/disposition-notification',
      '',
      'Final-Recipient: rfc822;an.peeters@telenet.example',
      'Original-Message-ID: <3f1c9a52-7d4e-4b8a-9c61-2e5f8a7b0d13@testdorp.example>',
      'Disposition: manual-action/MDN-sent-manually; displayed',
      '',
      '--R--',
      '',
    ].join('\r\n');
    expect(await classify(receipt)).toEqual({ kind: 'auto_reply', reason: 'read receipt' });
  });

  test.each(['Absence de réponse à ma demande', 'Afwezigheid bij de ophaling van het huisvuil', 'Reservatie zaal'])(
    'a citizen writing about absence is a person: "%s"',
    async (subject) => {
      expect((await classify(rawMail([], { subject }))).kind).toBe('person');
    },
  );

  test('Auto-Submitted: no is a person', async () => {
    expect((await classify(rawMail(['Auto-Submitted: no']))).kind).toBe('person');
  });
});

describe('bulk mail', () => {
  test('a newsletter from a mailing list', async () => {
    const newsletter = rawMail(
      [
        'List-Id: Nieuwsbrief Vereniging Kerkstraat <nieuws.kerkstraat.example>',
        'List-Unsubscribe: <mailto:leave-nieuws@kerkstraat.example>, <https://kerkstraat.example/uit>',
      ],
      { from: 'Vereniging Kerkstraat <nieuws@kerkstraat.example>', subject: 'Nieuwsbrief november' },
    );
    expect(await classify(newsletter)).toEqual({ kind: 'bulk', reason: 'List-Id header' });
  });

  test.each([
    ['Precedence: bulk', 'Precedence: bulk'],
    ['Precedence: junk', 'Precedence: junk'],
    ['Precedence: list', 'Precedence: list'],
    ['List-Unsubscribe: <https://shop.example/unsubscribe?u=81>', 'List-Unsubscribe header'],
    ['Feedback-ID: 1234:campaign-42:newsletter:sendgrid', 'Feedback-ID header'],
  ])('%s', async (headerLine, reason) => {
    expect(
      await classify(rawMail([headerLine], { from: 'Shop <promo@shop.example>', subject: 'Black Friday: -50%' })),
    ).toEqual({ kind: 'bulk', reason });
  });
});

describe('which sign wins', () => {
  test('a bounce that calls itself auto-replied is a bounce', async () => {
    expect((await classify(fixture('bounce-postfix.eml'))).kind).toBe('bounce');
  });

  test('an automatic reply sent through a list is an automatic reply', async () => {
    const reply = rawMail(['Auto-Submitted: auto-replied', 'Precedence: bulk', 'List-Id: <team.bedrijf.example>'], {
      subject: 'Re: Straatlamp kapot',
    });
    expect((await classify(reply)).kind).toBe('auto_reply');
  });

  test('an ordinary mail from a citizen is from a person', async () => {
    expect(await classify(rawMail([]))).toEqual({ kind: 'person', reason: 'no sign of automatic mail' });
  });
});
