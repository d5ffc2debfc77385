/** A promise a test settles by hand: lets it hold work at a chosen point and release it when it wants. */
export function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** One turn of the event loop: what was scheduled with setImmediate has run. */
export const turn = () => new Promise((r) => setImmediate(r));
