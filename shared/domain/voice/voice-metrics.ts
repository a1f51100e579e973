import { z } from 'zod';

/** A silent stretch inside speech, in seconds from the start of the recording. */
export const Pause = z.object({ startSec: z.number(), endSec: z.number() });
export type Pause = z.infer<typeof Pause>;

/**
 * What voice analysis reports for one recording. This is also the JSON printed by
 * `coach analyze <file> --json`, so field names are part of a public interface.
 */
export const VoiceMetrics = z.object({
  durationSec: z.number(),
  speechSec: z.number(),
  pauses: z.array(Pause),
  pauseCount: z.number().int(),
  longestPauseSec: z.number(),
  syllablesPerSec: z.number(),
  estimatedWpm: z.number(),
  pitch: z.object({
    meanHz: z.number().nullable(),
    sdHz: z.number().nullable(),
    rangeSemitones: z.number().nullable(),
    monotone: z.boolean(),
  }),
  loudness: z.object({ meanDbfs: z.number(), sdDb: z.number() }),
  clippingRatio: z.number(),
});
export type VoiceMetrics = z.infer<typeof VoiceMetrics>;
