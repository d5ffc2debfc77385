import { Worker } from 'node:worker_threads';

/** tinyld's scores for a text, best first. */
export type Scores = { lang: string; accuracy: number }[];

// The thread runs tinyld itself and only passes messages: the decision on the scores stays in language.ts. tinyld
// is found by the main thread and named by its path, so the thread loads it the same way under jest and from dist.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { detectAll } = require(workerData.tinyld);
parentPort.on('message', ({ id, text }) => {
  let scores = [];
  try {
    scores = detectAll(text).slice(0, 2);
  } catch {
    // a text tinyld cannot score is a language it cannot tell; the thread goes on with the next
  }
  parentPort.postMessage({ id, scores });
});
`;

/** After the thread failed, scoring stays on the main thread this long before a new thread is tried. */
const RETRY_AFTER_MS = 60_000;

let thread: Worker | undefined;
let brokenUntil = 0;
let nextId = 0;
const waiting = new Map<number, { text: string; resolve: (scores: Scores) => void }>();

// loaded when there is something to say: the logger reads the configuration, which pure callers (tests) do not have
const warn = (fields: object, message: string) =>
  void import('../../logger').then(({ logger }) => logger.warn(fields, message));

/** On the main thread; tinyld's dictionaries (some 50 MB) are loaded here only should the thread fail. */
async function scoreHere(text: string): Promise<Scores> {
  try {
    return (await import('tinyld')).detectAll(text).slice(0, 2);
  } catch (err) {
    // as on the thread: a language that cannot be told leaves the citizen's earlier one standing
    warn({ err }, 'language could not be scored');
    return [];
  }
}

/** Scoring that was under way when the thread ended is done here: no mail waits for a thread that is gone. */
function scoreWaitingHere() {
  for (const [id, { text, resolve }] of waiting) {
    waiting.delete(id);
    void scoreHere(text).then(resolve);
  }
}

function failed(worker: Worker, reason: string) {
  if (thread !== worker) return;
  thread = undefined;
  brokenUntil = Date.now() + RETRY_AFTER_MS;
  warn({ reason, waiting: waiting.size }, 'language scoring thread stopped; scoring on the main thread');
  scoreWaitingHere();
}

function started(): Worker | undefined {
  if (thread || Date.now() < brokenUntil) return thread;
  try {
    const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { tinyld: require.resolve('tinyld') } });
    worker.on('message', ({ id, scores }: { id: number; scores: Scores }) => {
      waiting.get(id)?.resolve(scores);
      waiting.delete(id);
      // an idle thread does not keep the process alive; one with work does, so no answer is left behind at exit
      if (waiting.size === 0) worker.unref();
    });
    worker.on('error', (err) => failed(worker, err.message));
    worker.on('exit', (code) => failed(worker, `exited with code ${code}`));
    worker.unref();
    thread = worker;
  } catch (err) {
    brokenUntil = Date.now() + RETRY_AFTER_MS;
    warn({ err }, 'language scoring thread could not start; scoring on the main thread');
  }
  return thread;
}

/**
 * tinyld's two best scores for a text, computed on a thread of its own, so the main thread reads and stores the
 * next mails meanwhile. Should the thread fail, the text is scored on the main thread: same answer, only slower.
 */
export function scoresOffThread(text: string): Promise<Scores> {
  const worker = started();
  if (!worker) return scoreHere(text);
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { text, resolve });
    worker.ref();
    worker.postMessage({ id, text });
  });
}

/** Whether a scoring thread is running (it starts with the first text). */
export const languageThreadRunning = (): boolean => thread !== undefined;

/** Ends the thread (a process shutting down, a test); the next call starts a new one. */
export async function stopLanguageThread(): Promise<void> {
  const worker = thread;
  if (!worker) return;
  thread = undefined;
  await worker.terminate();
  scoreWaitingHere();
}
