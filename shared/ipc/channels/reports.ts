import { z } from 'zod';
import { Bucket, CategoryFilter, Day, ReportFilters, ReportsOverview } from '../../domain/reports/report-schema';
import { channel } from '../channel';
import { AttemptDetail, AttemptIdInput, AttemptMode, Subscores } from './attempts';

export { ReportFilters, ReportsOverview };

export const OverviewInput = z
  .object({
    category: CategoryFilter.nullable().optional(),
    from: Day.nullable().optional(),
    to: Day.nullable().optional(),
    bucket: z.union([Bucket, z.literal('auto')]).default('auto'),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The start date is after the end date', path: ['to'] });
export type OverviewInput = z.input<typeof OverviewInput>;

const Score = z.number().min(0).max(100);

export const HISTORY_PAGE_SIZES = [10, 25, 50, 100] as const;

export const HistoryQuery = z
  .object({
    category: CategoryFilter.nullable().optional(),
    mode: AttemptMode.nullable().optional(),
    from: Day.nullable().optional(),
    to: Day.nullable().optional(),
    minScore: Score.nullable().optional(),
    maxScore: Score.nullable().optional(),
    /** Words in the question or the answer (all of them; the last as a prefix). */
    search: z.string().max(200).nullable().optional(),
    /** Only sample answers, only the user's own, or both (default). */
    sample: z.enum(['all', 'real', 'sample']).default('all'),
    order: z.enum(['newest', 'oldest']).default('newest'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The start date is after the end date', path: ['to'] })
  .refine(
    (q) =>
      q.minScore === null ||
      q.minScore === undefined ||
      q.maxScore === null ||
      q.maxScore === undefined ||
      q.minScore <= q.maxScore,
    {
      message: 'The lowest score is above the highest',
      path: ['maxScore'],
    },
  );
export type HistoryQuery = z.input<typeof HistoryQuery>;
export type ParsedHistoryQuery = z.output<typeof HistoryQuery>;

export const HistoryItem = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  questionText: z.string(),
  category: z.string(),
  mode: AttemptMode,
  overall: z.number(),
  subscores: Subscores,
  durationSec: z.number().nullable(),
  createdAt: z.string(),
  localDay: Day,
  /** The first words of the answer. */
  excerpt: z.string(),
  isSample: z.boolean(),
  recordingId: z.string().nullable(),
  sessionKind: z.string().nullable(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const HistoryPage = z.object({
  items: z.array(HistoryItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pages: z.number().int(),
});
export type HistoryPage = z.infer<typeof HistoryPage>;

/** One past attempt as the history opens it: the stored attempt and what it belongs to. */
export const HistoryAttempt = z.object({
  attempt: AttemptDetail,
  isSample: z.boolean(),
  session: z
    .object({
      id: z.string(),
      kind: z.string(),
      startedAt: z.string(),
      position: z.number().int(),
      of: z.number().int(),
    })
    .nullable(),
  /** Earlier and later answers to the same question, for "previous / next try". */
  sameQuestion: z.array(z.object({ id: z.string(), overall: z.number(), createdAt: z.string() })),
});
export type HistoryAttempt = z.infer<typeof HistoryAttempt>;

export const ExportPdfInput = z
  .object({
    filters: OverviewInput.optional(),
    /** How many recent answers to print with their feedback. */
    recentAttempts: z.number().int().min(0).max(200).default(20),
  })
  // No path: the renderer never chooses where files go. The main process asks (a save dialog in
  // the desktop app; the data folder's exports/ in the browser host).
  .strict();
export type ExportPdfInput = z.input<typeof ExportPdfInput>;

export const ExportPdfResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), bytes: z.number().int(), pages: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportPdfResult = z.infer<typeof ExportPdfResult>;

export const reportChannels = {
  'reports:overview': channel(OverviewInput, ReportsOverview),
  'reports:history': channel(HistoryQuery, HistoryPage),
  /** NOT_FOUND when the attempt is no longer in the history. */
  'reports:attempt': channel(AttemptIdInput, HistoryAttempt),
  /** Writes the PDF report where the user chooses. A place that cannot be written is BAD_INPUT, with the reason and what to do. */
  'reports:export-pdf': channel(ExportPdfInput, ExportPdfResult),
  /** Shows a report this app exported in the system's file manager. */
  'reports:show-file': channel(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.object({ shown: z.boolean() }),
  ),
};
