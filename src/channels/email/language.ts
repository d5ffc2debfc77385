import { scoresOffThread, type Scores } from './languageThread';

const MIN_LETTERS = 20;
// tinyld's scores are not probabilities: a plain English sentence can score 0.09 when no word
// is unique to English. What separates English from Dutch with some English in it is how far
// English leads the runner-up: in the samples in language.test.ts English led by 2.1× or more,
// mixed text by less than 2×.
const MIN_LEAD = 2;

/** Whether the text holds at least `count` letters: counted until there are enough, not a string made per letter. */
function hasLetters(text: string, count: number): boolean {
  const letter = /\p{L}/gu;
  let found = 0;
  while (found < count && letter.exec(text)) found++;
  return found >= count;
}

/** The language that leads clearly, or undefined when none does. */
function clearLead([best, runnerUp]: Scores): string | undefined {
  if (!best) return undefined;
  return !runnerUp || best.accuracy >= MIN_LEAD * runnerUp.accuracy ? best.lang : undefined;
}

/**
 * The language (ISO 639-1, as tinyld names it) a citizen clearly wrote in, or undefined when the text is too
 * short or too mixed to tell; then their earlier language stands. tinyld scores it on a thread of its own (see
 * languageThread.ts): scoring was a seventh of the mailbox reader's main thread's work.
 */
export async function detectLanguage(text: string): Promise<string | undefined> {
  return hasLetters(text, MIN_LETTERS) ? clearLead(await scoresOffThread(text)) : undefined;
}
