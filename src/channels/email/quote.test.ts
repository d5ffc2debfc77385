import { foldQuotedText } from './quote';

// mail text as mail programs send it, with Windows line endings
const lines = (...text: string[]) => text.join('\r\n');
const shown = (...text: string[]) => text.join('\n');

describe('what the citizen newly wrote in a reply', () => {
  test('Gmail in Dutch: the attribution and the quoted mail go, the greeting and name stay', () => {
    const reply = lines(
      'Goedemiddag,',
      '',
      'Het adres is Kerkstraat 12, de lamp staat voor nummer 14.',
      '',
      'Groetjes,',
      'Jan',
      '',
      'Op ma 23 nov 2026 om 10:12 schreef Gemeente Testdorp <info@testdorp.example>:',
      '',
      '> Beste Jan,',
      '>',
      '> Op welk adres staat de lamp?',
      '>',
      '> Met vriendelijke groeten,',
      '> Gemeente Testdorp',
      '',
    );
    expect(foldQuotedText(reply)).toBe(
      shown('Goedemiddag,', '', 'Het adres is Kerkstraat 12, de lamp staat voor nummer 14.', '', 'Groetjes,', 'Jan'),
    );
  });

  test('Gmail in English with the attribution wrapped over two lines', () => {
    const reply = lines(
      'Hi, the lamp is in front of number 14.',
      '',
      'Kind regards,',
      'John',
      '',
      'On Mon, Nov 23, 2026 at 10:12 AM Gemeente Testdorp <',
      'info@testdorp.example> wrote:',
      '',
      '> Dear John, which address?',
    );
    expect(foldQuotedText(reply)).toBe('Hi, the lamp is in front of number 14.\n\nKind regards,\nJohn');
  });

  test('Thunderbird with a numeric date and no address in the attribution', () => {
    const reply = lines(
      'Dat klopt, dank u.',
      '',
      'Op 23-11-2026 10:12 schreef Gemeente Testdorp:',
      '> Klopt het dat de container vol is?',
    );
    expect(foldQuotedText(reply)).toBe('Dat klopt, dank u.');
  });

  test('Outlook in Dutch: everything from the Van/Verzonden/Aan/Onderwerp block down goes', () => {
    const reply = lines(
      'Beste,',
      '',
      'In bijlage de foto van het gat in de weg.',
      '',
      'Met vriendelijke groeten,',
      'Marie Janssens',
      'Bedrijf NV',
      '',
      '________________________________',
      'Van: Gemeente Testdorp <info@testdorp.example>',
      'Verzonden: maandag 23 november 2026 10:12',
      'Aan: Marie Janssens <marie.janssens@bedrijf.example>',
      'Onderwerp: [VD-4821-9375] Gat in de weg',
      '',
      'Beste Marie,',
      '',
      'Kan u een foto sturen?',
    );
    expect(foldQuotedText(reply)).toBe(
      'Beste,\n\nIn bijlage de foto van het gat in de weg.\n\nMet vriendelijke groeten,\nMarie Janssens\nBedrijf NV',
    );
  });

  test('Outlook in English with an Original Message separator', () => {
    const reply = lines(
      'Thanks, Tuesday works for me.',
      '',
      '-----Original Message-----',
      'From: Gemeente Testdorp [mailto:info@testdorp.example]',
      'Sent: Monday, November 23, 2026 10:12 AM',
      'To: John Smith <john@example.com>',
      'Subject: RE: [VD-4821-9375] Appointment',
      '',
      'Dear John, does Tuesday suit you?',
    );
    expect(foldQuotedText(reply)).toBe('Thanks, Tuesday works for me.');
  });

  test('Outlook header block without a separator line, in English', () => {
    const reply = lines(
      'See below.',
      '',
      'From: Gemeente Testdorp <info@testdorp.example>',
      'Sent: Monday, November 23, 2026 10:12',
      'To: John Smith <john@example.com>',
      'Cc: Wegendienst <wegen@testdorp.example>',
      'Subject: Pothole',
      '',
      'Dear John,',
    );
    expect(foldQuotedText(reply)).toBe('See below.');
  });

  test('a header block squeezed on one line by a webmail', () => {
    const reply = lines(
      'Prima, tot dan.',
      '',
      'Van: Gemeente Testdorp <info@testdorp.example> Verzonden: maandag 23 november 2026 10:12 Aan: marie@bedrijf.example Onderwerp: Afspraak',
      'Beste Marie',
    );
    expect(foldQuotedText(reply)).toBe('Prima, tot dan.');
  });

  test('Oorspronkelijk bericht separator', () => {
    const reply = lines('Ja, dat is goed.', '', '-----Oorspronkelijk bericht-----', 'Beste, komt u maandag?');
    expect(foldQuotedText(reply)).toBe('Ja, dat is goed.');
  });

  test('Apple Mail on an iPhone: the "Verzonden vanaf mijn iPhone" line and the quote with its attribution go', () => {
    const reply = lines(
      'Dank u, ik kom morgen langs.',
      '',
      'Verzonden vanaf mijn iPhone',
      '',
      '> Op 23 nov. 2026 om 10:12 heeft Gemeente Testdorp <info@testdorp.example> het volgende geschreven:',
      '>',
      '> \uFEFFBeste mevrouw,',
      '> Uw identiteitskaart ligt klaar.',
    );
    expect(foldQuotedText(reply)).toBe('Dank u, ik kom morgen langs.');
  });

  test('Apple Mail on a Mac in French', () => {
    const reply = lines(
      'Merci beaucoup, je passerai jeudi.',
      '',
      'Cordialement,',
      'Jean',
      '',
      'Le 23 nov. 2026 à 10:12, Gemeente Testdorp <info@testdorp.example> a écrit :',
      '',
      '> Bonjour, votre carte est prête.',
    );
    expect(foldQuotedText(reply)).toBe('Merci beaucoup, je passerai jeudi.\n\nCordialement,\nJean');
  });

  test('Samsung Email on Android', () => {
    const reply = lines(
      'Het is nog altijd niet opgelost',
      '',
      '',
      '',
      'Verstuurd vanaf mijn Samsung Galaxy smartphone.',
      '',
      '-------- Oorspronkelijk bericht --------',
      'Van: Gemeente Testdorp <info@testdorp.example> ',
      'Datum: 23-11-26 10:12 (GMT+01:00) ',
      'Aan: piet@telenet.example ',
      'Onderwerp: [VD-4821-9375] Straatlamp kapot ',
      '',
      'Beste Piet,',
    );
    expect(foldQuotedText(reply)).toBe('Het is nog altijd niet opgelost');
  });

  test('Gmail on Android in German', () => {
    const reply = lines(
      'Danke, das passt.',
      '',
      'Am Mo., 23. Nov. 2026 um 10:12 Uhr schrieb Gemeente Testdorp <info@testdorp.example>:',
      '',
      '> Sehr geehrter Herr Müller,',
    );
    expect(foldQuotedText(reply)).toBe('Danke, das passt.');
  });

  test('Outlook for iOS', () => {
    const reply = lines(
      'Ok, bedankt!',
      '',
      'Outlook voor iOS downloaden<https://aka.ms/o0ukef>',
      '________________________________',
      'Van: Gemeente Testdorp <info@testdorp.example>',
      'Verzonden: Monday, November 23, 2026 10:12:03 AM',
      'Aan: An Peeters <an.peeters@outlook.example>',
      'Onderwerp: Uw aanvraag',
    );
    expect(foldQuotedText(reply)).toBe('Ok, bedankt!');
  });

  test('"Sent from my iPhone" goes, also without quoted history', () => {
    expect(foldQuotedText('Is het containerpark open op zaterdag?\n\nSent from my iPhone')).toBe(
      'Is het containerpark open op zaterdag?',
    );
  });

  test('a signature below the "-- " delimiter goes', () => {
    const reply = lines(
      'Graag een nieuwe vuilbak.',
      '',
      'Piet',
      '-- ',
      'Piet De Smet',
      'Zaakvoerder De Smet BV',
      'BTW BE0123.456.789',
    );
    expect(foldQuotedText(reply)).toBe('Graag een nieuwe vuilbak.\n\nPiet');
  });

  test('a reply sent only as HTML, turned into text without quote marks, loses what follows the attribution', () => {
    const reply = lines(
      'Ik kom dinsdag.',
      '',
      'Op ma 23 nov 2026 om 10:12 schreef Gemeente Testdorp <info@testdorp.example>:',
      'Beste An,',
      'Wanneer past het u?',
    );
    expect(foldQuotedText(reply)).toBe('Ik kom dinsdag.');
  });

  test('answers written between the quoted lines stay, the quotes go', () => {
    const reply = lines(
      'Op 23-11-2026 om 10:12 schreef Gemeente Testdorp:',
      '> Wat is uw adres?',
      '',
      'Kerkstraat 12',
      '',
      '> Sinds wanneer is de lamp kapot?',
      '',
      'Sinds vorige week vrijdag.',
    );
    expect(foldQuotedText(reply)).toBe('Kerkstraat 12\n\nSinds vorige week vrijdag.');
  });
});

describe('what the citizen wrote is never folded away', () => {
  test('a paragraph starting with "Op" stays even when a real quote follows', () => {
    const reply = lines(
      'Goedemiddag,',
      '',
      'Op de hoek van de Kerkstraat ligt al een week afval.',
      'Kan iemand dat komen ophalen?',
      '',
      'Op ma 23 nov. 2026 om 10:12 schreef Gemeente Testdorp <info@testdorp.example>:',
      '> Beste,',
    );
    expect(foldQuotedText(reply)).toBe(
      'Goedemiddag,\n\nOp de hoek van de Kerkstraat ligt al een week afval.\nKan iemand dat komen ophalen?',
    );
  });

  test('"Op 3 maart schreef ik u al ...:" is the citizen talking, not a quote header', () => {
    const mail = lines(
      'Goedemiddag,',
      '',
      'Op 3 maart schreef ik u al over de put. Dit is wat ik vraag:',
      '- herstelling',
      '- een antwoord',
      '',
      'Groeten,',
      'Marie',
    );
    expect(foldQuotedText(mail)).toBe(mail.replace(/\r\n/g, '\n'));
  });

  test('a line like an attribution that neither names an address nor precedes a quote stays', () => {
    const mail = lines('Op 3 maart om 10:30 schreef ik u het volgende:', 'de put is 20 cm diep en niet afgezet.');
    expect(foldQuotedText(mail)).toBe(
      shown('Op 3 maart om 10:30 schreef ik u het volgende:', 'de put is 20 cm diep en niet afgezet.'),
    );
  });

  test('closing words in any language stay', () => {
    const mail = 'Hello,\n\nThe lamp is still broken.\n\nKind regards,\nJohn';
    expect(foldQuotedText(mail)).toBe(mail);
    expect(foldQuotedText('Bonjour,\n\nLa lampe est cassée.\n\nCordialement,\nJean')).toBe(
      'Bonjour,\n\nLa lampe est cassée.\n\nCordialement,\nJean',
    );
  });

  test('a forward without a word of its own shows the whole forwarded mail', () => {
    const forward = lines(
      '---------- Forwarded message ---------',
      'From: Aannemer Wegenwerken <planning@aannemer.example>',
      'Date: Mon, Nov 23, 2026 at 9:00 AM',
      'Subject: Werken Kerkstraat',
      'To: <an.peeters@outlook.example>',
      '',
      'De werken starten op 1 december.',
    );
    expect(foldQuotedText(forward)).toBe(forward.replace(/\r\n/g, '\n'));
  });

  test('a reply that only quotes shows the whole message rather than nothing', () => {
    expect(foldQuotedText('> Beste, wat is uw adres?\n')).toBe('> Beste, wat is uw adres?');
  });
});
