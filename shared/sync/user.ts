import { z } from 'zod';

export const DisplayName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  // Shown to other users on the leaderboard: no control characters, and no bidi overrides or
  // invisible characters that would let a name impersonate another or reorder the row.
  .regex(/^[^\p{Cc}\u200B\u202A-\u202E\u2066-\u2069\uFEFF]+$/u, 'no control or invisible characters');

export const IdentityProvider = z.enum(['google']);
export type IdentityProvider = z.infer<typeof IdentityProvider>;

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  emailVerified: z.boolean(),
  displayName: z.string(),
  leaderboardOptIn: z.boolean(),
  /** False for accounts created through Google until a password is set by a reset. */
  hasPassword: z.boolean(),
  providers: z.array(IdentityProvider),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof User>;

export const UpdateMeRequest = z
  .strictObject({
    displayName: DisplayName.optional(),
    leaderboardOptIn: z.boolean().optional(),
  })
  .refine((v) => v.displayName !== undefined || v.leaderboardOptIn !== undefined, {
    message: 'give displayName or leaderboardOptIn',
  });
export type UpdateMeRequest = z.infer<typeof UpdateMeRequest>;

export const ExportedAttempt = z.object({
  id: z.uuid(),
  questionId: z.string(),
  category: z.string(),
  score: z.number().int(),
  mode: z.string(),
  durationSec: z.number().int(),
  completedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
});

/** Everything the service holds about the caller (GDPR-style access request). */
export const AccountExport = z.object({
  exportedAt: z.iso.datetime(),
  user: User,
  identities: z.array(z.object({ provider: IdentityProvider, email: z.string(), linkedAt: z.iso.datetime() })),
  attempts: z.array(ExportedAttempt),
  activeSessions: z.number().int().min(0),
});
export type AccountExport = z.infer<typeof AccountExport>;
