/**
 * Group commit, in general: calls that arrive while a run is under way wait, and are served together
 * by the next run, which starts only after all of them arrived. Under concurrent traffic one database
 * round trip then serves many messages; a call that finds nothing running starts at once, so a
 * message alone waits for nothing. Because a run starts after every call it serves, it sees (reads)
 * or stores (writes) exactly what each call alone would have: a caller resumes only once its own
 * item's run has finished.
 */
export function groupCalls<Item, Result>(run: (items: Item[]) => Promise<PromiseSettledResult<Result>[]>): (item: Item) => Promise<Result> {
  let waiting: { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  let running = false;
  async function drain(): Promise<void> {
    running = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      let outcomes: PromiseSettledResult<Result>[];
      try {
        outcomes = await run(batch.map((call) => call.item));
      } catch (error) {
        outcomes = batch.map(() => ({ status: 'rejected', reason: error }));
      }
      batch.forEach((call, index) => {
        const outcome = outcomes[index]!;
        if (outcome.status === 'fulfilled') call.resolve(outcome.value);
        else call.reject(outcome.reason);
      });
    }
    running = false;
  }
  return (item) =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
