/**
 * The stale-query guard of search-as-you-type: every search takes a ticket when it starts, and
 * only the holder of the newest ticket may show its results. A slower earlier search that
 * finishes after a newer one started is dropped, whatever order the answers arrive in.
 */

/** Tickets for one stream of searches. */
export interface LatestOnly {
  /** A ticket for a search starting now; every earlier ticket becomes stale. */
  begin(): number;
  /** True while `ticket` is the newest: its search may still show what it found. */
  isCurrent(ticket: number): boolean;
}

/** A fresh stream: no ticket is current until `begin` is called. */
export function latestOnly(): LatestOnly {
  let newest = 0;
  return {
    begin: () => ++newest,
    isCurrent: (ticket) => ticket > 0 && ticket === newest,
  };
}

/** Calls `run` once `wait` ms after the last call of the returned function (the last arguments
 * win); `flush` runs a pending call at once, `cancel` drops it. Timers come from `timers` so a
 * test can drive them. */
export function debounce<A extends unknown[]>(
  run: (...args: A) => void,
  wait: number,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): { (...args: A): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const fire = (): void => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args !== undefined) run(...args);
  };
  const call = (...args: A): void => {
    pending = args;
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(fire, wait);
  };
  call.flush = (): void => {
    if (timer !== undefined) timers.clearTimeout(timer);
    fire();
  };
  call.cancel = (): void => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return call;
}
