import { detectLanguage } from './language';
import { stopLanguageThread } from './languageThread';

afterAll(() => stopLanguageThread());

describe('recognising a citizen who writes in English', () => {
  test.each([
    'Hello, the street light in our street has been broken for a week',
    'Hi, I would like to make an appointment to renew my passport.',
    'Dear Sir or Madam, I moved to Testdorp last month and need to register my address.',
    'Can I get a parking permit for my street?',
    'Hello, I live at Kerkstraat 12, 9999 Testdorp. The street light in front of my house has been broken since Monday. Kind regards, John Smith',
    'There is a big pothole in the Stationsstraat near the bakery, it is dangerous for cyclists.',
  ])('English, also with Dutch street names in it: %s', async (text) => {
    expect(await detectLanguage(text)).toBe('en');
  });

  test('a whole English mail with greeting and signature', async () => {
    const mail = [
      'Hi there,',
      '',
      'I received a letter from the municipality about my residence permit but I do not understand it.',
      'Could someone explain it to me in English?',
      '',
      'Thanks,',
      'Priya',
    ].join('\n');
    expect(await detectLanguage(mail)).toBe('en');
  });

  test.each([
    'Beste, ik wil graag een afspraak maken voor een nieuwe identiteitskaart.',
    'Goeiemiddag, de straatlamp in onze straat is kapot',
    'Mijn vuilbak is vandaag niet geledigd, kan iemand langskomen?',
    'Hallo, de container staat hier al sinds maandag. Graag ophalen aub.',
    'Ik heb een probleem met mijn parking kaart, de app werkt niet.',
  ])('Dutch is not English: %s', async (text) => {
    expect(await detectLanguage(text)).not.toBe('en');
  });

  test.each([
    'Ge moogt da nie doen he, die boom staat al drie weken op de stoep',
    'Allee, wanneer komen ze nu eindelijk dat gat in de weg maken?',
    'Kunt ge mij eens laten weten wanneer de kermis begint?',
  ])('Flemish is not English: %s', async (text) => {
    expect(await detectLanguage(text)).not.toBe('en');
  });

  test.each([
    'Bonjour, le lampadaire de notre rue est cassé depuis une semaine',
    'Est-ce que le parc à conteneurs est ouvert le samedi?',
    'Guten Tag, die Straßenlaterne vor unserem Haus ist kaputt.',
  ])('French or German is not English: %s', async (text) => {
    expect(await detectLanguage(text)).not.toBe('en');
  });

  test.each(['Thanks!', 'OK thank you', 'Hello, any news?', ''])('too short to judge: "%s"', async (text) => {
    expect(await detectLanguage(text)).not.toBe('en');
  });

  test.each([
    'Ik woon in Brussel and I need a new passport please',
    'Hallo, I live in de Kerkstraat en de lamp is kapot, can you help?',
    'Goedendag, ik heb een vraag. I am new here and do not speak Dutch very well, sorry.',
    'Hello, I would like to register my new address. Ik ben verhuisd naar de Kerkstraat 12. Thank you!',
    'Bedankt voor uw antwoord, but I still do not understand what I have to do.',
  ])('Dutch mixed with English is not clearly English: %s', async (text) => {
    expect(await detectLanguage(text)).not.toBe('en');
  });

  test.each([
    ['Bonjour, le lampadaire de notre rue est cassé depuis une semaine', 'fr'],
    ['Guten Tag, die Straßenlaterne vor unserem Haus ist kaputt.', 'de'],
    ['Beste, ik wil graag een afspraak maken voor een nieuwe identiteitskaart.', 'nl'],
  ])('other languages are named, so they can be answered in Dutch and the agent sees which: %s', async (text, code) => {
    expect(await detectLanguage(text)).toBe(code);
  });

  test.each(['Thanks!', 'Hallo, I live in de Kerkstraat en de lamp is kapot, can you help?'])(
    'too short or too mixed to tell is no language: "%s"',
    async (text) => {
      expect(await detectLanguage(text)).toBeUndefined();
    },
  );
});
