/** What went wrong talking to the model, as a code a program checks; each has a message a person can act on. */
export const AI_FAILURES = [
  'not-configured',
  'bad-key',
  'unknown-model',
  'unreachable',
  'not-compatible',
  'timeout',
  'rate-limited',
  'server-error',
  'invalid-output',
  'cancelled',
  'rejected',
] as const;
export type AiFailure = (typeof AI_FAILURES)[number];
