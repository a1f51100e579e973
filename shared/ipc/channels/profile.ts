import { z } from 'zod';
import { Role } from '../../domain/questions/bank-schema';
import { channel } from '../channel';
import { NoInput } from './app';

export const BadgeView = z.object({
  id: z.string(),
  group: z.enum(['start', 'streak', 'mastery', 'mock', 'growth']),
  title: z.string(),
  rule: z.string(),
  earned: z.boolean(),
  progress: z.object({ current: z.number(), target: z.number() }),
  detail: z.string(),
});
export type BadgeView = z.infer<typeof BadgeView>;

export const ProfileView = z.object({
  displayName: z.string(),
  targetRole: z.string().nullable(),
  /** When the profile was first saved; null before. */
  createdAt: z.string().nullable(),
  totals: z.object({
    answers: z.number().int(),
    average: z.number().nullable(),
    practiceDays: z.number().int(),
    currentStreakDays: z.number().int(),
    longestStreakDays: z.number().int(),
    mocksCompleted: z.number().int(),
    categoriesPractised: z.number().int(),
    recordings: z.number().int(),
    firstAnswerAt: z.string().nullable(),
  }),
  badges: z.array(BadgeView),
});
export type ProfileView = z.infer<typeof ProfileView>;

export const UpdateProfileInput = z
  .object({
    displayName: z.string().trim().min(1, 'Enter a name').max(60, 'Keep the name under 60 characters'),
    targetRole: Role.exclude(['any']).nullable().default(null),
  })
  .strict();
export type UpdateProfileInput = z.input<typeof UpdateProfileInput>;

export const ExportResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: z.string(),
    bytes: z.number().int(),
    /** Table name → rows written. */
    tables: z.record(z.string(), z.number().int()),
    recordings: z.number().int(),
  }),
  /** The user closed the save dialog. */
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

export const DeleteAllInput = z
  .object({
    /** The user must type this; it stops a stray call from wiping everything. */
    confirm: z.literal('DELETE', { error: 'Type DELETE to confirm' }),
    /** Keep the ZIP files in the data folder's exports/ and imports/ (a backup the user just made). */
    keepExports: z.boolean().default(false),
  })
  .strict();

export const DeleteAllResult = z.object({
  removedAttempts: z.number().int(),
  removedRecordings: z.number().int(),
  removedFiles: z.number().int(),
  settingsReset: z.boolean(),
});

export const profileChannels = {
  'profile:get': channel(NoInput, ProfileView),
  'profile:update': channel(UpdateProfileInput, ProfileView),
  /** Asks where to save (a dialog in the app; the data folder's exports/ elsewhere), then writes every table as JSON plus the recordings into one ZIP. */
  'profile:export': channel(NoInput, ExportResult),
  /** Reveals an export this run wrote in the file manager; false for any other path. */
  'profile:show-export': channel(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.object({ shown: z.boolean() }),
  ),
  /** Deletes everything: history, recordings, plans, profile, settings (and exports unless kept). */
  'profile:delete-all': channel(DeleteAllInput, DeleteAllResult),
};
