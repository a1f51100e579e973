/**
 * One abort signal for a model call that fires when the caller cancels or when `ms` pass without
 * progress (reset() on each streamed token), so a reply that never ends cannot hang a feature.
 * The SDK's own timeout stops at the response headers; this one covers the body too.
 */
export interface Deadline {
  signal: AbortSignal;
  timedOut(): boolean;
  cancelled(): boolean;
  reset(): void;
  dispose(): void;
}

export function startDeadline(ms: number, caller?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timed out'));
    }, ms);
  };
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  arm();
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    cancelled: () => !timedOut && (caller?.aborted ?? false),
    reset: () => {
      if (!controller.signal.aborted) arm();
    },
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}
