import { z } from 'zod';
import { channel } from '../channel';
import { NoInput } from './app';

/** How many answers "Load sample data" makes in the app (the CLI's demo command can make more). */
export const DEFAULT_SAMPLE_ATTEMPTS = 300;
export const MAX_APP_SAMPLE_ATTEMPTS = 5_000;

export const SampleStatus = z.object({
  attempts: z.number().int(),
  sessions: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type SampleStatus = z.infer<typeof SampleStatus>;

export const LoadSampleInput = z
  .object({ attempts: z.number().int().min(20).max(MAX_APP_SAMPLE_ATTEMPTS).default(DEFAULT_SAMPLE_ATTEMPTS) })
  .strict();

export const LoadSampleResult = SampleStatus.extend({
  /** Distinct graded answers the history is made of. */
  poolAnswers: z.number().int(),
  /** Sample answers that were there before and were replaced. */
  replaced: z.number().int(),
});
export type LoadSampleResult = z.infer<typeof LoadSampleResult>;

export const sampleChannels = {
  'sample:status': channel(NoInput, SampleStatus),
  /** Replaces any sample data with a fresh, clearly marked history ending today. */
  'sample:load': channel(LoadSampleInput, LoadSampleResult),
  /** Removes every sample answer and sample mock interview; the user's own history is kept. */
  'sample:remove': channel(NoInput, z.object({ removedAttempts: z.number().int(), removedSessions: z.number().int() })),
};
