import { detectAll } from 'tinyld';
import { detectLanguage } from './language';
import { languageThreadRunning, scoresOffThread, stopLanguageThread } from './languageThread';

const TEXTS = [
  'Hello, the street light in our street has been broken for a week',
  'Beste, ik wil graag een afspraak maken voor een nieuwe identiteitskaart.',
  'Bonjour, je voudrais prendre rendez-vous pour renouveler mon passeport.',
  'Guten Tag, ich möchte meinen Wohnsitz in Testdorp anmelden.',
  'Hello, ik woon in de Kerkstraat and the lamp is broken, kunnen jullie helpen?',
  'ok',
];
// tinyld on this thread, for comparison
const scoredHere = (text: string) => detectAll(text).slice(0, 2);

afterAll(() => stopLanguageThread());

test('the thread scores a text as tinyld does on the main thread', async () => {
  for (const text of TEXTS) expect(await scoresOffThread(text)).toEqual(scoredHere(text));
  expect(await detectLanguage(TEXTS[0])).toBe('en');
  expect(await detectLanguage(TEXTS[1])).toBe('nl');
  // scored there, not here
  expect(languageThreadRunning()).toBe(true);
});

test('many texts sent at once each get their own answer', async () => {
  const many = Array.from({ length: 60 }, (_, i) => `${TEXTS[i % 4]} (${i})`);
  const scores = await Promise.all(many.map((text) => scoresOffThread(text)));
  expect(scores).toEqual(many.map(scoredHere));
  const languages = await Promise.all(many.map((text) => detectLanguage(text)));
  expect(languages).toEqual(many.map((_, i) => ['en', 'nl', 'fr', 'de'][i % 4]));
});

test('texts waiting when the thread ends are scored on the main thread, and the next text starts a new thread', async () => {
  const many = Array.from({ length: 40 }, (_, i) => `${TEXTS[i % 4]} ${'en nog wat meer tekst '.repeat(i)}`);
  const answers = Promise.all(many.map((text) => scoresOffThread(text)));
  await stopLanguageThread();
  expect(languageThreadRunning()).toBe(false);
  expect(await answers).toEqual(many.map(scoredHere));
  expect(await detectLanguage(TEXTS[2])).toBe('fr');
  expect(languageThreadRunning()).toBe(true);
});
