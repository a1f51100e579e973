/** How often an installed app looks for a new version while it runs. */
export const AUTO_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** The first check waits for start-up to finish, so it never competes with the first window. */
export const FIRST_CHECK_DELAY_MS = 30 * 1000;

export interface Timers {
  setTimeout(callback: () => void, ms: number): { unref?: () => unknown };
  clearTimeout(handle: unknown): void;
}

export interface AutoCheckOptions {
  check(): Promise<unknown>;
  /** Read at each tick: turning the setting off stops the next check without a restart. */
  enabled(): boolean;
  intervalMs?: number;
  firstDelayMs?: number;
  timers?: Timers;
}

/** Checks after start-up and then every interval while enabled; returns a function that stops it. */
export function scheduleAutoChecks(options: AutoCheckOptions): () => void {
  const timers: Timers = options.timers ?? {
    setTimeout,
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  let stopped = false;
  let handle: ReturnType<Timers['setTimeout']> | undefined;

  const arm = (ms: number): void => {
    if (stopped) return;
    handle = timers.setTimeout(() => void tick(), ms);
    handle.unref?.();
  };
  const tick = async (): Promise<void> => {
    if (stopped) return;
    if (options.enabled()) {
      // A failed check is already in the status the user sees; the schedule just goes on.
      await options.check().catch(() => undefined);
    }
    arm(options.intervalMs ?? AUTO_CHECK_INTERVAL_MS);
  };

  arm(options.firstDelayMs ?? FIRST_CHECK_DELAY_MS);
  return () => {
    stopped = true;
    if (handle !== undefined) timers.clearTimeout(handle);
  };
}
