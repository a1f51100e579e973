/** Longest stretch of sample-data work between turns of the main process's event loop. */
export const SLICE_MS = 10;

/** Resolves after the event loop has had a turn (I/O, IPC, timers), not just the microtask queue. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
