import { detectAll } from 'tinyld';
import { detectLanguage, detectLanguageOffThread } from './language';
import { languageThreadRunning, scoresOffThread, stopLanguageThread } from './languageThread';

const TEXTS = [
  'Hello, the street light in our street has been broken for a week',
  'Beste, ik wil graag een afspraak maken voor een nieuwe identiteitskaart.',
  'Bonjour, je voudrais prendre rendez-vous pour renouveler mon passeport.',
  'Guten Tag, ich möchte meinen Wohnsitz in Testdorp anmelden.',
  'Hello, ik woon in de Kerkstraat and the lamp is broken, kunnen jullie helpen?',
  'ok',
];

afterAll(() => stopLanguageThread());

test('the thread scores a text as tinyld does on the main thread, and so decides the same language', async () => {
  for (const text of TEXTS) {
    expect(await scoresOffThread(text)).toEqual(detectAll(text).slice(0, 2));
    expect(await detectLanguageOffThread(text)).toBe(detectLanguage(text));
  }
  expect(await detectLanguageOffThread(TEXTS[0])).toBe('en');
  expect(await detectLanguageOffThread(TEXTS[1])).toBe('nl');
  // scored there, not here
  expect(languageThreadRunning()).toBe(true);
});

test('many texts sent at once each get their own answer', async () => {
  const many = Array.from({ length: 60 }, (_, i) => `${TEXTS[i % 4]} (${i})`);
  const answers = await Promise.all(many.map((text) => detectLanguageOffThread(text)));
  expect(answers).toEqual(many.map((text) => detectLanguage(text)));
  expect(new Set(answers)).toEqual(new Set(['en', 'nl', 'fr', 'de']));
});

test('texts waiting when the thread ends are scored on the main thread, and the next text starts a new thread', async () => {
  const many = Array.from({ length: 40 }, (_, i) => `${TEXTS[i % 4]} ${'en nog wat meer tekst '.repeat(i)}`);
  const answers = Promise.all(many.map((text) => scoresOffThread(text)));
  await stopLanguageThread();
  expect(languageThreadRunning()).toBe(false);
  expect(await answers).toEqual(many.map((text) => detectAll(text).slice(0, 2)));
  expect(await detectLanguageOffThread(TEXTS[2])).toBe('fr');
  expect(languageThreadRunning()).toBe(true);
});
