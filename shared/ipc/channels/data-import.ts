import { z } from 'zod';
import { channel } from '../channel';
import { NoInput } from './app';

const Count = z.number().int().min(0);

/** Rows of the user's history, by kind. */
export const ImportCounts = z.object({
  attempts: Count,
  recordings: Count,
  questions: Count,
  plans: Count,
  sessions: Count,
  chatMessages: Count,
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** Something in the backup that will be (or was) left out, and why. */
export const ImportProblem = z.object({
  /** What it concerns: a file in the ZIP ("recordings/….webm") or a kind of row. */
  where: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportInspection = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    /** Names the chosen file in the import call; the renderer never sees or sends a path. */
    importId: z.uuid(),
    fileName: z.string(),
    bytes: Count,
    app: z.object({ name: z.string(), version: z.string() }),
    exportedAt: z.string(),
    /** What the backup holds that can be imported. */
    counts: ImportCounts,
    /** How many of those are already on this computer (same id): a merge keeps them as they are. */
    alreadyHere: ImportCounts,
    hasProfile: z.boolean(),
    problems: z.array(ImportProblem),
  }),
  /** The user closed the open dialog (or the browser host's imports/ folder holds no ZIP). */
  z.object({ status: z.literal('cancelled'), hint: z.string().nullable() }),
]);
export type ImportInspection = z.infer<typeof ImportInspection>;

export const ImportInput = z.discriminatedUnion('mode', [
  /** Adds what is not here yet, by id; never changes or removes anything already here. */
  z.object({ importId: z.uuid(), mode: z.literal('merge') }).strict(),
  /** Backs the database up, then replaces the history with the backup's. */
  z
    .object({
      importId: z.uuid(),
      mode: z.literal('replace'),
      confirm: z.literal('REPLACE', { error: 'Type REPLACE to confirm' }),
    })
    .strict(),
]);
export type ImportInput = z.input<typeof ImportInput>;

export const ImportResult = z.object({
  mode: z.enum(['merge', 'replace']),
  added: ImportCounts,
  /** Already here and kept as they were (merge). */
  kept: ImportCounts,
  /** Answers queued for score sync: those the old computer had not sent yet. */
  queuedForSync: Count,
  /** The copy of the database taken before a replace (a file name in the data folder's backups/). */
  backup: z.string().nullable(),
  problems: z.array(ImportProblem),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const dataImportChannels = {
  /**
   * Asks which export ZIP to import (an open dialog in the app; the newest ZIP in the data folder's
   * imports/ elsewhere), checks all of it without writing anything, and says what it holds.
   */
  'data:inspect-import': channel(NoInput, ImportInspection),
  /** Imports the file just inspected: checked again, then written in one transaction. */
  'data:import': channel(ImportInput, ImportResult),
};
