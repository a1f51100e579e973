import { z } from 'zod';

/**
 * Where the app's self-update stands. `unsupported`: this build cannot update itself (a
 * development build, the browser preview, a smoke test); `reason` says why.
 */
export const UpdateState = z.enum([
  'unsupported',
  'idle',
  'checking',
  'not-available',
  'available',
  'downloading',
  'downloaded',
  'error',
]);
export type UpdateState = z.infer<typeof UpdateState>;

export const UpdateStatus = z.object({
  state: UpdateState,
  /** The newer version found (available, downloading, downloaded). */
  availableVersion: z.string().nullable(),
  /** Download progress, 0–100, while downloading. */
  percent: z.number().min(0).max(100).nullable(),
  /** For people: why updates are unsupported, or what went wrong. */
  message: z.string().nullable(),
  /** When the last check finished (ISO time), whatever its outcome. */
  checkedAt: z.string().nullable(),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

export function updateStatus(state: UpdateState, fields: Partial<Omit<UpdateStatus, 'state'>> = {}): UpdateStatus {
  return { state, availableVersion: null, percent: null, message: null, checkedAt: null, ...fields };
}
