import { z } from 'zod';
import { channel } from '../channel';

export const NoInput = z.object({}).strict();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.enum(['electron', 'browser-host', 'test']),
  platform: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ResetDataInput = z
  .object({
    /** The user must type this word; it stops a stray call from wiping everything. */
    confirm: z.literal('RESET', { error: 'Type RESET to confirm' }),
  })
  .strict();

export const ResetDataResult = z.object({ removedAttempts: z.number().int(), removedRecordings: z.number().int() });

/** The app's own licence and the third-party notices it ships (Settings → About). */
export const AppLicences = z.object({
  appLicence: z.string(),
  /** null when this build has no notices file (a development checkout before `npm run build`). */
  notices: z.string().nullable(),
});

export const appChannels = {
  'app:info': channel(NoInput, AppInfo),
  'app:licences': channel(NoInput, AppLicences),
  'data:reset': channel(ResetDataInput, ResetDataResult),
};
