/**
 * Hands several callers' small writes to a server as one: what callers hand in during the same turn of the event
 * loop, or while the previous flush is still under way, goes in the next flush, one at a time. Under load that is one
 * round trip, one socket write and (for PostgreSQL) one commit for many items; when it is quiet an item waits one turn
 * at most. Each caller's promise settles with the flush its item went in.
 */
export function batched<T>(flush: (items: T[]) => Promise<void>, maxItems = 500): (item: T) => Promise<void> {
  let waiting: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let flushing = false;
  let scheduled = false;

  const run = () => {
    scheduled = false;
    if (flushing || waiting.length === 0) return;
    const batch = waiting.slice(0, maxItems);
    waiting = waiting.slice(maxItems);
    flushing = true;
    // a flush that throws synchronously fails its batch like one that rejects
    Promise.resolve()
      .then(() => flush(batch.map((b) => b.item)))
      .then(
        () => batch.forEach((b) => b.resolve()),
        (err: unknown) => batch.forEach((b) => b.reject(err)),
      )
      .finally(() => {
        flushing = false;
        if (waiting.length) schedule();
      });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(run);
  };

  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!flushing) schedule();
    });
}
