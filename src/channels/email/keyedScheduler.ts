/** A task did not run because an earlier task it had to wait for failed. */
export class PredecessorFailed extends Error {
  constructor(cause: unknown) {
    super('an earlier message of the same thread or sender failed', { cause });
  }
}

/**
 * Runs tasks at most `concurrency` at a time, each only after every earlier task sharing one of its keys has
 * finished. Mail is keyed by its sender and the Message-IDs it has and refers to: a reply then waits for the
 * ticket of the message it answers, one citizen's mails keep their order, and unrelated mail runs side by side.
 * A task whose predecessor failed does not run at all (it fails with PredecessorFailed), so a reply never
 * opens a ticket of its own because its original was not written.
 */
export class KeyedScheduler {
  private running = 0;
  private readonly waitingForSlot: (() => void)[] = [];
  private readonly tails = new Map<string, Promise<void>>();
  /** unfinished tasks, by their weight (a message's size): what the caller may still hold in memory */
  private readonly unfinished = new Map<Promise<void>, number>();

  constructor(private readonly concurrency: number) {}

  /** Resolves when the task has run; rejects with its error, or with PredecessorFailed. */
  schedule(keys: string[], task: () => Promise<void>, weight = 0): Promise<void> {
    const unique = [...new Set(keys)];
    const before = unique.map((k) => this.tails.get(k)).filter((p): p is Promise<void> => p !== undefined);
    const run = (async () => {
      await Promise.all(before).catch((err: unknown) => {
        throw err instanceof PredecessorFailed ? err : new PredecessorFailed(err);
      });
      // a slot only once the predecessors are done: a waiting task holding one could starve the tasks it waits for
      await this.slot();
      try {
        await task();
      } finally {
        this.release();
      }
    })();
    for (const k of unique) this.tails.set(k, run);
    const settled: Promise<void> = run
      .catch(() => undefined)
      .then(() => {
        for (const k of unique) if (this.tails.get(k) === run) this.tails.delete(k);
        this.unfinished.delete(settled);
      });
    this.unfinished.set(settled, weight);
    return run;
  }

  /** Waits until fewer than maxTasks are unfinished and their weights add up to less than maxWeight. */
  async room(maxTasks: number, maxWeight: number): Promise<void> {
    while (this.unfinished.size >= maxTasks || this.weight() >= maxWeight) {
      await Promise.race(this.unfinished.keys());
    }
  }

  /** Waits for every task scheduled so far (and never rejects: each caller handles its own task's outcome). */
  async settled(): Promise<void> {
    while (this.unfinished.size) await Promise.all(this.unfinished.keys());
  }

  private weight(): number {
    let sum = 0;
    for (const w of this.unfinished.values()) sum += w;
    return sum;
  }

  private slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waitingForSlot.push(resolve));
  }

  private release(): void {
    const next = this.waitingForSlot.shift();
    // the slot passes straight to the next waiting task
    if (next) next();
    else this.running--;
  }
}
